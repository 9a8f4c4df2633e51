import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { envBoolean, loadConfig, ServiceConfig } from '@sf/platform';

/** Settings of build-executor, read from the environment and validated at boot (PRODUCT §9). */
export class ExecutorConfig extends ServiceConfig {
  /** HTTP port (`EXECUTOR_PORT`). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  EXECUTOR_PORT = 8211;

  /** Where `spec_path` submissions must live (default `DATA_DIR/specs`). */
  @IsOptional()
  @IsString()
  SPECS_DIR?: string;

  /** Per-build work directories (default `DATA_DIR/builds`). */
  @IsOptional()
  @IsString()
  BUILDS_DIR?: string;

  /** External registry; unset = the built-in one at this executor's `/registry`. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'REGISTRY_URL must be an http(s) URL' })
  REGISTRY_URL?: string;

  /** Re-verification gate for submitted SPECs (same rubric as the factory). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  SPEC_SCORE_THRESHOLD = 90;

  /** Repair rounds before `needs_human_review`. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  MAX_FIX_ITERATIONS = 3;

  /** Where generated code runs: bwrap when usable (`auto`), always bwrap, or plain processes (unisolated). */
  @IsIn(['auto', 'bwrap', 'process'])
  SANDBOX: 'auto' | 'bwrap' | 'process' = 'auto';

  /** Builds run at once by this process. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(16)
  BUILD_WORKER_CONCURRENCY = 2;

  /** Run the build worker in this process (`false`: API only). */
  @Transform(envBoolean)
  @IsBoolean({ message: 'BUILD_WORKER must be true or false' })
  BUILD_WORKER = true;

  /** A build held by a dead worker is picked up again within about this long. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  BUILD_JOB_LOCK_MS = 30_000;

  /** Wall-clock limit of one sandboxed test run. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  TEST_TIMEOUT_MS = 60_000;

  /** How long the registry entry may take to appear after deploy (PRODUCT: 10 s). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  REGISTER_TIMEOUT_MS = 10_000;

  /** How long `/health` may take to say "active" (PRODUCT: 30 s), and the wait before the one retry (60 s). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  HEALTH_TIMEOUT_MS = 30_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  HEALTH_RETRY_WAIT_MS = 60_000;

  /** Heartbeat interval of deployed services. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  SERVICE_HEARTBEAT_MS = 10_000;
}

/** Loads {@link ExecutorConfig} from `env`, or throws one error naming every invalid setting. */
export function loadExecutorConfig(env: NodeJS.ProcessEnv = process.env): ExecutorConfig {
  return loadConfig(ExecutorConfig, env);
}
