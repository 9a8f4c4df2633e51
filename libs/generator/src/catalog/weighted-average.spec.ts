import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { compileFunction, runCatalogFunction } from './testing/run-function';
import { WEIGHTED_AVERAGE_CODE } from './weighted-average';

/* The weighted average: the emitted code against averages worked out on paper, the recogniser, never a throw. */

const average = (input: Record<string, unknown>, options: Record<string, string | number | boolean> = {}) =>
  runCatalogFunction('calc.weighted_average', input, { decimals: 2, ...options });

describe('calc.weighted_average (the emitted code)', () => {
  it.each([
    // 80 × 0.3 + 90 × 0.3 + 70 × 0.4 = 79; 6 × 1 + 8 × 3 = 30, / 4 = 7.5; 15 / 8 = 1.875 → 1.88; 10 / 3 → 3.33.
    [[80, 90, 70], [30, 30, 40], 79],
    [[6, 8], [1, 3], 7.5],
    [[1, 2], [1, 7], 1.88],
    [[2, 3, 5], [1, 1, 1], 3.33],
    [[4, 10], [0, 2], 10],
  ])('averages %j with weights %j as %d', (values, weights, expected) => {
    expect(average({ values, weights })).toEqual({ ok: true, value: { weighted_average: expected } });
  });

  it('uses the weights the feature fixes and wants exactly one value per weight', () => {
    const fixed = { weights: '[30,30,40]' };
    expect(average({ values: [80, 90, 70], weights: [1, 0, 0] }, fixed)).toEqual({
      ok: true,
      value: { weighted_average: 79 },
    });
    expect(average({ values: [80, 90] }, fixed)).toMatchObject({ ok: false });
  });

  it.each([
    [{ values: [], weights: [] }],
    [{ values: [1, 2], weights: [1] }],
    [{ values: [1, 2], weights: [1, -1] }],
    [{ values: [1, 2], weights: [0, 0] }],
    [{ values: [1, 'x'], weights: [1, 1] }],
  ])('refuses %j', (input) => {
    expect(average(input)).toMatchObject({ ok: false });
  });

  it('answers or refuses anything, never throwing', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.oneof(fc.string(), fc.constant('[1,2]')),
        (v, w, fixed) => {
          for (const options of [{}, { weights: fixed }] as Record<string, string>[]) {
            const result = average({ values: v, weights: w }, options);
            if (result.ok) expect(Number.isFinite(result.value.weighted_average)).toBe(true);
            else expect(result.problems.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('the weighted-average recogniser', () => {
  const fn = (text: string) => {
    const r = recogniseFeature(text);
    return r && 'design' in r ? r.design.function : null;
  };

  it('reads fixed weights as options and leaves the request the values', () => {
    const r = recogniseFeature('Final grade as the weighted average of three exams, weights 30/30/40');
    expect(r && 'design' in r && [r.design.options, r.design.inputs.map((i) => i.param)]).toEqual([
      { decimals: 2, weights: '[30,30,40]' },
      ['values'],
    ]);
  });

  it('leaves weights written as an example to the request', () => {
    const r = recogniseFeature('Media ponderada de las notas con sus pesos (por ejemplo 30/30/40)');
    expect(r && 'design' in r && r.design.inputs.map((i) => i.param)).toEqual(['values', 'weights']);
  });

  it.each([
    'the average weight of the parcels',
    'weighted random choice between servers',
    'store the grades of each student with their weights',
  ])('does not read %p as a weighted average', (text) => {
    expect(fn(text)).not.toBe('calc.weighted_average');
  });
});

describe('the worked examples against mutants of the emitted code', () => {
  /** Whether some worked example of the design for `feature` fails when the code has `from` changed to `to`. */
  const caught = (feature: string, from: string, to: string): boolean => {
    const r = recogniseFeature(feature);
    if (!r || !('design' in r)) throw new Error('not recognised');
    const { design } = r;
    expect(WEIGHTED_AVERAGE_CODE.source).toContain(from);
    const mutant = compileFunction(
      WEIGHTED_AVERAGE_CODE.source.replace(from, to),
      WEIGHTED_AVERAGE_CODE.exportName,
    );
    const options = design.options ?? {};
    const answers = design.examples.every((x) => {
      const result = mutant(x.input, options);
      return result.ok && JSON.stringify(result.value) === JSON.stringify(x.output);
    });
    const refuses = design.refusals.every((x) => !mutant(x.input, options).ok);
    return !(answers && refuses);
  };

  it('passes the examples as emitted', () => {
    expect(caught('weighted average of grades with their weights', 'sum / total', 'sum / total')).toBe(false);
  });

  it.each([
    // The plain mean, weights ignored.
    ['weighted average of grades with their weights', 'sum / total', 'sum / values.length'],
    // Rounded down instead of half up (15/8 = 1.875).
    ['weighted average of grades with their weights', "decimals, 'half_up'", "decimals, 'down'"],
    // Weights left over answered (only values without a weight refused).
    [
      'weighted average of grades with their weights',
      'values.length !== weights.length',
      'values.length > weights.length',
    ],
    // The fixed weights of the feature ignored for the request's.
    [
      'Final grade as the weighted average of three exams, weights 30/30/40',
      "typeof options.weights === 'string') {",
      'false) {',
    ],
  ])('fails a worked example of %p with %p → %p', (feature, from, to) => {
    expect(caught(feature, from, to)).toBe(true);
  });
});
