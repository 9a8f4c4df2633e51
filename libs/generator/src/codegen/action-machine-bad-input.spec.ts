import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * A state machine spelled as action routes on bad input: whatever id or body reaches `POST /polls/{id}/close`
 * (the action reads no body) and whatever a create sends for the state the machine drives, the generated service
 * answers 404, 409 or 400 with a stable code, never a 500, and a state sent by a client never lands.
 * Property-style: ids and bodies are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'POST /polls with body {"question": string} returns 201 {"id": string, "state": "open"}',
  'POST /polls/{id}/close → 200 {"state": "closed"}; closing twice → 409',
];

const served = new ServedRelease(client, 'poll-svc', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const ODD_IDS = [
  'x',
  '%20',
  '..',
  '0',
  '-1',
  'null',
  '__proto__',
  'constructor',
  '%E2%9C%93',
  'a'.repeat(5000),
];
const ODD_BODIES = [
  '',
  '{}',
  'null',
  '[]',
  '"closed"',
  '{"state": "open"}',
  '{"state": 5}',
  '{"state": "closed", "x": 1}',
  '{not json',
  '{"__proto__": {"state": "open"}}',
];

async function call(method: string, path: string, body?: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${served.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body: parsed };
}

describe('an action-route state machine on bad input', () => {
  it('answers an unknown poll 404 and a known one 200 then 409, whatever JSON is sent (seeded)', async () => {
    const random = seeded(20261205);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 30; round += 1) {
      const unknown = await call('POST', `/polls/${pick(ODD_IDS)}/close`, pick(ODD_BODIES) || undefined);
      if (unknown.status !== 404 && unknown.status !== 400) seen.push(`unknown id → ${unknown.status}`);
    }
    for (let round = 0; round < 10; round += 1) {
      const made = await call('POST', '/polls', JSON.stringify({ question: `q${round}` }));
      const id = (made.body as { id: string }).id;
      const firstBody = pick(ODD_BODIES) || undefined;
      const secondBody = pick(ODD_BODIES) || undefined;
      const first = await call('POST', `/polls/${id}/close`, firstBody);
      const second = await call('POST', `/polls/${id}/close`, secondBody);
      // A body that is not JSON at all is refused before any route (400); any JSON is ignored by the action.
      const wanted = (body: string | undefined, ok: number) => (body === '{not json' ? 400 : ok);
      if (first.status !== wanted(firstBody, 200))
        seen.push(`first close with ${firstBody} → ${first.status}`);
      if (first.status === 200 && second.status !== wanted(secondBody, 409))
        seen.push(`second close with ${secondBody} → ${second.status}`);
      const statuses = [made.status, first.status, second.status];
      if (statuses.some((s) => s >= 500)) seen.push(`statuses ${statuses.join(', ')}`);
    }
    expect(seen).toEqual([]);
  });

  it('refuses a create that sends the state with 400, and never stores a sent state', async () => {
    for (const state of ['closed', 'open', 5, null, ['closed'], { a: 1 }]) {
      const r = await call('POST', '/polls', JSON.stringify({ question: 'q', state }));
      expect([state, r.status]).toEqual([state, 400]);
    }
    const made = await call('POST', '/polls', JSON.stringify({ question: 'fresh' }));
    expect(made).toMatchObject({ status: 201, body: { state: 'open' } });
  });
});
