import {
  GUARD_QUOTA,
  type AcceptanceStep,
  type EndpointError,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type QuotaBehavior,
  type QuotaUsageBehavior,
  type SpecContract,
} from '@sf/service-spec';
import { check, errorBody, fill, type DraftCheck } from './acceptance-steps';
import { guardUsageDocs } from './guard-usage';

/*
 * Quotas: a fixed window per key (`quota`) and the usage of a key in its current window (`quota_usage`):
 * their documentation and their worked examples. Worked examples run against the real clock, so they only
 * exist for windows long enough that a check's few requests never straddle two windows.
 */

/** Windows shorter than this get no worked example (a slow machine could see the window end mid-check). */
export const SHORTEST_CHECKED_WINDOW_SECONDS = 10;
/**
 * A window on the UTC clock ends when the clock says, not a window after the check's first request: only one of an
 * hour or more gets a worked example (a check's few requests straddle its end once in thousands of runs at most).
 */
const SHORTEST_CHECKED_ALIGNED_SECONDS = 3600;

/** Whether a fixed window is long enough for a worked example to walk through it. */
function checkedWindow(b: QuotaBehavior): boolean {
  const shortest = b.aligned === 'utc' ? SHORTEST_CHECKED_ALIGNED_SECONDS : SHORTEST_CHECKED_WINDOW_SECONDS;
  return b.window_seconds >= shortest;
}

/** A fixed window's length in words: "86400 seconds (1 day)", or "a calendar month (UTC)". */
function windowOf(b: QuotaBehavior): string {
  return b.aligned === 'utc_month' ? 'a calendar month (UTC)' : windowText(b.window_seconds);
}

/** Where a fixed window starts, in words: at the key's first request, or on the UTC clock. */
function windowStart(b: QuotaBehavior, what: string): string {
  if (b.aligned === 'utc_month')
    return `that is a calendar month in UTC (from the 1st at 00:00 UTC to the next 1st), whenever the ${what}'s first request came`;
  if (b.aligned !== 'utc') return `that opens at the ${what}'s first request`;
  const clock: Record<number, string> = {
    86400: 'at midnight UTC (00:00)',
    3600: 'on every full hour (UTC)',
  };
  return `on the UTC clock (each starts ${clock[b.window_seconds] ?? `at a whole multiple of ${b.window_seconds} seconds since 1970-01-01T00:00:00Z`}, whenever the ${what}'s first request came)`;
}

/** Most requests a happy worked example walks through (a larger limit shows its first three). */
const MOST_REQUESTS_SHOWN = 25;
/**
 * Most requests the worked example of the 429 sends: "100 calls a day, the 101st answers 429" is shown in full
 * (a hundred loopback requests take well under a second); a larger limit is shown by the generated tests alone.
 */
const MOST_REQUESTS_REFUSED = 120;

interface Docs {
  request: EndpointRequest;
  responses: EndpointResponse[];
  errors: EndpointError[];
}

/** A window in seconds and, when whole, in the larger unit a feature writes it in: "600 seconds (10 minutes)". */
export function windowText(seconds: number): string {
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  const unit = units.find(([size]) => seconds % size === 0);
  if (!unit) return `${seconds} seconds`;
  const n = seconds / unit[0];
  return `${seconds} seconds (${n} ${unit[1]}${n === 1 ? '' : 's'})`;
}

function keyExample(b: QuotaBehavior): string {
  return `${b.key_field.replace(/_/g, '-')}-a`;
}

/** An answer example with the further names the quota's feature writes for `remaining` and `count`. */
function aliased(b: QuotaBehavior, example: Record<string, unknown>): Record<string, unknown> {
  return {
    ...example,
    ...(b.remaining_as === undefined ? {} : { [b.remaining_as]: example.remaining }),
    ...(b.count_as === undefined ? {} : { [b.count_as]: example.count }),
    // The instant is the answer's own (now + reset_seconds): an example shows one, a worked example none.
    ...(b.reset_at_as === undefined || typeof example.reset_seconds !== 'number'
      ? {}
      : { [b.reset_at_as]: new Date(Date.UTC(2026, 0, 1) + example.reset_seconds * 1000).toISOString() }),
  };
}

/** Milliseconds until one token flows back into an empty token bucket. */
export function tokenMs(b: QuotaBehavior): number {
  return Math.ceil((b.window_seconds * 1000) / (b.refill_tokens ?? b.limit));
}

/** The rate-limit headers of a quota answer with `remaining` tokens or requests left. */
function limitHeaders(b: QuotaBehavior, remaining: number, reset: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(b.limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(reset),
  };
}

/**
 * Where a quota request carries its key, documented: a path parameter, a header, or a body field (the default).
 * `path` is the endpoint's path (its other parameters are documented by whoever else reads them: none today).
 */
function keyRequest(b: QuotaBehavior, path: string, description: string): EndpointRequest {
  const example = keyExample(b);
  if (b.key_param !== undefined) {
    const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    return {
      params: params.map((name) => ({
        name,
        description: name === b.key_param ? description : `Path segment ${name}`,
        example: name === b.key_param ? example : 'sample',
      })),
    };
  }
  if (b.key_header !== undefined) {
    return {
      params: [],
      headers: [{ name: b.key_header, required: true, description, example }],
    };
  }
  return {
    body: {
      fields: [{ name: b.key_field, type: 'string', required: true, description, example }],
      // Other fields a caller sends along are ignored: only the key is counted.
      allow_unknown: true,
      example: { [b.key_field]: example },
    },
  };
}

/** Where the key is, in words: "header x-api-key", "path parameter {user_id}", "body field key". */
export function keyWhere(b: QuotaBehavior): string {
  if (b.key_param !== undefined) return `path parameter {${b.key_param}}`;
  if (b.key_header !== undefined) return `header ${b.key_header}`;
  return `body field ${b.key_field}`;
}

/** The 400 of a quota whose key can be missing (a path parameter never is: the route would not match). */
function missingKeyErrors(b: QuotaBehavior): EndpointError[] {
  if (b.key_param !== undefined) return [];
  return [{ status: 400, code: 'VALIDATION_FAILED', when: `${keyWhere(b)} is missing or empty` }];
}

/** Request, responses and errors of a token bucket. */
function bucketDocs(b: QuotaBehavior, path: string): Docs {
  const example = keyExample(b);
  const what = b.key_field.replace(/_/g, ' ');
  const refill = b.refill_tokens ?? b.limit;
  const rate = `${refill} token${refill === 1 ? '' : 's'} every ${windowText(b.window_seconds)}`;
  const fullIn = Math.ceil(tokenMs(b) / 1000);
  return {
    request: keyRequest(
      b,
      path,
      `The ${what} whose token bucket the request takes a token from: a bucket of ${b.limit} tokens, refilled with ${rate}`,
    ),
    responses: [
      {
        status: 200,
        description: `A token taken from the ${what}'s bucket (capacity ${b.limit} tokens, full at its first request, refilled continuously with ${rate}, never above ${b.limit}); remaining says how many whole tokens are left, reset_seconds when the bucket is full again`,
        example: aliased(b, {
          [b.key_field]: example,
          allowed: true,
          count: 1,
          limit: b.limit,
          remaining: b.limit - 1,
          reset_seconds: fullIn,
        }),
        headers: limitHeaders(b, b.limit - 1, fullIn),
      },
    ],
    errors: [
      ...missingKeyErrors(b),
      {
        status: 429,
        code: 'RATE_LIMITED',
        when: `the ${what}'s bucket holds less than one token: nothing is taken; the body adds allowed false, remaining 0 and retry_after (the seconds until a token is back, ${Math.max(1, fullIn)} from an empty bucket), header retry-after the same`,
      },
    ],
  };
}

/** Request, responses and errors of a quota endpoint. */
export function quotaDocs(b: QuotaBehavior, path = '/hit'): Docs {
  if (b.algorithm === 'token_bucket') return bucketDocs(b, path);
  const example = keyExample(b);
  const what = b.key_field.replace(/_/g, ' ');
  return {
    request: keyRequest(
      b,
      path,
      `The ${what} the request is counted for (${keyWhere(b)}): at most ${b.limit} per ${what} in ${windowOf(b)}`,
    ),
    responses: [
      {
        status: 200,
        description: `Counted: at most ${b.limit} requests per ${what} in a window ${b.aligned === 'utc_month' ? '' : `of ${windowText(b.window_seconds)} `}${windowStart(b, what)}; remaining says how many are left`,
        example: aliased(b, {
          [b.key_field]: example,
          allowed: true,
          count: 1,
          limit: b.limit,
          remaining: b.limit - 1,
          reset_seconds: b.window_seconds,
        }),
        headers: limitHeaders(b, b.limit - 1, b.window_seconds),
      },
    ],
    errors: [
      ...missingKeyErrors(b),
      {
        status: 429,
        code: 'RATE_LIMITED',
        when: `request ${b.limit + 1} (or later) for one ${what} within ${b.aligned === 'utc_month' ? 'one calendar month (UTC)' : `${b.window_seconds} seconds`}: not counted; the body adds allowed false, remaining 0 and reset_seconds, header retry-after the seconds to wait`,
      },
    ],
  };
}

/** Request, responses and errors of a quota usage endpoint. */
export function quotaUsageDocs(c: SpecContract, b: QuotaUsageBehavior): Docs {
  if (b.quota === GUARD_QUOTA) return { ...guardUsageDocs(c), errors: [] };
  const quota = quotaOf(c, b);
  const field = quota?.key_field ?? 'key';
  const limit = quota?.limit ?? 1;
  return {
    request: {
      params: [
        {
          name: b.param,
          description: `The ${field.replace(/_/g, ' ')} to read the usage of`,
          example: 'key-a',
        },
      ],
    },
    responses: [
      {
        status: 200,
        description:
          quota?.algorithm === 'token_bucket'
            ? `The tokens left in the ${field.replace(/_/g, ' ')}'s token bucket now (remaining; a full bucket of ${limit} for one never seen), count the tokens taken and not yet back, reset_seconds until the bucket is full; reading takes no token`
            : `Requests counted for the ${field.replace(/_/g, ' ')} in its current window (0 for one never counted or whose window ended)`,
        example: (quota
          ? (x: Record<string, unknown>) => aliased(quota, x)
          : (x: Record<string, unknown>) => x)({
          [field]: 'key-a',
          count: 1,
          limit,
          remaining: limit - 1,
          reset_seconds: quota?.window_seconds ?? 1,
        }),
      },
    ],
    errors: [],
  };
}

function quotaOf(c: SpecContract, b: QuotaUsageBehavior): QuotaBehavior | undefined {
  const found = c.endpoints.find((x) => x.id === b.quota)?.behavior;
  return found?.kind === 'quota' ? found : undefined;
}

/** The request of a quota endpoint counted for `key`, wherever the quota reads its key. */
export function keyedRequest(e: EndpointSpec, b: QuotaBehavior, key: string): AcceptanceStep['request'] {
  if (b.key_param !== undefined) return { method: e.method, path: fill(e.path, { [b.key_param]: key }) };
  if (b.key_header !== undefined) {
    return { method: e.method, path: e.path, headers: { [b.key_header]: key }, body: {} };
  }
  return { method: e.method, path: e.path, body: { [b.key_field]: key } };
}

function hit(e: EndpointSpec, b: QuotaBehavior, key: string, n: number): AcceptanceStep {
  return {
    request: keyedRequest(e, b, key),
    expect: {
      status: 200,
      body_contains: aliased(b, { [b.key_field]: key, allowed: true, count: n, remaining: b.limit - n }),
    },
  };
}

function shown(b: QuotaBehavior, most = MOST_REQUESTS_SHOWN): boolean {
  // A token bucket refills while a check runs: only one whose token takes long enough to come back is shown.
  const quiet =
    b.algorithm === 'token_bucket' ? tokenMs(b) >= SHORTEST_CHECKED_WINDOW_SECONDS * 1000 : checkedWindow(b);
  return quiet && b.limit <= most;
}

/**
 * Worked example of a fixed window too large to walk through (a limit above `MOST_REQUESTS_SHOWN`, in a window
 * long enough for a check): a key's first three requests, each counted and counting down what remains; the
 * refusal past the limit is shown by the generated tests.
 */
function firstRequests(e: EndpointSpec, b: QuotaBehavior): DraftCheck | null {
  if (b.algorithm === 'token_bucket' || !checkedWindow(b)) return null;
  const key = `${e.id}-first`;
  return check(
    e,
    'happy',
    `The first 3 requests for one ${b.key_field.replace(/_/g, ' ')} are allowed and counted, remaining counting down from ${b.limit - 1} to ${b.limit - 3}.`,
    [1, 2, 3].map((n) => hit(e, b, key, n)),
  );
}

/** Worked example: every allowed request of one key, each answer counting down what remains. */
export function quotaHappyCheck(e: EndpointSpec, b: QuotaBehavior): DraftCheck | null {
  if (!shown(b)) return firstRequests(e, b);
  const key = `${e.id}-ok`;
  const steps = Array.from({ length: b.limit }, (_, i) => hit(e, b, key, i + 1));
  if (b.algorithm === 'token_bucket') {
    return check(
      e,
      'happy',
      `A full bucket of ${b.limit} tokens lets ${b.limit} requests for one ${b.key_field.replace(/_/g, ' ')} through, remaining counting down from ${b.limit - 1} to 0.`,
      steps,
    );
  }
  return check(
    e,
    'happy',
    `${b.limit} requests for one ${b.key_field.replace(/_/g, ' ')} are allowed, remaining counting down from ${b.limit - 1} to 0.`,
    steps,
  );
}

/** The error checks of a quota: one request over the limit answers 429 while another key is still allowed. */
export function quotaErrorCheck(e: EndpointSpec, b: QuotaBehavior, err: EndpointError): DraftCheck | null {
  if (err.status === 400) {
    return check(e, 'error', `A request without ${keyWhere(b)} answers 400 VALIDATION_FAILED.`, [
      {
        request: { method: e.method, path: e.path, body: {} },
        expect: { status: 400, body_contains: errorBody(err.code) },
      },
    ]);
  }
  if (err.status !== 429 || !shown(b, MOST_REQUESTS_REFUSED)) return null;
  const key = `${e.id}-429`;
  const other = `${e.id}-429-other`;
  const what = b.key_field.replace(/_/g, ' ');
  return check(
    e,
    'error',
    b.algorithm === 'token_bucket'
      ? `Once one ${what} has taken all ${b.limit} tokens of its bucket, its next request answers 429 RATE_LIMITED (a token is back only after ${tokenMs(b) / 1000} seconds); another ${what} is still allowed, and the refused request took nothing.`
      : `Request ${b.limit + 1} for one ${b.key_field.replace(/_/g, ' ')} within ${b.aligned === 'utc_month' ? 'one calendar month (UTC)' : b.aligned === 'utc' ? `one window of ${b.window_seconds} seconds on the UTC clock` : `${b.window_seconds} seconds`} answers 429 RATE_LIMITED; another ${b.key_field.replace(/_/g, ' ')} is still allowed, and the refused request was not counted.`,
    [
      ...Array.from({ length: b.limit }, (_, i) => hit(e, b, key, i + 1)),
      {
        request: keyedRequest(e, b, key),
        expect: { status: 429, body_contains: { ...errorBody(err.code), allowed: false, remaining: 0 } },
      },
      hit(e, b, other, 1),
      {
        request: keyedRequest(e, b, key),
        expect: { status: 429, body_contains: errorBody(err.code) },
      },
    ],
  );
}

/** Worked example of a usage endpoint: 0 for a key never counted, then the count of two requests. */
export function quotaUsageHappyCheck(
  c: SpecContract,
  e: EndpointSpec,
  b: QuotaUsageBehavior,
): DraftCheck | null {
  const quota = quotaOf(c, b);
  const counter = c.endpoints.find((x) => x.id === b.quota);
  if (!quota || !counter || !shown(quota) || quota.limit < 2) return null;
  const key = `${e.id}-ok`;
  const read = (k: string, count: number): AcceptanceStep => ({
    request: { method: e.method, path: fill(e.path, { [b.param]: k }) },
    expect: {
      status: 200,
      body_contains: aliased(quota, {
        [quota.key_field]: k,
        count,
        limit: quota.limit,
        remaining: quota.limit - count,
      }),
    },
  });
  return check(
    e,
    'happy',
    `A ${quota.key_field.replace(/_/g, ' ')} never counted has count 0; after two requests its count is 2 and ${quota.limit - 2} remain.`,
    [read(`${key}-never-seen`, 0), hit(counter, quota, key, 1), hit(counter, quota, key, 2), read(key, 2)],
  );
}
