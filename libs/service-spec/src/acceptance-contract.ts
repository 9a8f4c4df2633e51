/* Acceptance checks of the contract: worked examples as requests and expectations (re-exported by `spec-contract.ts`). */
import type { HttpMethod } from './http-method';

/** A request an acceptance step sends. `{var}` in `path` is replaced by a value saved by an earlier step. */
export interface AcceptanceRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** JSON body, serialised with `JSON.stringify`. */
  body?: unknown;
  /** Raw body sent byte for byte (signed webhooks), with `content-type: application/json`. */
  body_text?: string;
  /**
   * A signature made when the step runs (schemes whose signature covers a timestamp): header `header` is set to
   * the `stripe` signature of `body_text` with `t` = now + `offset_seconds` (default 0), keyed with config
   * `secret_config`'s default.
   */
  sign?: AcceptanceSignature;
  /**
   * Top-level `body` fields set from the UTC clock when the step runs (a year or date that may not lie in the
   * future): `{"years": n}` → the current year + n (an integer), `{"days": n}` → today + n days (`YYYY-MM-DD`).
   * The value written in `body` for such a field only illustrates; the step sends the one computed then.
   */
  today?: Record<string, AcceptanceClock>;
}

/** See {@link AcceptanceRequest.today}. */
export type AcceptanceClock = { years: number } | { days: number };

/** See {@link AcceptanceRequest.sign}. */
export interface AcceptanceSignature {
  scheme: 'stripe';
  header: string;
  secret_config: string;
  offset_seconds?: number;
}

/**
 * What the response must show. `body_contains` is a deep subset match: objects match when every expected key
 * matches, arrays when every expected element matches some actual element, anything else by strict equality.
 * Header names are lower-case; `header_contains` values must occur in the actual header value.
 */
export interface AcceptanceExpect {
  status: number;
  body_contains?: unknown;
  body_is_array?: boolean;
  /**
   * Arrays in `body_contains` match in order: the expected elements match distinct actual elements in the same
   * order (other elements may sit between them), so a worked example shows a sort among other checks' records.
   */
  in_order?: boolean;
  header_contains?: Record<string, string>;
}

/** One request/expectation pair; `save` copies top-level response body fields into variables. */
export interface AcceptanceStep {
  request: AcceptanceRequest;
  expect: AcceptanceExpect;
  save?: Record<string, string>;
}

/**
 * One acceptance check. Checks run in order against one fresh instance and never follow redirects; each is
 * self-contained (it creates what it needs, with values no other check uses) and tolerates other checks' records.
 */
export interface AcceptanceCheck {
  id: string;
  /** The endpoint this check is about (its last step calls it). */
  endpoint_id: string;
  description: string;
  kind: 'happy' | 'error';
  steps: AcceptanceStep[];
}
