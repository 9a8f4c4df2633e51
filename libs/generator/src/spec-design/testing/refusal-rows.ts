import { extractContract, featureFidelity, type SpecContract } from '@sf/service-spec';
import { intentOf } from '../../codegen/testing/generated-release';
import { offlineSpec } from '../../testing/offline-spec';
import { designSpec } from '../spec-designer';

/*
 * How the phrasing tables of refusal features judge a row: the refusal is realised by the gate on endpoints
 * the other features designed (no endpoint made of its own words), with a 4xx worked example (the status the
 * feature writes, when it writes one), and the other features stay realised. Shared by the tables.
 */

export interface RefusalRow {
  /** The other features of the intent. */
  base: string[];
  /** The refusal feature. */
  text: string;
  /**
   * Judged on the SPEC the offline line writes (the designer's draft, then the optimizer), as a deployed intent
   * is: a base whose error paths only the optimizer writes (a stock move's 409) is unrealised in the draft alone.
   */
  offline?: boolean;
}

/** The contract a row is judged on: the designer's draft, or the offline line's SPEC. */
function contractOf(features: string[], name: string, offline = false): SpecContract {
  const intent = intentOf({ service_name: name, key_features: features });
  return offline ? extractContract(offlineSpec(intent)) : designSpec(intent).contract;
}

const basePaths = new Map<string, Set<string>>();

/** The routes the other features design on their own (once per base). */
function pathsOf(base: string[], offline = false): Set<string> {
  const key = `${String(offline)}\n${base.join('\n')}`;
  let paths = basePaths.get(key);
  if (!paths) {
    const contract = contractOf(base, 'refusal-base', offline);
    paths = new Set(contract.endpoints.map((e) => `${e.method} ${e.path}`));
    basePaths.set(key, paths);
  }
  return paths;
}

/** The 4xx status a feature writes ("→ 422", "with 404"), else null. */
function writtenStatus(text: string): number | null {
  const m = /\b(4\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

/** What goes wrong with a row: '' when the refusal is realised on an endpoint the other features designed. */
export function refusalRowProblem(row: RefusalRow, fallbackStatus: number[] = [400]): string {
  const paths = pathsOf(row.base, row.offline);
  const contract = contractOf([...row.base, row.text], 'refusal-row', row.offline);
  const claiming = contract.endpoints.filter((e) => e.features.includes(row.text));
  if (claiming.length === 0) return 'no endpoint claims it';
  const made = claiming.filter((e) => !paths.has(`${e.method} ${e.path}`));
  if (made.length > 0) return `claimed by an endpoint of its own: ${made.map((e) => e.path).join(', ')}`;
  const ids = new Set(claiming.map((e) => e.id));
  const written = writtenStatus(row.text);
  const statuses = written === null ? fallbackStatus : [written];
  const refusals = contract.acceptance.filter((c) => {
    const last = c.steps[c.steps.length - 1];
    return ids.has(c.endpoint_id) && c.kind === 'error' && statuses.includes(last.expect.status);
  });
  if (refusals.length === 0) return `no ${statuses.join('/')} example`;
  const [verdict, ...base] = featureFidelity(contract, [row.text, ...row.base]);
  if (!verdict.realised) return `unrealised: ${verdict.problems.join('; ')}`;
  if (base.some((x) => !x.realised)) return 'the other features are no longer realised';
  return '';
}

/** Whether the gate counts a near miss realised (it must not). */
export function realisedNearMiss(row: RefusalRow): boolean {
  const contract = contractOf([...row.base, row.text], 'refusal-miss', row.offline);
  // Judged beside the other features, as the gate judges an intent (their words are the intent's vocabulary).
  return featureFidelity(contract, [row.text, ...row.base])[0].realised;
}

/** A phrasing table of refusal features: what {@link refusalTableTests} checks. */
export interface RefusalTable {
  rows: readonly RefusalRow[];
  nearMisses: readonly RefusalRow[];
  /** Rows the designer does not read yet (by text): each must still fail, so the list shrinks as they are read. */
  notYetRead: ReadonlySet<string>;
  /** Near misses the gate still counts realised (by text): each must still be, likewise. */
  stillRealised?: ReadonlySet<string>;
  /** The statuses a row's refusal example may answer when its feature writes none. */
  statuses: number[];
  /** The table's size, so rows are not dropped to make it pass. */
  atLeast: { rows: number; nearMisses: number };
}

/**
 * The tests every refusal phrasing table runs (call inside its `describe`): its size; each row read (realised on
 * an endpoint the other features designed, with a refusal example); the rows marked not yet read still unread; each
 * near miss unrealised; the near misses marked still realised still so.
 */
export function refusalTableTests(table: RefusalTable): void {
  const { rows, nearMisses, notYetRead, statuses, atLeast } = table;
  const stillRealised = table.stillRealised ?? new Set<string>();
  it(`has at least ${atLeast.rows} rows and ${atLeast.nearMisses} near misses`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(atLeast.rows);
    expect(nearMisses.length).toBeGreaterThanOrEqual(atLeast.nearMisses);
  });

  for (const row of rows.filter((r) => !notYetRead.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} against its intent`, () => {
      expect(refusalRowProblem(row, statuses)).toBe('');
    });
  }

  if (notYetRead.size > 0) {
    it('still misses the rows marked as not yet read (remove them from the list once read)', () => {
      const read = rows.filter((r) => notYetRead.has(r.text) && refusalRowProblem(r, statuses) === '');
      expect(read.map((r) => r.text)).toEqual([]);
    });
  }

  for (const row of nearMisses.filter((r) => !stillRealised.has(r.text))) {
    it(`leaves ${JSON.stringify(row.text)} unrealised`, () => {
      expect(realisedNearMiss(row)).toBe(false);
    });
  }

  if (stillRealised.size > 0) {
    it('still realises the near misses marked so (remove them from the list once refused)', () => {
      const refused = nearMisses.filter((r) => stillRealised.has(r.text) && !realisedNearMiss(r));
      expect(refused.map((r) => r.text)).toEqual([]);
    });
  }
}
