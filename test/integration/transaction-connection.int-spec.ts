/**
 * The submit's transaction connection on a real Redis: the transactions started in one event-loop turn share one
 * MULTI … EXEC, yet each caller gets exactly its own replies, in order, and one caller's failing command leaves
 * the others' commands and jobs in place.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { TransactionConnection } from '../../apps/sovereign-factory/src/queues/transaction-connection';
import { execWithJob } from '../../apps/sovereign-factory/src/queues/transactional-add';
import { startEmbeddedRedis } from '@sf/platform';
import { tempDir, uniquePrefix } from '../support/harness';

/** Sets KEYS[1] to ARGV[1] and answers it back, or raises an error when ARGV[1] is 'fail'. */
const ECHO_SET = `if ARGV[1] == 'fail' then return redis.error_reply('refused ' .. KEYS[1]) end
redis.call('SET', KEYS[1], ARGV[1])
return ARGV[1]`;

describe('TransactionConnection: the transactions of one turn share one MULTI', () => {
  const prefix = uniquePrefix('txconn');
  let queueConnection: Redis;
  let queue: Queue;
  let connection: TransactionConnection;
  let monitorClient: Redis;
  let monitor: Redis;
  const seen: string[] = [];
  // A Redis of its own: on the shared one, other files' commands stream into MONITOR as soon as it is on, and
  // ioredis may take one of them for the reply to MONITOR itself ("Command queue state error") on a loaded machine.
  let redis: { url: string; stop(): Promise<void> };
  let dir: { path: string; remove(): Promise<void> };
  const testRedisUrl = () => redis.url;

  beforeAll(async () => {
    dir = await tempDir('txconn');
    redis = await startEmbeddedRedis({ dataDir: dir.path, reuse: false });
    queueConnection = new Redis(testRedisUrl());
    queue = new Queue('tx-spec', { connection: queueConnection, prefix });
    await queue.waitUntilReady();
    connection = new TransactionConnection([{ name: 'echoSet', lua: ECHO_SET, numberOfKeys: 1 }], 'tx-test');
    await connection.warm(queue);
    monitorClient = new Redis(testRedisUrl());
    monitor = await monitorClient.monitor();
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source !== 'lua') seen.push(String(args[0]).toLowerCase());
    });
  });

  afterAll(async () => {
    monitor?.disconnect();
    monitorClient?.disconnect();
    await connection?.close();
    await queue?.close();
    queueConnection?.disconnect();
    await redis?.stop();
    await dir?.remove();
  });

  const job = (id: string) => ({
    queue,
    name: 'build',
    data: { id },
    opts: { jobId: `job-${id}`, priority: 2 },
  });
  const key = (id: string) => `${prefix}:value:${id}`;

  it('gives each caller its own replies and keeps a failing caller from touching the others', async () => {
    seen.length = 0;
    // Started in one synchronous run: all of them join the MULTI of this turn.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const outcomes = await Promise.allSettled(
      ids.map((id) =>
        execWithJob(
          job(id),
          (tx) => {
            tx.runCommand('echoSet', [key(id), id === 'c' ? 'fail' : `value-${id}`]);
            tx.runCommand('echoSet', [key(`${id}2`), `second-${id}`]);
          },
          connection,
        ),
      ),
    );
    const byId = Object.fromEntries(ids.map((id, i) => [id, outcomes[i]]));
    for (const id of ['a', 'b', 'd', 'e']) {
      expect(byId[id]).toEqual({ status: 'fulfilled', value: [`value-${id}`, `second-${id}`] });
    }
    expect(byId.c.status).toBe('rejected');
    expect(String((byId.c as PromiseRejectedResult).reason)).toContain(`refused ${key('c')}`);

    // One MULTI and one EXEC carried all five (their commands in between).
    await waitFor(() => seen.includes('exec'));
    expect(seen.filter((c) => c === 'multi')).toHaveLength(1);
    expect(seen.filter((c) => c === 'exec')).toHaveLength(1);

    // Every job was added, the failing caller's too (its other command ran as well: MULTI does not roll back).
    const redis = new Redis(testRedisUrl());
    try {
      for (const id of ids) expect(await queue.getJob(`job-${id}`)).toBeDefined();
      expect(await redis.get(key('a'))).toBe('value-a');
      expect(await redis.get(key('c'))).toBeNull();
      expect(await redis.get(key('c2'))).toBe('second-c');
    } finally {
      redis.disconnect();
    }
  });

  it('opens a new MULTI for the callers of a later turn', async () => {
    seen.length = 0;
    const first = await execWithJob(job('f'), (tx) => tx.runCommand('echoSet', [key('f'), 'f1']), connection);
    const second = await execWithJob(
      job('g'),
      (tx) => tx.runCommand('echoSet', [key('g'), 'g1']),
      connection,
    );
    expect([first, second]).toEqual([['f1'], ['g1']]);
    await waitFor(() => seen.filter((c) => c === 'exec').length >= 2);
    expect(seen.filter((c) => c === 'multi')).toHaveLength(2);
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error('condition not met within 2 s');
}
