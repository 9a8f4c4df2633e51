import type { ServerResponse } from 'node:http';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { ShutdownGate } from '../shutdown-gate';
import { isQuietRequest } from './logger';
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
 * `/metrics` (when metrics are on), and routing request logs through nestjs-pino: pino-http binds a child
 * logger carrying `request_id` (Fastify's id: middie copies it onto the raw request, so there is one id)
 * to each request, and Nest's `Logger` writes through it.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(o: Observability): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger: o.logger,
            quietReqLogger: true,
            customAttributeKeys: { reqId: 'request_id', responseTime: 'duration_ms' },
            autoLogging: o.requestLogs ? { ignore: isQuietRequest } : false,
            // The default reads `statusCode` only once `headersSent`, which the raw response behind Fastify
            // does not report in time; the status itself is set.
            serializers: { res: (res: { raw: ServerResponse }) => ({ statusCode: res.raw.statusCode }) },
          },
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
