import type { QuotaBehavior } from '@sf/service-spec';
import { key, prop, str } from './code-text';

/*
 * Token buckets (`quota` with `algorithm: "token_bucket"`). A bucket's level is kept in token-milliseconds (one
 * token = `window_seconds * 1000` units, `refill_tokens` units flow back per millisecond), so every refill and
 * every take is integer arithmetic: a bucket that should hold exactly one token after 500 ms holds exactly one,
 * whatever the floating-point rounding of a rate would say.
 */

/** What a bucket handler needs from the handler writer (a part of `RecordHandlerNames`, which it is given). */
interface BucketNames {
  validation(name: string): string;
  kit(name: string): string;
  param(name: string): string;
  errorBody(code: string, message: string): string;
}

/** Lines computing `level` (the key's units now, refilled and capped) from `bucket`, full when it has none. */
function levelLines(b: QuotaBehavior, bucket: string): string[] {
  return [
    `const windowMs = ${b.window_seconds * 1000};`,
    `const capacity = ${b.limit * b.window_seconds * 1000};`,
    `const level = ${bucket} === undefined ? capacity : Math.min(capacity, ${bucket}.level + Math.max(0, now - ${bucket}.at) * ${b.refill_tokens ?? b.limit});`,
  ];
}

/** Whole seconds until `units` more units have flowed back. */
function secondsFor(b: QuotaBehavior, units: string): string {
  return `Math.ceil(Math.ceil(${units} / ${b.refill_tokens ?? b.limit}) / 1000)`;
}

/** The rate-limit headers of an answer: limit, whole tokens left, and seconds until the bucket is full. */
export function rateLimitHeaders(limit: number, remaining: string, reset: string): string {
  return `'x-ratelimit-limit': ${str(String(limit))}, 'x-ratelimit-remaining': String(${remaining}), 'x-ratelimit-reset': String(${reset})`;
}

/**
 * Lines of both quota kinds reading the key: from its path parameter, from its header (400 VALIDATION_FAILED when
 * missing or empty), else from the JSON body (the same 400).
 */
export function quotaKeyLines(b: QuotaBehavior, names: BucketNames): string[] {
  if (b.key_param !== undefined) return [`const key = ${names.param(b.key_param)};`];
  if (b.key_header !== undefined) {
    return [
      `const key = ${names.kit('headerText')}(ctx.headers, ${str(b.key_header)}).trim();`,
      `if (key === '') throw ${names.kit('validationFailed')}([${str(`header ${b.key_header} is required and must not be empty`)}]);`,
    ];
  }
  return [
    `const input = ${names.validation('bodyObject')}(ctx.body);`,
    'const problems: string[] = [];',
    `const key = ${names.validation('requiredField')}(input, ${str(b.key_field)}, ${names.validation('isNonEmptyString')}, problems);`,
    `if (key === undefined || problems.length > 0) throw ${names.kit('validationFailed')}(problems);`,
  ];
}

/** The further answer names a quota's feature writes for what is left and used (`, left: …, used: …`), or ''. */
export function quotaAliases(b: QuotaBehavior, remaining: string, count: string, reset: string): string {
  return [
    ...(b.remaining_as === undefined ? [] : [`, ${key(b.remaining_as)}: ${remaining}`]),
    ...(b.count_as === undefined ? [] : [`, ${key(b.count_as)}: ${count}`]),
    ...(b.reset_at_as === undefined
      ? []
      : [`, ${key(b.reset_at_as)}: new Date(now + ${reset} * 1000).toISOString()`]),
  ].join('');
}

/** The 429 RATE_LIMITED answer of both quota kinds, telling to retry after the seconds in variable `wait`. */
export function rateLimitedLines(
  b: QuotaBehavior,
  message: string,
  wait: string,
  names: BucketNames,
): string[] {
  return [
    '  return {',
    '    status: 429,',
    `    body: { ...${names.errorBody("'RATE_LIMITED'", str(message))}, allowed: false, remaining: 0, retry_after: ${wait}, reset_seconds: ${wait}${quotaAliases(b, '0', String(b.limit), wait)} },`,
    `    headers: { 'retry-after': String(${wait}), ${rateLimitHeaders(b.limit, '0', wait)} },`,
    '  };',
  ];
}

/**
 * `quota` as a token bucket: the key read from the body (400 when missing or empty), its bucket refilled up to
 * now (full at the key's first request), 429 RATE_LIMITED with the seconds until one token is back when it holds
 * less than one, else one token taken and 200 with the whole tokens left.
 */
export function tokenBucketLines(b: QuotaBehavior, store: string, names: BucketNames): string[] {
  const buckets = `ctx.state${prop(store)}`;
  const message = `no token left for this ${b.key_field.replace(/_/g, ' ')}: ${b.limit} at most, ${b.refill_tokens ?? b.limit} back every ${b.window_seconds} seconds`;
  return [
    ...quotaKeyLines(b, names),
    'const now = ctx.state.now();',
    `const held = ${buckets}.get(key);`,
    ...levelLines(b, 'held'),
    'const bucket = { level, at: now };',
    `${buckets}.set(key, bucket);`,
    'if (bucket.level < windowMs) {',
    `  const retryAfter = Math.max(1, ${secondsFor(b, '(windowMs - bucket.level)')});`,
    ...rateLimitedLines(b, message, 'retryAfter', names),
    '}',
    'bucket.level -= windowMs;',
    'const remaining = Math.floor(bucket.level / windowMs);',
    `const resetSeconds = ${secondsFor(b, '(capacity - bucket.level)')};`,
    'return {',
    '  status: 200,',
    `  body: { ${key(b.key_field)}: key, allowed: true, count: ${b.limit} - remaining, limit: ${b.limit}, remaining, reset_seconds: resetSeconds${quotaAliases(b, 'remaining', `${b.limit} - remaining`, 'resetSeconds')} },`,
    `  headers: { ${rateLimitHeaders(b.limit, 'remaining', 'resetSeconds')} },`,
    '};',
  ];
}

/** `quota_usage` of a token bucket: the whole tokens the key's bucket holds now (full when unknown); takes none. */
export function tokenBucketUsageLines(
  quota: QuotaBehavior,
  store: string,
  param: string,
  names: BucketNames,
): string[] {
  return [
    `const key = ${names.param(param)};`,
    'const now = ctx.state.now();',
    `const held = ctx.state${prop(store)}.get(key);`,
    ...levelLines(quota, 'held'),
    'const remaining = Math.floor(level / windowMs);',
    `const resetSeconds = ${secondsFor(quota, '(capacity - level)')};`,
    'return {',
    '  status: 200,',
    `  body: { ${key(quota.key_field)}: key, count: ${quota.limit} - remaining, limit: ${quota.limit}, remaining, reset_seconds: resetSeconds${quotaAliases(quota, 'remaining', `${quota.limit} - remaining`, 'resetSeconds')} },`,
    '};',
  ];
}
