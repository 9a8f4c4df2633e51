import type { EndpointSpec, ResourceSpec } from '@sf/service-spec';
import { literal, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { literalKey } from './record-length-tests';
import type { TestCase } from './test-writer';

/*
 * The generated tests of a year or date bounded by today (`not_future`): next year / tomorrow and a value far
 * ahead are refused with 400 naming the field, this year / today and a past value are stored. Every value comes
 * from the clock when the test runs (`fromToday`), so the suite says the same next year.
 */

/** Each field that may not lie in the future: later values are 400 naming it, the current one and earlier pass. */
export function notFutureCases(
  w: EndpointTestWriter,
  e: EndpointSpec,
  r: ResourceSpec,
  sample: Record<string, unknown>,
  uniqueVariant: (r: ResourceSpec, tag: string) => Record<string, unknown>,
): TestCase[] {
  const bounded = r.fields.filter((f) => f.not_future === true);
  if (bounded.length === 0) return [];
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const today = w.support('fromToday');
  return bounded.map((f) => {
    const unit = f.type === 'integer' ? 'years' : 'days';
    const [ahead, far, past] = unit === 'years' ? [1, 30, -1] : [1, 400, -1];
    const stored = [0, past].flatMap((offset, i) => {
      const body = { ...sample, ...uniqueVariant(r, `not-future-${i}`) };
      return [
        `const kept${i} = ${w.call(e, { body: `{ ...${literal(body)}, ${literalKey(f.name)}: ${today}({ ${unit}: ${offset} }) }` })};`,
        w.expectStatus(`kept${i}`, 201, `${where} with ${f.name} ${offset === 0 ? 'now' : 'in the past'}`),
      ];
    });
    return {
      name: `refuses a ${f.name} in the future with 400 VALIDATION_FAILED naming it, and stores the current one`,
      lines: [
        `for (const value of [${today}({ ${unit}: ${ahead} }), ${today}({ ${unit}: ${far} })]) {`,
        `  const res = ${w.call(e, { body: `{ ...${literal(sample)}, ${literalKey(f.name)}: value }` })};`,
        `  ${w.support('expectError')}(res, 400, 'VALIDATION_FAILED', ${str(`${where} with ${f.name} `)} + String(value));`,
        `  ${a}.match(JSON.stringify(res.body), /${f.name}/, 'the message names the field');`,
        '}',
        ...stored,
      ],
    };
  });
}
