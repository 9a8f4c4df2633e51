import { familyIntent, judgedOffline } from '../../testing/offline-spec';

/*
 * Phrasing tables judged by the gate alone (checks, validators, number formats): a row is a small intent and
 * whether a faithful generator realises every feature of it or leaves the intent refused.
 */

/** One row: the features, and whether every one is realised or the intent is refused. */
export interface RealisedOrRefusedRow {
  name: string;
  features: string[];
  expect: 'realised' | 'refused';
}

/** Whether the offline design judges the row as it expects, for a service about `purpose`. */
export function judgedAsExpected(row: RealisedOrRefusedRow, purpose: string): boolean {
  const { fidelity } = judgedOffline(familyIntent('phrasing', purpose, row.features));
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  return row.expect === 'refused' ? !realised : realised;
}

/**
 * The tests of such a table: at least 12 rows with distinct names, in six languages (names start `en:`, `de:` …),
 * each read row judged as it expects, and the rows in `notYetRead` all still missed (remove them once read).
 */
export function realisedTableTests(opts: {
  title: string;
  purpose: string;
  rows: RealisedOrRefusedRow[];
  notYetRead: Set<string>;
}): void {
  const { rows, notYetRead } = opts;
  describe(opts.title, () => {
    it('has at least 12 rows with distinct names, in six languages', () => {
      expect(rows.length).toBeGreaterThanOrEqual(12);
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      for (const lang of ['en', 'de', 'es', 'fr', 'it', 'pt'])
        expect(rows.some((r) => r.name.startsWith(`${lang}:`))).toBe(true);
    });

    for (const row of rows.filter((r) => !notYetRead.has(r.name))) {
      it(`${row.expect === 'refused' ? 'refuses' : 'reads'}: ${row.name}`, () => {
        expect(judgedAsExpected(row, opts.purpose)).toBe(true);
      });
    }

    it('still misses the rows marked as not yet read (remove them once read)', () => {
      const read = rows.filter((r) => notYetRead.has(r.name) && judgedAsExpected(r, opts.purpose));
      expect(read.map((r) => r.name)).toEqual([]);
    });
  });
}
