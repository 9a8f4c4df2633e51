import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { answerCaseProblems } from './answer-case';

/* A feature saying the answer is in lower (or upper) case holds the computation's worked answers to it. */

const FEATURES = [
  'el resultado en hexadecimal va en minúsculas y sin el prefijo 0x',
  'hex digits come back in lower case',
  'das Ergebnis in Kleinbuchstaben',
  'the result in upper case',
  'lowercase input is accepted',
  'convert between upper and lower case',
  'anagramas, sin distinguir mayúsculas ni espacios',
  'in Großbuchstaben, in Kleinbuchstaben und mit großem Anfangsbuchstaben',
];
const hex = {
  id: 'hex',
  method: 'POST',
  path: '/hex',
  features: FEATURES,
  behavior: { kind: 'function', function: 'numbers.base_fixed' },
} as unknown as EndpointSpec;
// Another computation of the service, which a feature about the converter's answers says nothing of.
const other = {
  id: 'other',
  method: 'POST',
  path: '/fold',
  features: [],
  behavior: { kind: 'function', function: 'text.fold_accents' },
} as unknown as EndpointSpec;

function answering(value: string): Pick<SpecContract, 'acceptance' | 'endpoints'> {
  const check = {
    id: 'AC-1',
    endpoint_id: 'hex',
    kind: 'happy',
    steps: [
      {
        request: { method: 'POST', path: '/hex', body: { value: 255 } },
        expect: { status: 200, body_contains: { hexadecimal: value } },
      },
    ],
  } as unknown as AcceptanceCheck;
  const folded = { ...check, id: 'AC-2', endpoint_id: 'other' };
  folded.steps = [{ ...check.steps[0], expect: { status: 200, body_contains: { text: 'Creme' } } }];
  return { acceptance: [check, folded], endpoints: [hex, other] };
}

describe('the case an answer is written in', () => {
  it('refuses answers in the other case, in several languages', () => {
    for (const feature of [
      'el resultado en hexadecimal va en minúsculas y sin el prefijo 0x',
      'hex digits come back in lower case',
      'das Ergebnis in Kleinbuchstaben',
    ]) {
      expect(answerCaseProblems(answering('FF'), feature)).toEqual([expect.stringContaining('answers "FF"')]);
      expect(answerCaseProblems(answering('ff'), feature)).toEqual([]);
    }
    expect(answerCaseProblems(answering('ff'), 'the result in upper case')).toHaveLength(1);
  });

  it('leaves a case said of the input, or both cases, alone', () => {
    expect(
      answerCaseProblems(answering('jumped'), 'anagramas, sin distinguir mayúsculas ni espacios'),
    ).toEqual([]);
    expect(
      answerCaseProblems(
        answering('HELLO'),
        'in Großbuchstaben, in Kleinbuchstaben und mit großem Anfangsbuchstaben',
      ),
    ).toEqual([]);
    expect(answerCaseProblems(answering('MMXXVI'), 'lowercase input is accepted')).toEqual([]);
    expect(answerCaseProblems(answering('FF'), 'convert between upper and lower case')).toEqual([]);
  });
});
