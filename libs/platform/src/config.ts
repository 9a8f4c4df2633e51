// class-transformer's @Type reads decorator metadata when this module loads, whoever imports it first.
import 'reflect-metadata';
import { plainToInstance, Type, type ClassConstructor } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
  ValidateBy,
  type ValidationError,
} from 'class-validator';
import { RateLimitConfig } from './ratelimit/rate-limit.config';
import { parseRedisUrl } from './redis-url';

/** Thrown at boot when the environment is invalid; its message names every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads `env` into a typed, validated config object (class-validator decorators on `cls`).
 * Unknown variables are ignored; every invalid one is reported together, so a bad deploy is fixed in one go.
 */
export function loadConfig<T extends object>(cls: ClassConstructor<T>, env: NodeJS.ProcessEnv): T {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(cls, defined, {
    enableImplicitConversion: false,
    exposeDefaultValues: true,
  });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) throw new ConfigError(flatten(errors));
  return config;
}

function flatten(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
}

/**
 * Loads `.env` (if present) into `process.env` without overriding variables already set, so the
 * environment always wins over the file.
 */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** Why `url` is not a usable `REDIS_URL`, or null when it is (see `parseRedisUrl`). */
function redisUrlProblem(url: string): string | null {
  try {
    parseRedisUrl(url);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Fastify's `trustProxy` for a `TRUST_PROXY` setting (see {@link ServiceConfig.TRUST_PROXY}). */
export function trustProxyOption(setting: string | undefined): boolean | number | string {
  if (setting === undefined || setting === '') return false;
  if (setting === 'true') return true;
  if (/^\d+$/.test(setting)) return Number(setting);
  return setting;
}

/** Turns "true"/"false" from the environment into booleans (anything else is left for validation to refuse). */
export const envBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Settings every service of ours reads: where it binds, which Redis and namespace, where local state lives. */
export class ServiceConfig extends RateLimitConfig {
  /** Bind address; loopback unless told otherwise. */
  @IsString()
  HOST = '127.0.0.1';

  /**
   * Whose `X-Forwarded-For` to believe for the client's address (per-IP rate limits, request logs): unset,
   * nobody's; `true`, any hop's (only behind a proxy that overwrites the header); a number of hops; or
   * comma-separated addresses and CIDRs (`loopback`, `10.0.0.0/8`), as Fastify's `trustProxy` reads them.
   */
  @IsOptional()
  @Matches(/^(?:true|\d{1,2}|[A-Za-z0-9.:/]+(?:\s*,\s*[A-Za-z0-9.:/]+)*)$/, {
    message: 'TRUST_PROXY must be true, a hop count, or comma-separated addresses/CIDRs',
  })
  TRUST_PROXY?: string;

  /**
   * Redis to use; when unset a private redis-server is started (or reused) under `DATA_DIR/redis`.
   * `redis://` / `rediss://` (TLS) for one server, `redis-cluster://host:port,host:port` for a Redis Cluster,
   * `redis-sentinel://host:port,host:port/<master>` for a Sentinel-watched master (see `parseRedisUrl`).
   */
  @IsOptional()
  @ValidateBy({
    name: 'redisUrl',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && redisUrlProblem(value) === null,
      defaultMessage: (args) => `REDIS_URL: ${redisUrlProblem(String(args?.value)) ?? 'invalid'}`,
    },
  })
  REDIS_URL?: string;

  /** Namespace of every key and queue, so several deployments can share one Redis (same in both apps). */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'REDIS_PREFIX must be 1-40 letters, digits, _ or -' })
  REDIS_PREFIX = 'sf';

  /** Root for local state. */
  @IsString()
  DATA_DIR = '.data';

  /**
   * `auto` uses every vendor with a key (offline last); `anthropic` / `openai` use only that vendor (offline
   * last); `offline` forces the deterministic provider.
   */
  @IsIn(['auto', 'offline', 'anthropic', 'openai'])
  LLM_PROVIDER: 'auto' | 'offline' | 'anthropic' | 'openai' = 'auto';

  /** Anthropic API key (never logged, never passed to generated code). */
  @IsOptional()
  @IsString()
  ANTHROPIC_API_KEY?: string;

  /** Anthropic API base URL (a proxy or a test fake). */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'ANTHROPIC_BASE_URL must be an http(s) URL' })
  ANTHROPIC_BASE_URL?: string;

  /** OpenAI API key (any OpenAI-compatible server with OPENAI_BASE_URL). */
  @IsOptional()
  @IsString()
  OPENAI_API_KEY?: string;

  /** OpenAI-compatible API base URL, e.g. http://127.0.0.1:11434/v1. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'OPENAI_BASE_URL must be an http(s) URL' })
  OPENAI_BASE_URL?: string;

  /** Fallback chain replacing the default everywhere: `anthropic/claude-sonnet-4-6,openai/gpt-4o,…` (offline is always last). */
  @IsOptional()
  @Matches(/^\s*[a-z][a-z0-9_-]*\/\S+?(\s*,\s*[a-z][a-z0-9_-]*\/\S+?)*\s*$/, {
    message: 'LLM_FALLBACK_CHAIN must be provider/model[,provider/model…]',
  })
  LLM_FALLBACK_CHAIN?: string;

  /** How often work parked as `paused_budget` checks whether budget is back (new day or raised limit). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  BUDGET_RECHECK_MS = 60_000;

  /** Per-role routing overrides as JSON: `{"codegen":"openai/gpt-4.1","spec_builder":{"simple":"…","complex":"…"}}`. */
  @IsOptional()
  @IsString()
  LLM_ROUTING?: string;

  /** LLM spend allowed per UTC day across both services, in USD (reserve-then-settle in Redis). */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  DAILY_BUDGET_USD = 10;

  /** LLM spend allowed per intent (its SPEC and build calls together), in USD. */
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000)
  MAX_COST_PER_INTENT_USD = 1;

  /** Where budget alerts (50/80/100/120 % of the daily budget) are also POSTed as JSON. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'ALERT_WEBHOOK_URL must be an http(s) URL' })
  ALERT_WEBHOOK_URL?: string;

  /** Lifetime of an exact-cache answer, in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  LLM_CACHE_TTL_SECONDS = 86_400;

  /** Days the audit log keeps an entry (older ones are trimmed as new ones arrive). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  AUDIT_RETENTION_DAYS = 90;
}
