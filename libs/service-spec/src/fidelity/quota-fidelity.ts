import type { EndpointSpec } from '../spec-contract';

/*
 * Quotas that refill as time passes. A token bucket and a fixed window both answer 429 after a burst, but they
 * differ in everything after it: a window lets the whole limit through again at once when it ends, a bucket one
 * token at a time. So a feature that asks for a bucket is realised only by one.
 */

/** Words that name a token bucket, or a capacity that refills, in the languages intents are written in. */
const BUCKET =
  /\b(token[- ]?buckets?|token[- ]?eimer|(cubo|cubeta|balde|bucket) de (tokens|fichas|jetons)|(seau|godet) (a|de) jetons)\b/i;
const CAPACITY = /\b(capacity|bursts?|kapazitat|capacidad|rafagas?|capacite|fassungsvermogen)\b/i;
const REFILL =
  /\b(refill\w*|replenish\w*|regenerat\w*|nachgefullt|nachfull\w*|auffull\w*|aufgefullt|rellen\w*|recarg\w*|rempli\w*|recharg\w*)\b/i;

/** Whether a feature asks for a token bucket ("a token bucket of 5", "capacity 10, refilled 1 per second"). */
export function asksTokenBucket(feature: string): boolean {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  return BUCKET.test(folded) || (CAPACITY.test(folded) && REFILL.test(folded));
}

/**
 * A feature that asks for a token bucket is realised only by a `quota` endpoint with `algorithm: "token_bucket"`
 * among the endpoints that realise it: a fixed window (or any other behaviour) refills the wrong way.
 */
export function tokenBucketProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  if (!asksTokenBucket(feature)) return [];
  const buckets = endpoints.some(
    (e) => e.behavior?.kind === 'quota' && e.behavior.algorithm === 'token_bucket',
  );
  return buckets
    ? []
    : [
        'it asks for a token bucket, but no endpoint of its realisation refills tokens one at a time (algorithm "token_bucket")',
      ];
}
