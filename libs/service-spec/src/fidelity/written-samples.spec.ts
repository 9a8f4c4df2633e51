import type { EndpointSpec, SpecContract } from '../spec-contract';
import { todoContract } from '../testing/todo-contract';
import { readFeatureLiterals } from './feature-literals';
import { featureFidelity } from './feature-fidelity';
import { sampleAsType, writtenSample, writtenSampleProblems } from './written-samples';

const PARSE = 'POST /roman/parse with {"roman": "MMXXVI"} returns {"number": 2026}';

/** The todo contract with a Roman numeral parser on POST /roman/parse, its worked example sending `roman`. */
function parser(feature: string, roman: string, number: number): SpecContract {
  const c = todoContract();
  c.service.features = [feature];
  const e = c.endpoints.find((x) => x.id === 'get-hello')!;
  Object.assign(e, {
    method: 'POST',
    path: '/roman/parse',
    features: [feature],
    behavior: {
      kind: 'function',
      function: 'roman.from-roman',
      inputs: { roman: 'roman' },
      outputs: { number: 'number' },
    },
    request: {
      body: {
        fields: [
          { name: 'roman', type: 'string', required: true, description: 'A Roman numeral', example: 'XIV' },
        ],
        allow_unknown: false,
        example: { roman: 'XIV' },
      },
    },
    responses: [{ status: 200, description: 'number: what the numeral writes', example: { number: 14 } }],
  });
  const check = c.acceptance.find((a) => a.endpoint_id === 'get-hello' && a.kind === 'happy')!;
  check.steps = [
    {
      request: { method: 'POST', path: '/roman/parse', body: { roman } },
      expect: { status: 200, body_contains: { number } },
    },
  ];
  return c;
}

const endpoint = (c: SpecContract): EndpointSpec => c.endpoints.find((x) => x.id === 'get-hello')!;

describe('writtenSample', () => {
  it.each([
    [PARSE, { sent: { roman: 'MMXXVI' }, answered: { number: 2026 } }],
    [
      'GET /romano?numero=2024 restituisce {"romano": "MMXXIV"}',
      { sent: { numero: 2024 }, answered: { romano: 'MMXXIV' } },
    ],
    [
      'GET /converter?valor=100&de=USD&para=BRL retorna {"valor": número, "moeda": texto}',
      { sent: { valor: 100, de: 'USD', para: 'BRL' }, answered: {} },
    ],
    ['POST /convert {"value": number, "to": "C"|"F"} returns {"value": number}', { sent: {}, answered: {} }],
    ['GET /top?limit=N&unit=<unit> returns {"top": [string]}', { sent: {}, answered: {} }],
  ])('reads the request and answer %j writes with values', (feature, expected) => {
    expect(writtenSample(feature)).toEqual(expected);
  });
});

describe('the gate on routes written with values', () => {
  it('takes a value written for a computation input as a request, not the only value it accepts', () => {
    const c = parser(PARSE, 'MMXXVI', 2026);
    const [roman] = readFeatureLiterals(PARSE).request;
    expect(sampleAsType(roman, endpoint(c), endpoint(c).request.body!.fields).enum).toBeUndefined();
    const problems = featureFidelity(c, [PARSE])[0].problems;
    expect(problems.filter((p) => /must accept only/.test(p))).toEqual([]);
  });

  it('keeps a single value of a record field its only value', () => {
    const c = parser(PARSE, 'MMXXVI', 2026);
    endpoint(c).behavior = { kind: 'static', status: 200, body: { number: 2026 } };
    const [roman] = readFeatureLiterals(PARSE).request;
    expect(sampleAsType(roman, endpoint(c), endpoint(c).request.body!.fields).enum).toEqual(['MMXXVI']);
  });

  it('holds a computation to the answer written for the request written', () => {
    const literals = readFeatureLiterals(PARSE);
    const shown = parser(PARSE, 'MMXXVI', 2026);
    expect(writtenSampleProblems(shown, endpoint(shown), PARSE, literals)).toEqual([]);
    const other = parser(PARSE, 'XIV', 14);
    expect(writtenSampleProblems(other, endpoint(other), PARSE, literals)).toEqual([
      'no worked example of POST /roman/parse sends {"roman": "MMXXVI"} and expects {"number": 2026}, the request and answer the feature writes',
    ]);
    const wrong = parser(PARSE, 'MMXXVI', 2025);
    expect(writtenSampleProblems(wrong, endpoint(wrong), PARSE, literals)).toHaveLength(1);
    expect(featureFidelity(wrong, [PARSE])[0].realised).toBe(false);
  });
});

describe('a clock or duration notation written as a value', () => {
  it('is no written sample: "h:mm:ss", "m:ss" and "HH:MM" say how a value is written', () => {
    expect(
      writtenSample(
        'POST /pace with {"distance_km": number, "time": "h:mm:ss"} returns {"pace": "m:ss", "seconds_per_km": number}',
      ),
    ).toEqual({ sent: {}, answered: {} });
    expect(writtenSample('POST /span with {"start": "HH:MM"} returns {"unit": "m"}')).toEqual({
      sent: {},
      answered: { unit: 'm' },
    });
  });
});
