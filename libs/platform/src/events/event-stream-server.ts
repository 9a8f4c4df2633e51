import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Redis } from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Authenticator } from '../auth/authenticator';
import { allows, type Principal } from '../auth/roles';
import { WWW_AUTHENTICATE } from '../http/error-filter';
import { createRedis } from '../redis-connection';

const EVENT_ID = /^\d{1,20}-\d{1,20}$/;
const PING_INTERVAL_MS = 30_000;

/** WebSocket close codes of the stream protocol (PRODUCT §4 Events). */
export const STREAM_CLOSE = {
  done: 1000,
  goingAway: 1001,
  error: 1011,
  badRequest: 4400,
  notFound: 4404,
} as const;

/** Where a stream's events come from. */
export interface EventStreamSource<E extends { id: string }> {
  /** Matches the upgrade path; capture group 1 is the id. */
  path: RegExp;
  /** Redis pub/sub channel whose messages are ids whose log just grew. */
  channel: string;
  /** Reason sent with close 4404. */
  notFoundReason: string;
  exists(id: string): Promise<boolean>;
  /** Events after `afterId` (exclusive; `0-0` for all), oldest first. */
  read(id: string, afterId: string): Promise<E[]>;
  /** True for the event after which the stream is complete (close 1000). */
  isFinal(event: E): boolean;
}

/** One connected client: where it is in the log, and a chain that keeps its sends in order. */
class StreamClient<E extends { id: string }> {
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    readonly id: string,
    private readonly socket: WebSocket,
    private lastId: string,
    private readonly source: EventStreamSource<E>,
  ) {}

  /** Sends everything after the last sent event; serialised, so there are no gaps or duplicates. */
  pump(): Promise<void> {
    this.chain = this.chain
      .then(() => this.drain())
      .catch(() => this.close(STREAM_CLOSE.error, 'stream error'));
    return this.chain;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }

  private async drain(): Promise<void> {
    while (!this.closed) {
      const events = await this.source.read(this.id, this.lastId);
      if (events.length === 0) return;
      for (const event of events) {
        if (this.closed) return;
        this.socket.send(JSON.stringify(event));
        this.lastId = event.id;
        if (this.source.isFinal(event)) return this.close(STREAM_CLOSE.done, 'finished');
      }
    }
  }
}

/**
 * A durable event log served over plain WebSockets: history (or the part after `?since=`), then live
 * events, closed with 1000 after the final one and 4404 for an unknown id. Listens on the HTTP server's
 * upgrade event so the path can carry the id; one Redis subscription fans notifications out to clients.
 */
export class EventStreamServer<E extends { id: string }> {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients = new Map<string, Set<StreamClient<E>>>();
  private subscriber: Redis | null = null;
  private pinger: NodeJS.Timeout | null = null;

  constructor(
    private readonly server: Server,
    private readonly redisUrl: string,
    private readonly source: EventStreamSource<E>,
    /** Who may open a stream (viewers); the token comes in `Authorization` or, for browsers, `?access_token=`. */
    private readonly auth: Authenticator | null,
    /** Rate limits handshakes like HTTP reads (absent: `RATE_LIMIT=off`, or a test without limits). */
    private readonly limiter: HandshakeLimiter | null = null,
  ) {}

  async start(): Promise<void> {
    this.subscriber = createRedis(this.redisUrl, 'blocking', { connectionName: 'event-stream' });
    this.subscriber.on('message', (_channel: string, id: string) => this.notify(id));
    // After a reconnect some notifications may have been missed: catch every client up.
    this.subscriber.on('ready', () => this.notifyAll());
    await this.subscriber.subscribe(this.source.channel);
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(req, socket, head),
    );
    this.pinger = setInterval(() => this.wss.clients.forEach((ws) => ws.ping()), PING_INTERVAL_MS);
    this.pinger.unref();
  }

  async close(): Promise<void> {
    if (this.pinger) clearInterval(this.pinger);
    for (const set of this.clients.values()) {
      for (const client of set) client.close(STREAM_CLOSE.goingAway, 'shutting down');
    }
    this.wss.close();
    await this.subscriber?.quit().catch(() => undefined);
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = this.source.path.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (!this.auth) return this.accept(req, socket, head, match[1], url);
    const auth = this.auth;
    // The client may hang up while its credential is checked: without a listener that error would crash us.
    socket.on('error', () => socket.destroy());
    void auth.authenticate(req, true).then(
      async (principal) => {
        const limited = await this.limiter?.limitHandshake(req, principal ?? null);
        if (limited) {
          return refuse(
            socket,
            429,
            'Too Many Requests',
            `Retry-After: ${limited.retryAfterS}\r\nX-RateLimit-Limit: ${limited.limit}\r\nX-RateLimit-Remaining: 0\r\n`,
          );
        }
        if (!principal)
          return refuse(socket, 401, 'Unauthorized', `WWW-Authenticate: ${WWW_AUTHENTICATE}\r\n`);
        if (!allows(principal, 'viewer')) return refuse(socket, 403, 'Forbidden', '');
        this.accept(req, socket, head, match[1], url);
      },
      () => refuse(socket, 503, 'Service Unavailable', ''),
    );
  }

  private accept(req: IncomingMessage, socket: Duplex, head: Buffer, rawId: string, url: URL): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      // Listeners first: an error event without one would crash the process.
      ws.on('error', () => ws.terminate());
      let id: string;
      try {
        id = decodeURIComponent(rawId);
      } catch {
        ws.close(STREAM_CLOSE.badRequest, 'malformed id in the path');
        return;
      }
      void this.open(ws, id, url.searchParams.get('since'));
    });
  }

  private async open(ws: WebSocket, id: string, since: string | null): Promise<void> {
    if (since !== null && !EVENT_ID.test(since)) {
      ws.close(STREAM_CLOSE.badRequest, 'since must be an event id like 1700000000000-0');
      return;
    }
    try {
      if (!(await this.source.exists(id))) {
        ws.close(STREAM_CLOSE.notFound, this.source.notFoundReason);
        return;
      }
    } catch {
      ws.close(STREAM_CLOSE.error, 'storage unavailable');
      return;
    }
    const client = new StreamClient(id, ws, since ?? '0-0', this.source);
    // Registered before the history is read, so an event written in between still triggers a pump.
    const set = this.clients.get(id) ?? new Set<StreamClient<E>>();
    set.add(client);
    this.clients.set(id, set);
    ws.on('close', () => this.forget(client));
    await client.pump();
  }

  private forget(client: StreamClient<E>): void {
    client.close(STREAM_CLOSE.goingAway, 'closed');
    const set = this.clients.get(client.id);
    set?.delete(client);
    if (set?.size === 0) this.clients.delete(client.id);
  }

  private notify(id: string): void {
    for (const client of this.clients.get(id) ?? []) void client.pump();
  }

  private notifyAll(): void {
    for (const id of this.clients.keys()) this.notify(id);
  }
}

/** Counts a stream handshake against the caller's rate limit (RateLimitGuard.limitHandshake). */
export interface HandshakeLimiter {
  limitHandshake(
    req: IncomingMessage,
    principal: Principal | null,
  ): Promise<{ limit: number; retryAfterS: number } | null>;
}

/** Answers an upgrade request with a plain HTTP refusal (before any WebSocket handshake). */
function refuse(socket: Duplex, status: number, text: string, headers: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\n${headers}Connection: close\r\nContent-Length: 0\r\n\r\n`);
}
