import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { breakerStateMetrics, type CostServices, type LlmClient } from '@sf/llm';
import { createRedis, UDC_RUNTIME, UDC_STATE_METRICS, UdcController, type AuditLog } from '@sf/platform';
import { AUDIT_LOG } from './admin/audit.token';
import type { UdcRuntime } from '@sf/udc';
import { AdminModule } from './admin/admin.module';
import { FactoryConfig } from './config/factory.config';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { IntentStreamGateway } from './events/intent-stream.gateway';
import { BuildEventsWorker } from './handoff/build-events.worker';
import { BuildHandoffService } from './handoff/build-handoff.service';
import { FactoryHealthIndicators } from './health/factory-health.indicators';
import { HealthController } from './health/health.controller';
import { IntentsController } from './intents/intents.controller';
import { IntentsRepository } from './intents/intents.repository';
import { IntentsService } from './intents/intents.service';
import { COST_SERVICES } from './llm/cost-services.token';
import { LLM_CLIENT } from './llm/llm.tokens';
import { FactoryMetrics } from './metrics/factory-metrics';
import { FactoryQueues } from './queues/queues';
import { FactoryKeys } from './redis/keys';
import { REDIS, REDIS_URL } from './redis/redis.tokens';
import { SpecPipelineService } from './spec-line/spec-pipeline.service';
import { SpecProcessor } from './spec-line/spec.processor';
import { SpecWorker } from './spec-line/spec.worker';
import { DependencyProbesBinder } from './udc/dependency-probes';
import { DEPENDENCY_PROBES, type DependencyProbes } from './udc/udc.tokens';

/** What `main.ts` (or a test) resolves before Nest starts: config, Redis, the LLM client, the UDC runtime. */
export interface FactoryRuntime {
  config: FactoryConfig;
  redisUrl: string;
  llm: LlmClient;
  /** The shared Redis ledger, budget guard and cache the client meters through (the admin cost API reads them). */
  costs: CostServices;
  udc: UdcRuntime;
  probes: DependencyProbes;
  /** The audit log both services write; the admin API reads it. */
  audit: AuditLog;
}

/** The sovereign-factory application. */
@Module({})
export class AppModule {
  static forRoot(runtime: FactoryRuntime): DynamicModule {
    return {
      module: AppModule,
      // Global so feature modules (admin) see config, Redis and the cost services.
      global: true,
      imports: [TerminusModule, AdminModule],
      controllers: [IntentsController, DashboardController, HealthController, UdcController],
      providers: [
        { provide: FactoryConfig, useValue: runtime.config },
        { provide: REDIS_URL, useValue: runtime.redisUrl },
        { provide: LLM_CLIENT, useValue: runtime.llm },
        { provide: UDC_RUNTIME, useValue: runtime.udc },
        { provide: UDC_STATE_METRICS, useValue: () => breakerStateMetrics(runtime.llm) },
        { provide: DEPENDENCY_PROBES, useValue: runtime.probes },
        { provide: FactoryKeys, useValue: new FactoryKeys(runtime.config.REDIS_PREFIX) },
        {
          provide: REDIS,
          useFactory: () => createRedis(runtime.redisUrl, 'command', { connectionName: 'factory' }),
        },
        FactoryQueues,
        IntentsRepository,
        IntentsService,
        SpecPipelineService,
        SpecProcessor,
        SpecWorker,
        BuildHandoffService,
        BuildEventsWorker,
        IntentStreamGateway,
        DashboardService,
        FactoryHealthIndicators,
        FactoryMetrics,
        DependencyProbesBinder,
        { provide: COST_SERVICES, useValue: runtime.costs },
        { provide: AUDIT_LOG, useValue: runtime.audit },
      ],
      exports: [FactoryConfig, REDIS, COST_SERVICES, AUDIT_LOG],
    };
  }
}
