import type { FieldSpec, ListBehavior } from '@sf/service-spec';

/*
 * The reference interpreter's list with query options (`ListBehavior` filters, sort, page), written from
 * CONTRACT.md apart from the generated `list-query.ts`, so the acceptance pack is checked against a second
 * reading of the semantics. Answers the body, or null for 400 VALIDATION_FAILED.
 */

type Json = Record<string, unknown>;

const num = (raw: string) => (raw.trim() === '' ? NaN : Number(raw));

function dayOrInstant(raw: string): { day: string } | { instant: number } | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw))
    return Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? null : { day: raw };
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)) {
    const t = Date.parse(raw);
    return Number.isNaN(t) ? null : { instant: t };
  }
  return null;
}

/** -1 / 0 / 1 of a record's value against a range bound; null when it has no comparable value. */
function versus(value: unknown, type: FieldSpec['type'], raw: string): number | null | 'bad' {
  if (type === 'number' || type === 'integer') {
    const bound = num(raw);
    if (!Number.isFinite(bound)) return 'bad';
    return typeof value === 'number' ? Math.sign(value - bound) : null;
  }
  const bound = dayOrInstant(raw);
  if (bound === null) return 'bad';
  if (typeof value !== 'string') return null;
  if ('day' in bound) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
    const day = value.slice(0, 10);
    return day === bound.day ? 0 : day < bound.day ? -1 : 1;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.sign(t - bound.instant);
}

function order(x: unknown, y: unknown): number {
  if (typeof x === 'number' && typeof y === 'number') return Math.sign(x - y);
  if (typeof x === 'boolean' && typeof y === 'boolean') return x === y ? 0 : x ? 1 : -1;
  const [a, b] = [String(x), String(y)];
  if (a.toLowerCase() !== b.toLowerCase()) return a.toLowerCase() < b.toLowerCase() ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

function whole(raw: string | undefined, fallback: number, min: number, max: number): number | null {
  if (raw === undefined || raw === '') return fallback;
  if (!/^[+-]?\d+$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

/** The answer of a list with query options, or null when a query value is refused (400). */
export function referenceList(
  records: Json[],
  b: ListBehavior,
  fields: FieldSpec[],
  query: Record<string, string>,
): unknown {
  const typeOf = (name: string) => fields.find((f) => f.name === name)?.type ?? 'string';
  const q = (name: string | undefined) =>
    name === undefined || query[name] === '' ? undefined : query[name];
  // The base order: creation order, or newest created first; `index` is the place in it, `created` in creation.
  const base = records.map((record, created) => ({ record, created }));
  let rows = (b.newest_first ? base.reverse() : base).map((x, index) => ({ ...x, index }));
  let bad = false;
  for (const f of b.filters ?? []) {
    if (f.kind === 'text') {
      const text = q(f.param)?.toLowerCase();
      if (text === undefined) continue;
      rows = rows.filter(({ record }) =>
        f.fields.some((n) => typeof record[n] === 'string' && String(record[n]).toLowerCase().includes(text)),
      );
    } else if (f.kind === 'equals') {
      const raw = q(f.param);
      if (raw === undefined) continue;
      const type = typeOf(f.field);
      let value: unknown = raw;
      if (type === 'number' || type === 'integer') {
        value = num(raw);
        if (!Number.isFinite(value) || (type === 'integer' && !Number.isInteger(value))) bad = true;
      } else if (type === 'boolean') {
        if (raw !== 'true' && raw !== 'false') bad = true;
        value = raw === 'true';
      } else {
        const listed = fields.find((x) => x.name === f.field)?.enum;
        if (listed && !listed.includes(raw)) bad = true;
      }
      rows = rows.filter(({ record }) =>
        type === 'string[]'
          ? Array.isArray(record[f.field]) && (record[f.field] as unknown[]).includes(value)
          : record[f.field] === value,
      );
    } else {
      const type = typeOf(f.field);
      const [min, max] = [q(f.min_param), q(f.max_param)];
      for (const [raw, keep] of [
        [min, (c: number) => c >= 0],
        [max, (c: number) => c <= 0],
      ] as const) {
        if (raw === undefined) continue;
        if (versus(0, type, raw) === 'bad') bad = true;
        rows = rows.filter(({ record }) => {
          const c = versus(record[f.field], type, raw);
          return typeof c === 'number' && keep(c);
        });
      }
      if (min !== undefined && max !== undefined && !bad) {
        const [a, z] = [dayOrInstant(min), dayOrInstant(max)];
        const above =
          type === 'number' || type === 'integer'
            ? num(min) > num(max)
            : a !== null && z !== null && 'day' in a && 'day' in z
              ? a.day > z.day
              : a !== null && z !== null && 'instant' in a && 'instant' in z && a.instant > z.instant;
        if (above) bad = true;
      }
    }
  }
  if (b.sort) {
    const s = b.sort;
    let field = s.default_field;
    let desc = s.default_order === 'desc';
    const asked = q(s.param);
    if (asked !== undefined) {
      const name = s.order_param === undefined && asked.startsWith('-') ? asked.slice(1) : asked;
      if (s.order_param === undefined) desc = asked.startsWith('-');
      if (s.fields.includes(name)) field = name;
      else bad = true;
    }
    const direction = q(s.order_param)?.toLowerCase();
    if (direction !== undefined) {
      if (direction !== 'asc' && direction !== 'desc') bad = true;
      desc = direction === 'desc';
    }
    const missing = (v: unknown) => v === null || v === undefined;
    rows.sort((x, y) => {
      if (field === undefined)
        return direction === undefined
          ? x.index - y.index
          : desc
            ? y.created - x.created
            : x.created - y.created;
      const [a, z] = [x.record[field], y.record[field]];
      if (missing(a) !== missing(z)) return missing(a) ? 1 : -1;
      if (missing(a)) return x.index - y.index;
      return (desc ? -order(a, z) : order(a, z)) || x.index - y.index;
    });
  }
  if (b.limit) {
    const l = b.limit;
    const raw = q(l.param);
    let n = l.default_limit ?? Math.min(rows.length, l.max_limit ?? rows.length);
    if (raw !== undefined) {
      const asked = whole(raw, 0, 1, Number.MAX_SAFE_INTEGER);
      if (asked === null) bad = true;
      else if (l.max_limit !== undefined && asked > l.max_limit) {
        if (l.clamp) n = l.max_limit;
        else bad = true;
      } else n = asked;
    }
    rows = rows.slice(0, n);
  }
  if (!b.page) return bad ? null : rows.map((x) => x.record);
  const p = b.page;
  const limit = whole(q(p.limit_param), p.default_limit, 1, p.max_limit);
  const at =
    p.style === 'page'
      ? whole(q(p.offset_param), 1, 1, Number.MAX_SAFE_INTEGER)
      : whole(q(p.offset_param), 0, 0, Number.MAX_SAFE_INTEGER);
  if (bad || limit === null || at === null) return null;
  const start = p.style === 'page' ? (at - 1) * limit : at;
  return {
    [p.items]: rows.slice(start, start + limit).map((x) => x.record),
    [p.total]: rows.length,
    [p.limit_param]: limit,
    [p.offset_param]: at,
  };
}
