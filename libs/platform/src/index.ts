/**
 * @sf/platform — what both services share that is not domain: Redis (embedded server, connections, Lua
 * scripts, versioned records with event streams), typed config loading, and the HTTP app set-up (errors,
 * validation, request ids, docs).
 */
export {
  resolveRedis,
  startEmbeddedRedis,
  freePort,
  redactRedisUrl,
  RedisUnavailableError,
  pingRedis,
} from './embedded-redis';
export type { RedisHandle, EmbeddedRedisOptions } from './embedded-redis';
export { createRedis } from './redis-connection';
export { parseRedisUrl } from './redis-url';
export { migrateKeyLayout } from './redis-key-layout';
export type { KeyLayoutMigration } from './redis-key-layout';
export type { RedisTarget, RedisNode } from './redis-url';
export { loadRedisScript, RedisScript } from './redis-script';
export { VersionedRecordStore } from './records/versioned-record-store';
export type {
  IndexChange,
  RecordUpdate,
  RecordWrite,
  VersionedRecordStoreOptions,
} from './records/versioned-record-store';
export { loadConfig, loadDotEnv, ConfigError, ServiceConfig, envBoolean, trustProxyOption } from './config';
export { createHttpApp } from './http/create-http-app';
export { AuditLog, auditStreamKey, serviceAuditLog } from './audit/audit-log';
export type { AuditEntry, AuditOutcome, AuditQuery, AuditRecord, AuditLogOptions } from './audit/audit-log';
export { auditMutations, requestPrincipal } from './audit/audit-hook';
export type { AuditPrincipal, AuditSettings } from './audit/audit-hook';
export { runService } from './run-service';
export type { RunningService } from './run-service';
export type { HttpAppOptions } from './http/create-http-app';
export { GlobalErrorFilter, toErrorResponse } from './http/error-filter';
export { createValidationPipe } from './http/validation';
export type { FieldProblem } from './http/validation';
export { EventStreamServer, STREAM_CLOSE } from './events/event-stream-server';
export type { EventStreamSource, HandshakeLimiter } from './events/event-stream-server';
export { UdcController, UDC_RUNTIME, UDC_STATE_METRICS } from './http/udc.controller';
export { startQueueWorker, parkJob } from './queue-worker';
export type { QueueWorker, QueueWorkerOptions } from './queue-worker';
export { queueTelemetry, shutdownTracing, withSpan } from './observability/tracing';
export type { SpanAttributes } from './observability/tracing';
export { ShutdownGate } from './shutdown-gate';
export { METRIC_CATALOG, metricName, exportedMetricNames } from './observability/metric-catalog';
export type { MetricSpec, MetricService, MetricType } from './observability/metric-catalog';
export { ServiceMetrics } from './observability/service-metrics';
export type { MetricLabels } from './observability/service-metrics';
export { sampleQueueDepths } from './observability/queue-metrics';
export { llmMetricsObserver, trackBudget, recordBudget } from './observability/llm-metrics';
export type {
  LlmMetricsObserver,
  LlmCallRecord,
  LlmBreakerState,
  BudgetSnapshot,
} from './observability/llm-metrics';
export { createObservability } from './observability/create-observability';
export { ObservabilityModule } from './observability/observability.module';
export type { Observability } from './observability/observability.module';
export {
  ObservabilityConfig,
  loadObservabilityConfig,
  observabilitySettings,
} from './observability/observability.config';
export type { ObservabilitySettings, LogLevelName } from './observability/observability.config';
export { createLogger, scrubSecrets } from './observability/logger';
export { withLogContext, currentLogContext } from './observability/log-context';
export type { LogContext } from './observability/log-context';
export {
  ReadinessIndicators,
  readinessResponse,
  withProbeTimeout,
  PROBE_TIMEOUT_MS,
} from './health/readiness';
export type { WorkerProbe } from './health/readiness';
export { ROLES } from './auth/roles';
export type { Role, Access as AccessLevel, Principal } from './auth/roles';
export { Access, Caller, ACCESS_EXTENSION } from './auth/access.decorator';
export { Authenticator } from './auth/authenticator';
export { createAuth } from './auth/create-auth';
export { RateLimitClass } from './ratelimit/rate-limit.decorator';
export { rateLimitSettings } from './ratelimit/rate-limit.module';
export { RateLimitGuard } from './ratelimit/rate-limit.guard';
export { resolveAuthSettings, AuthRefusal } from './auth/auth-settings';
export type { AuthSettings } from './auth/auth-settings';
export { adminKeyPath } from './auth/credentials-file';
export { clientCredential } from './auth/client-credential';
export { MAX_JSON_DEPTH } from './http/json-depth';
