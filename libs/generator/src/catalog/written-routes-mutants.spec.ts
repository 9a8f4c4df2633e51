import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Computations served on routes written with values and query parameters are load-bearing in their generated
 * tests: the service generated from each feature passes its frozen acceptance pack (the written request among its
 * worked examples), and a slip of its emitted function fails it (a numeral read without its subtractive pairs, a
 * non-canonical numeral accepted, the source currency answered for the target, amounts truncated instead of
 * rounded, dice rolled from 0).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  'roman-parse': {
    features: ['POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2026}'],
    slips: [
      [['number += value < next ? -value : value;', 'number += value;']],
      [['|| !ROMAN_CANONICAL.test(roman)', '|| roman.length > 15']],
    ],
  },
  'rate-query': {
    features: [
      'GET /converter?valor=100&de=USD&para=BRL retorna {"valor": número, "moeda": texto}',
      'taxas fixas: 1 USD = 5,00 BRL e 1 EUR = 5,50 BRL',
    ],
    slips: [
      [['value: { converted, currency: to }', 'value: { converted, currency: from }']],
      [['(2n * n + d) / (2n * d)', 'n / d']],
    ],
  },
  'dice-names': {
    features: ['POST /wuerfeln {"notation": "2d6", "seed": 7} -> {"wuerfe": [Ganzzahl], "summe": Ganzzahl}'],
    slips: [[['rolls.push(Math.floor(next() * sides) + 1);', 'rolls.push(Math.floor(next() * sides));']]],
  },
};

slipSuite(client, 'written-routes', FAMILIES);
