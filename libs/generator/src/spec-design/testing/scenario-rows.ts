import { familyIntent, judgedOffline } from '../../testing/offline-spec';
import { runAcceptancePack } from '../../testing/reference-service';
import { runScenario, type ScenarioStep } from '../../testing/scenario';

/** A phrasing table's row: an intent's features and the scenario a faithful service answers. */
export interface ScenarioRow {
  name: string;
  features: string[];
  /** The scenario a faithful service answers; null when the intent must be refused. */
  steps: ScenarioStep[] | null;
}

/**
 * What is wrong with the row's design: a feature the gate leaves unrealised, a failing step of the contract's own
 * acceptance pack or of the row's scenario (both run against the reference interpreter); for a refusal row (steps
 * null), every feature realised.
 */
export function scenarioRowProblems(row: ScenarioRow, service: string, purpose: string): string[] {
  const { contract, fidelity } = judgedOffline(familyIntent(service, purpose, row.features));
  if (row.steps === null)
    return fidelity.every((f) => f.realised)
      ? ['every feature realised, but the intent must be refused']
      : [];
  const unrealised = fidelity
    .filter((f) => !f.realised)
    .map((f) => `unrealised: ${f.feature} (${f.problems.join('; ')})`);
  if (unrealised.length > 0) return unrealised;
  return [...runAcceptancePack(contract), ...runScenario(contract, row.features, row.steps)];
}

/**
 * The tests of a phrasing table: every row named once, each read row designed faithfully, each row not read yet
 * (`notYetRead`, by name) still failing its check — so the set shrinks as the designer learns.
 */
export function scenarioTableTests(opts: {
  title: string;
  service: string;
  purpose: string;
  rows: ScenarioRow[];
  notYetRead: Set<string>;
  atLeast: number;
}): void {
  const { rows, notYetRead } = opts;
  const problemsOf = (row: ScenarioRow) => scenarioRowProblems(row, opts.service, opts.purpose);
  describe(opts.title, () => {
    it('names every row once', () => {
      expect(rows.length).toBeGreaterThanOrEqual(opts.atLeast);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      expect([...notYetRead].filter((n) => !rows.some((r) => r.name === n))).toEqual([]);
    });
    const read = rows.filter((r) => !notYetRead.has(r.name)).map((r) => [r.name, r] as const);
    if (read.length > 0) {
      it.each(read)('%s is designed faithfully', (_, row) => {
        expect(problemsOf(row)).toEqual([]);
      });
    }
    const notYet = rows.filter((r) => notYetRead.has(r.name)).map((r) => [r.name, r] as const);
    if (notYet.length > 0) {
      it.each(notYet)('%s is not read yet (drop it from NOT_YET_READ once it is)', (_, row) => {
        expect(problemsOf(row)).not.toEqual([]);
      });
    }
  });
}

/**
 * `n` steps built by `call` that answer as it says, then one more (`call(n)`) that answers 429 with no body
 * expected: a quota's allowance spent, as the quota phrasing tables write it.
 */
export function upTo(n: number, call: (i: number) => ScenarioStep): ScenarioStep[] {
  const steps = Array.from({ length: n }, (_, i) => call(i));
  return [...steps, { ...call(n), status: 429, has: undefined, list: undefined, save: undefined }];
}
