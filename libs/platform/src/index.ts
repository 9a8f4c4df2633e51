/**
 * @sf/platform — what both services share that is not domain: Redis (embedded server and connections),
 * typed config loading, and the HTTP app set-up (errors, validation, request ids, docs).
 */
export { resolveRedis, startEmbeddedRedis, freePort, RedisUnavailableError } from './embedded-redis';
export type { RedisHandle, EmbeddedRedisOptions } from './embedded-redis';
export { createRedis } from './redis-connection';
export { loadConfig, loadDotEnv, ConfigError, ServiceConfig, envBoolean } from './config';
export { createHttpApp } from './http/create-http-app';
export { runService } from './run-service';
export type { RunningService } from './run-service';
export type { HttpAppOptions } from './http/create-http-app';
export { GlobalErrorFilter, toErrorResponse } from './http/error-filter';
export { createValidationPipe } from './http/validation';
export type { FieldProblem } from './http/validation';
export { EventStreamServer, STREAM_CLOSE } from './events/event-stream-server';
export type { EventStreamSource } from './events/event-stream-server';
export { UdcController, UDC_RUNTIME } from './http/udc.controller';
export { startQueueWorker } from './queue-worker';
export type { QueueWorker, QueueWorkerOptions } from './queue-worker';
