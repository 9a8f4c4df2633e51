/**
 * `npm run bench:intake`: autocannon (64 connections) against `POST /intents/submit` on the real
 * factory (full middleware: validation, idempotency, persistence, events) and, in the same run and
 * against the same Redis, a minimal Fastify + BullMQ handler that only validates and enqueues.
 * A third column runs the same factory with `OBSERVABILITY=off` (no metrics, no request logs, no tracing,
 * warn-level logs only), so `observability_cost` (on/off throughput ratio) shows what logging, metrics and
 * tracing cost. The "on" factory logs at info (as in production) to a discarded stdout and, when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set in the bench's environment, exports traces there.
 * Rounds alternate the three so drift on a shared machine hits all. Then: offline intent → build_queued.
 *
 * Env: BENCH_DURATION (s, default 10), BENCH_ROUNDS (default 2), BENCH_E2E_INTENTS (default 20).
 */
import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { startEmbeddedRedis } from '@sf/platform';
import {
  BENCH_AUTH,
  BENCH_AUTH_ENV,
  BENCH_UNREACHABLE_LIMITS,
  median,
  percentile,
  saveResult,
  startChild,
} from './support';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const E2E_INTENTS = Number(process.env.BENCH_E2E_INTENTS ?? 20);
const CONNECTIONS = 64;
const DIST = join(__dirname, '..', '..');
const FACTORY_MAIN = join(DIST, 'apps/sovereign-factory/src/main.js');
const BASELINE_MAIN = join(__dirname, 'baseline-intake-server.js');

interface Load {
  rps: number;
  p50: number;
  p99: number;
  accepted: number;
  non2xx: number;
  errors: number;
}

let counter = 0;
function body(): string {
  counter++;
  return JSON.stringify({
    service_name: `bench-svc-${process.pid}-${counter}`,
    service_type: 'domain',
    priority: ['critical', 'high', 'medium', 'low'][counter % 4],
    purpose: 'Benchmark intent: manage widgets for the platform team',
    key_features: ['Create widgets', 'List widgets', 'Get a widget by id'],
    dependencies: ['registry'],
    port: 9000 + (counter % 1000),
  });
}

async function load(url: string, seconds: number): Promise<Load> {
  const result = await autocannon({
    url: `${url}/intents/submit`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { ...BENCH_AUTH, 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: body() }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    accepted: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function intentToBuildQueued(url: string, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/intents/submit`, {
      method: 'POST',
      headers: { ...BENCH_AUTH, 'content-type': 'application/json' },
      body: body(),
    });
    const { intent_id } = (await res.json()) as { intent_id: string };
    await new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(`${url.replace('http', 'ws')}/intents/${intent_id}/stream`, {
        headers: BENCH_AUTH,
      });
      ws.on('message', (data: WebSocket.RawData) => {
        const event = JSON.parse((data as Buffer).toString()) as { type: string; data: { to?: string } };
        if (event.type === 'status_changed' && event.data.to === 'build_queued') {
          ws.close();
          resolve();
        }
      });
      ws.on('error', reject);
    });
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sf-bench-intake-'));
  const redis = await startEmbeddedRedis({ dataDir, reuse: false });
  const env = {
    REDIS_URL: redis.url,
    LLM_PROVIDER: 'offline',
    FACTORY_PORT: '0',
    ...BENCH_AUTH_ENV,
    ...BENCH_UNREACHABLE_LIMITS,
  };
  const rounds: { factory: Load; factory_observability_off: Load; baseline: Load }[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const factory = await startChild(FACTORY_MAIN, {
        ...env,
        REDIS_PREFIX: `bf${round}`,
        FACTORY_WORKER: 'false',
      });
      await load(factory.url, 2);
      const f = await load(factory.url, DURATION);
      await factory.stop();
      const quiet = await startChild(FACTORY_MAIN, {
        ...env,
        REDIS_PREFIX: `bq${round}`,
        FACTORY_WORKER: 'false',
        OBSERVABILITY: 'off',
      });
      await load(quiet.url, 2);
      const q = await load(quiet.url, DURATION);
      await quiet.stop();
      const baseline = await startChild(BASELINE_MAIN, { ...env, REDIS_PREFIX: `bb${round}` });
      await load(baseline.url, 2);
      const b = await load(baseline.url, DURATION);
      await baseline.stop();
      rounds.push({ factory: f, factory_observability_off: q, baseline: b });
      console.log(
        `round ${round + 1}: factory ${f.rps.toFixed(0)} req/s p50 ${f.p50} ms p99 ${f.p99} ms | ` +
          `factory, observability off ${q.rps.toFixed(0)} req/s p50 ${q.p50} ms p99 ${q.p99} ms | ` +
          `baseline ${b.rps.toFixed(0)} req/s p50 ${b.p50} ms p99 ${b.p99} ms | ` +
          `ratio ${(f.rps / b.rps).toFixed(2)} | observability on/off ${(f.rps / q.rps).toFixed(2)}`,
      );
    }
    const factory = await startChild(FACTORY_MAIN, {
      ...env,
      REDIS_PREFIX: 'be2e',
      SPEC_WORKER_CONCURRENCY: '4',
    });
    const e2e = await intentToBuildQueued(factory.url, E2E_INTENTS);
    await factory.stop();

    const med = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
    const summary = {
      connections: CONNECTIONS,
      duration_s: DURATION,
      rounds,
      factory: {
        rps: med((r) => r.factory.rps),
        p50_ms: med((r) => r.factory.p50),
        p99_ms: med((r) => r.factory.p99),
      },
      factory_observability_off: {
        rps: med((r) => r.factory_observability_off.rps),
        p50_ms: med((r) => r.factory_observability_off.p50),
        p99_ms: med((r) => r.factory_observability_off.p99),
      },
      baseline: {
        rps: med((r) => r.baseline.rps),
        p50_ms: med((r) => r.baseline.p50),
        p99_ms: med((r) => r.baseline.p99),
      },
      ratio_rps: median(rounds.map((r) => r.factory.rps / r.baseline.rps)),
      /** Throughput with logging + metrics (+ tracing when configured) on, divided by the same factory with them off. */
      observability_cost: {
        ratio_rps_on_off: median(rounds.map((r) => r.factory.rps / r.factory_observability_off.rps)),
        ratio_p99_on_off: median(rounds.map((r) => r.factory.p99 / r.factory_observability_off.p99)),
      },
      intent_to_build_queued_ms: { n: e2e.length, p50: percentile(e2e, 50), p95: percentile(e2e, 95) },
    };
    console.log(JSON.stringify(summary, null, 2));
    console.log(`saved ${await saveResult('intake', summary)}`);
  } finally {
    await redis.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
