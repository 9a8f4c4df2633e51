/*
 * Record behaviours beyond create/read/update/delete: quotas and their usage, rankings and overdue filters.
 * Part of the `Behavior` union of `spec-contract.ts`, which re-exports them.
 */

/**
 * A fixed-window quota per key: `POST` counts one request for the key in non-empty string body field `key_field`
 * (missing or empty → 400 `VALIDATION_FAILED`). A key's window opens at its first counted request and lasts
 * `window_seconds`; a request after it ends opens a new one. Within a window the first `limit` requests answer
 * 200 `{"allowed": true, [key_field]: key, "count": n, "limit", "remaining": limit − n, "reset_seconds"}`; every
 * further one answers 429 `RATE_LIMITED` with the error body plus `"allowed": false, "remaining": 0,
 * "reset_seconds"` and header `retry-after` (whole seconds until the window ends, at least 1), and is not
 * counted.
 */
export interface QuotaBehavior {
  kind: 'quota';
  key_field: string;
  limit: number;
  window_seconds: number;
  /**
   * `token_bucket`: instead of a window, each key has a bucket of `limit` tokens (full at its first request);
   * a request takes one token, and `refill_tokens` tokens flow back every `window_seconds`, continuously and
   * never above `limit` (2 tokens per 1 s: one token after 500 ms). With a whole token, 200 `{"allowed": true,
   * [key_field], "count": limit − remaining, "limit", "remaining": whole tokens left, "reset_seconds": seconds
   * until the bucket is full again}`; without one, 429 `RATE_LIMITED` with `"allowed": false, "remaining": 0,
   * "retry_after"` and `"reset_seconds"` (both the whole seconds, at least 1, until one token is back) and
   * header `retry-after`, taking nothing. Absent: the fixed window above. Every answer of either kind carries
   * headers `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` (= `reset_seconds`), and a
   * 429 also the body field `retry_after` (= `reset_seconds`).
   */
  algorithm?: 'fixed_window' | 'token_bucket';
  /** Tokens a `token_bucket` gets back per `window_seconds` (required with it; never without it). */
  refill_tokens?: number;
  /**
   * Where the key is read instead of body field `key_field` (which still names it in every answer): request
   * header `key_header` (lower-case, e.g. `x-api-key`; missing or empty → 400 `VALIDATION_FAILED`), or path
   * parameter `key_param` of the endpoint's path (`POST /users/{user_id}/hits`). At most one of the two; the body
   * is then not read.
   */
  key_header?: string;
  /** See `key_header`: the path parameter holding the key. */
  key_param?: string;
  /**
   * Further names a feature writes for what is left and what is used (`{"left": n}`, `"restantes"`, `"used"`):
   * every answer of the quota and of its usage reads carries `remaining` under `remaining_as` and `count` under
   * `count_as` too (in a 429, `remaining_as` 0 and `count_as` the limit).
   */
  remaining_as?: string;
  /** See `remaining_as`. */
  count_as?: string;
  /**
   * A name the feature writes for when the quota resets (`{"reset_at": string}`): every answer of the quota and
   * of its usage reads also carries the instant `reset_seconds` from now, as an ISO 8601 UTC date-time.
   */
  reset_at_as?: string;
  /**
   * `utc`: a fixed window starts on the UTC clock, not at a key's first request — at every whole multiple of
   * `window_seconds` since the Unix epoch, which divides a day (86400 s: at midnight UTC; 3600 s: on every full
   * hour). A key's count is that of the window the clock is in now; `reset_seconds` counts to that window's end.
   * `utc_month`: each window is a calendar month in UTC (from the 1st at 00:00 UTC to the next 1st), with
   * `window_seconds` 2592000 (30 days) as its nominal length. Only with the fixed window (never with `token_bucket`).
   */
  aligned?: 'utc' | 'utc_month';
}

/**
 * Reads the usage of the quota endpoint `quota` (a `quota` endpoint id) for the key in path parameter `param`:
 * 200 `{[key_field]: key, "count", "limit", "remaining", "reset_seconds"}` for its current window; a key never
 * counted, or whose window has ended, has count 0 (`reset_seconds` 0). Reading never counts. Of a `token_bucket`:
 * `remaining` the whole tokens in the key's bucket now (`limit` for a key never seen), `count` = `limit` −
 * `remaining`, `reset_seconds` the whole seconds until it is full (0 when full); reading takes no token. With
 * `quota` `guard` (GUARD_QUOTA) it reads the guards' quota for the caller's guard header instead (`param` unused).
 */
export interface QuotaUsageBehavior {
  kind: 'quota_usage';
  quota: string;
  param: string;
}

/**
 * `GET`: the records of `resource` ranked by number field `score_field`, highest first (`order` `desc`) or lowest
 * first (`asc`); records without a number there are left out, and ties keep the older record first. With
 * `best_per`, only the best record of each value of that field counts ("only a player's best score counts"), and
 * of two owners whose bests tie, the one whose best record is older comes first.
 * Integer query parameter `count_param` (1..`max_count`, default `default_count`) says how many are answered:
 * 200 `{[wrap]: [entry, …]}` (or `[entry, …]` without `wrap`); any other value of it is 400 `VALIDATION_FAILED`. An entry is the record, or with
 * `row` the owner's row the feature writes.
 *
 * With `owner_param` (a path parameter; `best_per` and `row` required) the endpoint looks one owner up instead:
 * 200 with that owner's row (its `rank` the position in the whole ranking), 404 `NOT_FOUND` when the owner has no
 * record with a number score; `count_param` is then not read and `wrap` not used.
 */
export interface RankingBehavior {
  kind: 'ranking';
  resource: string;
  score_field: string;
  order: 'desc' | 'asc';
  best_per?: string;
  count_param: string;
  default_count: number;
  max_count: number;
  /** The field the entries are answered in; absent, the answer is the bare JSON array ("JSON array of {…}"). */
  wrap?: string;
  /**
   * Each entry as the row a feature writes (`best_per` required): `{[best_per]: owner, [best]: the owner's best
   * score, [count]: how many records with a score the owner has, [rank]: its position from 1}` (`count` and `rank`
   * only when named), instead of the owner's best record.
   */
  row?: RankingRow;
  /** See above: the path parameter naming the one owner whose row is answered. */
  owner_param?: string;
}

/**
 * `GET`: one owner's figure over the records of `resource` ("a student's average mark", "die Summe der Kilometer
 * eines Kennzeichens", "la media de un alumno"): the records whose field `owner_field` equals path parameter
 * `param` (compared as text) and whose number field `value_field` holds a number. 200 `{[owner_field]: the
 * parameter, [output]: round(op(values), decimals), "count": how many values}`, with `operation` the average
 * (arithmetic mean), the sum, the lowest or the highest, and `round(x, d) = Math.round(x * 10 ** d) / 10 ** d`.
 * An owner with no such record: 404 `NOT_FOUND`. Reading changes nothing.
 */
export interface OwnerAggregateBehavior {
  kind: 'owner_aggregate';
  resource: string;
  param: string;
  owner_field: string;
  value_field: string;
  operation: 'average' | 'sum' | 'min' | 'max';
  decimals: number;
  output: string;
}

/** The answer fields of a ranking row: the best score's name, and optionally the count's and the rank's. */
export interface RankingRow {
  best: string;
  count?: string;
  rank?: string;
}

/**
 * `GET`: the records of `resource` that are overdue as of the date in query parameter `date_param`
 * (`YYYY-MM-DD`; today's UTC date when absent or empty; any other form is 400 `VALIDATION_FAILED`): their text
 * field `due_field` starts with a `YYYY-MM-DD` date before it, and their boolean `done_field` is not true.
 * 200 `{[wrap]: [record, …]}`, oldest first.
 */
export interface OverdueBehavior {
  kind: 'overdue';
  resource: string;
  due_field: string;
  done_field: string;
  date_param: string;
  wrap: string;
}

/**
 * `GET`: the records of `resource` whose number field `field` is at or below their threshold (`inclusive`) or
 * strictly below it: the record's own number field `threshold_field` when set and a number there, else the fixed
 * `threshold` (a record with neither, or without a number in `field`, is left out). 200 `{[wrap]: [record, …]}`,
 * oldest first ("items at or below their reorder level", "stock under 5").
 */
export interface LowStockBehavior {
  kind: 'low_stock';
  resource: string;
  field: string;
  threshold?: number;
  threshold_field?: string;
  inclusive: boolean;
  wrap: string;
  /**
   * A field of the resource the records are sorted by, ascending, instead of oldest first ("sorted by sku"):
   * numbers numerically, text by code point, records without a value last, ties oldest first.
   */
  order_by?: string;
  /**
   * A name for the shortfall each answered record carries besides its fields: its threshold minus its level
   * ("each with how many are missing"), never stored.
   */
  shortfall_field?: string;
}

/**
 * `POST`: casts one vote in the record (a poll, an election) whose `id` equals path parameter `param`. The JSON
 * body names the option in `choice_field`: its text, one of the record's string array `options_field` (compared
 * exactly), or with `by: "index"` its position there, an integer counted from 0. Checked in this order: unknown
 * record → 404 `NOT_FOUND`; a missing choice (or, with `voter_field`, a missing or empty voter; a choice of the
 * wrong type) → 400 `VALIDATION_FAILED`; with `closed_field`, a record whose boolean field is true → 409
 * `POLL_CLOSED`; a choice not among the options → `unknown_status` (400 by default) `UNKNOWN_OPTION`; with
 * `voter_field`, a voter who already voted in this record → 409 `ALREADY_VOTED`. Nothing is counted on a
 * refusal. Else the option's count goes up by one and the answer is `status` with `{[resource_id]: id,
 * [choice_field]: the option's text, [voter_field]?: voter, "votes": the option's count now}`. The counts live
 * beside the record (not among its fields) and start at 0 for every option.
 */
export interface VoteBehavior {
  kind: 'vote';
  resource: string;
  param: string;
  options_field: string;
  choice_field: string;
  by: 'text' | 'index';
  voter_field?: string;
  closed_field?: string;
  status: 200 | 201;
  unknown_status?: 400 | 404 | 422;
}

/**
 * `GET`: the votes cast by `vote` endpoints in the record whose `id` equals path parameter `param` (404
 * `NOT_FOUND` when none), one count per option of its string array `options_field`, an option without votes
 * counted 0. 200 `{[field]: counts, [total_field]?: the sum}`: with `shape: "object"` the counts are
 * `{option: count}` in the options' order; with `shape: "list"` `[{[option_key]: option, [count_key]: count}]`,
 * in the options' order or, with `order: "desc"`, most votes first (ties in the options' order). Readable
 * whatever the record's state (results stay readable after a poll closes).
 */
export interface TallyBehavior {
  kind: 'tally';
  resource: string;
  param: string;
  options_field: string;
  field: string;
  shape: 'object' | 'list';
  option_key: string;
  count_key: string;
  total_field?: string;
  order?: 'desc';
}

/**
 * Looks up the record whose `key_field` equals path parameter `param` and answers `status` with header
 * `location` = the record's `target_field` and body `{"location":…}`; 404 `NOT_FOUND` when none matches.
 */
export interface RedirectBehavior {
  kind: 'redirect';
  resource: string;
  param: string;
  key_field: string;
  target_field: string;
  status: 301 | 302 | 307 | 308;
  /**
   * Integer field of the resource counting the redirects answered for the record (visits, hits, clicks): each
   * redirect adds 1 to it before answering (a record without a number there counts from 0).
   */
  count_field?: string;
}
