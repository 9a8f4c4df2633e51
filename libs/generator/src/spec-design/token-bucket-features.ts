import { fold } from './lexicon';

/*
 * Token-bucket features: "each API key gets a token bucket of 5 tokens, refilled at 1 token every 12 seconds",
 * "burst of 20 requests, replenished at 2 per second", "Token-Bucket mit Kapazität 10, 1 Token pro Sekunde
 * nachgefüllt", "un cubo de tokens con capacidad 8 que se recarga con 2 fichas por minuto", "un seau à jetons
 * de 6 jetons, rechargé d'un jeton toutes les 10 secondes". A bucket the reader cannot read whole is refused,
 * never read as a fixed window.
 */

/** Words that name a token bucket in six languages. */
const BUCKET =
  /\b(token[- ]?buckets?|token[- ]?eimer|(?:cubo|cubeta|balde|bucket) de (?:tokens|fichas|jetons)|(?:seau|godet) (?:a|de) jetons)\b/;

/** Words that say tokens flow back. */
const REFILL =
  /\b(refill\w*|replenish\w*|regenerat\w*|tops? up|topped up|nachgefullt|nachfull\w*|auffull\w*|aufgefullt|fullt sich|rellen\w*|recarg\w*|repon\w*|repuest\w*|rempli\w*|recharg\w*|regenere?\w*|regenera\w*)\b/;

/** Words for the bucket being empty, the state a 429 answers. */
const EMPTY = /\b(empty|leer|vacio|vacia|vide)\b/;

/** Where a feature states the bucket's capacity; the first group is the number. */
const CAPACITY: RegExp[] = [
  /\b(?:capacity|bursts?(?: size)?|kapazitat|capacidad|rafagas?|capacite|fassungsvermogen)\s*(?:of|von|de|d|:|=|is|ist|es|est)?\s*(?:up to |bis zu |hasta |jusqu a )?(\d+)\b/,
  /\b(?:bucket|eimer|cubo|cubeta|balde|seau|godet)\b[^.;\d]{0,40}?\b(?:of|with|holding|holds|mit|von|fasst|de|con|avec|contient|a)\s+(?:up to |bis zu |hasta |jusqu a )?(\d+)\b/,
  /\b(?:holds?|fasst|contient|admite)\s+(?:up to |at most |bis zu |hasta |jusqu a )?(\d+)\b/,
];

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(seconds?|secs?|s|sekunden?|segundos?|secondes?)$/, 1],
  [/^(minutes?|mins?|minuten?|minutos?)$/, 60],
  [/^(hours?|hrs?|h|stunden?|horas?|heures?)$/, 3600],
  [/^(days?|tage?n?|dias?|jours?)$/, 86400],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  ein: 1,
  eine: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
};

/** "1 token every 12 seconds", "2 per second", "a token each minute", "1 jeton toutes les 10 secondes". */
const RATE = new RegExp(
  String.raw`(?:(?<![\d.,])\b(\d+|${Object.keys(NUMBER_WORDS).join('|')})\s+)?(?:[a-z]+\s+){0,2}?` +
    String.raw`(?:per|pro|por|par|every|each|a|an|alle|cada|toutes les|tous les|chaque|je|jede[nrs]?)\s+(?:(\d+)\s+)?` +
    String.raw`(seconds?|secs?|s|sekunden?|segundos?|secondes?|minutes?|mins?|minuten?|minutos?|hours?|hrs?|h|stunden?|horas?|heures?|days?|tage?n?|dias?|jours?)\b`,
);

/** What a token-bucket feature states: its capacity (`limit`), and `refill_tokens` back per `window_seconds`. */
export interface TokenBucketReading {
  limit: number;
  window_seconds: number;
  refill_tokens: number;
  /** The feature's own words the bucket was read by (folded), for the SPEC to show which words it realises. */
  words: string[];
}

function capacityOf(text: string): { value: number; end: number; said: string } | null {
  for (const re of CAPACITY) {
    const m = re.exec(text);
    if (m) return { value: Number(m[1]), end: m.index + m[0].length, said: m[0] };
  }
  return null;
}

function rateOf(text: string): { refill: number; window: number; said: string } | null {
  const m = RATE.exec(text);
  if (!m) return null;
  const refill = m[1] === undefined ? 1 : (NUMBER_WORDS[m[1]] ?? Number(m[1]));
  const unit = UNIT_SECONDS.find(([re]) => re.test(m[3]))?.[1];
  if (unit === undefined) return null;
  return { refill, window: (m[2] === undefined ? 1 : Number(m[2])) * unit, said: m[0] };
}

/**
 * The token bucket a feature states: null when it names none (no bucket words, nor a capacity that refills);
 * `'unreadable'` when it names one whose capacity or refill rate cannot be read as whole numbers.
 */
export function readTokenBucket(feature: string): TokenBucketReading | 'unreadable' | null {
  const text = fold(feature)
    .replace(/[’'`]/g, ' ')
    .replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/gi, ' ');
  const named = BUCKET.exec(text);
  const refillAt = REFILL.exec(text);
  const capacity = capacityOf(text);
  if (!named && !(refillAt && capacity)) return null;
  // A rate written with a fraction ("0.5 tokens per second") is not a whole number of tokens per time.
  if (/\d[.,]\d/.test(text)) return 'unreadable';
  // The rate follows the refill word ("refills 1 token per second"), else the capacity, else it is anywhere.
  const rate =
    (refillAt ? rateOf(text.slice(refillAt.index)) : null) ??
    (capacity ? rateOf(text.slice(capacity.end)) : null) ??
    rateOf(text);
  if (!rate) return 'unreadable';
  const limit = capacity?.value ?? rate.refill;
  const reading = { limit, window_seconds: rate.window, refill_tokens: rate.refill };
  const whole = Object.values(reading).every((n) => Number.isInteger(n) && n >= 1);
  const words = [named?.[0], capacity?.said, refillAt?.[0], rate.said, EMPTY.exec(text)?.[0]]
    .filter((w): w is string => w !== undefined)
    .map((w) => w.replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((w) => w !== '');
  if (!whole || limit > 1_000_000 || rate.refill > 1_000_000 || rate.window > 31_536_000) return 'unreadable';
  if (limit * rate.window * 1000 > Number.MAX_SAFE_INTEGER) return 'unreadable';
  return { ...reading, words: [...new Set(words)] };
}
