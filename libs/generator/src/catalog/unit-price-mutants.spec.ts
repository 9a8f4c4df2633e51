import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a unit price are load-bearing: the service generated from the features passes its
 * frozen acceptance pack, and mutants of the emitted code fail it (the quotient truncated instead of rounded half
 * up, rounded up, a kg read as 100 g, a litre as a millilitre, the base per 100 g taken per kg).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  kilo: {
    features: [
      'POST /unit-price with {"price": number, "size": number, "unit": "g"|"kg"|"ml"|"l"} returns {"unit_price": number}: the price per kg (per litre for ml and l), rounded to the cent',
    ],
    slips: [
      [['(2n * n + d) / (2n * d)', 'n / d']],
      [['(2n * n + d) / (2n * d)', '(n + d - 1n) / d']],
      [['kg: { grams: 1000n, mass: true }', 'kg: { grams: 100n, mass: true }']],
      [['l: { grams: 1000n, mass: false }', 'l: { grams: 1n, mass: false }']],
    ],
  },
  hundred: {
    features: [
      'POST /grundpreis mit {"preis": number, "menge_g": number} liefert {"grundpreis": number} je 100 g, auf Cent gerundet',
    ],
    slips: [[['const base = BigInt(Number(options.base));', 'const base = 1000n;']]],
  },
};

slipSuite(client, 'unit-price', FAMILIES);
