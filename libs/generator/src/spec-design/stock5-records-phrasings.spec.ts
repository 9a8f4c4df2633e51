import { extractContract, featureFidelity } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * The phrasing table of the records/stock/flags class's features the after-checks still found unread
 * (gen-stock5, written before the code that reads them): feature flags kept by name and managed as records
 * (read one by its key, PUT /flags/{name} to create or replace, delete a flag), records at or below their
 * minimum ("what needs reordering", "unter Mindestbestand", "bajo el stock mínimo"), records listed by a field
 * value said in words ("the laptops assigned to a given employee"), and the record's own create rules (a
 * required field, a unique e-mail → 409) — in English, German, Spanish, French, Italian and Portuguese,
 * spelled out (METHOD /path and JSON shapes) and in free text.
 *
 * A row is read when the gate finds every one of its features realised by the designed contract. Near misses
 * use the class's words for something the records service does not do (a flag rolled out to a percentage of
 * users, stock forecast from sales) and must stay refused. Rows not read yet are named in NOT_YET_READ: such a
 * row fails the suite as soon as it is read, so the set only shrinks.
 */

type Row = [label: string, features: string[]];

/** The features of a row the gate does not find realised (empty when the whole row is read). */
function unread(features: string[], purpose: string): string[] {
  const contract = extractContract(offlineSpec(familyIntent('records-service', purpose, features)));
  return featureFidelity(contract, features)
    .filter((f) => f.problems.length > 0)
    .map((f) => f.feature);
}

const ROWS: Row[] = [
  [
    'en spelled: flags read by key, PUT create-or-replace, DELETE',
    [
      'GET /flags -> 200 [{"name": string, "enabled": boolean, "description": string}]',
      'GET /flags/{name} -> 200 the flag; an unknown name -> 404',
      'PUT /flags/{name} {"enabled": boolean, "description": string} -> 200 the flag, created when it does not exist yet, replaced otherwise',
      'DELETE /flags/{name} -> 204; an unknown name -> 404',
    ],
  ],
  [
    'en free: flags created, read by key and deleted',
    [
      'Store feature flags with a unique key, a description and whether they are enabled',
      'Look up a single flag by its key (404 if there is no such flag)',
      'Delete a flag by its key',
    ],
  ],
  [
    'de free: Feature-Flags anlegen, abfragen, löschen',
    [
      'Feature-Flags mit Name, Beschreibung und aktiv (ja/nein) speichern',
      'Ein Flag über seinen Namen abfragen; unbekannt -> 404',
      'Ein Flag löschen',
    ],
  ],
  [
    'es free: flags por clave',
    [
      'Guardar flags con una clave única, una descripción y si están activos',
      'Consultar un flag por su clave (404 si no existe)',
      'Borrar un flag',
    ],
  ],
  [
    'en free: what needs reordering',
    [
      'Keep stock items with a name, a quantity and a reorder level',
      'Show what needs reordering: the items whose quantity is at or below their reorder level',
    ],
  ],
  [
    'de free: unter Mindestbestand',
    [
      'Artikel mit Bezeichnung, Bestand und Mindestbestand verwalten',
      'Alle Artikel anzeigen, deren Bestand unter dem Mindestbestand liegt',
    ],
  ],
  [
    'es free: bajo el stock mínimo',
    [
      'Registrar productos con nombre, cantidad y stock mínimo',
      'Listar los productos cuya cantidad está por debajo del stock mínimo',
    ],
  ],
  [
    'fr free: sous le seuil de réapprovisionnement',
    [
      'Gérer des articles avec un nom, une quantité et un seuil de réapprovisionnement',
      'Lister les articles dont la quantité est inférieure ou égale à leur seuil',
    ],
  ],
  [
    'pt free: abaixo do estoque mínimo',
    [
      'Cadastrar produtos com nome, quantidade e estoque mínimo',
      'Listar os produtos com quantidade abaixo do estoque mínimo',
    ],
  ],
  [
    'en free: laptops assigned to a given employee',
    [
      'Register laptops with an asset tag, a model and the employee they are assigned to',
      'List the laptops assigned to a given employee',
    ],
  ],
  [
    'en spelled: items filtered by category with page and limit defaults',
    [
      'POST /items {"name": string, "category": string, "quantity": integer >= 0} -> 201 the item',
      'GET /items?category=...&page=1&limit=20 -> 200 the items of that category, page defaults to 1 and limit to 20',
    ],
  ],
  [
    'it free: membri con email unica',
    [
      'Registrare i soci con nome, email e data di iscrizione; la email deve essere unica (409 se esiste già)',
      'Elencare tutti i soci',
    ],
  ],
  [
    'de free: Vereinsmitglieder mit eindeutiger E-Mail',
    [
      'Mitglieder mit Name, E-Mail und Eintrittsdatum anlegen; jede E-Mail darf nur einmal vorkommen (409)',
      'Alle Mitglieder auflisten',
      'Ein Mitglied löschen',
    ],
  ],
  [
    'pt free: clientes com e-mail único',
    [
      'Cadastrar clientes com nome, e-mail e telefone; o e-mail não pode se repetir (409)',
      'Buscar um cliente pelo id',
      'Listar todos os clientes',
    ],
  ],
  [
    'es free: socios con correo único',
    [
      'Registrar socios con nombre, email y fecha de alta; el email debe ser único (409)',
      'Listar todos los socios',
    ],
  ],
];

const REFUSED: Row[] = [
  [
    'a flag rolled out to a percentage of users',
    [
      'Feature flags with a name and a rollout percentage',
      'Evaluate a flag for a user: the same user always gets the same answer',
    ],
  ],
  [
    'stock forecast from past sales',
    [
      'Keep products with a quantity',
      'Forecast when each product runs out from its sales of the last 30 days',
    ],
  ],
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  // The flag list answered as an array shape, PUT create-or-replace by the path's name.
  'en spelled: flags read by key, PUT create-or-replace, DELETE',
  // "Ein Flag löschen" (a verb-final German delete of one record).
  'de free: Feature-Flags anlegen, abfragen, löschen',
  // A list filtered by a field value said in words.
  'en free: laptops assigned to a given employee',
  'en spelled: items filtered by category with page and limit defaults',
]);

describe('records, stock and flags: features the after-checks found unread, six languages', () => {
  it.each(ROWS)('reads %s', (label, features) => {
    const left = unread(features, 'a records service');
    (NOT_YET_READ.has(label) ? expect(left).not : expect(left)).toEqual([]);
  });

  it.each(REFUSED)('leaves %s refused', (label, features) => {
    const left = unread(features, 'a records service');
    (NOT_YET_READ.has(label) ? expect(left) : expect(left).not).toEqual([]);
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([...ROWS, ...REFUSED].map(([label]) => label));
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
