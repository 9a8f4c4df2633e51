import {
  HTTP_METHODS,
  routeShape,
  type EndpointError,
  type EndpointSpec,
  type HttpMethod,
  type SpecContract,
} from '@sf/service-spec';

/*
 * The 405 METHOD_NOT_ALLOWED an endpoint documents: a method its path does not declare, named with the ones
 * it does.
 */

/** Method this path does not declare, for the 405 check; null when every method is taken. */
export function unusedMethod(c: SpecContract, path: string): HttpMethod | null {
  const shape = routeShape(path);
  const used = new Set(c.endpoints.filter((e) => routeShape(e.path) === shape).map((e) => e.method));
  return (['DELETE', 'PUT', 'PATCH', 'POST', 'GET'] as const).find((m) => !used.has(m)) ?? null;
}

/** The 405 error endpoint `e` documents; none when its path takes every method. */
export function methodNotAllowed(c: SpecContract, e: EndpointSpec): EndpointError[] {
  const method = unusedMethod(c, e.path);
  if (!method) return [];
  const declared = HTTP_METHODS.filter(
    (m) =>
      m !== method && c.endpoints.some((x) => x.method === m && routeShape(x.path) === routeShape(e.path)),
  );
  return [
    {
      status: 405,
      code: 'METHOD_NOT_ALLOWED',
      when: `the path is called with ${method} (it declares only ${declared.join(', ')})`,
    },
  ];
}
