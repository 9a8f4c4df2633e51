import { Redis } from 'ioredis';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import {
  adminAuth,
  dropPrefix,
  intent,
  openStream,
  request,
  seedPaymentProcessor,
  startTestFactory,
  testRedisUrl,
  waitForStatus,
} from '../support/harness';

describe('intents API', () => {
  let factory: StartedFactory;
  let base: string;

  beforeAll(async () => {
    factory = await startTestFactory('api');
    base = factory.url;
  });

  afterAll(async () => {
    await factory.close();
    await dropPrefix(factory.config.REDIS_PREFIX);
  });

  const submit = (body: unknown, headers: Record<string, string> = {}) =>
    request(base, 'POST', '/intents/submit', body, headers);

  /** Number of intents stored, to prove a refused request changed nothing. */
  async function storedIntents(): Promise<number> {
    const redis = new Redis(testRedisUrl());
    try {
      return await redis.zcard(`{${factory.config.REDIS_PREFIX}}:intents:created`);
    } finally {
      redis.disconnect();
    }
  }

  function expectError(res: { status: number; body: any }, status: number, code: string): void {
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(typeof res.body.error.message).toBe('string');
    expect(typeof res.body.request_id).toBe('string');
  }

  describe('bad input', () => {
    let before: number;
    beforeEach(async () => {
      before = await storedIntents();
    });
    afterEach(async () => {
      expect(await storedIntents()).toBe(before);
    });

    it('refuses malformed JSON with 400 MALFORMED_JSON', async () => {
      expectError(await submit('{"service_name": "x",', {}), 400, 'MALFORMED_JSON');
      expectError(await submit('', {}), 400, 'MALFORMED_JSON');
    });

    it('refuses wrong types and names the fields', async () => {
      const res = await submit(intent('typed-svc', { port: '8080', key_features: 'one', auto_build: 'yes' }));
      expectError(res, 400, 'VALIDATION_FAILED');
      const fields = res.body.error.details.fields.map((f: { field: string }) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['port', 'key_features', 'auto_build']));
    });

    it('refuses unknown fields and names them', async () => {
      const res = await submit(intent('unknown-fields', { colour: 'blue', admin: true }));
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.error.details.unknown_fields.sort()).toEqual(['admin', 'colour']);
      expect(res.body.error.message).toContain('colour');
    });

    it.each([['Payment_Processor'], ['ab'], ['-lead'], ['a'.repeat(64)], ['double--dash']])(
      'refuses service_name %p',
      async (name) => {
        expectError(await submit(intent(name)), 400, 'VALIDATION_FAILED');
      },
    );

    it.each([[1023], [65536], [0], [8080.5]])('refuses port %p', async (port) => {
      expectError(await submit(intent('port-check', { port })), 400, 'VALIDATION_FAILED');
    });

    it('refuses an empty key_features list', async () => {
      expectError(await submit(intent('no-features', { key_features: [] })), 400, 'VALIDATION_FAILED');
    });

    it('refuses more than 30 key_features', async () => {
      const features = Array.from({ length: 31 }, (_, i) => `Feature ${i}`);
      expectError(
        await submit(intent('many-features', { key_features: features })),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses a purpose longer than 2000 characters', async () => {
      expectError(
        await submit(intent('long-purpose', { purpose: 'x'.repeat(2001) })),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses control characters', async () => {
      expectError(
        await submit(intent('ctrl-chars', { purpose: 'bell \u0007 here' })),
        400,
        'VALIDATION_FAILED',
      );
      expectError(await submit(intent('ctrl-chars', { key_features: ['a\nb'] })), 400, 'VALIDATION_FAILED');
    });

    it('refuses an invalid priority', async () => {
      expectError(await submit(intent('bad-priority', { priority: 'urgent' })), 400, 'VALIDATION_FAILED');
    });

    it('refuses an invalid approval_mode', async () => {
      expectError(
        await submit(intent('bad-approval', { approval_mode: 'sometimes' })),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refuses a body over 64 KB with 413', async () => {
      const body = JSON.stringify(intent('big-body', { purpose: 'x'.repeat(70 * 1024) }));
      expectError(await submit(body), 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses a JSON body that is not an object', async () => {
      expectError(await submit('[1,2,3]'), 400, 'VALIDATION_FAILED');
      expectError(await submit('null'), 400, 'VALIDATION_FAILED');
      expectError(await submit('"text"'), 400, 'VALIDATION_FAILED');
    });

    it('answers 404 INTENT_NOT_FOUND for an unknown id', async () => {
      expectError(await request(base, 'GET', '/intents/int_missing/status'), 404, 'INTENT_NOT_FOUND');
      expectError(await request(base, 'GET', '/intents/int_missing/spec'), 404, 'INTENT_NOT_FOUND');
      expectError(await request(base, 'POST', '/intents/int_missing/approve'), 404, 'INTENT_NOT_FOUND');
    });

    it('answers 404 NOT_FOUND in the error shape for an unknown route', async () => {
      expectError(await request(base, 'GET', '/nope'), 404, 'NOT_FOUND');
    });
  });

  it('accepts the seed example with 202, a request id and links', async () => {
    const res = await submit(seedPaymentProcessor(), { 'x-request-id': 'req-seed-1' });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-request-id')).toBe('req-seed-1');
    expect(res.body).toMatchObject({ status: 'queued', priority: 'high' });
    expect(res.body.intent_id).toMatch(/^int_[a-f0-9]{32}$/);
    expect(res.body.queue_position).toBeGreaterThanOrEqual(1);
    expect(res.body.links.stream).toBe(`/intents/${res.body.intent_id}/stream`);
    await waitForStatus(base, res.body.intent_id, 'build_queued');

    const status = await request(base, 'GET', `/intents/${res.body.intent_id}/status`);
    expect(status.body.status).toBe('build_queued');
    expect(status.body.spec.score).toBeGreaterThanOrEqual(90);
    expect(status.body.spec.rubric.length).toBeGreaterThan(0);
    expect(status.body.spec.sha256).toMatch(/^[a-f0-9]{64}$/);
    expect(status.body.executor_available).toBe(false);
    expect(status.body.cost.usd).toBe(0);
    expect(status.body.sla_deadline).not.toBeNull();

    const spec = await request(base, 'GET', `/intents/${res.body.intent_id}/spec`);
    expect(spec.headers.get('content-type')).toContain('text/markdown');
    expect(spec.body).toContain('```spec-contract');

    // The hand-off is a build job with the deterministic id, carrying the SPEC that scored.
    const redis = new Redis(testRedisUrl());
    try {
      const data = await redis.hget(
        `{${factory.config.REDIS_PREFIX}}:q:build:build.${res.body.intent_id}`,
        'data',
      );
      expect(JSON.parse(data as string).spec.sha256).toBe(status.body.spec.sha256);
    } finally {
      redis.disconnect();
    }
  });

  it('refuses approve and cancel in the wrong state with 409 and changes nothing', async () => {
    const accepted = await submit(intent('approve-wrong', { port: 9201 }));
    await waitForStatus(base, accepted.body.intent_id, 'build_queued');
    const before = await request(base, 'GET', `/intents/${accepted.body.intent_id}/status`);
    expectError(
      await request(base, 'POST', `/intents/${accepted.body.intent_id}/approve`, {}),
      409,
      'INVALID_STATE_TRANSITION',
    );
    expect((await request(base, 'POST', `/intents/${accepted.body.intent_id}/cancel`, {})).status).toBe(200);
    expectError(
      await request(base, 'POST', `/intents/${accepted.body.intent_id}/cancel`, {}),
      409,
      'INVALID_STATE_TRANSITION',
    );
    const after = await request(base, 'GET', `/intents/${accepted.body.intent_id}/status`);
    expect(before.body.status).toBe('build_queued');
    expect(after.body.status).toBe('cancelled');
    expect(after.body.approvals).toHaveLength(1);
  });

  it('refuses a second active intent for the same service_name with 409 INTENT_IN_FLIGHT', async () => {
    const first = await submit(intent('in-flight', { port: 9202 }));
    expect(first.status).toBe(202);
    const second = await submit(intent('in-flight', { port: 9203 }));
    expectError(second, 409, 'INTENT_IN_FLIGHT');
    expect(second.body.error.details.intent_id).toBe(first.body.intent_id);
    await request(base, 'POST', `/intents/${first.body.intent_id}/cancel`, {});
    expect((await submit(intent('in-flight', { port: 9203 }))).status).toBe(202);
  });

  it('100 concurrent submits with one Idempotency-Key make exactly one intent and one job', async () => {
    const body = intent('idem-once', { port: 9204 });
    const before = await storedIntents();
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => submit(body, { 'idempotency-key': 'key-idem-once' })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(202));
    const ids = new Set(responses.map((r) => r.body.intent_id));
    expect(ids.size).toBe(1);
    expect(await storedIntents()).toBe(before + 1);
    const [id] = [...ids];
    await waitForStatus(base, id, 'build_queued');
    const redis = new Redis(testRedisUrl());
    try {
      const jobKeys = await redis.keys(`{${factory.config.REDIS_PREFIX}}:q:spec:spec-build.${id}`);
      expect(jobKeys).toHaveLength(1);
      const buildJobs = await redis.keys(`{${factory.config.REDIS_PREFIX}}:q:build:build.*`);
      expect(buildJobs.filter((k) => k.endsWith(id))).toHaveLength(1);
    } finally {
      redis.disconnect();
    }
  });

  it('same Idempotency-Key with another body is 409 IDEMPOTENCY_CONFLICT', async () => {
    const first = await submit(intent('idem-conflict', { port: 9205 }), {
      'idempotency-key': 'key-conflict',
    });
    expect(first.status).toBe(202);
    const again = await submit(intent('idem-conflict', { port: 9205 }), {
      'idempotency-key': 'key-conflict',
    });
    expect(again.body).toEqual(first.body);
    const other = await submit(intent('idem-conflict', { port: 9206 }), {
      'idempotency-key': 'key-conflict',
    });
    expectError(other, 409, 'IDEMPOTENCY_CONFLICT');
  });

  it('lists intents with filters and pagination', async () => {
    const a = await submit(intent('list-a', { priority: 'low', port: 9210 }));
    const b = await submit(intent('list-b', { priority: 'critical', port: 9211 }));
    const critical = await request(base, 'GET', '/intents?priority=critical&limit=50');
    expect(critical.status).toBe(200);
    expect(critical.body.items.map((i: any) => i.intent_id)).toContain(b.body.intent_id);
    expect(critical.body.items.map((i: any) => i.intent_id)).not.toContain(a.body.intent_id);
    const page = await request(base, 'GET', '/intents?limit=1');
    expect(page.body.items).toHaveLength(1);
    expect(page.body.next_offset).toBe(1);
    expectError(await request(base, 'GET', '/intents?status=bogus'), 400, 'VALIDATION_FAILED');
    expectError(await request(base, 'GET', '/intents?limit=abc'), 400, 'VALIDATION_FAILED');
  });

  it('serves the dashboard in the seed shape', async () => {
    const res = await request(base, 'GET', '/dashboard');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.summary).sort()).toEqual(
      [
        'avg_pipeline_duration_minutes',
        'completed_today',
        'failed_today',
        'success_rate',
        'total_intents_today',
      ].sort(),
    );
    expect(res.body.summary.total_intents_today).toBeGreaterThan(0);
    for (const p of res.body.active_pipelines)
      expect(Object.keys(p).sort()).toEqual(['intent_id', 'phase', 'service_name']);
    for (const q of res.body.queue)
      expect(Object.keys(q).sort()).toEqual(['intent_id', 'priority', 'service_name']);
    expect(res.body.executor_available).toBe(false);
    expect(res.body.budget.daily_usd).toBe(10);
  });

  it('serves its own UDC endpoints, probes and OpenAPI', async () => {
    const health = await request(base, 'GET', '/health');
    expect(health.body).toMatchObject({ status: 'active', service: 'sovereign-factory' });
    expect((await request(base, 'GET', '/health/live')).status).toBe(200);
    const ready = await request(base, 'GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info.redis.status).toBe('up');
    const docs = await request(base, 'GET', '/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/intents/submit', '/dashboard']));
    expect((await fetch(`${base}/docs`, { headers: adminAuth() })).status).toBe(200);
  });

  it('streams 4404 for an unknown intent', async () => {
    const stream = openStream(`${base.replace('http', 'ws')}/intents/int_missing/stream`);
    const closed = await stream.closed;
    expect(closed.code).toBe(4404);
  });
});
