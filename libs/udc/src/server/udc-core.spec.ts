import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { udcMessageEnvelopeSchema } from '../schemas';
import type { UdcMessageEnvelope, UdcRegistryEntry } from '../types';
import { createUdcRuntime, registerWithRegistry, validateEnvelope, type UdcRuntimeOptions } from './udc-core';

const servers: Server[] = [];

async function listen(handler: RequestListener): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    }),
  );
});

const baseOptions: UdcRuntimeOptions = {
  service: 'orders',
  version: '1.2.0',
  features: ['create orders'],
  endpoints: [{ method: 'POST', path: '/orders', description: 'create an order' }],
  dependencies: [],
};

/** A service whose own routes are `/ok` (200) and `/boom` (500), counted like a generated service does. */
async function serve(opts: Partial<UdcRuntimeOptions> = {}) {
  const runtime = createUdcRuntime({ ...baseOptions, ...opts });
  const url = await listen((req, res) => {
    if (runtime.handle(req, res)) return;
    const status = req.url === '/ok' ? 200 : req.url === '/boom' ? 500 : 404;
    runtime.recordRequest(status);
    res.writeHead(status).end();
  });
  return { runtime, url };
}

function envelope(overrides: Partial<UdcMessageEnvelope> = {}): UdcMessageEnvelope {
  return {
    udc_version: '1.0',
    message_id: 'm-1',
    source: 'billing',
    target: 'orders',
    type: 'event',
    payload: { order_id: 7 },
    timestamp: '2025-03-01T12:00:00.000Z',
    ...overrides,
  };
}

async function postMessage(url: string, body: string) {
  const res = await fetch(`${url}/message`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function getJson(url: string, path: string) {
  const res = await fetch(url + path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('createUdcRuntime over HTTP', () => {
  it('answers the UDC routes and leaves other paths to the service', async () => {
    const { url } = await serve();

    const health = await getJson(url, '/health?verbose=1');
    const other = await fetch(`${url}/orders`);

    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'active', service: 'orders', version: '1.2.0' });
    expect(other.status).toBe(404);
  });

  it('counts UDC and recorded own requests, and only 5xx answers as errors', async () => {
    const { url } = await serve();

    for (const path of ['/ok', '/boom', '/nothing-here', '/health']) await fetch(url + path);
    const state = await getJson(url, '/state');

    expect(state.body).toMatchObject({ requests_total: 4, errors_total: 1 });
  });

  it('answers a valid envelope with 202 and its message_id and hands it to onMessage', async () => {
    const received: UdcMessageEnvelope[] = [];
    const { url } = await serve({ onMessage: (m) => received.push(m) });

    const answer = await postMessage(url, JSON.stringify(envelope({ message_id: 'm-42' })));

    expect(answer).toEqual({ status: 202, body: { accepted: true, message_id: 'm-42' } });
    expect(received.map((m) => m.message_id)).toEqual(['m-42']);
  });

  it('answers an invalid envelope with 400 and the reasons, without calling onMessage', async () => {
    const received: UdcMessageEnvelope[] = [];
    const { url } = await serve({ onMessage: (m) => received.push(m) });
    const { type: _dropped, ...withoutType } = envelope();

    const answer = await postMessage(url, JSON.stringify(withoutType));

    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ accepted: false, errors: ["must have required property 'type'"] });
    expect(received).toEqual([]);
  });

  it('answers a body that is not JSON with 400', async () => {
    const { url } = await serve();

    const answer = await postMessage(url, '{"udc_version": "1.0",');

    expect(answer).toEqual({ status: 400, body: { accepted: false, errors: ['body is not valid JSON'] } });
  });

  it('answers a body over 64 KB with 413', async () => {
    const { url } = await serve();
    const big = JSON.stringify(envelope({ payload: { blob: 'x'.repeat(70 * 1024) } }));

    const answer = await postMessage(url, big);

    expect(answer.status).toBe(413);
  });

  it('answers a chunked body that grows past 64 KB with 413', async () => {
    const { url } = await serve();
    const req = request(`${url}/message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    const response = once(req, 'response') as Promise<[IncomingMessage]>;

    for (let i = 0; i < 10; i += 1) req.write('x'.repeat(8 * 1024));
    req.end();
    const [res] = await response;
    res.resume();

    expect(req.getHeader('content-length')).toBeUndefined();
    expect(res.statusCode).toBe(413);
  });

  it('accepts a valid envelope of exactly 64 KB', async () => {
    const { url } = await serve();
    const empty = JSON.stringify(envelope({ payload: { blob: '' } }));
    const exact = JSON.stringify(envelope({ payload: { blob: 'x'.repeat(64 * 1024 - empty.length) } }));

    const answer = await postMessage(url, exact);

    expect(Buffer.byteLength(exact)).toBe(64 * 1024);
    expect(answer.status).toBe(202);
  });

  it('answers a wrong method on a UDC route with 405 and the allowed one', async () => {
    const { url } = await serve();

    const res = await fetch(`${url}/health`, { method: 'DELETE' });

    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('answers 500 and counts an error when onMessage throws', async () => {
    const { url } = await serve({
      onMessage: () => {
        throw new Error('handler broke');
      },
    });

    const answer = await postMessage(url, JSON.stringify(envelope()));
    const state = await getJson(url, '/state');

    expect(answer.status).toBe(500);
    expect(state.body).toMatchObject({
      errors_total: 1,
      metrics: { messages_failed: 1, messages_accepted: 0 },
    });
  });

  it('serves dependency probes over GET /dependencies', async () => {
    const { url } = await serve({
      dependencies: [{ name: 'postgres', required: true, check: () => Promise.resolve(true) }],
    });

    const answer = await getJson(url, '/dependencies');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      dependencies: [{ name: 'postgres', status: 'up', required: true }],
      all_required_up: true,
    });
  });
});

describe('createUdcRuntime body builders', () => {
  it('reports health from the health callback', () => {
    const runtime = createUdcRuntime({ ...baseOptions, health: () => 'degraded' });

    expect(runtime.healthBody().status).toBe('degraded');
  });

  it('lists the service endpoints and dependency names in capabilities', () => {
    const runtime = createUdcRuntime({ ...baseOptions, dependencies: [{ name: 'redis', required: true }] });

    expect(runtime.capabilitiesBody()).toEqual({
      service: 'orders',
      version: '1.2.0',
      udc_version: '1.0',
      features: ['create orders'],
      endpoints: [{ method: 'POST', path: '/orders', description: 'create an order' }],
      dependencies: ['redis'],
    });
  });

  it('lists only the features the executor found realised as written, once the release carries that verdict', () => {
    const features = ['GET /hello says hello', 'Create notes', 'GET /bye'];
    process.env.SF_PROVENANCE = JSON.stringify({
      features: [
        { feature: features[0], checked: 'literal', realised: true },
        { feature: features[1], checked: 'none', realised: null },
        { feature: features[2], checked: 'literal', realised: false },
      ],
    });
    try {
      expect(createUdcRuntime({ ...baseOptions, features }).capabilitiesBody().features).toEqual([
        features[0],
      ]);
    } finally {
      delete process.env.SF_PROVENANCE;
    }
    expect(createUdcRuntime({ ...baseOptions, features }).capabilitiesBody().features).toEqual(features);
  });

  it('merges extra metrics into state without letting them overwrite the built-in counters', () => {
    const runtime = createUdcRuntime(baseOptions);

    const { metrics } = runtime.stateBody({ queue_depth: 3, messages_accepted: 99 });

    expect(metrics.queue_depth).toBe(3);
    expect(metrics.messages_accepted).toBe(0);
  });

  it('reports each dependency as up, down or unknown and all_required_up from the required ones', async () => {
    const runtime = createUdcRuntime({
      ...baseOptions,
      dependencyTimeoutMs: 50,
      dependencies: [
        { name: 'up', required: true, check: () => Promise.resolve(true) },
        { name: 'false', required: false, check: () => Promise.resolve(false) },
        { name: 'throws', required: false, check: () => Promise.reject(new Error('refused')) },
        { name: 'hangs', required: false, check: () => new Promise<boolean>(() => undefined) },
        { name: 'unchecked', required: false },
      ],
    });

    const body = await runtime.dependenciesBody();

    expect(body.dependencies.map((d) => [d.name, d.status])).toEqual([
      ['up', 'up'],
      ['false', 'down'],
      ['throws', 'down'],
      ['hangs', 'down'],
      ['unchecked', 'unknown'],
    ]);
    expect(body.dependencies[4].latency_ms).toBeNull();
    expect(body.all_required_up).toBe(true);
  });

  it('does not call all required dependencies up when a required one has no check', async () => {
    const runtime = createUdcRuntime({ ...baseOptions, dependencies: [{ name: 'redis', required: true }] });

    const body = await runtime.dependenciesBody();

    expect(body.all_required_up).toBe(false);
  });

  it('acceptMessage says 202 or 400 for frameworks that parse the body themselves', () => {
    const runtime = createUdcRuntime(baseOptions);

    expect(runtime.acceptMessage(envelope()).statusCode).toBe(202);
    expect(runtime.acceptMessage({ ...envelope(), type: 'shout' })).toEqual({
      statusCode: 400,
      body: { accepted: false, errors: ['/type must be equal to one of the allowed values'] },
    });
  });
});

describe('validateEnvelope', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const schemaAccepts = ajv.compile(udcMessageEnvelopeSchema);
  const agrees = (value: unknown) => (validateEnvelope(value).length === 0) === schemaAccepts(value);

  const codePoints = (min: number, max: number) =>
    fc.string({ unit: 'binary', minLength: min, maxLength: max });
  const twoDigits = fc.oneof(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 99 }));
  /** Date-time-shaped strings with every part sometimes out of range, to exercise calendar and zone rules. */
  const dateTimeLike = fc
    .tuple(
      fc.oneof(fc.constantFrom(1900, 2000, 2024, 2100), fc.integer({ min: 0, max: 9999 })),
      twoDigits,
      fc.oneof(fc.integer({ min: 0, max: 31 }), twoDigits),
      fc.constantFrom('T', 't', ' ', '\u00a0', '_', ''),
      fc.oneof(fc.integer({ min: 0, max: 24 }), twoDigits),
      twoDigits,
      fc.oneof(fc.constant(60), fc.integer({ min: 0, max: 61 })),
      fc.constantFrom('', '.5', '.123456', '.'),
      fc.constantFrom(
        'Z',
        'z',
        '',
        '+01:00',
        '-05:30',
        '+0130',
        '+01',
        '+24:00',
        '-00:60',
        '+23:59',
        '-23:59',
      ),
    )
    .map(([y, mo, d, sep, h, mi, s, frac, zone]) => {
      const p = (n: number) => String(n).padStart(2, '0');
      return `${String(y).padStart(4, '0')}-${p(mo)}-${p(d)}${sep}${p(h)}:${p(mi)}:${p(s)}${frac}${zone}`;
    });
  const isoNow = fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());

  const validEnvelope = fc.record(
    {
      udc_version: fc.constant('1.0' as const),
      message_id: codePoints(1, 200),
      trace_id: codePoints(1, 200),
      source: codePoints(1, 30),
      target: codePoints(1, 30),
      type: fc.constantFrom('status' as const, 'event' as const, 'command' as const, 'query' as const),
      payload: fc.dictionary(fc.string(), fc.jsonValue()),
      timestamp: isoNow,
    },
    { requiredKeys: ['udc_version', 'message_id', 'source', 'target', 'type', 'payload', 'timestamp'] },
  );

  const fields = [
    'udc_version',
    'message_id',
    'trace_id',
    'source',
    'target',
    'type',
    'payload',
    'timestamp',
  ];
  const replacement = fc.oneof(
    fc.jsonValue(),
    codePoints(0, 3),
    codePoints(195, 205),
    dateTimeLike,
    fc.constantFrom('1.0', '1', 'status', 'event', 'Query', '', [], {}, null),
  );
  const mutated = fc.oneof(
    fc.tuple(validEnvelope, fc.constantFrom(...fields)).map(([e, key]) => {
      const copy: Record<string, unknown> = { ...e };
      delete copy[key];
      return copy;
    }),
    fc
      .tuple(validEnvelope, fc.constantFrom(...fields), replacement)
      .map(([e, key, value]) => ({ ...e, [key]: value })),
    fc.tuple(validEnvelope, dateTimeLike).map(([e, timestamp]) => ({ ...e, timestamp })),
    fc
      .tuple(validEnvelope, fc.string({ minLength: 1 }), fc.jsonValue())
      .filter(([, key]) => !fields.includes(key) && key !== '__proto__')
      .map(([e, key, value]) => ({ ...e, [key]: value })),
    fc.jsonValue(),
  );

  it('accepts every generated valid envelope, as the schema does', () => {
    fc.assert(
      fc.property(validEnvelope, (e) => {
        expect(validateEnvelope(e)).toEqual([]);
        expect(schemaAccepts(e)).toBe(true);
      }),
    );
  });

  it('agrees with the ajv schema on mutated envelopes', () => {
    fc.assert(
      fc.property(mutated, (value) => agrees(value)),
      { numRuns: 2000 },
    );
  });

  it('agrees with ajv-formats on date-time edge cases', () => {
    fc.assert(
      fc.property(dateTimeLike, (timestamp) => agrees({ ...envelope(), timestamp })),
      { numRuns: 2000 },
    );
  });

  it('counts message_id length in code points, like the schema', () => {
    const astral = '😀'.repeat(200);

    expect(validateEnvelope(envelope({ message_id: astral }))).toEqual([]);
    expect(validateEnvelope(envelope({ message_id: `${astral}x` }))).toEqual([
      '/message_id must NOT have more than 200 characters',
    ]);
  });

  it('names every problem of a bad envelope', () => {
    const errors = validateEnvelope({ ...envelope(), udc_version: '2.0', payload: [], extra: 1, source: '' });

    expect(errors).toEqual([
      "must NOT have additional properties ('extra')",
      '/udc_version must be equal to "1.0"',
      '/source must NOT have fewer than 1 characters',
      '/payload must be object',
    ]);
  });

  it('accepts a leap second only at 23:59:60 UTC', () => {
    expect(validateEnvelope(envelope({ timestamp: '2016-12-31T23:59:60Z' }))).toEqual([]);
    expect(validateEnvelope(envelope({ timestamp: '2016-12-31T12:59:60Z' }))).toEqual([
      '/timestamp must match format "date-time"',
    ]);
  });
});

interface SeenRequest {
  method: string;
  path: string;
  body: string;
}

/** A registry at the wire: records every request and answers with the status `answer` picks. */
async function fakeRegistry(answer: (seen: SeenRequest, all: SeenRequest[]) => number = () => 200) {
  const seen: SeenRequest[] = [];
  const waiters: { match: (r: SeenRequest) => boolean; count: number; resolve: () => void }[] = [];
  const settle = () => {
    for (const w of [...waiters]) {
      if (seen.filter(w.match).length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  const url = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: SeenRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      res.writeHead(answer(request, seen), { 'content-type': 'application/json' }).end('{}');
      settle();
    });
  });
  return {
    url,
    seen,
    /** Resolves once `count` requests matching `match` have arrived. */
    waitFor(match: (r: SeenRequest) => boolean, count = 1): Promise<void> {
      return new Promise((resolve) => {
        waiters.push({ match, count, resolve });
        settle();
      });
    },
  };
}

/**
 * The request timeout defaults to the heartbeat interval; these tests tick every 20 ms to be quick, which on a
 * loaded machine would turn slow answers into counted failures. They test the ticking, not the timeout.
 */
const LOADED_MACHINE_TIMEOUT_MS = 10_000;

describe('registerWithRegistry', () => {
  const entry: UdcRegistryEntry = {
    name: 'orders',
    version: '1.2.0',
    url: 'http://127.0.0.1:9100',
    udc_version: '1.0',
    capabilities: createUdcRuntime(baseOptions).capabilitiesBody(),
    provenance: {
      intent_id: 'int-1',
      spec_sha256: 'a'.repeat(64),
      spec_score: 91,
      models: ['model-a'],
      cost_usd: 0.12,
      tests_passed: 14,
      approvals: [],
    },
  };
  const isRegister = (r: SeenRequest) => r.method === 'POST' && r.path === '/registry/register';
  const isHeartbeat = (r: SeenRequest) => r.method === 'POST' && r.path === '/registry/heartbeat/orders';
  /** A registry that lost the first registration: its first heartbeat is answered 404, the rest 200. */
  const losingFirstRegistration = () =>
    fakeRegistry((r, all) => (isHeartbeat(r) && all.filter(isHeartbeat).length === 1 ? 404 : 200));
  /** Registers `entry` at `registryUrl`, heartbeats `intervalMs` apart, with a loaded machine's timeout. */
  const registerAt = (registryUrl: string, intervalMs: number) =>
    registerWithRegistry({ registryUrl, entry, intervalMs, requestTimeoutMs: LOADED_MACHINE_TIMEOUT_MS });

  it('registers the entry at once and then heartbeats every interval', async () => {
    const registry = await fakeRegistry();

    const registration = registerAt(`${registry.url}/`, 20);
    await registry.waitFor(isHeartbeat, 2);
    await registration.stop();

    expect(registry.seen[0].method).toBe('POST');
    expect(registry.seen[0].path).toBe('/registry/register');
    expect(JSON.parse(registry.seen[0].body)).toEqual(entry);
    expect(registration.stats()).toMatchObject({ registered: true, failures: 0 });
    expect(registration.stats().heartbeats).toBeGreaterThanOrEqual(2);
  });

  it('retries a failed registration instead of heartbeating, and counts the failure', async () => {
    const registry = await fakeRegistry((r, all) =>
      isRegister(r) && all.filter(isRegister).length === 1 ? 503 : 200,
    );

    const registration = registerAt(registry.url, 20);
    await registry.waitFor(isHeartbeat);
    await registration.stop();

    expect(registry.seen.slice(0, 3).map((r) => r.path)).toEqual([
      '/registry/register',
      '/registry/register',
      '/registry/heartbeat/orders',
    ]);
    expect(registration.stats().failures).toBe(1);
  });

  it('retries a failed registration within a second even when heartbeats are far apart', async () => {
    const registry = await fakeRegistry((r, all) =>
      isRegister(r) && all.filter(isRegister).length === 1 ? 503 : 200,
    );

    const registration = registerWithRegistry({
      registryUrl: registry.url,
      entry,
      // Far longer than any test waits: only the quick retry can bring the second registration.
      intervalMs: 3_600_000,
      requestTimeoutMs: LOADED_MACHINE_TIMEOUT_MS,
    });
    await registry.waitFor(isRegister, 2);
    await registration.stop();

    expect(registration.stats()).toMatchObject({ registered: true, failures: 1 });
  });

  it('registers again within seconds when the registry lost the entry right after taking it', async () => {
    // The store behind the registry lost the first registration (Redis killed before its fsync): the first
    // heartbeat is a 404. Heartbeats an hour apart: only the confirming heartbeat can find that out in time.
    const registry = await losingFirstRegistration();

    const registration = registerAt(registry.url, 3_600_000);
    await registry.waitFor(isRegister, 2);
    await registry.waitFor(isHeartbeat, 2);
    await registration.stop();

    expect(registry.seen.slice(0, 4).map((r) => r.path)).toEqual([
      '/registry/register',
      '/registry/heartbeat/orders',
      '/registry/register',
      '/registry/heartbeat/orders',
    ]);
    expect(registration.stats()).toMatchObject({ registered: true, heartbeats: 1, failures: 1 });
  });

  it('fails over to the next of several registry URLs when one does not answer', async () => {
    // A port that was just listening and is closed: connections to it are refused.
    const gone = createServer();
    gone.listen(0, '127.0.0.1');
    await once(gone, 'listening');
    const deadUrl = `http://127.0.0.1:${(gone.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => gone.close(() => resolve()));
    const registry = await fakeRegistry();

    const registration = registerAt(`${deadUrl}, ${registry.url}/`, 20);
    await registry.waitFor(isHeartbeat, 2);
    await registration.stop();

    expect(registry.seen[0].path).toBe('/registry/register');
    expect(registration.stats()).toMatchObject({ registered: true, failures: 1 });
  });

  it('stops at once while a request to a registry that never answers is in flight', async () => {
    let arrived: () => void = () => undefined;
    const registered = new Promise<void>((resolve) => (arrived = resolve));
    // Takes the registration and never answers it: only stop() can end the request.
    const url = await listen(() => arrived());

    const registration = registerWithRegistry({
      registryUrl: url,
      entry,
      intervalMs: 3_600_000,
      requestTimeoutMs: 3_600_000,
    });
    await registered;
    await registration.stop();

    expect(registration.stats().registered).toBe(false);
  });

  it('registers again when a heartbeat is answered 404', async () => {
    const registry = await losingFirstRegistration();

    const registration = registerAt(registry.url, 20);
    await registry.waitFor(isRegister, 2);
    await registration.stop();

    expect(registry.seen.slice(0, 3).map((r) => r.path)).toEqual([
      '/registry/register',
      '/registry/heartbeat/orders',
      '/registry/register',
    ]);
  });

  it('swallows an unreachable registry and counts each attempt as a failure', async () => {
    const closed = await listen(() => undefined);
    const server = servers.pop() as Server;
    server.close();
    await once(server, 'close');

    const registration = registerWithRegistry({ registryUrl: closed, entry, intervalMs: 60_000 });
    await registration.stop();

    expect(registration.stats()).toEqual({ registered: false, heartbeats: 0, failures: 1 });
  });

  it('deregisters on stop only when asked', async () => {
    const registry = await fakeRegistry();
    const kept = registerWithRegistry({ registryUrl: registry.url, entry, intervalMs: 60_000 });
    const removed = registerWithRegistry({
      registryUrl: registry.url,
      entry: { ...entry, name: 'billing v2' },
      intervalMs: 60_000,
    });
    await registry.waitFor(isRegister, 2);

    await kept.stop();
    await removed.stop({ deregister: true });

    expect(registry.seen.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([
      '/registry/billing%20v2',
    ]);
  });
});
