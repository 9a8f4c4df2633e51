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

/** At most this many commands go in one shared MULTI; the next caller of the turn opens another. */
const MAX_COMMANDS_PER_MULTI = 256;

/** A MULTI the transactions of one event-loop turn share, and the replies of its EXEC once it has run. */
export interface SharedMulti {
  tx: IRedisTransaction;
  /** The EXEC's replies, one `[error, value]` per queued command (MULTI itself excluded), or null if aborted. */
  replies: Promise<[Error | null, unknown][] | null>;
}

/**
 * The connection {@link execWithJob} runs its MULTI on: a duplicate of the queues' connection that carries only
 * the scripts such a transaction runs (BullMQ's add scripts and the caller's `commands`). ioredis copies every
 * script defined on a connection onto each MULTI object it creates; on the shared command connection that is
 * BullMQ's ~60 scripts, copied once per submit (about 7 % of the factory's CPU under load, measured).
 *
 * The transactions of one event-loop turn share one MULTI, sent with its EXEC at the end of the turn
 * (`setImmediate`): one write, one reply, one set of ioredis pipeline objects for all the requests answered in
 * that turn. A MULTI and its EXEC cost about as much client CPU as the commands they carry (measured in-process with 64
 * callers: 55 µs of client CPU per create + job with a MULTI each, 39 µs sharing one); Redis still applies each EXEC as a whole or, when it never
 * arrives (connection lost), not at all, so every transaction in it keeps its all-or-nothing.
 *
 * Opened on first use, from the first queue it serves (its connection must already carry BullMQ's scripts,
 * which awaiting the queue's client guarantees). Every queue it serves must live on the same Redis.
 */
export class TransactionConnection {
  private client: Promise<IRedisClient> | null = null;
  private closed = false;
  /** The MULTI of the current turn, open to more commands until its EXEC is sent. */
  private turn: { shared: SharedMulti; commands: () => number } | null = null;

  constructor(
    private readonly commands: readonly TransactionCommand[],
    private readonly connectionName: string,
  ) {}

  /**
   * Runs `queue` on the MULTI of the current event-loop turn and resolves with the replies of the commands it
   * queued, in order. `queue` must queue its commands synchronously (before its first `await`): what it
   * queues after that may land in another caller's place. Nothing is sent before the turn ends.
   */
  async transaction(
    queue: Queue,
    enqueue: (tx: IRedisTransaction) => void,
  ): Promise<[Error | null, unknown][]> {
    const client = await this.connection(queue);
    const turn = this.current(client);
    const first = turn.commands();
    enqueue(turn.shared.tx);
    const end = turn.commands();
    const replies = await turn.shared.replies;
    if (!replies) throw new Error('the transaction was aborted');
    return replies.slice(first, end);
  }

  /**
   * Opens the connection and waits until it is ready, so its handshake is not paid by the first request. Best
   * effort: when Redis cannot be reached now, the first {@link transaction} opens it.
   */
  async warm(queue: Queue): Promise<void> {
    try {
      await (await this.connection(queue)).ping();
    } catch {
      // Opened (or retried) on first use.
    }
  }

  /** Closes the connection (if it was opened); later {@link transaction} calls throw. */
  async close(): Promise<void> {
    this.closed = true;
    const client = await this.client?.catch(() => null);
    this.client = null;
    await client?.quit().catch(() => client.disconnect());
  }

  /** The MULTI of this turn, opened (and its EXEC scheduled for the end of the turn) by the first caller. */
  private current(client: IRedisClient): { shared: SharedMulti; commands: () => number } {
    if (this.turn && this.turn.commands() < MAX_COMMANDS_PER_MULTI) return this.turn;
    const tx = client.multi();
    // ioredis counts queued commands in `length`, MULTI itself first: replies are numbered from the next one.
    const pipeline = tx as unknown as { length: number };
    const multiAt = pipeline.length;
    let send!: () => void;
    const replies = new Promise<[Error | null, unknown][] | null>((resolve, reject) => {
      send = () => {
        if (this.turn?.shared.tx === tx) this.turn = null;
        (tx.exec() as Promise<[Error | null, unknown][] | null>).then(resolve, reject);
      };
    });
    // Every caller awaits it; a rejection nobody awaits yet must not surface as unhandled.
    replies.catch(() => undefined);
    setImmediate(send);
    this.turn = { shared: { tx, replies }, commands: () => pipeline.length - multiAt };
    return this.turn;
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
