import type { CatalogFamily } from './catalog-entry';
import { languagesOf } from './feature-words';
import { primeFactorsDesign } from './prime-factors';

/*
 * A factorisation written out without the word "prime" (`POST /fattori {"n": 360} restituisce {"fattori": [2, 2,
 * 2, 3, 3, 5]}`, `{"number": 84} → {"factors": [2, 2, 3, 7]}`): a factor word, one whole number sent and a list
 * answered whose numbers are primes, in order, multiplying to it — the list says what "factors" means. Read after
 * the prime factors family; a list that is not that number's prime factorisation (divisors, a factor of safety)
 * is left alone.
 */

/** Factor words in the six languages (accents folded). */
const FACTOR = /^(factors?|faktoren|factores|facteurs?|fattori|fatores)$/;

const isPrime = (n: number) => {
  if (!Number.isSafeInteger(n) || n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
};

/** Whether `list` is the prime factorisation of `n`, smallest first. */
function factorises(n: number, list: number[]): boolean {
  if (n < 2 || list.length === 0 || !list.every(isPrime)) return false;
  if (list.some((p, i) => i > 0 && p < list[i - 1])) return false;
  return list.reduce((a, b) => a * b, 1) === n;
}

/** The one whole number sent (`{"n": 360}`, `?n=360`) and the one list of integers answered, when written so. */
function writtenPair(text: string): { n: number; list: number[] } | null {
  const lists = [...text.matchAll(/\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]/g)];
  if (lists.length !== 1) return null;
  const before = text.slice(0, lists[0].index);
  const sent = [...before.matchAll(/"?[A-Za-z_]\w*"?\s*[:=]\s*(\d+)(?![\d.])/g)];
  if (sent.length !== 1) return null;
  return { n: Number(sent[0][1]), list: lists[0][1].split(',').map((x) => Number(x.trim())) };
}

export const PRIME_FACTORS_WRITTEN: CatalogFamily = {
  name: 'prime-factors-written',
  // The function is the prime factors family's own, listed there.
  functions: [],
  recognise(text, words) {
    if (!words.some((w) => FACTOR.test(w))) return null;
    const pair = writtenPair(text);
    if (!pair || !factorises(pair.n, pair.list)) return null;
    return { design: primeFactorsDesign(languagesOf(words)) };
  },
};
