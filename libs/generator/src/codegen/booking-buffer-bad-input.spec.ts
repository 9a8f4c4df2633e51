import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { ServedRelease, serverErrors } from './testing/served-release';

/*
 * Room bookings with a 15-minute buffer between bookings of the same room (interval.gap_minutes), served as
 * generated, on bad input and at the buffer's edges. Whatever JSON body arrives (a field missing, of another
 * type, a date that is no date, huge, prototype names), the create answers 201, 400 VALIDATION_FAILED or 409
 * CONFLICT — never a 500; a booking 14 minutes after another of the same room is 409, one 15 minutes after is
 * stored, and another room is never held by the buffer. Bodies are drawn from a seeded generator.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const ODD: unknown[] = [
  '',
  ' ',
  'R1',
  '2026-09-01T09:00:00Z',
  '2026-09-01T10:00:00Z',
  '2026-02-30T09:00:00Z',
  '2026-09-01',
  'tomorrow',
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
  0,
  -1,
  1e308,
  null,
  true,
  [],
  {},
];

const post = async (url: string, path: string, body: unknown) => {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { error?: { code?: string } } };
};

describe('room bookings with a 15-minute buffer on bad input', () => {
  const served = new ServedRelease(client, 'room-buffer-svc', [
    'POST /bookings with {"room": string, "start": ISO datetime, "end": ISO datetime} creates a booking (201)',
    'a booking overlapping another booking of the same room returns 409',
    'leave at least 15 minutes between two bookings of the same room, otherwise 409',
  ]);
  const at = (hh: number, mm: number) =>
    `2026-09-01T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00Z`;

  beforeAll(async () => {
    expect(await served.start()).toEqual([]);
  });

  afterAll(() => served.stop());

  it('is designed as a booking store keeping 15 minutes between bookings of one room', () => {
    const store = served.contract.resources.find((r) => r.interval !== undefined);
    expect(store?.interval).toEqual({ start: 'start', end: 'end', no_overlap: ['room'], gap_minutes: 15 });
  });

  it('never answers 500 to any JSON body (seeded), and refuses with stable codes', async () => {
    const creates = served.contract.endpoints.filter((e) => e.method === 'POST' && e.path === '/bookings');
    expect(await serverErrors(served.url, creates, ODD, 20261207)).toEqual([]);
    const bad = await post(served.url, '/bookings', { room: 'R9', start: 'tomorrow', end: at(10, 0) });
    expect([bad.status, bad.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses a booking within the buffer with 409 and stores one exactly the buffer apart', async () => {
    expect(
      (await post(served.url, '/bookings', { room: 'B1', start: at(9, 0), end: at(10, 0) })).status,
    ).toBe(201);
    const close = await post(served.url, '/bookings', { room: 'B1', start: at(10, 14), end: at(11, 0) });
    expect([close.status, close.body.error?.code]).toEqual([409, 'CONFLICT']);
    const before = await post(served.url, '/bookings', { room: 'B1', start: at(8, 0), end: at(8, 46) });
    expect(before.status).toBe(409);
    expect(
      (await post(served.url, '/bookings', { room: 'B1', start: at(10, 15), end: at(11, 0) })).status,
    ).toBe(201);
    expect(
      (await post(served.url, '/bookings', { room: 'B1', start: at(8, 0), end: at(8, 45) })).status,
    ).toBe(201);
    expect(
      (await post(served.url, '/bookings', { room: 'B2', start: at(10, 0), end: at(11, 0) })).status,
    ).toBe(201);
  });
});
