import type { EndpointSpec, HttpMethod, SpecContract } from './spec-contract';

/** How a request is routed by a service generated from a contract (see {@link routeRequest}). */
export type RouteMatch =
  | { kind: 'endpoint'; endpoint: EndpointSpec; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: HttpMethod[]; endpoints: EndpointSpec[] }
  | { kind: 'not_found' };

function segments(path: string): string[] {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? [] : trimmed.split('/').slice(1);
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function matches(pattern: string[], actual: string[]): boolean {
  return pattern.length === actual.length && pattern.every((s, i) => isParam(s) || s === actual[i]);
}

// Leftmost static segment wins: `/todos/search` beats `/todos/{id}` for the path `/todos/search`.
function moreSpecific(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    if (isParam(a[i]) !== isParam(b[i])) return !isParam(a[i]);
  }
  return false;
}

/** A path pattern with parameter names erased, so `/a/{id}` and `/a/{code}` compare equal. */
export function routeShape(path: string): string {
  return `/${segments(path)
    .map((s) => (isParam(s) ? '{}' : s))
    .join('/')}`;
}

/**
 * The routing rule every generated service follows: among the path patterns matching the request path, the one
 * whose leftmost differing segment is static wins; then the method must be one that pattern declares
 * (else 405 `METHOD_NOT_ALLOWED`). A path no pattern matches is 404 `NOT_FOUND`.
 */
export function routeRequest(
  contract: Pick<SpecContract, 'endpoints'>,
  method: HttpMethod,
  path: string,
): RouteMatch {
  const actual = segments(path);
  let best: string[] | null = null;
  for (const endpoint of contract.endpoints) {
    const pattern = segments(endpoint.path);
    if (matches(pattern, actual) && (best === null || moreSpecific(pattern, best))) best = pattern;
  }
  if (best === null) return { kind: 'not_found' };
  const shape = routeShape(`/${best.join('/')}`);
  const candidates = contract.endpoints.filter((e) => routeShape(e.path) === shape);
  const endpoint = candidates.find((e) => e.method === method);
  if (!endpoint) {
    return { kind: 'method_not_allowed', allowed: candidates.map((e) => e.method), endpoints: candidates };
  }
  const pattern = segments(endpoint.path);
  const params: Record<string, string> = {};
  pattern.forEach((s, i) => {
    if (isParam(s)) params[s.slice(1, -1)] = actual[i];
  });
  return { kind: 'endpoint', endpoint, params };
}
