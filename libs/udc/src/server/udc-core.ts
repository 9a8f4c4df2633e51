/**
 * UDC v1 server side: the five contract endpoints, request counting and registry self-registration.
 *
 * This file must stay dependency-free — only `node:` built-ins, globals and type-only imports — because its
 * compiled form (`dist/libs/udc/src/server/udc-core.js`) is copied verbatim into each generated service's
 * release directory, where it runs under plain `node` with no `node_modules`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  UdcCapabilities,
  UdcDependencies,
  UdcDependency,
  UdcEndpoint,
  UdcHealth,
  UdcHealthStatus,
  UdcMessageAccepted,
  UdcMessageEnvelope,
  UdcMessageRejected,
  UdcRegistryEntry,
  UdcState,
  UdcVersion,
} from '../types';

// Repeated from `types.ts` rather than imported: a value import would make this file depend on another module.
const UDC_VERSION: UdcVersion = '1.0';
const MESSAGE_TYPES: readonly string[] = ['status', 'event', 'command', 'query'];
const MAX_MESSAGE_BYTES = 64 * 1024;
const DEFAULT_DEPENDENCY_TIMEOUT_MS = 2000;

/** A dependency the service reports in `GET /capabilities` and probes for `GET /dependencies`. */
export interface UdcDependencyProbe {
  name: string;
  /** Whether the service cannot do its job without it; feeds `all_required_up`. */
  required: boolean;
  /** Resolves true when the dependency answers. Without it the dependency is reported as `unknown`. */
  check?: () => Promise<boolean>;
}

/** What {@link createUdcRuntime} needs to know about the service. */
export interface UdcRuntimeOptions {
  service: string;
  version: string;
  features: string[];
  /** The service's own endpoints, as listed in `GET /capabilities`. */
  endpoints: UdcEndpoint[];
  dependencies: UdcDependencyProbe[];
  /** Called with each accepted envelope before the 202 is sent; a throw turns the answer into a 500. */
  onMessage?: (message: UdcMessageEnvelope) => void;
  /** Current health; `active` when absent. */
  health?: () => UdcHealthStatus;
  /** A dependency check slower than this counts as `down` (default 2000 ms). */
  dependencyTimeoutMs?: number;
}

/** Status code and body to answer `POST /message` with. */
export type UdcMessageOutcome =
  { statusCode: 202; body: UdcMessageAccepted } | { statusCode: 400; body: UdcMessageRejected };

/** The UDC side of one service: a request handler plus body builders usable from any HTTP framework. */
export interface UdcRuntime {
  /**
   * Answers the request when it is one of the five UDC routes (a wrong method there gets a 405) and returns
   * true; returns false without touching `res` otherwise. Requests it answers are counted.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Counts one answered request of the service's own routes; a 5xx also counts as an error. */
  recordRequest(statusCode: number): void;
  /** See the module-level {@link validateEnvelope}. */
  validateEnvelope(value: unknown): string[];
  /**
   * Validates a parsed `POST /message` body, calls `onMessage` when valid and says what to answer; for
   * frameworks that parse the body themselves.
   */
  acceptMessage(value: unknown): UdcMessageOutcome;
  healthBody(): UdcHealth;
  capabilitiesBody(): UdcCapabilities;
  /** `extraMetrics` are merged into `metrics`; the built-in counters win on a name clash. */
  stateBody(extraMetrics?: Record<string, number>): UdcState;
  /** Probes every dependency concurrently; never rejects. */
  dependenciesBody(): Promise<UdcDependencies>;
}

/** Creates the UDC runtime of one service; call once at start-up so `started_at` is the start time. */
/**
 * The features a deployed service may claim. The executor puts the gate's verdict per key feature into
 * `SF_PROVENANCE` (`features: [{feature, realised}]`); when it is there, only features the gate found realised
 * as written are listed, so the registry never advertises what the service was not shown to do. Without it
 * (tests, the UDC check, an older executor) the service's own list stands.
 */
function realisedFeatures(features: string[], provenance: string | undefined): string[] {
  let verdicts: unknown;
  try {
    verdicts = provenance ? (JSON.parse(provenance) as { features?: unknown }).features : undefined;
  } catch {
    return features;
  }
  if (!Array.isArray(verdicts)) return features;
  const realised = new Set<string>();
  for (const verdict of verdicts as unknown[]) {
    const v = verdict as { feature?: unknown; realised?: unknown } | null;
    if (typeof v?.feature === 'string' && v.realised === true) realised.add(v.feature);
  }
  return features.filter((f) => realised.has(f));
}

export function createUdcRuntime(opts: UdcRuntimeOptions): UdcRuntime {
  const startedAt = new Date();
  const startedPerf = performance.now();
  const dependencyTimeoutMs = opts.dependencyTimeoutMs ?? DEFAULT_DEPENDENCY_TIMEOUT_MS;
  const counters = { requests: 0, errors: 0, accepted: 0, rejected: 0, failed: 0 };

  const uptimeSeconds = (): number => Math.round(performance.now() - startedPerf) / 1000;

  const recordRequest = (statusCode: number): void => {
    counters.requests += 1;
    if (statusCode >= 500) counters.errors += 1;
  };

  const reply = (
    res: ServerResponse,
    statusCode: number,
    body: unknown,
    headers?: Record<string, string>,
  ) => {
    // Answers can come late (dependency probes, message bodies); writing twice would throw outside any handler.
    if (res.headersSent) return;
    recordRequest(statusCode);
    sendJson(res, statusCode, body, headers);
  };

  const healthBody = (): UdcHealth => ({
    status: opts.health ? opts.health() : 'active',
    service: opts.service,
    version: opts.version,
    uptime_seconds: uptimeSeconds(),
    timestamp: new Date().toISOString(),
  });

  const advertised = realisedFeatures(opts.features, process.env.SF_PROVENANCE);
  const capabilitiesBody = (): UdcCapabilities => ({
    service: opts.service,
    version: opts.version,
    udc_version: UDC_VERSION,
    features: [...advertised],
    endpoints: opts.endpoints.map((e) => ({ method: e.method, path: e.path, description: e.description })),
    dependencies: opts.dependencies.map((d) => d.name),
  });

  const stateBody = (extraMetrics: Record<string, number> = {}): UdcState => ({
    uptime_seconds: uptimeSeconds(),
    requests_total: counters.requests,
    errors_total: counters.errors,
    memory_rss_bytes: process.memoryUsage.rss(),
    started_at: startedAt.toISOString(),
    metrics: {
      ...extraMetrics,
      messages_accepted: counters.accepted,
      messages_rejected: counters.rejected,
      messages_failed: counters.failed,
      heap_used_bytes: process.memoryUsage().heapUsed,
    },
  });

  const dependenciesBody = async (): Promise<UdcDependencies> => {
    const dependencies = await Promise.all(opts.dependencies.map((d) => probe(d, dependencyTimeoutMs)));
    return {
      dependencies,
      // A required dependency without a check cannot be shown to be up, so it keeps this false.
      all_required_up: dependencies.every((d) => !d.required || d.status === 'up'),
    };
  };

  const acceptMessage = (value: unknown): UdcMessageOutcome => {
    const errors = validateEnvelope(value);
    if (errors.length > 0) {
      counters.rejected += 1;
      return { statusCode: 400, body: { accepted: false, errors } };
    }
    const message = value as UdcMessageEnvelope;
    if (opts.onMessage) {
      try {
        const returned: unknown = opts.onMessage(message);
        // An async handler slips through the `void` signature; its rejection must not crash the process.
        if (isThenable(returned)) {
          Promise.resolve(returned).catch(() => {
            counters.failed += 1;
          });
        }
      } catch (err) {
        counters.failed += 1;
        throw err;
      }
    }
    counters.accepted += 1;
    return { statusCode: 202, body: { accepted: true, message_id: message.message_id } };
  };

  const receiveMessage = (req: IncomingMessage, res: ServerResponse): void => {
    const tooLarge = () => {
      counters.rejected += 1;
      // Keep draining instead of closing: closing a socket with unread input makes the client see a reset
      // rather than the 413.
      req.resume();
      reply(res, 413, { accepted: false, errors: [`body exceeds ${MAX_MESSAGE_BYTES} bytes`] });
    };
    if (Number(req.headers['content-length']) > MAX_MESSAGE_BYTES) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_MESSAGE_BYTES) {
        refused = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      // The client went away mid-body; there is nobody left to answer.
    });
    req.on('end', () => {
      if (refused) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        counters.rejected += 1;
        reply(res, 400, { accepted: false, errors: ['body is not valid JSON'] });
        return;
      }
      try {
        const outcome = acceptMessage(parsed);
        reply(res, outcome.statusCode, outcome.body);
      } catch {
        reply(res, 500, { accepted: false, errors: ['message handler failed'] });
      }
    });
  };

  const routes: Record<
    string,
    { method: string; answer: (req: IncomingMessage, res: ServerResponse) => void }
  > = {
    '/health': { method: 'GET', answer: (_req, res) => reply(res, 200, healthBody()) },
    '/capabilities': { method: 'GET', answer: (_req, res) => reply(res, 200, capabilitiesBody()) },
    '/state': { method: 'GET', answer: (_req, res) => reply(res, 200, stateBody()) },
    '/dependencies': {
      method: 'GET',
      answer: (_req, res) => {
        void dependenciesBody().then((body) => reply(res, 200, body));
      },
    },
    '/message': { method: 'POST', answer: receiveMessage },
  };

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '/').split('?')[0];
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!route) return false;
    if (req.method !== route.method) {
      reply(res, 405, { error: `use ${route.method} ${path}` }, { allow: route.method });
      return true;
    }
    try {
      route.answer(req, res);
    } catch {
      reply(res, 500, { error: 'internal error' });
    }
    return true;
  };

  return {
    handle,
    recordRequest,
    validateEnvelope,
    acceptMessage,
    healthBody,
    capabilitiesBody,
    stateBody,
    dependenciesBody,
  };
}

function sendJson(
  res: ServerResponse,
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

async function probe(dep: UdcDependencyProbe, timeoutMs: number): Promise<UdcDependency> {
  if (!dep.check) return { name: dep.name, status: 'unknown', required: dep.required, latency_ms: null };
  const check = dep.check;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  let up: boolean;
  try {
    // `then` so a check that throws synchronously is caught like one that rejects.
    up = await Promise.race([Promise.resolve().then(check), timedOut]);
  } catch {
    up = false;
  } finally {
    clearTimeout(timer);
  }
  return {
    name: dep.name,
    status: up ? 'up' : 'down',
    required: dep.required,
    latency_ms: Math.round((performance.now() - started) * 100) / 100,
  };
}

const ENVELOPE_REQUIRED = ['udc_version', 'message_id', 'source', 'target', 'type', 'payload', 'timestamp'];
const ENVELOPE_KNOWN = new Set([...ENVELOPE_REQUIRED, 'trace_id']);

/**
 * Checks a `POST /message` body against the UDC v1 envelope and returns readable errors (empty when valid).
 * Hand-written so generated services need no ajv; it must accept exactly what `udcMessageEnvelopeSchema`
 * accepts under ajv + ajv-formats, which `udc-core.spec.ts` checks with generated envelopes.
 */
export function validateEnvelope(value: unknown): string[] {
  if (!isObject(value)) return ['must be object'];
  const errors: string[] = [];
  for (const key of ENVELOPE_REQUIRED) {
    if (value[key] === undefined) errors.push(`must have required property '${key}'`);
  }
  for (const key of Object.keys(value)) {
    if (!ENVELOPE_KNOWN.has(key)) errors.push(`must NOT have additional properties ('${key}')`);
  }
  const field = (key: string, problem: string | null) => {
    if (problem) errors.push(`/${key} ${problem}`);
  };
  if (value.udc_version !== undefined) {
    field('udc_version', value.udc_version === UDC_VERSION ? null : `must be equal to "${UDC_VERSION}"`);
  }
  if (value.message_id !== undefined) field('message_id', stringProblem(value.message_id, 1, 200));
  if (value.trace_id !== undefined && value.trace_id !== null) {
    field('trace_id', stringProblem(value.trace_id, 1, 200));
  }
  if (value.source !== undefined) field('source', stringProblem(value.source, 1));
  if (value.target !== undefined) field('target', stringProblem(value.target, 1));
  if (value.type !== undefined) {
    const ok = typeof value.type === 'string' && MESSAGE_TYPES.includes(value.type);
    field('type', ok ? null : 'must be equal to one of the allowed values');
  }
  if (value.payload !== undefined) field('payload', isObject(value.payload) ? null : 'must be object');
  if (value.timestamp !== undefined) {
    const ts = value.timestamp;
    if (typeof ts !== 'string') field('timestamp', 'must be string');
    else if (!isDateTime(ts)) field('timestamp', 'must match format "date-time"');
  }
  return errors;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringProblem(value: unknown, min: number, max = Infinity): string | null {
  if (typeof value !== 'string') return 'must be string';
  // JSON Schema lengths count code points, as ajv does, not UTF-16 units.
  let length = 0;
  for (const _ of value) length += 1;
  if (length < min) return `must NOT have fewer than ${min} characters`;
  if (length > max) return `must NOT have more than ${max} characters`;
  return null;
}

/*
 * RFC 3339 date-time exactly as ajv-formats' "full" mode checks it (same regexes, calendar and leap-second
 * rules), so that the hand-written and schema validators agree on every string.
 */
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDateTime(value: string): boolean {
  const parts = value.split(/t|\s/i);
  return parts.length === 2 && isDate(parts[0]) && isTime(parts[1]);
}

function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]);
}

function isTime(value: string): boolean {
  const m = TIME.exec(value);
  if (!m) return false;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3]);
  const zone = m[4];
  const sign = m[5] === '-' ? -1 : 1;
  const zoneHour = Number(m[6] ?? 0);
  const zoneMinute = Number(m[7] ?? 0);
  if (zoneHour > 23 || zoneMinute > 59 || !zone) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second is only valid at 23:59:60 UTC.
  const utcMinute = minute - zoneMinute * sign;
  const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

/** How long stopping a registration waits for a registry request still out before cutting it off. */
const STOP_WAIT_MS = 1000;

/** Where and what {@link registerWithRegistry} registers. */
export interface UdcRegistrationOptions {
  /**
   * Base URL of the registry, e.g. `http://127.0.0.1:8211`, or several separated by commas: replicas serving
   * one registry (the executors of a host, sharing it through Redis), tried in turn when one does not answer.
   */
  registryUrl: string;
  entry: UdcRegistryEntry;
  /** Time between heartbeats; the registry marks an entry stale after three missed ones. */
  intervalMs: number;
  /** Per-request timeout (default: the smaller of `intervalMs` and 5000 ms). */
  requestTimeoutMs?: number;
  /**
   * Bearer token for the registry (default: `REGISTRY_TOKEN` from the environment, which the deploying executor
   * mints for this service alone: it may register, heartbeat and deregister itself, nothing else).
   */
  token?: string;
}

/** Counters of a running registration, for the service's `/state` metrics. */
export interface UdcRegistrationStats {
  registered: boolean;
  heartbeats: number;
  failures: number;
}

/** Handle returned by {@link registerWithRegistry}. */
export interface UdcRegistration {
  /**
   * Stops heartbeating and waits for a request in flight. Deregisters only when asked: during a release swap
   * the old release stops after the new one registered under the same name, and a DELETE would remove that.
   */
  stop(opts?: { deregister?: boolean }): Promise<void>;
  stats(): UdcRegistrationStats;
}

/**
 * Registers the service now, then heartbeats every `intervalMs`. A failed registration is retried on the next
 * tick instead of a heartbeat, and a heartbeat answered 404 (the registry forgot us) registers again. Failures
 * are counted, never thrown: a registry outage must not take the service down. The timer is unref'd so it
 * never keeps the process alive.
 */
export function registerWithRegistry(opts: UdcRegistrationOptions): UdcRegistration {
  const bases = opts.registryUrl
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter((url) => url !== '');
  let current = 0;
  const name = encodeURIComponent(opts.entry.name);
  const timeoutMs = opts.requestTimeoutMs ?? Math.min(opts.intervalMs, 5000);
  // An unregistered service tries again soon (a registry replica restarting must not cost a whole interval).
  const retryMs = Math.min(opts.intervalMs, 1000);
  const stats: UdcRegistrationStats = { registered: false, heartbeats: 0, failures: 0 };
  // A registration is confirmed by the first heartbeat answered after it. Until then the service heartbeats as
  // soon as it retries a failed registration: a registry whose store lost the entry (Redis killed before its
  // next fsync) answers 404 within about a second, not a whole interval later, so the service registers again
  // well inside the deadline its deployer waits (REGISTER_TIMEOUT_MS, 10 s by default, as long as one interval).
  let confirmed = false;
  let inFlight: Promise<void> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const token = opts.token ?? process.env.REGISTRY_TOKEN;
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  // Requests in flight: stopping aborts them, so a registry that no longer answers cannot hold up a shutdown.
  const pending = new Set<AbortController>();
  const cutOff = new WeakSet<AbortController>();
  // The status answered; null: no answer (refused, timed out); undefined: cut off by stop().
  const send = async (method: string, path: string, body?: unknown): Promise<number | null | undefined> => {
    const request = new AbortController();
    const timeout = setTimeout(() => request.abort(), timeoutMs);
    pending.add(request);
    try {
      const res = await fetch(bases[current] + path, {
        method,
        headers: body === undefined ? auth : { ...auth, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: request.signal,
      });
      // Read the body so the connection returns to the pool.
      await res.arrayBuffer();
      // A replica that is down or failing hands the next request to the next one.
      if (res.status >= 500) current = (current + 1) % bases.length;
      return res.status;
    } catch {
      // A request cut off by stop() says nothing about the registry.
      if (cutOff.has(request)) return undefined;
      current = (current + 1) % bases.length;
      return null;
    } finally {
      clearTimeout(timeout);
      pending.delete(request);
    }
  };
  const succeeded = (status: number | null | undefined) =>
    typeof status === 'number' && status >= 200 && status < 300;

  const register = async () => {
    const status = await send('POST', '/registry/register', opts.entry);
    if (succeeded(status)) {
      stats.registered = true;
      confirmed = false;
    } else if (status !== undefined) stats.failures += 1;
  };
  const heartbeat = async () => {
    const status = await send('POST', `/registry/heartbeat/${name}`);
    if (succeeded(status)) {
      stats.heartbeats += 1;
      confirmed = true;
      return;
    }
    if (status === undefined) return;
    stats.failures += 1;
    if (status === 404) stats.registered = false;
  };
  const tick = () => {
    // Skipping a tick while a request is still out keeps a slow registry from piling up requests.
    if (stopped || inFlight) return;
    inFlight = (stats.registered ? heartbeat() : register()).finally(() => {
      inFlight = null;
      if (!stopped && !(stats.registered && confirmed) && retry === null) {
        retry = setTimeout(() => {
          retry = null;
          tick();
        }, retryMs);
        retry.unref();
      }
    });
  };

  tick();
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();

  return {
    stats: () => ({ ...stats }),
    stop: async ({ deregister = false } = {}) => {
      stopped = true;
      clearInterval(timer);
      if (retry !== null) clearTimeout(retry);
      // A request still out gets a moment to finish; then it is cut off (a registry that does not answer
      // must not hold up a shutdown for a whole request timeout).
      if (inFlight) {
        let wait: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([
          inFlight,
          new Promise<void>((resolve) => (wait = setTimeout(resolve, STOP_WAIT_MS))),
        ]);
        clearTimeout(wait);
      }
      for (const request of pending) {
        cutOff.add(request);
        request.abort();
      }
      if (inFlight) await inFlight;
      if (deregister && stats.registered) {
        const status = await send('DELETE', `/registry/${name}`);
        if (succeeded(status)) stats.registered = false;
        else stats.failures += 1;
      }
    },
  };
}
