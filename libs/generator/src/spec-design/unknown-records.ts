import { routesOfUnknownRecords, type EndpointSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { MISSING_ID, errorBody } from './acceptance-steps';
import { claimComputation } from './refusal-features';
import { type Step } from './input-rules-records';
import { asSaid } from '../catalog/feature-words';

/*
 * A group of a refusal list saying an unknown record is a 404 ("taking from an unknown sku returns 404",
 * "unbekannte Artikel 404"; `refusal-list.ts` in service-spec): it binds to the routes of the store whose path
 * parameter or name it names, narrowed to the action it names, each answering 404 for a record that is not
 * there (every route of a store reading a record by its path parameter does). Words naming no such route leave
 * the group (and its feature) unbound.
 */

/**
 * A request the route takes but for its record: the path parameter no record has, and the body it reads (a
 * movement's amount, 1, when its body is not documented yet); null when its body is not known while designing
 * (the acceptance writer's own 404 check then shows it).
 */
function requestFor(
  e: EndpointSpec,
): { method: EndpointSpec['method']; path: string; body?: unknown } | null {
  const path = e.path.replace(/\{[^}]+\}/g, MISSING_ID);
  const b = e.behavior;
  if (b.kind === 'adjust') return { method: e.method, path, body: { [b.amount_field]: 1 } };
  const example = e.request.body?.example;
  if (example !== null && typeof example === 'object' && !Array.isArray(example))
    return { method: e.method, path, body: example };
  return e.method === 'GET' || e.method === 'DELETE' || BODILESS.has(b.kind)
    ? { method: e.method, path }
    : null;
}

/** Kinds whose routes read no body. */
const BODILESS = new Set(['get', 'delete', 'toggle', 'reserve', 'release']);

/** The step claiming the routes an unknown-record group names, each with a worked 404; null when none can. */
export function planUnknownRecords(b: ContractBuilder, clauses: string[][], feature: string): Step[] | null {
  const routes = routesOfUnknownRecords(clauses, b.contract.endpoints);
  if (routes.length === 0) return null;
  const requests = routes.map(requestFor);
  return [
    () => {
      routes.forEach((e, i) => {
        const request = requests[i];
        if (request)
          b.contract.acceptance.push({
            id: 'draft',
            endpoint_id: e.id,
            kind: 'error',
            description: `${e.method} ${e.path} for a record that does not exist answers 404 NOT_FOUND ("${asSaid(feature)}").`,
            steps: [{ request, expect: { status: 404, body_contains: errorBody('NOT_FOUND') } }],
          });
        claimComputation(e, feature);
      });
      return true;
    },
  ];
}
