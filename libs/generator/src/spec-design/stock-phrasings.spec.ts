import { stockReading as reading } from '../testing/stock-reading';

/*
 * The phrasing table of stock levels: items with a quantity on hand and a minimum, movements that take stock
 * out or put it in (a whole number of at least 1; more out than is on hand → 409, nothing changed), a count set
 * directly, and the items below their own minimum. Spelled out with routes and said in plain words, in English,
 * German, Spanish, French, Italian and Portuguese, as different people write them. Each row is an intent; it is
 * read as the stock moves its endpoints make, and the offline SPEC must pass the fidelity gate for every
 * feature. Near misses use the class's words for something else ("stock price", "in stock" as a yes/no, "take
 * out a loan") and make no stock move. Rows not read yet are named in NOT_YET_READ: such a row fails the suite
 * as soon as it is read, so the set only shrinks.
 */

const STOCK: [string, string[], string[]][] = [
  [
    'spelled out in English',
    [
      'POST /items with {"sku": string, "name": string, "quantity": integer >= 0, "minimum": integer >= 0} creates an item and returns 201; a duplicate sku returns 409',
      'POST /items/{sku}/withdraw with {"quantity": integer >= 1} returns {"sku", "quantity"}; taking more than is on hand returns 409 and changes nothing; an unknown sku returns 404',
      'POST /items/{sku}/receive with {"quantity": integer >= 1} returns {"sku", "quantity"}',
      'GET /items/low-stock returns {"items": [...]} with the items whose quantity is below their minimum',
    ],
    ['in quantity', 'low quantity < minimum', 'out quantity'],
  ],
  [
    'a pantry in plain English',
    [
      'keep pantry items with a name, a quantity and a minimum; counts and minimums can never be negative',
      'take items out of the pantry; taking more than there is is refused',
      'restock an item by a number of units',
      'list the items below their minimum',
    ],
    ['in quantity', 'low quantity < minimum', 'out quantity'],
  ],
  [
    'German store room in words',
    [
      'Artikel mit Artikelnummer, Name, Bestand und Mindestbestand anlegen',
      'Entnahme: eine Menge aus dem Lager buchen; mehr als vorhanden wird abgelehnt (409)',
      'Zugang: eine Menge einbuchen',
      'Artikel unter ihrem Mindestbestand anzeigen',
    ],
    ['in bestand', 'low bestand < mindestbestand', 'out bestand'],
  ],
  [
    'Spanish products in words',
    [
      'Registrar productos con código, nombre, cantidad y stock mínimo',
      'Registrar una salida de stock de un producto: la cantidad debe ser un entero de al menos 1 y no puede superar la existencia (409)',
      'Registrar una entrada de stock de un producto',
      'Listar los productos por debajo de su stock mínimo',
    ],
    ['in cantidad', 'low cantidad < stock_minimo', 'out cantidad'],
  ],
  [
    'French articles in words',
    [
      'Enregistrer des articles avec une référence, un nom, une quantité et un seuil',
      "Sortie de stock : retirer une quantité d'un article ; retirer plus que le stock disponible renvoie 409",
      'Entrée de stock : ajouter une quantité à un article',
      'Afficher les articles dont la quantité est inférieure à leur propre seuil',
    ],
    ['in quantite', 'low quantite < seuil', 'out quantite'],
  ],
  [
    'Italian warehouse in words',
    [
      'Registrare gli articoli con codice, nome, quantità e scorta minima',
      'Prelevare una quantità da un articolo; prelevare più di quanto disponibile è rifiutato (409)',
      'Caricare una quantità in magazzino per un articolo',
      'Elencare gli articoli sotto la loro scorta minima',
    ],
    ['in quantita', 'low quantita < scorta_minima', 'out quantita'],
  ],
  [
    'Portuguese items in words',
    [
      'Cadastrar itens com nome, quantidade e estoque mínimo',
      'Dar baixa de uma quantidade de um item; retirar mais do que há em estoque é recusado (409)',
      'Dar entrada de uma quantidade num item',
      'Listar os itens abaixo do estoque mínimo',
    ],
    ['in quantidade', 'low quantidade < estoque_minimo', 'out quantidade'],
  ],
  [
    'spare parts issued to jobs, at or below the reorder level',
    [
      'register spare parts with a part number, a name, a quantity on the shelf and a reorder level',
      'issue parts from the shelf to a job; you cannot issue more than are on the shelf',
      'show the parts at or below their reorder level',
    ],
    ['low quantity_on_shelf <= reorder_level', 'out quantity_on_shelf'],
  ],
  [
    'consumables spelled out, with a count set directly',
    [
      'POST /consumables {"name": string, "count": integer >= 0, "min_count": integer >= 0} -> 201',
      'POST /consumables/{id}/consume {"amount": integer >= 1} -> {"count": integer}; more than the count -> 409',
      'PATCH /consumables/{id} {"count": integer >= 0} sets the count directly',
      'GET /consumables/low lists those whose count is below their min_count',
    ],
    ['low count < min_count', 'out count', 'set'],
  ],
  [
    'a low-stock report by SKU with the shortfall',
    [
      'items have a SKU chosen by the user, a name, a quantity on hand and a reorder threshold; a SKU is unique',
      'withdraw a quantity of an item (a whole number of at least 1); withdrawing more than is on hand is a 409 and nothing changes',
      'receive stock for an item',
      'low-stock report: items whose quantity is under their own threshold, sorted by SKU, each with its shortfall (threshold minus quantity)',
    ],
    ['in quantity', 'low quantity < threshold by sku shortfall', 'out quantity'],
  ],
  [
    'toner cartridges booked out and in',
    [
      'keep track of toner cartridges with a model, a quantity and a minimum',
      'book cartridges out when they are used; never more than are on hand',
      'book new deliveries in',
      'warn about cartridges below their minimum',
    ],
    ['in quantity', 'low quantity < minimum', 'out quantity'],
  ],
  [
    'German spare parts, reaching the reorder point counts',
    [
      'Ersatzteile mit Teilenummer, Bezeichnung, Menge und Meldebestand erfassen',
      'Teile entnehmen (Menge ganzzahlig, mindestens 1); eine Entnahme über den Bestand hinaus ergibt 409 und ändert nichts',
      'Wareneingang buchen: die Menge erhöhen',
      'Teile anzeigen, deren Menge den Meldebestand erreicht oder unterschreitet',
    ],
    ['in menge', 'low menge <= meldebestand', 'out menge'],
  ],
  [
    'French products spelled out',
    [
      'POST /produits {"ref": string, "stock": entier >= 0, "seuil": entier >= 0} crée un produit (201), une ref déjà prise → 409',
      'POST /produits/{ref}/sortie {"quantite": entier >= 1} → {"ref", "stock"} ; plus que le stock → 409',
      'POST /produits/{ref}/entree {"quantite": entier >= 1} → {"ref", "stock"}',
    ],
    ['in stock', 'out stock'],
  ],
  [
    'a Spanish pantry in words',
    [
      'Llevar el inventario de la despensa: nombre, cantidad y mínimo de cada producto',
      'Consumir unidades de un producto; no se puede consumir más de lo que hay',
      'Reponer un producto',
      'Ver los productos con stock bajo',
    ],
    ['in cantidad', 'low cantidad < minimo', 'out cantidad'],
  ],
];

/** The class's words for something else: no stock move. */
const NEAR_MISSES = [
  'GET /quote?ticker=ACME returns the latest stock price of a share',
  'Store products with a name, a price and whether they are in stock (yes or no)',
  'Return the minimum of a list of numbers',
  'Compute the monthly payment when you take out a loan of a principal at a yearly rate over a number of months',
  'Reserve a meeting room for a time slot; overlapping reservations are refused',
  'The average closing price of a list of stock prices',
  'Extract the email addresses from a text',
  'Films mit Titel und Erscheinungsdatum speichern',
  'Enregistrer des films avec leur titre et leur date de sortie',
  'Registrar la hora de entrada y de salida de cada empleado',
  'Issue an invoice to a customer with an amount and a due date',
  'Take out the vowels of a text',
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  'a low-stock report by SKU with the shortfall',
  'a Spanish pantry in words',
]);

describe('stock levels, movements and low stock said in words and routes', () => {
  it.each(STOCK)('reads %s', (label, features, moves) => {
    const read = reading(features);
    (NOT_YET_READ.has(label) ? expect(read).not : expect(read)).toEqual({ moves, realised: true });
  });

  it.each(NEAR_MISSES)('reads no stock move in %j', (feature) => {
    const moves = reading([feature]).moves.filter((m) => m !== 'set');
    (NOT_YET_READ.has(feature) ? expect(moves).not : expect(moves)).toEqual([]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([...STOCK.map(([label]) => label), ...NEAR_MISSES]);
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
