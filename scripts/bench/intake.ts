/**
 * `npm run bench:intake`: load on `POST /intents/submit` from load-generator processes of their own
 * (load-generator.ts: autocannon, 64 connections in all, JSON on stdout), against servers that run as
 * processes of their own on one Redis (the embedded one: password, AOF everysec):
 * - the real factory (full middleware: authentication, rate limit, validation, idempotency, persistence,
 *   events, audit) with observability on, as in production (info logs to a discarded stdout; traces exported
 *   when `OTEL_EXPORTER_OTLP_ENDPOINT` is set in the bench's environment);
 * - the same factory with `OBSERVABILITY=off` (no metrics, request logs or tracing), so `observability_cost`
 *   shows what they cost;
 * - the thin baseline (baseline-intake-server.ts: Fastify + the same compiled validation + one BullMQ add);
 * - two factory replicas on the same Redis and prefix, each driven by its own load generator (half the
 *   connections each).
 * Rounds alternate all four so drift on a shared machine hits each. Then the Redis commands one submit
 * costs (counted with MONITOR: round trips from the factory, and commands including those run inside its
 * scripts), and offline intent → build_queued.
 *
 * Then latency at one fixed offered load (BENCH_RATE req/s, default 500, below both servers' capacity) on the
 * factory and on the baseline, alternating: what a client sees when the intake is not saturated (at saturation
 * p99 is the queue of 64 connections, and says more about throughput than about the intake).
 *
 * Env: BENCH_DURATION (s, default 10), BENCH_ROUNDS (default 3), BENCH_E2E_INTENTS (default 20), BENCH_RATE,
 * BENCH_REPLICAS (off: skip the two-replica column), BENCH_COMPARE_MAIN (the factory `main.js` of another
 * build, e.g. an older commit's: one more column, measured like the factory, and its ratio to this one).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { startEmbeddedRedis } from '@sf/platform';
import type { LoadResult } from './load-generator';
import {
  BENCH_AUTH,
  BENCH_AUTH_ENV,
  BENCH_UNREACHABLE_LIMITS,
  median,
  percentile,
  saveResult,
  startChild,
  type Child,
} from './support';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const E2E_INTENTS = Number(process.env.BENCH_E2E_INTENTS ?? 20);
const REPLICAS = process.env.BENCH_REPLICAS !== 'off';
const COMPARE_MAIN = process.env.BENCH_COMPARE_MAIN;
const CONNECTIONS = 64;
const RATE = Number(process.env.BENCH_RATE ?? 500);
const WARMUP_S = 2;
const DIST = join(__dirname, '..', '..');
const FACTORY_MAIN = join(DIST, 'apps/sovereign-factory/src/main.js');
const BASELINE_MAIN = join(__dirname, 'baseline-intake-server.js');
const LOAD_GENERATOR = join(__dirname, 'load-generator.js');

/** A load run, with the CPU the servers under test and Redis spent per accepted request (from /proc). */
type Load = LoadResult & { server_cpu_ms_per_req: number | null; redis_cpu_ms_per_req: number | null };

/** CPU time (user + system, ms) a process has used so far, from /proc; null where there is no /proc. */
async function cpuMs(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime: fields 14 and 15 of the line (11 and 12 after the command name), in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

let redisPid: number | undefined;

/** One load-generator process against `url`; resolves with the JSON it prints. */
function generator(
  url: string,
  seconds: number,
  connections: number,
  tag: string,
  rate?: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [LOAD_GENERATOR], {
      env: {
        ...process.env,
        LOAD_URL: url,
        LOAD_SECONDS: String(seconds),
        LOAD_CONNECTIONS: String(connections),
        LOAD_AUTH: BENCH_AUTH.authorization,
        LOAD_TAG: tag,
        ...(rate ? { LOAD_RATE: String(rate) } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{'))
        return reject(new Error(`load generator exited ${code}: ${err}`));
      resolve(JSON.parse(line) as LoadResult);
    });
  });
}

let generation = 0;

/**
 * Load on every URL at once, the connections split evenly, one generator process per URL. Throughput adds
 * up; p50 and p99 are the worst of the generators' (conservative).
 */
async function load(urls: string[], seconds: number, rate?: number): Promise<LoadResult> {
  generation++;
  const each = Math.floor(CONNECTIONS / urls.length);
  const parts = await Promise.all(
    urls.map((url, i) =>
      generator(url, seconds, each, `r${generation}-${i}`, rate ? rate / urls.length : undefined),
    ),
  );
  return {
    rps: parts.reduce((sum, p) => sum + p.rps, 0),
    p50: Math.max(...parts.map((p) => p.p50)),
    p99: Math.max(...parts.map((p) => p.p99)),
    accepted: parts.reduce((sum, p) => sum + p.accepted, 0),
    non2xx: parts.reduce((sum, p) => sum + p.non2xx, 0),
    errors: parts.reduce((sum, p) => sum + p.errors, 0),
  };
}

/** Starts `servers`, warms them up, measures them together, stops them. */
async function measure(servers: (() => Promise<Child>)[], rate?: number): Promise<Load> {
  const children = await Promise.all(servers.map((start) => start()));
  try {
    const urls = children.map((c) => c.url);
    await load(urls, WARMUP_S);
    const cpu = () => Promise.all([...children.map((c) => cpuMs(c.proc.pid)), cpuMs(redisPid)]);
    const before = await cpu();
    const result = await load(urls, DURATION, rate);
    const after = await cpu();
    const spent = after.map((a, i) => (a === null || before[i] === null ? null : a - before[i]));
    const perReq = (ms: number | null) =>
      ms === null || result.accepted === 0 ? null : Number((ms / result.accepted).toFixed(3));
    const servers = spent.slice(0, -1);
    return {
      ...result,
      server_cpu_ms_per_req: servers.includes(null)
        ? null
        : perReq(servers.reduce((sum: number, ms) => sum + (ms as number), 0)),
      redis_cpu_ms_per_req: perReq(spent.at(-1) ?? null),
    };
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}

let counter = 0;
function body(): string {
  counter++;
  return JSON.stringify({
    service_name: `bench-e2e-${process.pid}-${counter}`,
    service_type: 'domain',
    priority: ['critical', 'high', 'medium', 'low'][counter % 4],
    purpose: 'Benchmark intent: manage widgets for the platform team',
    key_features: ['Create widgets', 'List widgets', 'Get a widget by id'],
    dependencies: ['registry'],
    port: 9000 + (counter % 1000),
  });
}

/** Redis commands of `submits` sequential submits, seen by MONITOR: per submit, from clients and in all. */
async function commandsPerSubmit(
  redisUrl: string,
  factoryUrl: string,
  submits: number,
): Promise<{ round_trips: number; commands: number; list: string[] }> {
  const submit = (key?: string) =>
    fetch(`${factoryUrl}/intents/submit`, {
      method: 'POST',
      headers: {
        ...BENCH_AUTH,
        'content-type': 'application/json',
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body(),
    }).then((r) => r.text());
  await submit(); // scripts loaded, connections warm
  const client = new Redis(redisUrl);
  const monitor = await client.monitor();
  const seen: { source: string; command: string }[] = [];
  monitor.on('monitor', (_time: string, args: string[], source: string) =>
    seen.push({ source, command: `${args[0]} ${String(args[1] ?? '').slice(0, 60)}` }),
  );
  // MONITOR shows commands from the moment it is acknowledged; a marker tells where the submits start.
  const marker = new Redis(redisUrl);
  await marker.ping('bench-start');
  for (let i = 0; i < submits; i++) await submit(`bench-idem-${process.pid}-${i}`);
  // The audit entry is written just after the answer: give the last one time to land before the end marker.
  await new Promise((r) => setTimeout(r, 300));
  await marker.ping('bench-end');
  while (!seen.some((s) => s.command.startsWith('ping bench-end')))
    await new Promise((r) => setTimeout(r, 20));
  monitor.disconnect();
  client.disconnect();
  marker.disconnect();
  const start = seen.findIndex((s) => s.command.startsWith('ping bench-start'));
  const end = seen.findIndex((s) => s.command.startsWith('ping bench-end'));
  const window = seen.slice(start + 1, end);
  // A MULTI … EXEC block is sent in one write and answered in one: one round trip.
  let roundTrips = 0;
  let inMulti = false;
  for (const s of window) {
    if (s.source === 'lua') continue;
    const name = s.command.split(' ')[0].toLowerCase();
    if (name === 'multi') inMulti = true;
    if (name === 'exec') inMulti = false;
    if (!inMulti) roundTrips++;
  }
  return {
    round_trips: roundTrips / submits,
    commands: window.length / submits,
    list: window
      .slice(0, window.length / submits)
      .map((s) => `${s.source === 'lua' ? '  lua ' : ''}${s.command}`),
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
  redisPid = await readFile(join(dataDir, 'redis', 'running.json'), 'utf8').then(
    (raw) => (JSON.parse(raw) as { pid: number }).pid,
    () => undefined,
  );
  const env = {
    REDIS_URL: redis.url,
    LLM_PROVIDER: 'offline',
    FACTORY_PORT: '0',
    ...BENCH_AUTH_ENV,
    ...BENCH_UNREACHABLE_LIMITS,
  };
  const factory =
    (prefix: string, extra: Record<string, string> = {}) =>
    () =>
      startChild(FACTORY_MAIN, { ...env, REDIS_PREFIX: prefix, FACTORY_WORKER: 'false', ...extra });
  interface Round {
    factory: Load;
    factory_observability_off: Load;
    baseline: Load;
    factory_2_replicas: Load | null;
    compared_build: Load | null;
  }
  const rounds: Round[] = [];
  const line = (name: string, l: Load) =>
    `${name} ${l.rps.toFixed(0)} req/s p50 ${l.p50} ms p99 ${l.p99} ms cpu/req ${l.server_cpu_ms_per_req} ms + redis ${l.redis_cpu_ms_per_req} ms${l.non2xx + l.errors ? ` (${l.non2xx} non-2xx, ${l.errors} errors)` : ''}`;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const f = await measure([factory(`bf${round}`)]);
      const q = await measure([factory(`bq${round}`, { OBSERVABILITY: 'off' })]);
      const b = await measure([() => startChild(BASELINE_MAIN, { ...env, REDIS_PREFIX: `bb${round}` })]);
      const two = REPLICAS ? await measure([factory(`b2${round}`), factory(`b2${round}`)]) : null;
      const other = COMPARE_MAIN
        ? await measure([
            () => startChild(COMPARE_MAIN, { ...env, REDIS_PREFIX: `bc${round}`, FACTORY_WORKER: 'false' }),
          ])
        : null;
      rounds.push({
        factory: f,
        factory_observability_off: q,
        baseline: b,
        factory_2_replicas: two,
        compared_build: other,
      });
      console.log(
        [
          `round ${round + 1}: ${line('factory', f)}`,
          line('factory, observability off', q),
          line('baseline', b),
          ...(two ? [line('2 factory replicas', two)] : []),
          `ratio ${(f.rps / b.rps).toFixed(2)}`,
          `observability on/off ${(f.rps / q.rps).toFixed(2)}`,
          ...(two ? [`2/1 replicas ${(two.rps / f.rps).toFixed(2)}`] : []),
          ...(other
            ? [line('compared build', other), `compared/baseline ${(other.rps / b.rps).toFixed(2)}`]
            : []),
        ].join(' | '),
      );
    }

    const atRate: { factory: Load; baseline: Load }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const f = await measure([factory(`rf${round}`)], RATE);
      const b = await measure(
        [() => startChild(BASELINE_MAIN, { ...env, REDIS_PREFIX: `rb${round}` })],
        RATE,
      );
      atRate.push({ factory: f, baseline: b });
      console.log(`at ${RATE} req/s, round ${round + 1}: ${line('factory', f)} | ${line('baseline', b)}`);
    }

    const counted = await factory('bcount')();
    const commands = await commandsPerSubmit(redis.url, counted.url, 10);
    await counted.stop();
    console.log(
      `Redis per submit (with Idempotency-Key): ${commands.round_trips} round trips, ${commands.commands} commands`,
    );
    console.log(commands.list.join('\n'));

    const e2eFactory = await startChild(FACTORY_MAIN, {
      ...env,
      REDIS_PREFIX: 'be2e',
      SPEC_WORKER_CONCURRENCY: '4',
    });
    const e2e = await intentToBuildQueued(e2eFactory.url, E2E_INTENTS);
    await e2eFactory.stop();

    const summarise = (pick: (r: Round) => Load) => ({
      rps: median(rounds.map((r) => pick(r).rps)),
      p50_ms: median(rounds.map((r) => pick(r).p50)),
      p99_ms: median(rounds.map((r) => pick(r).p99)),
      server_cpu_ms_per_req: median(rounds.map((r) => pick(r).server_cpu_ms_per_req ?? NaN)),
      redis_cpu_ms_per_req: median(rounds.map((r) => pick(r).redis_cpu_ms_per_req ?? NaN)),
    });
    /** CPU (server + Redis) per request of the baseline over `pick`'s: the throughput ratio the CPU work allows. */
    const cpuRatio = (pick: (r: Round) => Load) =>
      median(
        rounds.map((r) => {
          const cost = (l: Load) => (l.server_cpu_ms_per_req ?? NaN) + (l.redis_cpu_ms_per_req ?? NaN);
          return cost(r.baseline) / cost(pick(r));
        }),
      );
    const summary = {
      machine: 'shared: 2 cores, other work running beside the bench; compare ratios from one run only',
      load_generator: 'separate processes (load-generator.js), one per server under test',
      connections: CONNECTIONS,
      duration_s: DURATION,
      rounds,
      factory: summarise((r) => r.factory),
      factory_observability_off: summarise((r) => r.factory_observability_off),
      baseline: summarise((r) => r.baseline),
      factory_2_replicas: REPLICAS ? summarise((r) => r.factory_2_replicas as Load) : null,
      /** Factory throughput over the thin baseline's, per round, median. */
      ratio_rps: median(rounds.map((r) => r.factory.rps / r.baseline.rps)),
      /**
       * Baseline CPU per request over the factory's (each with its Redis): the throughput ratio their CPU work
       * allows, less sensitive than req/s to what else runs on a shared machine.
       */
      ratio_cpu_per_req: cpuRatio((r) => r.factory),
      ratio_cpu_per_req_observability_off: cpuRatio((r) => r.factory_observability_off),
      ratio_rps_observability_off: median(
        rounds.map((r) => r.factory_observability_off.rps / r.baseline.rps),
      ),
      /** Two replicas (one load generator each) over one, per round, median. */
      ratio_2_replicas_to_1: REPLICAS
        ? median(rounds.map((r) => (r.factory_2_replicas as Load).rps / r.factory.rps))
        : null,
      compared_build: COMPARE_MAIN
        ? {
            main: COMPARE_MAIN,
            ...summarise((r) => r.compared_build as Load),
            ratio_rps_to_baseline: median(rounds.map((r) => (r.compared_build as Load).rps / r.baseline.rps)),
            ratio_cpu_per_req: cpuRatio((r) => r.compared_build as Load),
            ratio_rps_this_to_compared: median(
              rounds.map((r) => r.factory.rps / (r.compared_build as Load).rps),
            ),
          }
        : null,
      /** Throughput with logging + metrics (+ tracing when configured) on, divided by the same factory with them off. */
      observability_cost: {
        ratio_rps_on_off: median(rounds.map((r) => r.factory.rps / r.factory_observability_off.rps)),
        ratio_p99_on_off: median(rounds.map((r) => r.factory.p99 / r.factory_observability_off.p99)),
      },
      /** Latency at one offered load below both servers' capacity (medians of the rounds). */
      at_fixed_rate: {
        rate_per_s: RATE,
        factory: {
          rps: median(atRate.map((r) => r.factory.rps)),
          p50_ms: median(atRate.map((r) => r.factory.p50)),
          p99_ms: median(atRate.map((r) => r.factory.p99)),
        },
        baseline: {
          rps: median(atRate.map((r) => r.baseline.rps)),
          p50_ms: median(atRate.map((r) => r.baseline.p50)),
          p99_ms: median(atRate.map((r) => r.baseline.p99)),
        },
      },
      redis_per_submit: { round_trips: commands.round_trips, commands: commands.commands },
      intent_to_build_queued_ms: { n: e2e.length, p50: percentile(e2e, 50), p95: percentile(e2e, 95) },
    };
    console.log(JSON.stringify({ ...summary, rounds: undefined }, null, 2));
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
