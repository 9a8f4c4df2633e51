import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { UdcRuntime } from '@sf/udc';
import type { Redis } from 'ioredis';
import { ExecutorConfig } from './config/executor.config';
import { REDIS, UDC_RUNTIME } from './executor.tokens';
import { HealthController } from './health/health.controller';
import { UdcController } from './udc/udc.controller';

/** What `main.ts` resolves before Nest starts. */
export interface ExecutorRuntime {
  config: ExecutorConfig;
  redis: Redis;
  udc: UdcRuntime;
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

/**
 * build-executor. This is the booting shell of the build line: config, Redis, probes and the UDC
 * endpoints; the build worker, phases, sandbox, deploy and registry arrive with the build-line issue.
 */
@Module({})
export class AppModule {
  static forRoot(runtime: ExecutorRuntime): DynamicModule {
    return {
      module: AppModule,
      controllers: [HealthController, UdcController],
      providers: [
        { provide: ExecutorConfig, useValue: runtime.config },
        { provide: REDIS, useValue: runtime.redis },
        { provide: UDC_RUNTIME, useValue: runtime.udc },
        RedisCloser,
      ],
    };
  }
}
