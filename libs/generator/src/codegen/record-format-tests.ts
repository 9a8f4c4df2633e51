import { isCheckedFormat, type EndpointSpec, type ResourceSpec } from '@sf/service-spec';
import { fieldFormatCheck } from '../catalog/field-formats';
import { literal, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { literalKey } from './record-length-tests';
import type { TestCase } from './test-writer';

/*
 * The generated tests of a checked format (`value-formats.ts`): a value that fails only the check (a wrong check
 * digit, an hour 24) and other malformed ones are refused with 400 naming the field, and other valid values of
 * the format (other check digits) are stored — so a service that checks only the shape, or refuses every value
 * but the sample, fails. `uniqueVariant` keeps the other unique fields of each stored record apart.
 */

/** Each field of a checked format: refused values 400 naming it, other valid values 201. */
export function formatCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  r: ResourceSpec,
  sample: Record<string, unknown>,
  uniqueVariant: (r: ResourceSpec, tag: string) => Record<string, unknown>,
): TestCase[] {
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  return r.fields.flatMap((f): TestCase[] => {
    if (f.type !== 'string' || !isCheckedFormat(f.format)) return [];
    const check = fieldFormatCheck(f.format);
    // A unique field's other values are far from every variant the other tests send.
    const others = f.unique
      ? [check.variant(900_001), check.variant(900_002)]
      : check.valid.filter((v) => v !== sample[f.name]).slice(0, 2);
    return [
      {
        name: `refuses a ${f.name} that fails its ${f.format} check with 400 VALIDATION_FAILED naming it`,
        lines: [
          `for (const value of ${literal([check.failing, ...check.refused])}) {`,
          `  const res = ${w.call(e, { body: `{ ...${literal(sample)}, ${literalKey(f.name)}: value }` })};`,
          `  ${w.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} with ${f.name} `)} + value);`,
          `  ${a}.match(JSON.stringify(res.body), /${f.name}/, 'the message names the field');`,
          '}',
        ],
      },
      {
        name: `stores other valid values of ${f.name} (${f.format})`,
        lines: others.flatMap((value, i) => {
          const body = { ...sample, ...uniqueVariant(r, `format-${i}`), [f.name]: value };
          return [
            `const valid${i} = ${w.call(e, { body: literal(body) })};`,
            w.expectStatus(`valid${i}`, 201, `${where} with ${f.name} ${value}`),
          ];
        }),
      },
    ];
  });
}
