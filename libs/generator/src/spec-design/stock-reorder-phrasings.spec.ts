import { stockRecordReading, type StockRecordReading } from '../testing/stock-reading';

/*
 * The phrasing table of stock kept against a reorder level, as people write it in English, German, Spanish,
 * French, Italian and Portuguese: records of any name (parts, cables, consumables, products, pantry items) with
 * a count, a reorder level or minimum and often a unit (pcs, m, kg) kept as plain text; taking some out ("taking
 * more than we have is refused and the count stays as it was": 409, nothing changed), putting some back, the
 * count and the level never negative (400), and the derived list of what has to be reordered — "show me what I
 * need to reorder", "what is running low", "only the items whose quantity is at or below their reorder level":
 * each record against its own level, on the level counting as low.
 *
 * A row is read by shape (`stockRecordReading`): the moves its endpoints make (`in`, `out`, `delta`,
 * `low <=|< own|<n>`), all on one count, whether the count and the level are bounded at 0, whether a unit is
 * kept as text, and whether the gate finds every feature realised. Near misses use the class's words for
 * something else (reordering a list, returning a book, converting units, a minimum of numbers) and make no stock
 * move. Rows not read yet are named in NOT_YET_READ: such a row fails the suite as soon as it is read, so the
 * set only shrinks.
 */

type Expected = Omit<StockRecordReading, 'oneCount' | 'realised'>;
type Row = [label: string, features: string[], expected: Expected];

const ROWS: Row[] = [
  [
    'cables on a shelf with a unit, in plain English',
    [
      'keep cables with a name, a unit (m or pcs), a quantity and a reorder level; quantities and reorder levels can never be negative',
      'take some out; taking more than we have is refused and the count stays as it was',
      'put some back',
      'list only the cables whose quantity is at or below their reorder level',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'parts: show me what I need to reorder',
    [
      'add parts with a part number, a name, a quantity and a reorder level',
      'take parts out of stock; never more than we have (409)',
      'show me what I need to reorder',
    ],
    { moves: ['low <= own', 'out'], bounded: false, unit: false },
  ],
  [
    'consumables: what is running low, asked as a question',
    [
      'consumables have a name, a unit such as box or bottle, a quantity and a minimum; counts and minimums can never be negative',
      'use some up; if there are not enough the request is refused and nothing changes',
      'put unused ones back',
      'what is running low?',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'products spelled out with take and put-back routes',
    [
      'POST /products {"name": string, "unit": string, "quantity": integer >= 0, "reorder_level": integer >= 0} -> 201 with the product',
      'POST /products/{id}/take {"quantity": integer >= 1} -> the product; more than its quantity -> 409 and the quantity stays',
      'POST /products/{id}/put-back {"quantity": integer >= 1} -> the product',
      'GET /products/reorder -> the products whose quantity is at or below their reorder_level',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'a pantry in one line',
    [
      'Pantry items with a name, a unit, a quantity and a minimum (never negative); take some out (not more than we have: 409, nothing changes) and list what is at or below its minimum',
    ],
    { moves: ['low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'German store room put back and to reorder',
    [
      'Lagerartikel mit Name, Einheit, Menge und Meldebestand; Menge und Meldebestand dürfen nie negativ sein',
      'Artikel entnehmen; mehr als vorhanden wird abgelehnt (409) und die Menge bleibt unverändert',
      'Artikel zurücklegen',
      'Zeig mir, was nachbestellt werden muss',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'German consumables running low',
    [
      'Verbrauchsmaterial: Bezeichnung, Einheit (Stück, Packung), Bestand und Mindestbestand, beide nie negativ',
      'Material verbrauchen; mehr als der Bestand geht nicht und ändert nichts',
      'Was wird knapp? Alles, was den Mindestbestand erreicht oder unterschreitet',
    ],
    { moves: ['low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'Spanish cables returned to the store',
    [
      'Cables con nombre, unidad, cantidad y nivel de reposición; la cantidad y el nivel nunca pueden ser negativos',
      'Sacar unidades de un cable; si no hay suficientes se rechaza (409) y la cantidad no cambia',
      'Devolver unidades al almacén',
      'Qué hay que reponer: los cables con cantidad igual o inferior a su nivel de reposición',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'French spare parts put back',
    [
      'Pièces détachées : nom, unité, quantité et seuil de réapprovisionnement ; jamais négatifs',
      'Retirer des pièces ; retirer plus que le stock est refusé (409) et la quantité ne change pas',
      'Remettre des pièces en stock',
      'Ce qu’il faut recommander : les pièces dont la quantité est inférieure ou égale à leur seuil de réapprovisionnement',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'Italian pantry, what to reorder',
    [
      'Prodotti della dispensa con nome, unità, quantità e livello di riordino; mai negativi',
      'Prelevare una quantità; prelevare più di quanto disponibile è rifiutato (409) e la quantità resta invariata',
      'Rimettere una quantità in dispensa',
      'Cosa devo riordinare: i prodotti con quantità pari o inferiore al livello di riordino',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'Portuguese parts given back',
    [
      'Peças com nome, unidade, quantidade e ponto de reposição; quantidades e pontos de reposição nunca negativos',
      'Retirar peças; retirar mais do que há é recusado (409) e a quantidade fica igual',
      'Devolver peças ao estoque',
      'O que preciso repor: as peças com quantidade igual ou abaixo do ponto de reposição',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'terse notes with a unit and a reorder_at',
    [
      'items: name, unit, qty, reorder_at (both >= 0)',
      'take out qty; 409 if not enough, qty unchanged',
      'low: qty <= reorder_at',
    ],
    { moves: ['low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'a bike shop said loosely',
    [
      'Our bike shop sells products: each has a name, how many we have in stock and the level at which we reorder',
      'When something is sold, take it out of stock; we can never sell more than we have',
      'Show me what is running low, i.e. at or below its reorder level',
    ],
    { moves: ['low <= own', 'out'], bounded: false, unit: false },
  ],
  [
    'lab supplies strictly below a minimum',
    [
      'Lab supplies: a name, a unit, how many we have and the minimum we always want; never negative',
      'take supplies out; taking more than we have is refused and nothing changes',
      'list the supplies that are below their minimum',
    ],
    { moves: ['low < own', 'out'], bounded: true, unit: true },
  ],
  [
    'pantry items with the bound in a feature of its own',
    [
      'keep pantry items with a name, a quantity and a minimum',
      'take some out; taking more than we have is refused and the count stays as it was',
      'counts and minimums can never be negative',
      'show me what is running low',
    ],
    { moves: ['low <= own', 'out'], bounded: true, unit: false },
  ],
];

/** The class's words for something else: no stock move. */
const NEAR_MISSES = [
  'Reorder the tasks of a list by moving one to a new position',
  'Return a book to the library: the book is available again',
  'Convert a length between units (m, cm, km)',
  'Return the minimum of a list of numbers',
  'List the tasks whose priority is at or below 2',
  'Store products with a name, a price and a unit of sale (piece or kg)',
  'Put a meeting back on the calendar after it was cancelled',
  'Zeige die Bestellungen der letzten Woche',
  'Devolver un pedido a la tienda con el motivo de la devolución',
  'Trier les éléments d’une liste par ordre alphabétique',
  'Return how many items are in stock',
  'Riportare il totale delle quantità in magazzino',
  'Remettre le compteur de stock à zéro',
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  'consumables: what is running low, asked as a question',
  'a pantry in one line',
  'German store room put back and to reorder',
  'German consumables running low',
  'French spare parts put back',
  'terse notes with a unit and a reorder_at',
  'a bike shop said loosely',
  'lab supplies strictly below a minimum',
  'pantry items with the bound in a feature of its own',
]);

describe('stock kept against a reorder level, said in words and routes', () => {
  it.each(ROWS)('reads %s', (label, features, expected) => {
    const read = stockRecordReading(features);
    const want: StockRecordReading = { ...expected, oneCount: true, realised: true };
    (NOT_YET_READ.has(label) ? expect(read).not : expect(read)).toEqual(want);
  });

  it.each(NEAR_MISSES)('reads no stock move in %j', (feature) => {
    const { moves } = stockRecordReading([feature]);
    (NOT_YET_READ.has(feature) ? expect(moves).not : expect(moves)).toEqual([]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([...ROWS.map(([label]) => label), ...NEAR_MISSES]);
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
