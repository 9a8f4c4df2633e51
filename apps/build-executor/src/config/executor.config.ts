import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { loadConfig } from '@sf/platform';

/** Settings of build-executor, read from the environment and validated at boot (PRODUCT §9). */
export class ExecutorConfig {
  /** HTTP port (`EXECUTOR_PORT`). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  EXECUTOR_PORT = 8211;

  /** Bind address; loopback unless told otherwise. */
  @IsString()
  HOST = '127.0.0.1';

  /** Redis to use; when unset a private redis-server is started (or reused) under `DATA_DIR/redis`. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must look like redis://host:port' })
  REDIS_URL?: string;

  /** Namespace for keys and queues; must match the factory's. */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'REDIS_PREFIX must be 1-40 letters, digits, _ or -' })
  REDIS_PREFIX = 'sf';

  /** Root for local state. */
  @IsString()
  DATA_DIR = '.data';
}

/** Loads {@link ExecutorConfig} from `env`, or throws one error naming every invalid setting. */
export function loadExecutorConfig(env: NodeJS.ProcessEnv = process.env): ExecutorConfig {
  return loadConfig(ExecutorConfig, env);
}
