import type { EndpointSpec, HealthCheckBehavior } from '@sf/service-spec';
import { key, literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of a health check against real HTTP servers the test starts on loopback (tests run without
 * any other network): one answering 200, one 500, one redirecting, one that never answers, and a closed port.
 *
 * The tests hold on a loaded machine (twenty builds at once): a timer never fires early but may fire seconds
 * late, and a loopback answer can take longer than a short timeout. So the answering targets are checked by an
 * instance whose timeout is far beyond any answer, a silent target is held to a lower bound that is exact (the
 * timeout honoured, never cut short) and to an upper bound with a wide margin, and the setting is shown to win
 * over the contract's number by a setting longer than it (a service that ignored the setting would give up
 * before the lower bound, whatever the load).
 */

/** The timeout of the instance that checks the answering targets: no loopback answer takes this long. */
const ROOMY_TIMEOUT_MS = 60_000;

/** How much later than its timeout a silent target may be given up: loaded machines fire timers late. */
function lateness(timeoutMs: number): number {
  return Math.max(1500, timeoutMs);
}

/** The setting that must win over the contract's timeout: a second longer than it. */
function longerSetting(b: HealthCheckBehavior): number {
  return b.timeout_ms + 1000;
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
  const register = (server: string, name: string, url: string, local = '') =>
    `${local === '' ? '' : `const ${local} = `}await ${creator.fn}(${server}, { ${key(b.name_field)}: ${str(name)}, ${key(b.url_field)}: ${url} });`;
  const seen = (local: string) =>
    `(${w.support('bodyOf')}(${local}).targets as Record<string, unknown>[]).map((t) => [t${prop(b.name_field)}, t.status, t.status_code, t.error])`;
  /** One silent target checked by `server`: down on a timeout, given up no sooner than `ms` and not long after. */
  const silentWait = (server: string, call: string, ms: number, what: string): string[] => [
    `const targets = await ${w.support('startTargets')}();`,
    'try {',
    `  ${register(server, 'silent', 'targets.silent')}`,
    `  const res = ${call};`,
    `  ${w.expectStatus('res', 200, where)}`,
    `  const [silent] = ${w.support('bodyOf')}(res).targets as Record<string, unknown>[];`,
    `  ${a}.deepEqual([silent.status, silent.status_code, silent.error], ['down', null, 'timeout']);`,
    `  ${a}.ok((silent.latency_ms as number) >= ${ms - 20}, 'a silent target must be waited for ${ms} ms (${what}), not given up after ' + String(silent.latency_ms));`,
    `  ${a}.ok((silent.latency_ms as number) < ${ms + lateness(ms)}, 'a silent target must be given up after ${ms} ms (${what}), not ' + String(silent.latency_ms));`,
    '} finally {',
    '  await targets.stop();',
    '}',
  ];
  const longer = longerSetting(b);
  const cases: TestCase[] = [
    {
      name: 'reports each target up (2xx, 3xx) or down (500, refused) and the whole as degraded',
      lines: [
        `const empty = ${w.call(e)};`,
        w.expectStatus('empty', 200, `${where} with nothing registered`),
        `${a}.deepEqual(empty.body, ${literal({ status: 'up', checked: 0, up: 0, down: 0, targets: [] })});`,
        `const targets = await ${w.support('startTargets')}();`,
        `const roomy = await ${w.support('startService')}({ ${key(b.timeout_config)}: ${str(String(ROOMY_TIMEOUT_MS))} });`,
        'try {',
        `  for (const name of ['up', 'failing', 'redirect', 'refused'] as const) {`,
        `    await ${creator.fn}(roomy, { ${key(b.name_field)}: name, ${key(b.url_field)}: targets[name] });`,
        '  }',
        `  const res = await roomy.call({ method: ${str(e.method)}, path: ${w.path(e)} });`,
        `  ${w.expectStatus('res', 200, where)}`,
        `  const body = ${w.support('bodyOf')}(res);`,
        `  ${a}.deepEqual([body.status, body.checked, body.up, body.down], ['degraded', 4, 2, 2]);`,
        `  ${a}.deepEqual(${seen('res')}, ${literal([
          ['up', 'up', 200, null],
          ['failing', 'down', 500, 'http_500'],
          ['redirect', 'up', 302, null],
          ['refused', 'down', null, 'refused'],
        ])});`,
        '  const latencies = (body.targets as Record<string, unknown>[]).map((t) => t.latency_ms);',
        `  ${a}.ok(latencies.every((ms) => Number.isInteger(ms) && (ms as number) >= 0), 'latency_ms must be whole milliseconds: ' + JSON.stringify(latencies));`,
        '} finally {',
        '  await roomy.stop();',
        '  await targets.stop();',
        '}',
      ],
    },
    {
      name: `waits the contract's ${b.timeout_ms} ms for a target that does not answer`,
      lines: silentWait('server', w.call(e), b.timeout_ms, 'the contract'),
    },
    {
      name: `honours ${b.timeout_config} over the contract's timeout`,
      lines: [
        `const patient = await ${w.support('startService')}({ ${key(b.timeout_config)}: ${str(String(longer))} });`,
        'try {',
        ...silentWait(
          'patient',
          `await patient.call({ method: ${str(e.method)}, path: ${w.path(e)} })`,
          longer,
          `${b.timeout_config}=${longer}`,
        ).map((line) => '  ' + line),
        '} finally {',
        '  await patient.stop();',
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
