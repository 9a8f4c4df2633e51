import {
  MISSING_API_KEY,
  missingStatus,
  type AcceptanceStep,
  type EndpointGuard,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import { errorBody, fill, type DraftCheck } from './acceptance-steps';
import { guardOf } from './header-guard';
import { guardUsageCheck, readsGuardUsage } from './guard-usage';
import { SHORTEST_CHECKED_WINDOW_SECONDS } from './quota-endpoints';

/*
 * The worked examples of endpoint guards (header-guard.ts): a call without the header answers 401 on every guarded
 * endpoint; a per-key quota lets `limit` calls of one key through and refuses the next with 429 while another key
 * is still served. Every other step of the pack carries the header, each with a caller value of its own, so no
 * check spends another's quota.
 */

/** Most calls a quota's worked example makes with one key. */
const MOST_CALLS_SHOWN = 25;
/** Caller values given to steps that only need to get through the guard. */
const CALLER = /^guard-caller-\d+$/;

const WITHOUT = 'A call without header ';
const QUOTA = 'Calls with one value of header ';

/** The request of `e` a check sends when it only needs to reach the endpoint. */
function reaching(e: EndpointSpec): AcceptanceStep['request'] {
  const query = Object.fromEntries(
    (e.request.query ?? [])
      .filter((q) => q.required && q.example !== undefined && q.example !== null)
      .map((q) => [q.name, String(q.example)]),
  );
  return {
    method: e.method,
    path: fill(e.path, {}),
    ...(Object.keys(query).length > 0 ? { query } : {}),
    ...(e.request.body ? { body: e.request.body.example } : {}),
  };
}

/** The 401 (or the 400 the feature writes) of a call without the header. */
function withoutHeader(e: EndpointSpec, guard: EndpointGuard): DraftCheck {
  const status = missingStatus(guard);
  return {
    endpoint_id: e.id,
    kind: 'error',
    description: `${WITHOUT}${guard.header} answers ${status} ${MISSING_API_KEY}, before anything else is read.`,
    steps: [
      {
        request: { ...reaching(e), headers: {} },
        expect: { status, body_contains: errorBody(MISSING_API_KEY) },
      },
    ],
  };
}

/**
 * A request of its own (no saved values) that a happy check of `e` starts with: the one a quota's example repeats
 * (a create's first step, before the read that uses its id).
 */
function repeatable(checks: DraftCheck[], e: EndpointSpec): AcceptanceStep | undefined {
  const own = checks.find(
    (c) =>
      c.endpoint_id === e.id &&
      c.kind === 'happy' &&
      c.steps.length > 0 &&
      c.steps[0].request.method === e.method &&
      !JSON.stringify(c.steps[0].request).includes('{{') &&
      !c.steps[0].request.path.includes('{') &&
      c.steps[0].expect.status < 300,
  );
  if (!own) return undefined;
  const { save: _save, ...step } = own.steps[0];
  return step;
}

/**
 * The 429 past a key's limit on each counted endpoint, another key still served: one repeatable call (of any counted
 * endpoint) fills a caller's window, since the window is shared; another caller is still served, and the endpoint's
 * own call (its last step) is refused. Each example has callers of its own, so one never spends another's quota.
 */
function pastLimit(c: SpecContract, checks: DraftCheck[]): DraftCheck[] {
  const counted = c.endpoints.filter((e) => {
    const quota = e.guard?.quota;
    return (
      quota && quota.limit <= MOST_CALLS_SHOWN && quota.window_seconds >= SHORTEST_CHECKED_WINDOW_SECONDS
    );
  });
  const fillerOf = counted.find((e) => repeatable(checks, e) !== undefined);
  const filler = fillerOf && repeatable(checks, fillerOf);
  if (!fillerOf || !filler) return [];
  const left = fillerOf.guard?.quota?.answer_as;
  const objectAnswer = fillerOf.responses.some((r) => r.status < 300 && isObject(r.example));
  // A quota whose answers carry the calls left shows them counting down on the filler's answers.
  const counting = (step: AcceptanceStep, k: number, limit: number): AcceptanceStep =>
    left === undefined || !objectAnswer || step.expect.status >= 300
      ? step
      : {
          ...step,
          expect: {
            ...step.expect,
            body_contains: {
              ...(isObject(step.expect.body_contains) ? step.expect.body_contains : {}),
              [left]: limit - 1 - k,
            },
          },
        };
  return counted.map((e, i) => {
    const quota = e.guard?.quota ?? { limit: 0, window_seconds: 0 };
    const header = e.guard?.header ?? '';
    const as = (step: AcceptanceStep, caller: string): AcceptanceStep => ({
      ...step,
      request: { ...step.request, headers: { ...step.request.headers, [header]: caller } },
    });
    const own = repeatable(checks, e) ?? { request: reaching(e), expect: { status: 200 } };
    const a = `quota-caller-${i + 1}-a`;
    return {
      endpoint_id: e.id,
      kind: 'error',
      description: `${QUOTA}${header} get ${quota.limit} answers in ${quota.window_seconds} seconds${left !== undefined && objectAnswer ? `, each with ${left} the calls left after it` : ''}; call ${quota.limit + 1} answers 429 RATE_LIMITED with remaining 0, while another value is still answered.`,
      steps: [
        ...Array.from({ length: quota.limit }, (_, k) => counting(as(filler, a), k, quota.limit)),
        as(filler, `quota-caller-${i + 1}-b`),
        {
          request: as(own, a).request,
          expect: { status: 429, body_contains: { ...errorBody('RATE_LIMITED'), remaining: 0 } },
        },
      ],
    };
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The checks with the guards' own examples added (once) and the header sent on every other step to a guarded
 * endpoint, each with a caller value of its own.
 */
export function withGuardChecks(c: SpecContract, checks: DraftCheck[]): DraftCheck[] {
  if (!c.endpoints.some((e) => e.guard)) return checks;
  const out = checks.map((x) => ({ ...x, steps: x.steps.map((s) => ({ ...s })) }));
  for (const e of c.endpoints) {
    if (e.guard && !out.some((x) => x.endpoint_id === e.id && x.description.startsWith(WITHOUT)))
      out.push(withoutHeader(e, e.guard));
  }
  let caller = 0;
  for (const check of out) {
    if (check.description.startsWith(WITHOUT) || check.description.startsWith(QUOTA)) continue;
    for (const step of check.steps) {
      const guard = guardOf(c, step.request.method, step.request.path);
      if (!guard) continue;
      const sent = step.request.headers?.[guard.header];
      if (sent !== undefined && !CALLER.test(sent)) continue;
      caller += 1;
      step.request = {
        ...step.request,
        headers: { ...step.request.headers, [guard.header]: `guard-caller-${caller}` },
      };
    }
  }
  if (!out.some((x) => x.description.startsWith(QUOTA))) out.push(...pastLimit(c, out));
  const filler = c.endpoints
    .filter((e) => e.guard?.quota)
    .map((e) => repeatable(out, e))
    .find((s) => s);
  for (const e of c.endpoints.filter(readsGuardUsage)) {
    const usage =
      filler && !out.some((x) => x.endpoint_id === e.id && x.kind === 'happy')
        ? guardUsageCheck(c, e, filler)
        : null;
    if (usage) out.push(usage);
  }
  return out;
}
