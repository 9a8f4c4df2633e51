import type { DesignReference } from '../catalog/catalog-entry';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * Mutants of a family's reference semantics: a reference that is wrong for a value a feature writes (it writes 4
 * as IIII, or 100 °C as 200 °F) must not become the SPEC's worked example of that value; the feature stays
 * unrealised, so the gate refuses the intent. The same features are realised with the true references (the
 * phrasing table, written-values-phrasings.spec.ts).
 */

jest.mock('../catalog/roman-reference', () => {
  const actual = jest.requireActual<typeof import('../catalog/roman-reference')>(
    '../catalog/roman-reference',
  );
  const wrong: DesignReference = {
    ...actual.TO_ROMAN_REFERENCE,
    compute: (params) =>
      params.number === 4
        ? { ok: true, results: { roman: 'IIII' } }
        : actual.TO_ROMAN_REFERENCE.compute(params),
  };
  return { ...actual, TO_ROMAN_REFERENCE: wrong };
});

function realised(purpose: string, features: string[], feature: string): boolean {
  const { fidelity } = judgedOffline(familyIntent('values-mutant', purpose, features));
  return fidelity.find((f) => f.feature === feature)?.realised ?? false;
}

describe('a family whose reference is wrong for a value the feature writes', () => {
  it('leaves a feature made of that value unrealised', () => {
    const feature = 'standard subtractive notation (4 = IV, 900 = CM)';
    expect(realised('Roman numerals', ['Convert whole numbers to Roman numerals', feature], feature)).toBe(
      false,
    );
  });

  it('leaves a computation whose example is that value unrealised', () => {
    const feature = 'Converte números inteiros em algarismos romanos, por exemplo 4 = IV';
    expect(realised('Algarismos romanos', [feature], feature)).toBe(false);
  });

  it('still realises what the wrong reference does not touch', () => {
    const feature = 'Convierte números enteros a números romanos, p. ej. 2026 → MMXXVI';
    expect(realised('Números romanos', [feature], feature)).toBe(true);
  });
});
