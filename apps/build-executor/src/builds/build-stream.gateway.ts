import type { Server } from 'node:http';
import {
  Inject,
  Injectable,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { isTerminalBuildStatus, type BuildStatus, type PipelineEvent } from '@sf/contracts';
import { Authenticator, EventStreamServer, RateLimitGuard } from '@sf/platform';
import { REDIS_URL } from '../executor.tokens';
import { BuildsRepository } from './builds.repository';

/** `WS /builds/:id/stream` (plain WebSocket, works with wscat): history, live events, close 1000 at the end. */
@Injectable()
export class BuildStreamGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stream: EventStreamServer<PipelineEvent> | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly repo: BuildsRepository,
    @Inject(REDIS_URL) private readonly redisUrl: string,
    // Absent only where a test builds the module without createHttpApp's auth.
    @Optional() @Inject(Authenticator) private readonly auth: Authenticator | null = null,
    // Absent when RATE_LIMIT=off.
    @Optional() @Inject(RateLimitGuard) private readonly limiter: RateLimitGuard | null = null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.stream = new EventStreamServer<PipelineEvent>(
      server,
      this.redisUrl,
      {
        path: /^\/builds\/([^/?#]{1,100})\/stream$/,
        channel: this.repo.channel,
        notFoundReason: 'build not found',
        exists: async (id) => (await this.repo.get(id)) !== null,
        read: (id, afterId) => this.repo.readEvents(id, afterId),
        isFinal: (e) => e.type === 'status_changed' && isTerminalBuildStatus(e.data.to as BuildStatus),
      },
      this.auth,
      this.limiter,
    );
    await this.stream.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stream?.close();
  }
}
