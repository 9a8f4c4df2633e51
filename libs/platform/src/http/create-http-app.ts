import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppError } from '@sf/contracts';
import { GlobalErrorFilter } from './error-filter';
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
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Builds a Nest app on Fastify with what every service of ours shares: request ids (accepted from
 * `X-Request-Id` when sane, echoed back), body limit, the global validation pipe and error filter,
 * OpenAPI at `/docs` and `/docs-json`. Signals are handled by `runService` rather than
 * `enableShutdownHooks()`, which re-raises the signal after closing and so never exits 0.
 */
export async function createHttpApp(module: unknown, opts: HttpAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: opts.bodyLimitBytes,
    logger: false,
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
    void parseJson(request, raw as string, (err: Error | null, value?: unknown) =>
      err
        ? done(new AppError('MALFORMED_JSON', 'request body is not valid JSON'), undefined)
        : done(null, value),
    );
  });

  const app = await NestFactory.create<NestFastifyApplication>(module as never, adapter, {
    logger: opts.logLevels ?? ['error', 'warn', 'log'],
    bufferLogs: false,
    bodyParser: false,
  });
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
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
