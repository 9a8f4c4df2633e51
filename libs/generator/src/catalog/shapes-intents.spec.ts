import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * Whole intents in the shape their words ask (the in-view d2 intents' features, designed and judged offline):
 * durations named as parts are designed as parts, directed bases as a fixed conversion, each feature realised
 * by the fidelity gate, the constraint features beside them included.
 */

const endpointsOf = (features: string[]) => {
  const { contract, fidelity } = judgedOffline(familyIntent('shapes', 'Shapes', features));
  return {
    fidelity,
    endpoints: contract.endpoints.map((e) => ({
      route: `${e.method} ${e.path}`,
      fn: e.behavior.kind === 'function' ? e.behavior.function : e.behavior.kind,
      request: (e.request.body?.fields ?? []).map((f) => f.name),
      response: Object.keys((e.responses[0]?.example ?? {}) as Record<string, unknown>),
    })),
  };
};

describe('intents whose words ask for a shape', () => {
  it('designs French durations as parts and back, negatives refused', () => {
    const { fidelity, endpoints } = endpointsOf([
      'transformer un nombre de secondes en heures, minutes et secondes',
      "et l'inverse : des heures, minutes et secondes vers un total en secondes",
      'un nombre négatif est refusé',
    ]);
    expect(endpoints).toEqual([
      expect.objectContaining({ fn: 'duration.to_parts', response: ['hours', 'minutes', 'seconds'] }),
      expect.objectContaining({ fn: 'duration.from_parts', response: ['total_seconds'] }),
    ]);
    expect(fidelity.map((f) => [f.feature, f.realised, f.problems])).toEqual(
      fidelity.map((f) => [f.feature, true, []]),
    );
  });

  it('designs Spanish bases as fixed conversions, invalid digits refused', () => {
    const { fidelity, endpoints } = endpointsOf([
      'convertir un número decimal a binario y a hexadecimal',
      'convertir un número hexadecimal a decimal',
      'si el texto no es un número válido en esa base, devolver error',
    ]);
    expect(endpoints).toEqual([
      expect.objectContaining({
        fn: 'numbers.base_fixed',
        request: ['value'],
        response: ['binary', 'hexadecimal'],
      }),
      expect.objectContaining({ fn: 'numbers.base_fixed', request: ['value'], response: ['decimal'] }),
    ]);
    expect(fidelity.map((f) => [f.feature, f.realised, f.problems])).toEqual(
      fidelity.map((f) => [f.feature, true, []]),
    );
  });
});
