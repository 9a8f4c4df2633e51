import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { startQueueWorker, type QueueWorker } from '@sf/platform';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../support/harness';

/**
 * A job whose worker dies while running it stalls; past `maxStalledCount` BullMQ fails it without ever calling
 * the processor again, so the processor cannot mark its intent or build failed. `onStalledOut` is told, and
 * only for that kind of failure (found by `npm run chaos`: intents left in spec_building for good).
 */
describe('startQueueWorker: a job given up for stalling', () => {
  const prefix = uniquePrefix('stall');
  const connections: Redis[] = [];
  const conn = () => {
    const c = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    connections.push(c);
    return c;
  };
  let queue: Queue;
  let dead: Worker;
  let live: QueueWorker | null = null;

  afterAll(async () => {
    await live?.close(true);
    await dead?.close(true);
    await queue?.close();
    for (const c of connections) c.disconnect();
    await dropPrefix(prefix);
  });

  async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
    // A bound for a loaded machine, not a timing assumption: every step below takes well under a second.
    const deadline = Date.now() + 60_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('reports a job that stalled past the limit to onStalledOut, and not a job its processor failed', async () => {
    queue = new Queue('work', { connection: conn(), prefix });
    // Takes the first job, then behaves as a dead process would: never renews its lock, never finishes.
    dead = new Worker('work', () => new Promise(() => undefined), {
      connection: conn(),
      prefix,
      lockDuration: 300,
      skipLockRenewal: true,
      skipStalledCheck: true,
    });
    await queue.add('step', { intent_id: 'int_stalled' }, { jobId: 'job-a', attempts: 3 });
    await until(
      async () => (await queue.getJobState('job-a')) === 'active',
      'the dead worker to take the job',
    );

    const stalledOut: { id: string | undefined; data: unknown; message: string }[] = [];
    const processed: string[] = [];
    live = startQueueWorker(
      'work',
      (job: Job) => {
        processed.push(job.id as string);
        return job.id === 'job-b' ? Promise.reject(new Error('the processor failed it')) : Promise.resolve();
      },
      {
        redisUrl: testRedisUrl(),
        connectionName: 'stall-test-live',
        prefix,
        lockDuration: 300,
        stalledInterval: 200,
        maxStalledCount: 0,
        onStalledOut: (job, err) => {
          stalledOut.push({ id: job.id, data: job.data, message: err.message });
          return Promise.resolve();
        },
      },
    );
    await until(() => stalledOut.length > 0, 'the stalled job to be given up');
    expect(stalledOut).toEqual([
      { id: 'job-a', data: { intent_id: 'int_stalled' }, message: 'job stalled more than allowable limit' },
    ]);
    expect(await queue.getJobState('job-a')).toBe('failed');
    // The processor never ran it: only onStalledOut can tell its owner.
    expect(processed).not.toContain('job-a');

    // An ordinary failure of the processor is the processor's business.
    await queue.add('step', { intent_id: 'int_broken' }, { jobId: 'job-b', attempts: 1 });
    await until(async () => (await queue.getJobState('job-b')) === 'failed', 'the broken job to fail');
    expect(processed).toContain('job-b');
    expect(stalledOut.map((s) => s.id)).toEqual(['job-a']);
  }, 120_000);
});
