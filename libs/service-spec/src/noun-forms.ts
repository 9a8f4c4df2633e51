import { wordPairMemo } from './word-memo';

/**
 * Singular and plural of one noun in the languages intents are written in: "registrare una lettura" and
 * "elencare tutte le letture", "eine Messung erfassen" and "alle Messungen auflisten", "cadastrar uma locação"
 * and "listar as locações" are about one kind of record. The designer names one store for both (a create and a
 * list over two stores would deploy a list that never shows what was made), and the fidelity gate reads the
 * plural as a name of the store (store-split.ts), so such a split is refused.
 *
 * Words are folded ASCII (lower case, accents removed). Only regular plural endings are read, and only on a stem
 * of at least three letters, so short words are never taken for one another.
 */

/** [singular ending, plural ending] pairs, longest first within a language. */
const ENDINGS: [string, string][] = [
  // Italian: lettura/letture, libro/libri, chiave/chiavi, banca/banche, parco/parchi, negozio/negozi.
  ['ca', 'che'],
  ['ga', 'ghe'],
  ['co', 'chi'],
  ['go', 'ghi'],
  ['io', 'i'],
  ['a', 'e'],
  ['o', 'i'],
  ['e', 'i'],
  // Portuguese: locação/locações, pão/pães, animal/animais, papel/papéis, barril/barris.
  ['ao', 'oes'],
  ['ao', 'aes'],
  ['al', 'ais'],
  ['el', 'eis'],
  ['ol', 'ois'],
  ['il', 'is'],
  ['m', 'ns'],
  // French: journal/journaux, bateau/bateaux, jeu/jeux, travail/travaux.
  ['al', 'aux'],
  ['ail', 'aux'],
  ['eau', 'eaux'],
  ['eu', 'eux'],
  // Spanish: luz/luces, ciudad/ciudades, reloj/relojes.
  ['z', 'ces'],
  ['', 'es'],
  // English, Spanish, Portuguese, French: note/notes; English category/categories.
  ['y', 'ies'],
  ['', 's'],
  // German: Messung/Messungen, Lampe/Lampen, Tag/Tage, Buch/Bücher, Kundin/Kundinnen.
  ['', 'en'],
  ['', 'n'],
  ['', 'e'],
  ['', 'er'],
  ['in', 'innen'],
];

const MIN_STEM = 3;

/**
 * The singular of a pair of words that are the singular and the plural of one noun, else null (also for two
 * equal words). `pluralPair('lettura', 'letture')` is 'lettura', whichever order the words come in.
 */
export const pluralPair = wordPairMemo(pluralPairOnce);

function pluralPairOnce(a: string, b: string): string | null {
  if (a === b) return null;
  for (const [one, many] of ENDINGS) {
    for (const [s, p] of [
      [a, b],
      [b, a],
    ]) {
      if (!s.endsWith(one) || !p.endsWith(many)) continue;
      const stem = s.slice(0, s.length - one.length);
      if (stem.length >= MIN_STEM && p === stem + many) return s;
    }
  }
  return null;
}

/** Whether two folded words are one noun: equal, or its singular and plural. */
export function sameNoun(a: string, b: string): boolean {
  return a === b || pluralPair(a, b) !== null;
}
