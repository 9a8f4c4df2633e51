import { Body, Controller, Get, Inject, Optional, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UdcCapabilities, UdcDependencies, UdcHealth, UdcRuntime, UdcState } from '@sf/udc';
import type { FastifyReply } from 'fastify';
import { Access } from '../auth/access.decorator';

/** Injection token of the app's `UdcRuntime` (from `@sf/udc`). */
export const UDC_RUNTIME = Symbol('UDC_RUNTIME');

/** Optional injection token of a `() => Record<string, number>` whose figures `/state` adds to its metrics. */
export const UDC_STATE_METRICS = Symbol('UDC_STATE_METRICS');

/**
 * A service's own five UDC endpoints (PRODUCT §7), served from its `UdcRuntime`. `/health` says
 * `degraded` while a required dependency (Redis for our apps) is down.
 */
@ApiTags('udc')
@Controller()
export class UdcController {
  constructor(
    @Inject(UDC_RUNTIME) private readonly udc: UdcRuntime,
    @Optional()
    @Inject(UDC_STATE_METRICS)
    private readonly extraMetrics: (() => Record<string, number>) | null = null,
  ) {}

  @Get('health')
  @Access('public')
  async health(): Promise<UdcHealth> {
    const body = this.udc.healthBody();
    const deps = await this.udc.dependenciesBody();
    return deps.all_required_up ? body : { ...body, status: 'degraded' };
  }

  @Get('capabilities')
  @Access('viewer')
  capabilities(): UdcCapabilities {
    return this.udc.capabilitiesBody();
  }

  @Get('state')
  @Access('viewer')
  state(): UdcState {
    return this.udc.stateBody(this.extraMetrics?.() ?? {});
  }

  @Get('dependencies')
  @Access('viewer')
  dependencies(): Promise<UdcDependencies> {
    return this.udc.dependenciesBody();
  }

  @Post('message')
  @Access('submitter')
  message(@Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): unknown {
    const outcome = this.udc.acceptMessage(body);
    void reply.status(outcome.statusCode);
    return outcome.body;
  }
}
