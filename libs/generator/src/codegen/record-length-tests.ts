import type { EndpointSpec, ResourceSpec } from '@sf/service-spec';
import { literal, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/*
 * The generated tests of a string field's length rule (`min_length`, `max_length`): values one character
 * outside are refused with 400 naming the field, values at the limits are stored. `uniqueVariant` keeps the
 * other unique fields of each stored record apart from the sample's.
 */

/** A body key as written in generated code: bare when it is an identifier, else quoted. */
export function literalKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name);
}

/** Each string field with a length rule: one character too few or too many is 400 naming it; the limits pass. */
export function lengthCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  r: ResourceSpec,
  sample: Record<string, unknown>,
  uniqueVariant: (r: ResourceSpec, tag: string) => Record<string, unknown>,
): TestCase[] {
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const cases: TestCase[] = [];
  for (const f of r.fields.filter((x) => x.type === 'string' && x.format === undefined && !x.enum)) {
    const { min_length: min, max_length: max } = f;
    const outside = [
      ...(min !== undefined && min > 1 ? ['k'.repeat(min - 1)] : []),
      ...(max !== undefined ? ['k'.repeat(max + 1)] : []),
    ];
    if (outside.length === 0) continue;
    const inside = [...new Set([min, max].filter((n): n is number => n !== undefined && n > 0))];
    cases.push({
      name: `refuses a ${f.name} of the wrong length with 400 VALIDATION_FAILED naming it, and accepts its limits`,
      lines: [
        `for (const value of ${literal(outside)}) {`,
        `  const res = ${w.call(e, { body: `{ ...${literal(sample)}, ${literalKey(f.name)}: value }` })};`,
        `  ${w.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} with a ${f.name} of `)} + String(value.length) + ' characters');`,
        `  ${a}.match(JSON.stringify(res.body), /${f.name}/, 'the message names the field');`,
        '}',
        ...inside.flatMap((n, i) => {
          const body = { ...sample, ...uniqueVariant(r, `length-${i}`), [f.name]: 'L'.repeat(n) };
          return [
            `const length${i} = ${w.call(e, { body: literal(body) })};`,
            w.expectStatus(`length${i}`, 201, `${where} with a ${f.name} of ${n} characters`),
          ];
        }),
      ],
    });
  }
  return cases;
}
