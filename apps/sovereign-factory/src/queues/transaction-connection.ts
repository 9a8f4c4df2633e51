import { createIORedisClient, type IRedisClient, type IRedisTransaction, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/** A Lua command a transaction queues by name (defined on the connection like `defineCommand`). */
export interface TransactionCommand {
  name: string;
  lua: string;
  /** How many KEYS every call passes, or null when the caller passes the count first. */
  numberOfKeys: number | null;
}

/** BullMQ's add scripts (`<name>:<version>`), one of which `Job.addJob` queues, chosen by the job's options. */
const BULLMQ_ADD_SCRIPT = /^add(Standard|Prioritized|Delayed|Parent)Job:/;

/**
 * The connection {@link execWithJob} runs its MULTI on: a duplicate of the queues' connection that carries only
 * the scripts such a transaction runs (BullMQ's add scripts and the caller's `commands`). ioredis copies every
 * script defined on a connection onto each MULTI object it creates; on the shared command connection that is
 * BullMQ's ~60 scripts, copied once per submit (about 7 % of the factory's CPU under load, measured).
 *
 * Opened on first use, from the first queue it serves (its connection must already carry BullMQ's scripts,
 * which awaiting the queue's client guarantees). Every queue it serves must live on the same Redis.
 */
export class TransactionConnection {
  private client: Promise<IRedisClient> | null = null;
  private closed = false;
  /** Whether the socket is corked until the end of this event-loop turn. */
  private holding = false;

  constructor(
    private readonly commands: readonly TransactionCommand[],
    private readonly connectionName: string,
  ) {}

  /**
   * A new MULTI on this connection; nothing is sent before its `exec`. The socket holds its writes until the
   * end of the current event-loop turn, so the transactions of the requests answered in one turn reach Redis
   * in one write instead of one each.
   */
  async multi(queue: Queue): Promise<IRedisTransaction> {
    const client = await this.connection(queue);
    this.holdWritesForTurn(client);
    return client.multi();
  }

  /**
   * Opens the connection and waits until it is ready, so its handshake is not paid by the first request. Best
   * effort: when Redis cannot be reached now, the first {@link multi} opens it.
   */
  async warm(queue: Queue): Promise<void> {
    try {
      await (await this.connection(queue)).ping();
    } catch {
      // Opened (or retried) on first use.
    }
  }

  /** Closes the connection (if it was opened); later {@link multi} calls throw. */
  async close(): Promise<void> {
    this.closed = true;
    const client = await this.client?.catch(() => null);
    this.client = null;
    await client?.quit().catch(() => client.disconnect());
  }

  private holdWritesForTurn(client: IRedisClient): void {
    // ioredis's socket (`stream`), absent from BullMQ's client type.
    const socket = (client as unknown as { stream?: unknown }).stream as
      { cork?: () => void; uncork?: () => void } | undefined;
    // A cluster connection has no single socket: its writes go as they are.
    if (this.holding || typeof socket?.cork !== 'function' || typeof socket.uncork !== 'function') return;
    this.holding = true;
    socket.cork();
    setImmediate(() => {
      this.holding = false;
      socket.uncork?.();
    });
  }

  private connection(queue: Queue): Promise<IRedisClient & Pick<Redis, 'ping'>> {
    if (this.closed) return Promise.reject(new Error('the transaction connection is closed'));
    this.client ??= this.open(queue).catch((err: unknown) => {
      this.client = null;
      throw err;
    });
    return this.client as Promise<IRedisClient & Pick<Redis, 'ping'>>;
  }

  private async open(queue: Queue): Promise<IRedisClient> {
    // ioredis keeps each connection's scripts in `scriptsSet` (typed `{}` there; each one an ioredis Script).
    const source = (await queue.getBackend().client) as unknown as IRedisClient & {
      scriptsSet: Record<string, { lua: string; numberOfKeys: number | null }>;
    };
    const client = source.duplicate({ connectionName: this.connectionName }) as IRedisClient &
      Pick<Redis, 'defineCommand'>;
    // As on every connection of ours: ioredis reconnects by itself; outages are reported elsewhere.
    client.on('error', () => undefined);
    for (const [name, script] of Object.entries(source.scriptsSet)) {
      if (BULLMQ_ADD_SCRIPT.test(name)) {
        client.defineCommand(name, { numberOfKeys: script.numberOfKeys ?? undefined, lua: script.lua });
      }
    }
    for (const { name, lua, numberOfKeys } of this.commands) {
      client.defineCommand(name, { numberOfKeys: numberOfKeys ?? undefined, lua });
    }
    if (this.closed) {
      client.disconnect();
      throw new Error('the transaction connection is closed');
    }
    return createIORedisClient(client);
  }
}
