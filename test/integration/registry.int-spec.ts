import type { AddressInfo } from 'node:net';
import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppError } from '@sf/contracts';
import { createHttpApp } from '@sf/platform';
import { registerWithRegistry, type UdcRegistryEntry } from '@sf/udc';
import { Redis } from 'ioredis';
import { ExecutorConfig } from '../../apps/build-executor/src/config/executor.config';
import { REDIS } from '../../apps/build-executor/src/executor.tokens';
import {
  HttpRegistryClient,
  RegistryClientError,
} from '../../apps/build-executor/src/registry/http-registry-client';
import {
  RegistryModule,
  type RegistryModuleOptions,
} from '../../apps/build-executor/src/registry/registry.module';
import { RegistryService } from '../../apps/build-executor/src/registry/registry.service';
import { REGISTRY } from '../../apps/build-executor/src/registry/registry.types';
import { dropPrefix, request, testRedisUrl, uniquePrefix } from '../support/harness';

/** Stands in for the executor's AppModule: global, so the registry module sees REDIS and the config. */
@Module({})
class TestRoot {
  static forRoot(redis: Redis, prefix: string, options: RegistryModuleOptions = {}): DynamicModule {
    const config = Object.assign(new ExecutorConfig(), { REDIS_PREFIX: prefix });
    return {
      module: TestRoot,
      global: true,
      imports: [RegistryModule.forRoot(options)],
      providers: [
        { provide: REDIS, useValue: redis },
        { provide: ExecutorConfig, useValue: config },
      ],
      exports: [REDIS, ExecutorConfig],
    };
  }
}

async function startRegistryApp(
  redis: Redis,
  prefix: string,
  options: RegistryModuleOptions = {},
): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await createHttpApp(TestRoot.forRoot(redis, prefix, options), {
    title: 'registry-test',
    description: 'registry under test',
    version: '0.0.0',
    bodyLimitBytes: 1024 * 1024,
    logLevels: ['error'],
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

function entry(name: string, overrides: Partial<UdcRegistryEntry> = {}): UdcRegistryEntry {
  return {
    name,
    version: '1.0.0',
    url: 'http://127.0.0.1:9100',
    udc_version: '1.0',
    capabilities: {
      service: name,
      version: '1.0.0',
      udc_version: '1.0',
      features: ['list orders'],
      endpoints: [{ method: 'GET', path: '/orders', description: 'list orders' }],
      dependencies: ['registry'],
    },
    provenance: {
      intent_id: 'int_123',
      spec_sha256: 'ab'.repeat(32),
      spec_score: 93.5,
      models: ['offline/spec-builder-v1'],
      cost_usd: 0,
      tests_passed: 14,
      approvals: [{ stage: 'deploy', by: 'alice', at: '2025-06-01T12:00:00Z' }],
    },
    ...overrides,
  };
}

/** Polls `check` (every 20 ms) until it returns true; for conditions no event announces. */
async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('registry', () => {
  let redis: Redis;
  const prefixes: string[] = [];
  const apps: NestFastifyApplication[] = [];

  const newPrefix = () => {
    const prefix = uniquePrefix('registry');
    prefixes.push(prefix);
    return prefix;
  };
  const start = async (options: RegistryModuleOptions = {}) => {
    const started = await startRegistryApp(redis, newPrefix(), options);
    apps.push(started.app);
    return started;
  };

  beforeAll(() => {
    redis = new Redis(testRedisUrl());
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  afterAll(async () => {
    for (const prefix of prefixes) await dropPrefix(prefix);
    redis.disconnect();
  });

  describe('RegistryService on Redis (clock injected)', () => {
    let now: number;
    let registry: RegistryService;

    beforeEach(() => {
      now = Date.parse('2025-06-01T12:00:00Z');
      registry = new RegistryService(redis, { prefix: newPrefix(), now: () => now });
    });

    it('registers an entry with provenance and liveness fields, listed and found by name', async () => {
      const { service, created } = await registry.register(entry('orders'));

      expect(created).toBe(true);
      expect(service).toEqual({
        ...entry('orders'),
        registered_at: '2025-06-01T12:00:00.000Z',
        last_heartbeat_at: '2025-06-01T12:00:00.000Z',
        heartbeat_interval_seconds: 10,
        status: 'active',
      });
      await expect(registry.get('orders')).resolves.toEqual(service);
      await expect(registry.list()).resolves.toEqual([service]);
    });

    it('replaces an entry registered again under the same name', async () => {
      await registry.register(entry('orders'));
      now += 5000;

      const again = await registry.register({
        ...entry('orders', { version: '1.1.0' }),
        heartbeat_interval_seconds: 2,
      });

      expect(again.created).toBe(false);
      expect(again.service).toMatchObject({ version: '1.1.0', heartbeat_interval_seconds: 2 });
      expect(again.service.registered_at).toBe('2025-06-01T12:00:05.000Z');
      await expect(registry.list()).resolves.toHaveLength(1);
    });

    it('turns stale only after three intervals without a heartbeat, and a heartbeat revives it', async () => {
      await registry.register({ ...entry('orders'), heartbeat_interval_seconds: 1 });

      now += 3000;
      expect((await registry.get('orders'))?.status).toBe('active');
      now += 1;
      expect((await registry.get('orders'))?.status).toBe('stale');
      await expect(registry.list({ status: 'stale' })).resolves.toHaveLength(1);
      await expect(registry.list({ status: 'active' })).resolves.toHaveLength(0);

      const beat = await registry.heartbeat('orders');
      expect(beat.status).toBe('active');
      expect(beat.last_heartbeat_at).toBe(new Date(now).toISOString());
      expect(beat.registered_at).toBe('2025-06-01T12:00:00.000Z');
    });

    it('forgets a deregistered service: get null, heartbeat SERVICE_NOT_FOUND, not listed', async () => {
      await registry.register(entry('orders'));
      await registry.register(entry('billing'));

      await expect(registry.deregister('orders')).resolves.toBe(true);

      await expect(registry.get('orders')).resolves.toBeNull();
      expect((await rejectionOf(registry.heartbeat('orders'))).code).toBe('SERVICE_NOT_FOUND');
      expect((await registry.list()).map((s) => s.name)).toEqual(['billing']);
      await expect(registry.deregister('orders')).resolves.toBe(false);
    });

    it('does not bring back a deregistered entry through a late heartbeat', async () => {
      await registry.register(entry('orders'));
      await registry.deregister('orders');
      await rejectionOf(registry.heartbeat('orders'));
      await expect(registry.get('orders')).resolves.toBeNull();
    });

    it('refuses an invalid entry without storing anything', async () => {
      const err = await rejectionOf(registry.register({ ...entry('orders'), url: 'not-a-url' }));
      expect(err.code).toBe('VALIDATION_FAILED');
      await expect(registry.list()).resolves.toEqual([]);
    });
  });

  describe('HTTP API', () => {
    let base: string;
    beforeEach(async () => {
      base = (await start()).url;
    });

    it('runs register → list/get → heartbeat → delete → 404', async () => {
      const created = await request(base, 'POST', '/registry/register', entry('orders'));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'orders',
        status: 'active',
        heartbeat_interval_seconds: 10,
      });
      expect(created.body.provenance).toEqual(entry('orders').provenance);

      const replaced = await request(base, 'POST', '/registry/register', entry('orders'));
      expect(replaced.status).toBe(200);

      const list = await request(base, 'GET', '/registry/services');
      expect(list.status).toBe(200);
      expect(list.body.services.map((s: { name: string }) => s.name)).toEqual(['orders']);
      expect((await request(base, 'GET', '/registry/services?status=stale')).body.services).toEqual([]);

      const one = await request(base, 'GET', '/registry/services/orders');
      expect(one.status).toBe(200);
      expect(one.body.capabilities).toEqual(entry('orders').capabilities);

      const beat = await request(base, 'POST', '/registry/heartbeat/orders');
      expect(beat.status).toBe(200);
      expect(Date.parse(beat.body.last_heartbeat_at)).toBeGreaterThanOrEqual(
        Date.parse(one.body.last_heartbeat_at),
      );

      const removed = await request(base, 'DELETE', '/registry/orders');
      expect(removed.status).toBe(204);

      for (const [method, path] of [
        ['GET', '/registry/services/orders'],
        ['POST', '/registry/heartbeat/orders'],
        ['DELETE', '/registry/orders'],
      ]) {
        const res = await request(base, method, path);
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('SERVICE_NOT_FOUND');
        expect(typeof res.body.request_id).toBe('string');
      }
    });

    it('refuses an invalid body with 400 VALIDATION_FAILED naming the fields', async () => {
      const body = { ...entry('orders'), colour: 'blue', url: 'ftp://x', version: '' };

      const res = await request(base, 'POST', '/registry/register', body);

      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.unknown_fields).toEqual(['colour']);
      expect(res.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'url',
        'version',
      ]);
      expect(res.body.error.message).toContain('colour');
      expect((await request(base, 'GET', '/registry/services')).body.services).toEqual([]);
    });

    it('refuses malformed JSON, a missing body and a bad status filter', async () => {
      expect((await request(base, 'POST', '/registry/register', '{"name":')).body.error.code).toBe(
        'MALFORMED_JSON',
      );
      const empty = await request(base, 'POST', '/registry/register');
      expect([empty.status, empty.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      const filter = await request(base, 'GET', '/registry/services?status=dead');
      expect([filter.status, filter.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      const unknown = await request(base, 'GET', '/registry/services?colour=blue');
      expect(unknown.status).toBe(400);
    });
  });

  describe('HttpRegistryClient against a real registry app', () => {
    it('speaks the same contract as the local service', async () => {
      const { url } = await start();
      const client = new HttpRegistryClient({ baseUrl: url, timeoutMs: 2000 });

      const registered = await client.register({ ...entry('orders'), heartbeat_interval_seconds: 5 });
      expect(registered.created).toBe(true);
      expect(registered.service).toMatchObject({
        name: 'orders',
        heartbeat_interval_seconds: 5,
        status: 'active',
      });
      expect((await client.register(entry('orders'))).created).toBe(false);
      await expect(client.get('orders')).resolves.toMatchObject({ name: 'orders' });
      await expect(client.list()).resolves.toHaveLength(1);
      await expect(client.heartbeat('orders')).resolves.toMatchObject({ status: 'active' });

      await expect(client.deregister('orders')).resolves.toBe(true);
      await expect(client.deregister('orders')).resolves.toBe(false);
      await expect(client.get('orders')).resolves.toBeNull();
      const missing = await rejectionOf(client.heartbeat('orders'));
      expect(missing).toBeInstanceOf(RegistryClientError);
      expect([missing.code, missing.transient]).toEqual(['SERVICE_NOT_FOUND', false]);
    });

    it('relays a validation failure with the registry details, as permanent', async () => {
      const { url } = await start();
      const client = new HttpRegistryClient({ baseUrl: url });

      const err = await rejectionOf(client.register({ ...entry('orders'), udc_version: '2.0' as '1.0' }));

      expect([err.code, err.transient]).toEqual(['VALIDATION_FAILED', false]);
      expect(err.details).toMatchObject({ status: 400, remote: { code: 'VALIDATION_FAILED' } });
    });
  });

  describe('REGISTRY token', () => {
    it('is the local service without a REGISTRY_URL and the HTTP client with one', async () => {
      const local = await start();
      expect(local.app.get(REGISTRY)).toBe(local.app.get(RegistryService));

      const remote = await start({ registryUrl: local.url });
      const registry = remote.app.get<HttpRegistryClient>(REGISTRY);
      expect(registry).toBeInstanceOf(HttpRegistryClient);
      await registry.register(entry('via-remote'));
      await expect(local.app.get(RegistryService).get('via-remote')).resolves.not.toBeNull();
    });
  });

  describe('a generated service registering with registerWithRegistry (@sf/udc)', () => {
    it('registers, heartbeats, re-registers after being forgotten and deregisters on stop', async () => {
      const { app, url } = await start();
      const local = app.get(RegistryService);
      const registration = registerWithRegistry({ registryUrl: url, entry: entry('orders'), intervalMs: 50 });

      try {
        await eventually(() => registration.stats().heartbeats >= 2);
        const seen = await local.get('orders');
        expect(seen).toMatchObject({ name: 'orders', status: 'active' });
        expect(Date.parse(seen?.last_heartbeat_at ?? '')).toBeGreaterThan(
          Date.parse(seen?.registered_at ?? ''),
        );

        await local.deregister('orders');
        await eventually(async () => (await local.get('orders')) !== null);
        expect(registration.stats().failures).toBeGreaterThanOrEqual(1);
      } finally {
        await registration.stop({ deregister: true });
      }

      await expect(local.get('orders')).resolves.toBeNull();
      expect(registration.stats().registered).toBe(false);
    });
  });
});
