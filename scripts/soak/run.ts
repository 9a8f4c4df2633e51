/**
 * `npm run soak`: a bounded mixed load against one factory and one executor (real child processes, a private
 * Redis, the rule-based generator, no keys), sampling both services' heap after GC, RSS and event-loop delay and
 * Redis memory, and reporting growth per hour (docs/operations.md, "Soak"). Exit 1 when either service's heap
 * after GC grows more than SOAK_HEAP_LIMIT_PCT over the run.
 *
 * Env (defaults in brackets): SOAK_MINUTES [30], SOAK_SAMPLE_SECONDS [30], SOAK_SPEC_PER_MINUTE [120] (SPEC-only
 * intents: three in four park at `spec_ready`, one in four is refused by the fidelity gate),
 * SOAK_BUILD_CONCURRENCY [2] (builds in flight; each deployed service is stopped once healthy; every other build
 * is a new release of one of six service names, the others new services),
 * SOAK_STREAMS_PER_MINUTE [60] (WebSocket streams opened and closed), SOAK_HEAP_LIMIT_PCT [10],
 * SOAK_SNAPSHOTS [0] (1: heap snapshots of both services after warm-up and at the end, diffed by constructor),
 * SOAK_OUT [./soak-results].
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { freePort, startEmbeddedRedis } from '@sf/platform';
import { heapGrowth, summarizeSnapshot, type HeapClass } from './heap-summary';
import { InspectorSession } from './inspector';
import { renderSummary, samplesCsv, soakReport, type ProcessSample, type SoakSample } from './report';

const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0`);
  return value;
};
const MINUTES = num('SOAK_MINUTES', 30);
const SAMPLE_SECONDS = Math.max(1, num('SOAK_SAMPLE_SECONDS', 30));
const SPEC_PER_MINUTE = num('SOAK_SPEC_PER_MINUTE', 120);
const BUILD_CONCURRENCY = num('SOAK_BUILD_CONCURRENCY', 2);
const STREAMS_PER_MINUTE = num('SOAK_STREAMS_PER_MINUTE', 60);
const HEAP_LIMIT_PCT = num('SOAK_HEAP_LIMIT_PCT', 10);
const SNAPSHOTS = process.env.SOAK_SNAPSHOTS === '1';
const OUT = process.env.SOAK_OUT ?? join(process.cwd(), 'soak-results');
const DIST = join(__dirname, '..', '..');
const BUILD_DEADLINE_MS = 5 * 60_000;

const KEY = `sf-soak-${randomBytes(16).toString('hex')}`;
const AUTH = { authorization: `Bearer ${KEY}` };

/** A service started with `--expose-gc --inspect=127.0.0.1:0`, its HTTP URL and an inspector session. */
interface Service {
  name: 'factory' | 'executor';
  proc: ChildProcess;
  url: string;
  inspector: InspectorSession;
  /** The last 20 kB of its output (logs are drained so a full pipe never blocks the service). */
  tail(): string;
  stop(): Promise<void>;
}

function startService(name: Service['name'], script: string, env: Record<string, string>): Promise<Service> {
  const proc = spawn(process.execPath, ['--expose-gc', '--inspect=127.0.0.1:0', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let url: string | undefined;
  let inspectorUrl: string | undefined;
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
    url ??= /listening on (http:\/\/\S+)/.exec(out)?.[1];
    inspectorUrl ??= /Debugger listening on (ws:\/\/\S+)/.exec(out)?.[1];
  };
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${name} exited ${code}:\n${out}`));
    proc.once('exit', onExit);
    const check = () => {
      if (!url || !inspectorUrl) return;
      proc.stdout?.off('data', check);
      proc.stderr?.off('data', check);
      const httpUrl = url;
      void InspectorSession.connect(inspectorUrl).then((inspector) => {
        proc.off('exit', onExit);
        resolve({
          name,
          proc,
          url: httpUrl,
          inspector,
          tail: () => out,
          stop: () =>
            new Promise<void>((done) => {
              inspector.close();
              if (proc.exitCode !== null || proc.signalCode !== null) return done();
              proc.once('exit', () => done());
              proc.kill('SIGTERM');
            }),
        });
      }, reject);
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    proc.stdout?.on('data', check);
    proc.stderr?.on('data', check);
  });
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : NaN;
}

/** p99 and max event-loop delay (ms) from the service's /metrics; null when it does not answer. */
async function eventLoopOf(service: Service): Promise<{ p99: number | null; max: number | null }> {
  try {
    const text = await (await fetch(`${service.url}/metrics`, { headers: AUTH })).text();
    const read = (q: string) => {
      const m = new RegExp(`^${service.name}_event_loop_delay_seconds\\{stat="${q}"\\} (\\S+)$`, 'm').exec(
        text,
      );
      return m ? Math.round(Number(m[1]) * 1e5) / 100 : null;
    };
    return { p99: read('p99'), max: read('max') };
  } catch {
    return { p99: null, max: null };
  }
}

async function sampleService(service: Service): Promise<ProcessSample> {
  // The delay window ends here, before the forced GC, and restarts after it: our own GC pause is not counted.
  const delay = await eventLoopOf(service);
  const heap = await service.inspector.heapAfterGc();
  const rss = await rssOf(service.proc.pid ?? 0);
  const { external } = await service.inspector.memoryUsage();
  await eventLoopOf(service);
  return { heap_after_gc: heap, rss, external, event_loop_p99_ms: delay.p99, event_loop_max_ms: delay.max };
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function http(url: string, method = 'GET', body?: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? AUTH : { ...AUTH, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: res.status, body: text };
  }
}

/** Feasible SPECs (they park at `spec_ready`: no auto_build) and ones the rule-based designer cannot realise. */
const FEASIBLE = [
  {
    purpose: 'Keep short notes for a team',
    key_features: ['Create notes', 'List notes', 'Get a note by id', 'Delete a note'],
  },
  {
    purpose: 'Track items in a small warehouse',
    key_features: ['Add an item with a name and a quantity', 'List items', 'Get an item by id'],
  },
];
const INFEASIBLE = [
  {
    purpose: 'Answer questions about photographs',
    key_features: ['Recognise the faces in an uploaded photo and name each person'],
  },
  {
    purpose: 'Compose music',
    key_features: ['Write a symphony in the style of a given composer and play it as audio'],
  },
];

/** Services redeployed under one of a few names (new releases of a known service) in every other build. */
const REDEPLOYED_NAMES = 6;

function intent(
  n: number,
  shape: { purpose: string; key_features: string[] },
  port: number,
  autoBuild: boolean,
) {
  const name = !autoBuild ? `soak-s-${n}` : n % 2 ? `soak-b-${n}` : `soak-r-${(n / 2) % REDEPLOYED_NAMES}`;
  return {
    service_name: name,
    service_type: 'domain',
    priority: 'low',
    purpose: `${shape.purpose} (${n})`,
    key_features: shape.key_features,
    dependencies: [],
    port,
    auto_build: autoBuild,
  };
}

/** Cumulative counts of what the load did. */
const load: Record<string, number> = {};
const count = (what: string) => (load[what] = (load[what] ?? 0) + 1);
/** The last error of each kind of build that did not deploy (printed at the end: a soak should say why). */
const whyNot = new Map<string, { code: string; message: string }>();
const recentIntents: string[] = [];
const recentBuilds: string[] = [];
const remember = (list: string[], id: string) => {
  list.push(id);
  if (list.length > 50) list.shift();
};

/** Resolves when the stream closes (the factory closes an intent's stream at its end) or after `maxMs`. */
function streamUntilClosed(url: string, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: AUTH });
    const timer = setTimeout(() => ws.terminate(), maxMs);
    ws.on('error', () => undefined);
    ws.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function specOnce(factory: string, n: number): Promise<void> {
  const refused = n % 4 === 3;
  const shape = refused ? INFEASIBLE[n % INFEASIBLE.length] : FEASIBLE[n % FEASIBLE.length];
  const res = await http(`${factory}/intents/submit`, 'POST', intent(n, shape, 20_000 + (n % 10_000), false));
  if (res.status !== 202) return void count(`spec_submit_${res.status}`);
  count(refused ? 'spec_infeasible_submitted' : 'spec_submitted');
  remember(recentIntents, (res.body as { intent_id: string }).intent_id);
}

async function buildOnce(factory: string, executor: string, n: number): Promise<void> {
  const body = intent(n, FEASIBLE[n % FEASIBLE.length], await freePort(), true);
  const res = await http(`${factory}/intents/submit`, 'POST', body);
  if (res.status !== 202) return void count(`build_submit_${res.status}`);
  const id = (res.body as { intent_id: string }).intent_id;
  count('builds_submitted');
  await streamUntilClosed(`${factory.replace('http', 'ws')}/intents/${id}/stream`, BUILD_DEADLINE_MS);
  const status = (await http(`${factory}/intents/${id}/status`)).body as {
    status: string;
    build?: { build_id?: string } | null;
    error?: { code: string; message: string } | null;
  };
  if (status.build?.build_id) remember(recentBuilds, status.build.build_id);
  count(`builds_${status.status}`);
  if (status.error) whyNot.set(`${status.status} ${body.service_name.replace(/\d+$/, 'N')}`, status.error);
  if (status.status === 'deployed') {
    const stop = await http(`${executor}/deployments/${body.service_name}/stop`, 'POST');
    count(stop.status < 300 ? 'deploys_stopped' : `deploy_stop_${stop.status}`);
  }
}

/** Runs `step(n)` every `intervalMs` until `until`, never more than one at a time behind schedule. */
async function paced(intervalMs: number, until: () => boolean, step: (n: number) => Promise<void>) {
  if (intervalMs === Infinity) return;
  const started = Date.now();
  for (let n = 0; !until(); n++) {
    await step(n).catch(() => count('errors'));
    const wait = started + (n + 1) * intervalMs - Date.now();
    if (wait > 0) await sleep(wait);
  }
}

async function streamOnce(factory: string, executor: string, n: number): Promise<void> {
  const useBuild = n % 2 === 1 && recentBuilds.length > 0;
  const list = useBuild ? recentBuilds : recentIntents;
  if (list.length === 0) return;
  const id = list[n % list.length];
  const url = useBuild
    ? `${executor.replace('http', 'ws')}/builds/${id}/stream`
    : `${factory.replace('http', 'ws')}/intents/${id}/stream`;
  await streamUntilClosed(url, 1_000 + (n % 3) * 1_000);
  count(useBuild ? 'build_streams' : 'intent_streams');
}

async function snapshotSummary(service: Service): Promise<Map<string, HeapClass>> {
  return summarizeSnapshot(await service.inspector.heapSnapshot());
}

async function main(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sf-soak-'));
  await chmod(dataDir, 0o755);
  const redisHandle = await startEmbeddedRedis({ dataDir, reuse: false });
  const env = {
    REDIS_URL: redisHandle.url,
    DATA_DIR: dataDir,
    LLM_PROVIDER: 'offline',
    FACTORY_PORT: '0',
    EXECUTOR_PORT: '0',
    AUTH_API_KEYS: `soak:admin:${KEY}`,
    RATE_LIMIT_SUBMIT: '10000000',
    RATE_LIMIT_READS: '10000000',
  };
  const services: Service[] = [];
  const redis = new Redis(redisHandle.url, { maxRetriesPerRequest: 3 });
  const runDir = join(OUT, new Date().toISOString().replace(/[:.]/g, '-'));
  await mkdir(runDir, { recursive: true });
  try {
    const factory = await startService('factory', join(DIST, 'apps/sovereign-factory/src/main.js'), env);
    services.push(factory);
    const executor = await startService('executor', join(DIST, 'apps/build-executor/src/main.js'), env);
    services.push(executor);
    console.log(`soak: ${MINUTES} min into ${runDir} (factory ${factory.url}, executor ${executor.url})`);

    // Warm-up: every kind of build (each shape, new and redeployed names) and of SPEC before the first sample,
    // so the start is not a heap whose code paths are still to be loaded and compiled.
    for (let i = 0; i < 4; i++) await buildOnce(factory.url, executor.url, 1_000_000 + i);
    for (let i = 0; i < 8; i++) await specOnce(factory.url, 1_000_000 + i);
    const before = SNAPSHOTS ? await Promise.all(services.map(snapshotSummary)) : [];
    for (const key of Object.keys(load)) delete load[key];

    const started = Date.now();
    const deadline = started + MINUTES * 60_000;
    const over = () => Date.now() >= deadline;
    const samples: SoakSample[] = [];
    const sample = async () => {
      const [f, e] = [await sampleService(factory), await sampleService(executor)];
      const s: SoakSample = {
        t_s: Math.round((Date.now() - started) / 1000),
        factory: f,
        executor: e,
        redis_used_memory: await usedMemory(redis),
        load: { ...load },
      };
      samples.push(s);
      await appendFile(join(runDir, 'samples.jsonl'), `${JSON.stringify(s)}\n`);
      const mb = (b: number) => (b / 1048576).toFixed(1);
      console.log(
        `t=${s.t_s}s heapGC f ${mb(f.heap_after_gc)} e ${mb(e.heap_after_gc)} MB | rss f ${mb(f.rss)} e ${mb(e.rss)} MB | ` +
          `external f ${mb(f.external)} e ${mb(e.external)} MB | ` +
          `redis ${mb(s.redis_used_memory)} MB | ${JSON.stringify(load)}`,
      );
    };
    await sample();
    const sampler = (async () => {
      while (!over()) {
        await sleep(Math.min(SAMPLE_SECONDS * 1000, Math.max(0, deadline - Date.now())));
        if (!over()) await sample().catch((err: Error) => console.error(`sample failed: ${err.message}`));
      }
    })();
    let buildN = 0;
    await Promise.all([
      paced(60_000 / SPEC_PER_MINUTE, over, (n) => specOnce(factory.url, n)),
      paced(60_000 / STREAMS_PER_MINUTE, over, (n) => streamOnce(factory.url, executor.url, n)),
      ...Array.from({ length: BUILD_CONCURRENCY }, async () => {
        while (!over()) await buildOnce(factory.url, executor.url, buildN++).catch(() => count('errors'));
      }),
      sampler,
    ]);
    // The load is over and every build has ended: the last sample is the state a quiet service keeps.
    await sample();
    const report = soakReport(samples, HEAP_LIMIT_PCT);
    await writeFile(join(runDir, 'samples.json'), JSON.stringify(samples, null, 2));
    await writeFile(join(runDir, 'samples.csv'), samplesCsv(samples));
    await writeFile(join(runDir, 'report.json'), JSON.stringify(report, null, 2));
    if (SNAPSHOTS) {
      for (const [i, service] of services.entries()) {
        const growth = heapGrowth(before[i], await snapshotSummary(service));
        await writeFile(join(runDir, `heap-growth-${service.name}.json`), JSON.stringify(growth, null, 2));
        console.log(`${service.name}: kinds that grew most (bytes) since warm-up`);
        for (const g of growth.slice(0, 12))
          console.log(
            `  ${g.kind.slice(0, 60).padEnd(60)} ${g.count_before} → ${g.count_after}  +${g.bytes_delta} B`,
          );
      }
    }
    for (const [kind, error] of whyNot)
      console.log(`builds ${kind}: ${error.code}: ${error.message.slice(0, 300)}`);
    console.log(renderSummary(report));
    console.log(`report: ${join(runDir, 'report.json')}`);
    return report.passed ? 0 : 1;
  } finally {
    const executor = services.find((s) => s.name === 'executor');
    if (executor) {
      const list = (await http(`${executor.url}/deployments`).catch(() => ({ body: {} }))).body as {
        deployments?: { name: string; status?: string }[];
      };
      for (const d of list.deployments ?? [])
        await http(`${executor.url}/deployments/${d.name}/stop`, 'POST').catch(() => undefined);
    }
    for (const s of [...services].reverse()) await s.stop();
    redis.disconnect();
    await redisHandle.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`soak failed: ${err.stack ?? err.message}`);
    process.exit(2);
  },
);
