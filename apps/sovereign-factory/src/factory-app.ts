import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OfflineProvider } from '@sf/generator';
import { createServiceLlm, type LlmClient } from '@sf/llm';
import {
  createAuth,
  createHttpApp,
  createObservability,
  createRedis,
  llmMetricsObserver,
  migrateKeyLayout,
  resolveAuthSettings,
  rateLimitSettings,
  trustProxyOption,
  resolveRedis,
  trackBudget,
  type RedisHandle,
  serviceAuditLog,
} from '@sf/platform';
import { createUdcRuntime } from '@sf/udc';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { loadFactoryConfig, type FactoryConfig } from './config/factory.config';
import { dashboardDir, serveDashboardUi } from './dashboard/dashboard-ui';
import type { DependencyProbes } from './udc/udc.tokens';

/** Version reported in UDC and OpenAPI. */
export const FACTORY_VERSION = '0.1.0';
/** Largest intent body accepted (PRODUCT: 64 KB → 413). */
const BODY_LIMIT_BYTES = 64 * 1024;

/** A started factory: the Nest app, its config, where it listens, and how to stop everything it started. */
export interface StartedFactory {
  app: NestFastifyApplication;
  config: FactoryConfig;
  url: string;
  redis: RedisHandle;
  close(): Promise<void>;
}

/**
 * Boots sovereign-factory from an environment: validates config, resolves Redis (embedded when
 * `REDIS_URL` is unset), builds the app and listens. Used by `main.ts`, `npm start` and the tests
 * (which may pass their own LLM client, e.g. one whose provider is scripted).
 */
export async function startFactory(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { llm?: LlmClient; logDestination?: DestinationStream } = {},
): Promise<StartedFactory> {
  const config = loadFactoryConfig(env);
  const authSettings = await resolveAuthSettings(config);
  const observability = createObservability('factory', env, overrides.logDestination);
  const redis = await resolveRedis(config.REDIS_URL, { dataDir: config.DATA_DIR });
  const closers: (() => Promise<void>)[] = [];
  try {
    await migrateKeyLayout(redis.url, config.REDIS_PREFIX, observability.logger);
    const probes: DependencyProbes = {
      redis: () => Promise.resolve(false),
      buildExecutor: () => Promise.resolve(false),
    };
    const udc = createUdcRuntime({
      service: 'sovereign-factory',
      version: FACTORY_VERSION,
      features: [
        'intent intake',
        'priority queue',
        'spec build',
        'spec verify',
        'spec optimize',
        'build hand-off',
      ],
      endpoints: [
        { method: 'POST', path: '/intents/submit', description: 'submit an intent' },
        { method: 'GET', path: '/intents', description: 'list intents' },
        { method: 'GET', path: '/intents/{id}/status', description: 'intent status' },
        { method: 'GET', path: '/intents/{id}/spec', description: 'current SPEC.md' },
        { method: 'POST', path: '/intents/{id}/approve', description: 'approve the waiting step' },
        { method: 'POST', path: '/intents/{id}/reject', description: 'reject the waiting step' },
        { method: 'POST', path: '/intents/{id}/cancel', description: 'cancel an intent' },
        { method: 'GET', path: '/intents/{id}/stream', description: 'WebSocket event stream' },
        { method: 'GET', path: '/dashboard', description: 'pipeline dashboard' },
      ],
      dependencies: [
        { name: 'redis', required: true, check: () => probes.redis() },
        { name: 'build-executor', required: false, check: () => probes.buildExecutor() },
      ],
    });
    const llmRedis = createRedis(redis.url, 'command', { connectionName: 'factory-llm' });
    closers.push(() =>
      llmRedis.quit().then(
        () => undefined,
        () => undefined,
      ),
    );
    const { client: llm, costs } = createServiceLlm(config, llmRedis, config.REDIS_PREFIX, {
      client: overrides.llm,
      offline: new OfflineProvider(),
      observer: llmMetricsObserver(observability.metrics),
      logger: observability.logger,
      trackBudget: (read) => trackBudget(observability.metrics, read),
    });
    const auditRedis = createRedis(redis.url, 'command', { connectionName: 'factory-audit' });
    closers.push(() =>
      auditRedis.quit().then(
        () => undefined,
        () => undefined,
      ),
    );
    const audit = serviceAuditLog(
      auditRedis,
      config.REDIS_PREFIX,
      'sovereign-factory',
      config.AUDIT_RETENTION_DAYS,
    );
    const auth = createAuth(authSettings, llmRedis, config.REDIS_PREFIX, observability.logger);
    const app = await createHttpApp(
      AppModule.forRoot({ config, redisUrl: redis.url, llm, costs, udc, probes, audit }),
      {
        title: 'sovereign-factory',
        description: 'Intent → validated SPEC → build hand-off (PRODUCT §4)',
        version: FACTORY_VERSION,
        bodyLimitBytes: BODY_LIMIT_BYTES,
        onResponse: (status) => udc.recordRequest(status),
        observability,
        audit: {
          log: audit,
          onError: (err) => observability.logger.warn({ err }, 'audit entry not written'),
        },
        auth,
        trustProxy: trustProxyOption(config.TRUST_PROXY),
        rateLimit: { settings: rateLimitSettings(config), redis: llmRedis },
      },
    );
    await serveDashboardUi(app, {
      dir: dashboardDir(config.DASHBOARD_DIR),
      executorUrl: config.EXECUTOR_PUBLIC_URL ?? null,
    });
    await app.listen(config.FACTORY_PORT, config.HOST);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.FACTORY_PORT;
    return {
      app,
      config,
      redis,
      url: `http://${config.HOST}:${port}`,
      close: async () => {
        // Readiness turns 503 and writes are refused before workers and the server start closing.
        observability.shutdown.begin();
        await app.close();
        // The accounting written behind the last answers goes out before its connection closes.
        await llm.flush(2_000);
        for (const close of closers) await close();
        await redis.stop();
      },
    };
  } catch (err) {
    for (const close of closers) await close();
    await redis.stop();
    throw err;
  }
}
