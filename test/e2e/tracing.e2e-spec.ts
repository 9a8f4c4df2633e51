import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '@sf/platform';
import {
  dropPrefix,
  intent,
  openStream,
  request,
  tempDir,
  testRedisUrl,
  uniquePrefix,
} from '../support/harness';
import { startService, type ServiceProcess } from '../support/processes';

const FACTORY = 'apps/sovereign-factory/src/main.js';
const EXECUTOR = 'apps/build-executor/src/main.js';

/** One span as OTLP/HTTP JSON carries it, with the service that sent it. */
interface CollectedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/** OTLP span kind 2 = SERVER. */
const SPAN_KIND_SERVER = 2;

/** A local stand-in for an OpenTelemetry collector: keeps every span POSTed to `/v1/traces` (OTLP JSON). */
async function startCollector(): Promise<{ url: string; spans: CollectedSpan[]; close(): Promise<void> }> {
  const spans: CollectedSpan[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') spans.push(...decode(JSON.parse(body)));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function decode(payload: any): CollectedSpan[] {
  const values = (attrs: any[] = []) =>
    Object.fromEntries(attrs.map((a) => [a.key, Object.values(a.value ?? {})[0]]));
  return (payload.resourceSpans ?? []).flatMap((rs: any) => {
    const service = String(values(rs.resource?.attributes)['service.name']);
    return (rs.scopeSpans ?? []).flatMap((ss: any) =>
      (ss.spans ?? []).map((s: any) => ({
        service,
        scope: ss.scope?.name ?? '',
        traceId: s.traceId,
        spanId: s.spanId,
        parentSpanId: s.parentSpanId ?? '',
        name: s.name,
        kind: s.kind,
        attributes: values(s.attributes),
      })),
    );
  });
}

function stop(proc: ServiceProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGTERM');
  return proc.exited;
}

describe('traces exported over OTLP by both services (child processes)', () => {
  it('puts the HTTP request of POST /intents/submit and the jobs and phases downstream in one trace', async () => {
    const collector = await startCollector();
    const prefix = uniquePrefix('e2e-trace');
    const dir = await tempDir('e2e-trace');
    const env = {
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: prefix,
      DATA_DIR: dir.path,
      LLM_PROVIDER: 'offline',
      FACTORY_PORT: '0',
      EXECUTOR_PORT: '0',
      SPEC_RETRY_BACKOFF_MS: '50,50,50',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      // Nothing is exported on a schedule: every span arriving shows the SIGTERM flush works.
      OTEL_BSP_SCHEDULE_DELAY: '600000',
      OTEL_BSP_MAX_QUEUE_SIZE: '20000',
      OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '20000',
    };
    const services: ServiceProcess[] = [];
    try {
      services.push(await startService(FACTORY, env), await startService(EXECUTOR, env));
      const [factory] = services;
      const res = await request(
        factory.url,
        'POST',
        '/intents/submit',
        intent('traced-e2e', { port: await freePort() }),
      );
      expect(res.status).toBe(202);
      // A span is exported only once it has ended. The build reaches testgen in the step after codegen, and
      // the executor runs a step only after the previous step's span (build.codegen, build.queued before
      // it) has ended: seeing testgen proves build.queued is in the exporter's queue, whatever the load.
      // ('building' did not: the intent reaches it while the queued step, and its span, may still run.)
      const stream = openStream(`${factory.url.replace(/^http/, 'ws')}/intents/${res.body.intent_id}/stream`);
      try {
        await stream.until(
          (e) => e.build_id && e.type === 'status_changed' && e.data.to === 'testgen',
          60_000,
        );
      } finally {
        stream.close();
      }
      expect(collector.spans).toHaveLength(0);
      for (const exit of await Promise.all(services.map(stop))) expect(exit.code).toBe(0);
    } finally {
      for (const proc of services) await stop(proc);
      await dropPrefix(prefix);
      await dir.remove();
      await collector.close();
    }

    const spans = collector.spans;
    const server = spans.find(
      (s) =>
        s.kind === SPAN_KIND_SERVER &&
        s.service === 'sovereign-factory' &&
        (s.attributes['http.target'] ?? s.attributes['url.path']) === '/intents/submit',
    );
    expect(server).toBeDefined();
    const inTrace = spans.filter((s) => s.traceId === server!.traceId);
    const names = (service: string) => inTrace.filter((s) => s.service === service).map((s) => s.name);
    expect(server!.parentSpanId).toBe('');
    expect(inTrace.find((s) => s.name === 'intent.submit')?.parentSpanId).toBe(server!.spanId);
    expect(names('sovereign-factory')).toEqual(
      expect.arrayContaining([
        'intent.submit',
        'add spec.spec-build',
        'process spec',
        'spec.build',
        'add build.build',
      ]),
    );
    expect(names('build-executor')).toEqual(expect.arrayContaining(['build.queued']));
    // Redis commands issued while the request and the jobs ran are in the trace too.
    expect(inTrace.some((s) => s.scope === '@opentelemetry/instrumentation-ioredis')).toBe(true);
  });
});
