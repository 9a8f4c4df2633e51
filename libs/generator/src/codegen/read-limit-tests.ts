import type { EndpointSpec } from '@sf/service-spec';
import { literal } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of records read a limited number of times (a resource's `reads`): a record answers exactly as
 * many reads as its limit and is gone from the next one on, with the status the contract says, and out of the
 * list; reads of one record do not use up another; a record's own limit field is counted. So a read not counted,
 * a limit off by one, a limit shared between records or an ignored limit field each fails a test.
 */

/** `get` of a read-limited resource. */
export function readLimitCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  resource: string,
  param: string,
): TestCase[] {
  const r = w.resource(resource);
  const reads = r?.reads;
  const creator = w.creator(resource);
  if (!r || !reads || !creator?.repeatable) return [];
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const gone = reads.gone_status ?? 404;
  const code = gone === 410 ? 'GONE' : 'NOT_FOUND';
  const list = w.contract.endpoints.find(
    (x) => x.behavior.kind === 'list' && x.behavior.resource === resource,
  );
  const read = (local: string) => w.call(e, { path: w.path(e, { [param]: w.keyOf(resource, local) }) });
  const own = reads.field === undefined ? undefined : r.fields.find((f) => f.name === reads.field);
  // The limit a record made without its own number gets: the field's default, else the rule's count, else 1.
  const fallback =
    own && typeof own.default === 'number' && own.default > 0 ? own.default : (reads.count ?? 1);
  // A created record's limit is set plainly: the sample body may carry another example value of the field.
  const unset = own ? literal({ [own.name]: own.default === undefined ? null : fallback }) : '{}';
  const readsUp = (local: string, limit: number, label: string) => [
    `for (let n = 1; n <= ${limit}; n += 1) {`,
    `  const res = ${read(local)};`,
    `  ${w.expectStatus('res', 200, `${where}: a read within the limit of ${limit} (${label})`)}`,
    '}',
    `const spent = ${read(local)};`,
    w.expectError('spent', gone, code, `${where} after ${limit} reads (${label})`),
  ];
  const cases: TestCase[] = [];
  if (fallback <= 20) {
    cases.push({
      name: `answers a ${resource} ${fallback} time${fallback === 1 ? '' : 's'}, then ${gone} ${code}, and leaves it out of the list`,
      lines: [
        `const created = await ${creator.fn}(server, ${unset});`,
        `const other = await ${creator.fn}(server, ${unset});`,
        ...readsUp('created', fallback, 'its limit'),
        `const again = ${read('created')};`,
        w.expectError('again', gone, code, `${where} stays gone`),
        `const untouched = ${read('other')};`,
        w.expectStatus('untouched', 200, `${where} of another ${resource}, never read`),
        ...(list
          ? [
              `const listed = ${w.call(list, {})};`,
              `${a}.equal((listed.body as { id: unknown }[]).some((x) => x.id === created.id), false, 'a record read up is left out of the list');`,
            ]
          : []),
      ],
    });
  }
  if (own) {
    const max = typeof own.maximum === 'number' ? own.maximum : 3;
    const chosen = Math.min(max, fallback === 3 ? 2 : 3);
    if (chosen >= 1 && chosen !== fallback) {
      cases.push({
        name: `answers a ${resource} as many times as its own ${own.name} (${chosen}), then ${gone} ${code}`,
        lines: [
          `const created = await ${creator.fn}(server, ${literal({ [own.name]: chosen })});`,
          ...readsUp('created', chosen, `${own.name} ${chosen}`),
        ],
      });
    }
  }
  return cases;
}
