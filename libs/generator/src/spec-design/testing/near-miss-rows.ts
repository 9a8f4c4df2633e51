import type { IntentInput } from '@sf/contracts';
import { familyIntent, judgedOffline } from '../../testing/offline-spec';

/*
 * Phrasing tables of rows read by a check of their own (sign-ups under a parent, a parent's sign-ups listed, the
 * bookings left out), with near misses whose feature at `index` must stay unrealised: the tests they share.
 */

/** A near miss: its name, its features, and the index of the feature that must stay unrealised. */
export type NearMiss = [name: string, features: string[], index: number];

/** The small intent of a table's service (`service`, medium priority). */
export function tableIntent(service: string, features: string[]): IntentInput {
  return { ...familyIntent(service, '', features), priority: 'medium' };
}

/**
 * The tests of such a table: rows in six languages with distinct names (names start `en`, `de` …), NOT_YET_READ
 * naming only its rows, each read row read by `reads`, each near miss's feature left unrealised, and the rows in
 * NOT_YET_READ all still missed (remove them once read).
 */
export function nearMissTableTests<R extends { name: string; features: string[] }>(opts: {
  title: string;
  service: string;
  rows: R[];
  nearMisses: NearMiss[];
  notYetRead: Set<string>;
  reads: (row: R) => boolean;
  readsAs?: string;
}): void {
  const { rows, nearMisses, notYetRead, reads } = opts;
  describe(opts.title, () => {
    const names = [...rows.map((r) => r.name), ...nearMisses.map((r) => r[0])];

    it('has rows in six languages with distinct names', () => {
      expect(new Set(names).size).toBe(names.length);
      expect(new Set(names.map((n) => n.slice(0, 2)))).toEqual(new Set(['en', 'de', 'es', 'fr', 'it', 'pt']));
    });

    it('names only rows of the table in NOT_YET_READ', () => {
      expect([...notYetRead].filter((n) => !names.includes(n))).toEqual([]);
    });

    it.each(rows.filter((r) => !notYetRead.has(r.name)).map((r) => [r.name, r] as const))(
      `${opts.readsAs ?? 'reads'} %s`,
      (_name, row) => expect(reads(row)).toBe(true),
    );

    it.each(nearMisses)('leaves the near miss %s unrealised', (_name, features, index) => {
      const { fidelity } = judgedOffline(tableIntent(opts.service, features));
      expect(fidelity[index].realised).toBe(false);
    });

    it('still misses the rows marked as not yet read (remove them once read)', () => {
      expect(rows.filter((r) => notYetRead.has(r.name) && reads(r)).map((r) => r.name)).toEqual([]);
    });
  });
}
