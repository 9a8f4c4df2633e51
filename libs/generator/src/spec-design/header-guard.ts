import {
  MISSING_API_KEY,
  quotaKeySource,
  readFeatureLiterals,
  readHeaderRequirement,
  saysKeysApart,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { readQuota } from './quota-features';
import { readTokenBucket } from './token-bucket-features';
import { guardUsageNames, readsGuardUsage } from './guard-usage';
import type { GuardPlan } from './guard-plan';
import { callsLeftName, onlySaysCallsLeft, withoutCallsLeft } from './guard-answers';

/*
 * A header every call must carry ("callers identify with an X-Api-Key header; a request without it returns 401")
 * and the per-key quota counted by it ("each key may make 5 calls per minute; the 6th gets 429"): a guard on every
 * endpoint of the service, not an endpoint of its own. The features are read before the others are designed (a
 * quota said beside a header requirement is the guard's, never a `POST /hit` of its own) and settled once every
 * endpoint is there. Which keys are accepted: any non-empty value identifies a caller, since the intent names no
 * list of keys (a feature that asks for only some keys is not read: readHeaderRequirement).
 */

/** "with header X-Api-Key", "mit dem Header X-Api-Key", "com o cabeçalho X-Api-Key": the header said inside a route's clause. */
const CARRYING_HEADER =
  /\s*\b(?:with|using|carrying|mit|con|com|avec)\s+(?:(?:the|an?|dem|einem|la|el|o|um|l|le|un|una)['’\s]\s*)?(?:request\s+)?(?:header|cabecera|cabe[cç]alho|en-t[eê]te|encabezado|kopfzeile)\s+["'`]?x-[a-z0-9-]+["'`]?/gi;
/** "without the header 401", "sem o cabeçalho, 401", "ohne Header 401": the guard's refusal, said by its header word. */
const WITHOUT_HEADER =
  /^\s*(?:without|no|missing|ohne|sin|sem|sans|senza)\b[^/]*\b(?:header|cabecera|cabe[cç]alho|en-t[eê]te|encabezado|kopfzeile|key|schl[uü]ssel|clave|chave|cl[eé]|chiave)\b[^/]*\b40[01]\b\W*$/i;

/** The clauses of a feature that say nothing of the guard: what is left of its route once they are gone. */
export function withoutGuardClauses(feature: string): string {
  return withoutCallsLeft(feature)
    .split(/;\s*/)
    .filter(
      (part) =>
        readHeaderRequirement(part) === null && readQuota(part) === null && !WITHOUT_HEADER.test(part),
    )
    .map((part) => part.replace(CARRYING_HEADER, ''))
    .join('; ');
}

/** The guard the features ask for, or null when none requires a header (or they name two headers). */
export function planGuard(features: string[]): GuardPlan | null {
  const requiring = features.filter((f) => readHeaderRequirement(f) !== null);
  const headers = new Set(requiring.map((f) => readHeaderRequirement(f)?.header));
  const statuses = new Set(requiring.map((f) => readHeaderRequirement(f)?.status ?? 401));
  if (headers.size !== 1 || statuses.size !== 1) return null;
  const [header] = [...headers] as string[];
  const quotas = features.flatMap((feature) => {
    // A route of its own ("POST /search is limited to …") is a quota endpoint, read as before.
    const own = readFeatureLiterals(withoutGuardClauses(feature)).routes.length > 0;
    const quota = own || readTokenBucket(feature) !== null ? null : readQuota(feature);
    if (quota === null) return [];
    const source = quotaKeySource(feature);
    if (source !== null && !('header' in source && source.header === header)) return [];
    return [{ feature, ...quota }];
  });
  const counted = quotas.slice(0, 1);
  const answer = counted.length === 0 ? undefined : callsLeftName(features, counted[0].window_seconds);
  return {
    header,
    status: [...statuses][0],
    requiring,
    quotas: counted,
    ...(answer === undefined ? {} : { answer_as: answer }),
    // A feature saying only that every answer carries the calls left, or that each key counts apart, is the guard's.
    answering: [
      ...(answer === undefined ? [] : features.filter(onlySaysCallsLeft)),
      ...(counted.length === 0 ? [] : features.filter(saysKeysApart)),
    ],
  };
}

/** Whether the plan realises `feature` itself, once every endpoint is designed (no route of its own to design). */
export function settledByGuard(plan: GuardPlan | null, feature: string): boolean {
  if (plan === null) return false;
  const mine =
    plan.requiring.includes(feature) ||
    plan.quotas.some((q) => q.feature === feature) ||
    plan.answering.includes(feature);
  return mine && readFeatureLiterals(withoutGuardClauses(feature)).routes.length === 0;
}

/** Puts the guard on every endpoint, with the features it realises, its header, its errors and its words. */
export function settleGuard(b: ContractBuilder, plan: GuardPlan | null): void {
  if (plan === null || b.contract.endpoints.length === 0) return;
  const planned = plan.quotas[0];
  const counted = [...plan.requiring, ...plan.quotas.map((q) => q.feature), ...plan.answering];
  const names = guardUsageNames(b.contract.endpoints);
  for (const e of b.contract.endpoints) {
    // A read of the guards' quota checks the header, but is never counted: the quota's features are not its own.
    const reads = readsGuardUsage(e);
    const quota = reads ? undefined : planned;
    const features = reads ? plan.requiring : counted;
    e.guard = {
      header: plan.header,
      ...(plan.status === 400 ? { missing_status: plan.status } : {}),
      ...(quota
        ? {
            quota: {
              limit: quota.limit,
              window_seconds: quota.window_seconds,
              ...names,
              ...(plan.answer_as === undefined ? {} : { answer_as: plan.answer_as }),
            },
          }
        : {}),
    };
    for (const f of features) if (!e.features.includes(f)) e.features.push(f);
    e.request.headers = [
      ...(e.request.headers ?? []).filter((h) => h.name !== plan.header),
      {
        name: plan.header,
        required: true,
        description: `Identifies the caller: any non-empty value (the service keeps no list of keys)${quota ? `; counted per value, at most ${quota.limit} calls in ${quota.window_seconds} seconds` : ''}`,
        example: 'key-a',
      },
    ];
    e.errors = [
      {
        status: plan.status,
        code: MISSING_API_KEY,
        when: `header ${plan.header} is missing or empty: refused before anything else is read`,
      },
      ...e.errors.filter((x) => x.status !== 401 && x.code !== MISSING_API_KEY),
      ...(quota && !e.errors.some((x) => x.status === 429)
        ? [
            {
              status: 429,
              code: 'RATE_LIMITED',
              when: `call ${quota.limit + 1} (or later) with one ${plan.header} value within ${quota.window_seconds} seconds, counted across every endpoint: not counted; the body adds remaining 0 and reset_seconds, header retry-after the seconds to wait`,
            },
          ]
        : []),
    ];
    const said = [plan.header, ...features.flatMap(guardWords)];
    const words = [...new Set(said)].join(', ');
    if (!e.summary.includes(' Every call carries header '))
      e.summary = `${e.summary} Every call carries header ${plan.header}: without it (or with it empty) ${plan.status} ${MISSING_API_KEY}, any non-empty value identifies the caller${quota ? `; at most ${quota.limit} calls per ${plan.header} value in ${quota.window_seconds} seconds, counted across the endpoints, call ${quota.limit + 1} answers 429` : ''}. Written in the intent as: ${words}.`;
  }
}

/** The words of a guard feature, folded, that a realisation carries (all of them but numbers and short words). */
function guardWords(feature: string): string[] {
  return feature
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 3);
}

/** The guard of the endpoint a request goes to, if any. */
export function guardOf(c: SpecContract, method: string, path: string): EndpointSpec['guard'] {
  const shape = (p: string) => p.split('?')[0].replace(/\{[^}]*\}/g, '{}');
  const segments = (p: string) => shape(p).split('/');
  return c.endpoints.find((e) => {
    if (e.method !== method) return false;
    const want = segments(e.path);
    const got = segments(path);
    return (
      want.length === got.length && want.every((s, i) => s === '{}' || s === got[i] || got[i].includes('{{'))
    );
  })?.guard;
}
