import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * A state machine moved by `PATCH /tickets/{id}` with `{"status": s}` (the record itself, not a route of its state),
 * on bad input: whatever body reaches it, the generated service answers 200 exactly for a move the written arrows
 * allow (the reopen closed → open among them), 409 for a known state no arrow reaches from where the ticket stands,
 * 400 for anything else (no status, a state the machine does not have, a non-string, a body that is no object),
 * 404 for an unknown id, never a 500, and the ticket keeps its status unless it moved. Seeded, so reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  'POST /tickets with {"title": string} creates a ticket (201) with an id and "status": "open"',
  'PATCH /tickets/{id} with {"status": string} changes the status: open → in_progress → resolved → closed; resolved → in_progress; closed → open (reopen)',
  'any other move → 409 and the status stays; a status outside the list → 400; unknown id → 404',
  'GET /tickets/{id} returns the ticket; an unknown id returns 404',
];

/** The arrows the feature writes, as a reader of it would list them. */
const ARROWS: Record<string, string[]> = {
  open: ['in_progress'],
  in_progress: ['resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['open'],
};

const served = new ServedRelease(client, 'ticket-patch', FEATURES);

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
  'Closed',
  '',
  7,
  null,
  ['open'],
];
const OTHER_BODIES = ['{}', 'null', '[]', '"closed"', '{not json', '{"state": "in_progress"}'];

function expected(from: string, to: unknown): number {
  if (typeof to !== 'string' || !Object.hasOwn(ARROWS, to)) return 400;
  return ARROWS[from].includes(to) ? 200 : 409;
}

describe('a machine moved by PATCH on the record, on bad input', () => {
  it('answers 200, 409 or 400 as the written arrows say and never 500 (seeded)', async () => {
    const random = seeded(20261208);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 12; round += 1) {
      const made = await served.call('POST', '/tickets', JSON.stringify({ title: `t${round}` }));
      const id = (made.body as { id: string }).id;
      let here = 'open';
      for (let step = 0; step < 8; step += 1) {
        const other = random() < 0.25;
        const to = pick(TARGETS);
        const body = other ? pick(OTHER_BODIES) : JSON.stringify({ status: to });
        const res = await served.call('PATCH', `/tickets/${id}`, body);
        const want = other ? 400 : expected(here, to);
        if (res.status !== want) seen.push(`${here} with ${body} → ${res.status}, not ${want}`);
        if (res.status === 200) here = String(to);
        const read = await served.call('GET', `/tickets/${id}`);
        if ((read.body as { status?: string }).status !== here)
          seen.push(`after ${body} the ticket reads ${JSON.stringify(read.body)}, not ${here}`);
      }
    }
    expect(seen).toEqual([]);
  });

  it('answers 404 for a move of an unknown ticket, and no 500 for any body sent to one', async () => {
    expect((await served.call('PATCH', '/tickets/no-such-ticket', '{"status": "in_progress"}')).status).toBe(
      404,
    );
    for (const body of ['{"status": "frozen"}', '{}', '[]', '{not json']) {
      const r = await served.call('PATCH', '/tickets/no-such-ticket', body);
      expect([body, r.status < 500]).toEqual([body, true]);
    }
  });
});
