import type { IntentInput } from '@sf/contracts';
import { featureFidelity } from '@sf/service-spec';
import { designSpec } from './spec-designer';

/* How catalog computations absorb the features that only say what they refuse. */

function intentOf(features: string[]): IntentInput {
  return {
    service_name: 'refusals-svc',
    service_type: 'domain',
    priority: 'low',
    purpose: 'refusals',
    key_features: features,
    dependencies: [],
    port: 9100,
    auto_build: true,
    approval_mode: 'auto',
  };
}

function endpointsOf(features: string[]): { feature: string; paths: string[] }[] {
  const { contract } = designSpec(intentOf(features));
  return features.map((feature) => ({
    feature,
    paths: contract.endpoints.filter((e) => e.features.includes(feature)).map((e) => `${e.method} ${e.path}`),
  }));
}

const AGE =
  "work out someone's age in whole years from their birth date, as of a reference date given in the request";

describe('refusal features beside a catalog computation', () => {
  it('attaches a refusal written in the words of what the computation refuses, in either order', () => {
    for (const features of [
      [AGE, 'refuse a birth date that lies after the reference date'],
      ['refuse a birth date that lies after the reference date', AGE],
    ]) {
      const found = endpointsOf(features);
      expect(found[0].paths).toHaveLength(1);
      expect(found[1].paths).toEqual(found[0].paths);
    }
  });

  it('leaves a refusal the computation does not make unrealised, rather than claiming it', () => {
    for (const refusal of [
      'refuse birth dates on weekends',
      'refuse birth dates before 1900',
      'reject unknown users',
    ]) {
      expect(endpointsOf([AGE, refusal])[1]).toEqual({ feature: refusal, paths: [] });
    }
  });
});

describe('a refusal of missing inputs', () => {
  it('attaches to the computation with a refused request leaving out each input it names', () => {
    const features = [
      'compute the BMI from weight in kg and height in cm',
      'a request where height_cm is missing or not positive is refused',
    ];
    const { contract } = designSpec(intentOf(features));

    const [bmi] = contract.endpoints.filter((e) => e.features.includes(features[1]));
    const leftOut = contract.acceptance.filter(
      (c) => c.endpoint_id === bmi.id && c.kind === 'error' && c.description.includes('missing'),
    );
    // Both clauses are shown (the feature is quoted in each description): height_cm left out, and sent as 0.
    expect(leftOut.map((c) => c.steps[0].request.body)).toEqual([
      { weight_kg: 70 },
      { weight_kg: 70, height_cm: 0 },
    ]);
    expect(featureFidelity(contract, features).map((f) => f.problems)).toEqual([[], []]);
  });
});

describe("a classification under the feature's own labels", () => {
  it('relabels the BMI endpoint and its worked examples', () => {
    const features = [
      'Den BMI aus dem Gewicht in kg und der Größe in Metern berechnen',
      'Einstufen als "Untergewicht" (unter 18,5), "Normalgewicht" (18,5 bis 24,9), "Übergewicht" (25 bis 29,9) und "Adipositas" (ab 30)',
    ];
    const { contract } = designSpec(intentOf(features));

    const [bmi] = contract.endpoints;
    expect(bmi.features).toEqual(features);
    expect(bmi.behavior).toMatchObject({ options: { underweight: 'Untergewicht', obese: 'Adipositas' } });
    const categories = contract.acceptance
      .filter((c) => c.kind === 'happy')
      .map((c) => (c.steps[0].expect.body_contains as Record<string, unknown>).category);
    expect(categories.sort()).toEqual(['Adipositas', 'Normalgewicht', 'Untergewicht', 'Übergewicht']);
    expect(featureFidelity(contract, features).map((f) => f.problems)).toEqual([[], []]);
  });
});

describe('two features asking for one computation', () => {
  it('realises both on one endpoint, each with its own words and examples', () => {
    const features = [
      'convert a distance in kilometres to miles',
      'Entfernungen von Kilometern in Meilen umrechnen',
    ];
    const found = endpointsOf(features);

    expect(found[0].paths).toHaveLength(1);
    expect(found[1].paths).toEqual(found[0].paths);
    const { contract } = designSpec({ ...intentOf(features) });
    expect(featureFidelity(contract, features).map((f) => [f.feature, f.problems])).toEqual(
      features.map((f) => [f, []]),
    );
  });
});
