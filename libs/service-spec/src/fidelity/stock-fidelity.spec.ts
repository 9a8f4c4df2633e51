import type { Behavior, EndpointSpec } from '../spec-contract';
import { ruleHeld } from './record-features';
import type { SpecContract } from '../spec-contract';
import { asksLowStock, lowStockProblems, stockFloorProblems, stockMoveProblems } from './stock-fidelity';

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

/** A movement of a part's quantity (`direction` absent: a signed adjustment). */
function move(direction?: 'in' | 'out'): EndpointSpec {
  return endpoint({
    kind: 'adjust',
    resource: 'part',
    param: 'id',
    field: 'quantity',
    amount_field: 'quantity',
    ...(direction ? { direction } : {}),
  });
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

  it('holds a fixed number written to that number, not to a threshold each record keeps', () => {
    const said = 'alert me about the products with fewer than 10 units';
    const fixed = (threshold: number, threshold_field?: string) =>
      endpoint({
        kind: 'low_stock',
        resource: 'part',
        field: 'quantity',
        threshold,
        ...(threshold_field ? { threshold_field } : {}),
        inclusive: false,
        wrap: 'items',
      });
    expect(lowStockProblems(said, [fixed(10)])).toEqual([]);
    expect(lowStockProblems(said, [fixed(5)])).toEqual([expect.stringContaining('with 10')]);
    expect(lowStockProblems(said, [fixed(10, 'reorder_point')])).toEqual([
      expect.stringContaining('with 10'),
    ]);
    // A record's own threshold said beside the number keeps it: the record's, else 10.
    expect(
      lowStockProblems('the products below their own minimum, else fewer than 10', [fixed(10, 'minimum')]),
    ).toEqual([]);
  });

  it('reads the comparisons people write for a shopping list', () => {
    expect(asksLowStock('my shopping list: the items with fewer than their minimum')).toBe(true);
    expect(asksLowStock('Einkaufsliste: alles, was den Mindestbestand erreicht oder unterschreitet')).toBe(
      true,
    );
    expect(asksLowStock('Les fournitures bientôt épuisées')).toBe(true);
    expect(asksLowStock('keep a shopping list: add things to buy and tick them off')).toBe(false);
    // Read, the comparison is held as written: on the minimum is low for "erreicht oder unterschreitet".
    const strict = endpoint({
      kind: 'low_stock',
      resource: 'part',
      field: 'menge',
      threshold_field: 'mindestbestand',
      inclusive: false,
      wrap: 'items',
    });
    expect(
      lowStockProblems('Einkaufsliste: alles, was den Mindestbestand erreicht oder unterschreitet', [strict]),
    ).toEqual([expect.stringContaining('on its threshold as low')]);
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

  it('holds each thing a floor names to a field kept at zero or above', () => {
    const adjust = endpoint({
      kind: 'adjust',
      resource: 'part',
      param: 'id',
      field: 'quantity',
      amount_field: 'by',
    });
    const feature = 'quantities and prices can never be below zero';
    const create = (priceMinimum?: number) =>
      ({
        ...endpoint({ kind: 'create', resource: 'part' }),
        request: {
          body: {
            fields: [
              {
                name: 'quantity',
                type: 'integer',
                required: true,
                description: `Quantity; ${feature}`,
                minimum: 0,
              },
              ...(priceMinimum === undefined
                ? []
                : [
                    {
                      name: 'price',
                      type: 'number',
                      required: true,
                      description: 'Price',
                      minimum: priceMinimum,
                    },
                  ]),
            ],
          },
        },
      }) as unknown as EndpointSpec;
    // No price at all (the quantity's description quotes the feature: its words do not name it a price).
    expect(stockFloorProblems(feature, [adjust], { endpoints: [adjust, create()] })).toEqual([
      expect.stringContaining('it keeps "prices" from going below zero'),
    ]);
    expect(stockFloorProblems(feature, [adjust], { endpoints: [adjust, create(0)] })).toEqual([]);
    // One subject is the adjusted stock.
    expect(stockFloorProblems(floor, [adjust], { endpoints: [adjust, create()] })).toEqual([]);
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

describe('a floor held by the records a feature keeps', () => {
  const keeps = 'Ersatzteile mit Menge erfassen; die Menge darf nie negativ sein';
  const create = (minimum?: number) => ({
    ...endpoint({ kind: 'create', resource: 'part' }),
    request: {
      body: {
        fields: [
          { name: 'menge', type: 'integer' as const, required: true, description: '', minimum, example: 3 },
        ],
        allow_unknown: false,
        example: { menge: 3 },
      },
    },
  });

  it('is realised by a create whose level has a floor', () => {
    expect(stockFloorProblems(keeps, [create(0)])).toEqual([]);
  });

  it('is not realised by a create without one, nor when the feature takes more than there is', () => {
    expect(stockFloorProblems(keeps, [create()])).toHaveLength(1);
    expect(stockFloorProblems(`${keeps}; taking more than there is is refused`, [create(0)])).toHaveLength(1);
  });
});

describe('stockMoveProblems', () => {
  it('holds a withdrawal to a movement out and a delivery to a movement in, in several languages', () => {
    expect(stockMoveProblems('withdraw parts from stock', [move('out')])).toEqual([]);
    expect(stockMoveProblems('Entnahme buchen', [move('out')])).toEqual([]);
    expect(stockMoveProblems('registrar una salida de stock', [move('out')])).toEqual([]);
    expect(stockMoveProblems('restock an item', [move('in')])).toEqual([]);
    expect(stockMoveProblems('Wareneingang buchen', [move('in')])).toEqual([]);
    expect(stockMoveProblems('entrée de stock', [move('in')])).toEqual([]);
  });

  it('refuses a movement the other way, a signed adjustment and a record store', () => {
    expect(stockMoveProblems('withdraw parts from stock', [move('in')])).toHaveLength(1);
    expect(stockMoveProblems('take units out of an item in stock', [move()])).toHaveLength(1);
    expect(stockMoveProblems('restock an item', [move('out')])).toHaveLength(1);
    expect(
      stockMoveProblems('Entnahme buchen', [endpoint({ kind: 'create', resource: 'entnahme' })]),
    ).toHaveLength(1);
    expect(stockMoveProblems('book stock in and out', [move('in')])).toHaveLength(1);
  });

  it('reads no movement in a loan taken out, a film release or an API answer', () => {
    const update = endpoint({ kind: 'update', resource: 'x', param: 'id' });
    expect(stockMoveProblems('take out a loan of 1000 at 5 %', [update])).toEqual([]);
    expect(stockMoveProblems('films avec leur date de sortie', [update])).toEqual([]);
    expect(stockMoveProblems('POST /ping répond 204 sans contenu', [update])).toEqual([]);
    expect(stockMoveProblems('reject withdrawals above 500 euros', [update])).toEqual([]);
    expect(stockMoveProblems('Zugang nur mit API-Schlüssel', [update])).toEqual([]);
  });
});

describe('a low-stock list as the feature writes it', () => {
  const low = (more: Partial<Extract<Behavior, { kind: 'low_stock' }>> = {}) =>
    endpoint({
      kind: 'low_stock',
      resource: 'part',
      field: 'quantity',
      threshold_field: 'minimum',
      inclusive: false,
      wrap: 'items',
      ...more,
    });

  it('holds "below" to a strict list and "at or below" to an inclusive one', () => {
    expect(lowStockProblems('list the parts below their own minimum', [low()])).toEqual([]);
    expect(
      lowStockProblems('list the parts below their own minimum', [low({ inclusive: true })]),
    ).toHaveLength(1);
    expect(lowStockProblems('parts at or below their own threshold', [low()])).toHaveLength(1);
    expect(
      lowStockProblems('Teile, deren Menge den Meldebestand erreicht oder unterschreitet', [
        low({ inclusive: true }),
      ]),
    ).toEqual([]);
  });

  it.each([
    'GET /items/low returns the items whose quantity is less than or equal to their reorder_point',
    'items whose quantity is equal to or below their own minimum',
    'alle Artikel auflisten, deren Bestand bei oder unter ihrem Meldebestand liegt',
    'listar los productos cuya cantidad es igual o menor que su stock mínimo',
    'lister les articles dont la quantité est inférieure ou égale à leur seuil',
    'elencare gli articoli con quantità minore o uguale alla loro scorta minima',
    'listar os produtos com quantidade menor ou igual ao seu estoque mínimo',
  ])('refuses a strict low-stock list for %j (a record on its threshold is low)', (written) => {
    expect(lowStockProblems(written, [low()])).toEqual([expect.stringContaining('on its threshold as low')]);
    expect(lowStockProblems(written, [low({ inclusive: true })])).toEqual([]);
  });

  it('holds each record s own threshold, the order and the shortfall written', () => {
    const fixed = low({ threshold_field: undefined, threshold: 5 });
    expect(lowStockProblems('list the parts below their own minimum', [fixed])).toHaveLength(1);
    const sorted = 'parts below their own minimum, sorted by sku, each with its shortfall';
    expect(lowStockProblems(sorted, [low({ order_by: 'sku', shortfall_field: 'shortfall' })])).toEqual([]);
    expect(lowStockProblems(sorted, [low({ shortfall_field: 'shortfall' })])).toHaveLength(1);
    expect(lowStockProblems(sorted, [low({ order_by: 'name', shortfall_field: 'shortfall' })])).toHaveLength(
      1,
    );
    expect(lowStockProblems(sorted, [low({ order_by: 'sku' })])).toHaveLength(1);
  });
});

describe('the rule written on a movement s count', () => {
  const contract = {
    resources: [
      {
        name: 'part',
        plural: 'parts',
        description: '',
        fields: [{ name: 'quantity', type: 'integer' as const, required: true, description: '', minimum: 0 }],
      },
    ],
  } as unknown as SpecContract;
  const count = (rule: string) => ({ name: 'quantity', type: 'integer' as const, optional: false, rule });

  it('is held by a movement for "at least 1", not by a signed adjustment', () => {
    expect(ruleHeld(contract, move('out'), count('integer >= 1'))).toBe(true);
    expect(ruleHeld(contract, move('in'), count('integer > 0'))).toBe(true);
    expect(ruleHeld(contract, move(), count('integer >= 1'))).toBe(false);
  });

  it('is not held for a bound a movement does not keep', () => {
    expect(ruleHeld(contract, move('out'), count('integer >= 2'))).toBe(false);
    expect(ruleHeld(contract, move('out'), count('integer >= 0'))).toBe(false);
    expect(ruleHeld(contract, move('out'), count('integer between 1 and 10'))).toBe(false);
  });
});

describe('a change either way', () => {
  const signed = "adjust a part's quantity up or down (+ when a delivery comes, - when parts get used)";
  const adjust = (direction?: 'in' | 'out') =>
    ({
      method: 'POST',
      path: '/parts/{id}/adjust',
      behavior: {
        kind: 'adjust',
        resource: 'part',
        param: 'id',
        field: 'quantity',
        ...(direction ? { direction } : {}),
      },
    }) as unknown as EndpointSpec;

  it('is realised by one signed adjustment, not by a move in one direction', () => {
    expect(stockMoveProblems(signed, [adjust()])).toEqual([]);
    expect(stockMoveProblems(signed, [adjust('in')])).not.toEqual([]);
  });
});

describe('putting stock back and asking what to reorder', () => {
  const release = endpoint({ kind: 'release', resource: 'unidad', param: 'id', field: 'on_loan' });
  const list = endpoint({ kind: 'list', resource: 'part' });

  it('holds putting some back, in six languages, to a movement in', () => {
    for (const said of [
      'put some back',
      'return parts to the shelf',
      'Artikel zurücklegen',
      'Devolver unidades al almacén',
      'Remettre des pièces en stock',
      'Rimettere a magazzino una quantità',
      'Devolver peças ao estoque',
    ]) {
      expect(stockMoveProblems(said, [move('in')])).toEqual([]);
      expect(stockMoveProblems(said, [move('out')])).toHaveLength(1);
    }
    expect(stockMoveProblems('Devolver unidades al almacén', [release])).toHaveLength(1);
  });

  it('reads no movement in a value returned, a reset or an order sent back', () => {
    const update = endpoint({ kind: 'update', resource: 'x', param: 'id' });
    expect(stockMoveProblems('return the items whose quantity is below 3', [update])).toEqual([]);
    expect(stockMoveProblems('Devolver los productos con stock bajo', [update])).toEqual([]);
    expect(stockMoveProblems('remettre le stock à zéro', [update])).toEqual([]);
    expect(stockMoveProblems('Devolver un pedido a la tienda', [release])).toEqual([]);
    expect(stockMoveProblems('return how many items are in stock', [update])).toEqual([]);
    expect(stockMoveProblems('riportare il totale delle quantità in magazzino', [update])).toEqual([]);
  });

  it('reads what has to be ordered again as a list of the records running low, never a restock', () => {
    for (const said of [
      'show me what I need to reorder',
      'what needs restocking?',
      'Zeig mir, was nachbestellt werden muss',
      'Was wird knapp?',
      'Qué hay que reponer',
      "Ce qu'il faut recommander",
      'Cosa devo riordinare',
      'O que preciso repor',
    ]) {
      expect(asksLowStock(said)).toBe(true);
      expect(lowStockProblems(said, [list])).toHaveLength(1);
      expect(stockMoveProblems(said, [move('out')])).toEqual([]);
    }
    expect(stockMoveProblems('Reponer un producto', [move('out')])).toHaveLength(1);
    expect(asksLowStock('Reorder the tasks of a list by priority')).toBe(false);
    expect(asksLowStock('I need to reorder the tasks by due date')).toBe(false);
  });
});
