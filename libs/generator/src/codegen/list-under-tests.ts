import type { EndpointSpec, ListBehavior } from '@sf/service-spec';
import { prop } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/**
 * A list under a parent (`GET /workshops/{id}/signups`): 404 for an unknown parent, and the records made under
 * one parent listed there only — another parent lists none of them.
 */
export function listUnderCases(w: EndpointTestWriter, e: EndpointSpec, b: ListBehavior): TestCase[] {
  const parent = b.parent;
  if (!parent) return [];
  const cases = [w.unknownRecordCase(e, parent.param, parent.resource)];
  const child = w.creator(b.resource);
  const parents = w.creator(parent.resource);
  if (child?.behavior.parent?.resource !== parent.resource || !parents?.repeatable) return cases;
  const a = w.assert();
  const route = `${e.method} ${e.path}`;
  const under = (id: string) => w.call(e, { path: w.path(e, { [parent.param]: id }) });
  cases.push({
    name: `lists the ${b.resource} records of one ${parent.resource} and none of another`,
    lines: [
      `const created = await ${child.fn}(server);`,
      `const other = await ${parents.fn}(server);`,
      `const res = ${under(`String(created${prop(parent.field)})`)};`,
      w.expectStatus('res', 200, route),
      `${a}.ok(Array.isArray(res.body), 'a JSON array');`,
      `${a}.deepEqual((res.body as Record<string, unknown>[]).map((item) => item.id), [created.id], 'the record made under it');`,
      `const empty = ${under('String(other.id)')};`,
      w.expectStatus('empty', 200, `${route} of another ${parent.resource}`),
      `${a}.deepEqual(empty.body, [], 'no record made under another ${parent.resource}');`,
    ],
  });
  return cases;
}
