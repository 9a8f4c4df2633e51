import type { Behavior, EndpointSpec } from '../spec-contract';
import { asksLowStock, lowStockProblems, stockFloorProblems } from './stock-fidelity';

/* The gate and low stock: a feature asking for the items running low is realised only by a filter by level. */

function endpoint(behavior: Behavior): EndpointSpec {
  return {
    id: 'x',
    method: 'GET',
    path: '/parts/low',
    summary: '',
    features: [],
    behavior,
    request: {},
    responses: [],
    errors: [],
  };
}

const feature = 'show the spare parts running low: at or below their reorder level';

describe('asksLowStock', () => {
  it('reads low stock and levels below a threshold in four languages', () => {
    expect(asksLowStock(feature)).toBe(true);
    expect(asksLowStock('Teile mit niedrigem Lagerbestand auflisten')).toBe(true);
    expect(asksLowStock('piezas por debajo de su umbral')).toBe(true);
    expect(asksLowStock('les pièces en dessous du seuil d alerte')).toBe(true);
  });

  it('reads a count of what is left against a number as low stock', () => {
    expect(asksLowStock('warn when fewer than 5 left')).toBe(true);
    expect(asksLowStock('Artikel mit weniger als 10 Stück auflisten')).toBe(true);
    expect(
      lowStockProblems('warn when fewer than 5 left', [endpoint({ kind: 'list', resource: 'part' })]),
    ).toEqual([expect.stringContaining('filters them by a threshold')]);
  });

  it('reads nothing in a plain list or a bound on a field', () => {
    expect(asksLowStock('list every spare part')).toBe(false);
    expect(asksLowStock('stock can never go below zero')).toBe(false);
    expect(asksLowStock('list the orders with fewer than 5 lines')).toBe(false);
  });
});

describe('lowStockProblems', () => {
  it('is realised by a low_stock filter', () => {
    const faithful = endpoint({
      kind: 'low_stock',
      resource: 'part',
      field: 'quantity',
      threshold_field: 'reorder_level',
      inclusive: true,
      wrap: 'parts',
    });
    expect(lowStockProblems(feature, [faithful])).toEqual([]);
  });

  it('is not realised by a list of every record', () => {
    expect(lowStockProblems(feature, [endpoint({ kind: 'list', resource: 'part' })])).toEqual([
      expect.stringContaining('it asks for the records running low'),
    ]);
  });
});

describe('stockFloorProblems', () => {
  const floor = 'stock never goes below 0; taking more than there is is refused';
  const reserve = 'reserve and release parts; you cannot reserve more than is in stock';

  it('is realised by an adjustment within the bounds', () => {
    const adjust = endpoint({
      kind: 'adjust',
      resource: 'part',
      param: 'id',
      field: 'quantity',
      amount_field: 'by',
    });
    expect(stockFloorProblems(floor, [adjust])).toEqual([]);
  });

  it('refuses a plain update, or a reservation of the whole record by a flag', () => {
    const update = endpoint({ kind: 'update', resource: 'part', param: 'id' });
    const flag = endpoint({ kind: 'reserve', resource: 'part', param: 'id', field: 'reserved' });
    expect(stockFloorProblems(floor, [update])).toHaveLength(1);
    expect(stockFloorProblems(reserve, [flag])).toHaveLength(1);
    expect(stockFloorProblems('Der Bestand darf nie unter 0 fallen', [update])).toHaveLength(1);
  });

  it('reads a floor on the money a discount code takes off as no stock floor', () => {
    const update = endpoint({ kind: 'update', resource: 'order', param: 'id' });
    expect(stockFloorProblems("TENOFF knocks 10.00 off, the total can't go negative", [update])).toEqual([]);
    expect(stockFloorProblems('der Gutschein zieht 10 € ab, die Summe wird nie negativ', [update])).toEqual(
      [],
    );
    expect(stockFloorProblems('le code enlève 10 €, sans jamais passer sous zéro', [update])).toEqual([]);
  });

  it('still refuses a stock floor said beside a discount, or one without a code', () => {
    const update = endpoint({ kind: 'update', resource: 'part', param: 'id' });
    expect(
      stockFloorProblems('discounted parts: the stock never goes below 0 when one is sold', [update]),
    ).toHaveLength(1);
    expect(
      stockFloorProblems('el inventario nunca por debajo de cero, aunque haya un código', [update]),
    ).toHaveLength(1);
    expect(stockFloorProblems('the quantity never goes below zero', [update])).toHaveLength(1);
  });

  it('says nothing of a feature without a floor', () => {
    expect(
      stockFloorProblems('mark a book as lent and returned', [
        endpoint({ kind: 'reserve', resource: 'book', param: 'id', field: 'lent' }),
      ]),
    ).toEqual([]);
  });
});
