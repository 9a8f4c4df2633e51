import type { EndpointError, EndpointSpec, FieldSpec, ResourceSpec } from '@sf/service-spec';
import { check, errorBody, successStatus } from './acceptance-steps';
import { withArticle } from './contract-builder';
import { sampleBody } from './samples';

/*
 * Worked examples of a record's interval (record-rule-checks.ts): its end must follow its start (400), and an
 * interval overlapping another of the same scope is refused (409) while touching ones, and the same times for
 * another room, are stored.
 */

/** An ISO date-time `hours` after `iso`. */
function later(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + Math.round(hours * 3_600_000)).toISOString().replace('.000Z', 'Z');
}

/** Interval checks of a create endpoint: end not after start (400), overlap (409) next to a touching record. */
export function intervalCheck(e: EndpointSpec, r: ResourceSpec, err: EndpointError, tag: string) {
  const iv = r.interval;
  if (!iv || e.behavior.kind !== 'create' || e.behavior.parent) return undefined;
  const expect = { status: err.status, body_contains: errorBody(err.code) };
  const base = sampleBody(r, tag);
  const start = base[iv.start];
  const end = base[iv.end];
  const shift = (value: unknown, hours: number) =>
    typeof value === 'number' ? value + hours : later(String(value), hours);
  if (err.status === 400) {
    return check(
      e,
      'error',
      `Creating ${withArticle(r.name)} whose ${iv.end} is before its ${iv.start} answers 400 VALIDATION_FAILED.`,
      [
        {
          request: { method: e.method, path: e.path, body: { ...base, [iv.start]: end, [iv.end]: start } },
          expect,
        },
      ],
    );
  }
  if (err.status === 409 && iv.no_overlap) {
    const created = successStatus(e, 201);
    // One right after and one right before: touching is allowed at either end, or, with a buffer, exactly the
    // buffer apart (touching is then refused, shown by a step of its own).
    const gap = (iv.gap_minutes ?? 0) / 60;
    const touching = { ...sampleBody(r, `${tag}-next`), ...scope(base, iv.no_overlap) };
    touching[iv.start] = shift(end, gap);
    touching[iv.end] = shift(end, gap + 1);
    const before = { ...sampleBody(r, `${tag}-before`), ...scope(base, iv.no_overlap) };
    before[iv.start] = shift(start, -gap - 1);
    before[iv.end] = shift(start, -gap);
    // Within the buffer, three quarters of it away on either side (before the records at its edges are stored):
    // a buffer dropped, halved or kept on one side only lets one of them through.
    const closeAfter = { ...sampleBody(r, `${tag}-close`), ...scope(base, iv.no_overlap) };
    closeAfter[iv.start] = shift(end, gap * 0.75);
    closeAfter[iv.end] = shift(end, gap * 0.75 + 1);
    const closeBefore = { ...sampleBody(r, `${tag}-close-before`), ...scope(base, iv.no_overlap) };
    closeBefore[iv.start] = shift(start, -gap * 0.75 - 1);
    closeBefore[iv.end] = shift(start, -gap * 0.75);
    const buffered =
      gap > 0
        ? [closeAfter, closeBefore].map((body) => ({
            request: { method: e.method, path: e.path, body },
            expect,
          }))
        : [];
    const overlapping = { ...sampleBody(r, `${tag}-clash`), ...scope(base, iv.no_overlap) };
    overlapping[iv.start] = shift(start, 0.5);
    overlapping[iv.end] = shift(end, 0.5);
    const same = iv.no_overlap.length > 0 ? ` with the same ${iv.no_overlap.join(' and ')}` : '';
    // "Rooms are independent": the overlapping times for another room (a plain text scope) are stored.
    // A numbered scope ("campi diversi": court 1, court 2) takes another number its bounds allow.
    const another = (n: string): unknown => {
      const f = r.fields.find((x) => x.name === n);
      if (f?.type === 'string' && f.format === undefined && !f.enum && f.max_length === undefined)
        return `${String(base[n])}-2`;
      if ((f?.type === 'integer' || f?.type === 'number') && !f.enum && typeof base[n] === 'number')
        return [base[n] + 1, base[n] - 1].find((v) => withinBounds(f, v));
      return undefined;
    };
    const plain = iv.no_overlap.filter((n) => another(n) !== undefined);
    const elsewhere = {
      ...overlapping,
      ...Object.fromEntries(plain.map((n) => [n, another(n)])),
    };
    const apart =
      plain.length > 0
        ? [
            {
              request: { method: e.method, path: e.path, body: elsewhere },
              expect: { status: created, body_contains: scope(elsewhere, plain) },
            },
          ]
        : [];
    const other =
      plain.length > 0 ? `, while the same times for another ${plain.join(' and ')} are stored` : '';
    const apartText =
      gap > 0
        ? `starts ${iv.gap_minutes} minutes after another${same} ends, or ends ${iv.gap_minutes} minutes before it starts, is stored; one within the ${iv.gap_minutes}-minute buffer on either side, or overlapping it, answers 409 CONFLICT`
        : `starts when another${same} ends, or ends when it starts, is stored; one that overlaps it answers 409 CONFLICT`;
    return check(
      e,
      'error',
      `${withArticle(r.name).replace(/^a/, 'A')} that ${apartText}${other}${writtenAs(r)}.`,
      [
        {
          request: { method: e.method, path: e.path, body: base },
          expect: { status: created, body_contains: base },
        },
        ...buffered,
        {
          request: { method: e.method, path: e.path, body: touching },
          expect: { status: created, body_contains: { [iv.start]: touching[iv.start] } },
        },
        {
          request: { method: e.method, path: e.path, body: before },
          expect: { status: created, body_contains: { [iv.end]: before[iv.end] } },
        },
        // The refusal last: a check's last step is what it shows.
        ...apart,
        { request: { method: e.method, path: e.path, body: overlapping }, expect },
      ],
    );
  }
  return undefined;
}

/** The intent's own words the designer read the resource and its rules by, for a check's description. */
function writtenAs(r: ResourceSpec): string {
  const marker = 'Written in the intent as: ';
  const at = r.description.indexOf(marker);
  return at < 0
    ? ''
    : ` (in the intent's words: ${r.description.slice(at + marker.length).replace(/\.$/, '')})`;
}

/** Whether a number is one the field's bounds take. */
export function withinBounds(f: FieldSpec, v: number): boolean {
  return (
    (f.minimum === undefined || v >= f.minimum) &&
    (f.maximum === undefined || v <= f.maximum) &&
    (f.exclusive_minimum === undefined || v > f.exclusive_minimum) &&
    (f.exclusive_maximum === undefined || v < f.exclusive_maximum)
  );
}

function scope(body: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, body[n]]));
}
