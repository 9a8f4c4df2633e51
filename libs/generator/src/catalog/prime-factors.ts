import {
  integerField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language } from './feature-words';

/*
 * The prime factorisation of a whole number: its prime factors smallest first, each as often as it divides the
 * number (360 = 2 × 2 × 2 × 3 × 3 × 5), by trial division up to the root of what is left. Numbers below 2 have no
 * prime factorisation and are refused with 400, as are numbers that are not whole and numbers above 2^53 − 1 (the
 * largest whole number a JSON number holds exactly). Recognised from a word for prime beside a word for factors
 * or decomposing, or a compound of both (Primfaktoren), in six languages.
 */

export const PRIME_FACTORS_CODE: FunctionCode = {
  id: 'calc.prime_factors',
  exportName: 'calcPrimeFactors',
  source: `/** calc.prime_factors: the prime factors of the whole \`number\` (2 to 2^53 − 1), smallest first, with repeats. */
export const calcPrimeFactors: CatalogFunction = (input) => {
  const n = input.number;
  if (typeof n !== 'number' || !Number.isInteger(n)) return { ok: false, problems: ['number must be a whole number'] };
  if (n < 2) return { ok: false, problems: ['number must be at least 2: smaller numbers have no prime factors'] };
  if (n > Number.MAX_SAFE_INTEGER) return { ok: false, problems: ['number must be at most ' + String(Number.MAX_SAFE_INTEGER)] };
  const factors: number[] = [];
  let rest = n;
  for (const p of [2, 3]) {
    while (rest % p === 0) {
      factors.push(p);
      rest /= p;
    }
  }
  for (let d = 5; d * d <= rest; d += 6) {
    for (const p of [d, d + 2]) {
      while (rest % p === 0) {
        factors.push(p);
        rest /= p;
      }
    }
  }
  if (rest > 1) factors.push(rest);
  return { ok: true, value: { factors } };
};`,
};

/** Factorisations written out by hand (and checked by multiplying back). */
const FACTS: [number, number[], string][] = [
  [360, [2, 2, 2, 3, 3, 5], '360 = 2 × 2 × 2 × 3 × 3 × 5'],
  [97, [97], '97 is prime: its only prime factor is itself'],
  [1001, [7, 11, 13], '1001 = 7 × 11 × 13'],
  [1024, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], '1024 = 2^10'],
  [600851475143, [71, 839, 1471, 6857], '600851475143 = 71 × 839 × 1471 × 6857'],
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Primfaktorzerlegung: eine ganze Zahl in ihre Primfaktoren zerlegen, aufsteigend, mit Wiederholungen.',
  es: ' Descomponer un número entero en factores primos, de menor a mayor, con repeticiones.',
  fr: ' Décomposer un nombre entier en facteurs premiers, du plus petit au plus grand, avec répétitions.',
  it: ' Scomporre un numero intero in fattori primi, in ordine crescente, con ripetizioni.',
  pt: ' Decompor um número inteiro em fatores primos, em ordem crescente, com repetições.',
};

export function primeFactorsDesign(languages: Language[]): FunctionDesign {
  return {
    function: PRIME_FACTORS_CODE.id,
    method: 'POST',
    path: '/calc/prime-factors',
    summary:
      'Breaks a whole number (an integer) into its prime factors, smallest first, each repeated as often as it ' +
      'divides the number (360 = 2 × 2 × 2 × 3 × 3 × 5; a prime such as 97 is its own only factor). Numbers ' +
      'below 2 (0, 1, negative numbers) have no prime factors and are refused with 400, as are numbers that are ' +
      `not whole and numbers above 9007199254740991 (2^53 − 1).${glossIn(GLOSS, languages)}`,
    inputs: [{ param: 'number', field: integerField('number', 'The whole number to factorise', 360) }],
    outputs: [
      {
        result: 'factors',
        field: 'factors',
        description: 'The prime factors, smallest first, with repeats',
        example: FACTS[0][1],
      },
    ],
    examples: FACTS.map(([number, factors, description]) => ({
      description: `${description}.`,
      input: { number },
      output: { factors },
      inOrder: true,
    })),
    refusals: [
      { description: '1 has no prime factors and is refused.', input: { number: 1 } },
      { description: '0 has no prime factors and is refused.', input: { number: 0 } },
      { description: '-12 is below 2 and is refused.', input: { number: -12 } },
      { description: '7.5 is not a whole number and is refused.', input: { number: 7.5 } },
    ],
  };
}

const PRIME = /^(prime|primes|primo|primos|primi|premiers?|prim|primzahl\w*)$/;
const FACTOR =
  /^(factors?|factori[sz]\w*|factorization|factorisation|faktor\w*|zerleg\w*|factores|factorizar|descompo\w*|facteurs?|decompos\w*|fattori|fattorizza\w*|scompo\w*|fatores|fatora\w*|decompor)$/;

export const PRIME_FACTORS: CatalogFamily = {
  name: 'prime-factors',
  functions: [PRIME_FACTORS_CODE],
  recognise(_text: string, words: string[]): Recognised {
    const compound = words.some((w) => /^primfaktor/.test(w));
    if (!compound && !(words.some((w) => PRIME.test(w)) && words.some((w) => FACTOR.test(w)))) return null;
    // "the greatest common factor", "a factor of safety": other computations.
    if (hasAny(words, ['common', 'gcd', 'lcm', 'safety', 'conversion'])) return null;
    return { design: primeFactorsDesign(languagesOf(words)) };
  },
};
