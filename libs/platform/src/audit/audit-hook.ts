import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditLog } from './audit-log';

/** Who made a request, as the authentication layer left it on the request. */
export interface AuditPrincipal {
  name: string;
  role: string | null;
}

/** Settings of {@link auditMutations}. */
export interface AuditSettings {
  log: AuditLog;
  /** The request's principal; default: `request.principal` as authentication sets it, else anonymous. */
  principalOf?: (request: FastifyRequest) => AuditPrincipal;
  /** Called when an entry could not be written (the request is answered regardless). */
  onError?: (err: unknown) => void;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Parameters naming the record a route acts on, in the order they are preferred. */
const TARGET_PARAMS = ['id', 'name', 'service', 'key_id', 'build_id', 'intent_id'];

/** The principal authentication stored on the request (`request.principal`), or anonymous. */
export function requestPrincipal(request: FastifyRequest): AuditPrincipal {
  const principal = (request as FastifyRequest & { principal?: { name?: unknown; role?: unknown } })
    .principal;
  return {
    name: typeof principal?.name === 'string' ? principal.name : 'anonymous',
    role: typeof principal?.role === 'string' ? principal.role : null,
  };
}

/**
 * Records every answered mutation (POST, PUT, PATCH, DELETE) in the audit log once its answer is sent: refused
 * and failed ones too, since a refused budget lift is as much the auditor's business as an accepted one.
 */
export function auditMutations(fastify: FastifyInstance, settings: AuditSettings): void {
  const principalOf = settings.principalOf ?? requestPrincipal;
  fastify.addHook('onResponse', (request, reply, done) => {
    if (MUTATING.has(request.method)) {
      const principal = principalOf(request);
      const params = (request.params ?? {}) as Record<string, unknown>;
      const named = TARGET_PARAMS.find((p) => typeof params[p] === 'string');
      const first = Object.values(params).find((v) => typeof v === 'string');
      const target = named ? (params[named] as string) : typeof first === 'string' ? first : null;
      const path = request.url.split('?')[0];
      settings.log
        .record({
          principal: principal.name,
          role: principal.role,
          request_id: String(request.id),
          method: request.method,
          route: request.routeOptions?.url ?? path,
          path,
          target,
          status: reply.statusCode,
        })
        .catch((err: unknown) => settings.onError?.(err));
    }
    done();
  });
}
