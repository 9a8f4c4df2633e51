/*
 * What a `list` endpoint reads from its query string beyond the plain list: filters, a sort order and pages.
 * Part of `ListBehavior` in `spec-contract.ts`, which re-exports these types (`list-query.ts` checks them). A
 * parameter that is absent or empty applies nothing; a value that cannot be read is 400 `VALIDATION_FAILED`
 * (never ignored, never a 500).
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
 * without a value in the field come last in either direction; ties keep the list's base order (creation order, or
 * newest created first with `ListBehavior.newest_first`).
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

/**
 * "The latest 5", "only the last few": after filtering and sorting, only the first `n` records, where `n` is query
 * parameter `param` — a whole number from 1 (to `max_limit` when there is one) — or `default_limit` when the
 * parameter is absent or empty (without a default every record, at most `max_limit`). A count above `max_limit`
 * answers `max_limit` records with `clamp`, else 400 like any other unreadable count (0, negative, fractional, not
 * a number). The answer stays a JSON array. A list either pages or limits, not both.
 */
export interface ListLimit {
  param: string;
  default_limit?: number;
  max_limit?: number;
  clamp?: boolean;
  /** A count the feature gives as an example ("e.g. the latest 5"): documentation only, it changes no answer. */
  example?: number;
}
