import type { EndpointSpec } from '@sf/service-spec';
import { literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of records that expire (a resource's `ttl`). Time is the instance's clock (`server.state.now`),
 * set by the test: a record is read 1 ms before it expires and at the instant it does, so a record that never
 * expires, expires early or stays in the list fails without any test waiting. A record that answers when it
 * expires (`answer_field`) is created at a known instant and must name the instant its lifetime ends.
 */

const START = 1_700_000_000_000;

/** `get` of a resource whose records expire: found until their time, then 404 and out of the list. */
export function ttlCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
): TestCase[] {
  const r = w.resource(resource);
  const ttl = r?.ttl;
  const creator = w.creator(resource);
  if (!ttl || !creator?.repeatable) return [];
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const list = w.contract.endpoints.find(
    (x) => x.behavior.kind === 'list' && x.behavior.resource === resource,
  );
  const read = (local: string) => w.call(e, { path: w.path(e, { [param]: w.keyOf(resource, local) }) });
  const listed = (local: string) =>
    list
      ? [
          `const listed = ${w.call(list, {})};`,
          `${a}.equal((listed.body as { id: unknown }[]).some((x) => x.id === ${local}.id), false, 'an expired record is left out of the list');`,
        ]
      : [];
  const cases: TestCase[] = [];
  const ownField = ttl.field;
  const own = ownField === undefined ? undefined : r?.fields.find((f) => f.name === ownField);
  if (ttl.seconds !== undefined && (!own || !own.required)) {
    const overrides = own ? literal({ [own.name]: null }) : '{}';
    cases.push({
      name: `expires a ${resource} ${ttl.seconds} s after it was created: found until then, 404 NOT_FOUND from then on`,
      lines: [
        `let clock = ${START};`,
        'server.state.now = () => clock;',
        `const created = await ${creator.fn}(server, ${overrides});`,
        `clock += ${ttl.seconds * 1000 - 1};`,
        `const before = ${read('created')};`,
        w.expectStatus('before', 200, `${where} 1 ms before it expires`),
        'clock += 1;',
        `const after = ${read('created')};`,
        w.expectError('after', 404, 'NOT_FOUND', `${where} once it expired`),
        ...listed('created'),
      ],
    });
  }
  const shown = ttl.answer_field;
  if (shown !== undefined && (ttl.seconds !== undefined || own)) {
    // Created at a known instant: the answer names the instant its lifetime ends, and a read names the same one.
    const seconds = own
      ? Math.max(5, typeof own.minimum === 'number' ? Math.ceil(own.minimum) : 1)
      : ttl.seconds;
    const overrides = own ? literal({ [own.name]: seconds }) : '{}';
    const at = new Date(START + (seconds ?? 0) * 1000).toISOString();
    cases.push({
      name: `answers ${shown} of a ${resource}: the instant it expires, ${seconds} s after it was created`,
      lines: [
        `let clock = ${START};`,
        'server.state.now = () => clock;',
        `const created = await ${creator.fn}(server, ${overrides});`,
        `${a}.equal(created${prop(shown)}, ${str(at)}, ${str(`the create answers when the ${resource} expires`)});`,
        'clock += 1000;',
        `const read = ${read('created')};`,
        w.expectStatus('read', 200, `${where} before it expires`),
        `${a}.equal(${w.support('bodyOf')}(read)${prop(shown)}, ${str(at)}, ${str(`${where} answers the same expiry`)});`,
      ],
    });
  }
  if (own) {
    // Two lifetimes the field accepts (60 and 600 when it takes nothing under a minute), the longer ten times the
    // shorter when its maximum allows.
    const low = Math.max(5, typeof own.minimum === 'number' ? Math.ceil(own.minimum) : 1);
    const high = Math.min(low * 10, typeof own.maximum === 'number' ? Math.floor(own.maximum) : low * 10);
    if (high > low)
      cases.push({
        name: `expires each ${resource} after its own ${own.name} seconds`,
        lines: [
          `let clock = ${START};`,
          'server.state.now = () => clock;',
          `const brief = await ${creator.fn}(server, ${literal({ [own.name]: low })});`,
          `const lasting = await ${creator.fn}(server, ${literal({ [own.name]: high })});`,
          `clock += ${low * 1000 - 1};`,
          `${w.expectStatus(read('brief'), 200, `${where} 1 ms before ${own.name} ${low} ends`)}`,
          'clock += 1;',
          `const gone = ${read('brief')};`,
          w.expectError('gone', 404, 'NOT_FOUND', `${where} once its ${own.name} ended`),
          `const kept = ${read('lasting')};`,
          w.expectStatus('kept', 200, `${where} of one with ${own.name} ${high}`),
          ...listed('brief'),
          `clock += ${(high - low) * 1000};`,
          `const later = ${read('lasting')};`,
          w.expectError('later', 404, 'NOT_FOUND', `${where} once ${own.name} ${high} ended`),
        ],
      });
  }
  return cases;
}
