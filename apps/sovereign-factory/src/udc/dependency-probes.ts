import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { BuildHandoffService } from '../handoff/build-handoff.service';
import { FactoryHealthIndicators } from '../health/factory-health.indicators';
import { DEPENDENCY_PROBES, type DependencyProbes } from './udc.tokens';

/**
 * Points the UDC runtime's dependency probes (created before Nest) at the app's own checks: Redis
 * (required: `/health` says degraded without it) and whether a build executor is connected.
 */
@Injectable()
export class DependencyProbesBinder implements OnModuleInit {
  constructor(
    @Inject(DEPENDENCY_PROBES) private readonly probes: DependencyProbes,
    private readonly indicators: FactoryHealthIndicators,
    private readonly handoff: BuildHandoffService,
  ) {}

  onModuleInit(): void {
    this.probes.redis = async () => (await this.indicators.redisUp()).redis.status === 'up';
    this.probes.buildExecutor = () => this.handoff.executorAvailable();
  }
}
