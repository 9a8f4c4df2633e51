import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { readFeatureLiterals } from './feature-literals';
import { writtenPatternProblems } from './written-patterns';

/* A date or time notation written as a field's value is how the worked examples must write that field. */

const endpoint = { id: 'zones', method: 'POST', path: '/convert' } as EndpointSpec;

function contractAnswering(sent: string, answered: string): SpecContract {
  const check: AcceptanceCheck = {
    id: 'AC-1',
    endpoint_id: 'zones',
    description: 'converts a local time',
    kind: 'happy',
    steps: [
      {
        request: { method: 'POST', path: '/convert', body: { time: sent, from: 'UTC', to: 'Europe/Berlin' } },
        expect: { status: 200, body_contains: { time: answered } },
      },
    ],
  };
  return { endpoints: [endpoint], resources: [], acceptance: [check] } as unknown as SpecContract;
}

function problems(feature: string, contract: SpecContract): string[] {
  const literals = readFeatureLiterals(feature);
  return writtenPatternProblems(literals.request, literals.response, endpoint, contract);
}

describe('notations written as a field value', () => {
  const minutes =
    'POST /convert with {"time": "YYYY-MM-DDTHH:mm", "from": string, "to": string} returns {"time": "YYYY-MM-DDTHH:mm"}';

  it('holds worked examples to minutes when the notation writes no seconds', () => {
    expect(problems(minutes, contractAnswering('2026-03-16T13:30', '2026-03-16T14:30'))).toEqual([]);
    expect(problems(minutes, contractAnswering('2026-03-16T13:30', '2026-03-16T14:30:00'))).toEqual([
      expect.stringContaining('a worked example answers "2026-03-16T14:30:00"'),
    ]);
    // No example sends the notation written.
    expect(problems(minutes, contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30'))).toEqual([
      expect.stringContaining('a worked example sends "2026-03-16T13:30:00"'),
    ]);
  });

  it('takes other writings sent beside one in the notation, never answered', () => {
    const both = contractAnswering('2026-03-16T13:30', '2026-03-16T14:30');
    const other = contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30');
    both.acceptance.push({ ...other.acceptance[0], id: 'AC-2' });
    expect(problems(minutes, both)).toEqual([]);
    const answers = contractAnswering('2026-03-16T13:30', '2026-03-16T14:30:00');
    both.acceptance.push({ ...answers.acceptance[0], id: 'AC-3' });
    expect(problems(minutes, both)).toEqual([expect.stringContaining('answers "2026-03-16T14:30:00"')]);
  });

  it('holds them to seconds, or to a date alone, when the notation says so', () => {
    const seconds =
      'POST /convert with {"time": "YYYY-MM-DDTHH:mm:ss"} returns {"time": "YYYY-MM-DDTHH:mm:ss"}';
    expect(problems(seconds, contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30:00'))).toEqual([]);
    expect(problems(seconds, contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30'))).toHaveLength(1);
    const date = 'POST /convert with {"time": "YYYY-MM-DD"} returns {"time": "YYYY-MM-DD"}';
    expect(problems(date, contractAnswering('2026-03-16', '2026-03-17'))).toEqual([]);
    expect(problems(date, contractAnswering('2026-03-16', '2026-03-17T00:00'))).toHaveLength(1);
  });

  it('says nothing of a date-time named in words, or of values that are no dates', () => {
    const words = 'POST /convert with {"time": ISO datetime} returns {"time": ISO datetime}';
    expect(problems(words, contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30:00Z'))).toEqual([]);
    expect(problems(minutes, contractAnswering('{now}', '{later}'))).toEqual([]);
  });
  it('answers no zone the notation leaves out, and one it writes', () => {
    const local =
      'POST /convert with {"time": "YYYY-MM-DDTHH:mm:ss"} returns {"time": "YYYY-MM-DDTHH:mm:ss"}';
    expect(problems(local, contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30:00-04:00'))).toEqual([
      expect.stringContaining('a worked example answers "2026-03-16T14:30:00-04:00"'),
    ]);
    expect(problems(local, contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30:00Z'))).toHaveLength(1);
    const zoned =
      'POST /convert with {"time": "YYYY-MM-DDTHH:mm:ss"} returns {"time": "YYYY-MM-DDTHH:mm:ss+HH:MM"}';
    expect(problems(zoned, contractAnswering('2026-03-16T13:30:00', '2026-03-16T14:30:00-04:00'))).toEqual(
      [],
    );
  });
});
