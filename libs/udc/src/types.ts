/**
 * TypeScript shapes of the UDC contract v1 (PRODUCT §7): the five endpoint bodies, the message envelope
 * and the registry entry. The JSON schemas in `schemas.ts` are typed against these, so a drift between the
 * two is a compile error.
 */

/** The contract version every body and envelope of this library carries. */
export const UDC_VERSION = '1.0';
/** Type of {@link UDC_VERSION}. */
export type UdcVersion = typeof UDC_VERSION;

/** What `GET /health` may report; orchestration treats only `active` as ready. */
export const UDC_HEALTH_STATUSES = ['active', 'degraded', 'inactive'] as const;
/** One of {@link UDC_HEALTH_STATUSES}. */
export type UdcHealthStatus = (typeof UDC_HEALTH_STATUSES)[number];

/** States of one dependency in `GET /dependencies`. */
export const UDC_DEPENDENCY_STATUSES = ['up', 'down', 'unknown'] as const;
/** One of {@link UDC_DEPENDENCY_STATUSES}. */
export type UdcDependencyStatus = (typeof UDC_DEPENDENCY_STATUSES)[number];

/** Kinds of message `POST /message` accepts. */
export const UDC_MESSAGE_TYPES = ['status', 'event', 'command', 'query'] as const;
/** One of {@link UDC_MESSAGE_TYPES}. */
export type UdcMessageType = (typeof UDC_MESSAGE_TYPES)[number];

/** Body of `GET /health`. */
export interface UdcHealth {
  status: UdcHealthStatus;
  service: string;
  version: string;
  uptime_seconds: number;
  /** ISO-8601 date-time of the answer. */
  timestamp: string;
}

/** One endpoint a service declares in `GET /capabilities`. */
export interface UdcEndpoint {
  /** Upper-case HTTP method, e.g. `GET`. */
  method: string;
  /** Path starting with `/`, e.g. `/orders/:id`. */
  path: string;
  description: string;
}

/** Body of `GET /capabilities`. */
export interface UdcCapabilities {
  service: string;
  version: string;
  udc_version: UdcVersion;
  features: string[];
  endpoints: UdcEndpoint[];
  /** Names of the services and resources this service depends on. */
  dependencies: string[];
}

/** Body of `GET /state`. */
export interface UdcState {
  uptime_seconds: number;
  requests_total: number;
  /** Requests answered with a 5xx: client mistakes (4xx) are not the service's errors. */
  errors_total: number;
  memory_rss_bytes: number;
  /** ISO-8601 date-time the process started serving. */
  started_at: string;
  /** Service-specific numeric gauges and counters. */
  metrics: Record<string, number>;
}

/** One entry of `GET /dependencies`. */
export interface UdcDependency {
  name: string;
  status: UdcDependencyStatus;
  required: boolean;
  /** Round-trip of the probe; `null` when the dependency was not probed. */
  latency_ms: number | null;
}

/** Body of `GET /dependencies`. */
export interface UdcDependencies {
  dependencies: UdcDependency[];
  /** True when every dependency marked `required` is `up`. */
  all_required_up: boolean;
}

/** Envelope `POST /message` accepts. */
export interface UdcMessageEnvelope {
  udc_version: UdcVersion;
  /** Sender-chosen id, 1–200 characters, echoed back on acceptance. */
  message_id: string;
  /** Correlates messages across services; `null` is accepted as "no trace", like leaving it out. */
  trace_id?: string | null;
  source: string;
  target: string;
  type: UdcMessageType;
  /** Free-form content; its shape is the business of `source` and `target`. */
  payload: Record<string, unknown>;
  /** ISO-8601 date-time the message was sent. */
  timestamp: string;
}

/** 202 body of `POST /message`. */
export interface UdcMessageAccepted {
  accepted: true;
  message_id: string;
}

/** 400 body of `POST /message`: why the envelope was refused. */
export interface UdcMessageRejected {
  accepted: false;
  errors: string[];
}

/** Where a registered service came from (PRODUCT §7), filled in by the build executor at deploy time. */
export interface UdcProvenance {
  /** Null for builds submitted without an intent. */
  intent_id: string | null;
  spec_sha256: string;
  spec_score: number;
  models: string[];
  cost_usd: number;
  tests_passed: number;
  approvals: { stage: string; by: string; at: string }[];
  /**
   * The gate's verdict per key feature: realised (true) or not (false); null only in releases judged by rubric
   * 1.1, which did not judge free-text features. Only realised features are listed by `GET /capabilities`.
   * Absent from releases before rubric 1.1.
   */
  features?: UdcFeatureVerdict[];
  /** Ids of the acceptance checks (the SPEC's worked examples) the release passed before deploy. */
  worked_examples?: string[];
  /**
   * How the local target runs the release: `isolated` (bwrap: own uid, namespaces, limits) or `unisolated`
   * (`SANDBOX=process`). Absent for other targets and older releases. See docs/isolation.md.
   */
  isolation?: 'isolated' | 'unisolated';
}

/** One key feature and what the gate made of it. */
export interface UdcFeatureVerdict {
  feature: string;
  /** The rule that judged it (rubric 2: literal, free-text, instruction; 1.1 also wrote mapping and none). */
  checked: 'literal' | 'free-text' | 'instruction' | 'mapping' | 'none';
  realised: boolean | null;
}

/** Body of `POST /registry/register`. */
export interface UdcRegistryEntry {
  name: string;
  version: string;
  /** Base URL the service answers on, e.g. `http://127.0.0.1:9100`. */
  url: string;
  udc_version: UdcVersion;
  capabilities: UdcCapabilities;
  provenance: UdcProvenance;
}
