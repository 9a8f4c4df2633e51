import type { CheckedFormat } from './value-formats';

/*
 * The contract types of the record rules (field bounds and formats, keys, intervals, adjust and reset);
 * `spec-contract.ts` holds them in `FieldSpec`, `ResourceSpec` and its unions, CONTRACT.md states their conventions.
 */

/** The rules a field may state beyond its type (part of `FieldSpec`). */
export interface FieldRules {
  /** Numbers and integers: the smallest value accepted (inclusive); a smaller one is 400 `VALIDATION_FAILED`. */
  minimum?: number;
  /** Numbers and integers: the largest value accepted (inclusive). */
  maximum?: number;
  /** Numbers and integers: values must be greater than this (`number > 0`). */
  exclusive_minimum?: number;
  /** Numbers and integers: values must be less than this. */
  exclusive_maximum?: number;
  /**
   * Strings: `date-time` accepts only an ISO 8601 date-time with a time zone (`2024-07-01T09:00:00Z`,
   * `…+02:00`) naming a real instant; `url` accepts only an absolute `http://` or `https://` URL with a host
   * (what a redirect may send a client to); `date` only a calendar date `YYYY-MM-DD` that exists
   * (`2024-02-29`, not `2023-02-29`); `hex` only a non-empty string of hexadecimal digits `0-9a-fA-F`; `email`
   * only an address with exactly one `@`, a non-empty local part and a domain of two or more non-empty labels,
   * without spaces; a checked format (`value-formats.ts`: `isbn-13`, `isbn-10`, `iban`, `card-number`, `uuid`,
   * `time`, `country-code`, `hex-colour`) only a value passing its check (an ISBN-13 with its right check digit);
   * anything else is 400 `VALIDATION_FAILED`.
   */
  format?: 'date-time' | 'url' | 'date' | 'hex' | 'email' | CheckedFormat;
  /**
   * Strings: the fewest characters (Unicode code points) a value may have; a shorter one is 400
   * `VALIDATION_FAILED` naming the field.
   */
  min_length?: number;
  /** Strings: the most characters (Unicode code points) a value may have; a longer one is 400 `VALIDATION_FAILED`. */
  max_length?: number;
  /**
   * Strings, optional and unique: `code` — a create that omits the field (or sends null) stores a fresh code of
   * 7 characters `[a-z0-9]` no other record holds (a short link's code); a value the client sends is kept, and a
   * taken one is 409 `CONFLICT` like any unique field.
   * Strings, optional, of format `date-time`: `now` — the instant a create arrives, `Date.toISOString()` in UTC
   * (`created_at`); the service's own: a create or update that sends the field is 400 `VALIDATION_FAILED`, and an
   * update keeps it.
   */
  generate?: 'code' | 'now';
  /**
   * An integer year, or a string of format `date`: a value after the current UTC year (or day) when the request
   * arrives is 400 `VALIDATION_FAILED` naming the field; this year (today) and earlier are accepted.
   */
  not_future?: boolean;
}

/** The rules a resource may state beyond its fields (part of `ResourceSpec`). */
/** Where a child resource hangs: `POST /payments/{id}/refunds` creates a refund of an existing payment. */
export interface ParentRef {
  /** The parent resource; an unknown parent id is 404 `NOT_FOUND`. */
  resource: string;
  /** Path parameter carrying the parent's id. */
  param: string;
  /** Field of the new record that stores the parent's id. */
  field: string;
  /**
   * The children's numeric `field` may not add up to more than the parent's `parent_field` (refunds never exceed
   * the payment): a create that would is 409 `LIMIT_EXCEEDED` and stores nothing.
   */
  limit?: { field: string; parent_field: string };
  /**
   * The parent holds at most its integer `parent_field` children (a workshop's places, a ride's seats): a create
   * once that many children hang under it is 409 `FULL` and stores nothing. Deleting a child frees its place.
   */
  capacity?: { parent_field: string };
  /**
   * Fields of the new record whose values never repeat under one parent (the same email twice for one workshop):
   * a create under a parent already holding a child with equal values of every field listed is 409 `CONFLICT`
   * and stores nothing; children of other parents do not count.
   */
  unique?: string[];
}

export interface ResourceRules {
  /**
   * The field that addresses records (`/items/{sku}`): a required, unique field whose value the client
   * chooses (or an optional one the server generates when the client does not, `generate`). Every item path of the resource (get, update, delete, toggle, …) looks records up by it instead
   * of by `id`. Absent: records are addressed by their server-generated `id`.
   */
  key?: string;
  /** Records span a time interval; see {@link IntervalRule}. */
  interval?: IntervalRule;
  /** Records expire; see {@link TtlRule}. */
  ttl?: TtlRule;
  /** Records are read a limited number of times; see {@link ReadLimitRule}. */
  reads?: ReadLimitRule;
}

/**
 * Records that live for a time: a record expires `seconds` after it was created, or after its own positive number
 * field `field` in seconds when the record holds one there (else `seconds`; with neither it never expires); an
 * update does not extend it. The service's clock is `state.now()`. An expired record is gone: every item path
 * answers 404 `NOT_FOUND`, lists, searches and filters leave it out, and its unique values are free again.
 */
export interface TtlRule {
  seconds?: number;
  field?: string;
  /**
   * A field every answer of a record carries (`expires_at`): the instant it expires, an ISO 8601 date-time in UTC
   * (`Date.toISOString()`), set by the service when the record is created (null when it never expires). It is
   * no request field: a client cannot send it.
   */
  answer_field?: string;
}

/**
 * Records read a limited number of times (a one-time secret, a note that burns after reading): every answer of a
 * `get` endpoint of the resource counts one read of that record; the read that reaches the record's limit still
 * answers it, and from then on the record is gone: its item paths answer `gone_status` (410 `GONE`, or 404
 * `NOT_FOUND`, the default) and lists, searches and filters leave it out. The limit is the record's own positive
 * integer `field` when it holds one, else `count` (1 when neither is given: read once). Lists, updates and deletes
 * count no read. Combines with `ttl`: whichever comes first ends the record.
 */
export interface ReadLimitRule {
  count?: number;
  field?: string;
  gone_status?: 404 | 410;
}

/**
 * Records that span `[start, end)`: two fields of the resource, both `date-time` strings (compared as instants)
 * or both numbers. A create or update whose `end` is not after its `start` is 400 `VALIDATION_FAILED`. With
 * `no_overlap`, a record whose interval overlaps another's that has equal values of every field `no_overlap`
 * lists (the same room) is 409 `CONFLICT`; intervals that only touch (one ends when the next starts) do not
 * overlap. An empty `no_overlap` list means no two records may overlap at all.
 * With `gap_minutes` (date-time intervals with `no_overlap` only), records of one scope must also lie at least
 * that many minutes apart: one starting less than `gap_minutes` after another ends, or ending less than that
 * before another starts, is 409 `CONFLICT` too (touching is then refused; exactly `gap_minutes` apart is allowed).
 */
export interface IntervalRule {
  start: string;
  end: string;
  no_overlap?: string[];
  gap_minutes?: number;
}

/**
 * A record body of a resource with interval `iv` that sets only one end of the interval (a test or worked
 * example choosing start times to sort or filter by) completed with the other end one step later (or earlier):
 * an hour for date-times, a day for dates, 1 for numbers. A body setting both ends, or neither, is returned as is.
 */
export function withIntervalEnds(
  iv: IntervalRule | undefined,
  body: Record<string, unknown>,
): Record<string, unknown> {
  if (!iv) return body;
  const has = (name: string) => body[name] !== undefined;
  if (has(iv.start) === has(iv.end)) return body;
  const [known, other, sign] = has(iv.start) ? [iv.start, iv.end, 1] : [iv.end, iv.start, -1];
  const value = body[known];
  if (typeof value === 'number') return { ...body, [other]: value + sign };
  if (typeof value !== 'string' || !Number.isFinite(Date.parse(value))) return body;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const moved = new Date(Date.parse(value) + sign * (dateOnly ? 86_400_000 : 3_600_000)).toISOString();
  return { ...body, [other]: dateOnly ? moved.slice(0, 10) : moved.replace('.000Z', 'Z') };
}

/**
 * Changes numeric `field` of one record by an amount: the record is the one whose key (the resource's `key`,
 * else `id`) equals path parameter `param`, or, without `param`, the body field named like the resource's
 * `key` (with `param`, the body may repeat that key field; any other value of it is 400 `VALIDATION_FAILED`).
 * The amount is the body's `amount_field` (an integer for integer fields, a number otherwise); when it
 * is omitted it is `amount_default`, and without `amount_default` it is required (400 `VALIDATION_FAILED`).
 * A result outside the field's bounds (`minimum`, `maximum`, …) is 409 `CONFLICT` and changes nothing.
 * Answers 200 with the changed record. An unknown key is 404 `NOT_FOUND`, unless `create_missing`: a record
 * with that key is then created, every other field at its default, `field` starting from its default (else 0).
 *
 * With `direction`, the endpoint is a stock movement and the amount is a count moved, never signed: a whole
 * number of at least 1 for integer fields, a number above 0 otherwise (0, a negative or a mistyped amount is 400
 * `VALIDATION_FAILED`); `in` adds it (a delivery, a restock), `out` takes it away (a withdrawal, an issue). A
 * result outside the field's bounds is 409 `CONFLICT` as above, so taking out more than is on hand refuses and
 * changes nothing; an `out` movement needs a lower bound on its field.
 *
 * With `voter_field` (an upvote or a like each voter gives once), the body names who votes: a missing or empty
 * voter is 400 `VALIDATION_FAILED`, and a voter who already adjusted this record is 409 `ALREADY_VOTED` and changes
 * nothing (after the 404 of an unknown record); the voters are kept beside the record, never among its fields.
 */
export interface AdjustBehavior {
  kind: 'adjust';
  resource: string;
  param?: string;
  field: string;
  amount_field: string;
  amount_default?: number;
  create_missing?: boolean;
  direction?: 'in' | 'out';
  voter_field?: string;
}

/**
 * Sets numeric `field` of the record addressed by path parameter `param` (as for `get`) back to its `default`:
 * 200 with the record. An unknown key is 404 `NOT_FOUND`, unless `create_missing` (the record is created at
 * its defaults).
 */
export interface ResetBehavior {
  kind: 'reset';
  resource: string;
  param: string;
  field: string;
  create_missing?: boolean;
}
