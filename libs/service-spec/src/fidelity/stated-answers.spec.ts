import type { AcceptanceCheck } from '../spec-contract';
import { statedAnswerProblems } from './stated-answers';

/** A happy worked example: POST `path` with `body`, expecting `answer`. */
function example(
  path: string,
  body: Record<string, unknown>,
  answer: Record<string, unknown>,
): AcceptanceCheck {
  return {
    id: 'AC-1',
    endpoint_id: 'EP-1',
    description: 'a worked example',
    kind: 'happy',
    steps: [{ request: { method: 'POST', path, body }, expect: { status: 200, body_contains: answer } }],
  };
}

const problems = (feature: string, check: AcceptanceCheck) =>
  statedAnswerProblems(feature, [check], 'POST /x');

describe('statedAnswerProblems: a SPEC holds to the answers a feature states', () => {
  it('refuses a worked example answering what the feature writes with another answer', () => {
    // The hole: "4 = IIII" beside an example answering 4 with IV passed, and so would the reverse.
    expect(
      problems(
        'standard subtractive notation (4 = IV, 900 = CM)',
        example('/r', { number: 4 }, { roman: 'IIII' }),
      ),
    ).toEqual(['it states that 4 gives IV, but the worked example of POST /x sending 4 answers "IIII"']);
    expect(problems('por exemplo 4 = IIII', example('/r', { number: 4 }, { roman: 'IV' }))).toHaveLength(1);
    expect(
      problems('par ex. MMXXVI donne 2026', example('/n', { roman: 'MMXXVI' }, { number: 2025 })),
    ).toHaveLength(1);
  });

  it('accepts the answer the feature states, read either way round', () => {
    expect(problems('4 = IV', example('/r', { number: 4 }, { roman: 'IV' }))).toEqual([]);
    expect(problems('MMXXVI donne 2026', example('/r', { number: 2026 }, { roman: 'MMXXVI' }))).toEqual([]);
  });

  it('reads an answer rounded to fewer decimals than the feature writes as the same value', () => {
    const feature = '1 knot = 1.852 km/h; convert speeds between knots and km/h';
    expect(problems(feature, example('/u', { value: 1, from: 'knot', to: 'km/h' }, { value: 1.85 }))).toEqual(
      [],
    );
    expect(problems(feature, example('/u', { value: 1, from: 'knot', to: 'km/h' }, { value: 1.9 }))).toEqual(
      [],
    );
    expect(
      problems(feature, example('/u', { value: 1, from: 'knot', to: 'km/h' }, { value: 1.84 })),
    ).toHaveLength(1);
    expect(
      problems('1 EUR = 1.10 USD', example('/c', { amount: 1, from: 'EUR', to: 'USD' }, { result: 1.087 })),
    ).toHaveLength(1);
  });

  it('holds a pair with units only to an example sending both units', () => {
    const feature = 'convert speeds, e.g. 100 km/h is 60 mph';
    expect(
      problems(feature, example('/s', { value: 100, from: 'km/h', to: 'mph' }, { value: 62.14 })),
    ).toHaveLength(1);
    expect(
      problems(feature, example('/s', { value: 100, from: 'km/h', to: 'm/s' }, { value: 27.78 })),
    ).toEqual([]);
  });

  it('says nothing of an example whose answer cannot be compared, or of a value no example sends', () => {
    expect(problems('4 = IV', example('/r', { number: 4 }, { valid: true }))).toEqual([]);
    expect(problems('4 = IV', example('/r', { number: 5 }, { roman: 'V' }))).toEqual([]);
  });
});
