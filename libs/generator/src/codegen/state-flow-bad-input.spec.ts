import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * A transition route whose body names the target as "to" while the record keeps its state as "status", on bad
 * input: whatever body reaches `POST /tickets/{id}/transition`, the generated service answers 200 exactly for a
 * move the written arrows allow, 409 for a known state no arrow reaches from where the ticket stands, 400 for
 * anything else (no "to", a state the machine does not have, a non-string, a body that is no object), never a
 * 500, and the ticket keeps its status unless it moved. Property-style: bodies are drawn from a seeded
 * generator and judged by the arrows written out here, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'POST /tickets with {"title": string} returns 201 with an id and "status": "open"',
  'POST /tickets/{id}/transition with {"to": string} moves the ticket: open -> in_progress -> resolved -> closed, and resolved -> in_progress; returns the ticket',
  'any other move returns 409 and the status stays as it was; an unknown status returns 400',
  'GET /tickets/{id} returns the ticket with its current status; an unknown id returns 404',
];

/** The arrows the feature writes, as a reader of it would list them. */
const ARROWS: Record<string, string[]> = {
  open: ['in_progress'],
  in_progress: ['resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

const served = new ServedRelease(client, 'ticket-transitions', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

const TARGETS: unknown[] = [
  'open',
  'in_progress',
  'resolved',
  'closed',
  'frozen',
  'OPEN',
  '',
  5,
  null,
  ['open'],
];
const OTHER_BODIES = ['', '{}', 'null', '[]', '"closed"', '{not json', '{"status": "in_progress"}'];

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

/** What the arrows answer a ticket standing in `from` for a body sending `to` (undefined: no "to" at all). */
function expected(from: string, to: unknown): number {
  if (typeof to !== 'string' || !Object.hasOwn(ARROWS, to)) return 400;
  return ARROWS[from].includes(to) ? 200 : 409;
}

describe('a transition route whose body names the target "to", on bad input', () => {
  it('answers 200, 409 or 400 as the written arrows say and never 500 (seeded)', async () => {
    const random = seeded(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 12; round += 1) {
      const made = await call('POST', '/tickets', JSON.stringify({ title: `t${round}` }));
      const id = (made.body as { id: string }).id;
      let here = 'open';
      for (let step = 0; step < 8; step += 1) {
        const other = random() < 0.25;
        const to = pick(TARGETS);
        const body = other ? pick(OTHER_BODIES) : JSON.stringify({ to });
        const res = await call('POST', `/tickets/${id}/transition`, body === '' ? undefined : body);
        const want = other ? 400 : expected(here, to);
        if (res.status !== want) seen.push(`${here} with ${body} → ${res.status}, not ${want}`);
        if (res.status === 200) here = String(to);
        const read = await call('GET', `/tickets/${id}`);
        if ((read.body as { status?: string }).status !== here)
          seen.push(`after ${body} the ticket reads ${JSON.stringify(read.body)}, not ${here}`);
      }
    }
    expect(seen).toEqual([]);
  });

  it('refuses a create that sends the status with 400, and starts every ticket open', async () => {
    for (const status of ['closed', 'open', 5, null]) {
      const r = await call('POST', '/tickets', JSON.stringify({ title: 't', status }));
      expect([status, r.status]).toEqual([status, 400]);
    }
    const made = await call('POST', '/tickets', JSON.stringify({ title: 'fresh' }));
    expect(made).toMatchObject({ status: 201, body: { status: 'open' } });
  });
});
