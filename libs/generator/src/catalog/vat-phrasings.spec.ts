import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { endpointAnswer } from './testing/endpoint-answer';

/*
 * The phrasing table of VAT calculators with two routes: one adds the tax to a net amount (net → tax and gross),
 * the other takes it back out of a gross amount (gross → net and tax), each at a rate the request sends, maybe
 * restricted to the rates the feature lists ("satz": 19 oder 7; "tipo": 21 o 10), with a refusal feature for other
 * rates and negative amounts; in German, English, Spanish and French. Each row composes the service from its
 * features, asks the gate whether every feature is realised, and asks each route requests worked out by hand
 * (cents, half up: 19.99 net at 7 % is 1.3993 → 1.40 tax; 10.00 gross at 7 % is 9.3458 → 9.35 net).
 * Beside them: refusals the calculator does not make, which must leave their feature unrealised.
 */

interface Ask {
  /** POST unless said. */
  method?: 'GET';
  path: string;
  body: Record<string, unknown>;
  want: { status: number; body?: Record<string, unknown> };
}

interface VatRow {
  features: string[];
  asks: Ask[];
}

/** The names one calculator writes, and the rates it takes (two listed ones, or any from 0 to 100). */
interface Calc {
  add: string;
  remove: string;
  net: string;
  gross: string;
  tax: string;
  rate: string;
  /** A rate outside the list, refused when the feature lists its rates (null: any rate from 0 to 100). */
  outside: number | null;
}

/** Requests worked out by hand for a calculator whose rates are 19 and 7 (or that takes any rate). */
function asks19(c: Calc): Ask[] {
  const ok = (path: string, body: Record<string, unknown>, want: Record<string, unknown>): Ask => ({
    path,
    body,
    want: { status: 200, body: want },
  });
  return [
    ok(c.add, { [c.net]: 100, [c.rate]: 19 }, { [c.tax]: 19, [c.gross]: 119 }),
    ok(c.add, { [c.net]: 19.99, [c.rate]: 7 }, { [c.tax]: 1.4, [c.gross]: 21.39 }),
    ok(c.remove, { [c.gross]: 119, [c.rate]: 19 }, { [c.net]: 100, [c.tax]: 19 }),
    ok(c.remove, { [c.gross]: 10, [c.rate]: 7 }, { [c.net]: 9.35, [c.tax]: 0.65 }),
    { path: c.add, body: { [c.net]: -1, [c.rate]: 19 }, want: { status: 400 } },
    { path: c.remove, body: { [c.gross]: -5, [c.rate]: 7 }, want: { status: 400 } },
    ...(c.outside === null
      ? []
      : [
          { path: c.add, body: { [c.net]: 100, [c.rate]: c.outside }, want: { status: 400 } },
          { path: c.remove, body: { [c.gross]: 100, [c.rate]: c.outside }, want: { status: 400 } },
        ]),
  ];
}

/** Spanish rates 21 and 10: 100 net at 21 % is 21 tax, 121 gross; 110 gross at 10 % is 100 net. */
function asks21(c: Calc): Ask[] {
  return [
    {
      path: c.add,
      body: { [c.net]: 100, [c.rate]: 21 },
      want: { status: 200, body: { [c.tax]: 21, [c.gross]: 121 } },
    },
    {
      path: c.remove,
      body: { [c.gross]: 110, [c.rate]: 10 },
      want: { status: 200, body: { [c.net]: 100, [c.tax]: 10 } },
    },
    { path: c.add, body: { [c.net]: -3, [c.rate]: 21 }, want: { status: 400 } },
    { path: c.add, body: { [c.net]: 100, [c.rate]: 16 }, want: { status: 400 } },
  ];
}

/** French rates 20 and 5.5: 10 net at 5.5 % is 0.55 tax, 10.55 gross; 120 gross at 20 % is 100 net. */
function asks20(c: Calc): Ask[] {
  return [
    {
      path: c.add,
      body: { [c.net]: 10, [c.rate]: 5.5 },
      want: { status: 200, body: { [c.tax]: 0.55, [c.gross]: 10.55 } },
    },
    {
      path: c.remove,
      body: { [c.gross]: 120, [c.rate]: 20 },
      want: { status: 200, body: { [c.net]: 100, [c.tax]: 20 } },
    },
    { path: c.remove, body: { [c.gross]: -1, [c.rate]: 20 }, want: { status: 400 } },
    { path: c.add, body: { [c.net]: 100, [c.rate]: 19.6 }, want: { status: 400 } },
  ];
}

const DE: Calc = {
  add: '/brutto',
  remove: '/netto',
  net: 'netto',
  gross: 'brutto',
  tax: 'mwst',
  rate: 'satz',
  outside: 16,
};
const EN: Calc = {
  add: '/vat/add',
  remove: '/vat/remove',
  net: 'net',
  gross: 'gross',
  tax: 'vat',
  rate: 'rate',
  outside: null,
};
const ES: Calc = {
  add: '/iva/bruto',
  remove: '/iva/neto',
  net: 'neto',
  gross: 'bruto',
  tax: 'iva',
  rate: 'tipo',
  outside: 16,
};
const FR: Calc = {
  add: '/ttc',
  remove: '/ht',
  net: 'ht',
  gross: 'ttc',
  tax: 'tva',
  rate: 'taux',
  outside: 19.6,
};

export const VAT_PHRASINGS: VatRow[] = [
  {
    features: [
      'POST /brutto mit {"netto": number, "satz": 19 oder 7} liefert {"netto", "mwst", "brutto"}, auf Cent gerundet',
      'POST /netto mit {"brutto": number, "satz": 19 oder 7} rechnet zurück und liefert {"netto", "mwst", "brutto"}',
      'Andere Sätze als 19 und 7 sowie negative Beträge → 400',
    ],
    asks: asks19(DE),
  },
  {
    features: [
      'POST /brutto: aus {"netto": Zahl, "satz": 19 | 7} wird {"netto", "mwst", "brutto"} (kaufmännisch auf Cent gerundet)',
      'POST /netto: aus {"brutto": Zahl, "satz": 19 | 7} wird {"netto", "mwst", "brutto"}',
      'Ein Satz außer 7 oder 19 oder ein negativer Betrag wird mit 400 abgelehnt',
    ],
    asks: asks19(DE),
  },
  {
    features: [
      'POST /vat/add with body {"net": number, "rate": number (percent)} returns {"net": number, "vat": number, "gross": number}, amounts rounded to cents',
      'POST /vat/remove with body {"gross": number, "rate": number} returns {"net", "vat", "gross"} rounded to cents',
      'A negative amount or a rate outside 0..100 returns 400',
    ],
    asks: asks19(EN),
  },
  {
    features: [
      'POST /iva/bruto con {"neto": number, "tipo": 21 o 10} devuelve {"neto", "iva", "bruto"} redondeados a céntimos',
      'POST /iva/neto con {"bruto": number, "tipo": 21 o 10} devuelve {"neto", "iva", "bruto"}',
      'Otros tipos o importes negativos devuelven 400',
    ],
    asks: asks21(ES),
  },
  {
    features: [
      'POST /ttc avec {"ht": number, "taux": 20 ou 5.5} renvoie {"ht", "tva", "ttc"} arrondis au centime',
      'POST /ht avec {"ttc": number, "taux": 20 ou 5.5} renvoie {"ht", "tva", "ttc"}',
      'Un autre taux ou un montant négatif renvoie 400',
    ],
    asks: asks20(FR),
  },
];

/** The same calculators said another way: the way back answering "the same fields", on GET routes, in free text. */
const IT: Calc = {
  add: '/lordo',
  remove: '/netto',
  net: 'netto',
  gross: 'lordo',
  tax: 'iva',
  rate: 'aliquota',
  outside: null,
};
const PT: Calc = {
  add: '/iva/bruto',
  remove: '/iva/liquido',
  net: 'valor_liquido',
  gross: 'valor_bruto',
  tax: 'iva',
  rate: 'taxa',
  outside: 16,
};
/** Free text names no route: the calculator's own routes and names (net, vat, gross, rate). */
const FREE: Calc = { ...EN, outside: 16 };

export const VAT_MORE_PHRASINGS: VatRow[] = [
  {
    features: [
      'POST /vat/add with {"net": number, "rate": number} returns {"net", "vat", "gross"}, rounded to cents',
      'POST /vat/remove with {"gross": number, "rate": number} works backwards and returns the same three fields',
      'a negative amount or a rate outside 0..100 returns 400',
    ],
    asks: asks19(EN),
  },
  {
    features: [
      'POST /iva/bruto con {"neto": number, "tipo": 21 o 10} devuelve {"neto", "iva", "bruto"} redondeados a céntimos',
      'POST /iva/neto con {"bruto": number, "tipo": 21 o 10} hace el cálculo inverso y devuelve los mismos campos',
      'Otros tipos o importes negativos devuelven 400',
    ],
    asks: asks21(ES),
  },
  {
    features: [
      'GET /lordo?netto=100&aliquota=19 restituisce {"netto": numero, "iva": numero, "lordo": numero}, arrotondati al centesimo',
      "GET /netto?lordo=119&aliquota=19 fa il conto all'indietro e restituisce gli stessi tre campi",
      "un importo negativo o un'aliquota fuori da 0..100 restituisce 400",
    ],
    asks: asks19(IT).map((a) => ({ ...a, method: 'GET' as const })),
  },
  {
    features: [
      'POST /iva/bruto com {"valor_liquido": number, "taxa": 19 ou 7} devolve {"valor_liquido", "iva", "valor_bruto"}',
      'POST /iva/liquido com {"valor_bruto": number, "taxa": 19 ou 7} faz a conta ao contrário e devolve os mesmos três campos',
      'Outras taxas ou valores negativos dão 400',
    ],
    asks: asks19(PT),
  },
  {
    features: [
      'aus einem Nettobetrag und dem Steuersatz die Mehrwertsteuer und den Bruttobetrag berechnen, auf Cent gerundet',
      'umgekehrt aus einem Bruttobetrag den Nettobetrag und die enthaltene Mehrwertsteuer herausrechnen',
      'nur 19 % und 7 % sind erlaubt, jeder andere Satz und negative Beträge werden abgelehnt',
    ],
    asks: asks19(FREE),
  },
  {
    features: [
      'add VAT to a net price at a given rate and return the VAT and the gross price, rounded to the cent',
      'also take the VAT back out of a gross price',
      'only the rates 19 and 7 are allowed; any other rate or a negative price is rejected',
    ],
    asks: asks19(FREE),
  },
];

/** Refusals the calculator does not make: the refusal feature must stay unrealised. */
const NOT_MADE = [
  'Beträge über 10000 € werden mit 400 abgelehnt',
  'Ein Betrag mit mehr als zwei Nachkommastellen ergibt 422',
];

/**
 * Rows not read yet, each failing its own check. Written before the code: 5 of 5 (each route designed as a store
 * of what it is sent; no computation adds or takes out a VAT). After the VAT family and rates listed in words
 * ("19 oder 7"): 0.
 */
const NOT_YET_READ = new Set<VatRow>([]);

/** What goes wrong with a row: '' when every feature is realised and every request answered as worked out. */
function problemOfRow(row: VatRow): string {
  const { contract } = designSpec(intentOf({ service_name: 'mwst', key_features: row.features }));
  const unrealised = featureFidelity(contract, row.features).filter((v) => !v.realised);
  if (unrealised.length > 0)
    return `unrealised: ${unrealised.map((v) => `${v.feature} (${v.problems.join('; ')})`).join(' | ')}`;
  for (const ask of row.asks) {
    const got = endpointAnswer(contract, ask.method ?? 'POST', ask.path, ask.body);
    const shown =
      ask.want.body && 'body' in got
        ? {
            status: got.status,
            body: Object.fromEntries(Object.keys(ask.want.body).map((k) => [k, got.body[k]])),
          }
        : { status: got.status };
    if (JSON.stringify(shown) !== JSON.stringify(ask.want))
      return `${ask.path} ${JSON.stringify(ask.body)}: answered ${JSON.stringify(got)}`;
  }
  return '';
}

const notMadeRealised = (text: string) => {
  const features = [...VAT_PHRASINGS[0].features.slice(0, 2), text];
  const { contract } = designSpec(intentOf({ service_name: 'mwst', key_features: features }));
  return featureFidelity(contract, features)[2].realised;
};

describe('VAT calculators with a route each way, across phrasings', () => {
  const rows = [...VAT_PHRASINGS, ...VAT_MORE_PHRASINGS];
  for (const row of rows.filter((r) => !NOT_YET_READ.has(r))) {
    it(`realises ${JSON.stringify(row.features[0])}`, () => {
      expect(problemOfRow(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = rows.filter((r) => NOT_YET_READ.has(r) && problemOfRow(r) === '');
    expect(read.map((r) => r.features[0])).toEqual([]);
  });

  it.each(NOT_MADE)('leaves %p unrealised', (text) => {
    expect(notMadeRealised(text)).toBe(false);
  });
});
