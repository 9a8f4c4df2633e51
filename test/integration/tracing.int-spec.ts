import 'reflect-metadata';
import type { Context } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
  type Span,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { freePort } from '@sf/platform';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { intent, request, startTestPipeline, waitForStatus, type TestPipeline } from '../support/harness';

/*
 * One trace per intent across both services, in one Jest process. Module-patching instrumentations (http,
 * ioredis) do not work in Jest's sandbox, so this sees only spans made through the OpenTelemetry API:
 * bullmq-otel's producer/consumer spans and our own. The child-process test (test/e2e) covers HTTP.
 */

/** Lets a test await a finished span instead of polling the exporter. */
class SpanWatcher implements SpanProcessor {
  private readonly waiters: { match: (s: ReadableSpan) => boolean; resolve: () => void }[] = [];

  constructor(private readonly exporter: InMemorySpanExporter) {}

  until(match: (s: ReadableSpan) => boolean, timeoutMs = 30_000): Promise<void> {
    if (this.exporter.getFinishedSpans().some(match)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching span in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  onStart(_span: Span, _context: Context): void {}

  onEnd(span: ReadableSpan): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.match(span)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

describe('one trace from submit to deployed (both services in-process)', () => {
  const exporter = new InMemorySpanExporter();
  const watcher = new SpanWatcher(exporter);
  const sdk = new NodeSDK({
    spanProcessors: [new SimpleSpanProcessor(exporter), watcher],
    instrumentations: [],
    metricReaders: [],
    logRecordProcessors: [],
    autoDetectResources: false,
  });
  let pipeline: TestPipeline;
  let factory: StartedFactory;

  beforeAll(async () => {
    // First: queues and workers decide when they are built whether to carry trace context.
    sdk.start();
    pipeline = await startTestPipeline('trace');
    ({ factory } = pipeline);
  });

  afterAll(async () => {
    await pipeline?.close();
    await sdk.shutdown();
  });

  it('puts the submit, the SPEC jobs, the build job and every build phase in the same trace', async () => {
    const port = await freePort();
    const res = await request(factory.url, 'POST', '/intents/submit', intent('traced-notes', { port }));
    expect(res.status).toBe(202);
    const intentId: string = res.body.intent_id;
    await waitForStatus(factory.url, intentId, 'deployed', 60_000);
    // The build job's consumer span ends once the run has forwarded its last event.
    await watcher.until((s) => s.name === 'process build' && s.ended);

    const spans = exporter.getFinishedSpans();
    const submit = spans.find((s) => s.name === 'intent.submit' && s.attributes['intent.id'] === intentId);
    expect(submit).toBeDefined();
    const traceId = submit!.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const names = new Set(inTrace.map((s) => s.name));

    expect([...names]).toEqual(
      expect.arrayContaining([
        'intent.submit',
        'add spec.spec-build',
        'process spec',
        'spec.build',
        'spec.verify',
        'add build.build',
        'process build',
        'build.codegen',
        'build.testgen',
        'build.testing',
        'build.udc_verifying',
        'build.deploying',
        'build.registering',
        'build.health_checking',
        'addBulk build-events',
        'process build-events',
      ]),
    );
    // No span about this intent or its build started a trace of its own.
    const about = spans.filter((s) => s.attributes['intent.id'] === intentId);
    expect(about.length).toBeGreaterThan(10);
    expect(new Set(about.map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));
    // Phases hang off the build job's consumer span, which hangs off the factory's producer span.
    const phase = inTrace.find((s) => s.name === 'build.codegen')!;
    const consumer = inTrace.find((s) => s.spanContext().spanId === phase.parentSpanContext?.spanId);
    expect(consumer?.name).toBe('process build');
    expect(phase.attributes['build.id']).toEqual(expect.any(String));
  });
});
