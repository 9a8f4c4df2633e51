import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { endpointAnswer, type EndpointAnswer } from './testing/endpoint-answer';

/*
 * The phrasing table of a quote's refusals written in their own feature, beside the feature that spells the
 * quote's route and lines and the one that lists its discount codes: "an unknown code, an empty lines list or a
 * qty below 1 returns 400", "qty must be an integer ≥ 1 and price a number ≥ 0", the unknown code refused with
 * 422 beside the lines refused with 400; in English, German, Spanish, French, Italian and Portuguese. Each row
 * composes the quote from its features, asks the gate whether every feature is realised, and asks the designed
 * endpoint (its emitted code) the refused requests and a few priced ones worked out by hand. Beside them:
 * refusals the quote does not make (a qty below 2, more than 20 lines, a line without its sku), which must leave
 * the refusal feature unrealised: never bind a refusal the emitted code does not make.
 */

/** The field names of one quote as its route feature writes them. */
interface Names {
  lines: string;
  qty: string;
  price: string;
  code: string;
  subtotal: string;
  discount: string;
  total: string;
}

const EN: Names = {
  lines: 'lines',
  qty: 'qty',
  price: 'price',
  code: 'discount_code',
  subtotal: 'subtotal',
  discount: 'discount',
  total: 'total',
};
const QUOTE_EN =
  'POST /quote with {"lines": [{"price": number, "qty": integer}], "discount_code"?: string} returns {"subtotal", "discount", "tax", "total"} rounded to 2 decimals';
const CODES_EN = 'Codes: SAVE10 takes 10% off the subtotal, FLAT5 takes 5.00 off but never below zero';

const DE: Names = {
  lines: 'positionen',
  qty: 'menge',
  price: 'preis',
  code: 'gutschein',
  subtotal: 'zwischensumme',
  discount: 'rabatt',
  total: 'summe',
};
const QUOTE_DE =
  'POST /angebot mit {"positionen": [{"menge": integer, "preis": number}], "gutschein"?: string} liefert {"zwischensumme", "rabatt", "summe"}, auf 2 Nachkommastellen gerundet';
const CODES_DE = 'Gutscheine: SAVE10 zieht 10 % von der Zwischensumme ab, FLAT5 zieht 5,00 € ab, nie unter 0';

interface RefusalRow {
  features: string[];
  names: Names;
  path: string;
  /** The status an unknown code is refused with, and the one of a line or an empty list. */
  unknown: number;
  lines: number;
  /** Whether the row's refusal feature also names a negative price. */
  price: boolean;
}

const en = (text: string, unknown = 400, price = false): RefusalRow => ({
  features: [QUOTE_EN, CODES_EN, text],
  names: EN,
  path: '/quote',
  unknown,
  lines: 400,
  price,
});

export const REFUSAL_LIST_PHRASINGS: RefusalRow[] = [
  en('An unknown code, an empty lines list or a qty below 1 returns 400'),
  en('quantity below 1, an empty list of lines or an unknown discount code are refused with 400'),
  en('qty must be an integer ≥ 1 and price a number ≥ 0; any other code returns 400', 400, true),
  en('an unknown code returns 422; empty lines or a qty below 1 return 400', 422),
  en(
    'A line with a quantity of 0 or a negative price, or an order without lines, is rejected (400)',
    400,
    true,
  ),
  en('Empty lines, a qty below 1 or a negative price returns 400', 400, true),
  en('Ein unbekannter Code, eine leere Liste von Positionen oder eine Menge unter 1 ergeben 400'),
  en('Un código desconocido, una lista de líneas vacía o una cantidad menor que 1 devuelven 400'),
  en('Un code inconnu, une liste de lignes vide ou une quantité inférieure à 1 renvoient 400'),
  en('Un codice sconosciuto, una lista di righe vuota o una quantità sotto 1 restituiscono 400'),
  en('Um código desconhecido, uma lista de linhas vazia ou uma quantidade abaixo de 1 retornam 400'),
  {
    features: [
      QUOTE_DE,
      CODES_DE,
      'Unbekannte Gutscheine, leere Positionen, eine Menge unter 1 oder ein negativer Preis → 400',
    ],
    names: DE,
    path: '/angebot',
    unknown: 400,
    lines: 400,
    price: true,
  },
];

/** Refusals the quote's code does not make: the refusal feature must stay unrealised. */
const NOT_MADE = [
  'An unknown code, an empty lines list or a qty below 2 returns 400',
  'more than 20 lines or an unknown code returns 400',
  'an unknown code or a line without a sku returns 400',
  'eine Menge über 50 oder ein unbekannter Code ergibt 400',
];

/**
 * Rows not read yet, each failing its own check. Written before the code: 10 of 12 (every row whose refusals name
 * no price: "returns 400" was read as a store of returns, or the feature was claimed nowhere); the two naming a
 * negative price were read already. After the refusal-list reader: 1, the bounds written as rules ("qty must be
 * an integer ≥ 1 and price a number ≥ 0"), which the gate holds to top-level fields only, not a line's.
 */
const NOT_YET_READ = new Set<RefusalRow>([REFUSAL_LIST_PHRASINGS[2]]);

/** The requests every row asks of its quote, with the answers worked out by hand. */
function asks(
  row: RefusalRow,
): { body: Record<string, unknown>; want: EndpointAnswer | { status: number } }[] {
  const n = row.names;
  const line = (qty: number, price: number) => ({ [n.qty]: qty, [n.price]: price });
  // 2 × 10.00 + 1 × 5.00 = 25.00; SAVE10 takes 2.50 off.
  const basket = [line(2, 10), line(1, 5)];
  const priced = (subtotal: number, discount: number, total: number) => ({
    status: 200 as const,
    body: { [n.subtotal]: subtotal, [n.discount]: discount, [n.total]: total },
  });
  return [
    { body: { [n.lines]: basket }, want: priced(25, 0, 25) },
    { body: { [n.lines]: basket, [n.code]: 'SAVE10' }, want: priced(25, 2.5, 22.5) },
    { body: { [n.lines]: [line(1, 3)], [n.code]: 'FLAT5' }, want: priced(3, 3, 0) },
    { body: { [n.lines]: basket, [n.code]: 'NOSUCH' }, want: { status: row.unknown } },
    { body: { [n.lines]: [] }, want: { status: row.lines } },
    { body: { [n.lines]: [line(0, 10)] }, want: { status: row.lines } },
    ...(row.price ? [{ body: { [n.lines]: [line(1, -1)] }, want: { status: row.lines } }] : []),
  ];
}

/** What goes wrong with a row: '' when every feature is realised and every request answered as worked out. */
function problemOfRow(row: RefusalRow): string {
  const { contract } = designSpec(intentOf({ service_name: 'quote', key_features: row.features }));
  const unrealised = featureFidelity(contract, row.features).filter((v) => !v.realised);
  if (unrealised.length > 0)
    return `unrealised: ${unrealised.map((v) => `${v.feature} (${v.problems.join('; ')})`).join(' | ')}`;
  for (const ask of asks(row)) {
    const got = endpointAnswer(contract, 'POST', row.path, ask.body);
    const shown =
      'body' in ask.want && 'body' in got
        ? {
            status: got.status,
            body: Object.fromEntries(Object.keys(ask.want.body).map((k) => [k, got.body[k]])),
          }
        : { status: got.status };
    if (JSON.stringify(shown) !== JSON.stringify(ask.want))
      return `${JSON.stringify(ask.body)}: answered ${JSON.stringify(got)}`;
  }
  return '';
}

const refusalRealised = (text: string) => {
  const features = [QUOTE_EN, CODES_EN, text];
  const { contract } = designSpec(intentOf({ service_name: 'quote', key_features: features }));
  return featureFidelity(contract, features)[2].realised;
};

describe("a quote's refusals in their own feature, across phrasings", () => {
  for (const row of REFUSAL_LIST_PHRASINGS.filter((r) => !NOT_YET_READ.has(r))) {
    it(`binds ${JSON.stringify(row.features[2])} to the quote`, () => {
      expect(problemOfRow(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = REFUSAL_LIST_PHRASINGS.filter((r) => NOT_YET_READ.has(r) && problemOfRow(r) === '');
    expect(read.map((r) => r.features[2])).toEqual([]);
  });

  it.each(NOT_MADE)('leaves %p unrealised', (text) => {
    expect(refusalRealised(text)).toBe(false);
  });
});
