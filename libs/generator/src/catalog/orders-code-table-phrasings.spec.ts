import { featureFidelity, type SpecContract } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { runCatalogFunction } from './testing/run-function';

/*
 * The phrasing table of discount codes written in their own feature of a quote, beside the feature that spells
 * the quote's route and lines: percentage and fixed-amount codes, the floor at zero, the code taken off before
 * tax, the status an unknown code is refused with (400 or 422), in English, German, Spanish, French, Italian
 * and Portuguese. Each row composes a quote from its features, asks the gate whether every feature is realised
 * and runs the emitted code of the designed endpoint on quotes worked out by hand (cents, half up). Beside them:
 * code features whose condition cannot be read, which must stay unrealised.
 */

/** The quote every row's codes are written for: lines of price × qty, no tax unless a row states one. */
const QUOTE =
  'POST /quote with {"lines": [{"price": number, "qty": integer}], "discount_code"?: string} returns {"subtotal", "discount", "tax", "total"} rounded to 2 decimals';
const VAT_AFTER = 'VAT of 20% is charged on the subtotal after the discount';

/** A quote asked of the designed endpoint, and its answer (a subset) or the status it is refused with. */
interface Quote {
  lines: { price: number; qty: number }[];
  code?: string;
  want: Record<string, unknown> | { status: number };
}

interface CodeRow {
  features: string[];
  quotes: Quote[];
}

// 2 × 10.00 + 1 × 5.00 = 25.00.
const TWENTY_FIVE = [
  { price: 10, qty: 2 },
  { price: 5, qty: 1 },
];
// 1 × 3.00: a fixed 5.00 takes only the 3.00 there is.
const THREE = [{ price: 3, qty: 1 }];
// 3 × 10.00 + 2 × 2.50 = 35.00.
const THIRTY_FIVE = [
  { price: 10, qty: 3 },
  { price: 2.5, qty: 2 },
];

/** A percentage code and a fixed one on a quote without tax: 10 % of 25.00 is 2.50; 5.00 off 3.00 leaves 0. */
const untaxed = (code: string, percentCode: string, fixedCode: string, status = 400): CodeRow => ({
  features: [QUOTE, code],
  quotes: [
    { lines: TWENTY_FIVE, code: percentCode, want: { subtotal: 25, discount: 2.5, total: 22.5 } },
    { lines: THREE, code: fixedCode, want: { subtotal: 3, discount: 3, total: 0 } },
    { lines: TWENTY_FIVE, code: 'NOSUCH', want: { status } },
    { lines: TWENTY_FIVE, want: { subtotal: 25, discount: 0, total: 25 } },
  ],
});

export const CODE_TABLE_PHRASINGS: CodeRow[] = [
  untaxed(
    'Codes: WELCOME10 takes 10% off the subtotal, FLAT5 takes 5.00 off (the total never goes below 0); any other code is 400',
    'WELCOME10',
    'FLAT5',
  ),
  untaxed(
    'discount codes SPRING10 (10 % off) and MINUS5 (5.00 off, never below zero); an unknown code returns 422',
    'SPRING10',
    'MINUS5',
    422,
  ),
  untaxed(
    'Rabattcodes: WILLKOMMEN10 zieht 10 % von der Zwischensumme ab, FUENF zieht 5,00 € ab (die Summe wird nie negativ); jeder andere Code wird mit 400 abgelehnt',
    'WILLKOMMEN10',
    'FUENF',
  ),
  untaxed(
    'Códigos de descuento: BIENVENIDA10 resta un 10 % del subtotal, MENOS5 resta 5,00 € (el total nunca baja de 0); cualquier otro código devuelve 400',
    'BIENVENIDA10',
    'MENOS5',
  ),
  untaxed(
    'Codes promo : BIENVENUE10 enlève 10 % du sous-total, MOINS5 enlève 5,00 € (le total ne descend jamais sous 0) ; tout autre code renvoie 400',
    'BIENVENUE10',
    'MOINS5',
  ),
  untaxed(
    'Codici sconto: BENVENUTO10 toglie il 10% dal subtotale, MENO5 toglie 5,00 € (il totale non scende mai sotto 0); qualsiasi altro codice restituisce 400',
    'BENVENUTO10',
    'MENO5',
  ),
  untaxed(
    'Códigos de desconto: BEMVINDO10 tira 10% do subtotal, MENOS5 tira 5,00 € (o total nunca fica abaixo de 0); qualquer outro código retorna 400',
    'BEMVINDO10',
    'MENOS5',
  ),
  {
    // SAVE10: 35.00 − 3.50 = 31.50, VAT 6.30, total 37.80; HALF: 17.50 + 3.50 = 21.00.
    features: [
      QUOTE,
      'optional discount_code: SAVE10 takes 10% off the subtotal before tax, HALF takes 50%; an unknown code returns 400',
      VAT_AFTER,
    ],
    quotes: [
      { lines: THIRTY_FIVE, code: 'SAVE10', want: { subtotal: 35, discount: 3.5, tax: 6.3, total: 37.8 } },
      { lines: THIRTY_FIVE, code: 'HALF', want: { discount: 17.5, tax: 3.5, total: 21 } },
      { lines: THIRTY_FIVE, code: 'FREE', want: { status: 400 } },
    ],
  },
  {
    // TAKE10: 10.00 off 35.00 = 25.00, VAT 5.00, total 30.00; on 3.00 it takes 3.00, VAT 0, total 0.
    features: [
      QUOTE,
      'TAKE10 knocks 10.00 off before tax but never below zero, PCT25 takes 25 % off; unknown codes are rejected with 422',
      VAT_AFTER,
    ],
    quotes: [
      { lines: THIRTY_FIVE, code: 'TAKE10', want: { discount: 10, tax: 5, total: 30 } },
      { lines: THREE, code: 'TAKE10', want: { discount: 3, tax: 0, total: 0 } },
      // 25 % of 35.00 = 8.75 → 26.25, VAT 5.25, total 31.50.
      { lines: THIRTY_FIVE, code: 'PCT25', want: { discount: 8.75, tax: 5.25, total: 31.5 } },
      { lines: THIRTY_FIVE, code: 'take11', want: { status: 422 } },
    ],
  },
];

/** Code features whose condition cannot be read: the code feature must stay unrealised. */
const UNREADABLE = [
  'WELCOME10 takes 10% off for first-time customers; any other code is 400',
  'STACK5 takes 5% off and can be combined with other codes; an unknown code returns 400',
  'HALF takes 50% off the most expensive line; any other code returns 400',
  'Rabattcode TREUE10 gibt 10 % Rabatt ab der dritten Bestellung; andere Codes → 400',
];

/**
 * Rows not read yet, each failing its own check. Written before the code: 7 of 9 (a code's sentence in English,
 * German, French and Italian verbs, "before tax" in the code's own clause, the 422 an unknown code is refused
 * with); the Spanish and Portuguese rows were read already. After the code: 0.
 */
const NOT_YET_READ = new Set<CodeRow>([]);

/** The designed quote endpoint's answer to a quote, in the field names the quote feature writes. */
function answer(contract: SpecContract, q: Quote): Record<string, unknown> | { status: number } {
  const endpoint = contract.endpoints.find(
    (e) => e.behavior.kind === 'function' && e.behavior.function === 'order.totals',
  );
  if (endpoint?.behavior.kind !== 'function') throw new Error('no quote designed');
  const { inputs, outputs, options = {} } = endpoint.behavior;
  const request: Record<string, unknown> = { lines: q.lines };
  if (q.code !== undefined) request.discount_code = q.code;
  // The behaviour reads parameter lines from request field inputs.lines; the lines carry price and qty as written.
  const input = Object.fromEntries(
    Object.entries(inputs).flatMap(([param, field]) => (field in request ? [[param, request[field]]] : [])),
  );
  const result = runCatalogFunction('order.totals', input, options);
  if (!result.ok) return { status: result.status ?? 400 };
  return Object.fromEntries(Object.entries(outputs).map(([r, field]) => [field, result.value[r]]));
}

/** What goes wrong with a row: '' when every feature is realised and every quote answered as worked out. */
function problemOfRow(row: CodeRow): string {
  const { contract } = designSpec(intentOf({ service_name: 'quote', key_features: row.features }));
  const verdicts = featureFidelity(contract, row.features);
  const unrealised = verdicts.filter((v) => !v.realised);
  if (unrealised.length > 0) return `unrealised: ${unrealised.map((v) => v.feature).join(' | ')}`;
  for (const q of row.quotes) {
    const got = answer(contract, q);
    const asked = Object.fromEntries(
      Object.keys(q.want).map((k) => [k, (got as Record<string, unknown>)[k]]),
    );
    if (JSON.stringify(asked) !== JSON.stringify(q.want))
      return `${q.code ?? 'no code'}: answered ${JSON.stringify(got)}`;
  }
  return '';
}

const codeFeatureRealised = (text: string) => {
  const features = [QUOTE, text];
  const { contract } = designSpec(intentOf({ service_name: 'quote', key_features: features }));
  return featureFidelity(contract, features)[1].realised;
};

describe('discount codes in their own feature of a quote, across phrasings', () => {
  for (const row of CODE_TABLE_PHRASINGS.filter((r) => !NOT_YET_READ.has(r))) {
    it(`reads the codes of ${JSON.stringify(row.features[1])}`, () => {
      expect(problemOfRow(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = CODE_TABLE_PHRASINGS.filter((r) => NOT_YET_READ.has(r) && problemOfRow(r) === '');
    expect(read.map((r) => r.features[1])).toEqual([]);
  });

  it.each(UNREADABLE)('leaves %p unrealised', (text) => {
    expect(codeFeatureRealised(text)).toBe(false);
  });
});
