/**
 * `npm start`: both services in the foreground, sharing one Redis (`REDIS_URL`, or a private
 * redis-server under `DATA_DIR/redis` started here). Ctrl-C stops the services, then Redis.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  adminKeyPath,
  clientCredential,
  redactRedisUrl,
  resolveRedis,
  RedisUnavailableError,
} from '@sf/platform';

const ROOT = join(__dirname, '..');
const SERVICES = [
  { name: 'factory ', entry: 'apps/sovereign-factory/src/main.js' },
  { name: 'executor', entry: 'apps/build-executor/src/main.js' },
];

function prefixLines(name: string, stream: NodeJS.ReadableStream, out: NodeJS.WritableStream): void {
  let buffer = '';
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) out.write(`[${name}] ${line}\n`);
  });
}

async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR || '.data';
  // Created here before either service starts, so both read the same first-start key.
  if ((await clientCredential(process.env)) && !process.env.AUTH_API_KEYS && !process.env.SF_API_KEY) {
    process.stdout.write(
      `[auth    ] admin API key in ${adminKeyPath(dataDir)} (send "Authorization: Bearer <key>")\n`,
    );
  }
  let redis;
  try {
    redis = await resolveRedis(process.env.REDIS_URL || undefined, { dataDir });
  } catch (err) {
    if (err instanceof RedisUnavailableError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  if (redis.owned)
    process.stdout.write(
      `[redis   ] private redis-server at ${redactRedisUrl(redis.url)} (password in ${dataDir}/redis/password; data in ${dataDir}/redis)\n`,
    );

  // The web dashboard (served by the factory at /ui/) calls the executor from the browser: docs/dashboard.md.
  const factoryPort = process.env.FACTORY_PORT || '8210';
  const executorPort = process.env.EXECUTOR_PORT || '8211';
  const dashboardEnv = {
    EXECUTOR_PUBLIC_URL: process.env.EXECUTOR_PUBLIC_URL ?? `http://127.0.0.1:${executorPort}`,
    CORS_ORIGINS:
      process.env.CORS_ORIGINS ?? `http://127.0.0.1:${factoryPort},http://localhost:${factoryPort}`,
  };
  process.stdout.write(`[ui      ] dashboard at http://127.0.0.1:${factoryPort}/ui/\n`);
  const children: ChildProcess[] = SERVICES.map(({ name, entry }) => {
    const child = spawn(process.execPath, [join(ROOT, entry)], {
      env: { ...process.env, ...dashboardEnv, REDIS_URL: redis.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    prefixLines(name, child.stdout as NodeJS.ReadableStream, process.stdout);
    prefixLines(name, child.stderr as NodeJS.ReadableStream, process.stderr);
    return child;
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await redis.stop();
    process.exit(code);
  };
  for (const child of children) {
    child.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`a service exited (${code}); stopping the rest\n`);
        void stop(code === 0 ? 1 : (code ?? 1));
      }
    });
  }
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}

void main();
