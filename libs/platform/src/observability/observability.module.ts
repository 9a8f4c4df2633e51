import { Global, Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { ShutdownGate } from '../shutdown-gate';
import { MetricsController } from './metrics.controller';
import { ServiceMetrics } from './service-metrics';

/** What a service's observability is made of; built before Nest by {@link createObservability}. */
export interface Observability {
  logger: Logger;
  metrics: ServiceMetrics;
  shutdown: ShutdownGate;
  /** One log line per answered request (probes and scrapes excepted). */
  requestLogs: boolean;
}

/**
 * Global module giving every provider the service's {@link ServiceMetrics} and {@link ShutdownGate}, serving
 * `/metrics` (when metrics are on), and making nestjs-pino the Nest logger (every `Logger` line is a JSON line
 * of the service's pino logger, with `intent_id` / `build_id` of the pipeline work it runs in).
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(o: Observability): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: { logger: o.logger },
          // Nest's Logger writes through nestjs-pino to the service's logger; its per-request middleware is
          // bound to no route: request lines come from a Fastify hook (see createHttpApp), which costs a
          // fraction of a pino-http child logger plus an AsyncLocalStorage scope per request.
          forRoutes: [],
        }),
      ],
      controllers: o.metrics.enabled ? [MetricsController] : [],
      providers: [
        { provide: ServiceMetrics, useValue: o.metrics },
        { provide: ShutdownGate, useValue: o.shutdown },
      ],
      exports: [ServiceMetrics, ShutdownGate],
    };
  }
}
