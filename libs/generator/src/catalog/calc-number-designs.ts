import { withinBounds, type FieldRule, type FieldSpec } from '@sf/service-spec';
import {
  integerField,
  stringField,
  type FunctionDesign,
  type ReferenceAnswer,
  type WorkedExample,
} from './catalog-entry';
import { AGE_CODE, IS_PRIME_CODE, PRIMES_UP_TO_CODE, STATISTICS_CODE } from './calc-code';
import { roundingModeWords, type RoundingMode } from '@sf/service-spec';
import { add, divide, fraction, multiply, roundFraction, roundSqrt } from './exact-rounding';
import { roundTo } from './feature-words';

/*
 * The contracts of the calculations on numbers and dates: statistics of a list, primes, an age. Every worked
 * example is a fact written out by hand (lists worked out on paper, the tables of primes, calendar facts),
 * never computed by the emitted code.
 */

/** Lists of numbers and their statistics, worked out by hand; means to 10 decimals where they do not end. */
const LISTS: {
  numbers: number[];
  mean: number;
  median: number;
  minimum: number;
  maximum: number;
  sum: number;
  about: string;
}[] = [
  {
    numbers: [3, 1, 4, 1, 5],
    sum: 14,
    mean: 2.8,
    median: 3,
    minimum: 1,
    maximum: 5,
    about: 'odd count: the middle value',
  },
  {
    numbers: [2, 4, 6, 8],
    sum: 20,
    mean: 5,
    median: 5,
    minimum: 2,
    maximum: 8,
    about: 'even count: mean of the middle two',
  },
  {
    numbers: [1, 2, 2],
    sum: 5,
    mean: 1.6666666667,
    median: 2,
    minimum: 1,
    maximum: 2,
    about: 'a mean that does not end',
  },
  {
    numbers: [-5, 10],
    sum: 5,
    mean: 2.5,
    median: 2.5,
    minimum: -5,
    maximum: 10,
    about: 'negative numbers count too',
  },
];

/** Population or sample spread of a list: the squared deviations from the mean divided by n or by n − 1. */
export type Deviation = 'population' | 'sample';

/** What the statistics answer beyond count, mean, median, minimum and maximum, and how they round. */
export interface StatisticsDetail {
  deviation?: Deviation;
  mode?: RoundingMode;
  /** The range every number of the list must lie in ("every score between 0 and 100"); others are refused. */
  items?: FieldRule;
}

/** The range's words, as a person writes it ("from 0 to 100", "above 0 and at most 5"). */
function rangeWords(r: FieldRule): string {
  if (r.minimum !== undefined && r.maximum !== undefined) return `from ${r.minimum} to ${r.maximum}`;
  const low =
    r.minimum !== undefined
      ? `at least ${r.minimum}`
      : r.exclusive_minimum !== undefined
        ? `above ${r.exclusive_minimum}`
        : '';
  const high =
    r.maximum !== undefined
      ? `at most ${r.maximum}`
      : r.exclusive_maximum !== undefined
        ? `below ${r.exclusive_maximum}`
        : '';
  return [low, high].filter((w) => w !== '').join(' and ');
}

/** A list of numbers inside the range (its lowest and highest allowed, the highest twice), or null. */
function insideList(r: FieldRule): number[] | null {
  const ends = [
    r.minimum ?? (r.exclusive_minimum === undefined ? undefined : r.exclusive_minimum + 1),
    r.maximum ?? (r.exclusive_maximum === undefined ? undefined : r.exclusive_maximum - 1),
  ];
  const [low, high] = [ends[0] ?? (ends[1] ?? 0) - 10, ends[1] ?? (ends[0] ?? 0) + 10];
  const list = [low, high, high];
  return list.every((n) => withinBounds(r, n)) ? list : null;
}

/** Numbers just outside the range: one below its lower end, one above its upper end. */
function outsideNumbers(r: FieldRule): number[] {
  return [
    r.minimum !== undefined ? r.minimum - 1 : r.exclusive_minimum,
    r.maximum !== undefined ? r.maximum + 1 : r.exclusive_maximum,
  ].filter((n): n is number => n !== undefined && !withinBounds(r, n));
}

/** A list whose population and sample standard deviations are far apart (2 and 2.138…), from the textbooks. */
const SPREAD_LIST = { numbers: [2, 4, 4, 4, 5, 5, 7, 9], about: 'population standard deviation 2' };

/** Lists whose mean rounds differently up, down or half to even than half away from zero at `decimals`. */
function modeLists(decimals: number, mode: RoundingMode): { numbers: number[]; about: string }[] {
  if (mode === 'up') return [{ numbers: [0, 0, 1], about: 'a mean of 0.333…' }];
  if (mode === 'down') return [];
  if (mode === 'half_even') {
    const twice = decimals === 0 ? '5' : `4.${'0'.repeat(decimals - 1)}5`;
    return [{ numbers: [Number(twice), 0], about: 'a mean that ends in a half' }];
  }
  return [];
}

/** The statistics of a list worked out exactly as fractions, rounded to `decimals` by `mode`. */
function exactStatistics(
  numbers: number[],
  decimals: number,
  withSum: boolean,
  detail: StatisticsDetail,
): Record<string, number> {
  const mode = detail.mode ?? 'half_up';
  const values = numbers.map((n) => fraction(n));
  const n = fraction(numbers.length);
  const sum = values.reduce(add, fraction(0));
  const mean = divide(sum, n);
  const sorted = [...numbers].sort((a, b) => a - b).map((x) => fraction(x));
  const middle = Math.floor(numbers.length / 2);
  const median =
    numbers.length % 2 === 1 ? sorted[middle] : divide(add(sorted[middle - 1], sorted[middle]), fraction(2));
  const out: Record<string, number> = {
    count: numbers.length,
    mean: roundFraction(mean, decimals, mode),
    median: roundFraction(median, decimals, mode),
    minimum: Math.min(...numbers),
    maximum: Math.max(...numbers),
  };
  if (withSum) out.sum = roundFraction(sum, decimals, mode);
  if (detail.deviation) {
    const minusMean = { n: -mean.n, d: mean.d };
    const squares = values
      .map((v) => add(v, minusMean))
      .map((x) => multiply(x, x))
      .reduce(add, fraction(0));
    const variance = divide(squares, fraction(numbers.length - (detail.deviation === 'sample' ? 1 : 0)));
    out.variance = roundFraction(variance, decimals, mode);
    out.standard_deviation = roundSqrt(variance, decimals, mode);
  }
  return out;
}

/**
 * Statistics of a list of numbers, rounded to `decimals`; with their sum when the feature asks for it, and the
 * population or sample variance and standard deviation when it asks for a spread. Lists and answers are the
 * hand-written table when nothing else is asked; otherwise worked out exactly as fractions (a square root
 * rounded on whole numbers), with lists that tell the asked rounding or spread apart.
 */
export function statisticsDesign(
  decimals: number,
  withSum: boolean,
  detail: StatisticsDetail = {},
): FunctionDesign {
  const mode = detail.mode ?? 'half_up';
  const field: FieldSpec = {
    name: 'numbers',
    type: 'number[]',
    required: true,
    description: `The list of numbers to describe (at least ${detail.deviation === 'sample' ? 'two' : 'one'}${detail.items ? `; every number ${rangeWords(detail.items)}` : ''})`,
    example: [3, 1, 4, 1, 5],
  };
  const items = detail.items;
  const inside = (numbers: number[]) => items === undefined || numbers.every((n) => withinBounds(items, n));
  const own = items ? insideList(items) : null;
  const usual = detail.deviation === undefined && mode === 'half_up' && items === undefined;
  const rows: { numbers: number[]; about: string; output: Record<string, number> }[] = usual
    ? LISTS.map((l) => ({
        numbers: l.numbers,
        about: l.about,
        output: {
          count: l.numbers.length,
          mean: roundTo(l.mean, decimals),
          median: roundTo(l.median, decimals),
          minimum: l.minimum,
          maximum: l.maximum,
          ...(withSum ? { sum: l.sum } : {}),
        },
      }))
    : [
        ...LISTS.filter((l) => detail.deviation !== 'sample' || l.numbers.length >= 2),
        ...(detail.deviation ? [SPREAD_LIST] : []),
        ...modeLists(decimals, mode),
        ...(own && items ? [{ numbers: own, about: `the ends of the range ${rangeWords(items)}` }] : []),
      ]
        .filter((l) => inside(l.numbers))
        .map((l) => ({
          numbers: l.numbers,
          about: l.about,
          output: exactStatistics(l.numbers, decimals, withSum, detail),
        }));
  if (rows.length > 0) field.example = rows[0].numbers;
  const rounded = mode === 'half_up' ? 'rounded' : `rounded ${roundingModeWords(mode)}`;
  const spread =
    detail.deviation === 'population'
      ? 'population variance (the squared deviations from the mean divided by n, the count) and population standard deviation (its square root; not the sample one)'
      : detail.deviation === 'sample'
        ? 'sample variance (the squared deviations from the mean divided by n − 1, Bessel’s correction) and sample standard deviation (its square root)'
        : '';
  const spreadOutputs = detail.deviation
    ? [
        {
          result: 'variance',
          field: 'variance',
          description: `${detail.deviation === 'population' ? 'Population' : 'Sample'} variance of the numbers`,
          example: rows[0].output.variance,
        },
        {
          result: 'standard_deviation',
          field: 'standard_deviation',
          description: `${detail.deviation === 'population' ? 'Population' : 'Sample'} standard deviation of the numbers`,
          example: rows[0].output.standard_deviation,
        },
      ]
    : [];
  return {
    function: STATISTICS_CODE.id,
    method: 'POST',
    path: '/calc/statistics',
    summary: `Statistics of a list (array) of numbers (lista de números, liste de nombres, lista di numeri, Liste von Zahlen): count, ${withSum ? 'sum (total), ' : ''}mean (arithmetic average), median (the middle value of the sorted list, or the mean of the two middle values), minimum (min, smallest, lowest) and maximum (max, largest, highest)${spread ? `, ${spread}` : ''}; ${withSum ? 'sum, ' : ''}mean${spread ? ', median, variance and standard deviation' : ' and median'} ${rounded} to ${decimals} decimals; an empty list${detail.deviation === 'sample' ? ' or a single number (no sample spread)' : ''} is refused with 400${items ? `, and so is a list holding a number outside the range every number must lie in (${rangeWords(items)}) or an item that is not a number` : ''}.`,
    inputs: [{ param: 'numbers', field }],
    outputs: [
      { result: 'count', field: 'count', description: 'How many numbers the list has', example: 5 },
      {
        result: 'mean',
        field: 'mean',
        description: 'Mean (average) of the numbers',
        example: rows[0].output.mean,
      },
      { result: 'median', field: 'median', description: 'Median of the numbers', example: 3 },
      { result: 'minimum', field: 'minimum', description: 'Smallest number (minimum)', example: 1 },
      { result: 'maximum', field: 'maximum', description: 'Largest number (maximum)', example: 5 },
      ...(withSum
        ? [{ result: 'sum', field: 'sum', description: 'Sum of the numbers', example: LISTS[0].sum }]
        : []),
      ...spreadOutputs,
    ],
    options: {
      decimals,
      ...(withSum ? { with_sum: true } : {}),
      ...(detail.deviation ? { deviation: detail.deviation } : {}),
      ...(mode === 'half_up' ? {} : { rounding: mode }),
      ...Object.fromEntries(Object.entries(items ?? {}).map(([k, v]) => [`item_${k}`, v])),
    },
    examples: rows.map((l) => ({
      description: `The numbers ${l.numbers.join(', ')} (${l.about}): ${Object.entries(l.output)
        .map(([k, v]) => `${k.replace('_', ' ')} ${v}`)
        .join(', ')}.`,
      input: { numbers: l.numbers },
      output: l.output,
    })),
    refusals: [
      {
        description: 'An empty list of numbers has no mean or median and is refused.',
        input: { numbers: [] },
      },
      ...(detail.deviation === 'sample'
        ? [
            {
              description: 'A single number has no sample standard deviation (n − 1 = 0) and is refused.',
              input: { numbers: [7] },
            },
          ]
        : []),
      ...(items ? itemRefusals(items, rows[0]?.numbers ?? []) : []),
    ],
    reference: { read: () => null, compute: (params) => statisticsAnswer(params, decimals, withSum, detail) },
    boundItems: (rule) =>
      insideList(rule) === null ? null : statisticsDesign(decimals, withSum, { ...detail, items: rule }),
  };
}

/** Refusals of a list holding a number just outside the range, after one inside it (not only the first is read). */
function itemRefusals(
  items: FieldRule,
  inside: number[],
): { description: string; input: Record<string, unknown> }[] {
  const first = inside.slice(0, 1);
  return outsideNumbers(items).map((n) => ({
    description: `A list holding ${n}, outside the range every number must lie in (${rangeWords(items)}), is refused.`,
    input: { numbers: [...first, n] },
  }));
}

/**
 * The statistics' reference semantics: a list of finite numbers, not empty (two at least for a sample spread),
 * each inside the stated range, answered exactly (`exactStatistics`); anything else refused.
 */
function statisticsAnswer(
  params: Record<string, unknown>,
  decimals: number,
  withSum: boolean,
  detail: StatisticsDetail,
): ReferenceAnswer {
  const list = params.numbers;
  if (!Array.isArray(list) || list.some((n) => typeof n !== 'number' || !Number.isFinite(n)))
    return { ok: false, why: 'a list of numbers only' };
  const numbers = list as number[];
  if (numbers.length < (detail.deviation === 'sample' ? 2 : 1)) return { ok: false, why: 'too few numbers' };
  const items = detail.items;
  if (items && numbers.some((n) => !withinBounds(items, n)))
    return { ok: false, why: 'a number outside the range' };
  return { ok: true, results: exactStatistics(numbers, decimals, withSum, detail) };
}

/** Whole numbers and whether they are prime, from the tables of primes. */
const PRIMALITY: [number, boolean, string][] = [
  [97, true, '97 is prime'],
  [91, false, '91 is not prime: 7 × 13'],
  [1, false, '1 is not prime'],
  [-7, false, 'negative numbers such as -7 are not prime'],
  [2, true, '2 is the smallest prime'],
  [9, false, '9 is not prime: 3 × 3'],
];
/** The largest whole number a JSON number holds exactly (2^53 − 1). */
const LARGEST_EXACT = 9007199254740991;

/** Primality of a whole number; `maxNumber`: the largest number the feature lets be tested, if it says one. */
export function isPrimeDesign(maxNumber: number | null): FunctionDesign {
  const bound = maxNumber !== null && maxNumber < LARGEST_EXACT ? maxNumber : null;
  const facts = PRIMALITY.filter(([n]) => bound === null || n <= bound).slice(0, 4);
  const largest = bound ?? LARGEST_EXACT;
  return {
    function: IS_PRIME_CODE.id,
    method: 'POST',
    path: '/calc/is-prime',
    summary: `Tells whether a whole number (an integer) is a prime number (greater than 1 and divisible only by 1 and itself; 2 is the smallest); 0, 1 and negative numbers are not prime; a number that is not whole, or above ${largest}${bound === null ? ' (the largest whole number JSON holds exactly)' : ''}, is refused with 400 (non-integers are rejected).`,
    inputs: [
      {
        param: 'number',
        field: integerField('number', 'The whole number to test for primality', facts[0][0]),
      },
    ],
    outputs: [
      {
        result: 'prime',
        field: 'is_prime',
        description: 'Whether the number is prime',
        example: facts[0][1],
      },
    ],
    ...(bound === null ? {} : { options: { max_number: bound } }),
    examples: facts.map(([n, prime, description]) => ({
      description: `${description}.`,
      input: { number: n },
      output: { is_prime: prime },
    })),
    refusals: [
      { description: '7.5 is not a whole number and is refused.', input: { number: 7.5 } },
      ...(bound === null
        ? []
        : [{ description: `${bound + 1} is above ${bound} and is refused.`, input: { number: bound + 1 } }]),
    ],
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
      "Computes a person's age (how old someone born on the birth date is) in whole years from the birth date (YYYY-MM-DD) as of a reference date (YYYY-MM-DD): the difference of the years, less one when the birthday has not yet come in the reference year; a birth date after the reference date, or a date that is not a real YYYY-MM-DD calendar date, is refused with 400.",
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
