import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { OfflineProvider } from '@sf/generator';
import { verifySpec } from '@sf/service-spec';
import { startExecutor, type StartedExecutor } from '../../apps/build-executor/src/executor-app';
import { startFactory, type StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { adminAuth, TEST_AUTH_ENV } from './auth';

export { adminAuth, TEST_ADMIN_KEY, TEST_AUTH_ENV } from './auth';

/** The run's Redis (from global-setup or the caller's `REDIS_URL`). */
export function testRedisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error('REDIS_URL is not set: run through the jest integration/e2e config');
  return url;
}

/** A key prefix no other test file uses. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomBytes(4).toString('hex')}`;
}

/** A temporary directory removed by the returned cleanup. */
export async function tempDir(label: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `sf-${label}-`));
  // The sandbox runs generated code as another uid, which must be able to traverse to the build dirs.
  await chmod(path, 0o755);
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Starts sovereign-factory in this process on a free port, with test-friendly settings. */
export async function startTestFactory(
  label: string,
  env: Record<string, string> = {},
  overrides: Parameters<typeof startFactory>[1] = {},
): Promise<StartedFactory> {
  return startFactory(
    {
      PATH: process.env.PATH,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: uniquePrefix(label),
      FACTORY_PORT: '0',
      LLM_PROVIDER: 'offline',
      SPEC_RETRY_BACKOFF_MS: '50,50,50',
      ...TEST_AUTH_ENV,
      ...env,
    },
    overrides,
  );
}

/** Deletes every key under a prefix, hash-tagged or not (tests clean up what they wrote). */
export async function dropPrefix(prefix: string): Promise<void> {
  const redis = new Redis(testRedisUrl());
  try {
    for (const pattern of [`${prefix}:*`, `{${prefix}[:}]*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}

/** A JSON response: status, headers and parsed body. */
export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * Sends a request as the test admin (unless `headers` carries its own `authorization`; an empty one sends none)
 * and parses a JSON answer (`body` is the raw text when it is not JSON).
 */
export async function request<T = any>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse<T>> {
  const sent: Record<string, string> = { ...adminAuth(), ...headers };
  if (sent.authorization === '') delete sent.authorization;
  const init: RequestInit = { method, headers: sent };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + path, init);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** Creates an API key through the admin API (as the test admin) and returns its `Authorization` header. */
export async function createKey(base: string, name: string, role: string): Promise<Record<string, string>> {
  const res = await request<{ key: string }>(base, 'POST', '/api/admin/keys', { name, role });
  if (res.status !== 201) throw new Error(`creating key ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  return { authorization: `Bearer ${res.body.key}` };
}

/** The seed's literal curl example (assembly-line-architecture.md). */
export function seedPaymentProcessor(): Record<string, unknown> {
  return {
    service_name: 'payment-processor',
    service_type: 'domain',
    priority: 'high',
    purpose: 'Process payments via Stripe',
    key_features: ['Stripe integration', 'Webhooks', 'Refunds'],
    dependencies: ['registry'],
    port: 8350,
    auto_build: true,
  };
}

/** A valid intent with a given name (and overrides). */
export function intent(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    service_name: name,
    service_type: 'domain',
    priority: 'medium',
    purpose: `Manage ${name} records for the team`,
    key_features: ['Create items', 'List items', 'Get an item by id'],
    dependencies: ['registry'],
    port: 9100,
    ...overrides,
  };
}

/** Every message a stream sent and how it closed. */
export interface StreamResult {
  events: any[];
  code: number;
  reason: string;
}

/**
 * Opens a WebSocket stream and resolves once `until` matches a message (leaving the socket open is
 * the caller's choice via `close`), or when the server closes it.
 */
export function openStream(
  url: string,
  headers: Record<string, string> = adminAuth(),
): {
  events: any[];
  until(match: (event: any) => boolean, timeoutMs?: number): Promise<any>;
  closed: Promise<StreamResult>;
  close(): void;
} {
  const ws = new WebSocket(url, { headers });
  const events: any[] = [];
  const waiters: { match: (e: any) => boolean; resolve: (e: any) => void }[] = [];
  ws.on('message', (data: WebSocket.RawData) => {
    const event = JSON.parse((data as Buffer).toString());
    events.push(event);
    for (const w of [...waiters]) {
      if (w.match(event)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  });
  // A refused upgrade (401/403) is an 'error' then a 'close' 1006: the close is what callers await.
  ws.on('error', () => undefined);
  const closed = new Promise<StreamResult>((resolve) =>
    ws.on('close', (code: number, reason: Buffer) => resolve({ events, code, reason: reason.toString() })),
  );
  return {
    events,
    closed,
    close: () => ws.close(),
    until: (match, timeoutMs = 30_000) => {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`stream ${url}: no matching event in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
        void closed.then(() => {
          clearTimeout(timer);
          const found = events.find(match);
          if (found) resolve(found);
          else reject(new Error(`stream ${url} closed before a matching event`));
        });
      });
    },
  };
}

/** Waits (over the intent's WebSocket stream, not by polling) until the intent reaches `status`. */
export async function waitForStatus(
  base: string,
  intentId: string,
  status: string,
  timeoutMs = 30_000,
): Promise<void> {
  const stream = openStream(`${base.replace(/^http/, 'ws')}/intents/${intentId}/stream`);
  try {
    await stream.until((e) => e.type === 'status_changed' && e.data.to === status, timeoutMs);
  } finally {
    stream.close();
  }
}

/** Starts build-executor in this process on a free port (built-in registry, offline LLM, private dirs). */
export async function startTestExecutor(
  label: string,
  dataDir: string,
  env: Record<string, string> = {},
  overrides: Parameters<typeof startExecutor>[1] = {},
): Promise<StartedExecutor> {
  return startExecutor(
    {
      PATH: process.env.PATH,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: env.REDIS_PREFIX ?? uniquePrefix(label),
      EXECUTOR_PORT: '0',
      LLM_PROVIDER: 'offline',
      DATA_DIR: dataDir,
      HEALTH_RETRY_WAIT_MS: '200',
      HEALTH_TIMEOUT_MS: '3000',
      SERVICE_HEARTBEAT_MS: '1000',
      BUILD_JOB_LOCK_MS: '5000',
      ...TEST_AUTH_ENV,
      ...env,
    },
    overrides,
  );
}

/** A SPEC that passes the gate: the offline provider's draft for a small intent, optimized once. */
export function goodSpec(
  name: string,
  port: number,
  features: string[] = ['Create notes', 'Get a note by id'],
): Promise<string> {
  const offline = new OfflineProvider();
  const intent = {
    service_name: name,
    service_type: 'domain' as const,
    priority: 'medium' as const,
    purpose: `Service ${name} for the tests`,
    key_features: features,
    dependencies: [],
    port,
    auto_build: true,
    approval_mode: 'auto' as const,
  };
  const draft = offline.answer('spec_builder', { intent }) as { spec_markdown: string };
  const verification = verifySpec(draft.spec_markdown, intent);
  const optimized = offline.answer('spec_optimizer', {
    intent,
    spec_markdown: draft.spec_markdown,
    verification,
  });
  return Promise.resolve((optimized as { spec_markdown: string }).spec_markdown);
}

/** Both services of one test, sharing a key prefix and a data dir. */
export interface TestPipeline {
  factory: StartedFactory;
  executor: StartedExecutor;
  prefix: string;
  /** Stops the services it deployed and both services, then drops their keys and their data dir. */
  close(): Promise<void>;
}

/**
 * Starts the executor and the factory in this process on one fresh key prefix and data dir, so intents go all
 * the way through (hand-off, build, deploy). `env` applies to both.
 */
export async function startTestPipeline(
  label: string,
  env: Record<string, string> = {},
): Promise<TestPipeline> {
  const prefix = uniquePrefix(label);
  const dir = await tempDir(label);
  const shared = { ...env, REDIS_PREFIX: prefix };
  const executor = await startTestExecutor(label, dir.path, shared);
  const factory = await startTestFactory(label, { ...shared, DATA_DIR: dir.path });
  return {
    factory,
    executor,
    prefix,
    close: async () => {
      // Deployed services outlive the executor by design; a test must not leave them running.
      const { deployments } = (await request(executor.url, 'GET', '/deployments')).body as {
        deployments: { name: string; status: string }[];
      };
      for (const d of deployments.filter((x) => x.status !== 'stopped')) {
        await request(executor.url, 'POST', `/deployments/${d.name}/stop`);
      }
      await factory.close();
      await executor.close();
      await dropPrefix(prefix);
      await dir.remove();
    },
  };
}
