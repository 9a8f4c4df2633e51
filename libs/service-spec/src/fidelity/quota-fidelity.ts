import { sameTerm } from '../same-terms';
import type { EndpointSpec, SpecContract } from '../spec-contract';
import { wordsOf } from './domain-terms';
import { readQuotaClock } from './quota-clock';

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

/** A window that slides with time ("per rolling hour", "in the last 60 minutes"): a fixed window lets the whole limit through at once. */
const ROLLING =
  /\b(rolling|sliding|gleitend\w*|rollierend\w*|deslizante|ventana movil|glissant\w*|fenetre mobile|scorrevole|mobile window|in the (last|past) \d*\s*(seconds?|minutes?|hours?|days?))\b/i;

/**
 * A quota feature that resets its counts at a clock time, or counts in a window that slides with time, is realised
 * by none of the quotas a contract can declare: a `quota` opens each key's fixed window at its first request, and a
 * token bucket refills one token at a time. The feature stays unrealised rather than counting another way.
 */
export function quotaWindowProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  // A guard's quota counts too: its window opens at a caller's first call, as a quota endpoint's does.
  if (!endpoints.some((e) => e.behavior?.kind === 'quota' || e.guard?.quota !== undefined)) return [];
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  const problems: string[] = [];
  const clock = readQuotaClock(feature);
  // A reset at a clock time is kept only by a quota aligned to the UTC clock with the window that clock starts.
  const kept =
    clock !== null &&
    clock !== 'unreadable' &&
    endpoints.some(
      (e) =>
        e.behavior?.kind === 'quota' &&
        e.behavior.aligned === (clock.month ? 'utc_month' : 'utc') &&
        e.behavior.window_seconds === clock.window_seconds,
    );
  if (clock !== null && !kept) {
    problems.push(
      clock === 'unreadable'
        ? 'it resets its count at a clock time no quota keeps (not midnight UTC, a full hour or a full minute, or in another time zone)'
        : `it resets its count at a clock time (${clock.month ? 'every calendar month' : `every ${clock.window_seconds} seconds`} on the UTC clock), but its quota's window opens at each key's first request`,
    );
  }
  if (ROLLING.test(folded)) {
    problems.push(
      `it counts in a sliding window ("${ROLLING.exec(folded)?.[0]}"), but its quota lets the whole limit through again at once when its window ends`,
    );
  }
  return problems;
}

/**
 * A quota on creating records ("each customer may request at most 3 exports") is realised only on the create of
 * those records: a quota endpoint of its own beside `POST /exports` counts requests nobody makes, and the creates
 * are never refused. Records are named by a create's resource (its name or plural) among the feature's words.
 */
export function quotaCreateProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const quotas = endpoints.filter((e) => e.behavior?.kind === 'quota');
  if (quotas.length === 0) return [];
  const words = wordsOf(feature);
  const named = (names: string[]) => words.some((w) => names.some((n) => sameTerm(w, n)));
  const creates = contract.endpoints.filter((e) => {
    if (e.behavior?.kind !== 'create' || quotas.some((q) => q.path === e.path && q.method === e.method))
      return false;
    const r = contract.resources.find((x) => e.behavior.kind === 'create' && x.name === e.behavior.resource);
    return (
      r !== undefined &&
      named([r.name, r.plural, ...e.path.split('/').filter((x) => x && !x.startsWith('{'))])
    );
  });
  return creates.map(
    (c) =>
      `it limits the records ${c.method} ${c.path} creates, but its quota counts requests to ${quotas.map((q) => `${q.method} ${q.path}`).join(', ')} instead and never refuses a create`,
  );
}
