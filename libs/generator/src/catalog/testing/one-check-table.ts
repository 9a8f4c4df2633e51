import { familyIntent, judgedOffline } from '../../testing/offline-spec';

/*
 * A phrasing table whose rows are small intents each realised on one computation (tests only): a row reads when
 * every feature is realised on the one endpoint running the computation it expects, or, expected refused, when some
 * feature stays unrealised. Rows not yet read stay listed only while they fail.
 */

export interface OneCheckRow {
  name: string;
  features: string[];
  /** The function (or a prefix of it, `dice.`) every feature is realised on; `refused`: some feature is not. */
  expect: string;
}

/** Whether the row reads as it expects, designed as the intent of `service` with `purpose`. */
export function readsOneCheck(row: OneCheckRow, service: string, purpose: string): boolean {
  const { contract, fidelity } = judgedOffline(familyIntent(service, purpose, row.features));
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (row.expect === 'refused') return !realised;
  if (!realised) return false;
  const runs = contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function.startsWith(row.expect),
  );
  return (
    runs.length === 1 &&
    contract.endpoints.length === 1 &&
    row.features.every((f) => runs[0].features.includes(f))
  );
}

/** The table's tests: six languages, distinct names, each row read but those listed, which must still fail. */
export function oneCheckTable(
  title: string,
  rows: OneCheckRow[],
  notYetRead: Set<string>,
  service: string,
  purpose: string,
): void {
  describe(title, () => {
    it('has rows in six languages with distinct names', () => {
      expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r.name.slice(0, 2)))).toEqual(
        new Set(['en', 'de', 'es', 'fr', 'it', 'pt']),
      );
    });
    for (const row of rows.filter((r) => !notYetRead.has(r.name))) {
      it(`reads: ${row.name}`, () => {
        expect(readsOneCheck(row, service, purpose)).toBe(true);
      });
    }
    it('keeps the rows not yet read in the list only while they fail', () => {
      for (const row of rows.filter((r) => notYetRead.has(r.name)))
        expect(readsOneCheck(row, service, purpose)).toBe(false);
    });
  });
}
