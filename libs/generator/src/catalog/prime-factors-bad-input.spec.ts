import { serverErrors } from '../codegen/testing/served-release';
import { oddValues, servedConverter } from './testing/served-converter';

/*
 * Prime factorisation (prime-factors.ts) on bad input and as a property: whatever JSON body arrives (no number, a
 * string, a fraction, 0, 1, negatives, beyond 2^53 − 1, prototype names) the generated service answers 200 or
 * 400, never a 500; and for seeded whole numbers the factors it answers are primes, smallest first, whose product
 * is the number.
 */

jest.setTimeout(120_000);

const FEATURES = [
  'POST /factors with {"n": integer} returns {"factors": [integer]}, the prime factors smallest first, with repeats',
  'numbers below 2 are refused with 400',
];

const { served, converters, post } = servedConverter(
  'prime-factors-svc',
  FEATURES,
  'calc.prime_factors',
  '/factors',
);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const isPrime = (p: number) => {
  if (p < 2) return false;
  for (let d = 2; d * d <= p; d += 1) if (p % d === 0) return false;
  return true;
};

describe('prime factors of a whole number', () => {
  it('is one computation claiming both features', () => {
    expect(converters().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /factors']);
    expect([...converters()[0].features].sort()).toEqual([...FEATURES].sort());
  });

  it('never answers 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, converters(), oddValues([]), 20261207)).toEqual([]);
  });

  it('refuses what has no prime factorisation, or is no whole number it holds exactly, with 400', async () => {
    for (const n of [1, 0, -12, 7.5, '12', null, 9007199254740992, 1e300])
      expect({ n, status: (await post({ n })).status }).toEqual({ n, status: 400 });
    expect((await post({})).status).toBe(400);
  });

  it('answers primes, smallest first, whose product is the number (seeded)', async () => {
    let s = 20261207;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 40; i += 1) {
      const n = 2 + (next() % 5_000_000);
      const { status, body } = await post({ n });
      const factors = body.factors as number[];
      expect({ n, status }).toEqual({ n, status: 200 });
      expect(factors.every(isPrime)).toBe(true);
      expect([...factors].sort((a, b) => a - b)).toEqual(factors);
      expect(factors.reduce((a, b) => a * b, 1)).toBe(n);
    }
  });
});
