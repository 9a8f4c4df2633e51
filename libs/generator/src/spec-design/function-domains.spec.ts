import { FUNCTION_DOMAINS } from '@sf/service-spec';
import { CATALOG } from '../catalog/catalog';

describe('the gate knows what every catalog computation is about', () => {
  it('has a row of domain words for every catalog function id', () => {
    const ids = CATALOG.flatMap((family) => family.functions.map((f) => f.id));

    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !(id in FUNCTION_DOMAINS))).toEqual([]);
  });
});
