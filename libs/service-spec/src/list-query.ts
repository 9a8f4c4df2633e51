import type { FieldSpec, ListBehavior, SpecContract } from './spec-contract';

/*
 * What a `list` endpoint reads from its query string beyond the plain list: filters, a sort order and pages.
 * Part of `ListBehavior` in `spec-contract.ts`, which re-exports these types. A parameter that is absent or
 * empty applies nothing; a value that cannot be read is 400 `VALIDATION_FAILED` (never ignored, never a 500).
 */

/**
 * `?status=open`: the records whose `field` equals the value. The value is read as the field's type: a number
 * for `number`/`integer` fields (not a number, or not whole for `integer` → 400), `true`/`false` for `boolean`
 * (anything else → 400), the text itself for `string` (a field with `enum` refuses a value it does not list
 * with 400); a `string[]` field matches when it contains the value.
 */
export interface EqualsFilter {
  kind: 'equals';
  field: string;
  param: string;
}

/**
 * `?min_price=10&max_price=20`, `?from=2024-03-01&to=2024-03-31`: inclusive bounds on `field`. On a
 * `number`/`integer` field a bound is a number (anything else → 400). On a `string` field holding dates a
 * bound is a `YYYY-MM-DD` date, compared with the value's first ten characters (its date), or an ISO 8601
 * date-time with a zone, compared as instants; anything else → 400. A record without a readable value there
 * is left out whenever a bound is given; a min above the max → 400.
 */
export interface RangeFilter {
  kind: 'range';
  field: string;
  min_param?: string;
  max_param?: string;
}

/** `?q=milk`: the records where any of the string `fields` contains the text, ignoring case. */
export interface TextFilter {
  kind: 'text';
  param: string;
  fields: string[];
}

/** One filter of a list (`ListBehavior.filters`); every given filter applies (and). */
export type ListFilter = EqualsFilter | RangeFilter | TextFilter;

/**
 * Sorting by one of `fields`, named in query parameter `param`. With `order_param`, that parameter says the
 * direction (`asc` or `desc`, any case; anything else → 400) and `param` holds a field name; without it,
 * `param` holds `field` (ascending) or `-field` (descending). A name not in `fields` → 400. Without a sort
 * field in the request the records are sorted by `default_field` when there is one, else kept in creation
 * order (oldest first; an asked direction `desc` reverses it); a field's direction defaults to `default_order`.
 * Numbers compare as numbers, booleans false before true, text ignoring case (then by code units); records
 * without a value in the field come last in either direction; ties keep creation order.
 */
export interface ListSort {
  param: string;
  fields: string[];
  order_param?: string;
  default_field?: string;
  default_order: 'asc' | 'desc';
}

/**
 * Pages, after filtering and sorting. `offset` style: `limit_param` (a whole number 1..`max_limit`, default
 * `default_limit`) records from `offset_param` (a whole number ≥ 0, default 0). `page` style: `limit_param`
 * records per page, page `offset_param` (a whole number ≥ 1, default 1) starting at record
 * `(page − 1) × per page`. Any other value → 400. The answer is then an object, not an array:
 * `{[items]: [record, …], [total]: count of the records after filtering and before paging, [limit_param],
 * [offset_param]}` with the numbers used; a page past the end has no items and the same total.
 */
export interface ListPage {
  style: 'offset' | 'page';
  limit_param: string;
  offset_param: string;
  default_limit: number;
  max_limit: number;
  items: string;
  total: string;
}

const SORTABLE = new Set<FieldSpec['type']>(['string', 'number', 'integer', 'boolean']);
const EQUATABLE = new Set<FieldSpec['type']>(['string', 'number', 'integer', 'boolean', 'string[]']);

/** Every query parameter a list reads, in a fixed order (filters, sort, pages). */
export function listQueryParams(b: ListBehavior): string[] {
  const names: string[] = [];
  for (const f of b.filters ?? []) {
    if (f.kind === 'range') names.push(...[f.min_param, f.max_param].filter((p) => p !== undefined));
    else names.push(f.param);
  }
  if (b.sort) names.push(b.sort.param, ...(b.sort.order_param ? [b.sort.order_param] : []));
  if (b.page) names.push(b.page.limit_param, b.page.offset_param);
  return names;
}

/** Whether a list answers anything but every record in creation order. */
export function hasListOptions(b: ListBehavior): boolean {
  return (b.filters?.length ?? 0) > 0 || b.sort !== undefined || b.page !== undefined;
}

/** What a list's query options need from the contract (declared fields of fitting types, distinct names). */
export function listQueryProblems(c: SpecContract, b: ListBehavior): string[] {
  const resource = c.resources.find((r) => r.name === b.resource);
  if (!resource) return [];
  const field = (name: string) => resource.fields.find((f) => f.name === name);
  const problems: string[] = [];
  const need = (name: string, ok: boolean, what: string) => {
    if (!ok) problems.push(`declare ${what} field "${name}" on ${b.resource}`);
  };
  for (const f of b.filters ?? []) {
    if (f.kind === 'equals') need(f.field, EQUATABLE.has(field(f.field)?.type ?? 'object'), 'a filterable');
    if (f.kind === 'range') {
      const type = field(f.field)?.type;
      need(f.field, type === 'number' || type === 'integer' || type === 'string', 'a number or date');
      if (f.min_param === undefined && f.max_param === undefined) {
        problems.push(`give the range on "${f.field}" a min_param or a max_param`);
      }
    }
    if (f.kind === 'text') {
      if (f.fields.length === 0) problems.push(`name the fields text parameter "${f.param}" searches`);
      for (const name of f.fields) need(name, field(name)?.type === 'string', 'a string');
    }
  }
  if (b.sort) {
    if (b.sort.fields.length === 0) problems.push('name at least one sort field');
    for (const name of b.sort.fields) need(name, SORTABLE.has(field(name)?.type ?? 'object'), 'a sortable');
    if (b.sort.default_field !== undefined && !b.sort.fields.includes(b.sort.default_field)) {
      problems.push(`make the default sort field "${b.sort.default_field}" one of the sort fields`);
    }
  }
  if (b.page) {
    const p = b.page;
    if (!(p.default_limit >= 1 && p.default_limit <= p.max_limit)) {
      problems.push('make default_limit a number from 1 to max_limit');
    }
    if (p.items === p.total || [p.limit_param, p.offset_param].some((n) => n === p.items || n === p.total)) {
      problems.push('give the page items, total, limit and offset distinct names');
    }
  }
  const params = listQueryParams(b);
  const repeated = params.filter((n, i) => params.indexOf(n) !== i);
  if (repeated.length > 0)
    problems.push(`read each query parameter once (not ${[...new Set(repeated)].join(', ')})`);
  return problems;
}
