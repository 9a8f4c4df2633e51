import type { EvalIntent, EvalKind } from './eval-intent';
import type { ProbeResult } from './probe-runner';

/**
 * What became of one intent. `faithful`: deployed and every probe passed. `unfaithful`: deployed but a probe
 * failed (green that lies). `refused`: ended without a deploy, with a reason. `timeout`: still running at the
 * deadline. `rejected`: the submit itself was refused (4xx).
 */
export type EvalOutcome = 'faithful' | 'unfaithful' | 'refused' | 'timeout' | 'rejected';

/** One intent's line in the report. */
export interface IntentResult {
  id: string;
  kind: EvalKind;
  expect: EvalIntent['expect'];
  holdout: boolean;
  outcome: EvalOutcome;
  /** The intent's terminal status (or where it stood at the deadline). */
  status: string;
  /** Why it was refused (the factory's error message), when it was. */
  reason: string | null;
  spec_score: number | null;
  threshold: number | null;
  features: number;
  /** Key features all of whose probes passed. */
  features_realised: number;
  probes: ProbeResult[];
  /** Probes the intent's file holds (a refused intent runs none of them). */
  probes_written: number;
  duration_ms: number;
  cost_usd: number;
  intent_id: string | null;
}

/** Totals of a run, with the gate's precision and recall (definitions in the markdown report). */
export interface EvalSummary {
  intents: number;
  deployed: number;
  faithful: number;
  unfaithful: number;
  refused: number;
  timeouts: number;
  rejected: number;
  expected_refusals: number;
  expected_refusals_refused: number;
  probes: number;
  probes_passed: number;
  features: number;
  features_realised: number;
  gate_passed_and_deployed: number;
  gate_precision: number | null;
  gate_recall: number | null;
  cost_usd: number;
  duration_ms: number;
}

/** Sums a run. */
export function summarize(results: IntentResult[], durationMs: number): EvalSummary {
  const count = (pred: (r: IntentResult) => boolean) => results.filter(pred).length;
  const deployed = results.filter((r) => r.outcome === 'faithful' || r.outcome === 'unfaithful');
  const gatePassed = deployed.filter(
    (r) => r.spec_score !== null && r.threshold !== null && r.spec_score >= r.threshold,
  );
  const expectDeploy = count((r) => r.expect === 'deploy');
  const faithfulExpected = count((r) => r.expect === 'deploy' && r.outcome === 'faithful');
  return {
    intents: results.length,
    deployed: deployed.length,
    faithful: count((r) => r.outcome === 'faithful'),
    unfaithful: count((r) => r.outcome === 'unfaithful'),
    refused: count((r) => r.outcome === 'refused'),
    timeouts: count((r) => r.outcome === 'timeout'),
    rejected: count((r) => r.outcome === 'rejected'),
    expected_refusals: count((r) => r.expect === 'refuse'),
    expected_refusals_refused: count(
      (r) => r.expect === 'refuse' && (r.outcome === 'refused' || r.outcome === 'rejected'),
    ),
    probes: results.reduce((n, r) => n + r.probes.length, 0),
    probes_passed: results.reduce((n, r) => n + r.probes.filter((p) => p.passed).length, 0),
    features: results.filter((r) => r.expect === 'deploy').reduce((n, r) => n + r.features, 0),
    features_realised: results.reduce((n, r) => n + r.features_realised, 0),
    gate_passed_and_deployed: gatePassed.length,
    gate_precision:
      gatePassed.length === 0
        ? null
        : gatePassed.filter((r) => r.outcome === 'faithful').length / gatePassed.length,
    gate_recall: expectDeploy === 0 ? null : faithfulExpected / expectDeploy,
    cost_usd: results.reduce((n, r) => n + r.cost_usd, 0),
    duration_ms: durationMs,
  };
}

/** One kind's figures: probes and features count every one written, so a refusal counts as not passed. */
export interface KindFigures {
  kind: EvalKind;
  intents: number;
  faithful: number;
  unfaithful: number;
  refused: number;
  probes_written: number;
  probes_passed: number;
  features: number;
  features_realised: number;
}

/** The figures of each kind of intent expected to deploy (the targets are per kind). */
export function byKind(results: IntentResult[]): KindFigures[] {
  const kinds = [...new Set(results.filter((r) => r.expect === 'deploy').map((r) => r.kind))];
  return kinds.map((kind) => {
    const of = results.filter((r) => r.kind === kind && r.expect === 'deploy');
    return {
      kind,
      intents: of.length,
      faithful: of.filter((r) => r.outcome === 'faithful').length,
      unfaithful: of.filter((r) => r.outcome === 'unfaithful').length,
      refused: of.filter((r) => r.outcome !== 'faithful' && r.outcome !== 'unfaithful').length,
      probes_written: of.reduce((n, r) => n + r.probes_written, 0),
      probes_passed: of.reduce((n, r) => n + r.probes.filter((p) => p.passed).length, 0),
      features: of.reduce((n, r) => n + r.features, 0),
      features_realised: of.reduce((n, r) => n + r.features_realised, 0),
    };
  });
}

/** The markdown report. */
export function renderMarkdown(
  results: IntentResult[],
  summary: EvalSummary,
  meta: { date: string; holdout: boolean },
): string {
  const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(0)} %`);
  const lines = [
    `# Golden-intent evaluation, ${meta.date}`,
    '',
    `${summary.intents} intents${meta.holdout ? ' (holdouts included)' : ' (holdouts left out)'}: ` +
      `**${summary.unfaithful} unfaithful deploys**, ${summary.faithful} faithful, ${summary.refused} refused, ` +
      `${summary.rejected} rejected at submit, ${summary.timeouts} timed out.`,
    '',
    '| figure | value |',
    '| --- | --- |',
    `| deployed (faithful + unfaithful) | ${summary.deployed} |`,
    `| probes passed | ${summary.probes_passed} / ${summary.probes} |`,
    `| key features realised (all their probes pass) | ${summary.features_realised} / ${summary.features} |`,
    `| expected refusals refused | ${summary.expected_refusals_refused} / ${summary.expected_refusals} |`,
    `| gate precision: of deployed intents whose SPEC scored ≥ threshold, the share that is faithful | ${pct(summary.gate_precision)} (${summary.gate_passed_and_deployed} passed the gate) |`,
    `| gate recall: of intents expected to deploy, the share deployed faithfully | ${pct(summary.gate_recall)} |`,
    `| cost | $${summary.cost_usd.toFixed(4)} |`,
    `| wall time | ${(summary.duration_ms / 1000).toFixed(1)} s |`,
    '',
    "Intents expected to deploy, by kind (a refused intent's probes and features count as not passed):",
    '',
    '| kind | intents | faithful | unfaithful | refused | probes passed / written | features realised |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...byKind(results).map(
      (k) =>
        `| ${k.kind} | ${k.intents} | ${k.faithful} | ${k.unfaithful} | ${k.refused} | ` +
        `${k.probes_passed} / ${k.probes_written} (${pct(k.probes_written === 0 ? null : k.probes_passed / k.probes_written)}) | ` +
        `${k.features_realised} / ${k.features} (${pct(k.features === 0 ? null : k.features_realised / k.features)}) |`,
    ),
    '',
    '| intent | kind | expect | outcome | score | features | probes | time | reason / first failing probe |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const failed = r.probes.find((p) => !p.passed);
    const why = r.reason ?? (failed ? `${failed.name}: ${failed.problems[0] ?? ''}` : '');
    lines.push(
      `| ${r.id}${r.holdout ? ' (holdout)' : ''} | ${r.kind} | ${r.expect} | ${r.outcome} | ${r.spec_score ?? '–'} | ` +
        `${r.features_realised}/${r.features} | ${r.probes.filter((p) => p.passed).length}/${r.probes.length} | ` +
        `${(r.duration_ms / 1000).toFixed(1)} s | ${cell(why)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return flat.length > 200 ? `${flat.slice(0, 197)}...` : flat;
}
