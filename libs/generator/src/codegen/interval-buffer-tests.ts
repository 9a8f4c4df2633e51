import type { EndpointSpec, FieldSpec, ResourceSpec } from '@sf/service-spec';
import type { EndpointTestWriter } from './endpoint-test-writer';

/*
 * The generated tests of an interval's ends beside a first record (1–3 h): records touching it, and, when the
 * interval keeps a buffer between records of one place (`gap_minutes`), records exactly the buffer apart; and the
 * interval a variant record of a test sits on, so that two records of one test never clash.
 */

/**
 * The interval ends of a variant record (`tag`) of a resource refusing overlaps, moved a number of days taken from
 * the tag off the sample's (a number interval by that many thousands): "party_size = 1" and "party_size = 8",
 * both accepted in one test, are then two bookings of the same table at different times, not a clash.
 */
export function movedInterval(
  r: ResourceSpec,
  sampleOf: (f: FieldSpec) => unknown,
  tag: string,
): Record<string, unknown> {
  const iv = r.interval;
  if (!iv?.no_overlap) return {};
  const days = [...tag].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 3650, 0) + 1;
  const out: Record<string, unknown> = {};
  for (const f of r.fields.filter((x) => x.name === iv.start || x.name === iv.end)) {
    const value = sampleOf(f);
    if (typeof value === 'number') out[f.name] = value + days * 1000;
    else if (f.format === 'date-time' && typeof value === 'string' && Number.isFinite(Date.parse(value)))
      out[f.name] = new Date(Date.parse(value) + days * 86_400_000).toISOString();
  }
  return Object.keys(out).length === 2 ? out : {};
}

/**
 * Records touching the first (1–3 h) at either end are stored; with a buffer they are 409 CONFLICT, and records
 * exactly the buffer apart are stored.
 */
export function touchingLines(
  w: EndpointTestWriter,
  e: EndpointSpec,
  gapMinutes: number | undefined,
  body: (start: number, end: number, tag: string) => string,
  where: string,
): string[] {
  if (gapMinutes === undefined)
    return [
      `const before = ${w.call(e, { body: body(0, 1, 'before') })};`,
      w.expectStatus('before', 201, `${where} ending when the first starts (touching)`),
      `const after = ${w.call(e, { body: body(3, 4, 'after') })};`,
      w.expectStatus('after', 201, `${where} starting when the first ends (touching)`),
    ];
  const gap = gapMinutes / 60;
  const within = `within the ${gapMinutes}-minute buffer`;
  return [
    `const before = ${w.call(e, { body: body(0, 1, 'before') })};`,
    w.expectError('before', 409, 'CONFLICT', `${where} ending when the first starts (${within})`),
    `const after = ${w.call(e, { body: body(3, 4, 'after') })};`,
    w.expectError('after', 409, 'CONFLICT', `${where} starting when the first ends (${within})`),
    `const earlier = ${w.call(e, { body: body(-gap, 1 - gap, 'earlier') })};`,
    w.expectStatus('earlier', 201, `${where} ending ${gapMinutes} minutes before the first starts`),
    `const later = ${w.call(e, { body: body(3 + gap, 4 + gap, 'later') })};`,
    w.expectStatus('later', 201, `${where} starting ${gapMinutes} minutes after the first ends`),
  ];
}
