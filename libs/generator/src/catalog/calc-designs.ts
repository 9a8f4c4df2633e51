import type { FieldSpec } from '@sf/service-spec';
import {
  integerField,
  numberField,
  stringField,
  type FunctionDesign,
  type WorkedExample,
} from './catalog-entry';
import {
  AGE_CODE,
  BMI_CODE,
  IS_PRIME_CODE,
  LOAN_PAYMENT_CODE,
  PRIMES_UP_TO_CODE,
  STATISTICS_CODE,
  TIP_SPLIT_CODE,
} from './calc-code';
import { roundTo } from './feature-words';

/*
 * The contracts of the everyday calculations. Every worked example is a fact written out by hand (from
 * arithmetic done on paper, loan tables, the WHO BMI table, lists of primes), never computed by the emitted code.
 */

/** A restaurant bill, a tip percentage and the people sharing it → the tip, the total and each share. */
const TIPS: { bill: number; percent: number; people: number; tip: number; total: number; each: number }[] = [
  { bill: 100, percent: 15, people: 4, tip: 15, total: 115, each: 28.75 },
  { bill: 200, percent: 18, people: 3, tip: 36, total: 236, each: 78.67 },
  { bill: 80, percent: 20, people: 3, tip: 16, total: 96, each: 32 },
  { bill: 60, percent: 0, people: 3, tip: 0, total: 60, each: 20 },
];

export function tipSplitDesign(): FunctionDesign {
  return {
    function: TIP_SPLIT_CODE.id,
    method: 'POST',
    path: '/calc/tip-split',
    summary:
      'Splits (divides) a restaurant bill with a tip (gratuity) evenly among people (diners): tip = bill amount × tip percentage / 100, total = bill + tip, per person share = total / number of people, each amount rounded to cents (2 decimals); a negative bill, a negative tip percentage or fewer than 1 person (zero or negative people) is refused with 400.',
    inputs: [
      { param: 'bill', field: numberField('bill', 'Bill amount before the tip', 100) },
      { param: 'tip_percent', field: numberField('tip_percent', 'Tip percentage of the bill', 15) },
      { param: 'people', field: integerField('people', 'Number of people splitting the bill', 4) },
    ],
    outputs: [
      { result: 'tip', field: 'tip', description: 'Tip amount, rounded to cents', example: 15 },
      { result: 'total', field: 'total', description: 'Bill plus tip, rounded to cents', example: 115 },
      {
        result: 'per_person',
        field: 'per_person',
        description: 'What each person pays, rounded to cents',
        example: 28.75,
      },
    ],
    options: { decimals: 2 },
    examples: TIPS.map((t) => ({
      description: `A bill of ${t.bill} with a ${t.percent} % tip split among ${t.people} people: tip ${t.tip}, total ${t.total}, ${t.each} per person.`,
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

export function bmiDesign(
  heightUnit: 'm' | 'cm',
  decimals: number,
  labels: Record<BmiCategory, string>,
): FunctionDesign {
  const height = (metres: number) => (heightUnit === 'cm' ? Math.round(metres * 100) : metres);
  const heightField = heightUnit === 'cm' ? 'height_cm' : 'height_m';
  const unitName = heightUnit === 'cm' ? 'centimetres' : 'metres';
  const formula =
    heightUnit === 'cm' ? 'weight in kg / (height in cm / 100)²' : 'weight in kg / (height in m)²';
  return {
    function: BMI_CODE.id,
    method: 'POST',
    path: '/calc/bmi',
    summary: `Computes the body mass index (BMI) from the weight in kilograms (kg) and the height in ${heightUnit === 'cm' ? 'centimetres (centimeters, cm)' : 'metres (meters, m)'}: BMI = ${formula}, rounded to ${decimals} decimals, with its WHO category: "${labels.underweight}" below 18.5, "${labels.normal}" from 18.5 to 24.9, "${labels.overweight}" from 25 to 29.9, "${labels.obese}" from 30 on; a weight or height that is not positive is refused with 400.`,
    inputs: [
      { param: 'weight', field: numberField('weight_kg', 'Body weight in kilograms (kg)', 70) },
      { param: 'height', field: numberField(heightField, `Height in ${unitName}`, height(1.75)) },
    ],
    outputs: [
      {
        result: 'bmi',
        field: 'bmi',
        description: `Body mass index in kg/m², rounded to ${decimals} decimals`,
        example: roundTo(BMIS[0].bmi, decimals),
      },
      {
        result: 'category',
        field: 'category',
        description: `WHO weight category: one of ${BMI_CATEGORIES.map((c) => `"${labels[c]}"`).join(', ')}`,
        example: labels.normal,
      },
    ],
    options: { height_unit: heightUnit, decimals, ...labels },
    examples: BMIS.map((b) => ({
      description: `${b.weight} kg at ${height(b.height)} ${heightUnit} is a BMI of ${roundTo(b.bmi, decimals)}: ${labels[b.category]}.`,
      input: { weight_kg: b.weight, [heightField]: height(b.height) },
      output: { bmi: roundTo(b.bmi, decimals), category: labels[b.category] },
    })),
    refusals: [
      { description: 'A weight of 0 kg is refused.', input: { weight_kg: 0, [heightField]: height(1.75) } },
      {
        description: `A negative height is refused.`,
        input: { weight_kg: 70, [heightField]: -height(1.75) },
      },
    ],
  };
}

/** Lists of numbers and their statistics, worked out by hand; means to 10 decimals where they do not end. */
const LISTS: {
  numbers: number[];
  mean: number;
  median: number;
  minimum: number;
  maximum: number;
  about: string;
}[] = [
  {
    numbers: [3, 1, 4, 1, 5],
    mean: 2.8,
    median: 3,
    minimum: 1,
    maximum: 5,
    about: 'odd count: the middle value',
  },
  {
    numbers: [2, 4, 6, 8],
    mean: 5,
    median: 5,
    minimum: 2,
    maximum: 8,
    about: 'even count: mean of the middle two',
  },
  {
    numbers: [1, 2, 2],
    mean: 1.6666666667,
    median: 2,
    minimum: 1,
    maximum: 2,
    about: 'a mean that does not end',
  },
  {
    numbers: [-5, 10],
    mean: 2.5,
    median: 2.5,
    minimum: -5,
    maximum: 10,
    about: 'negative numbers count too',
  },
];

export function statisticsDesign(decimals: number): FunctionDesign {
  const field: FieldSpec = {
    name: 'numbers',
    type: 'number[]',
    required: true,
    description: 'The list of numbers to describe (at least one)',
    example: [3, 1, 4, 1, 5],
  };
  return {
    function: STATISTICS_CODE.id,
    method: 'POST',
    path: '/calc/statistics',
    summary: `Statistics of a list (array) of numbers: count, mean (arithmetic average), median (the middle value of the sorted list, or the mean of the two middle values), minimum (min, smallest) and maximum (max, largest); mean and median rounded to ${decimals} decimals; an empty list is refused with 400.`,
    inputs: [{ param: 'numbers', field }],
    outputs: [
      { result: 'count', field: 'count', description: 'How many numbers the list has', example: 5 },
      {
        result: 'mean',
        field: 'mean',
        description: 'Mean (average) of the numbers',
        example: roundTo(LISTS[0].mean, decimals),
      },
      { result: 'median', field: 'median', description: 'Median of the numbers', example: 3 },
      { result: 'minimum', field: 'minimum', description: 'Smallest number (minimum)', example: 1 },
      { result: 'maximum', field: 'maximum', description: 'Largest number (maximum)', example: 5 },
    ],
    options: { decimals },
    examples: LISTS.map((l) => ({
      description: `The numbers ${l.numbers.join(', ')} (${l.about}): count ${l.numbers.length}, mean ${roundTo(l.mean, decimals)}, median ${roundTo(l.median, decimals)}, minimum ${l.minimum}, maximum ${l.maximum}.`,
      input: { numbers: l.numbers },
      output: {
        count: l.numbers.length,
        mean: roundTo(l.mean, decimals),
        median: roundTo(l.median, decimals),
        minimum: l.minimum,
        maximum: l.maximum,
      },
    })),
    refusals: [
      {
        description: 'An empty list of numbers has no mean or median and is refused.',
        input: { numbers: [] },
      },
    ],
  };
}

export function isPrimeDesign(): FunctionDesign {
  const facts: [number, boolean, string][] = [
    [97, true, '97 is prime'],
    [91, false, '91 is not prime: 7 × 13'],
    [1, false, '1 is not prime'],
    [-7, false, 'negative numbers such as -7 are not prime'],
  ];
  return {
    function: IS_PRIME_CODE.id,
    method: 'POST',
    path: '/calc/is-prime',
    summary:
      'Tells whether a whole number is a prime number (greater than 1 and divisible only by 1 and itself; 2 is the smallest); 0, 1 and negative numbers are not prime; a number that is not whole, or beyond 9007199254740991 (the largest whole number JSON holds exactly), is refused with 400.',
    inputs: [
      { param: 'number', field: integerField('number', 'The whole number to test for primality', 97) },
    ],
    outputs: [
      { result: 'prime', field: 'is_prime', description: 'Whether the number is prime', example: true },
    ],
    examples: facts.map(([n, prime, description]) => ({
      description: `${description}.`,
      input: { number: n },
      output: { is_prime: prime },
    })),
    refusals: [{ description: '7.5 is not a whole number and is refused.', input: { number: 7.5 } }],
  };
}

/** The primes below 100, written out. */
const PRIMES_BELOW_100 = [
  2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
];
/** How many primes there are up to each power of ten (π(x), from the tables). */
const PRIME_COUNTS: Record<number, number> = {
  100: 25,
  1000: 168,
  10000: 1229,
  100000: 9592,
  1000000: 78498,
  10000000: 664579,
};

export function primesUpToDesign(maxLimit: number): FunctionDesign {
  const upTo = (limit: number): WorkedExample => {
    const primes = PRIMES_BELOW_100.filter((p) => p <= limit);
    return {
      description: `The primes up to ${limit} are ${primes.length === 0 ? 'none' : primes.join(', ')} (${primes.length}).`,
      input: { limit },
      output: { primes, count: primes.length },
    };
  };
  const examples = [10, 30, 1].filter((limit) => limit <= maxLimit).map(upTo);
  if (maxLimit <= 100 && ![10, 30, 1].includes(maxLimit)) examples.push(upTo(maxLimit));
  if (maxLimit > 100 && maxLimit in PRIME_COUNTS) {
    examples.push({
      description: `There are ${PRIME_COUNTS[maxLimit]} primes up to ${maxLimit}.`,
      input: { limit: maxLimit },
      output: { count: PRIME_COUNTS[maxLimit] },
    });
  }
  const sample = upTo(Math.min(30, maxLimit));
  return {
    function: PRIMES_UP_TO_CODE.id,
    method: 'POST',
    path: '/calc/primes-up-to',
    summary: `Lists the prime numbers up to and including a limit (sieve of Eratosthenes) and how many there are; a limit below 2 has none; the limit may be at most ${maxLimit}, a bigger limit is refused with 400.`,
    inputs: [
      {
        param: 'limit',
        field: integerField(
          'limit',
          `Largest number to include (at most ${maxLimit})`,
          sample.input.limit as number,
        ),
      },
    ],
    outputs: [
      {
        result: 'primes',
        field: 'primes',
        description: 'The prime numbers up to the limit, ascending',
        example: sample.output.primes,
      },
      {
        result: 'count',
        field: 'count',
        description: 'How many primes there are up to the limit',
        example: sample.output.count,
      },
    ],
    options: { max_limit: maxLimit },
    examples,
    refusals: [
      {
        description: `A limit of ${maxLimit + 1} is above the largest limit, ${maxLimit}, and is refused.`,
        input: { limit: maxLimit + 1 },
      },
    ],
  };
}

export function ageDesign(): FunctionDesign {
  const facts: [string, string, number, string][] = [
    ['1990-05-15', '2024-05-14', 33, 'the day before the 34th birthday the age is still 33'],
    ['1990-05-15', '2024-05-15', 34, 'on the birthday itself the age goes up to 34'],
    ['2000-02-29', '2023-02-28', 22, 'born on 29 February: on 28 February 2023 not yet 23'],
    ['1985-12-31', '2025-01-01', 39, 'born on 31 December 1985: 39 on 1 January 2025'],
  ];
  return {
    function: AGE_CODE.id,
    method: 'POST',
    path: '/calc/age',
    summary:
      "Computes a person's age in whole years from the birth date (YYYY-MM-DD) as of a reference date (YYYY-MM-DD): the difference of the years, less one when the birthday has not yet come in the reference year; a birth date after the reference date, or a date that is not a real YYYY-MM-DD calendar date, is refused with 400.",
    inputs: [
      { param: 'birth_date', field: stringField('birth_date', 'Date of birth, YYYY-MM-DD', '1990-05-15') },
      {
        param: 'reference_date',
        field: stringField('reference_date', 'Date the age is computed on, YYYY-MM-DD', '2024-05-15'),
      },
    ],
    outputs: [{ result: 'age', field: 'age', description: 'Age in whole years', example: 34 }],
    examples: facts.map(([birth, reference, age, why]) => ({
      description: `Born ${birth}, on ${reference} the age is ${age} years (${why}).`,
      input: { birth_date: birth, reference_date: reference },
      output: { age },
    })),
    refusals: [
      {
        description: 'A birth date (2030-01-01) after the reference date (2024-06-01) is refused.',
        input: { birth_date: '2030-01-01', reference_date: '2024-06-01' },
      },
      {
        description: 'A birth date that does not exist (30 February) is refused.',
        input: { birth_date: '1990-02-30', reference_date: '2024-06-01' },
      },
      {
        description: 'A birth date not written YYYY-MM-DD is refused.',
        input: { birth_date: '15/05/1990', reference_date: '2024-06-01' },
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

export function loanPaymentDesign(termUnit: 'months' | 'years'): FunctionDesign {
  const term = (months: number) => (termUnit === 'years' ? months / 12 : months);
  const termField = termUnit === 'years' ? 'years' : 'months';
  return {
    function: LOAN_PAYMENT_CODE.id,
    method: 'POST',
    path: '/calc/loan-payment',
    summary: `Computes the monthly payment (installment) of an annuity loan or mortgage, amortized over its term: payment = principal × r / (1 − (1 + r)^−n), r = annual interest rate in percent / 12 / 100, n = number of months${termUnit === 'years' ? ' (years × 12)' : ''}; at a 0 % rate the payment is principal / months; with the total paid and the total interest, all rounded to cents (2 decimals); a principal that is not positive, a negative rate or a term under 1 is refused with 400.`,
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
    examples: LOANS.map((l) => ({
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
