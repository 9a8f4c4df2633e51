/**
 * `npm run demo [-- --keep]`: starts Redis (private unless REDIS_URL is set) and both services,
 * submits the seed's hello-world intent, streams its progress, prints where to look and the cost,
 * then stops what it started. Exit 0 when the intent got as far as the pipeline goes; otherwise
 * non-zero, naming the phase that failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import {
  adminKeyPath,
  clientCredential,
  freePort,
  redactRedisUrl,
  resolveRedis,
  RedisUnavailableError,
  type RedisHandle,
} from '@sf/platform';

const ROOT = join(__dirname, '..');
const keep = process.argv.includes('--keep');
const TIMEOUT_MS = 120_000;

interface Started {
  child: ChildProcess;
  url: string;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function pickPort(preferred: number): Promise<number> {
  return (await portFree(preferred)) ? preferred : freePort();
}

function startService(name: string, entry: string, env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before starting:\n${out}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface StreamEvent {
  id: string;
  build_id?: string;
  ts: string;
  phase: string;
  type: string;
  message: string;
  data: Record<string, unknown>;
}

/** `Authorization` for our services: the credential the services accept (see `clientCredential`). */
let auth: Record<string, string> = {};

/** fetch with the demo's credential. */
function call(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
}

/** Streams the intent's events to the terminal until `done` says stop; resolves with the last status. */
function follow(factoryUrl: string, intentId: string, done: (status: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${factoryUrl.replace('http', 'ws')}/intents/${intentId}/stream`, {
      headers: auth,
    });
    let status = 'queued';
    const timer = setTimeout(() => {
      ws.close();
      reject(new Error(`no terminal state within ${TIMEOUT_MS / 1000} s (last status ${status})`));
    }, TIMEOUT_MS);
    ws.on('message', (raw: WebSocket.RawData) => {
      const event = JSON.parse((raw as Buffer).toString()) as StreamEvent;
      const time = event.ts.slice(11, 23);
      const phase = event.build_id ? `build/${event.phase}` : event.phase;
      console.log(`  ${time}  ${phase.padEnd(24)} ${event.type.padEnd(16)} ${event.message}`);
      if (event.type === 'status_changed') {
        status = String(event.data.to);
        if (done(status)) {
          clearTimeout(timer);
          ws.close();
          resolve(status);
        }
      }
    });
    ws.on('close', () => {
      clearTimeout(timer);
      resolve(status);
    });
    ws.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

async function main(): Promise<number> {
  // Before the services start, so they find the same first-start key (or AUTH_API_KEYS) the demo uses.
  const key = await clientCredential(process.env);
  if (key) auth = { authorization: `Bearer ${key}` };
  let redis: RedisHandle;
  try {
    redis = await resolveRedis(process.env.REDIS_URL || undefined, {
      dataDir: process.env.DATA_DIR ?? '.data',
    });
  } catch (err) {
    if (err instanceof RedisUnavailableError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const children: ChildProcess[] = [];
  const cleanup = async () => {
    await Promise.all(children.map(stopChild));
    await redis.stop();
  };
  try {
    console.log(`Redis: ${redactRedisUrl(redis.url)}${redis.owned ? ' (private redis-server, AOF on)' : ''}`);
    const factoryPort = await pickPort(8210);
    const executorPort = await pickPort(8211);
    const env = {
      REDIS_URL: redis.url,
      FACTORY_PORT: String(factoryPort),
      EXECUTOR_PORT: String(executorPort),
      // The web dashboard (served by the factory) calls the executor from the browser: docs/dashboard.md.
      EXECUTOR_PUBLIC_URL: process.env.EXECUTOR_PUBLIC_URL ?? `http://127.0.0.1:${executorPort}`,
      CORS_ORIGINS:
        process.env.CORS_ORIGINS ?? `http://127.0.0.1:${factoryPort},http://localhost:${factoryPort}`,
    };
    const [factory, executor] = await Promise.all([
      startService('sovereign-factory', 'apps/sovereign-factory/src/main.js', env),
      startService('build-executor', 'apps/build-executor/src/main.js', env),
    ]);
    children.push(factory.child, executor.child);
    console.log(`sovereign-factory ${factory.url}   build-executor ${executor.url}`);
    if (key && !process.env.AUTH_API_KEYS && !process.env.SF_API_KEY) {
      console.log(
        `API key (admin): ${adminKeyPath(process.env.DATA_DIR || '.data')} (send "Authorization: Bearer <key>")`,
      );
    }

    const servicePort = await pickPort(8999);
    const intent = {
      service_name: 'hello-world',
      service_type: 'domain',
      priority: 'low',
      purpose: 'Simple hello world service for testing pipeline',
      key_features: ['GET /hello endpoint'],
      dependencies: ['registry'],
      port: servicePort,
      auto_build: true,
    };
    const submit = () =>
      call(`${factory.url}/intents/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(intent),
      });
    let res = await submit();
    let accepted = (await res.json()) as {
      intent_id?: string;
      error?: { code: string; message: string; details?: { intent_id?: string } };
    };
    if (
      res.status === 409 &&
      accepted.error?.code === 'INTENT_IN_FLIGHT' &&
      accepted.error.details?.intent_id
    ) {
      // A previous demo left its intent unfinished (e.g. interrupted): cancel it and start over.
      console.log(`cancelling the unfinished intent ${accepted.error.details.intent_id} of an earlier run`);
      await call(`${factory.url}/intents/${accepted.error.details.intent_id}/cancel`, { method: 'POST' });
      res = await submit();
      accepted = (await res.json()) as typeof accepted;
    }
    if (res.status !== 202 || !accepted.intent_id) {
      console.error(`submit failed (${res.status}): ${JSON.stringify(accepted)}`);
      return 1;
    }
    const id = accepted.intent_id;
    console.log(`\nSubmitted hello-world (port ${servicePort}) as ${id}; progress:`);

    const final = await follow(factory.url, id, (s) =>
      ['deployed', 'failed', 'needs_human_review', 'rejected', 'cancelled', 'rolled_back'].includes(s),
    );
    const status = (await (await call(`${factory.url}/intents/${id}/status`)).json()) as {
      spec: { score: number; optimizations: number; sha256: string };
      cost: { usd: number; tokens: number };
      error: { code: string; message: string; phase?: string } | null;
      phase: string;
      build: { build_id: string } | null;
      service: { url: string; registry: unknown } | null;
    };
    console.log(`\nResult: ${final}`);
    console.log(`  SPEC score ${status.spec.score} after ${status.spec.optimizations} optimization(s)`);
    console.log(`  cost $${status.cost.usd.toFixed(4)} (${status.cost.tokens} tokens, offline provider)`);
    console.log(`  status    ${factory.url}/intents/${id}/status`);
    console.log(`  SPEC      ${factory.url}/intents/${id}/spec`);
    console.log(`  stream    ${factory.url.replace('http', 'ws')}/intents/${id}/stream`);
    console.log(`  dashboard ${factory.url}/ui/  (web UI; sign in with the API key)`);
    console.log(`  summary   ${factory.url}/dashboard`);
    if (status.build) {
      const buildId = status.build.build_id;
      const build = (await (await call(`${executor.url}/builds/${buildId}/status`)).json()) as {
        tests: { passed: number; failed: number } | null;
        sandbox: { mode: string; isolated: boolean } | null;
        artifacts: { dir: string; logs: string };
      };
      const isolation = build.sandbox?.isolated ? build.sandbox.mode : `${build.sandbox?.mode}, UNISOLATED`;
      console.log(`  build     ${executor.url}/builds/${buildId}/status`);
      console.log(
        `  tests     ${build.tests?.passed ?? 0} passed, ${build.tests?.failed ?? 0} failed (${isolation})`,
      );
      console.log(`  build dir ${build.artifacts.dir} (logs: ${build.artifacts.logs})`);
    }
    if (final !== 'deployed' || !status.service) {
      console.error(
        `\nFAILED in ${status.error?.phase ?? status.phase}: ${status.error?.code ?? final} ${status.error?.message ?? ''}`,
      );
      return 1;
    }
    const health = (await (await fetch(`${status.service.url}/health`)).json()) as { status: string };
    const hello = await fetch(`${status.service.url}/hello`);
    console.log(`  service   ${status.service.url}  GET /health -> "${health.status}"`);
    console.log(`  GET /hello -> ${hello.status} ${await hello.text()}`);
    console.log(`  registry  ${executor.url}/registry/services/hello-world`);
    if (health.status !== 'active') {
      console.error('\nFAILED in health_checking: the deployed service is not active');
      return 1;
    }
    if (keep) {
      console.log(`\nDashboard: ${factory.url}/ui/`);
      console.log('--keep: everything keeps running; Ctrl-C to stop.');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
    }
    // A deployed service outlives the executor by design; the demo started this one, so it stops it.
    await call(`${executor.url}/deployments/hello-world/stop`, { method: 'POST' });
    console.log(
      '\nOK: hello-world is deployed, registered and healthy; everything the demo started is stopped.',
    );
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`demo failed: ${err.message}`);
    process.exit(1);
  },
);
