import { boundsOf, type AdjustBehavior, type EndpointSpec } from '@sf/service-spec';
import { literal, prop } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { adjustCall } from './record-rule-tests';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of stock movements (`adjust` with a `direction`): the count moved is never signed, so a
 * movement that takes 0, a negative or a fraction of a unit is refused; taking out exactly what is on hand
 * empties it, one more is 409 and changes nothing (the next movement's answer shows the count unchanged);
 * putting in adds exactly. A stock that goes negative, a refused withdrawal that still changes the count, a
 * movement of 0 accepted or a movement going the wrong way each fail them.
 */

/** The level the tests start a record at: 5, or the nearest value the field's bounds hold. */
function startLevel(b: AdjustBehavior, w: EndpointTestWriter): number | null {
  const field = w.resource(b.resource)?.fields.find((f) => f.name === b.field);
  if (!field) return null;
  let level = 5;
  for (const x of boundsOf(field)) {
    if ((x.op === '>=' || x.op === '>') && level <= x.limit) level = x.limit + 5;
    if ((x.op === '<=' || x.op === '<') && level + 3 > x.limit) return null;
  }
  return level;
}

/** `adjust` with a `direction`: exact movements, whole counts of at least 1, and no stock below its floor. */
export function moveCases(w: EndpointTestWriter, e: EndpointSpec, b: AdjustBehavior): TestCase[] {
  const r = w.resource(b.resource);
  const field = r?.fields.find((f) => f.name === b.field);
  const creator = w.creator(b.resource);
  const level = startLevel(b, w);
  if (!r || !field || b.direction === undefined) return [];
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const bodyOf = w.support('bodyOf');
  const move = (amount: string) => adjustCall(w, e, b, r, 'key', amount);
  const cases: TestCase[] = [];
  if (!b.create_missing) {
    cases.push({
      name: `answers 404 NOT_FOUND for an unknown ${r.name}`,
      lines: [
        `const res = ${adjustCall(w, e, b, r, "'does-not-exist'", '1')};`,
        w.expectError('res', 404, 'NOT_FOUND', `${where} with an unknown key`),
      ],
    });
  }
  if (!creator || level === null) return cases;
  const setup = [
    `const created = await ${creator.fn}(server, ${literal({ [b.field]: level })});`,
    `const key = ${w.keyOf(r.name)};`,
    `${a}.equal(created${prop(b.field)}, ${level}, 'the record starts at ${level}');`,
  ];
  const sign = b.direction === 'out' ? -1 : 1;
  const wrong = field.type === 'integer' ? ['0', '-1', '1.5', "'two'", 'true'] : ['0', '-1', "'two'", 'true'];
  cases.push({
    name: `refuses a ${b.amount_field} of 0, a negative or a mistyped one with 400 VALIDATION_FAILED and changes nothing`,
    lines: [
      ...setup,
      ...[...wrong, ...(b.amount_default === undefined ? ['null'] : [])].map(
        (v, i) =>
          `const bad${i} = ${v === 'null' ? adjustCall(w, e, b, r, 'key', null) : move(v)};\n${w.expectError(`bad${i}`, 400, 'VALIDATION_FAILED', `${where} with ${b.amount_field} ${v}`)}`,
      ),
      `const one = ${move('1')};`,
      w.expectStatus('one', 200, where),
      `${a}.equal(${bodyOf}(one)${prop(b.field)}, ${level + sign}, 'only the one unit moved');`,
    ],
  });
  cases.push({
    name: `${b.direction === 'out' ? 'takes exactly its amount away from' : 'adds exactly its amount to'} ${b.field} and keeps it`,
    lines: [
      ...setup,
      `const first = ${move('2')};`,
      w.expectStatus('first', 200, where),
      `${a}.equal(${bodyOf}(first)${prop(b.field)}, ${level + 2 * sign});`,
      `const second = ${move('1')};`,
      w.expectStatus('second', 200, where),
      `${a}.equal(${bodyOf}(second)${prop(b.field)}, ${level + 3 * sign}, 'the first movement was kept');`,
    ],
  });
  const floor = boundsOf(field).find((x) => x.op === '>=');
  if (b.direction === 'out' && floor) {
    const onHand = level - floor.limit;
    cases.push({
      name: `refuses taking out more than is on hand with 409 CONFLICT and changes nothing; exactly what is on hand empties it`,
      lines: [
        ...setup,
        `const over = ${move(String(onHand + 1))};`,
        w.expectError('over', 409, 'CONFLICT', `${where} taking ${onHand + 1} of ${onHand}`),
        `const all = ${move(String(onHand))};`,
        w.expectStatus('all', 200, `${where} taking all ${onHand} after a refused movement`),
        `${a}.equal(${bodyOf}(all)${prop(b.field)}, ${floor.limit}, 'the refused movement changed nothing');`,
        `const more = ${move('1')};`,
        w.expectError('more', 409, 'CONFLICT', `${where} from an empty stock`),
      ],
    });
  }
  return cases;
}
