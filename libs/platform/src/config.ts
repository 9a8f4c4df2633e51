import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, validateSync, type ValidationError } from 'class-validator';

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

/** Turns "true"/"false" from the environment into booleans (anything else is left for validation to refuse). */
export const envBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Settings every service of ours reads: where it binds, which Redis and namespace, where local state lives. */
export class ServiceConfig {
  /** Bind address; loopback unless told otherwise. */
  @IsString()
  HOST = '127.0.0.1';

  /** Redis to use; when unset a private redis-server is started (or reused) under `DATA_DIR/redis`. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must look like redis://host:port' })
  REDIS_URL?: string;

  /** Namespace of every key and queue, so several deployments can share one Redis (same in both apps). */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'REDIS_PREFIX must be 1-40 letters, digits, _ or -' })
  REDIS_PREFIX = 'sf';

  /** Root for local state. */
  @IsString()
  DATA_DIR = '.data';

  /** `auto` uses providers with keys, else offline; `offline` forces the deterministic provider. */
  @IsIn(['auto', 'offline'])
  LLM_PROVIDER: 'auto' | 'offline' = 'auto';
}
