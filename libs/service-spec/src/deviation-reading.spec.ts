import { deviationOptionProblems, deviationProblems, readDeviationKind } from './deviation-reading';
import type { AcceptanceCheck, EndpointSpec } from './spec-contract';

describe('readDeviationKind', () => {
  it('reads the population or the sample spread in four languages', () => {
    expect(readDeviationKind('the standard deviation divides by n, not the sample one')).toBe('population');
    expect(readDeviationKind('population variance please')).toBe('population');
    expect(readDeviationKind('use the sample standard deviation (n - 1)')).toBe('sample');
    expect(readDeviationKind('Standardabweichung der Stichprobe, durch n-1 geteilt')).toBe('sample');
    expect(readDeviationKind('Standardabweichung der Grundgesamtheit')).toBe('population');
    expect(readDeviationKind('desviación típica muestral')).toBe('sample');
    expect(readDeviationKind('la desviación típica es la poblacional, no la muestral')).toBe('population');
    expect(readDeviationKind("l'écart type de l'échantillon")).toBe('sample');
    // A kind named by what it is not.
    expect(readDeviationKind('spread divided by n - 1, not by n (standard deviation)')).toBe('sample');
    expect(readDeviationKind('population standard deviation, divided by n, not n-1')).toBe('population');
    expect(readDeviationKind('Standardabweichung: durch n teilen, nicht durch n − 1')).toBe('population');
  });

  it('reads nothing when the feature names no kind or no spread', () => {
    expect(readDeviationKind('also return the standard deviation')).toBeNull();
    expect(readDeviationKind('survey a sample of the population')).toBeNull();
  });
});

describe('deviationProblems', () => {
  const endpoint = (options: Record<string, string | number | boolean>): EndpointSpec =>
    ({
      id: 'stats',
      method: 'POST',
      path: '/stats',
      summary: 'statistics',
      features: [],
      behavior: { kind: 'function', function: 'calc.statistics', inputs: {}, outputs: {}, options },
      request: {},
      responses: [],
      errors: [],
    }) as unknown as EndpointSpec;
  const answer: AcceptanceCheck = {
    id: 'AC-1',
    endpoint_id: 'stats',
    description: 'spread',
    kind: 'happy',
    steps: [
      {
        request: { method: 'POST', path: '/stats', body: { numbers: [2, 4, 4, 4, 5, 5, 7, 9] } },
        expect: { status: 200, body_contains: { standard_deviation: 2 } },
      },
    ],
  };
  const feature = 'the standard deviation is the population one (divide by n)';

  it('counts the spread realised only by a computation set to that kind with an example answering it', () => {
    expect(deviationProblems(feature, [endpoint({ deviation: 'population' })], [answer], 'x')).toEqual([]);
    expect(deviationProblems(feature, [endpoint({ deviation: 'sample' })], [answer], 'x')).toHaveLength(1);
    expect(deviationProblems(feature, [endpoint({})], [answer], 'x')).toHaveLength(1);
    expect(deviationProblems(feature, [endpoint({ deviation: 'population' })], [], 'x')).toHaveLength(1);
  });

  it('refuses a deviation option on another computation or with another value', () => {
    const b = (fn: string, deviation: string) =>
      ({ kind: 'function', function: fn, inputs: {}, outputs: {}, options: { deviation } }) as const;
    expect(deviationOptionProblems(b('calc.statistics', 'sample'))).toEqual([]);
    expect(deviationOptionProblems(b('calc.statistics', 'both'))).toHaveLength(1);
    expect(deviationOptionProblems(b('calc.bmi', 'sample'))).toHaveLength(1);
  });
});
