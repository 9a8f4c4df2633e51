import { recogniseFeature } from './catalog';
import type { FunctionDesign } from './catalog-entry';
import { bindLiteral } from './literal-binding';

/* A spelled-out feature a family recognises is realised at its own route, with its own field names, or not at all. */

function design(text: string): FunctionDesign {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not recognised: ${text}`);
  return found.design;
}

describe('bindLiteral', () => {
  it('moves a general temperature converter onto the route and the fields the feature writes', () => {
    const feature =
      'POST /temperatures/convert with body {"degrees": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"} returns {"result": number}';

    const bound = bindLiteral(feature, design(feature));

    expect(bound).toMatchObject({
      method: 'POST',
      path: '/temperatures/convert',
      inputs: [{ field: { name: 'degrees' } }, { field: { name: 'from' } }, { field: { name: 'to' } }],
      outputs: [{ field: 'result' }],
    });
    expect(bound?.examples[0]).toEqual({
      description: expect.any(String),
      input: { degrees: 100, from: 'C', to: 'F' },
      output: { result: 212 },
    });
  });

  it('reads a computation input from a path parameter the route writes', () => {
    const feature =
      'GET /roman/{n} returns {"roman": string} for integers 1..3999; anything outside that range returns 400';

    const bound = bindLiteral(feature, design(feature));

    expect(bound).toMatchObject({
      method: 'GET',
      path: '/roman/{n}',
      inputs: [{ field: { name: 'n' }, fromPath: true }],
    });
  });

  it('binds the names a feature spells, and query parameters written without values to listed units', () => {
    const card = 'POST /luhn-check with body {"pan": string of digits} returns {"passes": boolean}';
    expect(bindLiteral(card, design(card))).toMatchObject({
      path: '/luhn-check',
      inputs: [{ field: { name: 'pan' } }],
      outputs: [{ field: 'passes' }],
    });

    const sizes =
      'GET /storage/convert?amount=2&from=GB&to=MB returns {"result": number}; decimal and binary units KB, MB, GB, KiB, MiB, GiB';
    const bound = bindLiteral(sizes, design(sizes));
    expect(bound).toMatchObject({
      method: 'GET',
      path: '/storage/convert',
      inputs: [
        { field: { name: 'amount' } },
        { field: { name: 'from', enum: expect.arrayContaining(['GB', 'MiB']) } },
        { field: { name: 'to' } },
      ],
      outputs: [{ field: 'result' }],
    });
  });

  it('refuses to bind what it cannot honour exactly, leaving the feature to the literal reader', () => {
    const cases = [
      // a unit set the function does not list
      'POST /convert with body {"value": number, "from": "C"|"F"|"R", "to": "C"|"F"} returns {"value": number}',
      // a field the function has no use for
      'POST /convert with body {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K", "note": string}',
      // a path parameter the computation has no input for
      'POST /convert/{scale} with body {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"}',
      // a status no refusal of the computation has
      'POST /convert with body {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"}; unknown units return 409',
      // two refusal statuses, split in a way not read
      'POST /convert with body {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"}; unknown units return 422, a missing value 400',
      // a response field it does not compute
      'POST /convert with body {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"} returns {"value": number, "formula": string}',
    ];
    const general = design('convert temperatures between Celsius, Fahrenheit and Kelvin');
    for (const feature of cases) expect([feature, bindLiteral(feature, general)]).toEqual([feature, null]);
  });

  it('refuses at the status the feature writes for its refusals: 422 on every VALIDATION_FAILED refusal', () => {
    const feature =
      'POST /convert with body {"value": number, "from": "C"|"F"|"K", "to": "C"|"F"|"K"}; unknown units return 422';
    const bound = bindLiteral(feature, design('convert temperatures between Celsius, Fahrenheit and Kelvin'));
    expect(bound?.refusalStatus).toBe(422);
    expect(bound?.refusals.length).toBeGreaterThan(0);
    for (const r of bound?.refusals ?? []) expect(r.code === undefined ? r.status : 422).toBe(422);
  });

  it('answers an input the feature writes beside the result as sent, and only under a name it wrote', () => {
    const roman = design('convert an integer to a Roman numeral');
    const bound = bindLiteral('POST /roman {"n": integer} returns {"n": integer, "roman": string}', roman);
    expect(bound?.echo).toEqual({ n: 'n' });
    for (const x of bound?.examples ?? []) expect(x.output.n).toBe(x.input.n);
    // the same name answering the result itself is no echo
    const base = design('convert a number from one base to another, bases 2 to 36');
    const result = bindLiteral('GET /b?digits=<text>&from=2..36&to=2..36 returns {"digits": string}', base);
    expect(result?.echo).toBeUndefined();
    expect(result?.outputs.map((o) => o.field)).toEqual(['digits']);
    // a name that is no input, or an echo typed as something the input is not, binds nothing
    expect(
      bindLiteral('POST /roman {"n": integer} returns {"m": integer, "roman": string}', roman),
    ).toBeNull();
    expect(
      bindLiteral('POST /roman {"n": integer} returns {"n": boolean, "roman": string}', roman),
    ).toBeNull();
  });
});
