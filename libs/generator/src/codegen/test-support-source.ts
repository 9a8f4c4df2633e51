/*
 * The contract-independent test kit of every generated service, as source text: the in-process test client the
 * acceptance pack and endpoint tests import (tests/support.ts). Like the service kit (kit-sources.ts), the text
 * avoids template literals so that no contract text could ever be interpolated into code by accident.
 */
import type { ErrorBodyShape, SpecContract } from '@sf/service-spec';

/**
 * `tests/support.ts`: starts the service in-process and speaks HTTP to it over loopback; errors are expected in
 * the contract's error body shape (`errors.body`), written in as a JSON string of one of the known shapes.
 */
export function testSupportSource(
  shape: ErrorBodyShape,
  guardHeader: string | null = null,
  guardAnswer: GuardAnswer | null = null,
): string {
  return (
    TEST_SUPPORT_HEAD +
    '\n/** How the contract spells every error (its errors.body). */\nconst ERROR_BODY = ' +
    JSON.stringify(shape) +
    ' as string;\n' +
    '\n/** The header guarded endpoints require of every call (null: none does). */\nconst GUARD_HEADER = ' +
    JSON.stringify(guardHeader) +
    ' as string | null;\n' +
    '\n/** The calls left counted answers carry (null: none do): the name, the limit, the counted routes. */\nconst GUARD_ANSWER = ' +
    JSON.stringify(guardAnswer) +
    ' as { name: string; limit: number; routes: [string, string][] } | null;\n' +
    TEST_SUPPORT_BODY
  );
}

/** The calls left a guard quota adds to counted answers (`answer_as`), for the test client to check and set aside. */
export interface GuardAnswer {
  name: string;
  limit: number;
  /** Method and path pattern (a regular expression's source) of each counted endpoint. */
  routes: [string, string][];
}

/** The guard answer of a contract whose guard quota answers the calls left, else null. */
export function guardAnswerOf(c: SpecContract): GuardAnswer | null {
  const counted = c.endpoints.filter((e) => e.guard?.quota?.answer_as !== undefined);
  const quota = counted[0]?.guard?.quota;
  if (quota?.answer_as === undefined) return null;
  const pattern = (path: string) =>
    '^' +
    path
      .split(/\{[^}]*\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+') +
    '/?$';
  return {
    name: quota.answer_as,
    limit: quota.limit,
    routes: counted.map((e) => [e.method, pattern(e.path)]),
  };
}

const TEST_SUPPORT_HEAD = `import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config.js';
import { createService } from '../service.js';
import type { ServiceState } from '../state.js';
`;

const TEST_SUPPORT_BODY = `
/** A request as the tests describe it; bodyText is sent byte for byte (signed webhooks). */
export interface TestRequest {
  method: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  bodyText?: string;
}

/** A response with its body parsed when it is JSON. */
export interface TestResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  body: unknown;
}

/** A running instance of the service. */
export interface TestServer {
  readonly port: number;
  /** The instance's state: tests of time-bound behaviour replace its clock instead of waiting. */
  readonly state: ServiceState;
  call(req: TestRequest): Promise<TestResponse>;
  stop(): Promise<void>;
}

/**
 * Starts a fresh instance in this process on a free loopback port, configured as with an empty environment
 * (the contract's defaults), whatever environment the tests run in.
 */
export async function startService(env: Record<string, string> = {}): Promise<TestServer> {
  const service = createService(loadConfig(env));
  const port = await service.listen(0, '127.0.0.1');
  return { port, state: service.state, call: (req) => send(port, req), stop: () => service.close() };
}

/** Runs body against a fresh instance and stops it afterwards. */
export async function withService(body: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startService();
  try {
    await body(server);
  } finally {
    await server.stop();
  }
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Callers made up so far for calls that name no guard header. */
let callers = 0;

/** Sends one request over a fresh connection. Redirects are never followed. */
export function send(port: number, req: TestRequest): Promise<TestResponse> {
  let payload: Buffer | null = null;
  if (req.bodyText !== undefined) payload = Buffer.from(req.bodyText, 'utf8');
  else if (req.body !== undefined) payload = Buffer.from(JSON.stringify(req.body), 'utf8');
  const search = req.query ? new URLSearchParams(req.query).toString() : '';
  const headers: Record<string, string> = {};
  if (payload !== null) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(payload.length);
  }
  Object.assign(headers, req.headers);
  // A call that names no guard header passes the guard as a caller of its own; headers {} is a call without any.
  const named = Object.keys(req.headers ?? {}).map((h) => h.toLowerCase());
  const fresh = GUARD_HEADER !== null && !named.includes(GUARD_HEADER) && (req.headers === undefined || named.length > 0);
  if (fresh && GUARD_HEADER !== null) {
    callers += 1;
    headers[GUARD_HEADER] = 'test-caller-' + String(callers);
  }
  const path = search === '' ? req.path : req.path + (req.path.includes('?') ? '&' : '?') + search;
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method: req.method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const answer = { status: res.statusCode ?? 0, headers: res.headers, text, body: parseBody(text) };
        try {
          if (fresh) setCallsLeftAside(req, answer);
        } catch (error) {
          reject(error as Error);
          return;
        }
        resolve(answer);
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload ?? undefined);
  });
}

/**
 * A caller of its own made its first call: a counted 2xx answer that is an object carries the calls left after it,
 * the limit less one (checked here), which is then set aside so the tests compare the endpoint's own answer.
 */
function setCallsLeftAside(req: TestRequest, res: TestResponse): void {
  if (GUARD_ANSWER === null || res.status >= 300 || !isObject(res.body)) return;
  const counted = GUARD_ANSWER.routes.some(
    ([method, pattern]) => method === req.method && new RegExp(pattern).test(req.path.split('?')[0]),
  );
  if (!counted) return;
  assert.equal(
    res.body[GUARD_ANSWER.name],
    GUARD_ANSWER.limit - 1,
    req.method + ' ' + req.path + ': a first call answers ' + GUARD_ANSWER.name + ' ' + String(GUARD_ANSWER.limit - 1),
  );
  delete res.body[GUARD_ANSWER.name];
}

/** Whether a value is a JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep subset match: objects match when every expected key matches, arrays when every expected element
 * matches some actual element, anything else by strict equality.
 */
export function containsSubset(expected: unknown, actual: unknown, saved: Record<string, string> = {}): boolean {
  if (isShapeExpectation(expected)) return matchesShape(expected.$shape, actual, saved);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((x: unknown) => actual.some((y: unknown) => containsSubset(x, y, saved)));
  }
  if (isObject(expected)) {
    return isObject(actual) && Object.entries(expected).every(([k, v]) => containsSubset(v, actual[k], saved));
  }
  return expected === actual;
}

/** The shape of a value that is new on every call (a random UUID, a token, a drawn number). */
export interface ValueShape {
  uuid_version?: number;
  pattern?: string;
  length?: number;
  min?: number;
  max?: number;
  each?: ValueShape;
  distinct?: boolean;
  differs_from?: string | string[];
}

/** An expected value written as {"$shape": {...}}: the actual value must have that shape. */
export function isShapeExpectation(value: unknown): value is { $shape: ValueShape } {
  return isObject(value) && Object.keys(value).length === 1 && isObject(value.$shape);
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Whether a value has a shape: a UUID of uuid_version with the RFC 9562 variant, a whole match of pattern, a
 * string or list of length, an integer from min to max, every element of a list matching each, pairwise distinct
 * elements, a value other than the one saved under differs_from by an earlier step (naming several: a value that
 * with them is not all one value).
 */
export function matchesShape(shape: ValueShape, actual: unknown, saved: Record<string, string>): boolean {
  if (shape.uuid_version !== undefined) {
    const m = typeof actual === 'string' ? UUID_TEXT.exec(actual) : null;
    if (!m || parseInt(m[1], 16) !== shape.uuid_version || (parseInt(m[2], 16) & 0xc) !== 0x8) return false;
  }
  if (shape.pattern !== undefined && !(typeof actual === 'string' && new RegExp('^(?:' + shape.pattern + ')$', 'u').test(actual))) {
    return false;
  }
  if (shape.length !== undefined && !((typeof actual === 'string' || Array.isArray(actual)) && actual.length === shape.length)) {
    return false;
  }
  if (shape.min !== undefined || shape.max !== undefined) {
    if (typeof actual !== 'number' || !Number.isSafeInteger(actual)) return false;
    if (shape.min !== undefined && actual < shape.min) return false;
    if (shape.max !== undefined && actual > shape.max) return false;
  }
  const each = shape.each;
  if (each !== undefined && !(Array.isArray(actual) && actual.every((x: unknown) => matchesShape(each, x, saved)))) {
    return false;
  }
  if (shape.distinct === true) {
    if (!Array.isArray(actual) || new Set(actual.map((x: unknown) => JSON.stringify(x))).size !== actual.length) return false;
  }
  if (shape.differs_from !== undefined) {
    const before = (Array.isArray(shape.differs_from) ? shape.differs_from : [shape.differs_from]).map((name) => saved[name]);
    if (before.some((v) => v === undefined) || before.every((v) => v === String(actual))) return false;
  }
  return true;
}

/**
 * The same match with arrays in order: the expected elements match distinct actual elements in the same order,
 * others may sit between them (a sort shown among other checks' records).
 */
export function containsInOrder(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    let at = 0;
    for (const x of expected) {
      while (at < actual.length && !containsInOrder(x, actual[at])) at += 1;
      if (at === actual.length) return false;
      at += 1;
    }
    return true;
  }
  if (isObject(expected)) {
    return isObject(actual) && Object.entries(expected).every(([k, v]) => containsInOrder(v, actual[k]));
  }
  return expected === actual;
}

function shorten(text: string): string {
  return text.length > 500 ? text.slice(0, 499) + '…' : text;
}

/** What a response must show. */
export interface Expectation {
  status: number;
  bodyContains?: unknown;
  bodyIsArray?: boolean;
  inOrder?: boolean;
  headerContains?: Record<string, string>;
}

/** Asserts a response against an expectation; messages say where, what came back and what was expected. */
export function expectResponse(res: TestResponse, expected: Expectation, where: string, saved: Record<string, string> = {}): void {
  const seen = res.status + ' ' + shorten(res.text);
  assert.equal(res.status, expected.status, where + ': expected status ' + expected.status + ', got ' + seen);
  if (expected.bodyIsArray === true) {
    assert.ok(Array.isArray(res.body), where + ': expected a JSON array, got ' + seen);
  }
  if (expected.bodyContains !== undefined) {
    const matched =
      expected.inOrder === true ? containsInOrder(expected.bodyContains, res.body) : containsSubset(expected.bodyContains, res.body, saved);
    assert.ok(
      matched,
      where + ': expected the body to contain ' + JSON.stringify(expected.bodyContains) + (expected.inOrder === true ? ' in this order' : '') + ', got ' + seen,
    );
  }
  for (const [name, value] of Object.entries(expected.headerContains ?? {})) {
    const actual = headerOf(res, name);
    assert.ok(
      actual.includes(value),
      where + ': expected header ' + name + ' to contain ' + JSON.stringify(value) + ', got ' + JSON.stringify(actual),
    );
  }
}

/** A response header as one string ('' when absent). */
export function headerOf(res: TestResponse, name: string): string {
  const value = res.headers[name.toLowerCase()];
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A top-level field of the response body as a string, as acceptance steps save it. */
export function savedValue(res: TestResponse, field: string): string {
  return String(isObject(res.body) ? res.body[field] : undefined);
}

/** The response body as an object (fails the test otherwise). */
export function bodyOf(res: TestResponse): Record<string, unknown> {
  assert.ok(isObject(res.body), 'expected a JSON object, got ' + res.status + ' ' + shorten(res.text));
  return res.body;
}

/** Asserts the response is the error status and code the contract prescribes, in its error body shape. */
export function expectError(res: TestResponse, status: number, code: string, where: string): void {
  const codeAt = ERROR_BODY === 'error_object' ? { error: { code } } : ERROR_BODY === 'error_code' ? { error: code } : { code };
  expectResponse(res, { status, bodyContains: codeAt }, where);
  const body = bodyOf(res);
  const message =
    ERROR_BODY === 'error_object' ? (isObject(body.error) ? body.error.message : undefined) : ERROR_BODY === 'error_string' ? body.error : body.message;
  assert.ok(typeof message === 'string' && message !== '', where + ': the error has no message');
}

/**
 * A value from the UTC clock when the test runs: the current year + \`years\` (a number), or today + \`days\`
 * (YYYY-MM-DD), for a year or date that may not lie in the future.
 */
export function fromToday(clock: { years: number } | { days: number }): number | string {
  const now = new Date();
  if ('years' in clock) return now.getUTCFullYear() + clock.years;
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + clock.days)).toISOString().slice(0, 10);
}

/** The signature header value of a webhook: prefix + hex HMAC-SHA256 of the exact body bytes. */
export function sign(secret: string, prefix: string, body: string): string {
  return prefix + createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/** The signature header value of a webhook signed in base64: prefix + base64 HMAC-SHA256 of the exact body bytes. */
export function signBase64(secret: string, prefix: string, body: string): string {
  return prefix + createHmac('sha256', secret).update(body, 'utf8').digest('base64');
}

/** Local services a health check calls: each URL answers as its name says; stop() closes them all. */
export interface TestTargets {
  /** Answers 200 and records each request it is sent in \`received\`. */
  capture: string;
  received: { method: string; headers: IncomingHttpHeaders; body: string }[];
  up: string;
  failing: string;
  redirect: string;
  silent: string;
  refused: string;
  stop(): Promise<void>;
}

async function listening(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return 'http://127.0.0.1:' + String((server.address() as AddressInfo).port);
}

/**
 * Starts real HTTP servers on loopback: one answering 200, one 500, one 302, one that never answers, and the
 * address of one that was closed (connections refused).
 */
export async function startTargets(): Promise<TestTargets> {
  const received: TestTargets['received'] = [];
  const answering = createServer((req, res) => {
    if (req.url === '/capture') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
      return;
    }
    if (req.url === '/failing') res.writeHead(500).end('broken');
    else if (req.url === '/redirect') res.writeHead(302, { location: '/elsewhere' }).end();
    else if (req.url !== '/silent') res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  const base = await listening(answering);
  const closed = createServer();
  const refused = await listening(closed);
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return {
    capture: base + '/capture',
    received,
    up: base + '/up',
    failing: base + '/failing',
    redirect: base + '/redirect',
    silent: base + '/silent',
    refused: refused + '/health',
    stop: () =>
      new Promise<void>((resolve) => {
        answering.closeAllConnections();
        answering.close(() => resolve());
      }),
  };
}

/** A Stripe-style signature header value made now (t shifted by offsetSeconds): t=<unix>,v1=<hex HMAC of "t.body">. */
export function signStripe(secret: string, body: string, offsetSeconds = 0): string {
  const t = Math.floor(Date.now() / 1000) + offsetSeconds;
  return 't=' + t + ',v1=' + createHmac('sha256', secret).update(t + '.' + body, 'utf8').digest('hex');
}
`;
