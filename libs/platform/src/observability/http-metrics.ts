import type { FastifyInstance } from 'fastify';
import type { ServiceMetrics } from './service-metrics';

/** Routes left out of the request metrics: the scrape itself would dominate them. */
const UNMEASURED = new Set(['/metrics']);

/**
 * Records `http_requests_total` and `http_request_duration_seconds` for every answered request, labelled
 * by the route template (`/intents/:id/status`, never the raw URL, so ids do not explode the series) or
 * `unmatched` for 404s, from one Fastify `onResponse` hook.
 */
export function measureHttp(fastify: FastifyInstance, metrics: ServiceMetrics): void {
  if (!metrics.enabled) return;
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (!UNMEASURED.has(route)) {
      const labels = { method: request.method, route, status: reply.statusCode };
      metrics.inc('http_requests_total', labels);
      metrics.observe('http_request_duration_seconds', labels, reply.elapsedTime / 1000);
    }
    done();
  });
}
