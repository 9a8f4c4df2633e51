import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppError } from '@sf/contracts';
import { auditMutations, type AuditSettings } from '../audit/audit-hook';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { AuthModule } from '../auth/auth.module';
import type { Authenticator } from '../auth/authenticator';
import { allows } from '../auth/roles';
import { RateLimitModule } from '../ratelimit/rate-limit.module';
import type { RateLimitSettings } from '../ratelimit/rate-limit.guard';
import type { Redis } from 'ioredis';
import { measureHttp } from '../observability/http-metrics';
import { isQuietRequest } from '../observability/logger';
import { ObservabilityModule, type Observability } from '../observability/observability.module';
import { GlobalErrorFilter, toErrorResponse, WWW_AUTHENTICATE } from './error-filter';
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './json-depth';
import { createValidationPipe } from './validation';

/** Options for {@link createHttpApp}. */
export interface HttpAppOptions {
  title: string;
  description: string;
  version: string;
  /** Largest accepted request body; bigger ones get 413 `PAYLOAD_TOO_LARGE`. */
  bodyLimitBytes: number;
  logLevels?: LogLevel[];
  /** Called with the status of every answered request (feeds the UDC `/state` counters). */
  onResponse?: (statusCode: number) => void;
  /**
   * Logs (nestjs-pino, Nest's own logs included), `/metrics`, request metrics and the shutdown gate
   * (writes refused with 503 once it is draining). Without it Nest's console logger is used.
   */
  observability?: Observability;
  /** Records every answered mutation (who, what, target, outcome) in the audit log. */
  audit?: AuditSettings;
  /**
   * Authentication (issue 14): the guard on every route (each handler declares its access with `@Access`),
   * the key admin API, and the OpenAPI pages for viewers. Without it every route is open (unit tests only).
   */
  auth?: Authenticator;
  /**
   * Rate limits (issue 14, item 4), counted in this Redis per principal (per IP before authentication) by the
   * AuthGuard. Absent (or `RATE_LIMIT=off`): nothing is limited.
   */
  rateLimit?: { settings: RateLimitSettings | null; redis: Redis };
  /** Fastify's `trustProxy` (from `TRUST_PROXY`): whose `X-Forwarded-For` sets the client's address. */
  trustProxy?: boolean | number | string;
  /**
   * Browser origins allowed to call the API cross-origin (the web dashboard of the factory calling the
   * executor). Preflights are answered before authentication; every answer to such an origin, errors
   * included, carries the CORS headers so the page can read the error body. Empty or absent: no CORS.
   */
  corsOrigins?: readonly string[];
}

/** Seconds a client is told to wait before retrying a write refused during shutdown. */
const SHUTDOWN_RETRY_AFTER_S = 5;
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Module({})
class ServiceRootModule {}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Builds a Nest app on Fastify with what every service of ours shares: request ids (accepted from
 * `X-Request-Id` when sane, else generated; echoed back and used by the request logs), body limit,
 * observability (logs, metrics, shutdown gate; see {@link HttpAppOptions.observability}), the global validation pipe and error filter,
 * OpenAPI at `/docs` and `/docs-json`. Signals are handled by `runService` rather than
 * `enableShutdownHooks()`, which re-raises the signal after closing and so never exits 0.
 */
export async function createHttpApp(module: unknown, opts: HttpAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: opts.bodyLimitBytes,
    logger: false,
    trustProxy: opts.trustProxy ?? false,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  const observability = opts.observability;
  if (observability) {
    const { shutdown } = observability;
    fastify.addHook('onRequest', (request, reply, done) => {
      if (!shutdown.draining || READ_METHODS.has(request.method)) return done();
      const err = new AppError('SERVICE_UNAVAILABLE', 'the service is shutting down; retry shortly');
      const { status, body } = toErrorResponse(err, String(request.id));
      void reply.status(status).header('retry-after', String(SHUTDOWN_RETRY_AFTER_S)).send(body);
    });
    measureHttp(fastify, observability.metrics);
    if (observability.requestLogs) {
      const { logger } = observability;
      // One line per answered request from a Fastify hook: binding a pino-http child logger and an
      // AsyncLocalStorage scope to every request cost a quarter of the intake throughput (measured).
      fastify.addHook('onResponse', (request, reply, done) => {
        if (!isQuietRequest(request.raw)) {
          logger.info(
            {
              request_id: String(request.id),
              req: { method: request.method, url: request.url },
              res: { statusCode: reply.statusCode },
              duration_ms: Math.round(reply.elapsedTime * 100) / 100,
            },
            'request completed',
          );
        }
        done();
      });
    }
  }
  if (opts.audit) auditMutations(fastify, opts.audit);
  const onResponse = opts.onResponse;
  if (onResponse) {
    fastify.addHook('onResponse', (_request, reply, done) => {
      onResponse(reply.statusCode);
      done();
    });
  }
  // Nest turns Fastify's own errors into a bare HttpException (losing Fastify's error code), so the
  // JSON parser is ours: same secure parser, but a typed error the global filter maps to MALFORMED_JSON.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    // Depth first, on the raw text: validation walks parsed bodies recursively (a RangeError, so a 500, at a
    // few thousand levels), and no body of ours nests anywhere near this deep.
    if (jsonDepthExceeds(raw as string)) {
      done(
        new AppError('VALIDATION_FAILED', `request body nests deeper than ${MAX_JSON_DEPTH} levels`),
        undefined,
      );
      return;
    }
    void parseJson(request, raw as string, (err: Error | null, value?: unknown) =>
      err
        ? done(new AppError('MALFORMED_JSON', 'request body is not valid JSON'), undefined)
        : done(null, value),
    );
  });

  const auth = opts.auth;
  if (auth) {
    // The OpenAPI pages are Fastify routes outside Nest's guard: viewers only, like every other read. A
    // callback hook, not an async one: every other request passes it without a promise of its own.
    fastify.addHook('onRequest', (request, reply, done) => {
      if (!request.url.startsWith('/docs')) return done();
      const path = request.url.split('?')[0];
      if (path !== '/docs' && !path.startsWith('/docs/') && !path.startsWith('/docs-json')) return done();
      auth.authenticate(request.raw).then((principal) => {
        const err = !principal
          ? new AppError('UNAUTHENTICATED', 'a valid bearer credential (API key or JWT) is required')
          : allows(principal, 'viewer')
            ? null
            : new AppError('FORBIDDEN', 'this route needs viewer');
        if (!err) return done();
        const { status, body } = toErrorResponse(err, String(request.id));
        if (status === 401) void reply.header('www-authenticate', WWW_AUTHENTICATE);
        // Answered here: the request goes no further (no `done`).
        void reply.status(status).send(body);
      }, done);
    });
  }
  const extras = [
    ...(observability ? [ObservabilityModule.forRoot(observability)] : []),
    ...(auth ? [AuthModule.forRoot(auth)] : []),
    ...(opts.rateLimit?.settings
      ? [RateLimitModule.forRoot(opts.rateLimit.settings, opts.rateLimit.redis)]
      : []),
  ];
  const root =
    extras.length > 0 ? { module: ServiceRootModule, imports: [module as never, ...extras] } : module;
  const app = await NestFactory.create<NestFastifyApplication>(root as never, adapter, {
    logger: opts.logLevels ?? ['error', 'warn', 'log'],
    // With pino, start-up lines wait for it instead of going to the console logger.
    bufferLogs: observability !== undefined,
    bodyParser: false,
  });
  if (observability) app.useLogger(app.get(PinoNestLogger));
  if (opts.corsOrigins && opts.corsOrigins.length > 0) {
    app.enableCors({
      origin: [...opts.corsOrigins],
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining'],
      maxAge: 600,
    });
  }
  app.useGlobalFilters(new GlobalErrorFilter());
  app.useGlobalPipes(createValidationPipe());
  setUpDocs(app, opts);
  return app;
}

function setUpDocs(app: INestApplication, opts: HttpAppOptions): void {
  const config = new DocumentBuilder()
    .setTitle(opts.title)
    .setDescription(opts.description)
    .setVersion(opts.version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (sfk_…) or JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
