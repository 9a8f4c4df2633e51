import type { DestinationStream } from 'pino';
import { ShutdownGate } from '../shutdown-gate';
import type { MetricService } from './metric-catalog';
import { createLogger } from './logger';
import type { Observability } from './observability.module';
import { loadObservabilityConfig, observabilitySettings } from './observability.config';
import { sampleProcess } from './process-metrics';
import { ServiceMetrics } from './service-metrics';

/**
 * Builds a service's logger, metrics registry and shutdown gate from the environment (`LOG_LEVEL`,
 * `LOG_FORMAT`, `LOG_PRETTY`, `METRICS_ENABLED`, `OBSERVABILITY`), before Nest starts, so start-up code
 * can record and log too. `destination` replaces stdout for the logs (tests).
 */
export function createObservability(
  service: MetricService,
  env: NodeJS.ProcessEnv,
  destination?: DestinationStream,
): Observability {
  const settings = observabilitySettings(loadObservabilityConfig(env));
  const name = service === 'factory' ? 'sovereign-factory' : 'build-executor';
  const metrics = new ServiceMetrics(service, settings.metrics);
  sampleProcess(metrics);
  return {
    logger: createLogger(name, settings, destination),
    metrics,
    shutdown: new ShutdownGate(),
    requestLogs: settings.requestLogs,
  };
}
