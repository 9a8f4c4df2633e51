import type { EndpointSpec, HealthCheckBehavior } from '@sf/service-spec';
import { key, literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of a health check against real HTTP servers the test starts on loopback (tests run without
 * any other network): one answering 200, one 500, one redirecting, one that never answers, and a closed port.
 * A second instance with a short timeout keeps the test fast; one test waits the contract's own timeout.
 */

/**
 * How long the fast instance waits for a target (half the contract's timeout, so both are exercised). At most
 * 1 s and at least 50 ms: the targets that answer must answer within it, and on a machine running twenty builds
 * a loopback answer took more than the 300 ms this was capped at (the test failed with nothing wrong).
 */
function quickTimeout(b: HealthCheckBehavior): number {
  return Math.min(1000, Math.max(50, Math.floor(b.timeout_ms / 2)));
}

/**
 * How much later than the contract's timeout a silent target may be given up: a loaded machine fires timers late
 * (250 ms was seen exceeded at load 14), while a timeout half as long again as the contract's must still fail, and
 * does whatever the load (a timer never fires early).
 */
function lateness(timeoutMs: number): number {
  return Math.max(250, Math.floor(timeoutMs * 0.45));
}

/** `health_check`: each target reported as it answers, the whole degraded or up, the timeout honoured. */
export function healthCheckCases(w: EndpointTestWriter, e: EndpointSpec, b: HealthCheckBehavior): TestCase[] {
  const creator = w.creator(b.resource);
  if (!creator) return [];
  const remove = w.contract.endpoints.find(
    (x) => x.behavior.kind === 'delete' && x.behavior.resource === b.resource,
  );
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const quick = quickTimeout(b);
  const register = (server: string, name: string, url: string, local = '') =>
    `${local === '' ? '' : `const ${local} = `}await ${creator.fn}(${server}, { ${key(b.name_field)}: ${str(name)}, ${key(b.url_field)}: ${url} });`;
  const seen = (local: string) =>
    `(${w.support('bodyOf')}(${local}).targets as Record<string, unknown>[]).map((t) => [t${prop(b.name_field)}, t.status, t.status_code, t.error])`;
  const cases: TestCase[] = [
    {
      name: `reports each target up (2xx, 3xx) or down (500, refused, silent past ${quick} ms) and the whole as degraded`,
      lines: [
        `const empty = ${w.call(e)};`,
        w.expectStatus('empty', 200, `${where} with nothing registered`),
        `${a}.deepEqual(empty.body, ${literal({ status: 'up', checked: 0, up: 0, down: 0, targets: [] })});`,
        `const targets = await ${w.support('startTargets')}();`,
        `const quick = await ${w.support('startService')}({ ${key(b.timeout_config)}: ${str(String(quick))} });`,
        'try {',
        `  for (const name of ['up', 'failing', 'redirect', 'refused', 'silent'] as const) {`,
        `    await ${creator.fn}(quick, { ${key(b.name_field)}: name, ${key(b.url_field)}: targets[name] });`,
        '  }',
        `  const res = await quick.call({ method: ${str(e.method)}, path: ${w.path(e)} });`,
        `  ${w.expectStatus('res', 200, where)}`,
        `  const body = ${w.support('bodyOf')}(res);`,
        `  ${a}.deepEqual([body.status, body.checked, body.up, body.down], ['degraded', 5, 2, 3]);`,
        `  ${a}.deepEqual(${seen('res')}, ${literal([
          ['up', 'up', 200, null],
          ['failing', 'down', 500, 'http_500'],
          ['redirect', 'up', 302, null],
          ['refused', 'down', null, 'refused'],
          ['silent', 'down', null, 'timeout'],
        ])});`,
        '  const latencies = (body.targets as Record<string, unknown>[]).map((t) => t.latency_ms);',
        `  ${a}.ok(latencies.every((ms) => Number.isInteger(ms) && (ms as number) >= 0), 'latency_ms must be whole milliseconds: ' + JSON.stringify(latencies));`,
        `  ${a}.ok((latencies[4] as number) >= ${quick - 20} && (latencies[4] as number) < ${quick + 1500}, 'the silent target must be given up after about ${quick} ms, not ' + String(latencies[4]));`,
        '} finally {',
        '  await quick.stop();',
        '  await targets.stop();',
        '}',
      ],
    },
    {
      name: `waits the contract's ${b.timeout_ms} ms for a target that does not answer`,
      lines: [
        `const targets = await ${w.support('startTargets')}();`,
        'try {',
        `  ${register('server', 'silent', 'targets.silent')}`,
        `  const res = ${w.call(e)};`,
        `  ${w.expectStatus('res', 200, where)}`,
        `  const [silent] = ${w.support('bodyOf')}(res).targets as Record<string, unknown>[];`,
        `  ${a}.deepEqual([silent.status, silent.error], ['down', 'timeout']);`,
        `  ${a}.ok((silent.latency_ms as number) >= ${b.timeout_ms - 20} && (silent.latency_ms as number) < ${b.timeout_ms + lateness(b.timeout_ms)}, 'a silent target must be waited for ${b.timeout_ms} ms, not ' + String(silent.latency_ms));`,
        '} finally {',
        '  await targets.stop();',
        '}',
      ],
    },
  ];
  if (remove && remove.behavior.kind === 'delete') {
    const param = remove.behavior.param;
    cases.push({
      name: 'answers up when every target is up, and no longer checks a deleted target',
      lines: [
        `const targets = await ${w.support('startTargets')}();`,
        'try {',
        `  ${register('server', 'up', 'targets.up')}`,
        `  ${register('server', 'failing', 'targets.failing', 'failing')}`,
        `  const before = ${w.call(e)};`,
        `  ${a}.equal(${w.support('bodyOf')}(before).status, 'degraded');`,
        `  const removed = ${w.call(remove, { path: w.path(remove, { [param]: 'String(failing.id)' }) })};`,
        `  ${a}.ok(removed.status < 300, 'deleting a target answers ' + String(removed.status));`,
        `  const after = ${w.call(e)};`,
        `  ${a}.equal(${w.support('bodyOf')}(after).status, 'up');`,
        `  ${a}.deepEqual(${seen('after')}, ${literal([['up', 'up', 200, null]])});`,
        '} finally {',
        '  await targets.stop();',
        '}',
      ],
    });
  }
  return cases;
}
