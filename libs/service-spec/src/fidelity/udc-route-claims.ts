import type { SpecContract } from '../spec-contract';

/**
 * What is wrong with a feature that writes a route the UDC runtime serves ("GET /health calls every registered
 * url …") while an endpoint elsewhere realises it (`GET /api/health`, a health check): a client calling the route
 * written gets the runtime's own answer, not the behaviour the feature asks for.
 */
export function udcRouteClaims(
  contract: SpecContract,
  feature: string,
  route: { method: string; path: string },
): string[] {
  const elsewhere = contract.endpoints.filter(
    (e) => e.features.includes(feature) && !(e.method === route.method && e.path === route.path),
  );
  if (elsewhere.length === 0 || !elsewhere.some((e) => e.method === route.method)) return [];
  const at = elsewhere.map((e) => `${e.method} ${e.path}`).join(', ');
  return [
    `${route.method} ${route.path} belongs to the UDC runtime, which answers it itself; what the feature asks is served at ${at} instead, not where a client calls it`,
  ];
}
