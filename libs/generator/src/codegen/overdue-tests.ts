import type { EndpointSpec, OverdueBehavior } from '@sf/service-spec';
import { literal, prop } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/** `overdue`: exactly the records due before the date and not done, in creation order; 400 for another date form. */
export function overdueCases(w: EndpointTestWriter, e: EndpointSpec, b: OverdueBehavior): TestCase[] {
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const cases: TestCase[] = [
    {
      name: `answers 400 VALIDATION_FAILED for a ${b.date_param} not written YYYY-MM-DD`,
      lines: [
        `const bad = ${w.call(e, { query: literal({ [b.date_param]: '10/03/2024' }) })};`,
        w.expectError('bad', 400, 'VALIDATION_FAILED', `${where} with ${b.date_param}=10/03/2024`),
      ],
    },
  ];
  const creator = w.creator(b.resource);
  if (!creator) return cases;
  // A record without a due date is never overdue; it can only be made when the due date is optional.
  const dueOptional = w.resource(b.resource)?.fields.find((f) => f.name === b.due_field)?.required === false;
  const rows: [string | null, boolean, boolean][] = [
    ['2024-03-01', false, true],
    ['2024-03-20', false, false],
    ['2024-02-15', true, false],
    ['2024-03-10', false, false],
    ...(dueOptional ? [[null, false, false] as [null, boolean, boolean]] : []),
    ['2024-01-05', false, true],
  ];
  cases.push({
    name: `answers exactly the records due before ${b.date_param} and not ${b.done_field}, oldest first`,
    lines: [
      'const ids: unknown[] = [];',
      ...rows.map(
        ([due, done, late]) =>
          `${late ? 'ids.push((' : '('}await ${creator.fn}(server, ${literal({ [b.due_field]: due, [b.done_field]: done })})).id${late ? ')' : ''};`,
      ),
      `const res = ${w.call(e, { query: literal({ [b.date_param]: '2024-03-10' }) })};`,
      w.expectStatus('res', 200, where),
      `${a}.deepEqual((${w.support('bodyOf')}(res)${prop(b.wrap)} as Record<string, unknown>[]).map((x) => x.id), ids);`,
      `const none = ${w.call(e, { query: literal({ [b.date_param]: '2023-12-31' }) })};`,
      `${a}.deepEqual(${w.support('bodyOf')}(none)${prop(b.wrap)}, []);`,
    ],
  });
  return cases;
}
