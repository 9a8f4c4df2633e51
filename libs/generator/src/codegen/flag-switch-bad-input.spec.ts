import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease } from './testing/served-release';
import { seeded } from './testing/seeded';

/*
 * Feature flags switched on and off, served as generated, on odd calls: whatever key the route names (unknown,
 * prototype names, long, escaped) and whatever body is sent along, a switch answers 200 or 404 (or 400 for a
 * body that is no JSON), never a 500; an unknown key is 404; a known flag is on after switching on and off after switching off, whatever came
 * before (never a flip). Property-style: calls are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const FEATURES = [
  'POST /flags {"key": string, "description": string} -> 201 with the flag; a new flag is disabled; a key that exists -> 409',
  'POST /flags/{key}/enable -> 200 with the flag, "enabled": true; an unknown key -> 404',
  'POST /flags/{key}/disable -> 200 with the flag, "enabled": false; an unknown key -> 404',
];

const KNOWN = ['dark-mode', 'beta'];
const ODD = ['nope', '__proto__', 'constructor', 'x'.repeat(2_000), '%00', 'DARK-MODE', ' dark-mode'];
const BODIES: (string | undefined)[] = [undefined, '{}', '{"enabled": false}', 'not json', '[]', 'null'];

const served = new ServedRelease(client, 'flag-odd-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
  for (const key of KNOWN) {
    const res = await fetch(`${served.url}/flags`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key, description: key }),
    });
    expect(res.status).toBe(201);
  }
});

afterAll(() => served.stop());

it('switches a known flag to the state asked for, answers 404 for any other key, and never 500', async () => {
  const random = seeded(20261207);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const seen: string[] = [];
  for (let round = 0; round < 60; round += 1) {
    const known = random() < 0.6;
    const key = known ? pick(KNOWN) : pick(ODD);
    const on = random() < 0.5;
    const body = pick(BODIES);
    const res = await fetch(`${served.url}/flags/${encodeURIComponent(key)}/${on ? 'enable' : 'disable'}`, {
      method: 'POST',
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body }),
    });
    const answer = (await res.json().catch(() => null)) as { enabled?: unknown } | null;
    // A body that is no JSON at all may be refused as such (400) before the key is looked up.
    const refusedBody = body === 'not json' && res.status === 400;
    const right = known ? res.status === 200 && answer?.enabled === on : res.status === 404;
    const wrong = !right && !refusedBody;
    if (wrong) seen.push(`${key.slice(0, 12)} ${on ? 'on' : 'off'} ${String(body)} → ${res.status}`);
  }
  expect(seen).toEqual([]);
});
