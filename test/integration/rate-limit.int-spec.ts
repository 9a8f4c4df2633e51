import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import {
  dropPrefix,
  intent,
  request,
  startTestFactory,
  TEST_AUTH_ENV,
  testRedisUrl,
  uniquePrefix,
} from '../support/harness';

/**
 * Rate limits (issue 14, item 4) on two factory processes sharing one Redis and one prefix. Tiny limits in a
 * one-hour window, so nothing resets while the test runs: counts, not clocks, decide every answer.
 */
describe('rate limits', () => {
  const prefix = uniquePrefix('ratelimit');
  const key = (name: string) => `sf-test-${name}-${randomBytes(16).toString('hex')}`;
  const alice = key('alice');
  const bob = key('bob');
  const carol = key('carol');
  const dave = key('dave');
  const env = {
    REDIS_PREFIX: prefix,
    AUTH_API_KEYS: `${TEST_AUTH_ENV.AUTH_API_KEYS},alice:submitter:${alice},bob:submitter:${bob},carol:admin:${carol},dave:viewer:${dave}`,
    // The tests' own loopback client stands for a reverse proxy: its X-Forwarded-For names the client.
    TRUST_PROXY: 'loopback',
    RATE_LIMIT_WINDOW_S: '3600',
    RATE_LIMIT_SUBMIT: '3',
    RATE_LIMIT_READS: '4',
    RATE_LIMIT_ADMIN: '2',
  };
  let one: StartedFactory;
  let two: StartedFactory;

  beforeAll(async () => {
    one = await startTestFactory('ratelimit-1', env);
    two = await startTestFactory('ratelimit-2', env);
  });

  afterAll(async () => {
    await one?.close();
    await two?.close();
    await dropPrefix(prefix);
    // The throttler's counters are hash-tagged: `{<prefix>:ratelimit:…}:hits`.
    const redis = new Redis(testRedisUrl());
    try {
      const keys = await redis.keys(`{${prefix}:ratelimit:*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });

  const bearer = (k: string) => ({ authorization: `Bearer ${k}` });
  const header = (res: { headers: Headers }, name: string) => res.headers.get(name);

  async function acceptedIds(): Promise<string[]> {
    const redis = new Redis(testRedisUrl());
    try {
      return await redis.zrange(`{${prefix}}:intents:created`, '0', '-1');
    } finally {
      redis.disconnect();
    }
  }

  it('a burst of submits over the limit gets 429 RATE_LIMITED with Retry-After, across both processes', async () => {
    const answers = [];
    // Alternate the two processes: the count lives in Redis, so it is one budget.
    for (let i = 0; i < 6; i++) {
      const base = i % 2 === 0 ? one.url : two.url;
      answers.push(await request(base, 'POST', '/intents/submit', intent(`rl-alice-${i}`), bearer(alice)));
    }
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 429, 429, 429]);
    answers.slice(0, 3).forEach((a, i) => {
      expect(header(a, 'x-ratelimit-limit')).toBe('3');
      expect(header(a, 'x-ratelimit-remaining')).toBe(String(2 - i));
      expect(Number(header(a, 'x-ratelimit-reset'))).toBeGreaterThan(0);
    });
    for (const refused of answers.slice(3)) {
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      expect(typeof refused.body.request_id).toBe('string');
      expect(Number(header(refused, 'retry-after'))).toBeGreaterThan(0);
      expect(header(refused, 'x-ratelimit-limit')).toBe('3');
      expect(header(refused, 'x-ratelimit-remaining')).toBe('0');
      expect(Number(header(refused, 'x-ratelimit-reset'))).toBeGreaterThan(0);
    }
    // Nothing accepted before the 429s is lost; nothing refused was stored.
    const accepted = answers.slice(0, 3).map((a) => a.body.intent_id as string);
    expect(accepted.every((id) => typeof id === 'string')).toBe(true);
    expect((await acceptedIds()).sort()).toEqual([...accepted].sort());
  });

  it('limits each principal on its own: alice exhausted does not limit bob', async () => {
    const res = await request(two.url, 'POST', '/intents/submit', intent('rl-bob-0'), bearer(bob));
    expect(res.status).toBe(202);
    expect(header(res, 'x-ratelimit-remaining')).toBe('2');
    // Reads are another budget: alice may still read.
    const read = await request(one.url, 'GET', '/intents', undefined, bearer(alice));
    expect(read.status).toBe(200);
    expect(header(read, 'x-ratelimit-limit')).toBe('4');
    expect(header(read, 'x-ratelimit-remaining')).toBe('3');
  });

  it('limits unauthenticated callers by IP, so guessing keys is limited too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const base = i % 2 === 0 ? one.url : two.url;
      const garbage = `sfk_${randomBytes(6).toString('hex')}_${randomBytes(24).toString('hex')}`;
      const res = await request(base, 'GET', '/intents', undefined, bearer(garbage));
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.body.error.code).toBe('RATE_LIMITED');
        expect(Number(header(res, 'retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    // No credential at all counts against the same IP.
    expect((await request(one.url, 'GET', '/intents', undefined, { authorization: '' })).status).toBe(429);
    // A valid key from the same address has its own budget.
    expect((await request(two.url, 'GET', '/intents', undefined, bearer(bob))).status).toBe(200);
  });

  it('counts behind a trusted proxy by the forwarded client address', async () => {
    // 127.0.0.1 has spent its unauthenticated budget above; each forwarded client has its own.
    const statuses = [];
    for (const client of ['203.0.113.7', '203.0.113.7', '198.51.100.9']) {
      const res = await request(one.url, 'GET', '/intents', undefined, {
        authorization: '',
        'x-forwarded-for': client,
      });
      statuses.push([res.status, header(res, 'x-ratelimit-remaining')]);
    }
    expect(statuses).toEqual([
      [401, '3'],
      [401, '2'],
      [401, '3'],
    ]);
  });

  it('counts WebSocket stream handshakes as reads of the same principal, then refuses them with 429', async () => {
    const handshake = (base: string) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/intents/int_none/stream`, {
          headers: bearer(dave),
        });
        ws.once('upgrade', (res) => resolve(res.statusCode ?? 0));
        ws.once('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.once('error', (err) =>
          err.message.startsWith('Unexpected server response') ? undefined : reject(err),
        );
        ws.once('open', () => ws.close());
      });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await handshake(i % 2 === 0 ? one.url : two.url));
    expect(answers).toEqual([101, 101, 101, 101, 429]);
    // One budget with HTTP reads.
    expect((await request(one.url, 'GET', '/intents', undefined, bearer(dave))).status).toBe(429);
  });

  it('admin-only routes have their own class', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const base = i % 2 === 0 ? one.url : two.url;
      statuses.push((await request(base, 'GET', '/api/admin/keys', undefined, bearer(carol))).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    // carol's reads are untouched by her admin budget.
    expect((await request(one.url, 'GET', '/intents', undefined, bearer(carol))).status).toBe(200);
  });

  it('never limits the health probes, the UDC health or /metrics', async () => {
    for (let i = 0; i < 10; i++) {
      for (const path of ['/health/live', '/health/ready', '/health']) {
        const res = await request(one.url, 'GET', path, undefined, { authorization: '' });
        expect([200, 503]).toContain(res.status);
        expect(header(res, 'x-ratelimit-limit')).toBeNull();
      }
      const metrics = await request(one.url, 'GET', '/metrics', undefined, bearer(carol));
      expect(metrics.status).toBe(200);
      expect(header(metrics, 'x-ratelimit-limit')).toBeNull();
    }
  });
});
