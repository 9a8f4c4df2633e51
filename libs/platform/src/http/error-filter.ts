import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { AppError, ERROR_HTTP_STATUS, type ErrorBody, type ErrorCode } from '@sf/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Fastify's own error codes for client mistakes caught before a route handler runs. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** `WWW-Authenticate` value of every 401 (RFC 6750). */
export const WWW_AUTHENTICATE = 'Bearer realm="sovereign-factory"';

/** Maps any thrown value to the PRODUCT §4 error body and its status. Exported for Fastify-level errors too. */
export function toErrorResponse(err: unknown, requestId: string): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    return { status: err.httpStatus, body: body(err.code, err.message, requestId, err.details) };
  }
  const fastifyCode = (err as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && fastifyCode in FASTIFY_CODES) {
    const code = FASTIFY_CODES[fastifyCode];
    const message = code === 'MALFORMED_JSON' ? 'request body is not valid JSON' : (err as Error).message;
    return { status: ERROR_HTTP_STATUS[code], body: body(code, message, requestId) };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
    return { status, body: body(code, err.message, requestId) };
  }
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = STATUS_CODES[status] ?? 'VALIDATION_FAILED';
    return { status, body: body(code, (err as Error).message, requestId) };
  }
  return { status: 500, body: body('INTERNAL_ERROR', 'internal error', requestId) };
}

function body(code: ErrorCode, message: string, requestId: string, details?: unknown): ErrorBody {
  return {
    error: details === undefined ? { code, message } : { code, message, details },
    request_id: requestId,
  };
}

/** The one global exception filter: typed errors keep their code; anything unexpected is a logged 500. */
@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(err: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body } = toErrorResponse(err, String(request.id));
    if (status >= 500) this.logger.error({ err, request_id: request.id }, 'unhandled error');
    if (status === 401) void reply.header('www-authenticate', WWW_AUTHENTICATE);
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
