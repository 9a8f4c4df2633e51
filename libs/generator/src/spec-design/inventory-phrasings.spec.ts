import { stockReading } from '../testing/stock-reading';

/*
 * The phrasing table of small inventories said in plain words (spare parts, consumables, pantry items,
 * supplies, tools): records with a free-text list of fields whose count and minimum are named loosely ("how many
 * are on the shelf", "the minimum we always want", Mindestbestand, stock mínimo, seuil de réapprovisionnement), an
 * id the user chooses (part number, SKU), taking stock out or a delivery in (never under zero: 409), an
 * adjustment up or down, and the items running low ("my shopping list", "at or below", "fewer than their
 * minimum"). Written as different people would, in English, German, Spanish, French, Italian and Portuguese.
 *
 * A row is read as the shape of its stock moves, whatever the designer names the fields: `out`, `in`, `delta`
 * (an adjustment either way), `low <op> own` (each record against its own minimum) or `low <op> <n>` (a fixed
 * threshold); every move works on one count field of the record, and the offline SPEC must pass the fidelity
 * gate for every feature. Near misses (a catalogue with an in-stock flag, stock prices, the minimum of a list,
 * bookings, a shopping list of things to buy) make no stock move. Rows not read yet are named in NOT_YET_READ:
 * such a row fails the suite as soon as it is read, so the set only shrinks.
 */

/** The shape of an intent's stock moves, and whether all of them work on one count field. */
function shape(features: string[]): { moves: string[]; oneCount: boolean; realised: boolean } {
  const { moves, realised } = stockReading(features, 'a small inventory');
  const counts = new Set<string>();
  const shaped = moves
    .filter((m) => m !== 'set')
    .map((m) => {
      const [kind, field, op, threshold] = m.split(' ');
      counts.add(field);
      if (kind !== 'low') return kind;
      return `low ${op} ${/^\d+$/.test(threshold) ? threshold : 'own'}`;
    });
  return { moves: shaped.sort(), oneCount: counts.size <= 1, realised };
}

const INVENTORY: [string, string[], string[]][] = [
  [
    'spare parts on the shelf, in plain English',
    [
      'keep track of parts: part number, what it is, how many are on the shelf, and the reorder level',
      'take N parts off the shelf; it can never go under zero (409)',
      'a delivery comes in: add N parts to the shelf',
      "show what's running low: the parts at or below their reorder level",
    ],
    ['in', 'low <= own', 'out'],
  ],
  [
    'a pantry and my shopping list',
    [
      'pantry items: a name, how many we have, and the minimum we always want in the house',
      'use up some of an item; it can never go below zero',
      'my shopping list: the items with fewer than their minimum',
    ],
    ['low < own', 'out'],
  ],
  [
    'office supplies adjusted up or down',
    [
      'Office supplies with a name, a count and a reorder point. Counts are whole numbers and never negative.',
      'Adjust the count of a supply up or down (+/-); a change that would take it under zero is refused with 409',
      'List the supplies whose count is at or below their reorder point',
    ],
    ['delta', 'low <= own'],
  ],
  [
    'tools in bins with a SKU chosen by the user',
    [
      'Tools are identified by a SKU we choose and have a description, a quantity in the bin and a minimum quantity',
      'Take tools out of the bin (a whole number, at least 1); more than is in the bin is refused and nothing changes',
      'Put tools back into the bin',
      'Which tools are running low, below their minimum quantity?',
    ],
    ['in', 'low < own', 'out'],
  ],
  [
    'lab consumables with a fixed threshold',
    [
      'track lab consumables with a name and how many boxes we have',
      'use up boxes of a consumable, never more than we have',
      'list the consumables with fewer than 3 boxes left',
    ],
    ['low < 3', 'out'],
  ],
  [
    'screws in bins, refilled',
    [
      'Bins of screws: a bin code, the screw size, how many are in the bin and the minimum we always want',
      'take screws out of a bin (at least 1; you cannot take more than are in it)',
      'refill a bin with a number of screws',
      'the bins that have fewer than their minimum',
    ],
    ['in', 'low < own', 'out'],
  ],
  [
    'parts spelled out with a part number chosen by the user',
    [
      'POST /parts {"part_number": string, "description": string, "on_hand": integer >= 0, "reorder_level": integer >= 0} -> 201; a part_number already used -> 409',
      'POST /parts/{part_number}/take {"count": integer >= 1} -> {"part_number", "on_hand"}; more than on_hand -> 409 and on_hand unchanged',
      'POST /parts/{part_number}/deliver {"count": integer >= 1} -> {"part_number", "on_hand"}',
      'GET /parts/reorder -> the parts whose on_hand is at or below their reorder_level',
    ],
    ['in', 'low <= own', 'out'],
  ],
  [
    'terse notes of a store keeper',
    [
      'items: sku, name, qty, min_qty',
      'take out qty from an item, 409 if not enough',
      'add qty to an item when a delivery comes in',
      'low list: qty < min_qty',
    ],
    ['in', 'low < own', 'out'],
  ],
  [
    'supplies spelled out with a stock and a reorder point',
    [
      'POST /supplies {"sku": string, "stock": integer >= 0, "reorder_point": integer >= 0} creates a supply (201)',
      'POST /supplies/{sku}/use {"amount": integer >= 1} -> {"sku", "stock"}; more than the stock -> 409',
      'GET /supplies/low lists the supplies whose stock is at or below their reorder_point',
    ],
    ['low <= own', 'out'],
  ],
  [
    'a bakery warning at or below 5',
    [
      'Keep the bakery ingredients with a name and how many bags are in the store room',
      'Warn about every ingredient at or below 5 bags',
    ],
    ['low <= 5'],
  ],
  [
    'German consumables and a shopping list',
    [
      'Verbrauchsmaterial verwalten: Bezeichnung, Menge im Regal und Mindestbestand',
      'Material entnehmen; der Bestand darf nie unter null fallen (409)',
      'Eine Lieferung einbuchen',
      'Einkaufsliste: alles, was den Mindestbestand erreicht oder unterschreitet',
    ],
    ['in', 'low <= own', 'out'],
  ],
  [
    'German parts spelled out',
    [
      'POST /teile {"teilenummer": string, "bezeichnung": string, "bestand": integer >= 0, "mindestbestand": integer >= 0} legt ein Teil an (201); eine vorhandene Teilenummer ergibt 409',
      'POST /teile/{teilenummer}/entnahme {"menge": integer >= 1} -> {"teilenummer", "bestand"}; mehr als vorhanden -> 409',
      'GET /teile/knapp: die Teile, deren Bestand unter dem Mindestbestand liegt',
    ],
    ['low < own', 'out'],
  ],
  [
    'a German pantry',
    [
      'Vorratskammer: Lebensmittel mit Name, Anzahl und Mindestmenge',
      'Etwas verbrauchen: die Anzahl verringern, nie unter 0',
      'Einkaufsliste: was unter seiner Mindestmenge ist',
    ],
    ['low < own', 'out'],
  ],
  [
    'German stock adjusted by plus or minus',
    [
      'Lagerartikel mit SKU (vom Benutzer vergeben), Name, Menge und Meldebestand; Mengen sind ganze Zahlen und nie negativ',
      'Den Bestand eines Artikels um eine Zahl erhöhen oder verringern (+/-); unter null ergibt 409',
      'Artikel, deren Menge kleiner als der Meldebestand ist',
    ],
    ['delta', 'low < own'],
  ],
  [
    'Spanish spare parts on the shelf',
    [
      'Controlar los repuestos: número de pieza, descripción, cuántas unidades hay en la estantería y el stock mínimo',
      'Sacar unidades de un repuesto; nunca puede quedar por debajo de cero (409)',
      'Registrar la llegada de un pedido: sumar unidades al repuesto',
      'Mostrar los repuestos con existencias iguales o inferiores a su stock mínimo',
    ],
    ['in', 'low <= own', 'out'],
  ],
  [
    'a Spanish pantry and its shopping list',
    [
      'Artículos de la despensa con nombre, cantidad y cantidad mínima; las cantidades son números enteros y nunca negativas',
      'Gastar unidades de un artículo',
      'Mi lista de la compra: los artículos por debajo de su cantidad mínima',
    ],
    ['low < own', 'out'],
  ],
  [
    'Spanish stock adjusted either way',
    [
      'Productos con código, nombre, existencias y punto de pedido',
      'Ajustar las existencias de un producto sumando o restando unidades; nunca por debajo de cero (409)',
      'Alertar de los productos con menos de 10 unidades',
    ],
    ['delta', 'low < 10'],
  ],
  [
    'French consumables on the shelf',
    [
      'Suivre les consommables : référence, désignation, quantité en rayon et seuil de réapprovisionnement',
      'Retirer N unités du rayon ; le stock ne peut jamais passer sous zéro (409)',
      'Une livraison arrive : ajouter N unités',
      'Lister les consommables dont la quantité est inférieure ou égale à leur seuil de réapprovisionnement',
    ],
    ['in', 'low <= own', 'out'],
  ],
  [
    'French office supplies adjusted',
    [
      'Fournitures de bureau avec un nom, une quantité et un minimum',
      "Ajuster la quantité d'une fourniture en plus ou en moins ; elle ne peut pas devenir négative (409)",
      'Les fournitures bientôt épuisées : quantité en dessous de leur minimum',
    ],
    ['delta', 'low < own'],
  ],
  [
    'a French pantry and the shopping list',
    [
      'Garde-manger : produits avec un nom, une quantité et un stock minimum',
      "Consommer une quantité d'un produit ; impossible de consommer plus que ce qu'il reste (409)",
      'Ma liste de courses : les produits sous leur stock minimum',
    ],
    ['low < own', 'out'],
  ],
  [
    'French articles with a SKU chosen by the user',
    [
      "Articles avec un code SKU choisi par l'utilisateur, un libellé, une quantité et un seuil minimum",
      'Sortie : retirer une quantité (entier ≥ 1), jamais plus que le stock (409)',
      'Entrée : une livraison arrive',
      'Articles à réapprovisionner : quantité au plus égale au seuil minimum',
    ],
    ['in', 'low <= own', 'out'],
  ],
  [
    'Italian spare parts',
    [
      'Gestire i ricambi: codice articolo, descrizione, quantità a scaffale e punto di riordino',
      'Prelevare pezzi dallo scaffale; la giacenza non può mai scendere sotto zero (409)',
      'Registrare un arrivo di merce per un ricambio',
      'Elencare i ricambi con quantità pari o inferiore al punto di riordino',
    ],
    ['in', 'low <= own', 'out'],
  ],
  [
    'an Italian pantry',
    [
      'Dispensa: prodotti con nome, quantità e quantità minima',
      'Consumare una quantità di un prodotto; non si può andare sotto zero',
      'La lista della spesa: i prodotti sotto la loro quantità minima',
    ],
    ['low < own', 'out'],
  ],
  [
    'Portuguese supplies on the shelf',
    [
      'Controle de suprimentos: nome, quantidade na prateleira e estoque mínimo',
      'Retirar unidades de um suprimento; nunca pode ficar negativo (409)',
      'Registrar a chegada de uma entrega',
      'Listar os suprimentos abaixo do estoque mínimo',
    ],
    ['in', 'low < own', 'out'],
  ],
  [
    'Portuguese tools at or below the reorder point',
    [
      'Ferramentas com código, descrição, quantidade e ponto de reposição',
      'Dar baixa em ferramentas; não pode ficar abaixo de zero (409)',
      'Listar as ferramentas com quantidade igual ou inferior ao ponto de reposição',
    ],
    ['low <= own', 'out'],
  ],
  [
    'parts with how many we have and a shopping list at or below',
    [
      'keep track of parts: part number, what it is, how many we have, the minimum',
      'show my shopping list: the parts at or below their minimum',
    ],
    ['low <= own'],
  ],
  [
    'cleaning supplies taken out and delivered, spelled in words',
    [
      'Cleaning supplies have a name, a quantity and a minimum we always want to keep; quantities are whole numbers and never negative',
      'Take a number of units of a supply off the shelf; taking more than we have is refused with 409 and nothing changes',
      'When a delivery comes in, add its units to the supply',
      'List the supplies that are running low, with fewer than their minimum',
    ],
    ['in', 'low < own', 'out'],
  ],
  [
    'a workshop store room, in one sentence per feature',
    [
      'I need to record every spare part we keep: its part number, a short description, how many are on the shelf and the reorder point',
      'Mechanics take parts off the shelf for a repair; the count must never go under zero',
      'Show me which parts are at or below their reorder point',
    ],
    ['low <= own', 'out'],
  ],
  [
    'German bin stock with a fixed warning',
    [
      'Schrauben in Kisten: Kistennummer, Größe und Stückzahl in der Kiste',
      'Schrauben aus einer Kiste nehmen; mehr als vorhanden wird mit 409 abgelehnt',
      'Kisten mit weniger als 20 Stück anzeigen',
    ],
    ['low < 20', 'out'],
  ],
  [
    'Spanish supplies with the reorder level spelled out',
    [
      'POST /suministros {"codigo": string, "nombre": string, "cantidad": integer >= 0, "stock_minimo": integer >= 0} crea un suministro (201)',
      'POST /suministros/{codigo}/salida {"unidades": integer >= 1} -> {"codigo", "cantidad"}; más de lo que hay -> 409',
      'POST /suministros/{codigo}/entrada {"unidades": integer >= 1} -> {"codigo", "cantidad"}',
      'GET /suministros/bajo-minimo: los suministros con cantidad inferior a su stock_minimo',
    ],
    ['in', 'low < own', 'out'],
  ],
  [
    'a home pantry said loosely',
    [
      'Things in my pantry: what it is, how many I have, and how many I always want at least',
      'Take some out when I cook; never below zero',
      'Add some when I go shopping',
      'My shopping list = everything below the amount I always want',
    ],
    ['in', 'low < own', 'out'],
  ],
];

/** The class's words for something else: no stock move. */
const NEAR_MISSES = [
  'Products with a name, a price and an in_stock flag (true or false)',
  'GET /stocks/{symbol} returns the current stock price of a share',
  'Return the minimum of a list of numbers',
  'Book a meeting room for a time slot; overlapping bookings are refused with 409',
  'Aktienkurse: den Schlusskurs einer Aktie speichern und anzeigen',
  'Catálogo de productos con nombre, precio y si está disponible (sí o no)',
  'Réserver une table au restaurant pour une date et un nombre de personnes',
  'Keep a shopping list: add things to buy with a name and tick them off when bought',
  'Lend a library book out and take it back; a book already lent out is refused (409)',
  'Elenco delle azioni in borsa con il prezzo minimo e massimo della giornata',
  'Return the running total of a list of numbers',
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  'tools in bins with a SKU chosen by the user',
  'German stock adjusted by plus or minus',
  'French articles with a SKU chosen by the user',
  'a home pantry said loosely',
]);

describe('small inventories said in plain words', () => {
  it.each(INVENTORY)('reads %s', (label, features, moves) => {
    const read = shape(features);
    (NOT_YET_READ.has(label) ? expect(read).not : expect(read)).toEqual({
      moves,
      oneCount: true,
      realised: true,
    });
  });

  it.each(NEAR_MISSES)('reads no stock move in %j', (feature) => {
    const { moves } = shape([feature]);
    (NOT_YET_READ.has(feature) ? expect(moves).not : expect(moves)).toEqual([]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([...INVENTORY.map(([label]) => label), ...NEAR_MISSES]);
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
