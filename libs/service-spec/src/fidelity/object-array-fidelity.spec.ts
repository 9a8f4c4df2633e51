import type { AcceptanceCheck, FieldSpec, SpecContract } from '../spec-contract';
import { objectArrayProblems } from '../object-array';
import { featureFidelity } from './feature-fidelity';
import { readFeatureLiterals } from './feature-literals';

/* An array of objects written with its shape ("[{…}]") is realised only by an object[] field with those items. */

const QUOTE =
  'POST /quote with body {"lines": [{"qty": integer, "price": number, "note"?: string}]} returns {"total": number}';

const scalar = (name: string, type: FieldSpec['type'], required = true): FieldSpec => ({
  name,
  type,
  required,
  description: '',
  example: null,
});

function contractFor(lines: FieldSpec): SpecContract {
  const example: AcceptanceCheck = {
    id: 'AC-01',
    endpoint_id: 'e0',
    description: '',
    kind: 'happy',
    steps: [
      {
        request: { method: 'POST', path: '/quote', body: { lines: [{ qty: 2, price: 1.5 }] } },
        expect: { status: 200, body_contains: { total: 3 } },
      },
    ],
  };
  return {
    udc: { version: '1.0', endpoints: [] },
    acceptance: [example],
    endpoints: [
      {
        id: 'e0',
        method: 'POST',
        path: '/quote',
        features: [QUOTE],
        request: { body: { fields: [lines], allow_unknown: false, example: {} } },
        responses: [{ status: 200, description: '', example: { total: 3 } }],
        errors: [],
      },
    ],
  } as unknown as SpecContract;
}

const ITEMS = [scalar('qty', 'integer'), scalar('price', 'number'), scalar('note', 'string', false)];

describe('object[] fields at the gate', () => {
  it('reads the element shape a feature writes', () => {
    expect(readFeatureLiterals(QUOTE).request).toEqual([
      {
        name: 'lines',
        type: 'array',
        optional: false,
        items: [
          { name: 'qty', type: 'integer', optional: false },
          { name: 'price', type: 'number', optional: false },
          { name: 'note', type: 'string', optional: true },
        ],
      },
    ]);
  });

  it('holds an object[] field whose items are the written ones', () => {
    const faithful = contractFor({ ...scalar('lines', 'object[]'), items: ITEMS, min_items: 1 });
    expect(featureFidelity(faithful, [QUOTE])[0]).toMatchObject({ realised: true, problems: [] });
  });

  it('refuses a number[] field, and an object[] whose items miss or mistype a written field', () => {
    const numbers = contractFor(scalar('lines', 'number[]'));
    expect(featureFidelity(numbers, [QUOTE])[0].problems).toEqual([
      'POST /quote request field "lines" is number[], the feature says an array of objects',
    ]);
    const wrongItems = contractFor({
      ...scalar('lines', 'object[]'),
      items: [scalar('qty', 'string'), scalar('note', 'string', false)],
    });
    expect(featureFidelity(wrongItems, [QUOTE])[0].problems).toEqual([
      'POST /quote request field "lines" element field "qty" is string, the feature says integer',
      'POST /quote request field "lines" element has no field "price"',
    ]);
  });
});

describe('bounds written on an element field', () => {
  const BOUNDED = (rule: string) =>
    `POST /quote with body {"lines": [{"qty": integer ${rule}, "price": number}]} returns {"total": number}`;
  const itemsWith = (qty: Partial<FieldSpec>): FieldSpec => ({
    ...scalar('lines', 'object[]'),
    items: [{ ...scalar('qty', 'integer'), ...qty }, scalar('price', 'number')],
    min_items: 1,
  });
  const judge = (feature: string, lines: FieldSpec) => {
    const c = contractFor(lines);
    c.endpoints[0].features = [feature];
    return featureFidelity(c, [feature])[0];
  };

  it('holds an element field that declares the written bounds (a whole number above 0 is at least 1)', () => {
    expect(judge(BOUNDED('>= 1'), itemsWith({ exclusive_minimum: 0 })).problems).toEqual([]);
    expect(judge(BOUNDED('between 1 and 99'), itemsWith({ minimum: 1, maximum: 99 })).problems).toEqual([]);
  });

  it('refuses an element field that ignores or changes the written bounds', () => {
    expect(judge(BOUNDED('>= 2'), itemsWith({ exclusive_minimum: 0 })).problems).toEqual([
      expect.stringContaining('"qty" must be integer >= 2'),
    ]);
    expect(judge(BOUNDED('1..5'), itemsWith({ exclusive_minimum: 0 })).realised).toBe(false);
    expect(judge(BOUNDED('between 1 and 99'), itemsWith({ minimum: 1 })).realised).toBe(false);
  });
});

describe('objectArrayProblems', () => {
  const lines: FieldSpec = {
    ...scalar('lines', 'object[]'),
    items: [{ ...scalar('qty', 'integer'), exclusive_minimum: 0 }, scalar('price', 'number')],
    min_items: 1,
  };

  it('names the element and the field that fail', () => {
    expect(
      objectArrayProblems(
        lines,
        [
          { qty: 1, price: 2 },
          { qty: 0, price: 'x', extra: 1 },
        ],
        'lines',
      ),
    ).toEqual([
      'lines[1] has unknown field "extra"',
      'lines[1].qty must be an integer > 0',
      'lines[1].price must be a finite number',
    ]);
    expect(objectArrayProblems(lines, [], 'lines')).toEqual(['lines must have at least 1 element']);
    expect(objectArrayProblems(lines, { qty: 1 }, 'lines')).toEqual(['lines must be an array of objects']);
    expect(objectArrayProblems(lines, [{ qty: 3, price: 0.5 }], 'lines')).toEqual([]);
  });
});
