import type { ResourceSpec } from '@sf/service-spec';
import { familyIntent } from '../testing/offline-spec';
import { designSpec } from './spec-designer';

/*
 * A check that makes several records of a resource refusing overlapping intervals must keep the records it
 * expects to be stored apart in time (or in scope): a list filtered by room makes two bookings of one room, and
 * when both sat on the sample interval the second was refused with 409 and the service's own tests failed
 * (d2-room-bookings-spelled: TESTS_FAILING). Every check of every booking phrasing is walked here.
 */

const intents: [string, string[]][] = [
  [
    'room-bookings',
    [
      'POST /bookings with {"room": string, "start": ISO datetime, "end": ISO datetime} returns 201 and the booking with an id',
      'a booking overlapping another booking of the same room returns 409; back-to-back bookings are fine',
      "GET /bookings?room=Orion lists only that room's bookings",
    ],
  ],
  [
    'desk-bookings',
    [
      'POST /reservations {"desk": string, "from": date-time, "until": date-time} returns 201',
      'no two reservations of the same desk may overlap in time',
      'GET /reservations lists them; ?desk= filters by desk, ?sort=from sorts them',
    ],
  ],
  [
    'raumbuchung',
    [
      'POST /buchungen mit {"raum": string, "beginn": ISO-Datum-Uhrzeit, "ende": ISO-Datum-Uhrzeit} legt eine Buchung an (201)',
      'Buchungen desselben Raums dürfen sich nicht überschneiden: 409',
      'GET /buchungen?raum=A listet nur die Buchungen dieses Raums',
    ],
  ],
  [
    'court-slots',
    [
      'POST /slots {"court": string, "starts_at": date-time, "ends_at": date-time} → 201',
      'slots of the same court must not overlap (409)',
      'GET /slots?court=1 lists the slots of one court, paged with limit and offset',
    ],
  ],
];

type Made = { body: Record<string, unknown> };

function overlaps(iv: NonNullable<ResourceSpec['interval']>, a: Made, b: Made): boolean {
  for (const name of iv.no_overlap ?? []) if (a.body[name] !== b.body[name]) return false;
  const t = (v: unknown) => (typeof v === 'number' ? v : Date.parse(String(v)));
  return t(a.body[iv.start]) < t(b.body[iv.end]) && t(b.body[iv.start]) < t(a.body[iv.end]);
}

describe.each(intents)('%s: records one check expects stored never clash', (name, features) => {
  const { contract } = designSpec(familyIntent(name, '', features));
  const withInterval = contract.resources.filter((r) => r.interval?.no_overlap);

  it('designs a resource that refuses overlaps', () => {
    expect(withInterval.length).toBeGreaterThan(0);
  });

  it.each(withInterval.map((r) => [r.name, r] as const))('%s', (_n, r) => {
    const creates = contract.endpoints.filter(
      (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name,
    );
    const clashes: string[] = [];
    for (const check of contract.acceptance) {
      const stored: Made[] = [];
      for (const step of check.steps) {
        const create = creates.find((e) => e.method === step.request.method && e.path === step.request.path);
        if (!create || step.expect.status >= 300) continue;
        const made = { body: (step.request.body ?? {}) as Record<string, unknown> };
        if (stored.some((s) => overlaps(r.interval!, s, made)))
          clashes.push(`${check.id}: ${check.description}`);
        stored.push(made);
      }
    }
    expect(clashes).toEqual([]);
  });
});
