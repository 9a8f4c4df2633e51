import { pathParams } from './acceptance-problems';
import type { Behavior, EndpointSpec } from './spec-contract';

/** The request fields a computing behaviour reads from the query or the body (not from its path). */
function inputsOf(b: Behavior, path = ''): Record<string, string> {
  if (b.kind !== 'compute' && b.kind !== 'function') return {};
  const fromPath = new Set(pathParams(path));
  return Object.fromEntries(Object.entries(b.inputs).filter(([, field]) => !fromPath.has(field)));
}

/** What an endpoint leaves undocumented: each gap is named as what the endpoint should show. */
export function endpointGaps(e: EndpointSpec): string[] {
  const gaps: string[] = [];
  const b = e.behavior;
  const kind = b.kind;
  if (e.summary.trim() === '') gaps.push('a summary');
  const inPath = pathParams(e.path).sort();
  const declared = (e.request.params ?? []).map((p) => p.name).sort();
  if (inPath.join() !== declared.join()) {
    gaps.push(`request.params declaring exactly the path parameters (${inPath.join(', ') || 'none'})`);
  }
  const readsBody =
    kind === 'create' ||
    kind === 'update' ||
    kind === 'webhook_receive' ||
    ((kind === 'compute' || kind === 'function') &&
      e.method !== 'GET' &&
      Object.keys(inputsOf(b, e.path)).length > 0);
  const body = e.request.body;
  if (
    readsBody &&
    (!body || body.example === undefined || (body.fields.length === 0 && !body.allow_unknown))
  ) {
    gaps.push('a request body with its fields and an example');
  }
  const readsQuery =
    kind === 'search' ||
    ((kind === 'compute' || kind === 'function') &&
      e.method === 'GET' &&
      Object.keys(inputsOf(b, e.path)).length > 0);
  if (readsQuery && !e.request.query?.length) gaps.push('the query parameters it reads');
  if (b.kind === 'webhook_receive' && !(e.request.headers ?? []).some((h) => h.name === b.signature_header)) {
    gaps.push('the signature header in request.headers');
  }
  if (b.kind === 'quota' && b.key_header && !(e.request.headers ?? []).some((h) => h.name === b.key_header)) {
    gaps.push('the key header in request.headers');
  }
  const success = e.responses.filter((r) => r.status < 400 && r.example !== undefined);
  if (success.length === 0) gaps.push('a success response with an example');
  if (kind === 'redirect' && !e.responses.some((r) => r.headers?.location !== undefined)) {
    gaps.push('a redirect response with an example location header');
  }
  if (e.errors.length === 0 && kind !== 'list' && kind !== 'static') gaps.push('its error responses');
  return gaps;
}
