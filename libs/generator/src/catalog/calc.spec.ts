import fc from 'fast-check';
import ts from 'typescript';
import { FUNCTION_RESULT_TYPE } from './catalog-entry';
import { CALC_FUNCTIONS } from './calc-code';
import { runCatalogFunction } from './testing/run-function';

/*
 * The calculations family's emitted code against values from outside it: restaurant arithmetic done on paper,
 * the WHO BMI table, the published counts of primes (π(10⁴) = 1229), known primes (M31, the 10000th prime),
 * published mortgage payments (100000 at 6 % over 30 years is 599.55 a month), and calendar facts.
 */

type Result = ReturnType<typeof runCatalogFunction>;
const ok = (value: Record<string, unknown>) => ({ ok: true, value });
const refused = (result: Result) => {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
};
/** Every result value is a finite number, a boolean, a string or an array of finite numbers. */
const wellFormed = (result: Result) => {
  if (!result.ok) return expect(result.problems.length).toBeGreaterThan(0);
  for (const value of Object.values(result.value)) {
    if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    else if (Array.isArray(value)) expect(value.every((v) => Number.isFinite(v))).toBe(true);
    else expect(['boolean', 'string']).toContain(typeof value);
  }
};
const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('the emitted sources', () => {
  it('type-check together under strict mode, as one generated src/functions.ts', () => {
    const source = [FUNCTION_RESULT_TYPE, ...CALC_FUNCTIONS.map((f) => f.source)].join('\n\n');
    const options: ts.CompilerOptions = {
      strict: true,
      noImplicitAny: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.CommonJS,
      noEmit: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) =>
      name === 'functions.ts' ? ts.createSourceFile(name, source, version) : read(name, version);
    const program = ts.createProgram(['functions.ts'], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});

describe('calc.tip_split', () => {
  const split = (bill: number, tip_percent: number, people: number) =>
    runCatalogFunction('calc.tip_split', { bill, tip_percent, people }, { decimals: 2 });

  it.each([
    [100, 15, 4, 15, 115, 28.75],
    [200, 18, 3, 36, 236, 78.67],
    [45, 20, 2, 9, 54, 27],
    [33.33, 15, 3, 5, 38.33, 12.78],
    [2.01, 50, 1, 1.01, 3.02, 3.02],
    [100, 0, 3, 0, 100, 33.33],
    [0, 20, 5, 0, 0, 0],
  ])('a bill of %p with %p %% for %p people: tip %p, total %p, each %p', (bill, pct, n, tip, total, each) => {
    expect(split(bill, pct, n)).toEqual(ok({ tip, total, per_person: each }));
  });

  it('refuses zero or negative people, a negative bill or a negative tip', () => {
    refused(split(100, 15, 0));
    refused(split(100, 15, -3));
    refused(split(-0.01, 15, 2));
    refused(split(100, -5, 2));
    expect(split(100, 15, 0)).toEqual({
      ok: false,
      problems: ['the bill must be split among at least 1 person (a whole number of people)'],
    });
  });

  it('answers every bill, tip and head count with finite amounts or problems, never throwing', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.integer(), (bill, pct, people) =>
        wellFormed(split(bill, pct, people)),
      ),
    );
  });
});

describe('calc.bmi', () => {
  const bmi = (weight: number, height: number, options: Record<string, string | number> = {}) =>
    runCatalogFunction('calc.bmi', { weight, height }, { height_unit: 'm', decimals: 1, ...options });

  it.each([
    // lb × 0.45359237 / (in × 0.0254)², worked as fractions: 22.7416, 16.7253, 27.2619, 40.3506.
    [154, 69, 22.74, 'normal'],
    [110, 68, 16.73, 'underweight'],
    [190, 70, 27.26, 'overweight'],
    [250, 66, 40.35, 'obese'],
  ])('%p lb at %p in (imperial) is %p, %p', (pounds, inches, expected, category) => {
    expect(bmi(pounds, inches, { units: 'imperial', decimals: 2 })).toEqual({
      ok: true,
      value: { bmi: expected, category },
    });
  });

  it.each([
    [70, 1.75, 2, 22.86, 'normal'],
    [70, 1.75, 1, 22.9, 'normal'],
    [70, 1.75, 0, 23, 'normal'],
    [60, 1.6, 2, 23.44, 'normal'],
    [50, 1.7, 1, 17.3, 'underweight'],
    [85, 1.8, 1, 26.2, 'overweight'],
    [100, 1.75, 1, 32.7, 'obese'],
  ])('%p kg at %p m, %p decimals: BMI %p, %s', (weight, height, decimals, expected, category) => {
    expect(bmi(weight, height, { decimals })).toEqual(ok({ bmi: expected, category }));
  });

  it('puts the WHO boundaries 18.5, 25 and 30 in the upper category, as the BMI is answered', () => {
    // 18.5 × 1.7² = 53.465, 25 × 1.7² = 72.25, 30 × 1.7² = 86.7; 18.49 × 1.7² = 53.4361.
    expect(bmi(53.4361, 1.7, { decimals: 2 })).toEqual(ok({ bmi: 18.49, category: 'underweight' }));
    expect(bmi(53.465, 1.7)).toEqual(ok({ bmi: 18.5, category: 'normal' }));
    expect(bmi(72.25, 1.7)).toEqual(ok({ bmi: 25, category: 'overweight' }));
    expect(bmi(86.7, 1.7)).toEqual(ok({ bmi: 30, category: 'obese' }));
    expect(bmi(53.1, 1.7, { decimals: 2 })).toEqual(ok({ bmi: 18.37, category: 'underweight' }));
    // 24.96 is shown as 25.0 at one decimal (overweight), as 24.96 at two (normal): 24.96 × 1.7² = 72.1344.
    expect(bmi(72.1344, 1.7)).toEqual(ok({ bmi: 25, category: 'overweight' }));
    expect(bmi(72.1344, 1.7, { decimals: 2 })).toEqual(ok({ bmi: 24.96, category: 'normal' }));
  });

  it('reads the height in centimetres when asked, and names the categories as the feature does', () => {
    expect(bmi(70, 175, { height_unit: 'cm', decimals: 2 })).toEqual(ok({ bmi: 22.86, category: 'normal' }));
    const labels = {
      underweight: 'abaixo do peso',
      normal: 'normal',
      overweight: 'sobrepeso',
      obese: 'obesidade',
    };
    expect(bmi(50, 1.7, labels)).toEqual(ok({ bmi: 17.3, category: 'abaixo do peso' }));
    expect(bmi(100, 1.75, labels)).toEqual(ok({ bmi: 32.7, category: 'obesidade' }));
  });

  it('refuses a weight or height that is not positive', () => {
    refused(bmi(0, 1.75));
    refused(bmi(-70, 1.75));
    refused(bmi(70, 0));
    refused(bmi(70, -1.75));
    refused(bmi(1e308, 1e-300));
  });

  it('answers every weight and height with a finite BMI and a category, or problems, never throwing', () => {
    const unit = fc.constantFrom('m', 'cm');
    fc.assert(
      fc.property(anyNumber, anyNumber, unit, fc.integer({ min: 0, max: 6 }), (w, h, height_unit, decimals) =>
        wellFormed(bmi(w, h, { height_unit, decimals })),
      ),
    );
  });
});

describe('calc.statistics', () => {
  const stats = (numbers: unknown, decimals = 2) =>
    runCatalogFunction('calc.statistics', { numbers }, { decimals });

  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10, 5.5, 5.5, 1, 10],
    [[5, 3, 9, 1], 4, 4.5, 4, 1, 9],
    [[7], 1, 7, 7, 7, 7],
    [[3, 1, 4, 1, 5, 9, 2, 6], 8, 3.88, 3.5, 1, 9],
    [[1, 2, 2], 3, 1.67, 2, 1, 2],
    [[0.1, 0.2], 2, 0.15, 0.15, 0.1, 0.2],
    [[-5, -1, -3], 3, -3, -3, -5, -1],
  ])('%j: count %p, mean %p, median %p, min %p, max %p', (numbers, count, mean, median, minimum, maximum) => {
    expect(stats(numbers)).toEqual(ok({ count, mean, median, minimum, maximum }));
  });

  it('rounds mean and median to the decimals asked for, and survives sums past the largest double', () => {
    expect(stats([1, 2, 2], 4)).toMatchObject(ok({ mean: 1.6667 }));
    expect(stats([1, 2], 0)).toMatchObject(ok({ mean: 2, median: 2 }));
    expect(stats([1e308, 1e308, 1e308])).toEqual(
      ok({ count: 3, mean: 1e308, median: 1e308, minimum: 1e308, maximum: 1e308 }),
    );
  });

  it('adds the sum when asked, refusing a sum past the largest double', () => {
    const withSum = (numbers: number[]) =>
      runCatalogFunction('calc.statistics', { numbers }, { decimals: 2, with_sum: true });
    expect(withSum([1, 2, 3, 4])).toEqual(
      ok({ count: 4, mean: 2.5, median: 2.5, minimum: 1, maximum: 4, sum: 10 }),
    );
    expect(withSum([0.1, 0.2])).toMatchObject(ok({ sum: 0.3 }));
    refused(withSum([1e308, 1e308]));
  });

  it('refuses an empty list, and a list with something else than numbers', () => {
    expect(stats([])).toEqual({ ok: false, problems: ['the list of numbers must not be empty'] });
    refused(stats([1, 'two', 3]));
    refused(stats('1, 2, 3'));
  });

  it('answers every list of numbers with finite statistics, or problems, never throwing', () => {
    fc.assert(
      fc.property(
        fc.array(anyNumber),
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        (numbers, decimals, sum) =>
          wellFormed(runCatalogFunction('calc.statistics', { numbers }, { decimals, with_sum: sum })),
      ),
    );
  });
});

describe('calc.is_prime', () => {
  const prime = (number: number) => runCatalogFunction('calc.is_prime', { number }, {});

  it.each([2, 3, 5, 97, 7919, 104729, 1000000007, 2147483647, 999999999989, 9007199254740881])(
    '%p is prime',
    (n) => expect(prime(n)).toEqual(ok({ prime: true })),
  );

  it.each([0, 1, -1, -2, -7, 4, 9, 25, 91, 561, 3215031751, 9007199254740991])('%p is not prime', (n) =>
    expect(prime(n)).toEqual(ok({ prime: false })),
  );

  it('refuses what is not a whole number, above the largest number asked for, or too large to hold exactly', () => {
    refused(prime(7.5));
    expect(runCatalogFunction('calc.is_prime', { number: 1000001 }, { max_number: 1000000 })).toEqual({
      ok: false,
      problems: ['the number must be at most 1000000'],
    });
    expect(runCatalogFunction('calc.is_prime', { number: 999983 }, { max_number: 1000000 })).toEqual(
      ok({ prime: true }),
    );
    refused(prime(9007199254740992));
    refused(prime(1e300));
  });

  it('answers every integer, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), anyNumber), (n) => wellFormed(prime(n))),
      { numRuns: 60 },
    );
  });
});

describe('calc.primes_up_to', () => {
  const upTo = (limit: number, max_limit = 10000) =>
    runCatalogFunction('calc.primes_up_to', { limit }, { max_limit });

  it('lists the primes up to and including the limit', () => {
    expect(upTo(10)).toEqual(ok({ primes: [2, 3, 5, 7], count: 4 }));
    expect(upTo(2)).toEqual(ok({ primes: [2], count: 1 }));
    expect(upTo(13)).toEqual(ok({ primes: [2, 3, 5, 7, 11, 13], count: 6 }));
    expect(upTo(100)).toMatchObject(ok({ count: 25 }));
    const all = upTo(10000);
    expect(all).toMatchObject(ok({ count: 1229 }));
    if (all.ok) expect((all.value.primes as number[]).slice(-3)).toEqual([9949, 9967, 9973]);
    expect(upTo(1000000, 1000000)).toMatchObject(ok({ count: 78498 }));
  });

  it('has none below 2, and refuses a limit above the largest allowed', () => {
    for (const limit of [1, 0, -5]) expect(upTo(limit)).toEqual(ok({ primes: [], count: 0 }));
    expect(upTo(10001)).toEqual({ ok: false, problems: ['the limit must be at most 10000'] });
    refused(upTo(101, 100));
    refused(upTo(2.5));
  });

  it('answers every integer limit, never throwing', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), anyNumber), (limit) => wellFormed(upTo(limit))));
  });
});

describe('calc.age', () => {
  const age = (birth_date: unknown, reference_date: unknown) =>
    runCatalogFunction('calc.age', { birth_date, reference_date }, {});

  it.each([
    ['1990-05-15', '2024-05-14', 33],
    ['1990-05-15', '2024-05-15', 34],
    ['1990-05-15', '2024-12-31', 34],
    ['2000-01-01', '2000-01-01', 0],
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-29', 24],
    ['1969-07-20', '2019-07-20', 50],
    ['1985-12-31', '2025-01-01', 39],
  ])('born %s, on %s: %p', (birth, reference, years) => {
    expect(age(birth, reference)).toEqual(ok({ age: years }));
  });

  it('refuses a birth date after the reference date, and dates that are not real YYYY-MM-DD dates', () => {
    expect(age('2030-01-01', '2024-06-01')).toEqual({
      ok: false,
      problems: ['the birth date must not be after the reference date'],
    });
    refused(age('2024-06-02', '2024-06-01'));
    for (const bad of [
      '1990-02-30',
      '2023-02-29',
      '1900-02-29',
      '1990-13-01',
      '1990-00-10',
      '1990-5-15',
      '15/05/1990',
      '',
      19900515,
    ]) {
      refused(age(bad, '2024-06-01'));
    }
    refused(age('1990-05-15', '2024-04-31'));
  });

  it('answers every pair of strings, never throwing', () => {
    const date = fc.oneof(
      fc.string(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(fc.property(date, date, (birth, reference) => wellFormed(age(birth, reference))));
  });
});

describe('calc.loan_payment', () => {
  const pay = (principal: number, annual_rate: number, term: number, term_unit = 'months') =>
    runCatalogFunction('calc.loan_payment', { principal, annual_rate, term }, { term_unit, decimals: 2 });

  it.each([
    [100000, 6, 360, 599.55, 215838.19, 115838.19],
    [200000, 5, 360, 1073.64, 386511.57, 186511.57],
    [1000, 12, 12, 88.85, 1066.19, 66.19],
    [10000, 3.5, 60, 181.92, 10915.05, 915.05],
    [12000, 0, 12, 1000, 12000, 0],
    [1000, 0, 3, 333.33, 1000, 0],
  ])('%p at %p %% over %p months: %p a month', (principal, rate, months, payment, paid, interest) => {
    expect(pay(principal, rate, months)).toEqual(
      ok({ monthly_payment: payment, total_paid: paid, total_interest: interest }),
    );
  });

  it('reads the term in years when asked, and a tiny rate as almost none', () => {
    expect(pay(200000, 5, 30, 'years')).toMatchObject(ok({ monthly_payment: 1073.64 }));
    expect(pay(250000, 4, 15, 'years')).toMatchObject(ok({ monthly_payment: 1849.22 }));
    expect(pay(12000, 1e-12, 12)).toMatchObject(ok({ monthly_payment: 1000 }));
  });

  it('refuses a principal that is not positive, a negative rate and a term under 1', () => {
    refused(pay(0, 5, 12));
    refused(pay(-1000, 5, 12));
    refused(pay(1000, -1, 12));
    refused(pay(1000, 5, 0));
    refused(pay(1e308, 1e308, 12));
  });

  it('reads a term of n years as 12 n months, and refuses a zero or negative term in either unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_00 }).map((c) => c / 100),
        fc.integer({ min: 0, max: 3000 }).map((c) => c / 100),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -600, max: 0 }),
        (principal, rate, years, notATerm) => {
          expect(pay(principal, rate, years, 'years')).toEqual(pay(principal, rate, years * 12, 'months'));
          refused(pay(principal, rate, notATerm, 'years'));
          refused(pay(principal, rate, notATerm, 'months'));
          refused(pay(-principal, rate, years, 'years'));
        },
      ),
    );
  });

  it('answers every loan with finite amounts, or problems, never throwing', () => {
    const unit = fc.constantFrom('months', 'years');
    fc.assert(
      fc.property(anyNumber, anyNumber, fc.integer(), unit, (p, r, n, u) => wellFormed(pay(p, r, n, u))),
    );
  });
});
