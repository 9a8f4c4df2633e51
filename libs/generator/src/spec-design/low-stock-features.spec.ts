import type { IntentInput } from '@sf/contracts';
import { familyIntent, offlineSpec } from '../testing/offline-spec';
import { extractContract, renderSpec, verifySpec } from '@sf/service-spec';
import { readsAsLowStock } from './low-stock-features';

describe('readsAsLowStock', () => {
  it('reads a listing of records running low in English, German, Spanish and French', () => {
    expect(readsAsLowStock('show which spare parts are running low')).toBe(true);
    expect(readsAsLowStock('list the parts whose quantity is 2 or less')).toBe(true);
    expect(readsAsLowStock('Teile unter ihrem Mindestbestand anzeigen')).toBe(true);
    expect(readsAsLowStock('mostrar las piezas con existencias bajas')).toBe(true);
    expect(readsAsLowStock('afficher les pièces en stock faible')).toBe(true);
    expect(readsAsLowStock('warn when fewer than 5 left')).toBe(true);
    expect(readsAsLowStock('Artikel mit weniger als 10 Stück auflisten')).toBe(true);
  });

  it('reads a reorder level written after the comparison and in Spanish, Italian, French and German', () => {
    expect(readsAsLowStock('productos en su nivel de reposición o por debajo')).toBe(true);
    expect(readsAsLowStock('i prodotti al loro livello di riordino o sotto')).toBe(true);
    expect(readsAsLowStock('les articles sous leur niveau de réassort')).toBe(true);
    expect(readsAsLowStock('Artikel unter ihrem Bestellpunkt')).toBe(true);
  });

  it('reads no listing in a bound on the stock or a plain list', () => {
    expect(readsAsLowStock('stock can never go below 0; a change that would is refused with 409')).toBe(
      false,
    );
    expect(readsAsLowStock('list every spare part')).toBe(false);
  });
});

const intent = (features: string[]): IntentInput =>
  familyIntent('parts-svc', 'Spare parts of a bike workshop', features);

const specOf = offlineSpec;

describe('a low-stock feature through the gate', () => {
  it('is realised by a filter on each record against its own threshold', () => {
    const features = [
      'register spare parts with a name, a quantity and a minimum stock',
      'show the spare parts at or below their own minimum stock',
    ];
    const markdown = specOf(intent(features));
    const low = extractContract(markdown).endpoints.find((e) => e.behavior.kind === 'low_stock');

    expect(verifySpec(markdown, intent(features)).fidelity.map((f) => f.problems)).toEqual([[], []]);
    expect(low?.behavior).toMatchObject({
      field: 'quantity',
      threshold_field: 'minimum_stock',
      inclusive: true,
    });
  });

  it("declares each record's own reorder level when the feature compares with theirs and none is kept", () => {
    const features = [
      'add items with a name and a quantity',
      'list the items whose quantity is at or below their reorder level',
    ];
    const contract = extractContract(specOf(intent(features)));
    const low = contract.endpoints.find((e) => e.behavior.kind === 'low_stock');
    const item = contract.resources.find((r) => r.name === 'item');

    expect(low?.behavior).toMatchObject({
      field: 'quantity',
      threshold_field: 'reorder_level',
      inclusive: true,
    });
    expect(item?.fields.find((f) => f.name === 'reorder_level')).toMatchObject({ type: 'integer' });
  });

  it('reads a fixed threshold and whether it is strict', () => {
    const features = ['add parts with a name and a quantity', 'list the parts with fewer than 4 in stock'];
    const low = extractContract(specOf(intent(features))).endpoints.find(
      (e) => e.behavior.kind === 'low_stock',
    );

    expect(low?.behavior).toMatchObject({ field: 'quantity', threshold: 4, inclusive: false });
  });

  it('is refused when the same SPEC lists every record instead', () => {
    const features = ['add parts with a name and a quantity', 'list the parts running low (3 or less)'];
    const contract = extractContract(specOf(intent(features)));
    const low = contract.endpoints.find((e) => e.behavior.kind === 'low_stock');
    if (low) low.behavior = { kind: 'list', resource: 'part' };
    contract.acceptance = contract.acceptance.filter((a) => a.endpoint_id !== low?.id);
    const v = verifySpec(renderSpec(contract), intent(features));

    expect(v.fidelity[1].realised).toBe(false);
    expect(v.fidelity[1].problems).toContainEqual(expect.stringContaining('running low'));
  });
});
