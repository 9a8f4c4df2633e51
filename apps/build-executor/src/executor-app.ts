import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, createRedis, resolveRedis, type RedisHandle } from '@sf/platform';
import { createUdcRuntime } from '@sf/udc';
import { AppModule } from './app.module';
import { loadExecutorConfig, type ExecutorConfig } from './config/executor.config';

/** Version reported in UDC and OpenAPI. */
export const EXECUTOR_VERSION = '0.1.0';

/** A started executor and how to stop everything it started. */
export interface StartedExecutor {
  app: NestFastifyApplication;
  config: ExecutorConfig;
  url: string;
  redis: RedisHandle;
  close(): Promise<void>;
}

/** Boots build-executor from an environment (validated config, Redis embedded when `REDIS_URL` is unset). */
export async function startExecutor(env: NodeJS.ProcessEnv = process.env): Promise<StartedExecutor> {
  const config = loadExecutorConfig(env);
  const redis = await resolveRedis(config.REDIS_URL, { dataDir: config.DATA_DIR });
  try {
    const client = createRedis(redis.url, 'command', { connectionName: 'executor' });
    const udc = createUdcRuntime({
      service: 'build-executor',
      version: EXECUTOR_VERSION,
      features: [],
      endpoints: [],
      dependencies: [
        {
          name: 'redis',
          required: true,
          check: async () => (await client.ping()) === 'PONG',
        },
      ],
    });
    const app = await createHttpApp(AppModule.forRoot({ config, redis: client, udc }), {
      title: 'build-executor',
      description: 'SPEC → running, tested, registered service (PRODUCT §4)',
      version: EXECUTOR_VERSION,
      bodyLimitBytes: 1024 * 1024,
      onResponse: (status) => udc.recordRequest(status),
    });
    await app.listen(config.EXECUTOR_PORT, config.HOST);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.EXECUTOR_PORT;
    return {
      app,
      config,
      redis,
      url: `http://${config.HOST}:${port}`,
      close: async () => {
        await app.close();
        await redis.stop();
      },
    };
  } catch (err) {
    await redis.stop();
    throw err;
  }
}
