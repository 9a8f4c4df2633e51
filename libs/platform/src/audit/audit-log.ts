import { keyPrefix } from '@sf/contracts';
import type { Redis } from 'ioredis';

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

/**
 * The audit log: every mutation of either service (submit, approve, reject, cancel, rollback, stop, budget,
 * keys, registry writes, builds/submit) as one entry of a Redis Stream, trimmed by age (`MINID`) so retention is
 * a setting rather than a job. Writes never fail a request: {@link record} reports errors to its caller's catch.
 */
export class AuditLog {
  private readonly now: () => number;

  constructor(
    private readonly redis: Redis,
    private readonly opts: AuditLogOptions,
  ) {
    this.now = opts.now ?? Date.now;
  }

  /** Appends one entry, trimming entries older than the retention (approximately, as Redis trims whole nodes). */
  async record(entry: AuditRecord): Promise<void> {
    const at = this.now();
    const minId = Math.max(0, at - this.opts.retentionMs);
    // The XADD arguments built directly (field, value, …): this runs after every mutation, submits included.
    await this.redis.xadd(
      this.opts.key,
      'MINID',
      '~',
      String(minId),
      '*',
      'at',
      new Date(at).toISOString(),
      'service',
      this.opts.service,
      'principal',
      entry.principal,
      'role',
      entry.role ?? '',
      'request_id',
      entry.request_id,
      'method',
      entry.method,
      'route',
      entry.route,
      'path',
      entry.path,
      'target',
      entry.target ?? '',
      'status',
      String(entry.status),
      'outcome',
      outcomeOf(entry.status),
    );
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
