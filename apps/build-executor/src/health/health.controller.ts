import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { readinessResponse, Access } from '@sf/platform';
import type { FastifyReply } from 'fastify';
import { ExecutorHealthIndicators } from './executor-health.indicators';

/**
 * Kubernetes probes: live = the process serves HTTP (no dependency is checked: a Redis outage must not get
 * the pod restarted); ready = not shutting down, Redis, the queues and the build worker usable, else 503.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: ExecutorHealthIndicators,
  ) {}

  @Get('live')
  @Access('public')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Access('public')
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    return readinessResponse(this.health, this.indicators.all(), reply);
  }
}
