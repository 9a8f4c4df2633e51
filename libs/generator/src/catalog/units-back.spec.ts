import { familyIntent, judgedOffline } from '../testing/offline-spec';
import { runCatalogFunction } from './testing/run-function';

/*
 * "Convert acres to hectares, rounded to 2 decimals" then "and hectares back to acres": the way back answers to
 * the rounding the first feature states (in-view area-acres-hectares-free deployed 6 decimals back, unfaithful).
 */

function endpointsOf(features: string[]) {
  const { contract, fidelity } = judgedOffline(familyIntent('units-back', 'Conversions of areas.', features));
  expect(fidelity.every((f) => f.realised)).toBe(true);
  return contract.endpoints.flatMap((e) => (e.behavior.kind === 'function' ? [e.behavior] : []));
}

describe('a conversion back answers to the rounding of the way there', () => {
  it('takes the rounding of the conversion it continues the other way', () => {
    const [there, back] = endpointsOf([
      "convert a plot's size from acres to hectares, rounded to 2 decimals",
      'and hectares back to acres',
    ]);
    expect(there.options).toMatchObject({ from: 'ac', to: 'ha', decimals: 2 });
    expect(back.options).toMatchObject({ from: 'ha', to: 'ac', decimals: 2 });
    const run = runCatalogFunction(back.function, { value: 1 }, back.options ?? {});
    expect(run.ok && run.value.value).toBe(2.47);
  });

  it('leaves a feature that is no continuation to its own rounding', () => {
    const [, other] = endpointsOf([
      'Convert acres to hectares, rounded to 2 decimals',
      'Convert hectares to acres',
    ]);
    expect(other.options).toMatchObject({ decimals: 6 });
  });
});
