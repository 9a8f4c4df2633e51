/**
 * `npm run chaos`: the chaos harness (harness.ts) at the size the `CHAOS_*` variables ask for (defaults: 200
 * intents, 100 service kills, 5 Redis restarts). Prints a table, writes the JSON report under
 * `chaos-results/`, and exits 1 when anything was lost, stuck, duplicated or double-billed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chaosFailed, runChaos, type ChaosReport } from './harness';
import { chaosSettingsFromEnv } from './settings';

function table(report: ChaosReport): string {
  const t = report.timings;
  const rows: [string, string | number][] = [
    ['intents accepted', report.counts.accepted],
    ['lost (accepted, then unknown)', report.counts.lost],
    ['stuck (not terminal at the end)', report.counts.stuck],
    ['duplicated deploys', report.counts.duplicated_deploys],
    ['services supervised twice', report.counts.supervised_twice],
    ['double-billed LLM calls', report.counts.double_billed_calls],
    ['(paid again: caller killed mid-call)', report.repaid_after_caller_killed.calls],
    ['duplicated intents', report.counts.duplicated_intents],
    ['wrong outcomes', report.counts.wrong_outcomes],
    [
      'outcomes',
      Object.entries(report.outcomes)
        .map(([s, n]) => `${s} ${n}`)
        .join(', '),
    ],
    ['LLM calls answered', report.llm_calls],
    ['builds', report.builds],
    ['submissions never accepted', report.submissions.never_accepted],
    [
      'service kills done',
      `${t.kills_done} (${Object.entries(t.kills_by_service)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')})`,
    ],
    ['Redis kill -9 + restarts', t.redis_restarts_done],
    [
      'wall time',
      `${(t.wall_ms / 1000).toFixed(1)} s (start ${(t.startup_ms / 1000).toFixed(1)} s, chaos ${(t.chaos_ms / 1000).toFixed(1)} s, settle ${(t.settle_ms / 1000).toFixed(1)} s${t.settled ? '' : ', NOT settled'})`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

async function main(): Promise<void> {
  const settings = chaosSettingsFromEnv(process.env);
  console.log(`chaos: ${JSON.stringify(settings)}`);
  // Ctrl-C (or SIGTERM) ends the run early but still reports and stops every process it started.
  const abort = new AbortController();
  const stop = () => {
    console.log('[chaos] stopping early: reporting what was done, then stopping every process');
    abort.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const report = await runChaos(settings, (line) => console.log(`[chaos] ${line}`), abort.signal);
  console.log(`\n${table(report)}\n`);
  const failed = chaosFailed(report);
  if (failed)
    console.log(JSON.stringify({ ...report.details, wrong_outcomes: report.wrong_outcomes }, null, 2));
  const dir = join(process.cwd(), 'chaos-results');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `chaos-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(report, null, 2));
  console.log(`saved ${file}`);
  process.exit(failed ? 1 : 0);
}

void main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
