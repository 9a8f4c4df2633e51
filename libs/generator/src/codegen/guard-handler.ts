import {
  MISSING_API_KEY,
  guardQuotaOf,
  missingStatus,
  type EndpointGuard,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import { camelCase, key, prop, str } from './code-text';

/*
 * Endpoint guards in the generated handlers (header-guard.ts in service-spec): the header checked before the
 * endpoint reads anything, then the caller's call counted in one fixed window per header value, shared by every
 * guarded endpoint. The lines sit in a block of their own, so their locals never meet the behaviour's.
 */

/** The `quotaStores` key of the guards' window map (no endpoint id starts with `@`). */
export const GUARD_WINDOWS = '@guard';

/** `ServiceState` window maps: one per quota endpoint, and one for the guards' quota when there is one. */
export function quotaStoresOf(contract: SpecContract, claim: (name: string) => string): Map<string, string> {
  const stores = new Map<string, string>();
  for (const e of contract.endpoints) {
    if (e.behavior.kind === 'quota') stores.set(e.id, claim(`${camelCase(e.id)}Windows`));
  }
  if (contract.endpoints.some((e) => e.guard?.quota)) stores.set(GUARD_WINDOWS, claim('callerWindows'));
  return stores;
}

/** What the guard lines need from the handler writer. */
export interface GuardNames {
  kit(name: string): string;
  /** An error body expression in the contract's shape, from code and message expressions. */
  errorBody(code: string, message: string): string;
}

/**
 * The first lines of a guarded handler: 401 (or the 400 the feature writes) without the header (or with it empty); with a quota, 429 once the
 * caller's window holds `limit` calls (not counted), else the call counted.
 */
export function guardLines(guard: EndpointGuard, store: string | undefined, names: GuardNames): string[] {
  const missing = `header ${guard.header} is required: any non-empty value identifies the caller`;
  const check = [
    `const caller = ${names.kit('headerText')}(ctx.headers, ${str(guard.header)}).trim();`,
    `if (caller === '') throw new ${names.kit('HttpError')}(${missingStatus(guard)}, ${str(MISSING_API_KEY)}, ${str(missing)});`,
  ];
  const quota = guard.quota;
  if (!quota || store === undefined) return ['{', ...check.map((l) => `  ${l}`), '}'];
  const windows = `ctx.state${prop(store)}`;
  const over = `more than ${quota.limit} calls for this ${guard.header} in ${quota.window_seconds} seconds`;
  return [
    '{',
    ...[
      ...check,
      'const now = ctx.state.now();',
      `const windowMs = ${quota.window_seconds * 1000};`,
      `let current = ${windows}.get(caller);`,
      'if (current === undefined || now - current.start >= windowMs) {',
      '  current = { start: now, count: 0 };',
      `  ${windows}.set(caller, current);`,
      '}',
      'const resetSeconds = Math.max(1, Math.ceil((current.start + windowMs - now) / 1000));',
      `if (current.count >= ${quota.limit}) {`,
      '  return {',
      '    status: 429,',
      `    body: { ...${names.errorBody("'RATE_LIMITED'", str(over))}, remaining: 0, reset_seconds: resetSeconds },`,
      `    headers: { 'retry-after': String(resetSeconds), 'x-ratelimit-limit': ${str(String(quota.limit))}, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetSeconds) },`,
      '  };',
      '}',
      'current.count += 1;',
      ...(quota.answer_as === undefined ? [] : [`${CALLS_LEFT} = ${quota.limit} - current.count;`]),
    ].map((l) => `  ${l}`),
    '}',
  ];
}

/** The handler local holding the calls a caller has left after this one (guards whose quota answers it). */
const CALLS_LEFT = 'guardCallsLeft';

/**
 * The lines of a guarded handler around the behaviour's own lines (`body`): the guard first; when its quota answers
 * what is left (`answer_as`), the behaviour runs in a function of its own and a 2xx answer that is a JSON object
 * gets the calls left added under that name (arrays, errors and other answers are sent as they are).
 */
export function guardedHandlerLines(
  e: EndpointSpec,
  quotaStores: Map<string, string>,
  names: GuardNames,
  body: string[],
  waits: boolean,
): string[] {
  const name = e.guard?.quota?.answer_as;
  const guard = guarded(e, quotaStores, names);
  if (name === undefined || guard.length === 0) return [...guard, ...body];
  const opening = waits ? 'await (async (): Promise<Reply> => {' : '((): Reply => {';
  return [
    `let ${CALLS_LEFT} = 0;`,
    ...guard,
    `const guardedReply = ${opening}`,
    ...body.map((l) => `  ${l}`),
    '})();',
    'const guardedAnswer = guardedReply.body;',
    "if (guardedReply.status >= 300 || typeof guardedAnswer !== 'object' || guardedAnswer === null || Array.isArray(guardedAnswer))",
    '  return guardedReply;',
    `return { ...guardedReply, body: { ...(guardedAnswer as Record<string, unknown>), ${key(name)}: ${CALLS_LEFT} } };`,
  ];
}

/** The guard lines of endpoint `e` (none when it has no guard). */
export function guarded(e: EndpointSpec, quotaStores: Map<string, string>, names: GuardNames): string[] {
  return e.guard ? guardLines(e.guard, quotaStores.get(GUARD_WINDOWS), names) : [];
}

/**
 * A usage read of the guards' quota (`quota_usage` of GUARD_QUOTA): the count of the caller named by the endpoint's
 * own guard header in its current window (0 when it has none or it ended), what remains and when it resets; the
 * endpoint's guard carries no quota, so the read is never counted.
 */
export function guardUsageLines(
  contract: SpecContract,
  endpoint: string,
  quotaStores: Map<string, string>,
  kit: (name: string) => string,
): string[] {
  const header = contract.endpoints.find((e) => e.id === endpoint)?.guard?.header;
  const quota = guardQuotaOf(contract.endpoints);
  const store = quotaStores.get(GUARD_WINDOWS);
  if (header === undefined || quota === undefined || store === undefined)
    throw new Error(`${endpoint} reads the guards' quota, but has no guard header or no guard counts`);
  const aliases = [
    ...(quota.remaining_as === undefined ? [] : [`, ${key(quota.remaining_as)}: ${quota.limit} - count`]),
    ...(quota.count_as === undefined ? [] : [`, ${key(quota.count_as)}: count`]),
  ].join('');
  return [
    `const caller = ${kit('headerText')}(ctx.headers, ${str(header)}).trim();`,
    'const now = ctx.state.now();',
    `const windowMs = ${quota.window_seconds * 1000};`,
    `const current = ctx.state${prop(store)}.get(caller);`,
    'const active = current !== undefined && now - current.start < windowMs ? current : undefined;',
    'const count = active === undefined ? 0 : active.count;',
    'const resetSeconds = active === undefined ? 0 : Math.max(1, Math.ceil((active.start + windowMs - now) / 1000));',
    `return { status: 200, body: { count, limit: ${quota.limit}, remaining: ${quota.limit} - count, reset_seconds: resetSeconds${aliases} } };`,
  ];
}
