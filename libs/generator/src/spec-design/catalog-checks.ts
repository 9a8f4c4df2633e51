import type { AcceptanceCheck, EndpointSpec } from '@sf/service-spec';
import type { Refusal, WorkedExample } from '../catalog/catalog-entry';
import type { ContractBuilder } from './contract-builder';
import { happyExampleCheck } from './happy-example-checks';

/*
 * The acceptance checks of a catalog endpoint: a worked example's request built from its inputs, and the
 * checks its worked examples and refusals become.
 */

/** The request of a worked example: path parameters in the path, the rest in the query string (GET) or the body. */
export function requestFor(
  e: EndpointSpec,
  all: Record<string, unknown>,
): AcceptanceCheck['steps'][number]['request'] {
  const fromPath = new Set((e.request.params ?? []).map((p) => p.name));
  const path = e.path.replace(/\{([a-z][a-z0-9_]*)\}/g, (_m, name: string) =>
    encodeURIComponent(String(all[name])),
  );
  const input = Object.fromEntries(Object.entries(all).filter(([k]) => !fromPath.has(k)));
  if (e.method !== 'GET') return { method: e.method, path, body: input };
  const query = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)]));
  return Object.keys(query).length > 0 ? { method: e.method, path, query } : { method: e.method, path };
}

/** The status a refusal answers: its own, else 400 — or the status the endpoint restates its validation with. */
function statusOf(e: EndpointSpec, x: Refusal): number {
  const restated = e.behavior.kind === 'function' ? e.behavior.refusal_status : undefined;
  return restated !== undefined && x.code === undefined && (x.status ?? 400) === 400
    ? restated
    : (x.status ?? 400);
}

/** Adds the checks of `examples` and `refusals` to endpoint `e`, each once. */
export function addChecks(
  b: ContractBuilder,
  e: EndpointSpec,
  examples: WorkedExample[],
  refusals: Refusal[],
): void {
  const checks: AcceptanceCheck[] = [
    ...examples.map((x) => happyExampleCheck(e.id, requestFor(e, x.input), x)),
    ...refusals.map((x): AcceptanceCheck => ({
      id: 'draft',
      endpoint_id: e.id,
      description: x.description,
      kind: 'error',
      steps: [
        {
          request: requestFor(e, x.input),
          expect: {
            status: statusOf(e, x),
            body_contains: { error: { code: x.code ?? 'VALIDATION_FAILED' } },
          },
        },
      ],
    })),
  ];
  // Two features may ask for the same refusal (an unknown discount code): the endpoint shows it once.
  const known = new Set(
    b.contract.acceptance.filter((c) => c.endpoint_id === e.id).map((c) => `${c.kind} ${c.description}`),
  );
  b.contract.acceptance.push(...checks.filter((c) => !known.has(`${c.kind} ${c.description}`)));
}
