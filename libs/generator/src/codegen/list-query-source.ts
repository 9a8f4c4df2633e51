import type { ListBehavior, ResourceSpec } from '@sf/service-spec';

/*
 * `src/list-query.ts` of a generated service whose lists filter, sort or page (CONTRACT.md, `list-query.ts` of
 * @sf/service-spec): one contract-independent function the list handlers call with their options as a literal.
 * Every value it cannot read is collected and refused at once with 400 VALIDATION_FAILED. The text avoids
 * template literals so that no contract text could ever be interpolated into code by accident.
 */

/** The options a list handler passes to `listQuery`: the contract's, with each filtered field's type. */
export function listQueryOptions(b: ListBehavior, r: ResourceSpec): Record<string, unknown> {
  const typeOf = (name: string) => r.fields.find((f) => f.name === name)?.type ?? 'string';
  const filters = (b.filters ?? []).map((f) => {
    if (f.kind === 'text') return { kind: 'text', param: f.param, fields: f.fields };
    const values = r.fields.find((x) => x.name === f.field)?.enum;
    return {
      ...f,
      type: typeOf(f.field),
      ...(f.kind === 'equals' && values ? { values } : {}),
    };
  });
  return {
    filters,
    ...(b.sort ? { sort: b.sort } : {}),
    ...(b.page ? { page: b.page } : {}),
    ...(b.newest_first ? { newest_first: true } : {}),
    // The limit's example count documents the feature; the service reads the rest.
    ...(b.limit ? { limit: (({ example: _example, ...kept }) => kept)(b.limit) } : {}),
  };
}

/** The module's source text. */
export const LIST_QUERY_SOURCE = `import { validationFailed } from './http-kit.js';

/** A field's type as the contract declares it. */
export type ListValueType = 'string' | 'number' | 'integer' | 'boolean' | 'string[]' | 'number[]' | 'object';

/** One filter: equality on a field, inclusive bounds on a number or date field, or text in some fields. */
export type ListFilterSpec =
  | { kind: 'equals'; field: string; param: string; type: ListValueType; values?: readonly (string | number)[] }
  | { kind: 'range'; field: string; type: ListValueType; min_param?: string; max_param?: string }
  | { kind: 'text'; param: string; fields: readonly string[] };

/** A list's query options (the contract's list filters, sort and page). */
export interface ListQuerySpec {
  filters: readonly ListFilterSpec[];
  sort?: {
    param: string;
    fields: readonly string[];
    order_param?: string;
    default_field?: string;
    default_order: 'asc' | 'desc';
  };
  page?: {
    style: 'offset' | 'page';
    limit_param: string;
    offset_param: string;
    default_limit: number;
    max_limit: number;
    items: string;
    total: string;
  };
  /** The base order is newest created first: the order without a sort, and the order a sort's ties keep. */
  newest_first?: boolean;
  /** Only the first n records: n from 1 (to max_limit), default_limit (or all) when not asked; clamp caps a larger n. */
  limit?: { param: string; default_limit?: number; max_limit?: number; clamp?: boolean };
}

type Row = Record<string, unknown>;
type Bound = { kind: 'number'; value: number } | { kind: 'date'; value: string } | { kind: 'instant'; value: number };

const DATE = /^\\d{4}-\\d{2}-\\d{2}$/;
const DATE_TIME = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$/;
const WHOLE = /^[+-]?\\d+$/;

/** A query parameter's value; absent and empty read alike (nothing asked). */
function given(query: URLSearchParams, name: string | undefined): string | null {
  if (name === undefined) return null;
  const raw = query.get(name);
  return raw === null || raw === '' ? null : raw;
}

function numberOf(raw: string): number {
  return raw.trim() === '' ? Number.NaN : Number(raw);
}

/** The value an equality filter compares with, read as its field's type; undefined when it cannot be. */
function equalsValue(f: ListFilterSpec & { kind: 'equals' }, raw: string, problems: string[]): unknown {
  if (f.type === 'number' || f.type === 'integer') {
    const n = numberOf(raw);
    if (!Number.isFinite(n) || (f.type === 'integer' && !Number.isInteger(n))) {
      problems.push(f.param + (f.type === 'integer' ? ' must be a whole number' : ' must be a number'));
      return undefined;
    }
    return n;
  }
  if (f.type === 'boolean') {
    if (raw === 'true' || raw === 'false') return raw === 'true';
    problems.push(f.param + ' must be true or false');
    return undefined;
  }
  if (f.values !== undefined && !f.values.includes(raw)) {
    problems.push(f.param + ' must be one of ' + f.values.join(', '));
    return undefined;
  }
  return raw;
}

function rangeBound(type: ListValueType, name: string, raw: string, problems: string[]): Bound | undefined {
  if (type === 'number' || type === 'integer') {
    const n = numberOf(raw);
    if (Number.isFinite(n)) return { kind: 'number', value: n };
    problems.push(name + ' must be a number');
    return undefined;
  }
  if (DATE.test(raw) && !Number.isNaN(Date.parse(raw + 'T00:00:00Z'))) return { kind: 'date', value: raw };
  if (DATE_TIME.test(raw) && !Number.isNaN(Date.parse(raw))) return { kind: 'instant', value: Date.parse(raw) };
  problems.push(name + ' must be a date written YYYY-MM-DD or an ISO 8601 date-time');
  return undefined;
}

/** The record's value against a bound: negative below, 0 on it, positive above; null when it has none to compare. */
function againstBound(actual: unknown, bound: Bound): number | null {
  if (bound.kind === 'number') return typeof actual === 'number' && Number.isFinite(actual) ? actual - bound.value : null;
  if (typeof actual !== 'string') return null;
  if (bound.kind === 'date') {
    if (!/^\\d{4}-\\d{2}-\\d{2}/.test(actual)) return null;
    const day = actual.slice(0, 10);
    return day < bound.value ? -1 : day > bound.value ? 1 : 0;
  }
  const instant = Date.parse(actual);
  return Number.isNaN(instant) ? null : instant - bound.value;
}

function sameKindAbove(min: Bound, max: Bound): boolean {
  if (min.kind !== max.kind) return false;
  return min.value > max.value;
}

/** Numbers as numbers, booleans false first, text ignoring case and then by code units. */
function compareValues(x: unknown, y: unknown): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  const a = String(x);
  const b = String(y);
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function wholeIn(query: URLSearchParams, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = given(query, name);
  if (raw === null) return fallback;
  const n = WHOLE.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  problems.push(name + ' must be a whole number from ' + String(min) + (max === Number.MAX_SAFE_INTEGER ? ' up' : ' to ' + String(max)));
  return fallback;
}

/**
 * The records a list answers: filtered by every given filter, sorted as asked, and with a page spec one page of
 * them as an object with the total after filtering; 400 VALIDATION_FAILED naming every value it cannot read.
 */
export function listQuery<T extends object>(records: readonly T[], query: URLSearchParams, spec: ListQuerySpec): unknown {
  const problems: string[] = [];
  // The base order: creation order, or newest created first; index is the place in it, created in creation.
  const base = records.map((record, created) => ({ record, row: record as unknown as Row, created }));
  let rows = (spec.newest_first === true ? base.reverse() : base).map((x, index) => ({ ...x, index }));
  for (const f of spec.filters) {
    if (f.kind === 'text') {
      const raw = given(query, f.param);
      if (raw === null) continue;
      const needle = raw.toLowerCase();
      rows = rows.filter((x) => f.fields.some((name) => typeof x.row[name] === 'string' && (x.row[name] as string).toLowerCase().includes(needle)));
    } else if (f.kind === 'equals') {
      const raw = given(query, f.param);
      if (raw === null) continue;
      const value = equalsValue(f, raw, problems);
      if (value === undefined) continue;
      rows = rows.filter((x) => {
        const actual = x.row[f.field];
        return f.type === 'string[]' ? Array.isArray(actual) && actual.includes(value) : actual === value;
      });
    } else {
      const rawMin = given(query, f.min_param);
      const rawMax = given(query, f.max_param);
      const min = rawMin === null || f.min_param === undefined ? undefined : rangeBound(f.type, f.min_param, rawMin, problems);
      const max = rawMax === null || f.max_param === undefined ? undefined : rangeBound(f.type, f.max_param, rawMax, problems);
      if (min !== undefined && max !== undefined && sameKindAbove(min, max)) {
        problems.push(String(f.min_param) + ' must not be above ' + String(f.max_param));
        continue;
      }
      if (min !== undefined) rows = rows.filter((x) => (againstBound(x.row[f.field], min) ?? -1) >= 0);
      if (max !== undefined) rows = rows.filter((x) => (againstBound(x.row[f.field], max) ?? 1) <= 0);
    }
  }
  const sort = spec.sort;
  if (sort !== undefined) {
    let field = sort.default_field;
    let descending = sort.default_order === 'desc';
    const rawSort = given(query, sort.param);
    if (rawSort !== null) {
      let name = rawSort;
      if (sort.order_param === undefined) {
        descending = name.startsWith('-');
        if (descending) name = name.slice(1);
      }
      if (sort.fields.includes(name)) field = name;
      else problems.push(sort.param + ' must be one of ' + sort.fields.join(', ') + (sort.order_param === undefined ? ' (a leading - sorts descending)' : ''));
    }
    const rawOrder = given(query, sort.order_param);
    if (rawOrder !== null) {
      const order = rawOrder.toLowerCase();
      if (order === 'asc' || order === 'desc') descending = order === 'desc';
      else problems.push(String(sort.order_param) + ' must be asc or desc');
    }
    const sign = descending ? -1 : 1;
    rows = [...rows].sort((x, y) => {
      // Without a field the records keep the base order, or creation order the way a direction asks.
      if (field === undefined) return rawOrder === null ? x.index - y.index : sign * (x.created - y.created);
      const a = x.row[field];
      const b = y.row[field];
      const aMissing = a === null || a === undefined;
      const bMissing = b === null || b === undefined;
      if (aMissing || bMissing) return aMissing === bMissing ? x.index - y.index : aMissing ? 1 : -1;
      return sign * compareValues(a, b) || x.index - y.index;
    });
  }
  if (spec.limit !== undefined) {
    const l = spec.limit;
    const most = l.max_limit !== undefined && l.clamp !== true ? l.max_limit : Number.MAX_SAFE_INTEGER;
    const asked = wholeIn(query, l.param, l.default_limit ?? rows.length, 1, most, problems);
    rows = rows.slice(0, l.max_limit !== undefined ? Math.min(asked, l.max_limit) : asked);
  }
  const page = spec.page;
  let limit = 0;
  let offset = 0;
  let at = 0;
  if (page !== undefined) {
    limit = wholeIn(query, page.limit_param, page.default_limit, 1, page.max_limit, problems);
    at = page.style === 'page'
      ? wholeIn(query, page.offset_param, 1, 1, Number.MAX_SAFE_INTEGER, problems)
      : wholeIn(query, page.offset_param, 0, 0, Number.MAX_SAFE_INTEGER, problems);
    offset = page.style === 'page' ? (at - 1) * limit : at;
  }
  if (problems.length > 0) throw validationFailed(problems);
  const found = rows.map((x) => x.record);
  if (page === undefined) return found;
  return {
    [page.items]: found.slice(offset, offset + limit),
    [page.total]: found.length,
    [page.limit_param]: limit,
    [page.offset_param]: at,
  };
}
`;
