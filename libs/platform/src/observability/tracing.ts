import {
  INVALID_SPAN_CONTEXT,
  ProxyTracerProvider,
  SpanStatusCode,
  trace,
  type AttributeValue,
  type Attributes,
  type Span,
} from '@opentelemetry/api';
import type * as SdkNode from '@opentelemetry/sdk-node';
import type * as HttpInstrumentationModule from '@opentelemetry/instrumentation-http';
import type * as IORedisInstrumentationModule from '@opentelemetry/instrumentation-ioredis';
import { BullMQOtel } from 'bullmq-otel';
import { loadDotEnv } from '../config';

/** Tracer of our own spans (pipeline phases, use cases); BullMQ's spans come from `bullmq-otel`. */
const TRACER_NAME = 'sovereign-factory';

/** Requests answered often and on a schedule (probes, scrapes): tracing them only buries real traces. */
const UNTRACED_PATHS = /^\/(health|healthz|livez|readyz|metrics)(\/|\?|$)/;

let sdk: SdkNode.NodeSDK | null = null;

/**
 * Whether `env` asks for tracing: an OTLP endpoint is configured (`OTEL_EXPORTER_OTLP_ENDPOINT` or
 * `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`), and neither `OTEL_SDK_DISABLED=true` nor `OBSERVABILITY=off` says no.
 */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return Boolean(endpoint) && env.OTEL_SDK_DISABLED !== 'true' && env.OBSERVABILITY !== 'off';
}

/**
 * Starts OpenTelemetry for this process when {@link tracingRequested} (after loading `.env`, as the
 * service will): spans of incoming and outgoing HTTP and of Redis commands, BullMQ's producer/consumer
 * spans and our own, exported over OTLP. Must run before `http` and `ioredis` are first loaded, so
 * each app's `main.ts` imports its `tracing.ts` first. Otherwise nothing is loaded or started (the SDK
 * alone takes ~300 ms to load) and every span call is the API's no-op.
 *
 * The SDK reads the standard variables: `OTEL_SERVICE_NAME` (overrides `serviceName`),
 * `OTEL_RESOURCE_ATTRIBUTES`, `OTEL_TRACES_SAMPLER` / `OTEL_TRACES_SAMPLER_ARG`,
 * `OTEL_EXPORTER_OTLP_PROTOCOL` (`http/protobuf` by default, `http/json`, `grpc`), `OTEL_EXPORTER_OTLP_HEADERS`,
 * `OTEL_BSP_*`. Metrics and logs are not exported over OTLP (Prometheus and pino cover them).
 *
 * @returns true when tracing was started.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (sdk) return true;
  if (env === process.env) loadDotEnv();
  if (!tracingRequested(env)) return false;
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on (see above) */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof SdkNode;
  const { HttpInstrumentation } =
    require('@opentelemetry/instrumentation-http') as typeof HttpInstrumentationModule;
  const { IORedisInstrumentation } =
    require('@opentelemetry/instrumentation-ioredis') as typeof IORedisInstrumentationModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME || serviceName,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? ''),
        requireParentforOutgoingSpans: true,
      }),
      // BullMQ polls Redis all the time; only commands issued inside a trace are worth a span.
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return true;
}

/** Flushes buffered spans and stops the SDK (no-op when tracing is off). Called on shutdown. */
export async function shutdownTracing(): Promise<void> {
  const running = sdk;
  sdk = null;
  await running?.shutdown().catch(() => undefined);
}

/**
 * True when a tracer provider is registered globally (by {@link startTracing}, or by a test): only
 * then are BullMQ jobs given trace context, so a process without tracing pays nothing per job.
 */
function tracerProviderRegistered(): boolean {
  const provider = trace.getTracerProvider();
  if (!(provider instanceof ProxyTracerProvider)) return true;
  // A fresh proxy's delegate is the API's shared no-op provider: equal means nothing is registered.
  return provider.getDelegate() !== NOOP_TRACER_PROVIDER;
}

/** The API's shared no-op provider (what a proxy delegates to while nothing is registered). */
const NOOP_TRACER_PROVIDER = new ProxyTracerProvider().getDelegate();
/** What {@link withSpan} hands its function when nothing records spans (every call on it is a no-op). */
const NON_RECORDING_SPAN = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * The `telemetry` option for BullMQ queues and workers: producer and consumer spans, with the trace
 * context carried in each job's options, so one trace runs from the HTTP request through every job on
 * both services. `undefined` (no telemetry) when tracing is off.
 */
export function queueTelemetry(): BullMQOtel | undefined {
  return tracerProviderRegistered() ? new BullMQOtel({ tracerName: 'bullmq' }) : undefined;
}

/** Span attributes; null and undefined values are left out (e.g. a build without an intent). */
export type SpanAttributes = Record<string, AttributeValue | null | undefined>;

/**
 * Runs `fn` inside a new active span (child of the current one), ends it when `fn` settles and records
 * a thrown error on it. A no-op wrapper when tracing is off.
 */
export function withSpan<T>(
  name: string,
  attributes: SpanAttributes,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  // Without a registered provider the API would make a non-recording span and a context scope per call:
  // the same no-op span, without either.
  if (!tracerProviderRegistered()) return runUntraced(fn);
  const defined: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) defined[key] = value;
  }
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { attributes: defined }, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.recordException(err instanceof Error ? err : String(err));
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: err instanceof Error ? err.message : String(err),
      });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** `fn` with the shared non-recording span; async so that a synchronous throw becomes a rejection, as traced. */
async function runUntraced<T>(fn: (span: Span) => Promise<T>): Promise<T> {
  return fn(NON_RECORDING_SPAN);
}
