/**
 * What one `POST /intents/submit` costs in Redis, seen by MONITOR: the intent, its indexes, its first event,
 * the idempotency entry and its first spec job are written in one MULTI (one round trip); the only other
 * round trips are the rate limiter's count (before) and the audit entry (after the answer). Refused submits
 * (a replay, a name in use) leave no job behind.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUES, queuePrefix } from '@sf/contracts';
import { auditStreamKey, startEmbeddedRedis } from '@sf/platform';
import type { StartedFactory } from '../../apps/sovereign-factory/src/factory-app';
import { FactoryKeys } from '../../apps/sovereign-factory/src/redis/keys';
import { intent, request, startTestFactory, tempDir } from '../support/harness';

interface Seen {
  source: string;
  args: string[];
}

/** A top-level command (or MULTI … EXEC block) and the commands its scripts ran. */
interface RoundTrip {
  source: string;
  commands: string[];
  keys: string[];
}

describe('submit: Redis round trips', () => {
  let factory: StartedFactory;
  let prefix: string;
  let monitorClient: Redis;
  let monitor: Redis;
  let seen: Seen[];

  // A Redis of its own: MONITOR on the shared test Redis also sees the other test files' traffic, and ioredis can
  // take a reply meant for MONITOR's own "OK" for one of theirs ("Command queue state error") on a loaded machine.
  let redis: { url: string; stop(): Promise<void> };
  let dir: { path: string; remove(): Promise<void> };
  const testRedisUrl = () => redis.url;

  beforeAll(async () => {
    dir = await tempDir('roundtrips');
    redis = await startEmbeddedRedis({ dataDir: dir.path, reuse: false });
    // No worker: the queue keeps what the submits added.
    factory = await startTestFactory('roundtrips', { FACTORY_WORKER: 'false', REDIS_URL: redis.url });
    prefix = factory.config.REDIS_PREFIX;
    monitorClient = new Redis(testRedisUrl());
    monitor = await monitorClient.monitor();
    seen = [];
    monitor.on('monitor', (_time: string, args: string[], source: string) => seen.push({ source, args }));
  });

  afterAll(async () => {
    monitor?.disconnect();
    monitorClient?.disconnect();
    await factory?.close();
    await redis?.stop();
    await dir?.remove();
  });

  const submit = (body: unknown, headers: Record<string, string> = {}) =>
    request(factory.url, 'POST', '/intents/submit', body, headers);

  /** Runs `act` between two marker commands and returns the round trips the factory made meanwhile. */
  async function roundTripsOf(act: () => Promise<void>): Promise<RoundTrip[]> {
    const marker = new Redis(testRedisUrl());
    const id = Math.random().toString(36).slice(2);
    try {
      await marker.echo(`start-${id}`);
      await act();
      // The audit entry follows the answer: wait until it is written before closing the window.
      await waitFor(() =>
        seen.some((s) => s.args[0].toLowerCase() === 'xadd' && s.args[1] === auditStreamKey(prefix)),
      );
      await marker.echo(`end-${id}`);
      await waitFor(() => seen.some((s) => s.args[1] === `end-${id}`));
    } finally {
      marker.disconnect();
    }
    const start = seen.findIndex((s) => s.args[1] === `start-${id}`);
    const end = seen.findIndex((s) => s.args[1] === `end-${id}`);
    const window = seen.slice(start + 1, end);
    seen = [];
    // Group each script's inner commands with the command that ran it, and a MULTI … EXEC into one.
    const trips: RoundTrip[] = [];
    const open = new Map<string, RoundTrip>();
    let last: RoundTrip | null = null;
    for (const s of window) {
      const name = s.args[0].toLowerCase();
      if (s.source === 'lua') {
        last?.commands.push(`lua ${name}`);
        last?.keys.push(s.args[1] ?? '');
        continue;
      }
      let trip = open.get(s.source);
      if (!trip) {
        trip = { source: s.source, commands: [], keys: [] };
        trips.push(trip);
        if (name === 'multi') open.set(s.source, trip);
      }
      if (name === 'exec') open.delete(s.source);
      trip.commands.push(name);
      trip.keys.push(s.args[1] ?? '');
      last = trip;
    }
    // The factory's round trips: from connections that touched this factory's keys.
    const ours = new Set(
      trips
        .filter((t) =>
          t.keys.some(
            (k) => k.startsWith(`${prefix}:`) || k.startsWith(`{${prefix}:`) || k.startsWith(`{${prefix}}`),
          ),
        )
        .map((t) => t.source),
    );
    return trips.filter((t) => ours.has(t.source));
  }

  async function specJobs(): Promise<number> {
    const connection = new Redis(testRedisUrl());
    const queue = new Queue(QUEUES.spec, { connection, prefix: queuePrefix(prefix) });
    try {
      const counts = await queue.getJobCounts(
        'waiting',
        'prioritized',
        'active',
        'delayed',
        'failed',
        'completed',
      );
      return Object.values(counts).reduce((a, b) => a + b, 0);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  }

  it('writes intent, indexes, event, idempotency entry and first job in one transaction', async () => {
    let res: Awaited<ReturnType<typeof submit>> | undefined;
    const trips = await roundTripsOf(async () => {
      res = await submit(intent('roundtrip-one'), { 'idempotency-key': 'rt-key-1' });
    });
    expect(res?.status).toBe(202);
    const id = res?.body.intent_id as string;
    const keys = new FactoryKeys(prefix);

    const writes = trips.filter((t) => t.keys.some((k) => k.includes(id)));
    expect(writes).toHaveLength(1);
    const [tx] = writes;
    expect(tx.commands[0]).toBe('multi');
    expect(tx.commands.at(-1)).toBe('exec');
    // The intent hash, its event stream and the spec job, all inside that one MULTI.
    expect(tx.keys).toEqual(
      expect.arrayContaining([keys.intent(id), keys.intentEvents(id), keys.idempotency('rt-key-1')]),
    );
    expect(
      tx.keys.some((k) => k.startsWith(`${queuePrefix(prefix)}:${QUEUES.spec}:`) && k.includes(id)),
    ).toBe(true);
    // Everything else: the rate limiter's count before, the audit entry after.
    expect(trips.length).toBeLessThanOrEqual(3);
    expect(await specJobs()).toBe(1);
  });

  it('a replay answers the first response and leaves no second job; a name in use neither', async () => {
    const first = await submit(intent('roundtrip-two'), { 'idempotency-key': 'rt-key-2' });
    expect(first.status).toBe(202);
    const replay = await submit(intent('roundtrip-two'), { 'idempotency-key': 'rt-key-2' });
    expect(replay.status).toBe(202);
    expect(replay.body.intent_id).toBe(first.body.intent_id);
    const conflict = await submit(intent('roundtrip-two'));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('INTENT_IN_FLIGHT');
    // One job per accepted intent (this test's and the previous one's), none for the refused submits.
    expect(await specJobs()).toBe(2);
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}
