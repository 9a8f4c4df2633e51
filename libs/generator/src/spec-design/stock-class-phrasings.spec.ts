import { stockRecordReading, type StockRecordReading } from '../testing/stock-reading';

/*
 * The phrasing table of the whole stock class as users write it (gen-stock): items or parts with a quantity on
 * hand, often a unit (pcs, m, kg) and a place (location, shelf, bin) kept as text, stock received (added) and
 * taken or consumed (removed) by path routes or in words, never below zero (409, often with a stated code), a
 * zero or negative amount refused (400), an unknown item 404, and the items at or below a low-stock threshold —
 * each item's own or one number for all — in English, German, Spanish, French, Italian and Portuguese, spelled
 * out (METHOD /path and JSON shapes) and in free text, one feature per line or several in one.
 *
 * A row is read by shape (`stockRecordReading`): the moves its endpoints make (`in`, `out`, `delta`,
 * `low <=|< own|<n>`), all on one count, whether the count and the own threshold are bounded at 0, whether a
 * unit is kept as text, and whether the gate finds every feature realised. Near misses use the class's words
 * for something else and make no stock move. Rows not read yet are named in NOT_YET_READ: such a row fails the
 * suite as soon as it is read, so the set only shrinks.
 */

type Expected = Omit<StockRecordReading, 'oneCount' | 'realised'>;
type Row = [label: string, features: string[], expected: Expected];

const ROWS: Row[] = [
  [
    'en spelled: receive and consume routes, a stated 409 code, 404 and a global threshold',
    [
      'POST /items {"sku": string, "name": string, "unit": string, "location": string, "on_hand": integer >= 0} -> 201 with the item; a negative on_hand -> 400',
      'POST /items/{sku}/receive {"quantity": integer >= 1} -> 200 {"sku", "on_hand"}; an unknown sku -> 404',
      'POST /items/{sku}/consume {"quantity": integer >= 1} -> 200 {"sku", "on_hand"}; more than on_hand -> 409 {"error": "INSUFFICIENT_STOCK"} and on_hand unchanged',
      'GET /items/low-stock -> the items whose on_hand is at or below 5',
    ],
    { moves: ['in', 'low <= 5', 'out'], bounded: true, unit: true },
  ],
  [
    'en free: parts on shelves, add and remove stock, low below their own minimum',
    [
      'Keep spare parts with a part number, a description, the shelf they are on, how many we have and a minimum; counts are never negative',
      'Add stock to a part when a delivery arrives (a whole number of at least 1); an unknown part gives 404',
      'Remove stock from a part; removing more than we have is refused with 409 and nothing changes; zero or a negative amount is refused with 400',
      'List the parts below their minimum',
    ],
    // "counts are never negative" bounds the count only: the minimum is left as written.
    { moves: ['in', 'low < own', 'out'], bounded: false, unit: false },
  ],
  [
    'en free, one line: a global low-stock threshold',
    [
      'Stock items with a name, a unit and a quantity (never negative); receive and issue stock, never below zero (409); list everything at or below 10 as low stock',
    ],
    { moves: ['in', 'low <= 10', 'out'], bounded: true, unit: true },
  ],
  [
    'en free: bins and a reorder list',
    [
      'Track bins in the warehouse: bin code, item name, quantity in the bin, reorder point',
      'Pick items from a bin; you cannot pick more than the bin holds (409 NOT_ENOUGH_STOCK)',
      'Restock a bin with a number of items',
      'Reorder list: every bin whose quantity is at or below its reorder point',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: false, unit: false },
  ],
  [
    'de spelled: Zugang und Entnahme per Route',
    [
      'POST /artikel {"artikelnummer": string, "bezeichnung": string, "einheit": string, "lagerort": string, "bestand": integer >= 0, "mindestbestand": integer >= 0} -> 201',
      'POST /artikel/{artikelnummer}/zugang {"menge": integer >= 1} -> 200 {"artikelnummer", "bestand"}; unbekannte Artikelnummer -> 404',
      'POST /artikel/{artikelnummer}/entnahme {"menge": integer >= 1} -> 200 {"artikelnummer", "bestand"}; mehr als der Bestand -> 409 und der Bestand bleibt',
      'GET /artikel/nachbestellen -> die Artikel, deren Bestand den Mindestbestand erreicht oder unterschreitet',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'de free: Lagerbestand mit Lagerplatz',
    [
      'Lagerbestand führen: Artikel mit Name, Lagerplatz, Einheit und Menge; die Menge ist nie negativ',
      'Wareneingang buchen: die Menge erhöhen',
      'Warenausgang buchen: die Menge verringern; mehr als vorhanden wird mit 409 abgelehnt',
      'Alle Artikel mit weniger als 5 Stück anzeigen',
    ],
    { moves: ['in', 'low < 5', 'out'], bounded: true, unit: true },
  ],
  [
    'es spelled: entradas y salidas de existencias',
    [
      'POST /productos {"codigo": string, "nombre": string, "ubicacion": string, "existencias": integer >= 0, "minimo": integer >= 0} -> 201',
      'POST /productos/{codigo}/entrada {"cantidad": integer >= 1} -> 200 {"codigo", "existencias"}',
      'POST /productos/{codigo}/salida {"cantidad": integer >= 1} -> 200 {"codigo", "existencias"}; más que las existencias -> 409 y no cambia nada',
      'GET /productos/bajo-minimo -> los productos con existencias iguales o inferiores a su minimo',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: false },
  ],
  [
    'es free: existencias de un almacén',
    [
      'Controlar las existencias del almacén: cada artículo tiene un nombre, una ubicación y una cantidad que nunca es negativa',
      'Dar entrada a mercancía: sumar unidades a un artículo',
      'Dar salida a mercancía: restar unidades; si no hay suficientes se rechaza con 409',
      'Listar los artículos con menos de 3 unidades',
    ],
    { moves: ['in', 'low < 3', 'out'], bounded: true, unit: false },
  ],
  [
    'fr spelled: entrée et sortie de stock',
    [
      'POST /articles {"reference": string, "libelle": string, "unite": string, "quantite": integer >= 0, "seuil": integer >= 0} -> 201',
      'POST /articles/{reference}/entree {"quantite": integer >= 1} -> 200 {"reference", "quantite"}',
      'POST /articles/{reference}/sortie {"quantite": integer >= 1} -> 200 {"reference", "quantite"}; plus que le stock -> 409 et rien ne change',
      'GET /articles/a-commander -> les articles dont la quantite est inferieure ou egale a leur seuil',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'fr free: stock d’une réserve',
    [
      'Gérer le stock de la réserve : chaque article a un nom, un emplacement et une quantité jamais négative',
      'Réceptionner une livraison : ajouter des unités à un article',
      'Sortir des unités d’un article ; sortir plus que le stock est refusé (409)',
      'Les articles en stock bas : quantité inférieure à leur seuil d’alerte',
    ],
    { moves: ['in', 'low < own', 'out'], bounded: true, unit: false },
  ],
  [
    'it spelled: carico e scarico di magazzino',
    [
      'POST /articoli {"codice": string, "nome": string, "scaffale": string, "giacenza": integer >= 0, "scorta_minima": integer >= 0} -> 201',
      'POST /articoli/{codice}/carico {"quantita": integer >= 1} -> 200 {"codice", "giacenza"}',
      'POST /articoli/{codice}/scarico {"quantita": integer >= 1} -> 200 {"codice", "giacenza"}; più della giacenza -> 409 e nulla cambia',
      'GET /articoli/sotto-scorta -> gli articoli con giacenza pari o inferiore alla scorta_minima',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: false },
  ],
  [
    'it free: scorte di magazzino',
    [
      'Tenere le scorte di magazzino: articoli con nome, scaffale, unità e quantità (mai negativa)',
      'Caricare merce: aumentare la quantità di un articolo',
      'Scaricare merce: diminuire la quantità; non si può scaricare più di quanto disponibile (409)',
      'Elencare gli articoli sotto la scorta minima di 4 pezzi',
    ],
    { moves: ['in', 'low < 4', 'out'], bounded: true, unit: true },
  ],
  [
    'pt spelled: entrada e saída de estoque',
    [
      'POST /produtos {"codigo": string, "nome": string, "unidade": string, "estoque": integer >= 0, "estoque_minimo": integer >= 0} -> 201',
      'POST /produtos/{codigo}/entrada {"quantidade": integer >= 1} -> 200 {"codigo", "estoque"}',
      'POST /produtos/{codigo}/saida {"quantidade": integer >= 1} -> 200 {"codigo", "estoque"}; mais do que o estoque -> 409 e nada muda',
      'GET /produtos/repor -> os produtos com estoque igual ou abaixo do estoque_minimo',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'pt free: estoque de uma oficina',
    [
      'Controlar o estoque da oficina: peças com nome, prateleira e quantidade, nunca negativa',
      'Dar entrada de peças: somar à quantidade',
      'Dar saída de peças: subtrair da quantidade; mais do que há é recusado com 409',
      'Listar as peças com quantidade abaixo de 2',
    ],
    { moves: ['in', 'low < 2', 'out'], bounded: true, unit: false },
  ],
  [
    'en free: consumables used up, with a unit and a low list at or below their own level',
    [
      'Workshop consumables: name, unit (box, roll, litre), quantity on hand and a low-stock level, both never negative',
      'Use up some of a consumable; using more than is on hand is refused with 409 and the quantity stays',
      'Top up a consumable when new stock arrives',
      'Which consumables are at or below their low-stock level?',
    ],
    { moves: ['in', 'low <= own', 'out'], bounded: true, unit: true },
  ],
  [
    'en spelled: stock adjusted by a signed delta',
    [
      'POST /parts {"name": string, "bin": string, "qty": integer >= 0} -> 201',
      'POST /parts/{id}/adjust {"delta": integer} -> 200 {"id", "qty"}; a delta that would make qty negative -> 409 and qty unchanged; an unknown id -> 404',
      'GET /parts/low -> the parts with qty below 3',
    ],
    { moves: ['delta', 'low < 3'], bounded: true, unit: false },
  ],
];

/** The class's words for something else: no stock move. */
const NEAR_MISSES = [
  'Track the stock price of a share by its ticker symbol',
  'Shelve a library book at a location code; lending it out and returning it',
  'Convert a quantity between units (kg, g, lb)',
  'List the sensors whose reading is at or below 5',
  'Lagerfeuer-Termine eintragen und anzeigen',
  'Registrar la salida y la entrada de empleados en la oficina',
  'Gérer les stocks d’options des salariés : date d’attribution et prix d’exercice',
  'Elencare i prodotti con il prezzo più basso',
  'Adicionar uma tarefa a uma lista e removê-la depois',
  'Count how many words a text has',
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  'en spelled: receive and consume routes, a stated 409 code, 404 and a global threshold',
  'en free, one line: a global low-stock threshold',
  'en free: consumables used up, with a unit and a low list at or below their own level',
]);

describe('the stock class said in routes and words, six languages', () => {
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
