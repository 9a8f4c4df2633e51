/* The health aggregator's behaviour of the contract (re-exported by `spec-contract.ts`). */

/**
 * Calls every record of `resource` at its `url_field` (an http(s) URL) with a GET, each bounded by
 * `timeout_ms` (the contract's config setting `timeout_config` may change it), all at once, and answers 200
 * `{status, checked, up, down, targets}`: `status` is `up` when every target answered 2xx or 3xx (also when none
 * is registered) and `degraded` otherwise; each target is `{id, name, url, status: "up" | "down", status_code,
 * latency_ms, error}` in registration order, where `status_code` is null and `error` is `timeout`, `refused`
 * or `unreachable` when no answer came, and `error` is `http_<code>` for an error status. Redirects are not
 * followed (a 3xx is an answer). Nothing the targets answer can make the check fail.
 */
export interface HealthCheckBehavior {
  kind: 'health_check';
  resource: string;
  url_field: string;
  name_field: string;
  timeout_ms: number;
  /** Config setting (milliseconds) that overrides `timeout_ms` at start. */
  timeout_config: string;
}

/** The timeout a health check applies when the feature states none. */
export const DEFAULT_HEALTH_TIMEOUT_MS = 2000;
