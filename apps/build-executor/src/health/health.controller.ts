import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { REDIS } from '../executor.tokens';

/** Kubernetes probes: live = the process answers; ready = Redis answers. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    try {
      await this.redis.ping();
      return { status: 'ok', info: { redis: { status: 'up' } } };
    } catch (err) {
      void reply.status(503);
      return { status: 'error', error: { redis: { status: 'down', message: (err as Error).message } } };
    }
  }
}
