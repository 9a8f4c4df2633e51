import type { AcceptanceCheck, EndpointSpec } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { recogniseFeature } from './catalog';

/*
 * Phrasing table of a loan's monthly payment, read by the unit its features give the term in (blind h20: "the
 * number of years" beside "spread evenly over the months" was deployed with a term in months, 7105.87 a month
 * for 200,000 at 5 % over 30 years). Each row is a small intent written as users write it, in English, German,
 * Spanish, French, Italian and Portuguese, its features in one line or several: the term in years ("over 30
 * years", "Laufzeit in Jahren", "plazo en años", "durée en années", "durata in anni", "prazo em anos"), in months
 * ("number of monthly payments", "Anzahl der Monate", "48 mois", "24 meses"), in neither (months, the default,
 * named so in the request field), or in both, or paid another way than monthly (a faithful generator refuses
 * those rather than guess). Months that are only the months of the payments ("spread over the months", "per
 * month") name no term. A realised row runs POST /calc/loan-payment with every feature claimed there, the term
 * field named in its unit, and the worked example 200,000 at 5 % over 30 years (360 months): 1,073.64 a month,
 * 386,511.57 paid, 186,511.57 interest (standard amortization tables).
 */

interface Row {
  name: string;
  features: string[];
  /** The unit of the term field of the one loan endpoint; `refused`: some feature must stay unrealised. */
  expect: 'years' | 'months' | 'refused';
}

const ROWS: Row[] = [
  // English, the term in years.
  {
    name: 'en: term in years, totals and the 0 % rule in features of their own',
    features: [
      'calculate the monthly installment of a mortgage from the principal, the annual interest rate in percent and the term in years',
      'also give the total repaid and the part of it that is interest',
      'at 0 % interest the principal is divided equally across the months; a negative principal or a term of zero years is refused',
    ],
    expect: 'years',
  },
  {
    name: 'en: "over 30 years" with an example',
    features: ['monthly mortgage payment for a home loan, e.g. 200,000 at 5 % a year over 30 years'],
    expect: 'years',
  },
  {
    name: 'en: "how many years it runs"',
    features: [
      'how much is the monthly payment on a loan, given the amount, the interest rate per year and how many years it runs',
    ],
    expect: 'years',
  },
  {
    name: 'en: months of the payments only, duration in years',
    features: [
      'monthly repayment of a car loan from the amount financed, the yearly rate and the duration in years',
      'with no interest the amount is paid off in equal parts over the months',
    ],
    expect: 'years',
  },
  // English, the term in months.
  {
    name: 'en: number of monthly payments',
    features: [
      'car loan calculator: the monthly payment from the price financed, the annual rate and the number of monthly payments',
    ],
    expect: 'months',
  },
  {
    name: 'en: "over 48 months"',
    features: ['the monthly payment of a loan over 48 months at a yearly interest rate in percent'],
    expect: 'months',
  },
  {
    name: 'en: term given in months, totals asked after',
    features: [
      'loan payment per month from amount, annual rate and term; the term is given in months',
      'also return the total paid and the total interest',
    ],
    expect: 'months',
  },
  // English, no unit named: the default is months, named so in the request.
  {
    name: 'en: no unit named',
    features: ['monthly payment of a loan from the amount, the annual interest rate and the term'],
    expect: 'months',
  },
  // Both units, or another payment period: refused rather than guessed.
  {
    name: 'en: term in years in one feature, in months in another',
    features: [
      'monthly payment of a loan from the amount, the annual rate and the term in years',
      'the loan term is a number of months between 1 and 600',
    ],
    expect: 'refused',
  },
  {
    name: 'en: weekly payments',
    features: ['weekly payment of a loan from the amount, the yearly interest rate and the number of weeks'],
    expect: 'refused',
  },
  {
    name: 'en: quarterly installments over years',
    features: ['quarterly installment of a loan repaid over 10 years at a fixed annual rate'],
    expect: 'refused',
  },
  // German.
  {
    name: 'de: Tilgungsrechner, Laufzeit in Jahren',
    features: [
      'Tilgungsrechner: monatliche Rate eines Annuitätendarlehens aus Darlehensbetrag, Sollzins pro Jahr in Prozent und Laufzeit in Jahren',
    ],
    expect: 'years',
  },
  {
    name: 'de: Jahre beside "auf die Monate verteilt"',
    features: [
      'Monatsrate eines Kredits aus Kreditbetrag, Jahreszins und Laufzeit in Jahren',
      'bei 0 % Zins wird der Betrag gleichmäßig auf die Monate verteilt; ein negativer Betrag oder 0 Jahre sind ein Fehler',
    ],
    expect: 'years',
  },
  {
    name: 'de: Anzahl der Monate',
    features: ['Monatliche Rate eines Kredits aus Kreditbetrag, Jahreszins und Anzahl der Monate'],
    expect: 'months',
  },
  // Spanish.
  {
    name: 'es: plazo en años',
    features: [
      'Calcular la cuota mensual de un préstamo a partir del importe, la tasa de interés anual y el plazo en años',
    ],
    expect: 'years',
  },
  {
    name: 'es: cero años beside "entre los meses"',
    features: [
      'cuota mensual de una hipoteca con el capital, el tipo de interés anual en porcentaje y el plazo en años',
      'con interés 0 % el capital se reparte por igual entre los meses; un capital negativo o cero años da error',
    ],
    expect: 'years',
  },
  {
    name: 'es: número de meses',
    features: ['cuota de un préstamo personal: capital, interés anual y número de meses'],
    expect: 'months',
  },
  // French.
  {
    name: 'fr: durée en années',
    features: [
      "Calculer la mensualité d'un prêt immobilier à partir du capital emprunté, du taux annuel en pourcentage et de la durée en années",
    ],
    expect: 'years',
  },
  {
    name: 'fr: sur 48 mois',
    features: ["mensualité d'un crédit auto sur 48 mois au taux annuel indiqué"],
    expect: 'months',
  },
  // Italian.
  {
    name: 'it: durata in anni',
    features: ['rata mensile di un mutuo dal capitale, dal tasso annuo e dalla durata in anni'],
    expect: 'years',
  },
  {
    name: 'it: numero di mesi',
    features: ['rata mensile di un prestito dal capitale, dal tasso annuo e dal numero di mesi'],
    expect: 'months',
  },
  // Portuguese.
  {
    name: 'pt: prazo em anos',
    features: [
      'prestação mensal de um financiamento a partir do valor, da taxa de juros anual e do prazo em anos',
    ],
    expect: 'years',
  },
  {
    name: 'pt: em 24 meses',
    features: ['parcela mensal de um empréstimo em 24 meses com taxa de juros anual'],
    expect: 'months',
  },
  // The totals asked first, the term's unit only in the feature after.
  {
    name: 'en: totals first, the payment over a number of years after',
    features: [
      'how much is paid back in total on a loan and how much of that is interest',
      'and the monthly payment of that loan from the amount, the yearly rate and the number of years',
    ],
    expect: 'years',
  },
];

/** Rows the generator does not read yet (each must fail; the set only shrinks). */
const NOT_YET_READ = new Set<string>([]);

const runsLoan = (e: EndpointSpec) =>
  e.behavior.kind === 'function' && e.behavior.function === 'calc.loan_payment';

/** The request body and expected answer of a check's last step. */
function lastOf(c: AcceptanceCheck): { body: Record<string, unknown>; answer: Record<string, unknown> } {
  const step = c.steps[c.steps.length - 1];
  return {
    body: (step.request.body ?? {}) as Record<string, unknown>,
    answer: (step.expect.body_contains ?? {}) as Record<string, unknown>,
  };
}

function readsRow(row: Row): boolean {
  const { contract, fidelity } = judgedOffline(
    familyIntent('loan-calculator', 'A loan calculator for a small building society.', row.features),
  );
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (row.expect === 'refused') return !realised;
  if (!realised) return false;
  const endpoints = contract.endpoints.filter(runsLoan);
  if (endpoints.length !== 1) return false;
  const [e] = endpoints;
  if (e.method !== 'POST' || e.path !== '/calc/loan-payment') return false;
  if (!row.features.every((f) => e.features.includes(f))) return false;
  if (e.behavior.kind !== 'function' || e.behavior.options?.term_unit !== row.expect) return false;
  const fields = (e.request.body?.fields ?? []).map((f) => f.name);
  if (!fields.includes(row.expect) || fields.includes(row.expect === 'years' ? 'months' : 'years'))
    return false;
  const term = row.expect === 'years' ? 30 : 360;
  return contract.acceptance.some((c) => {
    if (c.endpoint_id !== e.id || c.kind !== 'happy') return false;
    const { body, answer } = lastOf(c);
    return (
      body.principal === 200000 &&
      body.annual_rate === 5 &&
      body[row.expect] === term &&
      answer.monthly_payment === 1073.64 &&
      answer.total_paid === 386511.57 &&
      answer.total_interest === 186511.57
    );
  });
}

describe('a loan payment reads the term in the unit its features name (phrasing table)', () => {
  it('has at least 20 rows with distinct names, in six languages', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ROWS.map((r) => r.name)).size).toBe(ROWS.length);
    expect(new Set(ROWS.map((r) => r.name.slice(0, 2)))).toEqual(
      new Set(['en', 'de', 'es', 'fr', 'it', 'pt']),
    );
  });

  for (const row of ROWS.filter((r) => !NOT_YET_READ.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(readsRow(row)).toBe(true);
    });
  }

  for (const row of ROWS.filter((r) => NOT_YET_READ.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(readsRow(row)).toBe(false);
    });
  }
});

describe('the gate on a loan whose term is read in another unit than a feature names', () => {
  it('leaves a feature naming the number of years unrealised on an endpoint counting monthly payments', () => {
    const features = [
      'the monthly payment of a loan from the amount, the annual rate and the number of monthly payments',
      'and the monthly payment of that loan from the amount, the yearly rate and the number of years',
    ];
    const { contract, fidelity } = judgedOffline(
      familyIntent('loan-calculator', 'A loan calculator for a small building society.', features),
    );
    const [e] = contract.endpoints.filter(runsLoan);
    expect(e.behavior.kind === 'function' && e.behavior.options?.term_unit).toBe('months');
    expect(fidelity[0].realised).toBe(true);
    expect(fidelity[1].realised).toBe(false);
    expect(fidelity[1].problems).toContain(
      'it gives the term in years, but POST /calc/loan-payment reads the term in months',
    );
  });
});

describe('spans in other units elsewhere in the calculations and dates', () => {
  it.each([
    'age of a person in months from the birth date',
    "Compute a person's age in whole years and months from the birth date",
    'how many weeks old is a baby born on a given date',
    'the next reminder date: a date plus a number of weeks',
    'la próxima fecha: una fecha más un número de meses',
    'Datum plus Anzahl Wochen: das nächste Datum',
  ])('leaves %p to no computation counting years or days', (text) => {
    expect(recogniseFeature(text)).toBeNull();
  });
});
