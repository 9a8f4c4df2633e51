import { randomUUID } from 'node:crypto';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { requestOnce } from './http-once';
import {
  udcCapabilitiesSchema,
  udcDependenciesSchema,
  udcHealthSchema,
  udcMessageAcceptedSchema,
  udcStateSchema,
} from './schemas';
import {
  UDC_VERSION,
  type UdcDependencies,
  type UdcHealth,
  type UdcMessageEnvelope,
  type UdcVersion,
} from './types';

/** Options of {@link checkUdc}. */
export interface CheckUdcOptions {
  /** Per-request timeout in milliseconds (default 5000). */
  timeoutMs?: number;
  /** Fail the health check unless the service says `active` (not merely a valid status). */
  requireActive?: boolean;
  /** Bearer credential sent with every request (our own services want one on all but `GET /health`). */
  token?: string;
}

/** Outcome of one check of a {@link UdcReport}. */
export interface UdcCheck {
  /** Stable id: `health`, `capabilities`, `state`, `dependencies`, `message_valid` or `message_invalid`. */
  id: string;
  /** Method and path probed, e.g. `GET /health`. */
  endpoint: string;
  ok: boolean;
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** One-line verdict, e.g. `active (orders 1.2.0)` or `timed out after 5000 ms`. */
  message: string;
  duration_ms: number;
  /** Schema violations, e.g. `/status must be equal to one of the allowed values`. */
  errors?: string[];
}

/** Result of {@link checkUdc}: one check per contract rule, `ok` only when all pass. */
export interface UdcReport {
  url: string;
  ok: boolean;
  udc_version: UdcVersion;
  /** ISO-8601 date-time the check started. */
  checked_at: string;
  duration_ms: number;
  checks: UdcCheck[];
}

const DEFAULT_TIMEOUT_MS = 5000;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = {
  health: ajv.compile(udcHealthSchema),
  capabilities: ajv.compile(udcCapabilitiesSchema),
  state: ajv.compile(udcStateSchema),
  dependencies: ajv.compile(udcDependenciesSchema),
  accepted: ajv.compile(udcMessageAcceptedSchema),
};

/** Signals a failed check from deep inside a probe; caught once in `timed`. */
class CheckFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly errors?: string[],
  ) {
    super(message);
  }
}

type Verdict = Pick<UdcCheck, 'message' | 'status' | 'errors'>;

/**
 * Checks a running service against the UDC v1 contract: the four GET endpoints answer 200 with JSON matching
 * their schemas, `POST /message` answers 202 to a valid envelope and 400 to invalid ones. Never rejects for a
 * misbehaving or unreachable service — that becomes failed checks; only a malformed `baseUrl` throws.
 *
 * @param baseUrl service root, e.g. `http://127.0.0.1:9100` (a path prefix is kept: `…/svc` probes `…/svc/health`)
 */
export async function checkUdc(baseUrl: string, opts: CheckUdcOptions = {}): Promise<UdcReport> {
  const root = parseBaseUrl(baseUrl);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const checkedAt = new Date();
  const started = performance.now();
  const probe = new Prober(root, timeoutMs, opts.token);

  const checks = await Promise.all([
    timed('health', 'GET /health', async () => {
      const { status, body } = await probe.getJson('/health', validators.health);
      return { status, message: healthVerdict(body, opts.requireActive === true) };
    }),
    timed('capabilities', 'GET /capabilities', async () => {
      const { status, body } = await probe.getJson('/capabilities', validators.capabilities);
      return { status, message: `${body.features.length} features, ${body.endpoints.length} endpoints` };
    }),
    timed('state', 'GET /state', async () => {
      const { status, body } = await probe.getJson('/state', validators.state);
      return { status, message: `${body.requests_total} requests, ${body.errors_total} errors` };
    }),
    timed('dependencies', 'GET /dependencies', async () => {
      const { status, body } = await probe.getJson('/dependencies', validators.dependencies);
      return { status, message: dependenciesVerdict(body) };
    }),
    timed('message_valid', 'POST /message', () => checkValidMessage(probe, root)),
    timed('message_invalid', 'POST /message', () => checkInvalidMessages(probe, root)),
  ]);

  return {
    url: root.href,
    ok: checks.every((c) => c.ok),
    udc_version: UDC_VERSION,
    checked_at: checkedAt.toISOString(),
    duration_ms: elapsed(started),
    checks,
  };
}

/**
 * Renders a report for people: one line per check (✓/✗, endpoint, message, duration) and a summary line.
 */
export function formatReport(report: UdcReport): string {
  const width = Math.max(...report.checks.map((c) => c.endpoint.length));
  const lines = report.checks.map(
    (c) => `${c.ok ? '✓' : '✗'} ${c.endpoint.padEnd(width)}  ${c.message} (${c.duration_ms} ms)`,
  );
  const passed = report.checks.filter((c) => c.ok).length;
  const verdict = report.ok ? 'UDC v1 compliant' : 'NOT UDC v1 compliant';
  lines.push(
    `${verdict}: ${passed}/${report.checks.length} checks passed for ${report.url} in ${report.duration_ms} ms`,
  );
  return lines.join('\n');
}

function parseBaseUrl(baseUrl: string): URL {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`expected an http(s) URL, got ${baseUrl}`);
  }
  // A trailing slash makes relative paths resolve under a path prefix instead of replacing its last segment.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

async function timed(id: string, endpoint: string, run: () => Promise<Verdict>): Promise<UdcCheck> {
  const started = performance.now();
  try {
    const verdict = await run();
    return { id, endpoint, ok: true, ...verdict, duration_ms: elapsed(started) };
  } catch (err) {
    const failure = err instanceof CheckFailure ? err : new CheckFailure(describeError(err));
    const check: UdcCheck = {
      id,
      endpoint,
      ok: false,
      message: failure.message,
      duration_ms: elapsed(started),
    };
    if (failure.status !== undefined) check.status = failure.status;
    if (failure.errors) check.errors = failure.errors;
    return check;
  }
}

/** HTTP access for one check run: every request carries its own timeout and failures become `CheckFailure`s. */
class Prober {
  constructor(
    private readonly root: URL,
    private readonly timeoutMs: number,
    private readonly token?: string,
  ) {}

  async getJson<T>(path: string, validate: ValidateFunction<T>): Promise<{ status: number; body: T }> {
    const { status, contentType, text } = await this.request('GET', path);
    if (status !== 200) throw new CheckFailure(`expected 200, got ${status}`, status);
    return { status, body: parseAndValidate(text, contentType, status, validate) };
  }

  async request(
    method: 'GET' | 'POST',
    path: string,
    body?: string,
  ): Promise<{ status: number; contentType: string; text: string }> {
    const url = new URL(path.replace(/^\//, ''), this.root);
    try {
      const auth: Record<string, string> = this.token ? { authorization: `Bearer ${this.token}` } : {};
      return await requestOnce(url, {
        method,
        headers: {
          ...auth,
          ...(body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' }),
        },
        body,
        timeoutMs: this.timeoutMs,
      });
    } catch (err) {
      throw new CheckFailure(describeError(err, this.timeoutMs));
    }
  }
}

function parseAndValidate<T>(
  text: string,
  contentType: string,
  status: number,
  validate: ValidateFunction<T>,
): T {
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
    throw new CheckFailure(`expected a JSON body, got content-type "${contentType || 'none'}"`, status);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new CheckFailure(`body is not valid JSON: ${excerpt(text)}`, status);
  }
  if (!validate(body)) {
    const errors = schemaErrors(validate.errors);
    throw new CheckFailure(`does not match the UDC schema: ${errors.join('; ')}`, status, errors);
  }
  return body;
}

function healthVerdict(body: UdcHealth, requireActive: boolean): string {
  if (requireActive && body.status !== 'active') {
    throw new CheckFailure(`status is "${body.status}", but "active" is required`, 200);
  }
  return `${body.status} (${body.service} ${body.version})`;
}

function dependenciesVerdict(body: UdcDependencies): string {
  const requiredDown = body.dependencies.filter((d) => d.required && d.status !== 'up').map((d) => d.name);
  // The flag is what orchestration reads, so it must agree with the list it summarises.
  if (body.all_required_up !== (requiredDown.length === 0)) {
    throw new CheckFailure(
      `all_required_up is ${body.all_required_up} but the required dependencies not up are [${requiredDown.join(', ')}]`,
      200,
    );
  }
  const up = body.dependencies.filter((d) => d.status === 'up').length;
  return `${up}/${body.dependencies.length} up, all required up: ${body.all_required_up}`;
}

function probeEnvelope(root: URL): UdcMessageEnvelope {
  return {
    udc_version: UDC_VERSION,
    message_id: `udc-check-${randomUUID()}`,
    source: 'udc-check',
    target: root.host,
    // `status` asks nothing of the service, so probing a live service has no side effects.
    type: 'status',
    payload: { probe: true },
    timestamp: new Date().toISOString(),
  };
}

async function checkValidMessage(probe: Prober, root: URL): Promise<Verdict> {
  const envelope = probeEnvelope(root);
  const { status, contentType, text } = await probe.request('POST', '/message', JSON.stringify(envelope));
  if (status !== 202) throw new CheckFailure(`expected 202 for a valid envelope, got ${status}`, status);
  const body = parseAndValidate(text, contentType, status, validators.accepted);
  if (body.message_id !== envelope.message_id) {
    throw new CheckFailure(
      `echoed message_id "${body.message_id}" instead of "${envelope.message_id}"`,
      status,
    );
  }
  return { status, message: 'valid envelope accepted with 202' };
}

async function checkInvalidMessages(probe: Prober, root: URL): Promise<Verdict> {
  const { type: _omitted, ...missingType } = probeEnvelope(root);
  const invalid: { what: string; body: string }[] = [
    { what: 'an envelope without "type"', body: JSON.stringify(missingType) },
    { what: 'a body that is not JSON', body: 'garbage{' },
  ];
  const answers = await Promise.all(invalid.map((i) => probe.request('POST', '/message', i.body)));
  const wrong = answers
    .map((answer, i) => ({ ...invalid[i], status: answer.status }))
    .filter((a) => a.status !== 400);
  if (wrong.length > 0) {
    const first = wrong[0];
    const problem = first.status >= 200 && first.status < 300 ? 'accepts garbage' : 'expected 400';
    const details = wrong.map((w) => `${w.status} for ${w.what}`).join(', ');
    throw new CheckFailure(`${problem}: ${details}`, first.status);
  }
  return { status: 400, message: `${invalid.length} invalid envelopes refused with 400` };
}

function schemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` ('${String(e.params.additionalProperty)}')` : '';
    const message = `${e.message ?? e.keyword}${extra}`;
    return e.instancePath ? `${e.instancePath} ${message}` : message;
  });
}

/** Fields read off a thrown value; matched by shape because errors from `fetch` may come from another realm. */
interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

function asErrorLike(value: unknown): ErrorLike {
  return typeof value === 'object' && value !== null ? value : {};
}

function describeError(err: unknown, timeoutMs?: number): string {
  const error = asErrorLike(err);
  if (error.name === 'TimeoutError') return `timed out after ${timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`;
  // Network failures are the system error itself (or, from fetch, carried as its `cause`).
  const cause = asErrorLike(error.cause ?? err);
  const detail = typeof cause.message === 'string' ? cause.message : String(error.message ?? err);
  if (cause.code === 'ECONNREFUSED') return `connection refused (${detail})`;
  if (cause.code === 'ENOTFOUND') return `host not found (${detail})`;
  return `request failed: ${detail}`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 60)}…` : flat);
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
