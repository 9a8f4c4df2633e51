import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { FactoryHealthIndicators } from './factory-health.indicators';

/** Kubernetes probes: live = the process answers; ready = Redis, queues and the worker are usable. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: FactoryHealthIndicators,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    try {
      return await this.health.check([
        () => this.indicators.redisUp(),
        () => this.indicators.queuesUp(),
        () => this.indicators.workerUp(),
      ]);
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      // Terminus reports the failing checks in the exception; a probe (and a human) wants them in the body.
      void reply.status(503);
      return err.getResponse();
    }
  }
}
