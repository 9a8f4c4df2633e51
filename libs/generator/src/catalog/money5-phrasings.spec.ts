import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { runCatalogFunction } from './testing/run-function';

/*
 * Phrasing table of the money class, round five (written before the code): VAT calculators in free text that
 * write the rates they allow ("7 oder 19 %") and their refusals in a line of their own, bottle deposits (Pfand)
 * whose kinds are written as compound words ("Einwegflaschen", "Stückzahlen"), next to rows of the class read
 * already (tip splits, order quotes, spelled VAT). Each row is a small intent as users write it; `fn` is the
 * catalog function one endpoint must run, and `ask` a request to it with the answer worked out by hand (amounts
 * in cents: 100 net at 19 % is 19.00 VAT and 119.00 gross; 119 gross at 7 % is 111.21 net, 7.79 VAT). Near
 * misses (a VAT feature that also keeps invoices, a deposit priced by something other than the kind) must stay
 * refused. Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

interface Ask {
  input: Record<string, unknown>;
  want: Record<string, unknown> | 'refused';
}

interface Row {
  name: string;
  features: string[];
  expect: { fn: string; asks: Ask[] } | 'refused';
}

const VAT_ADD = 'vat.add';
const VAT_REMOVE = 'vat.remove';
const DEPOSIT = 'calc.deposit_total';
const SAVINGS = 'calc.savings_goal_months';

const ROWS: Row[] = [
  {
    name: 'de: MwSt frei, Sätze genannt, Ablehnung eigene Zeile',
    features: [
      'Aus einem Nettobetrag und einem MwSt-Satz (7 oder 19 %) die Steuer und den Bruttobetrag berechnen, auf Cent gerundet',
      'Umgekehrt aus dem Bruttobetrag den Nettobetrag zurückrechnen',
      'Ein anderer Satz oder ein negativer Betrag gibt 400',
    ],
    expect: {
      fn: VAT_ADD,
      asks: [
        { input: { net: 100, rate: 19 }, want: { net: 100, vat: 19, gross: 119 } },
        { input: { net: 100, rate: 16 }, want: 'refused' },
      ],
    },
  },
  {
    name: 'de: MwSt frei, Rückrechnung mit 7 %',
    features: [
      'Mehrwertsteuer zum Nettopreis addieren: Steuersatz 19 % oder 7 %, Ergebnis auf Cent gerundet',
      'Vom Bruttopreis die enthaltene Mehrwertsteuer herausrechnen',
    ],
    expect: {
      fn: VAT_REMOVE,
      asks: [{ input: { gross: 119, rate: 7 }, want: { net: 111.21, vat: 7.79, gross: 119 } }],
    },
  },
  {
    name: 'en: VAT free with the rates written',
    features: [
      'Add VAT at 20% or 5% to a net price and return the VAT and the gross price, rounded to the cent',
      'Also take the VAT back out of a gross price',
      'Any other rate or a negative price is rejected',
    ],
    expect: {
      fn: VAT_ADD,
      asks: [
        { input: { net: 19.99, rate: 20 }, want: { net: 19.99, vat: 4, gross: 23.99 } },
        { input: { net: 10, rate: 19 }, want: 'refused' },
      ],
    },
  },
  {
    name: 'es: IVA libre con tipos 21 y 10',
    features: [
      'Calcular el IVA (21 % o 10 %) a partir de un importe neto y devolver el IVA y el importe bruto, redondeados al céntimo',
      'En sentido inverso, a partir del bruto obtener el neto',
    ],
    expect: {
      fn: VAT_ADD,
      asks: [{ input: { net: 100, rate: 21 }, want: { net: 100, vat: 21, gross: 121 } }],
    },
  },
  {
    name: 'fr: TVA libre, taux 20 %',
    features: [
      "Calculer la TVA à 20 % à partir d'un montant HT et renvoyer la TVA et le montant TTC, arrondis au centime",
      "Dans l'autre sens, retrouver le HT à partir d'un montant TTC",
    ],
    expect: {
      fn: VAT_REMOVE,
      asks: [{ input: { gross: 120, rate: 20 }, want: { net: 100, vat: 20, gross: 120 } }],
    },
  },
  {
    name: 'it: IVA libera, aliquota 22',
    features: [
      "Calcolare l'IVA al 22 % a partire da un importo netto e restituire l'IVA e l'importo lordo, arrotondati al centesimo",
      'Nel senso inverso, ricavare il netto dal lordo',
    ],
    expect: { fn: VAT_ADD, asks: [{ input: { net: 50, rate: 22 }, want: { net: 50, vat: 11, gross: 61 } }] },
  },
  {
    name: 'en: VAT spelled both ways (read already)',
    features: [
      'POST /vat/add with body {"net": number, "rate": number (percent)} returns {"net": number, "vat": number, "gross": number}, amounts rounded to cents',
      'POST /vat/remove with body {"gross": number, "rate": number} returns {"net", "vat", "gross"} rounded to cents',
      'A negative amount or a rate outside 0..100 returns 400',
    ],
    expect: {
      fn: VAT_ADD,
      asks: [
        { input: { net: 100, rate: 19 }, want: { net: 100, vat: 19, gross: 119 } },
        { input: { net: 100, rate: 101 }, want: 'refused' },
      ],
    },
  },
  {
    name: 'de: Pfand frei, Komposita (Einwegflaschen, Stückzahlen)',
    features: [
      'Pfand berechnen: Einwegflaschen 0,25 €, Mehrwegflaschen 0,08 €, Kästen 1,50 €; aus den Stückzahlen den Gesamtpfand zurückgeben',
    ],
    expect: {
      fn: DEPOSIT,
      asks: [{ input: { einwegflaschen: 3, mehrwegflaschen: 5, kasten: 1 }, want: { total: 2.65 } }],
    },
  },
  {
    name: 'de: Pfandrechner (read already)',
    features: [
      'Pfandrechner: Einweg 0,25 €, Mehrweg 0,08 €, Kasten 1,50 €; aus der Anzahl je Sorte den Gesamtpfand berechnen',
    ],
    expect: { fn: DEPOSIT, asks: [{ input: { einweg: 3, mehrweg: 5, kasten: 1 }, want: { total: 2.65 } }] },
  },
  {
    name: 'en: deposit free, cans and bottles returned',
    features: [
      'Deposit calculator: 0.25 per can and 0.10 per bottle; return the total deposit for the cans and bottles returned',
    ],
    expect: { fn: DEPOSIT, asks: [{ input: { can: 4, bottle: 3 }, want: { total: 1.3 } }] },
  },
  {
    name: 'pt: caução de garrafas e latas',
    features: [
      'Calcular a caução: 0,10 € por garrafa e 0,25 € por lata; devolver o total para as garrafas e latas devolvidas',
    ],
    expect: { fn: DEPOSIT, asks: [{ input: { garrafa: 2, lata: 2 }, want: { total: 0.7 } }] },
  },
  {
    name: 'near miss: VAT calculator that also keeps invoices',
    features: [
      'Aus einem Nettobetrag und einem Satz von 19 % die MwSt berechnen und jede Rechnung speichern',
    ],
    expect: 'refused',
  },
  {
    name: 'near miss: deposit priced by the size of the bottle',
    features: ['Pfand berechnen: je nach Flaschengröße 0,08 € oder 0,25 €'],
    expect: 'refused',
  },
  {
    name: 'near miss: VAT with a rate that depends on the product group',
    features: [
      'Die MwSt hängt von der Warengruppe ab: Lebensmittel 7 %, sonst 19 %; aus dem Nettobetrag den Bruttobetrag berechnen',
    ],
    expect: 'refused',
  },
  {
    name: 'en: savings goal free, monthly deposit, months rounded up',
    features: [
      'Given a savings goal, what is already saved and a monthly deposit, return how many months until the goal is reached (rounded up)',
    ],
    expect: {
      fn: SAVINGS,
      asks: [
        { input: { goal: 1000, saved: 250, monthly: 100 }, want: { months: 8 } },
        { input: { goal: 1000, saved: 1200, monthly: 100 }, want: { months: 0 } },
      ],
    },
  },
  {
    name: 'de: Sparziel frei, Monate aufgerundet',
    features: [
      'Aus dem Sparziel, dem bereits Gesparten und der monatlichen Einzahlung die Anzahl Monate bis zum Ziel berechnen, aufgerundet',
    ],
    expect: { fn: SAVINGS, asks: [{ input: { goal: 500, saved: 0, monthly: 60 }, want: { months: 9 } }] },
  },
  {
    name: 'near miss: savings months rounded down',
    features: [
      'Given a savings goal, what is already saved and a monthly deposit, return how many months until the goal is reached, rounded down',
    ],
    expect: 'refused',
  },
  {
    name: 'near miss: a salary calculator turned round (no VAT)',
    features: [
      'Aus dem Bruttogehalt das Nettogehalt berechnen',
      'Umgekehrt aus dem Nettogehalt das Bruttogehalt zurückrechnen',
    ],
    expect: 'refused',
  },
];

// The savings rows: "deposit", "Einzahlung", "rounded up" are not savings words yet, and once they are, the gate
// asks for options.rounding "up" on calc.savings_goal_months, which always rounds months up but is no function of
// service-spec's FUNCTIONS_WITH_ROUNDING_MODE (a gate change left to the lead).
// "TVA à 20 %" is read first as the tax of an order quote (orders-codes), which no order here realises.
const NOT_YET_READ = new Set<string>([
  'fr: TVA libre, taux 20 %',
  'en: savings goal free, monthly deposit, months rounded up',
  'de: Sparziel frei, Monate aufgerundet',
]);

/** What goes wrong with a row: '' when it is read as the table says. */
function problemOf(row: Row): string {
  const { contract, fidelity } = judgedOffline(familyIntent('money', 'A small money service.', row.features));
  const unrealised = fidelity.filter((f) => !f.realised);
  if (row.expect === 'refused') return unrealised.length > 0 ? '' : 'realised, but must stay refused';
  if (unrealised.length > 0 || fidelity.length !== row.features.length)
    return `unrealised: ${unrealised.map((f) => f.feature).join(' | ')}`;
  const { fn } = row.expect;
  const endpoint = contract.endpoints.find(
    (e) => e.behavior.kind === 'function' && e.behavior.function === fn,
  );
  if (!endpoint || endpoint.behavior.kind !== 'function') return `no endpoint runs ${fn}`;
  const options = endpoint.behavior.options ?? {};
  for (const ask of row.expect.asks) {
    const got = runCatalogFunction(fn, ask.input, options);
    if (ask.want === 'refused') {
      if (got.ok) return `${JSON.stringify(ask.input)} answered ${JSON.stringify(got)}, want a refusal`;
      continue;
    }
    if (!got.ok) return `${JSON.stringify(ask.input)} refused`;
    const shown = Object.fromEntries(Object.keys(ask.want).map((k) => [k, got.value[k]]));
    if (JSON.stringify(shown) !== JSON.stringify(ask.want))
      return `${JSON.stringify(ask.input)} answered ${JSON.stringify(got.value)}`;
  }
  return '';
}

describe('money class, round five (phrasing table)', () => {
  it('has at least 12 rows with distinct names, in five languages and near misses', () => {
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    expect(ROWS.length).toBeGreaterThanOrEqual(12);
    expect(ROWS.filter((r) => r.expect === 'refused').length).toBeGreaterThanOrEqual(2);
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = ROWS.filter((r) => NOT_YET_READ.has(r.name) && problemOf(r) === '');
    expect(read.map((r) => r.name)).toEqual([]);
  });
});
