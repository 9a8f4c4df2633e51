import { join } from 'node:path';
import { loadRedisScript } from '@sf/platform';
import type { Redis } from 'ioredis';
import type { CostLedger, LedgerEntry } from '../cost-ports';
import type { LlmRole } from '../llm-types';
import type { BudgetAlert } from './budget-alerts';
import { CostKeys, type LedgerBreakdown } from './cost-keys';
import { fromNanoUsd, toNanoUsd } from './money';
import { lastUtcDays, utcDay, utcDayStart, UTC_DAY_MS, type UtcDay } from './utc-day';

/** Aggregated usage of a set of ledger entries. */
export interface CostTotals {
  cost_usd: number;
  /** Provider requests, cache hits included. */
  calls: number;
  /** input + output + cache read + cache write tokens. */
  tokens: number;
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  cache_hits: number;
  /** Requests that failed or whose output failed its schema. */
  errors: number;
}

/** Totals of one role. */
export type RoleCost = CostTotals & { role: LlmRole };
/** Totals of one provider + model. */
export type ModelCost = CostTotals & { provider: string; model: string };
/** Totals of one intent. */
export type IntentCost = CostTotals & { intent_id: string };
/** Totals of one build. */
export type BuildCost = CostTotals & { build_id: string };
/** Totals of one UTC day. */
export type DayCost = CostTotals & { day: UtcDay };

/** Options of {@link RedisCostLedger}. */
export interface RedisCostLedgerOptions {
  /** How long per-day, per-intent and per-build keys are kept, in days (default 400). */
  retentionDays?: number;
  /** The clock that says which day is today (tests pass their own). */
  now?: () => Date;
}

/** Counters kept per aggregate; `cost` is integer nano-USD so sums are exact. */
const METRICS = ['cost', 'calls', 'in', 'out', 'cr', 'cw', 'hits', 'errors'] as const;
type Metric = (typeof METRICS)[number];
type Counters = Record<Metric, number>;

/** One entry's writes in one step (`commands/record-entry-9.lua`: what it takes is at the top of the file). */
const RECORD_ENTRY = loadRedisScript(join(__dirname, 'commands', 'record-entry-9.lua'));

/** Budget alerts kept. */
const MAX_ALERTS = 1_000;

/** Default retention of ledger keys. */
export const DEFAULT_LEDGER_RETENTION_DAYS = 400;

/**
 * The cost ledger in Redis (PRODUCT §8). Each entry is appended to its UTC day's list (and its intent's), and
 * the same MULTI increments integer counters — day totals and per-day breakdowns by role, provider/model,
 * intent and build — so every query reads a few hashes instead of scanning entries. Per-day keys expire
 * `retentionDays` after their day; per-intent and per-build keys `retentionDays` after their last entry.
 */
export class RedisCostLedger implements CostLedger {
  private readonly keys: CostKeys;
  private readonly retentionDays: number;
  private readonly now: () => Date;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    options: RedisCostLedgerOptions = {},
  ) {
    this.keys = new CostKeys(prefix);
    this.retentionDays = options.retentionDays ?? DEFAULT_LEDGER_RETENTION_DAYS;
    this.now = options.now ?? (() => new Date());
    if (!Number.isInteger(this.retentionDays) || this.retentionDays < 1)
      throw new RangeError(`retentionDays must be a positive integer, got ${this.retentionDays}`);
  }

  /** Keeps a budget alert as an event (the newest 1,000 are kept), next to the spend that raised it. */
  async recordAlert(alert: BudgetAlert): Promise<void> {
    const key = this.keys.ledgerAlerts();
    await this.redis
      .multi()
      .lpush(key, JSON.stringify({ ...alert, ts: this.now().toISOString() }))
      .ltrim(key, 0, MAX_ALERTS - 1)
      .exec();
  }

  /** The newest budget alerts, newest first. */
  async alerts(limit = 50): Promise<(BudgetAlert & { ts: string })[]> {
    const raw = await this.redis.lrange(this.keys.ledgerAlerts(), 0, Math.max(0, limit - 1));
    return raw.map((text) => JSON.parse(text) as BudgetAlert & { ts: string });
  }

  /** Today's UTC day by this ledger's clock. */
  today(): UtcDay {
    return utcDay(this.now());
  }

  async record(entry: LedgerEntry): Promise<void> {
    const day = utcDay(Date.parse(entry.ts));
    const counters = countersOf(entry);
    const dayExpiry = Math.floor((utcDayStart(day) + this.retentionDays * UTC_DAY_MS) / 1000);
    const intent = entry.intent_id ?? '';
    const build = entry.build_id ?? '';
    const keys = [
      this.keys.ledgerEntries(day),
      this.keys.ledgerTotals(day),
      this.keys.ledgerBreakdown(day, 'by-role'),
      this.keys.ledgerBreakdown(day, 'by-model'),
      this.keys.ledgerBreakdown(day, 'by-intent'),
      this.keys.ledgerBreakdown(day, 'by-build'),
      this.keys.ledgerIntentEntries(intent),
      this.keys.ledgerIntentTotals(intent),
      this.keys.ledgerBuildTotals(build),
    ];
    await RECORD_ENTRY.run(this.redis, keys, [
      JSON.stringify(entry),
      dayExpiry,
      this.retentionDays * 86_400,
      entry.role,
      `${entry.provider}/${entry.model}`,
      intent,
      build,
      ...METRICS.map((metric) => counters[metric]),
    ]);
  }

  /** Totals of one UTC day (default today). */
  async totals(day: UtcDay = this.today()): Promise<CostTotals> {
    return toTotals(parseCounters(await this.redis.hgetall(this.keys.ledgerTotals(day))));
  }

  /** One day's totals by role, most expensive first. */
  async byRole(day: UtcDay = this.today()): Promise<RoleCost[]> {
    const rows = await this.breakdown(day, 'by-role');
    return rows.map(([name, totals]) => ({ role: name as LlmRole, ...totals }));
  }

  /** One day's totals by provider and model, most expensive first. */
  async byModel(day: UtcDay = this.today()): Promise<ModelCost[]> {
    const rows = await this.breakdown(day, 'by-model');
    return rows.map(([name, totals]) => {
      const slash = name.indexOf('/');
      return { provider: name.slice(0, slash), model: name.slice(slash + 1), ...totals };
    });
  }

  /** One day's totals by intent (entries with an intent only), most expensive first. */
  async byIntent(day: UtcDay = this.today()): Promise<IntentCost[]> {
    const rows = await this.breakdown(day, 'by-intent');
    return rows.map(([name, totals]) => ({ intent_id: name, ...totals }));
  }

  /** One day's totals by build (entries with a build only), most expensive first. */
  async byBuild(day: UtcDay = this.today()): Promise<BuildCost[]> {
    const rows = await this.breakdown(day, 'by-build');
    return rows.map(([name, totals]) => ({ build_id: name, ...totals }));
  }

  /** Everything an intent has cost (within retention). */
  async intentTotals(intentId: string): Promise<CostTotals> {
    return toTotals(parseCounters(await this.redis.hgetall(this.keys.ledgerIntentTotals(intentId))));
  }

  /** Everything a build has cost (within retention). */
  async buildTotals(buildId: string): Promise<CostTotals> {
    return toTotals(parseCounters(await this.redis.hgetall(this.keys.ledgerBuildTotals(buildId))));
  }

  /** An intent's entries, oldest first. */
  async intentEntries(intentId: string): Promise<LedgerEntry[]> {
    const raw = await this.redis.lrange(this.keys.ledgerIntentEntries(intentId), 0, -1);
    return raw.map((json) => JSON.parse(json) as LedgerEntry);
  }

  /** A page of one day's entries, oldest first. */
  async dayEntries(day: UtcDay, page: { offset?: number; limit?: number } = {}): Promise<LedgerEntry[]> {
    const offset = page.offset ?? 0;
    const raw = await this.redis.lrange(
      this.keys.ledgerEntries(day),
      offset,
      offset + (page.limit ?? 1000) - 1,
    );
    return raw.map((json) => JSON.parse(json) as LedgerEntry);
  }

  /** Totals of each of the last `days` UTC days (today included), oldest first; days without calls are zero. */
  async trend(days: number): Promise<DayCost[]> {
    const list = lastUtcDays(days, this.now());
    const pipeline = this.redis.pipeline();
    for (const day of list) pipeline.hgetall(this.keys.ledgerTotals(day));
    const results = throwOnFailure(await pipeline.exec()) as Record<string, string>[];
    return list.map((day, i) => ({ day, ...toTotals(parseCounters(results[i])) }));
  }

  /** The `limit` most expensive intents over the last `days` UTC days (today included). */
  async topIntents(days: number, limit: number): Promise<IntentCost[]> {
    const pipeline = this.redis.pipeline();
    for (const day of lastUtcDays(days, this.now()))
      pipeline.hgetall(this.keys.ledgerBreakdown(day, 'by-intent'));
    const merged = new Map<string, Counters>();
    for (const hash of throwOnFailure(await pipeline.exec()) as Record<string, string>[]) {
      for (const [name, counters] of parseBreakdown(hash)) {
        const into = merged.get(name) ?? zeroCounters();
        for (const metric of METRICS) into[metric] += counters[metric];
        merged.set(name, into);
      }
    }
    return sortByCost([...merged])
      .slice(0, limit)
      .map(([intent_id, totals]) => ({ intent_id, ...totals }));
  }

  private async breakdown(day: UtcDay, breakdown: LedgerBreakdown): Promise<[string, CostTotals][]> {
    return sortByCost([
      ...parseBreakdown(await this.redis.hgetall(this.keys.ledgerBreakdown(day, breakdown))),
    ]);
  }
}

function countersOf(entry: LedgerEntry): Counters {
  return {
    cost: toNanoUsd(entry.cost_usd),
    calls: 1,
    in: entry.input_tokens,
    out: entry.output_tokens,
    cr: entry.cache_read_tokens,
    cw: entry.cache_write_tokens,
    hits: entry.outcome === 'cache_hit' ? 1 : 0,
    errors: entry.outcome === 'error' || entry.outcome === 'invalid_output' ? 1 : 0,
  };
}

function zeroCounters(): Counters {
  return { cost: 0, calls: 0, in: 0, out: 0, cr: 0, cw: 0, hits: 0, errors: 0 };
}

function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

function parseCounters(hash: Record<string, string>): Counters {
  const counters = zeroCounters();
  for (const [field, value] of Object.entries(hash)) if (isMetric(field)) counters[field] = Number(value);
  return counters;
}

/** Breakdown hash fields are `<metric>:<name>`; the name may itself contain `:`. */
function parseBreakdown(hash: Record<string, string>): Map<string, Counters> {
  const rows = new Map<string, Counters>();
  for (const [field, value] of Object.entries(hash)) {
    const colon = field.indexOf(':');
    const metric = field.slice(0, colon);
    if (colon < 0 || !isMetric(metric)) continue;
    const name = field.slice(colon + 1);
    const counters = rows.get(name) ?? zeroCounters();
    counters[metric] = Number(value);
    rows.set(name, counters);
  }
  return rows;
}

function toTotals(c: Counters): CostTotals {
  return {
    cost_usd: fromNanoUsd(c.cost),
    calls: c.calls,
    tokens: c.in + c.out + c.cr + c.cw,
    input_tokens: c.in,
    output_tokens: c.out,
    cache_read_tokens: c.cr,
    cache_write_tokens: c.cw,
    cache_hits: c.hits,
    errors: c.errors,
  };
}

function sortByCost(rows: [string, Counters][]): [string, CostTotals][] {
  return rows
    .sort(([a, x], [b, y]) => y.cost - x.cost || a.localeCompare(b))
    .map(([name, counters]) => [name, toTotals(counters)]);
}

/** MULTI / pipeline results carry per-command errors instead of rejecting; surface the first. */
function throwOnFailure(results: [Error | null, unknown][] | null): unknown[] {
  if (!results) throw new Error('Redis transaction was aborted');
  for (const [err] of results) if (err) throw err;
  return results.map(([, value]) => value);
}
