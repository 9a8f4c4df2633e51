import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Discount codes written in a quote's own feature are load-bearing in the generated tests: the service generated
 * from the quote passes its frozen acceptance pack, and mutants of the emitted quote fail it (an unknown code
 * answered with 400 where the feature says 422, a rate sent as a fraction charged as that many percent, a fixed
 * code taking more than the subtotal, a percentage code taken off after tax).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  'codes-422': {
    features: [
      'POST /quote with {"lines": [{"price": number, "qty": integer}], "discount_code"?: string} returns {"subtotal", "discount", "tax", "total"} rounded to 2 decimals',
      'TAKE10 knocks 10.00 off before tax but never below zero, PCT25 takes 25 % off; unknown codes are rejected with 422',
      'VAT of 20% is charged on the subtotal after the discount',
    ],
    slips: [
      [['status: Number(options.unknown_code_status ?? 400)', 'status: 400']],
      [['Math.min(subtotal, cents(Number(entry.amount ?? 0)))', 'cents(Number(entry.amount ?? 0))']],
      [
        [
          'const tax = Math.round(((onWhole ? subtotal : taxable) * rate) / 100 + 1e-6);',
          'const tax = Math.round((subtotal * rate) / 100 + 1e-6);',
        ],
      ],
    ],
  },
  'rate-fraction': {
    features: [
      'POST /quote with {"lines": [{"price": number, "qty": integer}], "tax_rate": number} returns {"subtotal", "tax", "total"} rounded to 2 decimals',
      'optional "discount_code": SAVE10 takes 10% off the subtotal before tax, HALF takes 50%; an unknown code returns 400',
    ],
    slips: [[["options.tax_rate_unit === 'either' &&", 'false &&']]],
  },
};

slipSuite(client, 'orders-code-table', FAMILIES);
