import { Body, Controller, Get, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { UdcCapabilities, UdcDependencies, UdcHealth, UdcRuntime, UdcState } from '@sf/udc';
import type { FastifyReply } from 'fastify';

/** Injection token of the app's `UdcRuntime` (from `@sf/udc`). */
export const UDC_RUNTIME = Symbol('UDC_RUNTIME');

/**
 * A service's own five UDC endpoints (PRODUCT §7), served from its `UdcRuntime`. `/health` says
 * `degraded` while a required dependency (Redis for our apps) is down.
 */
@ApiTags('udc')
@Controller()
export class UdcController {
  constructor(@Inject(UDC_RUNTIME) private readonly udc: UdcRuntime) {}

  @Get('health')
  async health(): Promise<UdcHealth> {
    const body = this.udc.healthBody();
    const deps = await this.udc.dependenciesBody();
    return deps.all_required_up ? body : { ...body, status: 'degraded' };
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
