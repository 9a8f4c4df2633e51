import { trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { withSpan } from './tracing';

describe('withSpan', () => {
  afterEach(() => trace.disable());

  it('without a registered tracer provider, runs the function with a span that records nothing', async () => {
    const result = await withSpan('work', { item: 'a' }, (span) => {
      span.setAttribute('more', 1);
      return Promise.resolve(span.isRecording() ? 'recording' : 'not recording');
    });
    expect(result).toBe('not recording');
  });

  it('without a registered tracer provider, passes a thrown error on as a rejection', async () => {
    const failing = (): Promise<never> => {
      throw new Error('refused');
    };
    await expect(withSpan('work', {}, failing)).rejects.toThrow('refused');
  });

  it('with a registered provider, records the span with its attributes and a thrown error', async () => {
    const exporter = new InMemorySpanExporter();
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    );
    await withSpan('fine', { item: 'a', skipped: null }, (span) =>
      Promise.resolve(span.setAttribute('n', 2)),
    );
    await expect(withSpan('broken', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const [fine, broken] = exporter.getFinishedSpans();
    expect(fine.name).toBe('fine');
    expect(fine.attributes).toEqual({ item: 'a', n: 2 });
    expect(broken.name).toBe('broken');
    expect(broken.status.message).toBe('boom');
  });
});
