import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * A currency conversion asked for in one key feature and its rate table declared in another (or chained in one
 * line: "1 EUR = 1,08 USD = 0,94 CHF"), in the languages intents are written in. Written before the code.
 */

interface Row {
  features: string[];
  /** [amount, from, to, converted] through the declared table. */
  probe: [number, string, string, number];
  /** The decimals the conversion rounds to, when a feature says. */
  decimals?: number;
}

const ROWS: Row[] = [
  {
    features: [
      'convert an amount of money between EUR, USD and GBP',
      'rates are fixed: 1 EUR = 1.10 USD and 1 EUR = 0.80 GBP',
    ],
    probe: [110, 'USD', 'GBP', 80],
  },
  {
    features: [
      'Betrag von einer Währung in eine andere umrechnen',
      'Kurstabelle: 1 EUR = 1,10 USD = 0,80 GBP',
    ],
    probe: [100, 'EUR', 'GBP', 80],
  },
  {
    features: [
      'Geld zwischen Euro, Franken und Dollar umrechnen, auf Rappen gerundet',
      'feste Kurse mit Basis EUR: 1 EUR = 0,95 CHF; 1 EUR = 1,05 USD',
    ],
    probe: [95, 'CHF', 'USD', 105],
  },
  {
    features: [
      'convertir un importe entre monedas (EUR, USD, MXN), redondeado a dos decimales',
      'tipos fijos: 1 EUR = 1,10 USD = 20 MXN',
    ],
    probe: [11, 'USD', 'MXN', 200],
  },
  {
    features: [
      "convertir un montant d'une devise à une autre, arrondi au centime",
      'table des taux : 1 EUR = 1,10 USD ; 1 EUR = 0,80 GBP ; 1 EUR = 160 JPY',
    ],
    probe: [100, 'EUR', 'JPY', 16000],
  },
  {
    features: [
      'convertire un importo tra valute (EUR, USD, GBP) con tre decimali',
      'tassi fissi: 1 EUR = 1,10 USD, 1 EUR = 0,80 GBP',
    ],
    probe: [220, 'USD', 'EUR', 200],
    decimals: 3,
  },
  {
    features: [
      'converter um valor entre moedas usando a tabela, arredondado a 2 casas decimais',
      'tabela de câmbio fixa: 1 EUR = 1,10 USD = 5,50 BRL',
    ],
    probe: [11, 'USD', 'BRL', 55],
  },
  {
    features: [
      'Exchange amounts between the currencies of our table (four decimals)',
      'The table: 1 EUR = 1.25 USD, 1 EUR = 0.875 GBP',
    ],
    probe: [125, 'USD', 'GBP', 87.5],
    decimals: 4,
  },
];

/** Near misses: no table declared, or no conversion of money. */
const NOT_REALISED: string[][] = [
  // A conversion with no rates anywhere is a live exchange rate: not realisable without a source.
  ['convert an amount between EUR and USD at today’s exchange rate', 'answer in JSON'],
  // A currency the table does not hold cannot be converted by it.
  ['convert amounts between EUR and JPY', 'rates: 1 EUR = 1.10 USD = 0.80 GBP'],
  // Money without a verb of converting is not a conversion.
  ['list the currencies we accept: EUR, USD and GBP', 'rates: 1 EUR = 1.10 USD = 0.80 GBP'],
];

const judged = (key_features: string[]) =>
  judgedOffline(familyIntent('rates-split-svc', 'a currency converter', key_features));

/** amount from → to through a table of [from, rate, to] (1 from = rate to), in floating point. */
function through(rates: [string, string, string][], amount: number, from: string, to: string): number {
  const value = new Map<string, number>([[rates[0][0], 1]]);
  for (let i = 0; i < rates.length; i += 1) {
    for (const [a, rate, b] of rates) {
      const r = Number(rate.replace(',', '.'));
      if (value.has(a) && !value.has(b)) value.set(b, value.get(a)! * r);
      if (value.has(b) && !value.has(a)) value.set(a, value.get(b)! / r);
    }
  }
  return (amount / value.get(from)!) * value.get(to)!;
}

describe('a conversion and its rate table in two features', () => {
  for (const row of ROWS) {
    it(`realises ${JSON.stringify(row.features[0])}`, () => {
      const { contract, fidelity } = judged(row.features);
      expect(fidelity.filter((f) => !f.realised).map((f) => [f.feature, f.problems])).toEqual([]);
      const e = contract.endpoints.find(
        (x) => x.behavior.kind === 'function' && x.behavior.function === 'rate.table',
      );
      expect(e?.features).toEqual(expect.arrayContaining(row.features));
      const [amount, from, to, converted] = row.probe ?? [0, '', '', 0];
      const rates = JSON.parse(String((e?.behavior as { options?: { rates?: string } }).options?.rates)) as [
        string,
        string,
        string,
      ][];
      expect(through(rates, amount, from, to)).toBeCloseTo(converted, 6);
      const options = (e?.behavior as { options?: { decimals?: number } }).options;
      expect(options?.decimals).toBe(row.decimals ?? 2);
    });
  }
  for (const features of NOT_REALISED) {
    it(`leaves ${JSON.stringify(features[0])} unrealised`, () => {
      expect(judged(features).fidelity[0].realised).toBe(false);
    });
  }
});
