import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Computations served on routes the user writes for families the catalog has are load-bearing in their generated
 * tests: the service generated from each intent passes its frozen acceptance pack, and a slip of its emitted
 * function fails it — a numeral read from a path parameter without its subtractive pairs, a non-canonical numeral
 * accepted where one refusal is said of both directions, 4000 written as a numeral there, a rate table's answer
 * truncated instead of rounded on a route whose rates another feature declares, dice rolled from 0 under the
 * user's names with a follow-up about the seed.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  'roman-path-parameter': {
    features: [
      'GET /arabic/{numeral} returns {"roman", "n"}; a string that is not a canonical Roman numeral (IIII, VX, ABC) → 400',
    ],
    slips: [
      [['number += value < next ? -value : value;', 'number += value;']],
      [['|| !ROMAN_CANONICAL.test(roman)', '|| roman.length > 15']],
    ],
  },
  'roman-shared-refusal': {
    features: [
      'POST /romano/leggi con {"romano": "XIV"} restituisce {"numero": 14}',
      'GET /romano/{numero} restituisce {"romano": testo} per i numeri da 1 a 3999',
      'numerali scritti male come IIII o VX e numeri fuori da 1..3999 danno 400',
    ],
    slips: [
      [['|| !ROMAN_CANONICAL.test(roman)', '|| roman.length > 15']],
      [['if (number < 1 || number > 3999) {', 'if (number < 1 || number > 4000) {']],
    ],
  },
  'rates-on-written-route': {
    features: [
      'POST /umrechnen mit {"betrag": Zahl, "von": Währungscode, "nach": Währungscode} liefert {"betrag": Zahl}, kaufmännisch auf zwei Nachkommastellen gerundet',
      'Kurse: 1 EUR = 1,10 USD und 1 EUR = 0,85 GBP',
    ],
    slips: [[['(2n * n + d) / (2n * d)', 'n / d']]],
  },
  'dice-follow-up': {
    features: [
      'POST /lancia con {"dadi": "NdM", "seme": intero} restituisce {"lanci": [intero], "totale": intero}',
      'stesso seme, stessi lanci; una notazione sbagliata come "3x6" dà 400',
    ],
    slips: [[['rolls.push(Math.floor(next() * sides) + 1);', 'rolls.push(Math.floor(next() * sides));']]],
  },
};

slipSuite(client, 'written-families', FAMILIES);
