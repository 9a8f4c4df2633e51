import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { BuildWorker } from '../builds/build.worker';
import { REDIS } from '../executor.tokens';

const PROBE_TIMEOUT_MS = 1000;

/** Kubernetes probes: live = the process answers; ready = Redis answers and the build worker runs. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly worker: BuildWorker,
  ) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const redis = await Promise.race([
      this.redis.ping().then(
        () => ({ status: 'up' }),
        (err: Error) => ({ status: 'down', message: err.message }),
      ),
      new Promise<{ status: string; message: string }>((resolve) =>
        setTimeout(
          () => resolve({ status: 'down', message: `no answer within ${PROBE_TIMEOUT_MS} ms` }),
          PROBE_TIMEOUT_MS,
        ).unref(),
      ),
    ]);
    const worker = this.worker.isRunning()
      ? { status: 'up' }
      : { status: 'down', message: 'build worker is not running' };
    const checks = { redis, build_worker: worker };
    const ok = Object.values(checks).every((c) => c.status === 'up');
    if (!ok) void reply.status(503);
    return { status: ok ? 'ok' : 'error', details: checks };
  }
}
