import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { isTerminalIntentStatus, type IntentStatus, type PipelineEvent } from '@sf/contracts';
import { createRedis } from '@sf/platform';
import type { Redis } from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';
import { IntentsRepository } from '../intents/intents.repository';
import { FactoryKeys } from '../redis/keys';
import { REDIS_URL } from '../redis/redis.tokens';

const STREAM_PATH = /^\/intents\/([^/?#]{1,100})\/stream$/;
const EVENT_ID = /^\d{1,20}-\d{1,20}$/;
const PING_INTERVAL_MS = 30_000;

/** WebSocket close codes of the stream protocol. */
export const CLOSE = { done: 1000, goingAway: 1001, badRequest: 4400, notFound: 4404 } as const;

/** One connected client: where it is in the log, and a chain that keeps its sends in order. */
class StreamClient {
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    readonly intentId: string,
    readonly socket: WebSocket,
    private lastId: string,
    private readonly read: (afterId: string) => Promise<PipelineEvent[]>,
  ) {}

  /** Sends everything after the last sent event; serialised so there are no gaps or duplicates. */
  pump(): Promise<void> {
    this.chain = this.chain.then(() => this.drain()).catch(() => this.close(1011, 'stream error'));
    return this.chain;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async drain(): Promise<void> {
    while (!this.closed) {
      const events = await this.read(this.lastId);
      if (events.length === 0) return;
      for (const event of events) {
        if (this.closed) return;
        this.socket.send(JSON.stringify(event));
        this.lastId = event.id;
        if (isFinal(event)) return this.close(CLOSE.done, 'pipeline finished');
      }
    }
  }
}

function isFinal(event: PipelineEvent): boolean {
  return event.type === 'status_changed' && isTerminalIntentStatus(event.data.to as IntentStatus);
}

/**
 * `WS /intents/:id/stream`: history (or the part after `?since=`), then live events, closed with 1000
 * after the terminal one, 4404 for an unknown intent. Plain `ws` on the HTTP server's upgrade event,
 * so the path can carry the id; one Redis subscription fans notifications out to every client.
 */
@Injectable()
export class IntentStreamGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('intent-stream');
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients = new Map<string, Set<StreamClient>>();
  private subscriber: Redis | null = null;
  private pinger: NodeJS.Timeout | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly repo: IntentsRepository,
    private readonly keys: FactoryKeys,
    @Inject(REDIS_URL) private readonly redisUrl: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.subscriber = createRedis(this.redisUrl, 'blocking', { connectionName: 'factory-events' });
    this.subscriber.on('message', (_channel: string, intentId: string) => this.notify(intentId));
    // After a reconnect some notifications may have been missed: catch every client up.
    this.subscriber.on('ready', () => this.notifyAll());
    await this.subscriber.subscribe(this.keys.eventsChannel());

    const server = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(req, socket, head),
    );
    this.pinger = setInterval(() => this.wss.clients.forEach((ws) => ws.ping()), PING_INTERVAL_MS);
    this.pinger.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.pinger) clearInterval(this.pinger);
    for (const set of this.clients.values())
      for (const client of set) client.close(CLOSE.goingAway, 'shutting down');
    this.wss.close();
    await this.subscriber?.quit().catch(() => undefined);
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      void this.open(ws, decodeURIComponent(match[1]), url.searchParams.get('since'));
    });
  }

  private async open(ws: WebSocket, intentId: string, since: string | null): Promise<void> {
    if (since !== null && !EVENT_ID.test(since)) {
      ws.close(CLOSE.badRequest, 'since must be an event id like 1700000000000-0');
      return;
    }
    try {
      if (!(await this.repo.get(intentId))) {
        ws.close(CLOSE.notFound, 'intent not found');
        return;
      }
    } catch (err) {
      this.logger.warn(`stream ${intentId}: ${(err as Error).message}`);
      ws.close(1011, 'storage unavailable');
      return;
    }
    const client = new StreamClient(intentId, ws, since ?? '0-0', (afterId) =>
      this.repo.readEvents(intentId, afterId),
    );
    // Register before reading history so an event written in between still triggers a pump.
    const set = this.clients.get(intentId) ?? new Set<StreamClient>();
    set.add(client);
    this.clients.set(intentId, set);
    ws.on('close', () => this.forget(client));
    ws.on('error', () => this.forget(client));
    await client.pump();
  }

  private forget(client: StreamClient): void {
    client.close(CLOSE.goingAway, 'closed');
    const set = this.clients.get(client.intentId);
    set?.delete(client);
    if (set?.size === 0) this.clients.delete(client.intentId);
  }

  private notify(intentId: string): void {
    for (const client of this.clients.get(intentId) ?? []) void client.pump();
  }

  private notifyAll(): void {
    for (const id of this.clients.keys()) this.notify(id);
  }
}
