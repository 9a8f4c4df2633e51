/*
 * The contract-independent modules of every generated service, as source text. They hold what does not vary
 * with the contract (HTTP plumbing, field checks; the test client is in test-support-source.ts); everything per
 * endpoint is written by the handler and test writers. The text avoids template literals so that no contract
 * text could ever be interpolated into code by accident.
 */

/** `src/http-kit.ts`: replies, typed HTTP errors, body reading with a size limit, JSON parsing, routing. */
export const HTTP_KIT_SOURCE = `import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';

/** A JSON answer. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A request the service refuses: answered with its status, its code and message in the contract's error body. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** 404 NOT_FOUND. */
export function notFound(message: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', message);
}

/** 409 CONFLICT. */
export function conflict(message: string): HttpError {
  return new HttpError(409, 'CONFLICT', message);
}

/** 400 VALIDATION_FAILED naming every problem found. */
export function validationFailed(problems: string[]): HttpError {
  return new HttpError(400, 'VALIDATION_FAILED', problems.length > 0 ? problems.join('; ') : 'the request is not valid');
}

/** How the contract spells every error (its errors.body): where the stable code and the message sit. */
export type ErrorBodyShape = 'error_object' | 'error_string' | 'message' | 'error_code';

/** An error body in the contract's shape. */
export function errorBody(shape: ErrorBodyShape, code: string, message: string): Record<string, unknown> {
  switch (shape) {
    case 'error_string':
      return { error: message, code };
    case 'message':
      return { message, code };
    case 'error_code':
      return { error: code, message };
    default:
      return { error: { code, message } };
  }
}

/** The reply for any failure: typed errors keep their status and code; anything else is a 500. */
export function errorReply(error: unknown, shape: ErrorBodyShape): Reply {
  if (error instanceof HttpError) {
    return { status: error.status, body: errorBody(shape, error.code, error.message), headers: error.headers };
  }
  return { status: 500, body: errorBody(shape, 'INTERNAL_ERROR', 'internal error') };
}

/** Writes a reply as JSON; 204 and 304 carry no body by definition. */
export function sendReply(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...reply.headers };
  if (reply.status === 204 || reply.status === 304) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(reply.body) ?? 'null';
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/**
 * Reads the whole body, refusing more than limit bytes (declared or streamed) with 413 PAYLOAD_TOO_LARGE.
 * A refused body keeps being drained rather than cut off: closing a socket with unread input makes the client
 * see a reset instead of the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', 'the body exceeds ' + String(limit) + ' bytes');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}

/** The parsed JSON body (undefined when empty), or 400 MALFORMED_JSON. */
export function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', 'the body is not valid JSON');
  }
}

/** A request header as one string ('' when absent). */
export function headerText(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : value;
}

/** A header value Node can send: text outside latin-1 is percent-encoded rather than refused. */
export function headerSafe(value: string): string {
  if (/^[\\t\\x20-\\x7e\\x80-\\xff]*$/.test(value)) return value;
  try {
    return encodeURI(value);
  } catch {
    return '';
  }
}

/** A route: method, path pattern ({name} for parameters) and what serves it. */
export interface Route<T> {
  method: string;
  path: string;
  segments: string[];
  target: T;
}

/** How a request path and method resolved against the routes. */
export type RouteMatch<T> =
  | { kind: 'found'; route: Route<T>; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

/** Splits a path into segments; a trailing slash is ignored. */
export function splitPath(path: string): string[] {
  const trimmed = path.replace(/\\/+$/, '');
  return trimmed === '' ? [] : trimmed.split('/').slice(1);
}

/** Declares a route. */
export function route<T>(method: string, path: string, target: T): Route<T> {
  return { method, path, segments: splitPath(path), target };
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

function shapeOf(segments: string[]): string {
  return segments.map((s) => (isParam(s) ? '{}' : s)).join('/');
}

function matches(pattern: string[], actual: string[]): boolean {
  return pattern.length === actual.length && pattern.every((s, i) => isParam(s) || s === actual[i]);
}

// The leftmost segment where two matching patterns differ decides: a static segment beats a parameter.
function moreSpecific(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    if (isParam(a[i]) !== isParam(b[i])) return !isParam(a[i]);
  }
  return false;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Resolves a request: among the patterns matching the path the most specific wins (/todos/search beats
 * /todos/{id}); a method that pattern does not declare is 405; no match (or an undecodable parameter) is 404.
 */
export function matchRoute<T>(routes: readonly Route<T>[], method: string, path: string): RouteMatch<T> {
  const actual = splitPath(path);
  let best: string[] | null = null;
  for (const r of routes) {
    if (matches(r.segments, actual) && (best === null || moreSpecific(r.segments, best))) best = r.segments;
  }
  if (best === null) return { kind: 'not_found' };
  const shape = shapeOf(best);
  const candidates = routes.filter((r) => shapeOf(r.segments) === shape);
  const found = candidates.find((r) => r.method === method);
  if (!found) return { kind: 'method_not_allowed', allowed: candidates.map((r) => r.method) };
  const params: Record<string, string> = {};
  for (let i = 0; i < found.segments.length; i += 1) {
    const segment = found.segments[i];
    if (!isParam(segment)) continue;
    const value = decodeSegment(actual[i]);
    if (value === null) return { kind: 'not_found' };
    params[segment.slice(1, -1)] = value;
  }
  return { kind: 'found', route: found, params };
}
`;

/** `src/validation.ts`: the field checks request bodies are validated with (CONTRACT.md, body validation). */
export const VALIDATION_SOURCE = `import { validationFailed } from './http-kit.js';

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** A type test with the phrase a failure message uses. */
export interface Check<T> {
  readonly expected: string;
  test(value: unknown): value is T;
  /** Every problem of a value that fails, each naming its place ("lines[1].quantity must be an integer > 0"). */
  explain?(value: unknown, name: string): string[];
}

/** What a value of a field is refused for: its own problems when the check names them, else the phrase. */
function problemsOf(check: Check<unknown>, value: unknown, name: string, suffix: string): string[] {
  const own = check.explain ? check.explain(value, name) : [];
  return own.length > 0 ? own : [name + ' must be ' + check.expected + suffix];
}

export const isString: Check<string> = {
  expected: 'a string',
  test: (value: unknown): value is string => typeof value === 'string',
};

export const isNonEmptyString: Check<string> = {
  expected: 'a non-empty string',
  test: (value: unknown): value is string => typeof value === 'string' && value !== '',
};

export const isNumber: Check<number> = {
  expected: 'a finite number',
  test: (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value),
};

export const isInteger: Check<number> = {
  expected: 'an integer',
  test: (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value),
};

export const isBoolean: Check<boolean> = {
  expected: 'a boolean',
  test: (value: unknown): value is boolean => typeof value === 'boolean',
};

export const isStringArray: Check<string[]> = {
  expected: 'an array of strings',
  test: (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((item: unknown) => typeof item === 'string'),
};

export const isNumberArray: Check<number[]> = {
  expected: 'an array of finite numbers',
  test: (value: unknown): value is number[] =>
    Array.isArray(value) && value.every((item: unknown) => typeof item === 'number' && Number.isFinite(item)),
};

export const isObject: Check<JsonObject> = {
  expected: 'a JSON object',
  test: (value: unknown): value is JsonObject => isJsonObject(value),
};

/** One field of the elements of an array of objects, with its check. */
export interface ItemCheck {
  readonly name: string;
  readonly required: boolean;
  readonly check: Check<unknown>;
}

/** Objects (order lines), at least min of them, holding only the listed fields; problems name lines[i].field. */
export function objectArray(min: number, items: readonly ItemCheck[]): Check<JsonObject[]> {
  const explain = (value: unknown, name: string): string[] => {
    if (!Array.isArray(value)) return [name + ' must be an array of objects'];
    const problems: string[] = [];
    if (value.length < min) problems.push(name + ' must have at least ' + String(min) + (min === 1 ? ' element' : ' elements'));
    value.forEach((element: unknown, i: number) => {
      const at = name + '[' + String(i) + ']';
      if (!isJsonObject(element)) {
        problems.push(at + ' must be a JSON object');
        return;
      }
      for (const key of Object.keys(element)) {
        if (!items.some((item) => item.name === key)) problems.push(at + ' has unknown field ' + JSON.stringify(key));
      }
      for (const item of items) {
        const v = fieldOf(element, item.name);
        if (v === undefined || v === null) {
          if (item.required) problems.push(at + '.' + item.name + ' is required');
        } else if (!item.check.test(v)) problems.push(at + '.' + item.name + ' must be ' + item.check.expected);
      }
    });
    return problems;
  };
  return {
    expected: 'an array of at least ' + String(min) + ' objects with ' + items.map((item) => item.name).join(', '),
    test: (value: unknown): value is JsonObject[] => explain(value, 'value').length === 0,
    explain,
  };
}

/** A check that also limits the value (or, for an array, each element) to the listed values. */
export function oneOf<T>(base: Check<T>, allowed: readonly (string | number)[]): Check<T> {
  const listed = (value: unknown): boolean => allowed.includes(value as string | number);
  return {
    expected: 'one of ' + allowed.map((v) => JSON.stringify(v)).join(', '),
    test: (value: unknown): value is T =>
      base.test(value) && (Array.isArray(value) ? value.every(listed) : listed(value)),
  };
}

/** A limit a number must respect: its comparison and the bound (the contract's minimum, maximum, …). */
export interface Bound {
  readonly op: '>=' | '>' | '<=' | '<';
  readonly limit: number;
}

/** Whether a number respects every bound. */
export function withinBounds(value: number, bounds: readonly Bound[]): boolean {
  return bounds.every((b) =>
    b.op === '>=' ? value >= b.limit : b.op === '>' ? value > b.limit : b.op === '<=' ? value <= b.limit : value < b.limit,
  );
}

/** A number check that also keeps the value within its bounds ("an integer >= 0"). */
export function bounded(base: Check<number>, bounds: readonly Bound[]): Check<number> {
  return {
    expected: base.expected + ' ' + bounds.map((b) => b.op + ' ' + String(b.limit)).join(' and '),
    test: (value: unknown): value is number => base.test(value) && withinBounds(value, bounds),
  };
}

const ISO_DATE_TIME = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$/i;

/** An ISO 8601 date-time with a zone naming a real instant (2024-02-30 rolls over, so it is refused). */
export const isDateTime: Check<string> = {
  expected: 'an ISO 8601 date-time with a time zone, like 2024-07-01T09:00:00Z',
  test: (value: unknown): value is string => {
    if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || !Number.isFinite(Date.parse(value))) return false;
    const [y, m, d] = value.slice(0, 10).split('-').map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  },
};

/** An interval bound as a comparable number: date-time text as epoch milliseconds, numbers as they are. */
export function instantOf(value: unknown): number {
  return typeof value === 'number' ? value : Date.parse(String(value));
}

/**
 * The named query parameters as a JSON object, each read as its field's type: a number that does not parse
 * stays text (so its check refuses it), booleans are \`true\`/\`false\`; absent parameters are left out.
 */
export function queryObject(query: URLSearchParams, types: Readonly<Record<string, string>>): JsonObject {
  const input: JsonObject = {};
  for (const [name, type] of Object.entries(types)) {
    const text = query.get(name);
    if (text === null) continue;
    if ((type === 'number' || type === 'integer') && text.trim() !== '' && Number.isFinite(Number(text))) {
      input[name] = Number(text);
    } else if (type === 'boolean' && (text === 'true' || text === 'false')) {
      input[name] = text === 'true';
    } else input[name] = text;
  }
  return input;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a JSON object; own keys only, so a body without "constructor" does not find Object's. */
export function fieldOf(input: JsonObject, name: string): unknown {
  return Object.hasOwn(input, name) ? input[name] : undefined;
}

/** The body as a JSON object, or 400 VALIDATION_FAILED. */
export function bodyObject(body: unknown): JsonObject {
  if (!isJsonObject(body)) throw validationFailed(['the body must be a JSON object']);
  return body;
}

/** Adds a problem for every field not declared. */
export function rejectUnknownFields(input: JsonObject, declared: readonly string[], problems: string[]): void {
  for (const name of Object.keys(input)) {
    if (!declared.includes(name)) problems.push('unknown field ' + JSON.stringify(name));
  }
}

/** A required field: present, not null and of its type; undefined (with a problem added) otherwise. */
export function requiredField<T>(input: JsonObject, name: string, check: Check<T>, problems: string[]): T | undefined {
  const value = fieldOf(input, name);
  if (value === undefined || value === null) {
    problems.push(name + ' is required');
    return undefined;
  }
  if (!check.test(value)) {
    problems.push(...problemsOf(check, value, name, ''));
    return undefined;
  }
  return value;
}

/** An optional field: null when omitted or null; of its type otherwise (else a problem is added). */
export function optionalField<T>(input: JsonObject, name: string, check: Check<T>, problems: string[]): T | null {
  const value = fieldOf(input, name);
  if (value === undefined || value === null) return null;
  if (!check.test(value)) {
    problems.push(...problemsOf(check, value, name, ' or null'));
    return null;
  }
  return value;
}

/** A required field in a partial update: undefined when omitted; null and other types are problems. */
export function changedRequired<T>(input: JsonObject, name: string, check: Check<T>, problems: string[]): T | undefined {
  const value = fieldOf(input, name);
  if (value === undefined) return undefined;
  if (!check.test(value)) {
    problems.push(...problemsOf(check, value, name, ''));
    return undefined;
  }
  return value;
}

/** An optional field in a partial update: undefined when omitted, null to clear it, else of its type. */
export function changedOptional<T>(
  input: JsonObject,
  name: string,
  check: Check<T>,
  problems: string[],
): T | null | undefined {
  const value = fieldOf(input, name);
  if (value === undefined || value === null) return value;
  if (!check.test(value)) {
    problems.push(...problemsOf(check, value, name, ' or null'));
    return undefined;
  }
  return value;
}

/** A non-empty array of numbers, or null. */
export function numberArray(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const numbers: number[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'number' || !Number.isFinite(item)) return null;
    numbers.push(item);
  }
  return numbers;
}

/** Math.round(value * scale) / scale, with scale = 10 ** decimals: the contract's rounding rule. */
export function roundTo(value: number, scale: number): number {
  return Math.round(value * scale) / scale;
}

/** Equality of JSON values (unique checks on array and object fields). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
`;
