import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { breakerStateMetrics, type LlmClient } from '@sf/llm';
import type { UdcRuntime } from '@sf/udc';
import type { Redis } from 'ioredis';
import { BuildEventsForwarder } from './builds/build-events.forwarder';
import { BuildStreamGateway } from './builds/build-stream.gateway';
import { BuildWorker } from './builds/build.worker';
import { BuildsController } from './builds/builds.controller';
import { BuildsRepository } from './builds/builds.repository';
import { BuildCommandsService } from './builds/build-commands.service';
import { BuildIntakeService } from './builds/build-intake.service';
import { BuildQueriesService } from './builds/build-queries.service';
import { BuildQueue } from './builds/build-queue';
import { BuildReconciler } from './builds/build-reconciler';
import { ExecutorConfig } from './config/executor.config';
import { DeployModule } from './deploy/deploy.module';
import { UDC_RUNTIME, UDC_STATE_METRICS, UdcController } from '@sf/platform';
import { LLM_CLIENT, PUBLIC_URL, REDIS, REDIS_URL, SANDBOX } from './executor.tokens';
import { ExecutorHealthIndicators } from './health/executor-health.indicators';
import { HealthController } from './health/health.controller';
import { ExecutorMetrics } from './metrics/executor-metrics';
import { BUILD_LINE_PROVIDERS } from './build-line/build-line.providers';
import { ExecutorKeys } from './redis/keys';
import { RegistryModule } from './registry/registry.module';
import { ReleaseGit } from './release-git/release-git.service';
import type { Sandbox } from './sandbox';

/** What `executor-app.ts` (or a test) resolves before Nest starts. */
export interface ExecutorRuntime {
  config: ExecutorConfig;
  redis: Redis;
  redisUrl: string;
  udc: UdcRuntime;
  llm: LlmClient;
  sandbox: Sandbox;
  /** Base URL generated services use to reach this executor's built-in registry. */
  publicUrl: string;
}

/**
 * build-executor: the build line (queue worker, phases, sandbox), the builds API and stream, local
 * deployments and the built-in registry. Global so the registry and deploy modules see config and Redis.
 */
@Module({})
export class AppModule {
  static forRoot(runtime: ExecutorRuntime): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TerminusModule,
        RegistryModule.forRoot({ registryUrl: runtime.config.REGISTRY_URL }),
        DeployModule.forRoot(),
      ],
      controllers: [HealthController, UdcController, BuildsController],
      providers: [
        { provide: ExecutorConfig, useValue: runtime.config },
        { provide: REDIS, useValue: runtime.redis },
        { provide: ExecutorKeys, useValue: new ExecutorKeys(runtime.config.REDIS_PREFIX) },
        { provide: REDIS_URL, useValue: runtime.redisUrl },
        { provide: UDC_RUNTIME, useValue: runtime.udc },
        { provide: UDC_STATE_METRICS, useValue: () => breakerStateMetrics(runtime.llm) },
        { provide: LLM_CLIENT, useValue: runtime.llm },
        { provide: SANDBOX, useValue: runtime.sandbox },
        { provide: PUBLIC_URL, useValue: runtime.publicUrl },
        BuildsRepository,
        BuildEventsForwarder,
        ...BUILD_LINE_PROVIDERS,
        BuildQueue,
        BuildIntakeService,
        BuildQueriesService,
        BuildCommandsService,
        BuildReconciler,
        BuildWorker,
        BuildStreamGateway,
        ExecutorHealthIndicators,
        ExecutorMetrics,
        ReleaseGit,
      ],
      exports: [ExecutorConfig, REDIS, PUBLIC_URL, SANDBOX, ReleaseGit],
    };
  }
}
