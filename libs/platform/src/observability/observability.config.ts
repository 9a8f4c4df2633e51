import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { envBoolean, loadConfig } from '../config';

/** Log levels `LOG_LEVEL` accepts (pino's, plus `silent`). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** One of {@link LOG_LEVELS}. */
export type LogLevelName = (typeof LOG_LEVELS)[number];

/**
 * Logging and metrics settings shared by both services (PRODUCT §9 Observability). Its own concern, read
 * next to the app's config at boot.
 */
export class ObservabilityConfig {
  /** Minimum level written (`info` by default; `silent` writes nothing). */
  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: LogLevelName;

  /** `json` (default) or `pretty`; pretty is used only when stdout is a terminal. */
  @IsIn(['json', 'pretty'], { message: 'LOG_FORMAT must be json or pretty' })
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** Shorthand for `LOG_FORMAT=pretty`. */
  @Transform(envBoolean)
  @IsBoolean({ message: 'LOG_PRETTY must be true or false' })
  LOG_PRETTY = false;

  /** Serve `/metrics` and record metrics (`false` turns both off). */
  @Transform(envBoolean)
  @IsBoolean({ message: 'METRICS_ENABLED must be true or false' })
  METRICS_ENABLED = true;

  /**
   * `off` switches off everything that costs per request: metrics, request logs and every log line below
   * `warn` unless `LOG_LEVEL` says otherwise (tracing reads the same switch). Used to measure their cost.
   */
  @IsIn(['on', 'off'], { message: 'OBSERVABILITY must be on or off' })
  OBSERVABILITY: 'on' | 'off' = 'on';
}

/** What the logger and the metrics registry are built from, after the switches are applied. */
export interface ObservabilitySettings {
  logLevel: LogLevelName;
  /** Pretty output asked for and stdout is a TTY. */
  pretty: boolean;
  /** One log line per answered request. */
  requestLogs: boolean;
  metrics: boolean;
}

/** Reads {@link ObservabilityConfig} from `env` (throws `ConfigError` naming every bad value). */
export function loadObservabilityConfig(env: NodeJS.ProcessEnv = process.env): ObservabilityConfig {
  return loadConfig(ObservabilityConfig, env);
}

/** Applies the switches: `OBSERVABILITY=off` wins over `METRICS_ENABLED`; pretty needs a TTY. */
export function observabilitySettings(
  config: ObservabilityConfig,
  stdoutIsTty: boolean = process.stdout.isTTY === true,
): ObservabilitySettings {
  const off = config.OBSERVABILITY === 'off';
  return {
    logLevel: config.LOG_LEVEL ?? (off ? 'warn' : 'info'),
    pretty: stdoutIsTty && (config.LOG_PRETTY || config.LOG_FORMAT === 'pretty'),
    requestLogs: !off,
    metrics: !off && config.METRICS_ENABLED,
  };
}
