import { Body, Controller, Get, Inject, Post, Res, type OnModuleInit } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UdcCapabilities, UdcDependencies, UdcHealth, UdcRuntime, UdcState } from '@sf/udc';
import type { FastifyReply } from 'fastify';
import { FactoryHealthIndicators } from '../health/factory-health.indicators';
import { BuildHandoffService } from '../handoff/build-handoff.service';
import { DEPENDENCY_PROBES, UDC_RUNTIME, type DependencyProbes } from './udc.tokens';

/** The factory's own five UDC endpoints (PRODUCT §7); `/health` says `degraded` while Redis is down. */
@ApiTags('udc')
@Controller()
export class UdcController implements OnModuleInit {
  constructor(
    @Inject(UDC_RUNTIME) private readonly udc: UdcRuntime,
    @Inject(DEPENDENCY_PROBES) private readonly probes: DependencyProbes,
    private readonly indicators: FactoryHealthIndicators,
    private readonly handoff: BuildHandoffService,
  ) {}

  onModuleInit(): void {
    this.probes.redis = async () => (await this.indicators.redisUp()).redis.status === 'up';
    this.probes.buildExecutor = () => this.handoff.executorAvailable();
  }

  @Get('health')
  async health(): Promise<UdcHealth> {
    const body = this.udc.healthBody();
    const redisUp = await this.probes.redis();
    return redisUp ? body : { ...body, status: 'degraded' };
  }

  @Get('capabilities')
  capabilities(): UdcCapabilities {
    return this.udc.capabilitiesBody();
  }

  @Get('state')
  state(): UdcState {
    return this.udc.stateBody();
  }

  @Get('dependencies')
  dependencies(): Promise<UdcDependencies> {
    return this.udc.dependenciesBody();
  }

  @Post('message')
  message(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): unknown {
    const outcome = this.udc.acceptMessage(body);
    void reply.status(outcome.statusCode);
    return outcome.body;
  }
}
