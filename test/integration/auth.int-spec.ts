import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { ACCESS_EXTENSION, Authenticator, ROLES, type AccessLevel } from '@sf/platform';
import { startFactory } from '../../apps/sovereign-factory/src/factory-app';
import {
  createKey,
  goodSpec,
  intent,
  request,
  startTestFactory,
  startTestPipeline,
  testRedisUrl,
  uniquePrefix,
  type TestPipeline,
} from '../support/harness';

const JWT_SECRET = 'auth-int-spec-secret-of-at-least-32-chars';
const METRICS_TOKEN = 'metrics-token-for-the-auth-int-spec';
const JWT_ENV = {
  AUTH_JWT_SECRET: JWT_SECRET,
  AUTH_JWT_ISSUER: 'https://idp.test',
  AUTH_JWT_AUDIENCE: 'sovereign-factory',
  METRICS_TOKEN,
};

function jwt(role: string, expiresAt: number | string = '5m'): Promise<string> {
  return new SignJWT({ roles: [role] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`jwt-${role}`)
    .setIssuer('https://idp.test')
    .setAudience('sovereign-factory')
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(JWT_SECRET));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const RANK: Record<string, number> = { viewer: 0, submitter: 1, approver: 2, admin: 3 };

/** A concrete path for an OpenAPI path template (ids nobody has). */
function concrete(path: string): string {
  return path.replace(/\{[^}]+\}/g, 'auth-matrix-missing');
}

let stack: TestPipeline;
/** `Authorization` per credential kind, for both services (keys live in the shared Redis). */
const credentials: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  stack = await startTestPipeline('auth', JWT_ENV);
  for (const role of ROLES) credentials[role] = await createKey(stack.factory.url, `key-${role}`, role);
  credentials.none = { authorization: '' };
  credentials['bad key'] = bearer('sfk_0123456789ab_' + 'A'.repeat(43));
  credentials['expired JWT'] = bearer(await jwt('admin', Math.floor(Date.now() / 1000) - 60));
  credentials['approver JWT'] = bearer(await jwt('approver'));
});

afterAll(() => stack.close());

describe('the route table', () => {
  it('declares an access level for every route of both OpenAPI documents, and each is enforced', async () => {
    const cases: string[] = [];
    const wrong: string[] = [];
    for (const base of [stack.factory.url, stack.executor.url]) {
      const docs = await request(base, 'GET', '/docs-json');
      expect(docs.status).toBe(200);
      for (const [path, operations] of Object.entries(
        docs.body.paths as Record<string, Record<string, any>>,
      )) {
        for (const [method, operation] of Object.entries(operations)) {
          const access = operation[ACCESS_EXTENSION] as AccessLevel | undefined;
          const route = `${base === stack.factory.url ? 'factory' : 'executor'} ${method.toUpperCase()} ${path}`;
          if (access === undefined) {
            wrong.push(`${route}: no declared access`);
            continue;
          }
          for (const [who, headers] of Object.entries(credentials)) {
            const body = ['post', 'put', 'patch'].includes(method) ? {} : undefined;
            const res = await request(base, method.toUpperCase(), concrete(path), body, headers);
            cases.push(`${route} × ${who}`);
            const expected = expectedOutcome(access, who);
            const got = res.status === 401 ? 401 : res.status === 403 ? 403 : 'through';
            if (got !== expected) wrong.push(`${route} × ${who}: expected ${expected}, got ${res.status}`);
            if (res.status === 401 && !res.headers.get('www-authenticate')?.startsWith('Bearer')) {
              wrong.push(`${route} × ${who}: 401 without WWW-Authenticate`);
            }
            if (res.status === 401 && res.body.error?.code !== 'UNAUTHENTICATED')
              wrong.push(`${route}: 401 code`);
            if (res.status === 403 && res.body.error?.code !== 'FORBIDDEN') wrong.push(`${route}: 403 code`);
            if (res.status >= 500) wrong.push(`${route} × ${who}: ${res.status}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // Both documents were walked: the intents, builds, registry, keys and admin routes are all in there.
    expect(cases.length).toBeGreaterThan(40 * Object.keys(credentials).length);
  });
});

function expectedOutcome(access: AccessLevel, who: string): 401 | 403 | 'through' {
  if (access === 'public') return 'through';
  if (who === 'none' || who === 'bad key' || who === 'expired JWT') return 401;
  const role = who === 'approver JWT' ? 'approver' : who;
  if (access === 'metrics') return 'through';
  // A registry write needs admin, or the registry token of the service it names (tested below).
  const needed = access === 'registrant' ? 'admin' : access;
  return RANK[role] >= RANK[needed] ? 'through' : 403;
}

describe('streams and metrics', () => {
  function upgrade(url: string, headers: Record<string, string> = {}): Promise<number> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      ws.on('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('close', (code) => resolve(code));
      ws.on('error', () => undefined);
      setTimeout(() => reject(new Error(`no answer from ${url}`)), 10_000).unref();
    });
  }

  it('refuses a WebSocket stream without a credential and opens it for a viewer (header or access_token)', async () => {
    for (const [base, path] of [
      [stack.factory.url, '/intents/int_missing/stream'],
      [stack.executor.url, '/builds/bld_missing/stream'],
    ]) {
      const ws = base.replace(/^http/, 'ws') + path;
      expect(await upgrade(ws)).toBe(401);
      expect(await upgrade(ws, credentials['bad key'])).toBe(401);
      // Opened: the id is unknown, so the stream says 4404 after the handshake.
      expect(await upgrade(ws, credentials.viewer)).toBe(4404);
      const token = credentials.viewer.authorization.slice('Bearer '.length);
      expect(await upgrade(`${ws}?access_token=${encodeURIComponent(token)}`)).toBe(4404);
    }
  });

  it('serves /metrics to a viewer or the METRICS_TOKEN, and to nobody else', async () => {
    for (const base of [stack.factory.url, stack.executor.url]) {
      expect((await request(base, 'GET', '/metrics', undefined, { authorization: '' })).status).toBe(401);
      expect((await request(base, 'GET', '/metrics', undefined, bearer(METRICS_TOKEN))).status).toBe(200);
      expect((await request(base, 'GET', '/metrics', undefined, credentials.viewer)).status).toBe(200);
      // The metrics token reads metrics only.
      expect((await request(base, 'GET', '/health/ready', undefined, bearer(METRICS_TOKEN))).status).toBe(
        200,
      );
      expect((await request(base, 'GET', '/state', undefined, bearer(METRICS_TOKEN))).status).toBe(403);
    }
  });

  it('keeps the OpenAPI pages for viewers', async () => {
    const res = await request(stack.factory.url, 'GET', '/docs-json', undefined, { authorization: '' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });
});

describe('API keys', () => {
  it('shows a key once, lists it without secret, and revoking it locks it out on both services', async () => {
    const created = await request(stack.executor.url, 'POST', '/api/admin/keys', {
      name: 'ci-bot',
      role: 'viewer',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'ci-bot', role: 'viewer', created_by: 'test-admin' });
    const key = bearer(created.body.key);
    expect((await request(stack.factory.url, 'GET', '/intents', undefined, key)).status).toBe(200);
    const listed = await request(stack.factory.url, 'GET', '/api/admin/keys');
    const entry = listed.body.keys.find((k: { id: string }) => k.id === created.body.id);
    expect(entry).toEqual({
      id: created.body.id,
      name: 'ci-bot',
      role: 'viewer',
      created_at: expect.any(String),
      created_by: 'test-admin',
    });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    expect((await request(stack.factory.url, 'DELETE', `/api/admin/keys/${created.body.id}`)).status).toBe(
      204,
    );
    expect((await request(stack.factory.url, 'GET', '/intents', undefined, key)).status).toBe(401);
    expect((await request(stack.executor.url, 'GET', '/builds', undefined, key)).status).toBe(401);
    expect((await request(stack.factory.url, 'DELETE', `/api/admin/keys/${created.body.id}`)).status).toBe(
      404,
    );
  });

  it('refuses a body field naming who decides: the caller is who decides', async () => {
    const res = await request(stack.factory.url, 'POST', '/intents/int_missing/approve', { by: 'mallory' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.unknown_fields).toEqual(['by']);
  });
});

describe('registry writes', () => {
  const entry = (name: string) => ({
    name,
    version: '1.0.0',
    url: 'http://127.0.0.1:9',
    udc_version: '1.0',
    capabilities: {
      service: name,
      version: '1.0.0',
      udc_version: '1.0',
      features: ['list orders'],
      endpoints: [{ method: 'GET', path: '/orders', description: 'list orders' }],
      dependencies: [],
    },
    provenance: {
      intent_id: 'int_123',
      spec_sha256: 'ab'.repeat(32),
      spec_score: 93.5,
      models: ['offline/spec-builder-v1'],
      cost_usd: 0,
      tests_passed: 14,
      approvals: [],
    },
  });

  it("lets a service's registry token write its own entry only; admin may write any", async () => {
    const ordersToken = bearer(await stack.executor.app.get(Authenticator).secrets.registryToken('orders'));
    expect(
      (await request(stack.executor.url, 'POST', '/registry/register', entry('orders'), ordersToken)).status,
    ).toBe(201);
    expect(
      (await request(stack.executor.url, 'POST', '/registry/heartbeat/orders', undefined, ordersToken))
        .status,
    ).toBe(200);
    // The hijack: another service's entry, by register, heartbeat or delete.
    const hijack = await request(
      stack.executor.url,
      'POST',
      '/registry/register',
      entry('payments'),
      ordersToken,
    );
    expect([hijack.status, hijack.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect(
      (await request(stack.executor.url, 'DELETE', '/registry/payments', undefined, ordersToken)).status,
    ).toBe(403);
    expect(
      (await request(stack.executor.url, 'GET', '/registry/services', undefined, ordersToken)).status,
    ).toBe(403);
    // A viewer or an approver cannot overwrite it either; an admin can remove it.
    expect(
      (await request(stack.executor.url, 'POST', '/registry/register', entry('orders'), credentials.approver))
        .status,
    ).toBe(403);
    expect((await request(stack.executor.url, 'DELETE', '/registry/orders')).status).toBe(204);
    // A forged token (right shape, wrong MAC) is nobody.
    const forged = ordersToken.authorization.replace(/\.[A-Za-z0-9_-]{5}/, '.AAAAA');
    expect(
      (
        await request(stack.executor.url, 'POST', '/registry/register', entry('orders'), {
          authorization: forged,
        })
      ).status,
    ).toBe(401);
  });
});

describe('hand-submitted builds', () => {
  it('refuses POST /builds/submit for a service an intent is working on (409 INTENT_IN_FLIGHT)', async () => {
    const redis = new Redis(testRedisUrl());
    try {
      await redis.set(`{${stack.prefix}}:intents:service:locked-svc`, 'int_holding');
      const res = await request(stack.executor.url, 'POST', '/builds/submit', {
        spec: await goodSpec('locked-svc', 9431),
      });
      expect([res.status, res.body.error.code, res.body.error.details]).toEqual([
        409,
        'INTENT_IN_FLIGHT',
        { intent_id: 'int_holding', service_name: 'locked-svc' },
      ]);
      const submitter = await request(
        stack.executor.url,
        'POST',
        '/builds/submit',
        { spec: await goodSpec('other-svc', 9432) },
        credentials.submitter,
      );
      expect(submitter.status).toBe(403);
    } finally {
      await redis.del(`{${stack.prefix}}:intents:service:locked-svc`);
      redis.disconnect();
    }
  });
});

describe('hand-submitted builds hold their service', () => {
  it('refuses intents for the service while a hand-submitted build runs, and frees it when the build ends', async () => {
    const submitted = await request(stack.executor.url, 'POST', '/builds/submit', {
      spec: await goodSpec('hand-svc', 9433),
      approval_mode: 'final',
    });
    expect(submitted.status).toBe(202);
    const buildId = submitted.body.build_id as string;

    const refused = await request(
      stack.factory.url,
      'POST',
      '/intents/submit',
      intent('hand-svc', { auto_build: false }),
    );
    expect([refused.status, refused.body.error.code, refused.body.error.details]).toEqual([
      409,
      'INTENT_IN_FLIGHT',
      { build_id: buildId, service_name: 'hand-svc' },
    ]);
    // A second hand-submitted build for it is refused the same way.
    const second = await request(stack.executor.url, 'POST', '/builds/submit', {
      spec: await goodSpec('hand-svc', 9433),
    });
    expect([second.status, second.body.error.details]).toEqual([
      409,
      { build_id: buildId, service_name: 'hand-svc' },
    ]);

    const cancelled = await request(stack.executor.url, 'POST', `/builds/${buildId}/cancel`, {
      note: 'done',
    });
    expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);

    const accepted = await request(
      stack.factory.url,
      'POST',
      '/intents/submit',
      intent('hand-svc', { auto_build: false }),
    );
    expect(accepted.status).toBe(202);
  });

  it('does not keep the service when the SPEC is refused', async () => {
    const refused = await request(stack.executor.url, 'POST', '/builds/submit', {
      spec: await goodSpec('refused-svc', 9434, ['Teleport cats to the moon']),
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const redis = new Redis(testRedisUrl());
    try {
      expect(await redis.get(`{${stack.prefix}}:intents:service:refused-svc`)).toBeNull();
    } finally {
      redis.disconnect();
    }
  });
});

describe('input limits', () => {
  it('answers 400 VALIDATION_FAILED, never 500, to JSON nested deeper than 32 levels', async () => {
    for (const [base, path] of [
      [stack.factory.url, '/intents/submit'],
      [stack.executor.url, '/builds/submit'],
      [stack.factory.url, '/intents/int_missing/approve'],
    ]) {
      for (const depth of [33, 5_000, 10_000]) {
        const body = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
        const res = await request(base, 'POST', path, body);
        expect([path, depth, res.status, res.body.error?.code]).toEqual([
          path,
          depth,
          400,
          'VALIDATION_FAILED',
        ]);
      }
    }
  });
});

describe('start-up', () => {
  it('with AUTH=off on loopback, opens every route and warns at start', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const open = await startTestFactory(
      'auth-off',
      { AUTH: 'off', AUTH_API_KEYS: '' },
      { logDestination: destination },
    );
    try {
      const res = await request(open.url, 'GET', '/intents', undefined, { authorization: '' });
      expect(res.status).toBe(200);
      expect(lines.join('')).toMatch(/"level":"warn".*AUTH=off: every route is open/);
    } finally {
      await open.close();
    }
  });

  it('refuses NODE_ENV=production without credentials settings, saying what to set', async () => {
    await expect(
      startFactory({
        PATH: process.env.PATH,
        REDIS_URL: testRedisUrl(),
        REDIS_PREFIX: uniquePrefix('auth-prod'),
        FACTORY_PORT: '0',
        NODE_ENV: 'production',
      }),
    ).rejects.toThrow(/^NODE_ENV=production needs credentials: set AUTH_API_KEYS=name:role:key/);
  });
});
