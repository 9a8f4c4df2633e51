import { createHmac } from 'node:crypto';
import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { servedForSpec, serverErrors } from '../codegen/testing/served-release';
import { seeded } from '../codegen/testing/seeded';

/*
 * The HMAC calculators on bad input, served as generated: whatever JSON arrives (a field missing, empty, of
 * another type, huge, prototype names, a body that is no object), the service answers 200 or a 400 naming what is
 * wrong, never a 500; and every 200 of /sign is the HMAC Node computes for what was sent. Property-style: bodies
 * are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /sign with {"message": string, "secret": string} returns {"signature": the lowercase hex HMAC-SHA256 of message keyed by secret}',
  'POST /verify with {"message", "secret", "signature"} returns {"valid": true|false}',
  'A missing or empty secret or message returns 400',
];

const ODD: unknown[] = [
  0,
  -1,
  1.5,
  '',
  ' ',
  'x',
  'Grüße',
  '🙂',
  '\u0000',
  null,
  true,
  [],
  ['a'],
  {},
  '__proto__',
  'constructor',
  'f'.repeat(64),
  'x'.repeat(10_000),
];

const { served, post } = servedForSpec(client, 'hmac-svc', FEATURES);

describe('the HMAC calculators on bad input', () => {
  const calculators = () => served.contract.endpoints.filter((e) => e.behavior.kind === 'function');

  it('are designed on the written routes', () => {
    expect(calculators().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /sign', 'POST /verify']);
  });

  it('never answer 500 to any JSON body (seeded)', async () => {
    expect(await serverErrors(served.url, calculators(), ODD, 20261207)).toEqual([]);
  });

  it('sign every pair of non-empty strings as Node does, and refuse the rest with 400 (seeded)', async () => {
    const random = seeded(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 60; round += 1) {
      const body: Record<string, unknown> = {};
      if (random() > 0.1) body.message = pick(ODD);
      if (random() > 0.1) body.secret = pick(ODD);
      const got = await post('/sign', body);
      const { message, secret } = body;
      const good =
        typeof message === 'string' && message !== '' && typeof secret === 'string' && secret !== '';
      const want = good ? createHmac('sha256', secret).update(message).digest('hex') : null;
      const right = good ? got.status === 200 && got.body.signature === want : got.status === 400;
      if (!right)
        seen.push(
          `${JSON.stringify(body).slice(0, 80)} → ${got.status} ${JSON.stringify(got.body).slice(0, 80)}`,
        );
    }
    expect(seen).toEqual([]);
  });

  it('refuses a missing secret with 400 naming it', async () => {
    const got = await post('/sign', { message: 'm' });
    expect(got.status).toBe(400);
    expect(JSON.stringify(got.body)).toContain('secret');
  });
});
