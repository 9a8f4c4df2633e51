import { routeRequest, type EndpointSpec, type HttpMethod, type SpecContract } from '@sf/service-spec';
import type { Probe, ProbeRequest, ProbeStep } from './eval-intent';

/** How one probe went. */
export interface ProbeResult {
  feature: number;
  also_features?: number[];
  name: string;
  passed: boolean;
  /** What did not hold, step by step (empty when passed). */
  problems: string[];
}

/** How long one probe request may take. */
const REQUEST_TIMEOUT_MS = 5000;

/** Runs `probe` against the service at `baseUrl`, whose SPEC contract is `contract`. */
export async function runProbe(
  baseUrl: string,
  contract: SpecContract | null,
  probe: Probe,
): Promise<ProbeResult> {
  const saved: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [index, step] of probe.steps.entries()) {
    const label = `step ${index + 1}`;
    let request: ResolvedRequest;
    try {
      request = resolveRequest(step.request, contract, saved);
    } catch (err) {
      problems.push(`${label}: ${(err as Error).message}`);
      break;
    }
    let status: number;
    let body: unknown;
    try {
      const res = await fetch(baseUrl + request.url, {
        method: request.method,
        headers: {
          ...(request.headers ?? {}),
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = res.status;
      const text = await res.text();
      body = parseJson(text);
    } catch (err) {
      problems.push(`${label}: ${request.method} ${request.url} failed: ${(err as Error).message}`);
      break;
    }
    let found: string[];
    try {
      found = checkStep(
        { ...step, expect: { ...step.expect, body: fillDeep(step.expect.body, saved) } },
        status,
        body,
      );
    } catch (err) {
      found = [(err as Error).message];
    }
    if (found.length > 0) {
      problems.push(
        `${label} ${request.method} ${request.url} → ${status} ${clip(JSON.stringify(body))}: ${found.join('; ')}`,
      );
      break;
    }
    for (const [name, paths] of Object.entries(step.save ?? {})) {
      const value = firstPresent(body, status, paths);
      if (value === undefined) {
        problems.push(`${label}: nothing to save as ${name} at ${paths}`);
        break;
      }
      saved[name] = value;
    }
    if (problems.length > 0) break;
  }
  const also = probe.also_features?.length ? { also_features: probe.also_features } : {};
  return { feature: probe.feature, ...also, name: probe.name, passed: problems.length === 0, problems };
}

/** A probe request with its endpoint found, placeholders filled and body keys chosen. */
export interface ResolvedRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Resolves a probe request against the deployed SPEC's contract and the values saved so far. */
export function resolveRequest(
  request: ProbeRequest,
  contract: SpecContract | null,
  saved: Record<string, unknown>,
): ResolvedRequest {
  const method = request.method.toUpperCase();
  let path: string;
  let endpoint: EndpointSpec | undefined;
  if (request.path !== undefined) {
    path = fill(request.path, saved);
    // The endpoint the service itself routes this request to (its body fields name the `a|b` alternatives).
    const routed = contract && routeRequest(contract, method as HttpMethod, path.split('?')[0]);
    endpoint = routed?.kind === 'endpoint' ? routed.endpoint : undefined;
  } else {
    const ref = request.endpoint!;
    const feature = contract?.service.features[ref.feature];
    const realising = (contract?.endpoints ?? []).filter(
      (e) => e.method === method && feature !== undefined && e.features.includes(feature),
    );
    // One feature may be realised by a list and a lookup of the same records ("add, list and look one up"): a
    // request with path parameters goes to the endpoint that takes them, one without to the one that takes none.
    const takes = (e: EndpointSpec) => (e.path.match(/\{[^}]+\}/g) ?? []).length;
    const given = Object.keys(request.params ?? {}).length;
    endpoint = realising.find((e) => takes(e) === given) ?? realising[0];
    if (!endpoint) throw new Error(`the SPEC has no ${method} endpoint realising key feature ${ref.feature}`);
    path = fillParams(endpoint.path, request.params ?? {}, saved);
  }
  const fields = new Set([
    ...(endpoint?.request.body?.fields.map((f) => f.name) ?? []),
    ...(endpoint?.request.query?.map((f) => f.name) ?? []),
  ]);
  // Query keys may list `a|b` alternatives too: the one the endpoint's query parameters name, else the first.
  const params = new Set(endpoint?.request.query?.map((f) => f.name) ?? []);
  const query = Object.entries(request.query ?? {})
    .map(([k, v]) => {
      const name = k.split('|').find((n) => params.has(n)) ?? k.split('|')[0];
      return `${encodeURIComponent(name)}=${encodeURIComponent(fill(String(v), saved))}`;
    })
    .join('&');
  const headers = Object.entries(request.headers ?? {}).map(([k, v]) => [k, fill(v, saved)]);
  return {
    method,
    url: query ? `${path}?${query}` : path,
    ...(headers.length > 0 ? { headers: Object.fromEntries(headers) as Record<string, string> } : {}),
    ...(request.body === undefined ? {} : { body: chooseKeys(fillDeep(request.body, saved), fields) }),
  };
}

/** Problems with a response against a step's expectations (empty when it holds). */
export function checkStep(step: ProbeStep, status: number, body: unknown): string[] {
  const allowed = Array.isArray(step.expect.status) ? step.expect.status : [step.expect.status];
  const problems: string[] = [];
  if (!allowed.includes(status)) problems.push(`status ${status}, expected ${allowed.join(' or ')}`);
  if (step.expect.body !== undefined)
    problems.push(...match(inEnvelope(body, step.expect.body), step.expect.body, 'body'));
  return problems;
}

/** Keys under which a list answers its records inside an object (`{"items": [...], "total": 4}`). */
const LIST_KEYS = /^(items|data|results|records|entries|rows|list)$/;

/**
 * The response as the expectation shapes it, when the two differ only by a list's envelope (an intent that names
 * none leaves it to the service): a bare array where the expectation wants `{"<list key>": [...]}` is read as
 * that object, and an object holding the records under one list key where the expectation is an array (or a
 * matcher of arrays: `$contains` of a record, `$len`, `$type` array) as those records. Anything else is returned
 * as it is.
 */
function inEnvelope(body: unknown, expected: unknown): unknown {
  if (Array.isArray(body) && expected !== null && typeof expected === 'object' && !isMatcher(expected)) {
    const keys = Object.keys(expected);
    if (!Array.isArray(expected) && keys.length === 1 && keys[0].split('|').some((k) => LIST_KEYS.test(k))) {
      return { [keys[0].split('|').find((k) => LIST_KEYS.test(k)) as string]: body };
    }
  }
  if (wantsList(expected) && body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const lists = Object.entries(body).filter(([k, v]) => LIST_KEYS.test(k) && Array.isArray(v));
    if (lists.length === 1) return lists[0][1];
  }
  return body;
}

/** An expectation only a list can meet: an array, or a matcher of one (`$contains` of a non-text, `$len`, `$type`). */
function wantsList(expected: unknown): boolean {
  if (Array.isArray(expected)) return true;
  if (!isMatcher(expected)) return false;
  return (
    ('$contains' in expected && typeof expected.$contains !== 'string') ||
    '$len' in expected ||
    expected.$type === 'array'
  );
}

/** Where `actual` fails the subset/matcher `expected` of eval/README.md (empty when it matches). */
export function match(actual: unknown, expected: unknown, at: string): string[] {
  if (isMatcher(expected)) return matchWith(actual, expected, at);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${at}: expected an array of ${expected.length}, got ${clip(JSON.stringify(actual))}`];
    }
    return expected.flatMap((e, i) => match(actual[i], e, `${at}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${at}: expected an object, got ${clip(JSON.stringify(actual))}`];
    }
    const problems: string[] = [];
    for (const [key, value] of Object.entries(expected)) {
      const names = key.split('|');
      const present = names.filter((n) => n in actual);
      if (present.length === 0) {
        // `{"$exists": false}` asks for the key to be absent: absent is a pass, not "missing".
        const absentAsked =
          value !== null &&
          typeof value === 'object' &&
          '$exists' in value &&
          !(value as { $exists: unknown }).$exists;
        if (!absentAsked) problems.push(`${at}.${key}: missing`);
        continue;
      }
      const attempts = present.map((n) => match((actual as Record<string, unknown>)[n], value, `${at}.${n}`));
      if (!attempts.some((a) => a.length === 0)) problems.push(...attempts[0]);
    }
    return problems;
  }
  return equal(actual, expected)
    ? []
    : [`${at}: ${clip(JSON.stringify(actual))} ≠ ${JSON.stringify(expected)}`];
}

type Matcher = Record<string, unknown>;

function isMatcher(value: unknown): value is Matcher {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((k) => k.startsWith('$'))
  );
}

function matchWith(actual: unknown, m: Matcher, at: string): string[] {
  const problems: string[] = [];
  const bad = (what: string) => problems.push(`${at}: ${clip(JSON.stringify(actual))} ${what}`);
  if ('$approx' in m) {
    const tol = typeof m.$tol === 'number' ? m.$tol : 1e-6;
    if (typeof actual !== 'number' || Math.abs(actual - Number(m.$approx)) > tol)
      bad(`is not ${String(m.$approx)} ± ${tol}`);
  }
  if ('$exists' in m && (actual !== undefined) !== Boolean(m.$exists))
    bad(m.$exists ? 'is missing' : 'should be absent');
  if ('$type' in m && typeOf(actual) !== m.$type) bad(`is not a ${String(m.$type)}`);
  if ('$contains' in m) {
    const needle = m.$contains;
    const ok =
      typeof actual === 'string'
        ? actual.toLowerCase().includes(String(needle).toLowerCase())
        : Array.isArray(actual) && actual.some((item) => match(item, needle, at).length === 0);
    if (!ok) bad(`does not contain ${JSON.stringify(needle)}`);
  }
  if ('$len' in m && (typeof actual === 'string' || Array.isArray(actual) ? actual.length : -1) !== m.$len) {
    bad(`does not have length ${String(m.$len)}`);
  }
  if ('$oneOf' in m && !(m.$oneOf as unknown[]).some((option) => match(actual, option, at).length === 0)) {
    bad(`is none of ${JSON.stringify(m.$oneOf)}`);
  }
  if ('$gte' in m && !(typeof actual === 'number' && actual >= Number(m.$gte)))
    bad(`is not ≥ ${String(m.$gte)}`);
  if ('$lte' in m && !(typeof actual === 'number' && actual <= Number(m.$lte)))
    bad(`is not ≤ ${String(m.$lte)}`);
  return problems;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function equal(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Fills `{name}` path parameters: by name first, then the remaining given values in path order. */
function fillParams(route: string, params: Record<string, string>, saved: Record<string, unknown>): string {
  const given = Object.entries(params).map(([k, v]) => [k, fill(v, saved)] as const);
  const unused = given.filter(([k]) => !route.includes(`{${k}}`)).map(([, v]) => v);
  return route.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const byName = given.find(([k]) => k === name);
    const value = byName ? byName[1] : unused.shift();
    if (value === undefined) throw new Error(`no value for path parameter {${name}} of ${route}`);
    return encodeURIComponent(value);
  });
}

/** Replaces `{{name}}` with saved values; a string that is only a placeholder keeps the saved value's type. */
function fill(text: string, saved: Record<string, unknown>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in saved)) throw new Error(`nothing saved as {{${name}}}`);
    return String(saved[name]);
  });
}

function fillDeep(value: unknown, saved: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{(\w+)\}\}$/.exec(value);
    if (whole) {
      if (!(whole[1] in saved)) throw new Error(`nothing saved as {{${whole[1]}}}`);
      return saved[whole[1]];
    }
    return fill(value, saved);
  }
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, saved));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, saved)]));
  }
  return value;
}

/**
 * Picks, for each `a|b|c` key of a top-level body object, the alternative the endpoint's fields name. When exactly
 * one such key names none of them and exactly one field of the endpoint is left unsent, the key is that field: a
 * free-text intent named no field, so the probe's guesses stand for "the one value this request carries".
 */
function chooseKeys(body: unknown, fields: Set<string>): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const entries = Object.entries(body as Record<string, unknown>).map(([key, value]) => {
    const names = key.split('|');
    return { names, value, chosen: names.find((n) => fields.has(n)) };
  });
  const unmatched = entries.filter((e) => e.chosen === undefined && e.names.length > 1);
  const sent = new Set(entries.flatMap((e) => (e.chosen !== undefined ? [e.chosen] : e.names)));
  const left = [...fields].filter((f) => !sent.has(f));
  if (unmatched.length === 1 && left.length === 1) unmatched[0].chosen = left[0];
  return Object.fromEntries(entries.map((e) => [e.chosen ?? e.names[0], e.value]));
}

/** The first of `a|b` paths (`body.id`, `status`) that is present in the response. */
function firstPresent(body: unknown, status: number, paths: string): unknown {
  for (const path of paths.split('|')) {
    const [root, ...rest] = path.split('.');
    let value: unknown = root === 'status' ? status : root === 'body' ? body : undefined;
    for (const part of rest) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    if (value !== undefined) return value;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function clip(text: string | undefined): string {
  const t = text ?? 'undefined';
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
}
