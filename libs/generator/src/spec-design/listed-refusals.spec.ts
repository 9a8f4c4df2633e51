import { extractContract, featureFidelity } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { listedValues } from './listed-refusals';

/* Values a refusal feature lists become refusal worked examples only when the computation really refuses them. */

const CONVERT =
  'POST /length {"value": number, "from": unit, "to": unit} -> {"value": number}; units m, km, ft, mi, yd';

function read(refusal: string) {
  const features = [CONVERT, refusal];
  const contract = extractContract(offlineSpec(familyIntent('typed-service', 'convert distances', features)));
  return { contract, fidelity: featureFidelity(contract, features) };
}

describe('listed refused values', () => {
  it('reads the values listed in parentheses, whatever the language of "for example"', () => {
    expect(listedValues('Any other unit (e.g. parsec, league) -> 400')).toEqual(['parsec', 'league']);
    expect(listedValues('Jede andere Einheit (z. B. parsec, elle, furlong) -> 400')).toEqual([
      'parsec',
      'elle',
      'furlong',
    ]);
    expect(listedValues('Cualquier otra unidad (p. ej. "legua" o "vara") -> 400')).toEqual(['legua', 'vara']);
    expect(listedValues('A negative distance (below zero) -> 400')).toEqual([]);
  });

  it('turns each listed value the computation refuses into a refusal example, and realises the feature', () => {
    const { contract, fidelity } = read(
      'Any other distance unit (e.g. parsec, league) or a negative distance -> 400',
    );
    expect(fidelity.map((f) => f.problems)).toEqual([[], []]);
    const refused = contract.acceptance.filter((c) => c.kind !== 'happy').map((c) => JSON.stringify(c));
    expect(refused.some((c) => c.includes('"parsec"'))).toBe(true);
    expect(refused.some((c) => c.includes('"league"'))).toBe(true);
  });

  it('leaves the feature unrealised when a listed value is one the computation accepts', () => {
    const { fidelity } = read('Any other distance unit (e.g. km, parsec) or a negative distance -> 400');
    expect(fidelity[0].problems).toEqual([]);
    expect(fidelity[1].problems).not.toEqual([]);
  });
});
