import { integerField, numberField, type FunctionDesign } from './catalog-entry';
import { BMI_CODE, LOAN_PAYMENT_CODE, TIP_SPLIT_CODE } from './calc-code';
import { roundingModeWords, type RoundingMode } from '@sf/service-spec';
import { add, divide, fraction, multiply, roundFraction } from './exact-rounding';
import { glossIn, roundTo, type Language } from './feature-words';

/*
 * The contracts of the calculations on money and the body: a tip split, the BMI, a loan's payment. Every worked
 * example is a fact written out by hand (arithmetic done on paper, the WHO BMI table, published mortgage
 * payments), never computed by the emitted code.
 */

/** A restaurant bill, a tip percentage and the people sharing it → the tip, the total and each share. */
const TIPS: { bill: number; percent: number; people: number; tip: number; total: number; each: number }[] = [
  { bill: 100, percent: 15, people: 4, tip: 15, total: 115, each: 28.75 },
  { bill: 200, percent: 18, people: 3, tip: 36, total: 236, each: 78.67 },
  { bill: 80, percent: 20, people: 3, tip: 16, total: 96, each: 32 },
  { bill: 50, percent: 10, people: 2, tip: 5, total: 55, each: 27.5 },
];

/**
 * A bill whose share rounds up differently than half away from zero (38.333…); the table's 200 at 18 % among 3
 * (78.666…) does so rounding down.
 */
const MODE_TIPS: { bill: string; percent: number; people: number; about: string }[] = [
  { bill: '100', percent: 15, people: 3, about: 'a share of 38.333…' },
];

/** A bill without tip split in two whose share ends in a half just past `decimals` (5.025 at 2): a tie. */
function tieBill(decimals: number): string {
  return decimals === 0 ? '5' : `10.${'0'.repeat(decimals - 1)}5`;
}

/** How rounding is stated in a summary ("rounded up to 2 decimals"). */
function roundedTo(decimals: number, mode: RoundingMode): string {
  const how = mode === 'half_up' ? '' : ` ${roundingModeWords(mode)}`;
  return `rounded${how} to ${decimals === 2 ? 'cents (2 decimals)' : `${decimals} decimals`}`;
}

/**
 * A bill split with a tip; amounts rounded to `decimals` by `mode`. The usual cents rounded half away from zero
 * keep the hand-written table; other roundings answer it and bills that tell the mode apart, worked out exactly
 * as fractions (115/3 = 38.333… is 38.34 rounded up).
 */
export function tipSplitDesign(decimals = 2, mode: RoundingMode = 'half_up'): FunctionDesign {
  const rounded = roundedTo(decimals, mode);
  const usual = decimals === 2 && mode === 'half_up';
  const rows = usual
    ? TIPS.map((t) => ({ ...t, about: '' }))
    : [
        ...TIPS.map((t) => ({ bill: String(t.bill), percent: t.percent, people: t.people, about: '' })),
        ...(mode === 'half_up' ? [] : MODE_TIPS),
        ...(mode === 'half_even'
          ? [{ bill: tieBill(decimals), percent: 0, people: 2, about: 'a share that ends in a half' }]
          : []),
      ].map((t) => {
        const bill = fraction(t.bill);
        const tip = divide(multiply(bill, fraction(t.percent)), fraction(100));
        const total = add(bill, tip);
        return {
          bill: Number(t.bill),
          percent: t.percent,
          people: t.people,
          tip: roundFraction(tip, decimals, mode),
          total: roundFraction(total, decimals, mode),
          each: roundFraction(divide(total, fraction(t.people)), decimals, mode),
          about: t.about,
        };
      });
  return {
    function: TIP_SPLIT_CODE.id,
    method: 'POST',
    path: '/calc/tip-split',
    summary: `Splits (divides) a restaurant bill with a tip (gratuity) evenly among people (diners): tip = bill amount × tip percentage / 100, total = bill + tip, per person share = total / number of people, each amount ${rounded}; a negative bill, a negative tip percentage or fewer than 1 person (zero or negative people) is refused with 400.`,
    inputs: [
      { param: 'bill', field: numberField('bill', 'Bill amount before the tip', 100) },
      { param: 'tip_percent', field: numberField('tip_percent', 'Tip percentage of the bill', 15) },
      { param: 'people', field: integerField('people', 'Number of people splitting the bill', 4) },
    ],
    outputs: [
      { result: 'tip', field: 'tip', description: `Tip amount, ${rounded}`, example: rows[0].tip },
      { result: 'total', field: 'total', description: `Bill plus tip, ${rounded}`, example: rows[0].total },
      {
        result: 'per_person',
        field: 'per_person',
        description: `What each person pays, ${rounded}`,
        example: rows[0].each,
      },
    ],
    options: mode === 'half_up' ? { decimals } : { decimals, rounding: mode },
    examples: rows.map((t) => ({
      description: `A bill of ${t.bill} with a ${t.percent} % tip split among ${t.people} people${t.about ? ` (${t.about})` : ''}: tip ${t.tip}, total ${t.total}, ${t.each} per person${usual ? '' : ` (${rounded})`}.`,
      input: { bill: t.bill, tip_percent: t.percent, people: t.people },
      output: { tip: t.tip, total: t.total, per_person: t.each },
    })),
    refusals: [
      {
        description: 'A bill split among 0 people is refused.',
        input: { bill: 100, tip_percent: 15, people: 0 },
      },
      {
        description: 'A bill split among a negative number of people (-2) is refused.',
        input: { bill: 100, tip_percent: 15, people: -2 },
      },
      {
        description: 'A negative bill amount (-50) is refused.',
        input: { bill: -50, tip_percent: 15, people: 2 },
      },
    ],
  };
}

/** The BMI categories in the order of the WHO table, and their English labels. */
export const BMI_CATEGORIES = ['underweight', 'normal', 'overweight', 'obese'] as const;
export type BmiCategory = (typeof BMI_CATEGORIES)[number];

/** Weights (kg), heights (m) and their BMI (kg/m², worked out on paper to 4 decimals) with its WHO category. */
const BMIS: { weight: number; height: number; bmi: number; category: BmiCategory }[] = [
  { weight: 70, height: 1.75, bmi: 22.8571, category: 'normal' },
  { weight: 50, height: 1.7, bmi: 17.301, category: 'underweight' },
  { weight: 85, height: 1.8, bmi: 26.2346, category: 'overweight' },
  { weight: 100, height: 1.75, bmi: 32.6531, category: 'obese' },
];

/** The BMI refusals in the feature's language, so a refusal written in it finds its own words there. */
const NOT_POSITIVE_WEIGHT: Partial<Record<Language, string>> = {
  de: ' Ein Gewicht von 0 kg ist nicht positiv und wird abgelehnt.',
  es: ' Un peso de 0 kg no es positivo y se rechaza.',
  fr: " Un poids de 0 kg n'est pas positif et est refusé.",
  it: ' Un peso di 0 kg non è positivo ed è rifiutato.',
  pt: ' Um peso de 0 kg não é positivo e é recusado.',
};
const NOT_POSITIVE_HEIGHT: Partial<Record<Language, string>> = {
  de: ' Eine negative Körpergröße ist nicht positiv und wird abgelehnt.',
  es: ' Una altura negativa no es positiva y se rechaza.',
  fr: ' Une taille négative n’est pas positive et est refusée.',
  it: " Un'altezza negativa non è positiva ed è rifiutata.",
  pt: ' Uma altura negativa não é positiva e é recusada.',
};

/** The WHO category of a BMI as answered. */
function bmiCategory(bmi: number): BmiCategory {
  return bmi < 18.5 ? 'underweight' : bmi < 25 ? 'normal' : bmi < 30 ? 'overweight' : 'obese';
}

/**
 * The BMI table rounded by `mode`, worked out exactly as fractions (50 kg at 1.7 m is 17.301… : 17.4 rounded
 * up); for half to even a weight at 2 m whose BMI ends in a half just past `decimals` (90.6 kg: 22.65 → 22.6).
 */
function bmiRows(
  decimals: number,
  mode: RoundingMode,
): { weight: number; height: number; bmi: number; category: BmiCategory }[] {
  const tie = decimals === 0 ? '22.5' : `22.${'6'.repeat(decimals)}5`;
  const people = [
    ...BMIS.map((b) => ({ weight: fraction(b.weight), height: fraction(b.height) })),
    ...(mode === 'half_even' ? [{ weight: multiply(fraction(tie), fraction(4)), height: fraction(2) }] : []),
  ];
  return people.map((p) => {
    const exact = divide(p.weight, multiply(p.height, p.height));
    return {
      weight: Number(`${p.weight.n}e-${String(p.weight.d).length - 1}`),
      height: Number(`${p.height.n}e-${String(p.height.d).length - 1}`),
      bmi: roundFraction(exact, decimals, mode),
      category: bmiCategory(roundFraction(exact, Math.max(decimals, 1), mode)),
    };
  });
}

/** What a BMI endpoint answers: the index, rounded as `rounding` says, and its WHO category under `labels`. */
export function bmiOutputs(
  rounding: string,
  labels: Record<BmiCategory, string>,
  bmi: number,
  category: string,
): FunctionDesign['outputs'] {
  return [
    { result: 'bmi', field: 'bmi', description: `Body mass index in kg/m², ${rounding}`, example: bmi },
    {
      result: 'category',
      field: 'category',
      description: `WHO weight category: one of ${BMI_CATEGORIES.map((c) => `"${labels[c]}"`).join(', ')}`,
      example: category,
    },
  ];
}

export function bmiDesign(
  heightUnit: 'm' | 'cm',
  decimals: number,
  labels: Record<BmiCategory, string>,
  languages: Language[] = ['en'],
  mode: RoundingMode = 'half_up',
): FunctionDesign {
  const height = (metres: number) => (heightUnit === 'cm' ? Math.round(metres * 100) : metres);
  const rows =
    mode === 'half_up' ? BMIS.map((b) => ({ ...b, bmi: roundTo(b.bmi, decimals) })) : bmiRows(decimals, mode);
  const rounded = mode === 'half_up' ? 'rounded' : `rounded ${roundingModeWords(mode)}`;
  const heightField = heightUnit === 'cm' ? 'height_cm' : 'height_m';
  const unitName = heightUnit === 'cm' ? 'centimetres' : 'metres';
  const formula =
    heightUnit === 'cm' ? 'weight in kg / (height in cm / 100)²' : 'weight in kg / (height in m)²';
  return {
    function: BMI_CODE.id,
    method: 'POST',
    path: '/calc/bmi',
    summary: `Computes the body mass index (BMI; IMC in es, fr, it and pt) from the weight in kilograms (kg) and the height in ${heightUnit === 'cm' ? 'centimetres (centimeters, cm)' : 'metres (meters, m)'}: BMI = ${formula}, ${rounded} to ${decimals} decimals, with its WHO category (read off the BMI as answered): "${labels.underweight}" below 18.5, "${labels.normal}" from 18.5 to 24.9, "${labels.overweight}" from 25 to 29.9, "${labels.obese}" from 30 on; a weight or height that is not positive is refused with 400.`,
    inputs: [
      { param: 'weight', field: numberField('weight_kg', 'Body weight in kilograms (kg)', 70) },
      { param: 'height', field: numberField(heightField, `Height in ${unitName}`, height(1.75)) },
    ],
    outputs: bmiOutputs(`${rounded} to ${decimals} decimals`, labels, rows[0].bmi, labels.normal),
    options: {
      height_unit: heightUnit,
      decimals,
      ...(mode === 'half_up' ? {} : { rounding: mode }),
      ...labels,
    },
    examples: rows.map((b) => ({
      description: `${b.weight} kg at ${height(b.height)} ${heightUnit} is a BMI of ${b.bmi}${mode === 'half_up' ? '' : ` (${rounded})`}: ${labels[b.category]}.`,
      input: { weight_kg: b.weight, [heightField]: height(b.height) },
      output: { bmi: b.bmi, category: labels[b.category] },
    })),
    refusals: [
      {
        description: `A weight of 0 kg is not positive and is refused.${glossIn(NOT_POSITIVE_WEIGHT, languages)}`,
        input: { weight_kg: 0, [heightField]: height(1.75) },
      },
      {
        description: `A negative height is not positive and is refused.${glossIn(NOT_POSITIVE_HEIGHT, languages)}`,
        input: { weight_kg: 70, [heightField]: -height(1.75) },
      },
      {
        description: `A height of 0 is not positive and is refused (it would divide by zero).${glossIn(NOT_POSITIVE_HEIGHT, languages)}`,
        input: { weight_kg: 70, [heightField]: 0 },
      },
    ],
  };
}

/** Loans from the amortization tables: principal, annual rate %, months → payment, total paid, interest. */
const LOANS: {
  principal: number;
  rate: number;
  months: number;
  payment: number;
  paid: number;
  interest: number;
}[] = [
  { principal: 100000, rate: 6, months: 360, payment: 599.55, paid: 215838.19, interest: 115838.19 },
  { principal: 200000, rate: 5, months: 360, payment: 1073.64, paid: 386511.57, interest: 186511.57 },
  { principal: 1000, rate: 12, months: 12, payment: 88.85, paid: 1066.19, interest: 66.19 },
  { principal: 12000, rate: 0, months: 12, payment: 1000, paid: 12000, interest: 0 },
];

/** Longest terms worked out for a term a feature writes: 50 years, 600 months. */
const LONGEST_MONTHS = 600;

/**
 * A loan of 10,000 at 5 % over `months` from the annuity formula, rounded half up to cents: the worked example of
 * a term a feature writes ("over 48 months": 230.29 a month). Written here, not taken from the emitted code.
 */
function annuityExample(months: number): (typeof LOANS)[number] {
  const principal = 10000;
  const r = 5 / 1200;
  const payment = (principal * r) / (1 - Math.pow(1 + r, -months));
  const cents = (x: number) => Math.round((x + Number.EPSILON * x) * 100) / 100;
  return {
    principal,
    rate: 5,
    months,
    payment: cents(payment),
    paid: cents(payment * months),
    interest: cents(payment * months - principal),
  };
}

/**
 * The loan payment with its term in `termUnit`; `written`: terms the feature writes in that unit, each worked
 * out as an example of its own (10,000 at 5 %) unless the amortization tables above hold it.
 */
export function loanPaymentDesign(termUnit: 'months' | 'years', written: number[] = []): FunctionDesign {
  const term = (months: number) => (termUnit === 'years' ? months / 12 : months);
  const writtenMonths = [...new Set(written.map((t) => (termUnit === 'years' ? t * 12 : t)))].filter(
    (m) => m >= 1 && m <= LONGEST_MONTHS && !LOANS.some((l) => l.months === m),
  );
  const loans = [...LOANS, ...writtenMonths.map(annuityExample)];
  const termField = termUnit === 'years' ? 'years' : 'months';
  return {
    function: LOAN_PAYMENT_CODE.id,
    method: 'POST',
    path: '/calc/loan-payment',
    summary: `Computes the monthly payment (installment) of an annuity loan or mortgage, amortized over its term: payment = principal × r / (1 − (1 + r)^−n), r = annual interest rate in percent / 12 / 100, n = number of months${termUnit === 'years' ? ' (years × 12)' : ''}; at a 0 % rate the amount borrowed is spread evenly over the months (payment = principal / months); with the total paid back and the total interest, all rounded to cents (2 decimals); a principal (amount) that is not positive (zero or negative), a negative rate or a term under 1 (zero ${termUnit}) is refused with 400. The term is read in ${termUnit}${termUnit === 'months' ? ' (the number of monthly payments)' : ''}.`,
    inputs: [
      { param: 'principal', field: numberField('principal', 'Loan principal (amount borrowed)', 100000) },
      { param: 'annual_rate', field: numberField('annual_rate', 'Annual interest rate in percent', 6) },
      { param: 'term', field: integerField(termField, `Loan term in ${termUnit}`, term(360)) },
    ],
    outputs: [
      {
        result: 'monthly_payment',
        field: 'monthly_payment',
        description: 'Monthly payment, rounded to cents',
        example: 599.55,
      },
      { result: 'total_paid', field: 'total_paid', description: 'All payments together', example: 215838.19 },
      {
        result: 'total_interest',
        field: 'total_interest',
        description: 'Interest paid over the term',
        example: 115838.19,
      },
    ],
    options: { term_unit: termUnit, decimals: 2 },
    examples: loans.map((l) => ({
      description: `A loan of ${l.principal} at ${l.rate} % a year over ${term(l.months)} ${termUnit}: monthly payment ${l.payment}, total paid ${l.paid}, interest ${l.interest}.`,
      input: { principal: l.principal, annual_rate: l.rate, [termField]: term(l.months) },
      output: { monthly_payment: l.payment, total_paid: l.paid, total_interest: l.interest },
    })),
    refusals: [
      {
        description: 'A principal of 0 is refused.',
        input: { principal: 0, annual_rate: 5, [termField]: term(360) },
      },
      {
        description: 'A negative interest rate (-1 %) is refused.',
        input: { principal: 1000, annual_rate: -1, [termField]: term(12) },
      },
      {
        description: `A term of 0 ${termUnit} is refused.`,
        input: { principal: 1000, annual_rate: 5, [termField]: 0 },
      },
    ],
  };
}

/**
 * The BMI design with its categories answered under `labels` (a feature's own names for them): the options the
 * code reads, the summary, the category output and every worked example's category, in whatever fields the
 * design was bound to.
 */
export function relabelBmi(design: FunctionDesign, labels: Record<BmiCategory, string>): FunctionDesign {
  const old = Object.fromEntries(BMI_CATEGORIES.map((c) => [c, String(design.options?.[c] ?? c)])) as Record<
    BmiCategory,
    string
  >;
  const renamed = new Map(BMI_CATEGORIES.map((c) => [old[c], labels[c]]));
  const field = design.outputs.find((o) => o.result === 'category')?.field ?? 'category';
  const relabel = (value: unknown) =>
    typeof value === 'string' && renamed.has(value) ? renamed.get(value) : value;
  let summary = design.summary;
  for (const c of BMI_CATEGORIES) summary = summary.split(`"${old[c]}"`).join(`"${labels[c]}"`);
  return {
    ...design,
    summary,
    options: { ...design.options, ...labels },
    outputs: design.outputs.map((o) =>
      o.result === 'category'
        ? {
            ...o,
            description: `WHO weight category: one of ${BMI_CATEGORIES.map((c) => `"${labels[c]}"`).join(', ')}`,
            example: relabel(o.example),
          }
        : o,
    ),
    examples: design.examples.map((x) => {
      const before = x.output[field];
      return {
        ...x,
        description:
          typeof before === 'string' && x.description.endsWith(`: ${before}.`)
            ? `${x.description.slice(0, -before.length - 1)}${String(relabel(before))}.`
            : x.description,
        output: { ...x.output, [field]: relabel(before) },
      };
    }),
  };
}
