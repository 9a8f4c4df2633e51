import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { assembleRelease, generateProject, intentOf, specFor } from './testing/generated-release';

/*
 * Property: whatever a client sends to a health aggregator or a webhook receiver (any body, any signature
 * header, any id), the generated service answers it with a status below 500. A replay that delivers answers
 * 200, 404 or 502 (its target failed: not the client's mistake, never a crash) whatever URL it is configured with.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

interface RunningService {
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

let root = '';
const services: RunningService[] = [];

/** Generates the intent's service, assembles its release and starts it in this process on a free port. */
async function start(features: string[], env: Record<string, string>): Promise<number> {
  return (await startEach(features, [env]))[0];
}

/** Generates the intent's service once and starts one instance per environment; their ports. */
async function startEach(features: string[], envs: Record<string, string>[]): Promise<number[]> {
  const { contract, sha256 } = await specFor(
    client,
    intentOf({ service_name: 'reach-fuzz', key_features: features }),
  );
  const dir = join(root, `release-${services.length}`);
  await assembleRelease(await generateProject(client, contract, sha256), dir);
  /* eslint-disable @typescript-eslint/no-require-imports -- the release is CommonJS written at run time */
  const { createService } = require(join(dir, 'service.js')) as {
    createService(config: unknown): RunningService;
  };
  const { loadConfig } = require(join(dir, 'config.js')) as {
    loadConfig(env: Record<string, string>): unknown;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ports: number[] = [];
  for (const env of envs) {
    const service = createService(loadConfig(env));
    services.push(service);
    ports.push(await service.listen(0, '127.0.0.1'));
  }
  return ports;
}

function send(port: number, method: string, path: string, headers: Record<string, string>, body: string) {
  return new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sf-reach-fuzz-'));
});

afterAll(async () => {
  await Promise.all(services.map((s) => s.close()));
  await rm(root, { recursive: true, force: true });
});

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.json(),
  fc.constantFrom('', '{}', '[]', 'null', '{"id":'),
);
const urlish = fc.oneof(
  fc.webUrl(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('http://127.0.0.1:2/x', 'ftp://a.b/c', 'javascript:alert(1)', 'http://', 'https://[::1'),
);
const idish = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('watched-url-1', '..', '%', 'evt_1'));

it('a health aggregator answers any registration, deletion and check below 500', async () => {
  const port = await start(
    ['Register service URLs to watch and check them all: each reported up or down, 1 second timeout'],
    { HEALTH_CHECK_TIMEOUT_MS: '100' },
  );
  const valid = JSON.stringify({ name: 'nobody', url: 'http://127.0.0.1:2/x' });
  expect(await send(port, 'POST', '/watched-urls', { 'content-type': 'application/json' }, valid)).toBe(201);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc
          .record({ name: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), url: urlish })
          .map((b) => JSON.stringify(b)),
        text,
      ),
      idish,
      async (body, id) => {
        const statuses = [
          await send(port, 'POST', '/watched-urls', { 'content-type': 'application/json' }, body),
          await send(port, 'DELETE', `/watched-urls/${encodeURIComponent(id)}`, {}, ''),
        ];
        expect(statuses.every((s) => s > 0 && s < 500)).toBe(true);
      },
    ),
    { numRuns: 60 },
  );
  expect(await send(port, 'GET', '/watched-urls/check', {}, '')).toBe(200);
});

it('a webhook receiver answers any body, signature and event id below 500', async () => {
  const port = await start(
    [
      'Receive webhooks signed with HMAC-SHA256 in the X-Signature header, base64 encoded; list and replay the events',
    ],
    {},
  );
  expect(await send(port, 'POST', '/webhooks/events', {}, '{"id":"evt_1","type":"t"}')).toBe(401);
  await fc.assert(
    fc.asyncProperty(text, fc.string({ maxLength: 60 }), idish, async (body, signature, id) => {
      const event = `/webhooks/events/${encodeURIComponent(id)}`;
      const statuses = [
        await send(
          port,
          'POST',
          '/webhooks/events',
          { 'x-signature': signature.replace(/[^\t\x20-\x7e]/g, '') },
          body,
        ),
        await send(port, 'GET', event, {}, ''),
        await send(port, 'POST', `${event}/replay`, {}, ''),
      ];
      expect(statuses.every((s) => s > 0 && s < 500)).toBe(true);
    }),
    { numRuns: 60 },
  );
});

it('a receiver refusing repeats and a replay that delivers answer signed events, repeats and replays without a 500, whatever the target', async () => {
  const targets = [
    '',
    'ftp://a.b/c',
    'javascript:alert(1)',
    'http://',
    'https://[::1',
    'http://127.0.0.1:2/x',
    'not a url',
  ];
  const ports = await startEach(
    [
      'POST /webhooks receives events signed in X-Signature (hex HMAC-SHA256 of the raw body); an event id already received is refused with 409',
      'POST /webhooks/events/{id}/replay re-sends the stored event to the URL in REPLAY_TARGET_URL; an unreachable target → 502',
    ],
    targets.map((t) => ({ WEBHOOK_SECRET: 'fuzz-secret', REPLAY_TARGET_URL: t })),
  );
  const sign = (body: string) => createHmac('sha256', 'fuzz-secret').update(body).digest('hex');
  for (const port of ports) {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          text,
          fc.record({ id: idish, type: fc.string() }).map((e) => JSON.stringify(e)),
        ),
        idish,
        async (body, id) => {
          const received = [
            await send(port, 'POST', '/webhooks', { 'x-signature': sign(body) }, body),
            await send(port, 'POST', '/webhooks', { 'x-signature': sign(body) }, body),
          ];
          expect(received.every((s) => s > 0 && s < 500)).toBe(true);
          const replayed = await send(
            port,
            'POST',
            `/webhooks/events/${encodeURIComponent(id)}/replay`,
            {},
            '',
          );
          expect([200, 404, 502]).toContain(replayed);
        },
      ),
      { numRuns: 25 },
    );
    const event = '{"id":"evt_fuzz","type":"t"}';
    expect(await send(port, 'POST', '/webhooks', { 'x-signature': sign(event) }, event)).toBe(200);
    expect(await send(port, 'POST', '/webhooks', { 'x-signature': sign(event) }, event)).toBe(409);
    expect(await send(port, 'POST', '/webhooks/events/evt_fuzz/replay', {}, '')).toBe(502);
  }
});

/** GETs `path` and answers its status and parsed JSON body. */
function getJson(port: number, path: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'GET', path, agent: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
    req.end();
  });
}

it('a list filtered by event type answers any type asked with only the events of that type, never a 500', async () => {
  const port = await start(
    [
      'POST /webhooks receives events signed in X-Signature (hex HMAC-SHA256 of the raw body); else 401',
      'GET /webhooks/events?type=invoice.paid lists the received events of that type',
    ],
    { WEBHOOK_SECRET: 'fuzz-secret' },
  );
  const sign = (body: string) => createHmac('sha256', 'fuzz-secret').update(body).digest('hex');
  const types = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('invoice.paid', 'a&b', '%', '', ' '));
  await fc.assert(
    fc.asyncProperty(idish, types, types, async (id, type, asked) => {
      const body = JSON.stringify({ id, type });
      expect(await send(port, 'POST', '/webhooks', { 'x-signature': sign(body) }, body)).toBeLessThan(500);
      const res = await getJson(port, `/webhooks/events?type=${encodeURIComponent(asked)}`);
      expect(res.status).toBe(200);
      const listed = res.body as { type: unknown }[];
      // An empty parameter asks for no filter; any other keeps exactly the events of that type.
      if (asked !== '') expect(listed.every((e) => e.type === asked)).toBe(true);
    }),
    { numRuns: 40 },
  );
});
