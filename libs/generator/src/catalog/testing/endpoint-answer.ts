import type { SpecContract } from '@sf/service-spec';
import { runCatalogFunction } from './run-function';

/*
 * The answer of one designed endpoint to a request body (tests only): the endpoint's catalog function run by its
 * emitted code on the request fields it reads, its results answered in the response fields the contract names.
 * A required field the body lacks (or an empty text where none is allowed) is refused with 400, as the
 * generated service's validation does.
 */

/** An answer: 200 with the body, or the status the request is refused with. */
export type EndpointAnswer = { status: 200; body: Record<string, unknown> } | { status: number };

export function endpointAnswer(
  contract: SpecContract,
  method: string,
  path: string,
  body: Record<string, unknown>,
): EndpointAnswer {
  const endpoint = contract.endpoints.find((e) => e.method === method && e.path === path);
  if (!endpoint) throw new Error(`no endpoint ${method} ${path}`);
  if (endpoint.behavior.kind !== 'function') throw new Error(`${method} ${path} is no computation`);
  const { inputs, outputs, options = {}, refusal_status } = endpoint.behavior;
  // A required text field refuses an empty string unless it allows one, as the generated validation does
  // (codegen/format-kit.ts).
  const missing = (endpoint.request.body?.fields ?? []).filter(
    (f) =>
      f.required &&
      (!(f.name in body) || (f.type === 'string' && f.allow_empty !== true && body[f.name] === '')),
  );
  if (missing.length > 0) return { status: refusal_status ?? 400 };
  const input = Object.fromEntries(
    Object.entries(inputs).flatMap(([param, field]) => (field in body ? [[param, body[field]]] : [])),
  );
  const result = runCatalogFunction(endpoint.behavior.function, input, options);
  if (!result.ok) return { status: result.status ?? refusal_status ?? 400 };
  return {
    status: 200,
    body: Object.fromEntries(Object.entries(outputs).map(([r, field]) => [field, result.value[r]])),
  };
}
