import { HTTP_METHODS, routeRequest, routeShape } from '@sf/service-spec';
import { literal, str } from './code-text';
import { DEFAULT_MAX_BODY_BYTES } from './service-model';
import type { TestCase, TestWriter } from './test-writer';

/** Bodies larger than this are not sent by the size-limit test: they would only slow the run down. */
const MAX_LIMIT_PROBE_BYTES = 8 * 1024 * 1024;

/** The HTTP conventions every generated service follows (CONTRACT.md): 404, 405, trailing slash, 400, 413. */
export function conventionCases(w: TestWriter): TestCase[] {
  const a = w.assert();
  const cases: TestCase[] = [];
  let unknownPath = '/no-such-route';
  for (let n = 2; routeRequest(w.contract, 'GET', unknownPath).kind !== 'not_found'; n += 1) {
    unknownPath = `/no-such-route-${n}/x/y/z/${'w/'.repeat(n)}end`;
  }
  cases.push({
    name: 'an unknown route answers 404 NOT_FOUND',
    lines: [
      `const res = await server.call({ method: 'GET', path: ${str(unknownPath)} });`,
      w.expectError('res', 404, 'NOT_FOUND', `GET ${unknownPath}`),
    ],
  });

  for (const e of w.contract.endpoints) {
    const shape = routeShape(e.path);
    const declared = w.contract.endpoints.filter((x) => routeShape(x.path) === shape).map((x) => x.method);
    const other = HTTP_METHODS.find((m) => !declared.includes(m));
    if (!other) continue;
    cases.push({
      name: `a declared path answers other methods with 405 METHOD_NOT_ALLOWED and an allow header`,
      lines: [
        `const res = await server.call({ method: ${str(other)}, path: ${w.path(e)} });`,
        w.expectError('res', 405, 'METHOD_NOT_ALLOWED', `${other} ${e.path}`),
        ...declared.map(
          (m) => `${a}.ok(${w.support('headerOf')}(res, 'allow').includes(${str(m)}), 'allow lists ${m}');`,
        ),
      ],
    });
    break;
  }

  const listed = w.contract.endpoints.find(
    (e) =>
      e.method === 'GET' &&
      !e.path.includes('{') &&
      e.path !== '/' &&
      (e.behavior.kind === 'list' || e.behavior.kind === 'static'),
  );
  if (listed) {
    const status = listed.behavior.kind === 'static' ? listed.behavior.status : 200;
    cases.push({
      name: 'a trailing slash routes like the bare path',
      lines: [
        `const res = await server.call({ method: 'GET', path: ${str(`${listed.path}/`)} });`,
        w.expectStatus('res', status, `GET ${listed.path}/`),
      ],
    });
  }

  const parsed = w.contract.endpoints.find(
    (e) => e.method !== 'GET' && e.behavior.kind !== 'webhook_receive' && e.behavior.kind !== 'static',
  );
  if (parsed) {
    cases.push({
      name: 'a body that is not JSON answers 400 MALFORMED_JSON',
      lines: [
        `const res = ${w.call(parsed, { bodyText: str('{"broken": ') })};`,
        w.expectError('res', 400, 'MALFORMED_JSON', `${parsed.method} ${parsed.path} with broken JSON`),
      ],
    });
  }

  const limit = w.contract.non_functional?.max_body_bytes ?? DEFAULT_MAX_BODY_BYTES;
  const sized = w.contract.endpoints.find((e) => e.method !== 'GET') ?? w.contract.endpoints[0];
  if (sized && limit <= MAX_LIMIT_PROBE_BYTES) {
    const fits = limit >= 12 ? `'{"pad":"' + 'x'.repeat(${limit - 10}) + '"}'` : `'x'.repeat(${limit})`;
    cases.push({
      name: `a body over ${limit} bytes answers 413 PAYLOAD_TOO_LARGE; one of exactly ${limit} bytes is read`,
      lines: [
        `const over = ${w.call(sized, { bodyText: `'x'.repeat(${limit + 1})` })};`,
        w.expectError(
          'over',
          413,
          'PAYLOAD_TOO_LARGE',
          `${sized.method} ${sized.path} with ${limit + 1} bytes`,
        ),
        `const exact = ${w.call(sized, { bodyText: fits })};`,
        `${a}.notEqual(exact.status, 413, 'a body of exactly the limit is accepted for reading');`,
      ],
    });
  }
  return cases;
}

/** The five UDC endpoints answer per their schemas (PRODUCT §7). */
export function udcCases(w: TestWriter): TestCase[] {
  const a = w.assert();
  const c = w.contract;
  const get = (path: string) => `await server.call({ method: 'GET', path: '${path}' })`;
  const envelope = {
    udc_version: '1.0',
    message_id: 'msg-endpoint-test',
    source: 'endpoint-tests',
    target: c.service.name,
    type: 'event',
    payload: { hello: 'world' },
    timestamp: '2025-01-01T00:00:00Z',
  };
  const bodyOf = w.support('bodyOf');
  return [
    {
      name: 'GET /health reports active with the service name and version',
      lines: [
        `const res = ${get('/health')};`,
        w.expectStatus('res', 200, 'GET /health'),
        `const health = ${bodyOf}(res);`,
        `${a}.equal(health.status, 'active');`,
        `${a}.equal(health.service, ${str(c.service.name)});`,
        `${a}.equal(health.version, ${str(c.config.find((s) => s.name === 'SERVICE_VERSION')?.default ?? c.service.version)});`,
        `${a}.equal(typeof health.uptime_seconds, 'number');`,
        `${a}.ok(!Number.isNaN(Date.parse(String(health.timestamp))), 'timestamp is a date-time');`,
      ],
    },
    {
      name: "GET /capabilities lists the contract's features and endpoints",
      lines: [
        `const res = ${get('/capabilities')};`,
        w.expectStatus('res', 200, 'GET /capabilities'),
        `const capabilities = ${bodyOf}(res);`,
        `${a}.equal(capabilities.udc_version, '1.0');`,
        `${a}.equal(capabilities.service, ${str(c.service.name)});`,
        `${a}.deepEqual(capabilities.features, ${literal(c.service.features)});`,
        `${a}.deepEqual(capabilities.dependencies, ${literal(c.dependencies)});`,
        `const endpoints = (capabilities.endpoints as Record<string, unknown>[]).map((x) => String(x.method) + ' ' + String(x.path));`,
        `${a}.deepEqual(endpoints, ${literal(c.endpoints.map((e) => `${e.method} ${e.path}`))});`,
      ],
    },
    {
      name: 'GET /state counts requests',
      lines: [
        `await server.call({ method: 'GET', path: '/capabilities' });`,
        `const res = ${get('/state')};`,
        w.expectStatus('res', 200, 'GET /state'),
        `const state = ${bodyOf}(res);`,
        `${a}.ok(typeof state.requests_total === 'number' && state.requests_total >= 1, 'requests are counted');`,
        `${a}.equal(typeof state.errors_total, 'number');`,
        `${a}.equal(typeof state.memory_rss_bytes, 'number');`,
      ],
    },
    {
      name: 'GET /dependencies lists the declared dependencies',
      lines: [
        `const res = ${get('/dependencies')};`,
        w.expectStatus('res', 200, 'GET /dependencies'),
        `const dependencies = ${bodyOf}(res);`,
        `const names = (dependencies.dependencies as Record<string, unknown>[]).map((d) => d.name);`,
        `${a}.deepEqual(names, ${literal(c.dependencies)});`,
        `${a}.equal(typeof dependencies.all_required_up, 'boolean');`,
      ],
    },
    {
      name: 'POST /message accepts a valid envelope with 202 and refuses an invalid one with 400',
      lines: [
        `const envelope = ${literal(envelope)};`,
        `const accepted = await server.call({ method: 'POST', path: '/message', body: envelope });`,
        w.expectStatus('accepted', 202, 'POST /message with a valid envelope'),
        `${a}.deepEqual(accepted.body, { accepted: true, message_id: 'msg-endpoint-test' });`,
        `const refused = await server.call({ method: 'POST', path: '/message', body: { ...envelope, type: 'gossip' } });`,
        w.expectStatus('refused', 400, 'POST /message with an invalid type'),
        `const broken = await server.call({ method: 'POST', path: '/message', bodyText: '{' });`,
        w.expectStatus('broken', 400, 'POST /message with broken JSON'),
      ],
    },
    {
      name: 'UDC paths answer other methods with 405',
      lines: [
        `const res = await server.call({ method: 'POST', path: '/health' });`,
        w.expectStatus('res', 405, 'POST /health'),
      ],
    },
  ];
}
