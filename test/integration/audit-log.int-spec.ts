import { Redis } from 'ioredis';
import { AuditLog, auditStreamKey } from '@sf/platform';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import {
  dropPrefix,
  intent,
  request,
  startTestFactory,
  testRedisUrl,
  uniquePrefix,
} from '../support/harness';

const DAY_MS = 86_400_000;

describe('audit log (real Redis)', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(testRedisUrl());
  });
  afterAll(() => redis.quit());

  it('keeps entries newest first, filters them, pages past a rare match and trims by age', async () => {
    const prefix = uniquePrefix('audit-unit');
    let retentionMs = 30 * DAY_MS;
    const log = () =>
      new AuditLog(redis, { key: auditStreamKey(prefix), service: 'sovereign-factory', retentionMs });
    const base = { role: 'admin', request_id: 'r', method: 'POST', route: '/intents/:id/cancel', path: '/x' };
    for (let i = 0; i < 1200; i++) {
      await log().record({
        ...base,
        principal: i === 3 ? 'carol' : 'alice',
        target: `int_${i}`,
        status: 202,
      });
    }
    await log().record({ ...base, principal: 'bob', target: 'int_x', status: 409 });

    const newest = await log().list({ limit: 2 });
    expect(newest.map((e) => e.principal)).toEqual(['bob', 'alice']);
    expect(newest[0]).toMatchObject({
      outcome: 'refused',
      status: 409,
      service: 'sovereign-factory',
      role: 'admin',
    });
    // carol's entry is the 4th oldest of 1201: found although it sits beyond the first read batches.
    expect((await log().list({ principal: 'carol' })).map((e) => e.target)).toEqual(['int_3']);
    expect(await log().list({ outcome: 'refused' })).toHaveLength(1);
    expect(await log().list({ target: 'int_7', method: 'post' })).toHaveLength(1);
    const bobAt = Number(newest[0].id.split('-')[0]);
    expect((await log().list({ since: bobAt })).map((e) => e.principal)).toContain('bob');
    expect((await log().list({ until: bobAt })).map((e) => e.principal)).not.toContain('bob');

    // With a retention shorter than the stream's age, the next write trims the old entries (whole stream
    // nodes at a time, as MINID ~ does) and keeps itself.
    await new Promise((r) => setTimeout(r, 5));
    retentionMs = 1;
    await log().record({ ...base, principal: 'dave', target: null, status: 500 });
    expect(await redis.xlen(auditStreamKey(prefix))).toBeLessThan(1202);
    expect((await log().list({ principal: 'dave' }))[0]).toMatchObject({ outcome: 'failed', target: null });
    await redis.del(auditStreamKey(prefix));
  });

  it('writes the entries recorded in one turn together, each whole and in order', async () => {
    const prefix = uniquePrefix('audit-turn');
    const log = new AuditLog(redis, {
      key: auditStreamKey(prefix),
      service: 'build-executor',
      retentionMs: DAY_MS,
    });
    const paths = ['/a', '/ü "quoted" \\ path', '/c', '/d', '/e'];
    // Recorded without awaiting in between: one batch.
    await Promise.all(
      paths.map((path, i) =>
        log.record({
          principal: `p${i}`,
          role: i === 1 ? null : 'admin',
          request_id: `r${i}`,
          method: 'DELETE',
          route: '/x/:id',
          path,
          target: i === 2 ? null : `t${i}`,
          status: 200 + i * 100,
        }),
      ),
    );
    const entries = (await log.list({ limit: 10 })).reverse();
    expect(entries.map((e) => [e.principal, e.path, e.target, e.status, e.outcome, e.role])).toEqual([
      ['p0', '/a', 't0', 200, 'ok', 'admin'],
      ['p1', '/ü "quoted" \\ path', 't1', 300, 'ok', null],
      ['p2', '/c', null, 400, 'refused', 'admin'],
      ['p3', '/d', 't3', 500, 'failed', 'admin'],
      ['p4', '/e', 't4', 600, 'failed', 'admin'],
    ]);
    expect(entries.every((e) => e.service === 'build-executor' && e.method === 'DELETE')).toBe(true);
    await redis.del(auditStreamKey(prefix));
  });

  describe('through the factory', () => {
    let factory: StartedFactory;
    beforeAll(async () => {
      factory = await startTestFactory('audit', { FACTORY_WORKER: 'false' });
    });
    afterAll(async () => {
      await factory.close();
      await dropPrefix(factory.config.REDIS_PREFIX);
    });

    it('records every answered mutation with its outcome and target, and none of the reads', async () => {
      const accepted = await request(factory.url, 'POST', '/intents/submit', intent('audited-svc'));
      expect(accepted.status).toBe(202);
      const id = accepted.body.intent_id as string;
      expect((await request(factory.url, 'POST', '/intents/submit', { purpose: 1 })).status).toBe(400);
      expect((await request(factory.url, 'PUT', '/api/admin/budget', { daily_usd: 7 })).status).toBe(200);
      expect((await request(factory.url, 'POST', `/intents/${id}/cancel`)).status).toBeLessThan(300);
      await request(factory.url, 'GET', `/intents/${id}/status`);

      // The hook writes after the answer is sent: poll until the four entries are there.
      let entries: { method: string; route: string; target: string | null; outcome: string }[] = [];
      for (let i = 0; i < 500 && entries.length < 4; i++) {
        entries = (await request(factory.url, 'GET', '/api/admin/audit')).body.entries;
        if (entries.length < 4) await new Promise((r) => setTimeout(r, 20));
      }
      expect(entries.map((e) => [e.method, e.route, e.target, e.outcome])).toEqual([
        ['POST', '/intents/:id/cancel', id, 'ok'],
        ['PUT', '/api/admin/budget', null, 'ok'],
        ['POST', '/intents/submit', null, 'refused'],
        ['POST', '/intents/submit', null, 'ok'],
      ]);
      const refused = await request(factory.url, 'GET', '/api/admin/audit?outcome=refused');
      expect(refused.body.entries).toHaveLength(1);
      const budget = await request(factory.url, 'GET', '/api/admin/audit?route=/api/admin/budget&method=PUT');
      expect(budget.body.entries).toHaveLength(1);
    });

    it('refuses a bad filter with 400 VALIDATION_FAILED', async () => {
      for (const query of ['outcome=maybe', 'limit=0', 'since=yesterday', 'service=redis']) {
        const res = await request(factory.url, 'GET', `/api/admin/audit?${query}`);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      }
    });
  });
});
