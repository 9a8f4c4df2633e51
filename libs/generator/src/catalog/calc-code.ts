import type { FunctionCode } from './catalog-entry';

/*
 * The emitted side of the everyday calculations: a tip split, the body mass index, statistics of a list,
 * primality and the primes up to a limit, an age in whole years, and a loan's monthly payment. Each source
 * stands alone in the generated `src/functions.ts`, so every module-level helper carries its own name.
 */

/**
 * A rounding helper named `name`: to `decimals` places on the value's decimal representation, read to 15
 * significant digits so that binary noise does not move a half (2.01 × 50 / 100 is 1.005 and rounds to 1.01,
 * 28.125 to 28.13) nor push a whole number of cents up (28.75 rounded up stays 28.75), as a person rounds a
 * written amount; the value itself when it is too large to carry decimals. `mode` (`options.rounding`):
 * `half_up` (the default) rounds half away from zero, `half_even` half to the even neighbour, `up` and `down`
 * towards +∞ and −∞.
 */
export function roundingHelper(name: string): string {
  return `/** \`value\` rounded to \`decimals\` places by \`mode\`, on its decimal representation. */
const ${name} = (value: number, decimals: number, mode: unknown = 'half_up'): number => {
  const precise = Number(value.toPrecision(15));
  const magnitude = Math.abs(Number.isFinite(precise) ? precise : value);
  // The magnitude of a negative value rounds the other way: up towards +∞ is towards zero there.
  const away = (mode === 'up' && value > 0) || (mode === 'down' && value < 0);
  const towards = (mode === 'up' && value < 0) || (mode === 'down' && value > 0);
  const step = (scaled: number): number => {
    if (away) return Math.ceil(scaled);
    if (towards) return Math.floor(scaled);
    if (mode === 'half_even') {
      const low = Math.floor(scaled);
      const rest = scaled - low;
      return rest > 0.5 ? low + 1 : rest < 0.5 ? low : low % 2 === 0 ? low : low + 1;
    }
    return Math.round(scaled);
  };
  const text = String(magnitude);
  let rounded: number;
  if (text.includes('e')) {
    rounded = magnitude < 1 ? step(Number((magnitude * 10 ** decimals).toPrecision(15))) / 10 ** decimals : magnitude;
  } else {
    rounded = Number(String(step(Number(text + 'e' + decimals))) + 'e-' + decimals);
    if (!Number.isFinite(rounded)) rounded = magnitude;
  }
  const signed = value < 0 ? -rounded : rounded;
  return Object.is(signed, -0) ? 0 : signed;
};`;
}

export const TIP_SPLIT_CODE: FunctionCode = {
  id: 'calc.tip_split',
  exportName: 'calcTipSplit',
  source: `${roundingHelper('calcTipRound')}

/** calc.tip_split: the tip on \`bill\` at \`tip_percent\`, the total, and each of \`people\`'s share, rounded to \`decimals\` by \`rounding\`. */
export const calcTipSplit: CatalogFunction = (input, options) => {
  const bill = Number(input.bill);
  const percent = Number(input.tip_percent);
  const people = Number(input.people);
  const decimals = Number(options.decimals ?? 2);
  const mode = options.rounding;
  const problems: string[] = [];
  if (!Number.isFinite(bill) || bill < 0) problems.push('the bill amount must not be negative');
  if (!Number.isFinite(percent) || percent < 0) problems.push('the tip percentage must not be negative');
  if (!Number.isInteger(people) || people < 1) {
    problems.push('the bill must be split among at least 1 person (a whole number of people)');
  }
  if (options.shares !== undefined && people > 10000) problems.push('the shares are listed for at most 10000 people');
  if (problems.length > 0) return { ok: false, problems };
  const tip = (bill * percent) / 100;
  const total = bill + tip;
  const perPerson = total / people;
  if (![tip, total, perPerson].every((amount) => Number.isFinite(amount))) {
    return { ok: false, problems: ['the amounts are too large to compute'] };
  }
  const value: Record<string, unknown> = {
    tip: calcTipRound(tip, decimals, mode),
    total: calcTipRound(total, decimals, mode),
    per_person: calcTipRound(perPerson, decimals, mode),
  };
  if (options.shares !== undefined) {
    // Whole cents of the total as answered, split evenly rounded down; the cents left over go as option \`shares\` says.
    const cents = Math.round(Number(value.total) * 100);
    if (!Number.isSafeInteger(cents)) return { ok: false, problems: ['the amounts are too large to compute'] };
    const base = Math.floor(cents / people);
    const left = cents - base * people;
    value.shares = Array.from({ length: people }, (_, i) => {
      if (options.shares === 'first') return (i === 0 ? base + left : base) / 100;
      if (options.shares === 'last') return (i === people - 1 ? base + left : base) / 100;
      return (i < left ? base + 1 : base) / 100;
    });
  }
  return { ok: true, value };
};`,
};

export const BMI_CODE: FunctionCode = {
  id: 'calc.bmi',
  exportName: 'calcBmi',
  source: `${roundingHelper('calcBmiRound')}

/**
 * calc.bmi: weight (kg) / height (m)², height in metres or, with option \`height_unit\` "cm", centimetres (with
 * option \`units\` "imperial": weight in pounds, height in inches);
 * rounded to \`decimals\`, with its WHO category (below 18.5, 18.5–24.9, 25–29.9, 30 and above) under the labels
 * the options name. The category is read off the BMI as answered (to one decimal at least, as the WHO table is
 * written), so that a BMI shown as 25.0 is never called normal.
 */
export const calcBmi: CatalogFunction = (input, options) => {
  const weight = Number(input.weight);
  const height = Number(input.height);
  const decimals = Number(options.decimals ?? 1);
  const problems: string[] = [];
  const unit = options.units === 'imperial' ? 'pounds' : 'kilograms';
  if (!Number.isFinite(weight) || weight <= 0) problems.push('the weight must be a positive number of ' + unit);
  if (!Number.isFinite(height) || height <= 0) problems.push('the height must be a positive length');
  if (problems.length > 0) return { ok: false, problems };
  // Imperial units by their exact definitions: 1 lb = 0.45359237 kg, 1 in = 0.0254 m.
  const imperial = options.units === 'imperial';
  const kilograms = imperial ? weight * 0.45359237 : weight;
  const metres = imperial ? height * 0.0254 : options.height_unit === 'cm' ? height / 100 : height;
  const bmi = kilograms / (metres * metres);
  if (!Number.isFinite(bmi)) return { ok: false, problems: ['the weight and height give no finite body mass index'] };
  const classified = calcBmiRound(bmi, Math.max(decimals, 1), options.rounding);
  const category =
    classified < 18.5
      ? String(options.underweight ?? 'underweight')
      : classified < 25
        ? String(options.normal ?? 'normal')
        : classified < 30
          ? String(options.overweight ?? 'overweight')
          : String(options.obese ?? 'obese');
  return { ok: true, value: { bmi: calcBmiRound(bmi, decimals, options.rounding), category } };
};`,
};

export const STATISTICS_CODE: FunctionCode = {
  id: 'calc.statistics',
  exportName: 'calcStatistics',
  source: `${roundingHelper('calcStatisticsRound')}

/**
 * calc.statistics: count, mean, median, minimum and maximum of \`numbers\` (and their sum with option \`with_sum\`;
 * with option \`deviation\` "population" or "sample" their variance and standard deviation, dividing the squared
 * deviations from the mean by n or by n − 1); mean, median, sum and spread rounded to \`decimals\` by \`rounding\`.
 * A number outside the range the options \`item_minimum\`/\`item_maximum\` (inclusive) and
 * \`item_exclusive_minimum\`/\`item_exclusive_maximum\` allow every number ("every score between 0 and 100") is refused.
 */
export const calcStatistics: CatalogFunction = (input, options) => {
  const raw: unknown[] = Array.isArray(input.numbers) ? (input.numbers as unknown[]) : [];
  const numbers = raw.filter((item): item is number => typeof item === 'number' && Number.isFinite(item));
  if (numbers.length !== raw.length) return { ok: false, problems: ['every item of the list must be a finite number'] };
  if (numbers.length === 0) return { ok: false, problems: ['the list of numbers must not be empty'] };
  const low = options.item_minimum === undefined ? -Infinity : Number(options.item_minimum);
  const high = options.item_maximum === undefined ? Infinity : Number(options.item_maximum);
  const above = options.item_exclusive_minimum === undefined ? -Infinity : Number(options.item_exclusive_minimum);
  const below = options.item_exclusive_maximum === undefined ? Infinity : Number(options.item_exclusive_maximum);
  const outside = numbers.findIndex((item) => item < low || item > high || item <= above || item >= below);
  if (outside >= 0) {
    return { ok: false, problems: ['numbers[' + String(outside) + '] = ' + String(numbers[outside]) + ' is outside the range every number must be in'] };
  }
  const decimals = Number(options.decimals ?? 2);
  const count = numbers.length;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? sorted[middle] : sorted[middle - 1] / 2 + sorted[middle] / 2;
  const sum = numbers.reduce((total, item) => total + item, 0);
  // A sum past the largest double still has a finite mean: add the shares instead.
  const mean = Number.isFinite(sum) ? sum / count : numbers.reduce((total, item) => total + item / count, 0);
  const value: Record<string, number> = {
    count,
    mean: calcStatisticsRound(mean, decimals, options.rounding),
    median: calcStatisticsRound(median, decimals, options.rounding),
    minimum: sorted[0],
    maximum: sorted[count - 1],
  };
  if (options.with_sum === true) {
    if (!Number.isFinite(sum)) return { ok: false, problems: ['the sum of the numbers is too large'] };
    value.sum = calcStatisticsRound(sum, decimals, options.rounding);
  }
  if (options.deviation === 'population' || options.deviation === 'sample') {
    const divisor = options.deviation === 'sample' ? count - 1 : count;
    if (divisor < 1) {
      return { ok: false, problems: ['a sample standard deviation needs at least 2 numbers'] };
    }
    const squares = numbers.reduce((total, item) => total + (item - mean) * (item - mean), 0);
    const variance = squares / divisor;
    if (!Number.isFinite(variance)) return { ok: false, problems: ['the numbers are too large to compute their spread'] };
    value.variance = calcStatisticsRound(variance, decimals, options.rounding);
    value.standard_deviation = calcStatisticsRound(Math.sqrt(variance), decimals, options.rounding);
  }
  return { ok: true, value };
};`,
};

export const IS_PRIME_CODE: FunctionCode = {
  id: 'calc.is_prime',
  exportName: 'calcIsPrime',
  source: `/**
 * calc.is_prime: whether the whole \`number\` is prime (trial division by 2, 3 and 6k ± 1 up to its root), up to
 * \`max_number\` when the feature sets one, else up to 2^53 − 1 (the largest whole number tested exactly).
 */
export const calcIsPrime: CatalogFunction = (input, options) => {
  const n = Number(input.number);
  const largest = Math.min(Number(options.max_number ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  if (!Number.isInteger(n)) return { ok: false, problems: ['the number must be a whole number'] };
  if (n > largest) return { ok: false, problems: ['the number must be at most ' + String(largest)] };
  if (n < 2) return { ok: true, value: { prime: false } };
  if (n < 4) return { ok: true, value: { prime: true } };
  if (n % 2 === 0 || n % 3 === 0) return { ok: true, value: { prime: false } };
  for (let divisor = 5; divisor * divisor <= n; divisor += 6) {
    if (n % divisor === 0 || n % (divisor + 2) === 0) return { ok: true, value: { prime: false } };
  }
  return { ok: true, value: { prime: true } };
};`,
};

export const PRIMES_UP_TO_CODE: FunctionCode = {
  id: 'calc.primes_up_to',
  exportName: 'calcPrimesUpTo',
  source: `/** calc.primes_up_to: the primes up to and including \`limit\` (sieve of Eratosthenes), at most \`max_limit\`. */
export const calcPrimesUpTo: CatalogFunction = (input, options) => {
  const limit = Number(input.limit);
  const maxLimit = Number(options.max_limit ?? 10000);
  if (!Number.isInteger(limit)) return { ok: false, problems: ['the limit must be a whole number'] };
  if (limit > maxLimit) return { ok: false, problems: ['the limit must be at most ' + String(maxLimit)] };
  const primes: number[] = [];
  if (limit >= 2) {
    const composite = new Uint8Array(limit + 1);
    for (let n = 2; n <= limit; n += 1) {
      if (composite[n] === 1) continue;
      primes.push(n);
      for (let multiple = n * n; multiple <= limit; multiple += n) composite[multiple] = 1;
    }
  }
  return { ok: true, value: { primes, count: primes.length } };
};`,
};

export const AGE_CODE: FunctionCode = {
  id: 'calc.age',
  exportName: 'calcAge',
  source: `/** A YYYY-MM-DD calendar date (Gregorian, 29 February only in leap years), or null. */
const calcAgeDate = (text: unknown): { year: number; month: number; day: number } | null => {
  const match = typeof text === 'string' ? /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(text) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return null;
  return { year, month, day };
};

/** calc.age: whole years from \`birth_date\` to \`reference_date\`, one less before that year's birthday. */
export const calcAge: CatalogFunction = (input) => {
  const birth = calcAgeDate(input.birth_date);
  const reference = calcAgeDate(input.reference_date);
  const problems: string[] = [];
  if (!birth) problems.push('the birth date must be a real calendar date written YYYY-MM-DD');
  if (!reference) problems.push('the reference date must be a real calendar date written YYYY-MM-DD');
  if (!birth || !reference) return { ok: false, problems };
  const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
  if (key(birth) > key(reference)) {
    return { ok: false, problems: ['the birth date must not be after the reference date'] };
  }
  const beforeBirthday =
    reference.month < birth.month || (reference.month === birth.month && reference.day < birth.day);
  return { ok: true, value: { age: reference.year - birth.year - (beforeBirthday ? 1 : 0) } };
};`,
};

export const LOAN_PAYMENT_CODE: FunctionCode = {
  id: 'calc.loan_payment',
  exportName: 'calcLoanPayment',
  source: `${roundingHelper('calcLoanRound')}

/**
 * calc.loan_payment: the monthly payment of an annuity loan, principal × r / (1 − (1 + r)^−n) with r the annual
 * rate in percent / 1200 and n the months (\`term\` in years × 12 with option \`term_unit\` "years"); principal / n
 * at 0 %. With the total paid and the interest, all in cents.
 */
export const calcLoanPayment: CatalogFunction = (input, options) => {
  const principal = Number(input.principal);
  const rate = Number(input.annual_rate);
  const term = Number(input.term);
  const decimals = Number(options.decimals ?? 2);
  const problems: string[] = [];
  if (!Number.isFinite(principal) || principal <= 0) problems.push('the principal must be a positive amount');
  if (!Number.isFinite(rate) || rate < 0) problems.push('the annual interest rate must not be negative');
  if (!Number.isInteger(term) || term < 1) problems.push('the term must be a whole number of at least 1');
  if (problems.length > 0) return { ok: false, problems };
  const months = options.term_unit === 'years' ? term * 12 : term;
  const monthly = rate / 1200;
  // 1 − (1 + r)^−n, accurate for the smallest rates too.
  const share = -Math.expm1(-months * Math.log1p(monthly));
  const payment = monthly === 0 ? principal / months : principal * (monthly / share);
  const totalPaid = payment * months;
  if (!Number.isFinite(payment) || !Number.isFinite(totalPaid)) {
    return { ok: false, problems: ['the loan is too large to compute'] };
  }
  return {
    ok: true,
    value: {
      monthly_payment: calcLoanRound(payment, decimals),
      total_paid: calcLoanRound(totalPaid, decimals),
      total_interest: calcLoanRound(totalPaid - principal, decimals),
    },
  };
};`,
};

/** Every function of the calculations family. */
export const CALC_FUNCTIONS: FunctionCode[] = [
  TIP_SPLIT_CODE,
  BMI_CODE,
  STATISTICS_CODE,
  IS_PRIME_CODE,
  PRIMES_UP_TO_CODE,
  AGE_CODE,
  LOAN_PAYMENT_CODE,
];
