import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { RedisBudgetGuard, type BudgetAlert, type BudgetReservation } from '@sf/llm';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

/** A clock the test moves by hand. */
function manualClock(iso: string): { now: () => Date; advance(ms: number): void; set(iso: string): void } {
  let t = Date.parse(iso);
  return { now: () => new Date(t), advance: (ms) => (t += ms), set: (at) => (t = Date.parse(at)) };
}

/** A local webhook receiver that records every JSON body POSTed to it. */
async function startWebhook(): Promise<{ url: string; bodies: unknown[]; close(): Promise<void> }> {
  const bodies: unknown[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(text));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function reserved(result: Awaited<ReturnType<RedisBudgetGuard['reserve']>>): BudgetReservation {
  if (!result.ok) throw new Error(`expected a reservation, got ${JSON.stringify(result)}`);
  return result.reservation;
}

describe('RedisBudgetGuard (real Redis)', () => {
  const connections: Redis[] = [];
  let prefix: string;

  const connect = (): Redis => {
    const redis = new Redis(testRedisUrl());
    connections.push(redis);
    return redis;
  };
  const guard = (
    limits: { daily_usd: number; per_intent_usd: number },
    extra: Partial<ConstructorParameters<typeof RedisBudgetGuard>[2]> = {},
  ) => new RedisBudgetGuard(connect(), prefix, { limits, ...extra });

  beforeEach(() => {
    prefix = uniquePrefix('budget');
  });

  afterEach(async () => {
    await dropPrefix(prefix);
    for (const redis of connections.splice(0)) redis.disconnect();
  });

  it('lets exactly 10 of 50 concurrent callers through a budget that fits 10, across connections', async () => {
    const guards = Array.from({ length: 5 }, () => guard({ daily_usd: 1, per_intent_usd: 100 }));

    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const g = guards[i % guards.length];
        const result = await g.reserve({ intent_id: `intent-${i}`, amount_usd: 0.1 });
        if (result.ok) await g.settle(result.reservation, 0.1);
        return result;
      }),
    );

    expect(outcomes.filter((r) => r.ok)).toHaveLength(10);
    const refused = outcomes.filter((r) => !r.ok);
    expect(refused).toHaveLength(40);
    for (const r of refused) expect(r).toMatchObject({ ok: false, reason: 'daily', limit_usd: 1 });
    const status = await guards[0].status();
    expect(status.spent_usd).toBe(1);
    expect(status.reserved_usd).toBe(0);
    expect(status.used_ratio).toBe(1);
  });

  it('refuses an intent past its own limit while other intents still fit', async () => {
    const g = guard({ daily_usd: 10, per_intent_usd: 0.25 });

    const first = await g.reserve({ intent_id: 'a', amount_usd: 0.1 });
    const second = await g.reserve({ intent_id: 'a', amount_usd: 0.1 });
    const third = await g.reserve({ intent_id: 'a', amount_usd: 0.1 });
    const other = await g.reserve({ intent_id: 'b', amount_usd: 0.1 });

    expect([first.ok, second.ok, other.ok]).toEqual([true, true, true]);
    expect(third).toEqual({ ok: false, reason: 'intent', limit_usd: 0.25, committed_usd: 0.2 });
  });

  it('frees the unused part of a reservation settled below its amount', async () => {
    const g = guard({ daily_usd: 1, per_intent_usd: 1 });

    await g.settle(reserved(await g.reserve({ intent_id: 'a', amount_usd: 0.6 })), 0.2);

    expect(await g.intentSpent('a')).toBe(0.2);
    expect((await g.reserve({ intent_id: 'a', amount_usd: 0.8 })).ok).toBe(true);
    expect(await g.reserve({ intent_id: null, amount_usd: 0.01 })).toMatchObject({
      ok: false,
      reason: 'daily',
      committed_usd: 1,
    });
  });

  it('gives a released reservation back without spending', async () => {
    const g = guard({ daily_usd: 1, per_intent_usd: 1 });
    const hold = reserved(await g.reserve({ intent_id: 'a', amount_usd: 0.7 }));
    expect(await g.canSpend({ intent_id: 'a', amount_usd: 0.5 })).toBe(false);

    await g.release(hold);

    expect(await g.status()).toMatchObject({ spent_usd: 0, reserved_usd: 0 });
    expect(await g.canSpend({ intent_id: 'a', amount_usd: 0.5 })).toBe(true);
    expect((await g.reserve({ intent_id: 'a', amount_usd: 1 })).ok).toBe(true);
  });

  it('counts a reservation settled twice (or settled after release) once', async () => {
    const g = guard({ daily_usd: 1, per_intent_usd: 1 });
    const hold = reserved(await g.reserve({ intent_id: 'a', amount_usd: 0.3 }));
    const other = reserved(await g.reserve({ intent_id: 'a', amount_usd: 0.3 }));

    await g.settle(hold, 0.3);
    await g.settle(hold, 0.3);
    await g.release(other);
    await g.settle(other, 0.3);

    expect(await g.status()).toMatchObject({ spent_usd: 0.3, reserved_usd: 0 });
  });

  it('reclaims a hold its caller never settled once it expires, and still records a late settlement', async () => {
    const clock = manualClock('2025-03-10T12:00:00Z');
    const g = guard({ daily_usd: 1, per_intent_usd: 1 }, { holdTtlMs: 1000, now: clock.now });
    const crashed = reserved(await g.reserve({ intent_id: 'a', amount_usd: 1 }));
    expect((await g.reserve({ intent_id: 'b', amount_usd: 0.5 })).ok).toBe(false);

    clock.advance(1001);

    expect((await g.status()).reserved_usd).toBe(0);
    expect((await g.reserve({ intent_id: 'b', amount_usd: 0.5 })).ok).toBe(true);
    await g.settle(crashed, 0.3);
    expect(await g.status()).toMatchObject({ spent_usd: 0.3, reserved_usd: 0.5 });
    expect(await g.intentSpent('a')).toBe(0.3);
  });

  it('lets reservations proceed once an operator raises the limit, in every process', async () => {
    const worker = guard({ daily_usd: 0.5, per_intent_usd: 0.5 });
    const operator = guard({ daily_usd: 0.5, per_intent_usd: 0.5 });
    await worker.settle(reserved(await worker.reserve({ intent_id: 'a', amount_usd: 0.5 })), 0.5);
    expect(await worker.reserve({ intent_id: 'b', amount_usd: 0.1 })).toMatchObject({ reason: 'daily' });

    expect(await operator.setLimits({ daily_usd: 2 })).toEqual({ daily_usd: 2, per_intent_usd: 0.5 });

    expect((await worker.reserve({ intent_id: 'b', amount_usd: 0.1 })).ok).toBe(true);
    expect(await worker.reserve({ intent_id: 'a', amount_usd: 0.1 })).toMatchObject({ reason: 'intent' });
    await operator.setLimits({ per_intent_usd: 1 });
    expect((await worker.reserve({ intent_id: 'a', amount_usd: 0.1 })).ok).toBe(true);
    expect(await worker.getLimits()).toEqual({ daily_usd: 2, per_intent_usd: 1 });
    expect((await worker.status()).daily_limit_usd).toBe(2);
  });

  it('starts a fresh daily budget at 00:00 UTC', async () => {
    const clock = manualClock('2025-03-10T23:59:59.900Z');
    const g = guard({ daily_usd: 1, per_intent_usd: 5 }, { now: clock.now });
    await g.settle(reserved(await g.reserve({ intent_id: 'a', amount_usd: 1 })), 1);
    expect((await g.reserve({ intent_id: 'a', amount_usd: 0.1 })).ok).toBe(false);

    clock.set('2025-03-11T00:00:00.000Z');

    const next = await g.reserve({ intent_id: 'a', amount_usd: 0.1 });
    expect(next).toMatchObject({ ok: true, reservation: { day: '2025-03-11' } });
    expect(await g.status()).toMatchObject({ day: '2025-03-11', spent_usd: 0, reserved_usd: 0.1 });
    expect(await g.intentSpent('a')).toBe(1);
  });

  it('raises each of the 50/80/100/120 % alerts once, across two processes, to the callback and the webhook', async () => {
    const webhook = await startWebhook();
    try {
      const alerts: BudgetAlert[] = [];
      const warnings: string[] = [];
      const clock = manualClock('2025-03-10T09:00:00Z');
      const options = {
        now: clock.now,
        alerts: {
          onAlert: (a: BudgetAlert) => void alerts.push(a),
          webhookUrl: webhook.url,
          logger: { warn: (m: string) => void warnings.push(m) },
        },
      };
      const processes = [
        guard({ daily_usd: 1, per_intent_usd: 10 }, options),
        guard({ daily_usd: 1, per_intent_usd: 10 }, options),
      ];
      // Estimates of $0.01 settled at $0.06 (an estimate error): 20 calls end at $1.20, 120 % of the day.
      const holds = await Promise.all(
        Array.from({ length: 21 }, (_, i) =>
          processes[i % 2].reserve({ intent_id: `i${i}`, amount_usd: 0.01 }).then(reserved),
        ),
      );
      const last = holds.pop() as BudgetReservation;

      await Promise.all(holds.map((hold, i) => processes[i % 2].settle(hold, 0.06)));
      await processes[1].settle(last, 0.01);

      expect(alerts.map((a) => a.threshold_pct).sort((a, b) => a - b)).toEqual([50, 80, 100, 120]);
      for (const alert of alerts) {
        expect(alert).toMatchObject({ day: '2025-03-10', limit_usd: 1 });
        expect(alert.spent_usd).toBeGreaterThanOrEqual(alert.threshold_pct / 100);
      }
      await until(() => webhook.bodies.length >= 4); // the webhook is posted without holding up the settle
      expect(webhook.bodies).toHaveLength(4);
      expect(webhook.bodies).toEqual(expect.arrayContaining(alerts));
      expect(warnings).toEqual([]);
    } finally {
      await webhook.close();
    }
  });

  it('logs a webhook that cannot be reached and still settles', async () => {
    const closed = await startWebhook();
    await closed.close();
    const warnings: string[] = [];
    const g = guard(
      { daily_usd: 1, per_intent_usd: 1 },
      {
        alerts: {
          webhookUrl: closed.url,
          webhookTimeoutMs: 500,
          logger: { warn: (m) => void warnings.push(m) },
        },
      },
    );

    await g.settle(reserved(await g.reserve({ intent_id: 'a', amount_usd: 0.5 })), 0.5);

    expect((await g.status()).spent_usd).toBe(0.5);
    await until(() => warnings.length > 0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('50% alert');
  });
});
