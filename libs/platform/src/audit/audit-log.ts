import { join } from 'node:path';
import { keyPrefix } from '@sf/contracts';
import type { Redis } from 'ioredis';
import { loadRedisScript } from '../redis-script';

/** How a recorded mutation ended: answered 2xx/3xx, refused with a 4xx, or failed with a 5xx. */
export type AuditOutcome = 'ok' | 'refused' | 'failed';

/** One mutation: who did what to which target, when, and how it ended. */
export interface AuditEntry {
  /** Stream id (`<ms>-<seq>`), assigned by Redis. */
  id: string;
  /** ISO time the answer was sent. */
  at: string;
  /** The service that answered (`sovereign-factory`, `build-executor`). */
  service: string;
  /** The authenticated principal's name, or `anonymous`. */
  principal: string;
  /** The principal's role, when authenticated. */
  role: string | null;
  request_id: string;
  method: string;
  /** The route pattern (`/intents/:id/approve`), or the path when no route matched. */
  route: string;
  /** The request path as sent (without the query string). */
  path: string;
  /** The record acted on: the route's `id`, `name` or other first parameter; null when it has none. */
  target: string | null;
  status: number;
  outcome: AuditOutcome;
}

/** What {@link AuditLog.record} is given; the id and time are its own. */
export type AuditRecord = Omit<AuditEntry, 'id' | 'at' | 'outcome' | 'service'>;

/** Filters of {@link AuditLog.list}; all optional and combined with AND. */
export interface AuditQuery {
  principal?: string;
  service?: string;
  /** Matches the route pattern or the path exactly (`/api/admin/budget`). */
  route?: string;
  method?: string;
  target?: string;
  outcome?: AuditOutcome;
  /** Only entries at or after this time (ms since the epoch). */
  since?: number;
  /** Only entries before this time (ms since the epoch). */
  until?: number;
  /** At most this many entries, newest first (default 100, at most 1000). */
  limit?: number;
}

/** Options of an {@link AuditLog}. */
export interface AuditLogOptions {
  /** The stream's key (see {@link auditStreamKey}). */
  key: string;
  /** The service writing through this log. */
  service: string;
  /** Entries older than this are trimmed as new ones arrive. */
  retentionMs: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** The audit stream's key under a Redis prefix: one stream both services write and the admin API reads. */
export function auditStreamKey(prefix: string): string {
  return `${keyPrefix(prefix, 'audit')}:audit`;
}

const DAY_MS = 86_400_000;

/** The audit log of `service` on `redis`, under the services' Redis prefix, keeping entries `retentionDays`. */
export function serviceAuditLog(
  redis: Redis,
  prefix: string,
  service: string,
  retentionDays: number,
): AuditLog {
  return new AuditLog(redis, { key: auditStreamKey(prefix), service, retentionMs: retentionDays * DAY_MS });
}

const MAX_LIMIT = 1000;
/** Stream entries read per round while filtering (a filter may skip many). */
const SCAN_BATCH = 500;
/** Entries examined at most per query, so a rare filter cannot scan a huge stream in one request. */
const MAX_SCANNED = 50_000;

/** Appends a turn's entries (see `commands/append-audit-1.lua`). */
const APPEND = loadRedisScript(join(__dirname, 'commands', 'append-audit-1.lua'));
/** The append script as a command of the log's connection: by SHA, sent in full once per connection. */
const APPEND_COMMAND = 'sfAppendAudit';

type Appending = Redis & { [APPEND_COMMAND](key: string, ...args: string[]): Promise<number> };

/**
 * The audit log: every mutation of either service (submit, approve, reject, cancel, rollback, stop, budget,
 * keys, registry writes, builds/submit) as one entry of a Redis Stream, trimmed by age (`MINID`) so retention is
 * a setting rather than a job. Writes never fail a request: {@link record} reports errors to its caller's catch.
 *
 * The entries recorded in one event-loop turn are appended by one script call at the end of the turn: under
 * load a turn answers many requests, and an XADD of its own per entry (26 arguments, a command object and a
 * reply each) was a few per cent of the intake's client CPU (the audit's share of a profile under load).
 */
export class AuditLog {
  private readonly now: () => number;
  /** The entries of the current turn, each the JSON array of its field values, and who waits for them. */
  private pending: { entries: string[]; written: Promise<void> } | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly opts: AuditLogOptions,
  ) {
    this.now = opts.now ?? Date.now;
    redis.defineCommand(APPEND_COMMAND, { numberOfKeys: 1, lua: APPEND.source });
  }

  /**
   * Appends one entry at the end of this event-loop turn, with the others of the turn; resolves once it is
   * written, rejects when it could not be.
   */
  record(entry: AuditRecord): Promise<void> {
    const at = this.now();
    const turn = (this.pending ??= this.nextTurn());
    turn.entries.push(
      JSON.stringify([
        new Date(at).toISOString(),
        this.opts.service,
        entry.principal,
        entry.role ?? '',
        entry.request_id,
        entry.method,
        entry.route,
        entry.path,
        entry.target ?? '',
        String(entry.status),
        outcomeOf(entry.status),
      ]),
    );
    return turn.written;
  }

  /** Opens the batch of this turn; its script call goes out when the turn ends (`setImmediate`). */
  private nextTurn(): { entries: string[]; written: Promise<void> } {
    const entries: string[] = [];
    const written = new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.pending = null;
        const minId = Math.max(0, this.now() - this.opts.retentionMs);
        const redis = this.redis as Appending;
        redis[APPEND_COMMAND](this.opts.key, String(minId), ...entries).then(() => resolve(), reject);
      });
    });
    // Each caller handles its own copy; the batch's rejection is not unhandled when one of them already has.
    written.catch(() => undefined);
    return { entries, written };
  }

  /** Entries matching `query`, newest first. */
  async list(query: AuditQuery = {}): Promise<AuditEntry[]> {
    const limit = Math.min(Math.max(query.limit ?? 100, 1), MAX_LIMIT);
    const found: AuditEntry[] = [];
    let end = query.until !== undefined ? `(${query.until}-0` : '+';
    const start = query.since !== undefined ? `${query.since}-0` : '-';
    let scanned = 0;
    while (found.length < limit && scanned < MAX_SCANNED) {
      const batch = await this.redis.xrevrange(this.opts.key, end, start, 'COUNT', SCAN_BATCH);
      if (batch.length === 0) break;
      scanned += batch.length;
      for (const [id, flat] of batch) {
        const entry = entryOf(id, flat);
        if (matches(entry, query)) found.push(entry);
        if (found.length === limit) break;
      }
      if (batch.length < SCAN_BATCH) break;
      end = `(${batch[batch.length - 1][0]}`;
    }
    return found;
  }
}

function outcomeOf(status: number): AuditOutcome {
  if (status >= 500) return 'failed';
  return status >= 400 ? 'refused' : 'ok';
}

function entryOf(id: string, flat: string[]): AuditEntry {
  const f: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) f[flat[i]] = flat[i + 1];
  return {
    id,
    at: f.at ?? '',
    service: f.service ?? '',
    principal: f.principal ?? '',
    role: f.role ? f.role : null,
    request_id: f.request_id ?? '',
    method: f.method ?? '',
    route: f.route ?? '',
    path: f.path ?? '',
    target: f.target ? f.target : null,
    status: Number(f.status ?? 0),
    outcome: (f.outcome as AuditOutcome) ?? 'ok',
  };
}

function matches(e: AuditEntry, q: AuditQuery): boolean {
  return (
    (q.principal === undefined || e.principal === q.principal) &&
    (q.service === undefined || e.service === q.service) &&
    (q.route === undefined || e.route === q.route || e.path === q.route) &&
    (q.method === undefined || e.method === q.method.toUpperCase()) &&
    (q.target === undefined || e.target === q.target) &&
    (q.outcome === undefined || e.outcome === q.outcome)
  );
}
