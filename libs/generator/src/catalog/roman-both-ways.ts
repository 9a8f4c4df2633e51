import type { CatalogFamily } from './catalog-entry';
import { ROMAN } from './roman';

/*
 * "Convert numbers to Roman numerals and back", "… e vice-versa", "… et inversement", "… und umgekehrt": one
 * feature asking for both directions. An endpoint runs one conversion, so a design of one direction would leave
 * the other unserved while the feature reads as realised (a deploy that does less than the feature says). Such a
 * feature is kept as a constraint that fits no endpoint: unrealised (refused) rather than half served, and read
 * by no later family (number bases read "vice versa" too). A feature of each direction is read as before.
 */

/** Words that ask for the other direction as well (folded, joined by single spaces). */
const BOTH_WAYS =
  /\b(?:and back|back and forth|back again|vice versa|viceversa|the other way|both ways|both directions|und zuruck|und umgekehrt|beide richtungen|beiden richtungen|y al reves|a la inversa|ambos sentidos|et inversement|dans les deux sens|e inversamente|al contrario|entrambi i sensi|entrambe le direzioni|ambos os sentidos|nos dois sentidos)\b/;

/**
 * Whether the feature's words ask for a conversion both ways. Opening the feature, the words point back at the
 * feature before it ("Und umgekehrt: eine römische Zahl wie MMXXVI wieder in eine Dezimalzahl"): that feature is
 * the other direction alone.
 */
export function asksBothWays(words: string[]): boolean {
  const found = BOTH_WAYS.exec(words.join(' '));
  return found !== null && found.index > 0;
}

/** The Roman numerals, reading no single feature that asks for both directions as one of them. */
export const ROMAN_ONE_WAY: CatalogFamily = {
  ...ROMAN,
  recognise(text, words) {
    const found = ROMAN.recognise(text, words);
    if (!found || !('design' in found) || !asksBothWays(words)) return found;
    return { constraint: { function: found.design.function, refusals: () => [], fits: () => false } };
  },
};
