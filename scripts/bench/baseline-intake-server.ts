/**
 * The intake benchmark's baseline: the least a server can do for `POST /intents/submit` —
 * Fastify, the same compiled JSON-schema validation the factory uses, and one BullMQ `add` — no persistence of
 * its own, no idempotency, no events. Started as a child process by `intake.ts`.
 */
import { randomUUID } from 'node:crypto';
import { QUEUES, SPEC_JOBS, jobIds, jobPriority, parseIntentInput, queuePrefix } from '@sf/contracts';
import { Queue } from 'bullmq';
import Fastify from 'fastify';
import { Redis } from 'ioredis';

async function main(): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL as string, { maxRetriesPerRequest: 2 });
  const queue = new Queue(QUEUES.spec, {
    connection: redis,
    prefix: queuePrefix(process.env.REDIS_PREFIX ?? 'baseline'),
  });
  const app = Fastify({
    bodyLimit: 64 * 1024,
    logger: false,
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.post('/intents/submit', async (request, reply) => {
    let input;
    try {
      input = parseIntentInput(request.body);
    } catch (err) {
      return reply.code(400).send({ error: { code: 'VALIDATION_FAILED', message: (err as Error).message } });
    }
    const id = `int_${randomUUID().replace(/-/g, '')}`;
    await queue.add(
      SPEC_JOBS.build,
      { intent_id: id, priority: input.priority, revision: 0 },
      { jobId: jobIds.specBuild(id), priority: jobPriority(input.priority, 'start') },
    );
    return reply.code(202).send({ intent_id: id, status: 'queued' });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.stdout.write(
    `baseline listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`,
  );
  const stop = () =>
    void app
      .close()
      .then(() => redis.quit())
      .then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
