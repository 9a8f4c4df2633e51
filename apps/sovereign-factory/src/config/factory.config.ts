import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { envBoolean, loadConfig, ServiceConfig } from '@sf/platform';

const toIntList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').map((v) => Number(v.trim())) : value;

/** Every setting of sovereign-factory, read from the environment and validated at boot (PRODUCT §9). */
export class FactoryConfig extends ServiceConfig {
  /** HTTP port (`FACTORY_PORT`). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  FACTORY_PORT = 8210;

  /** SPEC quality gate. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  SPEC_SCORE_THRESHOLD = 90;

  /** Optimization rounds before `needs_human_review`. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  MAX_SPEC_OPTIMIZATIONS = 3;

  /** Delays between retries of a transient SPEC-job failure, in ms (comma separated; one retry per entry). */
  @Transform(toIntList)
  @IsInt({ each: true })
  @Min(0, { each: true })
  SPEC_RETRY_BACKOFF_MS: number[] = [10_000, 30_000, 60_000];

  /** SPEC jobs processed at once by this process. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  SPEC_WORKER_CONCURRENCY = 4;

  /**
   * How long a SPEC job's lock lasts without renewal; a job whose worker died is picked up again
   * within about this long (BullMQ's stalled-job check runs at the same interval).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  SPEC_JOB_LOCK_MS = 30_000;

  /** Run the SPEC worker in this process; `false` makes an API-only replica (workers scale separately). */
  @Transform(envBoolean)
  @IsBoolean({ message: 'FACTORY_WORKER must be true or false' })
  FACTORY_WORKER = true;

  /** How long an `Idempotency-Key` is remembered, in seconds. */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  IDEMPOTENCY_TTL_SECONDS = 86_400;

  /**
   * The build-executor's URL as the web dashboard's browsers reach it (builds, deployments, registry); the
   * executor must list this factory's origin in its `CORS_ORIGINS`. Unset: the dashboard shows no executor pages.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s]+\/?$/, {
    message: 'EXECUTOR_PUBLIC_URL must be an origin like http://host:port',
  })
  EXECUTOR_PUBLIC_URL?: string;

  /** Built dashboard assets (default: `dist/dashboard` of this checkout, written by `npm run build`). */
  @IsOptional()
  @IsString()
  DASHBOARD_DIR?: string;
}

/** Loads {@link FactoryConfig} from `env`, or throws one error naming every invalid setting. */
export function loadFactoryConfig(env: NodeJS.ProcessEnv = process.env): FactoryConfig {
  return loadConfig(FactoryConfig, env);
}
