import {
  GUARD_QUOTA,
  guardQuotaOf,
  quotaKeySource,
  readFeatureLiterals,
  readsGuardQuota,
  type AcceptanceStep,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import { check, type DraftCheck } from './acceptance-steps';
import type { ContractBuilder } from './contract-builder';
import type { GuardPlan } from './guard-plan';
import { fold } from './lexicon';
import { aliasesOf, readQuota, REQUESTS, USAGE } from './quota-features';

/*
 * A status read of the guards' quota (header-guard.ts): "GET /quota with header X-Api-Key returns {"remaining":
 * integer} and does not count as a call", "GET /kontingent zeigt die verbleibenden Aufrufe des Schlüssels", "show
 * how many calls a key has left". The caller is named by the guard's header, the read is never counted, and it
 * answers `count`, `limit`, `remaining` and `reset_seconds` (and the names the feature writes for what is left or
 * used). A usage read that names its key in the path, or writes an answer of other fields, is not this read.
 */

/** Words of what a quota counts, beside a word of usage: "remaining calls", "verbleibende Aufrufe", "cuota". */
const COUNTED = /\b(quota|cuota|cota|kontingent|contingent|contingente|allowance|rate limit|limite)\b/;

/** Answer names a usage read answers, beside the names a feature writes for what is left or used. */
const READ_NAMES = ['count', 'limit', 'remaining', 'reset_seconds', 'used'];

/**
 * Realises `feature` as a status read of the guards' quota when the plan counts calls by its header and the
 * feature asks what a caller has used or has left; false when it is no such read.
 */
export function realiseGuardUsage(b: ContractBuilder, plan: GuardPlan | null, feature: string): boolean {
  if (plan === null || plan.quotas.length === 0 || readQuota(feature) !== null) return false;
  const text = fold(feature).replace(/[’'`]/g, ' ');
  const aliases = aliasesOf(feature);
  // A written answer naming what is left or used (`{"verbraucht", "verbleibend"}`) says what is counted.
  const namesUsage = aliases.remaining_as !== undefined || aliases.count_as !== undefined;
  if (!USAGE.test(text) || !(REQUESTS.test(text) || COUNTED.test(text) || namesUsage)) return false;
  const literals = readFeatureLiterals(feature);
  const route =
    literals.routes.length === 1 ? literals.routes[0] : literals.routes.length === 0 ? null : undefined;
  if (route === undefined || (route !== null && (route.method !== 'GET' || route.path.includes('{'))))
    return false;
  const source = quotaKeySource(feature);
  if (source !== null && !('header' in source && source.header === plan.header)) return false;
  const known = [...READ_NAMES, aliases.remaining_as, aliases.count_as];
  if (aliases.reset_at_as !== undefined || literals.response.some((f) => !known.includes(f.name)))
    return false;
  const e = b.endpoint(
    'GET',
    route?.path ?? '/usage',
    { kind: 'quota_usage', quota: GUARD_QUOTA, param: 'key' },
    feature,
  );
  const words = [...new Set([...text.matchAll(new RegExp(USAGE.source, 'g'))].map((m) => m[1]))];
  if (!e.summary.includes(' Written in the intent as: '))
    e.summary = `${e.summary} Written in the intent as: ${words.join(', ')}.`;
  return true;
}

/** The names a guard quota answers besides its own, from the features its usage reads realise. */
export function guardUsageNames(endpoints: EndpointSpec[]): { remaining_as?: string; count_as?: string } {
  const reads = endpoints.filter(
    (e) => e.behavior.kind === 'quota_usage' && e.behavior.quota === GUARD_QUOTA,
  );
  const names = reads.flatMap((e) => e.features.map(aliasesOf));
  const left = names.find((n) => n.remaining_as)?.remaining_as;
  const used = names.find((n) => n.count_as)?.count_as;
  return { ...(left ? { remaining_as: left } : {}), ...(used ? { count_as: used } : {}) };
}

/** Whether `e` reads the guards' quota (its guard checks the header, and counts nothing). */
export function readsGuardUsage(e: EndpointSpec): boolean {
  return readsGuardQuota(e.behavior);
}

/** The documentation of a usage read of the guards' quota. */
export function guardUsageDocs(c: SpecContract): { request: EndpointRequest; responses: EndpointResponse[] } {
  const quota = guardQuotaOf(c.endpoints);
  const limit = quota?.limit ?? 1;
  return {
    request: {},
    responses: [
      {
        status: 200,
        description:
          "The caller's calls counted in its current window (0 when it has none or it ended), what remains of the limit and the seconds until the window resets; reading is never counted",
        example: withNames(c, {
          count: 1,
          limit,
          remaining: limit - 1,
          reset_seconds: quota?.window_seconds ?? 1,
        }),
      },
    ],
  };
}

function withNames(c: SpecContract, body: { count: number; remaining: number } & Record<string, number>) {
  const quota = guardQuotaOf(c.endpoints);
  return {
    ...body,
    ...(quota?.remaining_as ? { [quota.remaining_as]: body.remaining } : {}),
    ...(quota?.count_as ? { [quota.count_as]: body.count } : {}),
  };
}

/**
 * The worked example of a usage read of the guards' quota: a caller never counted has used 0; after one counted
 * call (`counted`, any guarded endpoint's request of its own) it has used 1, and reading again leaves it at 1.
 */
export function guardUsageCheck(
  c: SpecContract,
  e: EndpointSpec,
  counted: AcceptanceStep,
): DraftCheck | null {
  const quota = guardQuotaOf(c.endpoints);
  const header = e.guard?.header;
  if (!quota || header === undefined) return null;
  const caller = `usage-caller-${e.id}`;
  const read = (count: number): AcceptanceStep => ({
    request: { method: e.method, path: e.path, headers: { [header]: caller } },
    expect: {
      status: 200,
      body_contains: withNames(c, { count, limit: quota.limit, remaining: quota.limit - count }),
    },
  });
  const call: AcceptanceStep = {
    ...counted,
    request: { ...counted.request, headers: { ...counted.request.headers, [header]: caller } },
  };
  return check(
    e,
    'happy',
    `A caller never counted has used 0 of ${quota.limit}; after one call it has used 1 and ${quota.limit - 1} remain, and reading again counts nothing.`,
    [read(0), call, read(1), read(1)],
  );
}
