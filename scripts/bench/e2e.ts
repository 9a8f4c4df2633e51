/**
 * `npm run bench:e2e`: offline intent → deployed + healthy through both services (compiled, real Redis,
 * bwrap sandbox), against the same run's floor: a trivial service whose one test runs under bwrap, then
 * started and polled until /health answers. Reports whether the p50 is within 3× that floor. Then builds
 * per minute: BENCH_CONCURRENT intents at once with one executor (its wall time), the same count again with
 * a second executor process (own data dir, same Redis) beside the first, and BENCH_MANY intents at once with
 * the two (wall time). Each service is stopped once it is deployed, so the host does not fill with them.
 * Also the sandbox overhead: a trivial test under bwrap vs a plain spawn, and for the single runs and each
 * batch the median duration of every build phase (from the executor's build records).
 *
 * Env: BENCH_SINGLE_RUNS (default 5), BENCH_CONCURRENT (default 20), BENCH_MANY (default 100; 0 skips),
 * BENCH_OVERHEAD_RUNS (default 20). Each batch also reports the CPU seconds each part of the line used (`cpu_s`).
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { freePort, startEmbeddedRedis } from '@sf/platform';
import { createSandbox } from '../../apps/build-executor/src/sandbox';
import {
  BENCH_AUTH,
  BENCH_AUTH_ENV,
  machineBusyCpu,
  median,
  percentile,
  processCpu,
  saveResult,
  startChild,
  type Child,
} from './support';

const SINGLE = Number(process.env.BENCH_SINGLE_RUNS ?? 5);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 20);
const MANY = Number(process.env.BENCH_MANY ?? 100);
const OVERHEAD_RUNS = Number(process.env.BENCH_OVERHEAD_RUNS ?? 20);
const ROOT = join(__dirname, '..', '..');

function waitDeployed(factoryUrl: string, intentId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${factoryUrl.replace('http', 'ws')}/intents/${intentId}/stream`, {
      headers: BENCH_AUTH,
    });
    let last = 'queued';
    ws.on('message', (raw: WebSocket.RawData) => {
      const e = JSON.parse((raw as Buffer).toString()) as {
        type: string;
        build_id?: string;
        data: { to?: string };
      };
      if (e.type === 'status_changed' && !e.build_id && e.data.to) last = e.data.to;
    });
    ws.on('close', () => resolve(last));
    ws.on('error', reject);
  });
}

/** An intent that ended elsewhere than `deployed`: its status and error. */
class NotDeployed extends Error {
  constructor(service: string, final: string, reason: string) {
    super(`${service} ended ${final}: ${reason}`);
  }
}

/** Duration (ms) of each build phase of one deployed intent, as the executor recorded it. */
type PhaseTimes = Record<string, number>;

/** The phase durations of the build behind `intentId` (from whichever executor answers for it). */
async function phaseTimes(factoryUrl: string, executors: string[], intentId: string): Promise<PhaseTimes> {
  const status = (await (
    await fetch(`${factoryUrl}/intents/${intentId}/status`, { headers: BENCH_AUTH })
  ).json()) as { build?: { build_id?: string } | null };
  const buildId = status.build?.build_id;
  for (const url of buildId ? executors : []) {
    const res = await fetch(`${url}/builds/${buildId}/status`, { headers: BENCH_AUTH });
    if (!res.ok) continue;
    const { phases, tests } = (await res.json()) as {
      phases: Record<string, { duration_ms: number | null }>;
      tests?: { duration_ms?: number } | null;
    };
    return {
      ...Object.fromEntries(
        Object.entries(phases).flatMap(([phase, p]) =>
          p.duration_ms === null ? [] : [[phase, p.duration_ms]],
        ),
      ),
      // Within `testing`: the sandboxed test runs alone (the rest is writing the work trees and the release).
      ...(typeof tests?.duration_ms === 'number' ? { 'testing.sandboxed_runs': tests.duration_ms } : {}),
    };
  }
  return {};
}

/** Per phase, the median of its durations over `runs`. */
function phaseMedians(runs: PhaseTimes[]): PhaseTimes {
  const byPhase = new Map<string, number[]>();
  for (const run of runs)
    for (const [phase, ms] of Object.entries(run)) byPhase.set(phase, [...(byPhase.get(phase) ?? []), ms]);
  return Object.fromEntries([...byPhase].map(([phase, values]) => [phase, median(values)]));
}

/** Where `phases` is given, the deployed build's phase durations are added to it (after the clock stopped). */
async function oneIntent(
  factoryUrl: string,
  name: string,
  phases?: { executors: string[]; runs: PhaseTimes[] },
): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const res = await fetch(`${factoryUrl}/intents/submit`, {
    method: 'POST',
    headers: { ...BENCH_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({
      service_name: name,
      service_type: 'domain',
      priority: 'medium',
      purpose: 'Benchmark service: keep notes',
      key_features: ['Create notes', 'List notes', 'Get a note by id'],
      dependencies: ['registry'],
      port,
    }),
  });
  const { intent_id } = (await res.json()) as { intent_id: string };
  const final = await waitDeployed(factoryUrl, intent_id);
  if (final !== 'deployed') {
    const status = (await (
      await fetch(`${factoryUrl}/intents/${intent_id}/status`, { headers: BENCH_AUTH })
    ).json()) as { error?: { code?: string; message?: string } | null };
    throw new NotDeployed(name, final, `${status.error?.code ?? '?'} ${status.error?.message ?? ''}`.trim());
  }
  const elapsed = performance.now() - started;
  if (phases) phases.runs.push(await phaseTimes(factoryUrl, phases.executors, intent_id));
  return elapsed;
}

/** Stops a deployed service on whichever executor supervises it (best effort). */
async function stopEverywhere(executors: Child[], name: string): Promise<void> {
  for (const e of executors) {
    await fetch(`${e.url}/deployments/${name}/stop`, { method: 'POST', headers: BENCH_AUTH }).catch(
      () => undefined,
    );
  }
}

/** The processes of the line whose CPU a batch accounts for. */
interface LineProcesses {
  factory: Child;
  executors: Child[];
  redisPid: number;
}

/** CPU seconds used so far by each part of the line, and by the whole machine. */
async function cpuSnapshot(line: LineProcesses): Promise<Record<string, number>> {
  const executors = await Promise.all(line.executors.map((e) => processCpu(e.proc.pid ?? 0)));
  const factory = await processCpu(line.factory.proc.pid ?? 0);
  return {
    factory: factory.self + factory.children,
    executors_own: executors.reduce((s, c) => s + c.self, 0),
    executors_children: executors.reduce((s, c) => s + c.children, 0),
    redis: (await processCpu(line.redisPid)).self,
    machine_busy: await machineBusyCpu(),
  };
}

/**
 * Where a batch's CPU went, in seconds: the factory, the executors' own Node processes, the processes they
 * started and reaped (sandboxed test runs, UDC checks, the deployed services once stopped, git), Redis, and the
 * rest of the machine's busy time (this driver, esbuild's long-lived helper, anything else running).
 */
function cpuSpent(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const spent = Object.fromEntries(
    Object.keys(after).map((k) => [k, Number((after[k] - before[k]).toFixed(2))]),
  );
  const parts = spent.factory + spent.executors_own + spent.executors_children + spent.redis;
  return { ...spent, rest_of_machine: Number((spent.machine_busy - parts).toFixed(2)) };
}

/** `count` intents submitted at once; each service stopped once deployed. Wall time and per-intent times. */
async function batch(
  factoryUrl: string,
  line: LineProcesses,
  label: string,
  count: number,
): Promise<{
  intents: number;
  deployed: number;
  not_deployed: string[];
  wall_ms: number;
  builds_per_minute: number;
  p50_ms: number;
  p95_ms: number;
  phase_p50_ms: PhaseTimes;
  cpu_s: Record<string, number>;
}> {
  const executors = line.executors;
  const cpuBefore = await cpuSnapshot(line);
  const started = performance.now();
  const notDeployed: string[] = [];
  const phases = { executors: executors.map((e) => e.url), runs: [] as PhaseTimes[] };
  const outcomes = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const name = `bench-${label}-${i}`;
      try {
        return await oneIntent(factoryUrl, name, phases);
      } catch (err) {
        // A refusal or a failed deploy is counted and reported, not a reason to lose the run.
        if (!(err instanceof NotDeployed)) throw err;
        notDeployed.push(err.message);
        return null;
      } finally {
        await stopEverywhere(executors, name);
      }
    }),
  );
  const wall = performance.now() - started;
  const cpu = cpuSpent(cpuBefore, await cpuSnapshot(line));
  const times = outcomes.filter((t): t is number => t !== null);
  return {
    intents: count,
    deployed: times.length,
    not_deployed: notDeployed,
    wall_ms: Math.round(wall),
    /** Deployed builds per minute of wall time. */
    builds_per_minute: Number(((times.length / wall) * 60_000).toFixed(1)),
    p50_ms: Math.round(percentile(times, 50)),
    p95_ms: Math.round(percentile(times, 95)),
    /** Median duration of each build phase over the deployed intents (the executor's own phase records). */
    phase_p50_ms: phaseMedians(phases.runs),
    /** CPU seconds per part of the line over the batch (2 cores give 2 s per second of wall time). */
    cpu_s: cpu,
  };
}

const TRIVIAL_SERVICE = `const http = require('node:http');
function create() { return http.createServer((req, res) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ status: 'active' })); }); }
module.exports = { create };
if (require.main === module) create().listen(Number(process.env.PORT), '127.0.0.1');
`;
const TRIVIAL_TEST = `const test = require('node:test'); const assert = require('node:assert/strict'); const { create } = require('../main.js');
test('health is active', async () => { const s = create(); await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const res = await fetch('http://127.0.0.1:' + s.address().port + '/health'); assert.equal((await res.json()).status, 'active'); s.close(); });
`;

async function floorOnce(sandbox: Awaited<ReturnType<typeof createSandbox>>): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'sf-bench-floor-'));
  await chmod(dir, 0o755);
  try {
    const started = performance.now();
    await writeFile(join(dir, 'main.js'), TRIVIAL_SERVICE);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'tests'));
    await writeFile(join(dir, 'tests', 'health.test.js'), TRIVIAL_TEST);
    // Run as the build line runs each test file: its own process with the TAP reporter, no test runner in front.
    const result = await sandbox.run({
      workDir: dir,
      command: [process.execPath, '--test-reporter=tap', 'tests/health.test.js'],
      network: 'none',
      timeoutMs: 30_000,
    });
    if (result.outcome !== 'ok') throw new Error(`floor test failed: ${result.stderr}`);
    const port = await freePort();
    const service = spawn(process.execPath, [join(dir, 'main.js')], {
      env: { PORT: String(port) },
      stdio: 'ignore',
    });
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const elapsed = performance.now() - started;
    service.kill('SIGKILL');
    return elapsed;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function overhead(
  sandbox: Awaited<ReturnType<typeof createSandbox>>,
): Promise<{ plain: number[]; bwrap: number[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'sf-bench-overhead-'));
  await chmod(dir, 0o755);
  await writeFile(join(dir, 'trivial.test.js'), "require('node:test')('ok', () => {});\n");
  const plain: number[] = [];
  const bwrap: number[] = [];
  try {
    for (let i = 0; i < OVERHEAD_RUNS; i++) {
      let t = performance.now();
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--test-reporter=tap', 'trivial.test.js'], {
          cwd: dir,
          env: {},
          stdio: 'ignore',
        });
        child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
      });
      plain.push(performance.now() - t);
      t = performance.now();
      const result = await sandbox.run({
        workDir: dir,
        command: [process.execPath, '--test-reporter=tap', 'trivial.test.js'],
        network: 'none',
        timeoutMs: 30_000,
      });
      if (result.outcome !== 'ok') throw new Error(`sandboxed trivial test failed: ${result.stderr}`);
      bwrap.push(performance.now() - t);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { plain, bwrap };
}

/** The Redis server's process id (from INFO), for its CPU time. */
async function redisPid(url: string): Promise<number> {
  const client = new Redis(url, { lazyConnect: true });
  try {
    await client.connect();
    return Number(/process_id:(\d+)/.exec(await client.info('server'))?.[1] ?? 0);
  } finally {
    client.disconnect();
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sf-bench-e2e-'));
  await chmod(dataDir, 0o755);
  const secondDir = await mkdtemp(join(tmpdir(), 'sf-bench-e2e-2-'));
  await chmod(secondDir, 0o755);
  const redis = await startEmbeddedRedis({ dataDir, reuse: false });
  const env = {
    REDIS_URL: redis.url,
    DATA_DIR: dataDir,
    LLM_PROVIDER: 'offline',
    FACTORY_PORT: '0',
    EXECUTOR_PORT: '0',
    ...BENCH_AUTH_ENV,
  };
  const factory = await startChild(join(ROOT, 'apps/sovereign-factory/src/main.js'), env);
  const executors = [await startChild(join(ROOT, 'apps/build-executor/src/main.js'), env)];
  const sandbox = await createSandbox('bwrap');
  const line: LineProcesses = { factory, executors, redisPid: await redisPid(redis.url) };
  try {
    await oneIntent(factory.url, 'bench-warmup');
    const single: number[] = [];
    const singlePhases = { executors: executors.map((e) => e.url), runs: [] as PhaseTimes[] };
    for (let i = 0; i < SINGLE; i++) {
      single.push(await oneIntent(factory.url, `bench-single-${i}`, singlePhases));
    }
    const floor: number[] = [];
    for (let i = 0; i < SINGLE; i++) floor.push(await floorOnce(sandbox));
    console.log(
      `single: ${single.map((t) => t.toFixed(0)).join(', ')} ms; floor: ${floor.map((t) => t.toFixed(0)).join(', ')} ms`,
    );

    const oneExecutor = await batch(factory.url, line, 'one', CONCURRENT);
    console.log(`${CONCURRENT} at once, 1 executor: ${JSON.stringify(oneExecutor)}`);
    // A second executor: its own data dir (builds, deployments, git), the same Redis and queues.
    executors.push(
      await startChild(join(ROOT, 'apps/build-executor/src/main.js'), { ...env, DATA_DIR: secondDir }),
    );
    const twoExecutors = await batch(factory.url, line, 'two', CONCURRENT);
    console.log(`${CONCURRENT} at once, 2 executors: ${JSON.stringify(twoExecutors)}`);
    const many = MANY > 0 ? await batch(factory.url, line, 'many', MANY) : null;
    if (many) console.log(`${MANY} at once, 2 executors: ${JSON.stringify(many)}`);
    const { plain, bwrap } = await overhead(sandbox);

    const ratio = median(single) / median(floor);
    const summary = {
      machine: 'shared: 2 cores, other work running beside the bench; compare ratios from one run only',
      single_intent_to_healthy_ms: {
        runs: single.length,
        p50: median(single),
        min: Math.min(...single),
        max: Math.max(...single),
        /** Where a lone build's time goes: median per phase. */
        phase_p50_ms: phaseMedians(singlePhases.runs),
      },
      floor_ms: { runs: floor.length, p50: median(floor) },
      ratio_p50_to_floor: ratio,
      /** Issue 16's bar: intent → deployed p50 at most 3× the one-build floor measured in the same run. */
      p50_within_3x_floor: ratio <= 3,
      concurrent: { ...oneExecutor, executors: 1 },
      concurrent_two_executors: { ...twoExecutors, executors: 2 },
      builds_per_minute_2_vs_1: Number(
        (twoExecutors.builds_per_minute / oneExecutor.builds_per_minute).toFixed(2),
      ),
      many_two_executors: many ? { ...many, executors: 2 } : null,
      sandbox_overhead_ms: {
        runs: OVERHEAD_RUNS,
        plain_p50: percentile(plain, 50),
        plain_p95: percentile(plain, 95),
        bwrap_p50: percentile(bwrap, 50),
        bwrap_p95: percentile(bwrap, 95),
        added_p95: percentile(bwrap, 95) - percentile(plain, 95),
      },
    };
    console.log(JSON.stringify(summary, null, 2));
    console.log(`saved ${await saveResult('e2e', summary)}`);
  } finally {
    // Stop every generated service the benchmark deployed and left running, then the services and Redis. Every
    // executor lists every deployment (the view is shared); a stop goes to each executor once and one that
    // another executor supervises answers 409 at once (or after its hand-over wait): stopped ones are skipped,
    // and a deployment once stopped is not asked again.
    const stopped = new Set<string>();
    for (const executor of executors) {
      const list = (await (await fetch(`${executor.url}/deployments`, { headers: BENCH_AUTH })).json()) as {
        deployments: { name: string; status?: string }[];
      };
      for (const d of list.deployments) {
        if (d.status === 'stopped' || stopped.has(d.name)) continue;
        const res = await fetch(`${executor.url}/deployments/${d.name}/stop`, {
          method: 'POST',
          headers: BENCH_AUTH,
          signal: AbortSignal.timeout(5_000),
        }).catch(() => null);
        if (res?.ok) stopped.add(d.name);
      }
    }
    await factory.stop();
    for (const executor of executors) await executor.stop();
    await redis.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(secondDir, { recursive: true, force: true });
  }
}

void main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
