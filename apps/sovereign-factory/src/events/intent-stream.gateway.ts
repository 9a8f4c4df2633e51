import type { Server } from 'node:http';
import {
  Inject,
  Injectable,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { isTerminalIntentStatus, type IntentStatus, type PipelineEvent } from '@sf/contracts';
import { Authenticator, EventStreamServer, RateLimitGuard } from '@sf/platform';
import { IntentsRepository } from '../intents/intents.repository';
import { FactoryKeys } from '../redis/keys';
import { REDIS_URL } from '../redis/redis.tokens';

/** `WS /intents/:id/stream`: the intent's events (its build's included), closed after a terminal status. */
@Injectable()
export class IntentStreamGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stream: EventStreamServer<PipelineEvent> | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly repo: IntentsRepository,
    private readonly keys: FactoryKeys,
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
        path: /^\/intents\/([^/?#]{1,100})\/stream$/,
        channel: this.keys.eventsChannel(),
        notFoundReason: 'intent not found',
        exists: async (id) => (await this.repo.get(id)) !== null,
        read: (id, afterId) => this.repo.readEvents(id, afterId),
        // The build's own status events ride along (with build_id); only the intent's own ends the stream.
        isFinal: (e) =>
          e.type === 'status_changed' && !e.build_id && isTerminalIntentStatus(e.data.to as IntentStatus),
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
