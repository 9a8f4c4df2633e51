import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import type { FunctionDesign } from './catalog-entry';
import { recogniseFeature } from './catalog';
import { fraction, roundFraction, roundSqrt } from './exact-rounding';
import { runCatalogFunction } from './testing/run-function';

/*
 * Details of the calculations: rounding up, down or half to even, and the population or sample spread. The
 * designs' examples are worked out exactly as fractions; the emitted code must answer them, and the same code
 * with the detail ignored (the default rounding, the other spread) must not: the examples tell them apart.
 */

const designOf = (text: string): FunctionDesign => {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`no design for ${text}`);
  return found.design;
};

function params(design: FunctionDesign, request: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(design.inputs.map((i) => [i.param, request[i.field.name]]));
}

/** What the emitted code answers for each worked example of `d`, with `options`. */
function answers(d: FunctionDesign, options: Record<string, string | number | boolean>): unknown[] {
  return d.examples.map((x) => {
    const result = runCatalogFunction(d.function, params(d, x.input), options);
    return result.ok ? Object.fromEntries(d.outputs.map((o) => [o.field, result.value[o.result]])) : result;
  });
}

describe('exact rounding', () => {
  it('rounds fractions by every mode', () => {
    const third = { n: 115n, d: 3n };
    expect(roundFraction(third, 2)).toBe(38.33);
    expect(roundFraction(third, 2, 'up')).toBe(38.34);
    expect(roundFraction(third, 0, 'up')).toBe(39);
    expect(roundFraction({ n: 236n, d: 3n }, 2, 'down')).toBe(78.66);
    expect(roundFraction(fraction('5.025'), 2, 'half_even')).toBe(5.02);
    expect(roundFraction(fraction('5.035'), 2, 'half_even')).toBe(5.04);
    expect(roundFraction(fraction('5.025'), 2)).toBe(5.03);
    expect(roundFraction(fraction('-2.5'), 0)).toBe(-3);
    expect(roundFraction(fraction('-2.5'), 0, 'up')).toBe(-2);
    expect(roundFraction(fraction('-2.1'), 0, 'down')).toBe(-3);
  });

  it('rounds square roots exactly', () => {
    expect(roundSqrt(fraction(4), 3)).toBe(2);
    expect(roundSqrt(fraction(2), 4)).toBe(1.4142);
    expect(roundSqrt(fraction(2), 4, 'up')).toBe(1.4143);
    expect(roundSqrt({ n: 32n, d: 7n }, 6)).toBe(2.13809); // the sample spread of 2, 4, 4, 4, 5, 5, 7, 9
    expect(roundSqrt(fraction('6.25'), 1, 'half_even')).toBe(2.5);
  });
});

describe('rounding modes and spreads in the designs', () => {
  const cases: [string, Record<string, string | number | boolean>][] = [
    [
      'share the restaurant bill plus tip between guests, each share rounded up to the next cent',
      { rounding: 'half_up' },
    ],
    ['Rechnung mit Trinkgeld aufteilen, auf volle Euro aufrunden', { rounding: 'half_up' }],
    ['dividir la cuenta con propina entre los comensales, redondeando hacia abajo', { rounding: 'half_up' }],
    ["partager l'addition avec le pourboire, arrondi bancaire", { rounding: 'half_up' }],
    ['body mass index from kg and metres, rounded up to one decimal', { rounding: 'half_up' }],
    ["BMI from weight and height with banker's rounding to 0 decimals", { rounding: 'half_up' }],
    ['average and median of a list of numbers, always rounded down to 2 decimals', { rounding: 'half_up' }],
    ['mean of a list of numbers with half-to-even rounding', { rounding: 'half_up' }],
    ['mean and population standard deviation of a list of numbers', { deviation: 'sample' }],
    ['Mittelwert und Standardabweichung der Stichprobe einer Zahlenliste', { deviation: 'population' }],
    ['media y desviación típica muestral de una lista de números', { deviation: 'population' }],
    ["moyenne et écart type de la population d'une liste de nombres", { deviation: 'sample' }],
  ];

  it.each(cases)('%p answers its examples, and the detail ignored fails one of them', (text, ignored) => {
    const d = designOf(text);
    const options = d.options ?? {};
    expect(options.rounding ?? options.deviation).toBeDefined();
    expect(answers(d, options)).toEqual(d.examples.map((x) => expect.objectContaining(x.output)));
    const without = answers(d, { ...options, ...ignored });
    expect(d.examples.some((x, i) => !matches(without[i], x.output))).toBe(true);
  });

  it('a sample spread of a single number is refused', () => {
    const d = designOf('sample standard deviation of a list of numbers');
    expect(runCatalogFunction(d.function, { numbers: [7] }, d.options ?? {}).ok).toBe(false);
    expect(d.refusals.map((r) => r.input)).toContainEqual({ numbers: [7] });
  });
});

function matches(answer: unknown, output: Record<string, unknown>): boolean {
  if (answer === null || typeof answer !== 'object') return false;
  return Object.entries(output).every(([k, v]) => (answer as Record<string, unknown>)[k] === v);
}

describe('a detail written as its own feature', () => {
  const realised = (features: string[]) => {
    const { contract } = designSpec(intentOf({ service_name: 'detail-svc', key_features: features }));
    return { contract, realised: featureFidelity(contract, features).map((f) => f.realised) };
  };

  it.each([
    [
      [
        'share a dinner bill and tip among friends',
        'what each friend owes is always rounded up to the next cent',
      ],
    ],
    [['Rechnung samt Trinkgeld auf die Gäste verteilen', 'Der Betrag pro Gast wird abgerundet']],
    [['calcular el IMC con el peso y la altura', 'el IMC se redondea hacia arriba a un decimal']],
    [['work out average and median of a list of numbers', "averages use banker's rounding"]],
    [['mean and median of a list of numbers', 'the spread is the sample one, divided by n - 1']],
    [["moyenne et médiane d'une liste de nombres", "l'écart type est celui de la population"]],
  ])('realises %p with the computation set to it', (features) => {
    expect(realised(features).realised).toEqual([true, true]);
  });

  it('leaves a rounding mode unrealised beside a computation that cannot round by one', () => {
    const { contract, realised: r } = realised([
      'convert temperatures from Celsius to Fahrenheit',
      'results are always rounded up',
    ]);
    expect(r).toEqual([true, false]);
    expect(
      contract.endpoints.every((e) => e.behavior.kind !== 'function' || !e.behavior.options?.rounding),
    ).toBe(true);
  });

  it('leaves a spread unrealised when it names neither the population nor the sample one', () => {
    expect(realised(['mean of a list of numbers', 'also return the standard deviation']).realised).toEqual([
      true,
      false,
    ]);
    expect(realised(['mean and standard deviation of a list of numbers']).realised).toEqual([false]);
  });

  it('leaves a spread unrealised when nothing computes statistics', () => {
    expect(
      realised(['split a bill with a tip among people', 'use the population standard deviation']).realised,
    ).toEqual([true, false]);
  });

  it.each([
    [
      ['body mass index from weight in kg and height in m', 'weights above 650 kg are nonsense and refused'],
      650.5,
    ],
    [['BMI aus Gewicht und Größe berechnen', 'ein Gewicht über 650 kg wird abgelehnt'], 650.5],
  ])('puts a refused range of %p on the field it names, with a 400 beyond it', (features, beyond) => {
    const { contract, realised: r } = realised(features);
    expect(r).toEqual([true, true]);
    const e = contract.endpoints.find((x) => x.path === '/calc/bmi');
    const weight = e?.request.body?.fields.find((f) => f.name === 'weight_kg');
    expect(weight?.maximum).toBe(650);
    expect(
      contract.acceptance.some(
        (c) =>
          c.kind === 'error' && (c.steps[0].request.body as Record<string, unknown>).weight_kg === beyond,
      ),
    ).toBe(true);
  });

  it('still lets a refusal naming two inputs attach to the computation that refuses them', () => {
    expect(
      realised([
        'body mass index from weight in kg and height in m',
        'zero or negative height or weight is an error',
      ]).realised,
    ).toEqual([true, true]);
  });
});
