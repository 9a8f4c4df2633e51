/**
 * The intake benchmark's baseline: the least a server can do for `POST /intents/submit` —
 * Fastify with its built-in JSON-schema validation and one BullMQ `add` — with no persistence of
 * its own, no idempotency, no events. Started as a child process by `intake.ts`.
 */
import { randomUUID } from 'node:crypto';
import {
  INTENT_LIMITS as L,
  KEBAB_CASE,
  PRIORITIES,
  QUEUES,
  SERVICE_TYPES,
  SPEC_JOBS,
  jobPriority,
} from '@sf/contracts';
import { Queue } from 'bullmq';
import Fastify from 'fastify';
import { Redis } from 'ioredis';

const bodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['service_name', 'service_type', 'purpose', 'key_features', 'port'],
  properties: {
    service_name: {
      type: 'string',
      minLength: L.serviceNameMin,
      maxLength: L.serviceNameMax,
      pattern: KEBAB_CASE.source,
    },
    service_type: { type: 'string', enum: [...SERVICE_TYPES] },
    priority: { type: 'string', enum: [...PRIORITIES], default: 'medium' },
    purpose: { type: 'string', minLength: 1, maxLength: L.purposeMax },
    key_features: {
      type: 'array',
      minItems: 1,
      maxItems: L.featuresMax,
      items: { type: 'string', maxLength: L.featureMax },
    },
    dependencies: { type: 'array', items: { type: 'string' }, default: [] },
    port: { type: 'integer', minimum: L.portMin, maximum: L.portMax },
    auto_build: { type: 'boolean', default: true },
  },
} as const;

async function main(): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL as string, { maxRetriesPerRequest: 2 });
  const queue = new Queue(QUEUES.spec, {
    connection: redis,
    prefix: `${process.env.REDIS_PREFIX ?? 'baseline'}:q`,
  });
  const app = Fastify({
    bodyLimit: 64 * 1024,
    logger: false,
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.post<{ Body: { priority: (typeof PRIORITIES)[number] } }>(
    '/intents/submit',
    { schema: { body: bodySchema } },
    async (request, reply) => {
      const id = `int_${randomUUID().replace(/-/g, '')}`;
      await queue.add(
        SPEC_JOBS.build,
        { intent_id: id, priority: request.body.priority, revision: 0 },
        { jobId: `spec-build.${id}`, priority: jobPriority(request.body.priority, 'start') },
      );
      return reply.code(202).send({ intent_id: id, status: 'queued' });
    },
  );
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
