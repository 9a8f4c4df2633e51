import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OfflineProvider } from '@sf/generator';
import { createServiceLlm, type LlmClient } from '@sf/llm';
import {
  createAuth,
  rateLimitSettings,
  trustProxyOption,
  createHttpApp,
  createObservability,
  createRedis,
  freePort,
  llmMetricsObserver,
  migrateKeyLayout,
  resolveAuthSettings,
  resolveRedis,
  trackBudget,
  withProbeTimeout,
  type RedisHandle,
  serviceAuditLog,
} from '@sf/platform';
import { createUdcRuntime } from '@sf/udc';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { loadExecutorConfig, type ExecutorConfig } from './config/executor.config';
import { ExecutorKeys } from './redis/keys';
import { createSandbox, meteredSandbox, type Sandbox } from './sandbox';

/** Version reported in UDC and OpenAPI. */
export const EXECUTOR_VERSION = '0.1.0';

/** A started executor and how to stop everything it started. */
export interface StartedExecutor {
  app: NestFastifyApplication;
  config: ExecutorConfig;
  url: string;
  redis: RedisHandle;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * Boots build-executor from an environment (validated config, Redis embedded when `REDIS_URL` is unset,
 * the sandbox chosen by `SANDBOX`). Tests may pass their own LLM client (a scripted provider).
 */
export async function startExecutor(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { llm?: LlmClient; logDestination?: DestinationStream } = {},
): Promise<StartedExecutor> {
  const config = loadExecutorConfig(env);
  const authSettings = await resolveAuthSettings(config);
  const observability = createObservability('executor', env, overrides.logDestination);
  const redis = await resolveRedis(config.REDIS_URL, { dataDir: config.DATA_DIR });
  try {
    await migrateKeyLayout(redis.url, config.REDIS_PREFIX, observability.logger);
    const sandbox = meteredSandbox(await createSandbox(config.SANDBOX), observability.metrics);
    const client = createRedis(redis.url, 'command', { connectionName: 'executor' });
    const udc = createUdcRuntime({
      service: 'build-executor',
      version: EXECUTOR_VERSION,
      features: ['build line', 'sandboxed tests', 'UDC verification', 'local deploy', 'registry'],
      endpoints: [
        { method: 'POST', path: '/builds/submit', description: 'submit a SPEC for building' },
        { method: 'GET', path: '/builds', description: 'build stats and recent builds' },
        { method: 'GET', path: '/builds/{id}/status', description: 'build status' },
        { method: 'GET', path: '/builds/{id}/stream', description: 'WebSocket event stream' },
        { method: 'GET', path: '/deployments', description: 'running generated services' },
        { method: 'GET', path: '/registry/services', description: 'registered services' },
      ],
      dependencies: [
        {
          name: 'redis',
          required: true,
          check: async () => (await withProbeTimeout(client.ping())) === 'PONG',
        },
      ],
    });
    // Port 0 means "any": pick it now so generated services are told a reachable registry URL.
    const port = config.EXECUTOR_PORT === 0 ? await freePort() : config.EXECUTOR_PORT;
    const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
    const publicUrl = `http://${host}:${port}`;
    const { client: llm } = createServiceLlm(config, client, config.REDIS_PREFIX, {
      client: overrides.llm,
      offline: new OfflineProvider(),
      observer: llmMetricsObserver(observability.metrics),
      logger: observability.logger,
      trackBudget: (read) => trackBudget(observability.metrics, read),
    });
    const auth = createAuth(authSettings, client, config.REDIS_PREFIX, observability.logger);
    const app = await createHttpApp(
      AppModule.forRoot({ config, redis: client, redisUrl: redis.url, udc, llm, sandbox, publicUrl }),
      {
        title: 'build-executor',
        description: 'SPEC → running, tested, registered service (PRODUCT §4)',
        version: EXECUTOR_VERSION,
        bodyLimitBytes: 1024 * 1024,
        onResponse: (status) => udc.recordRequest(status),
        observability,
        audit: {
          log: serviceAuditLog(client, config.REDIS_PREFIX, 'build-executor', config.AUDIT_RETENTION_DAYS),
          onError: (err) => observability.logger.warn({ err }, 'audit entry not written'),
        },
        auth,
        trustProxy: trustProxyOption(config.TRUST_PROXY),
        rateLimit: { settings: rateLimitSettings(config), redis: client },
        corsOrigins: config.CORS_ORIGINS,
      },
    );
    await app.listen(port, config.HOST);
    await client.set(new ExecutorKeys(config.REDIS_PREFIX).advertisedUrl(), publicUrl);
    return {
      app,
      config,
      redis,
      sandbox,
      url: publicUrl,
      close: async () => {
        // Readiness turns 503 and writes are refused before the worker and the server start closing.
        observability.shutdown.begin();
        await app.close();
        // The accounting written behind the last answers goes out before its connection closes.
        await llm.flush(2_000);
        // Last: every provider has stopped using the shared connection once app.close() resolves.
        await client.quit().catch(() => undefined);
        await redis.stop();
      },
    };
  } catch (err) {
    await redis.stop();
    throw err;
  }
}
