import fc from 'fast-check';
import { adminAuth } from '../support/auth';
import { intent, request, startTestPipeline, type TestPipeline } from '../support/harness';

/*
 * Property-based fuzz of both services through their own OpenAPI documents, with a valid admin credential:
 * every operation, fed random path parameters, query strings and bodies (random JSON, the operation's own
 * field names with random values, malformed text, deep nesting), must answer below 500, and an intent accepted
 * before the run must read the same afterwards. `FUZZ_RUNS` cases per service (2,000 in CI; `npm run fuzz`
 * runs 20,000). Loopback only, bounded in count, no timing.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? '2000');

interface Operation {
  method: string;
  path: string;
  params: string[];
  query: string[];
  fields: string[];
}

/** The operations of an OpenAPI document, with the names it declares for parameters and body fields. */
function operationsOf(doc: {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}): Operation[] {
  const schemas = doc.components?.schemas ?? {};
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = op.parameters ?? [];
      // The body's field names, when its schema is a named component.
      const ref = JSON.stringify(op.requestBody ?? {}).match(/#\/components\/schemas\/([\w-]+)/)?.[1];
      ops.push({
        method: method.toUpperCase(),
        path,
        params: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        fields: Object.keys((ref && schemas[ref]?.properties) || {}),
      });
    }
  }
  return ops;
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '0',
    '-1',
    'null',
    '../../etc/passwd',
    '%00',
    '%2e%2e%2f',
    'a'.repeat(300),
    '💥',
    '1e309',
  ),
);

/** JSON text nested `depth` levels deep (arrays or objects), written as text: too deep for JSON.stringify. */
function nested(depth: number, object: boolean): string {
  return object
    ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

function bodyFor(op: Operation): fc.Arbitrary<string | undefined> {
  const ownFields =
    op.fields.length > 0
      ? fc
          .dictionary(fc.constantFrom(...op.fields), fc.jsonValue({ maxDepth: 3 }), {
            maxKeys: op.fields.length,
          })
          .map((o) => JSON.stringify(o))
      : fc.constant('{}');
  return fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    ownFields,
    fc.string({ maxLength: 60 }),
    fc.integer({ min: 20, max: 5000 }).chain((d) => fc.boolean().map((o) => nested(d, o))),
  );
}

function requestFor(op: Operation): fc.Arbitrary<{ path: string; body: string | undefined }> {
  return fc
    .record({
      params: fc.array(text, { minLength: op.params.length, maxLength: op.params.length }),
      query: fc.dictionary(fc.oneof(fc.constantFrom(...op.query, 'x'), fc.string({ maxLength: 8 })), text, {
        maxKeys: 4,
      }),
      body: bodyFor(op),
    })
    .map(({ params, query, body }) => {
      let path = op.path;
      op.params.forEach((name, i) => (path = path.replace(`{${name}}`, encodeURIComponent(params[i]))));
      const qs = new URLSearchParams(query).toString();
      return { path: qs ? `${path}?${qs}` : path, body };
    });
}

async function fuzz(base: string, ops: Operation[]): Promise<string[]> {
  const failures: string[] = [];
  const cases = fc.constantFrom(...ops).chain((op) => requestFor(op).map((r) => ({ op, ...r })));
  await fc.assert(
    fc.asyncProperty(cases, async ({ op, path, body }) => {
      const headers: Record<string, string> = { ...adminAuth() };
      // fetch sends no body with GET; DELETE may carry one.
      const sent = op.method === 'GET' ? undefined : body;
      if (sent !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(base + path, { method: op.method, headers, body: sent });
      await res.text();
      if (res.status >= 500)
        failures.push(`${op.method} ${path} ${String(body).slice(0, 200)} → ${res.status}`);
    }),
    { numRuns: RUNS },
  );
  return failures;
}

describe('fuzz of both OpenAPI documents (valid admin credential)', () => {
  let stack: TestPipeline;
  let accepted: { id: string; before: unknown };

  beforeAll(async () => {
    stack = await startTestPipeline('fuzz', {
      FACTORY_WORKER: 'false',
      RATE_LIMIT: 'off',
      LOG_LEVEL: 'warn',
    });
    const res = await request(
      stack.factory.url,
      'POST',
      '/intents/submit',
      intent('fuzz-kept', { port: 9710 }),
    );
    expect(res.status).toBe(202);
    const id = res.body.intent_id as string;
    accepted = { id, before: (await request(stack.factory.url, 'GET', `/intents/${id}/status`)).body };
  });

  afterAll(() => stack.close());

  it.each(['factory', 'executor'] as const)('the %s answers no random request with a 5xx', async (which) => {
    const base = stack[which].url;
    const doc = (await request(base, 'GET', '/docs-json')).body;
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(10);

    expect(await fuzz(base, ops)).toEqual([]);
  });

  it('leaves an intent accepted before the run as it was', async () => {
    const after = (await request(stack.factory.url, 'GET', `/intents/${accepted.id}/status`)).body as Record<
      string,
      unknown
    >;
    const before = accepted.before as Record<string, unknown>;
    expect({ status: after.status, priority: after.priority, service_name: after.service_name }).toEqual({
      status: before.status,
      priority: before.priority,
      service_name: before.service_name,
    });
  });
});
