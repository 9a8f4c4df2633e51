/**
 * `npm run bench:e2e`: offline intent → deployed + healthy through both services (compiled, real Redis,
 * bwrap sandbox), against the same run's floor: a trivial service whose one test runs under bwrap, then
 * started and polled until /health answers. Also the sandbox overhead: a trivial test under bwrap vs a
 * plain spawn.
 *
 * Env: BENCH_SINGLE_RUNS (default 5), BENCH_CONCURRENT (default 20), BENCH_OVERHEAD_RUNS (default 20).
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { freePort, startEmbeddedRedis } from '@sf/platform';
import { createSandbox } from '../../apps/build-executor/src/sandbox';
import { BENCH_AUTH, BENCH_AUTH_ENV, median, percentile, saveResult, startChild } from './support';

const SINGLE = Number(process.env.BENCH_SINGLE_RUNS ?? 5);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 20);
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

async function oneIntent(factoryUrl: string, name: string): Promise<number> {
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
  if (final !== 'deployed') throw new Error(`${name} ended ${final}`);
  return performance.now() - started;
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
    const result = await sandbox.run({
      workDir: dir,
      command: [process.execPath, '--test', 'tests/health.test.js'],
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
        const child = spawn(process.execPath, ['--test', 'trivial.test.js'], {
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
        command: [process.execPath, '--test', 'trivial.test.js'],
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

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sf-bench-e2e-'));
  await chmod(dataDir, 0o755);
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
  const executor = await startChild(join(ROOT, 'apps/build-executor/src/main.js'), env);
  const sandbox = await createSandbox('bwrap');
  try {
    await oneIntent(factory.url, 'bench-warmup');
    const single: number[] = [];
    for (let i = 0; i < SINGLE; i++) single.push(await oneIntent(factory.url, `bench-single-${i}`));
    const floor: number[] = [];
    for (let i = 0; i < SINGLE; i++) floor.push(await floorOnce(sandbox));
    console.log(
      `single: ${single.map((t) => t.toFixed(0)).join(', ')} ms; floor: ${floor.map((t) => t.toFixed(0)).join(', ')} ms`,
    );

    const wallStart = performance.now();
    const concurrent = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) => oneIntent(factory.url, `bench-many-${i}`)),
    );
    const wall = performance.now() - wallStart;
    const { plain, bwrap } = await overhead(sandbox);

    const summary = {
      single_intent_to_healthy_ms: {
        runs: single.length,
        p50: median(single),
        min: Math.min(...single),
        max: Math.max(...single),
      },
      floor_ms: { runs: floor.length, p50: median(floor) },
      ratio_p50_to_floor: median(single) / median(floor),
      concurrent: {
        intents: CONCURRENT,
        wall_ms: wall,
        p50_ms: percentile(concurrent, 50),
        p95_ms: percentile(concurrent, 95),
      },
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
    // Stop every generated service the benchmark deployed, then the two services and Redis.
    const list = (await (await fetch(`${executor.url}/deployments`, { headers: BENCH_AUTH })).json()) as {
      deployments: { name: string }[];
    };
    for (const d of list.deployments)
      await fetch(`${executor.url}/deployments/${d.name}/stop`, { method: 'POST', headers: BENCH_AUTH });
    await factory.stop();
    await executor.stop();
    await redis.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
