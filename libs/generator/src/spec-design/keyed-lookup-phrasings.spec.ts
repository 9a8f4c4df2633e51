import { extractContract, featureFidelity } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * The phrasing table of records found by a field of them (gen-stock3, written before the code that reads it): a
 * flag looked up by its key, a member by their member number, a customer card by its customer number, an asset by
 * its tag, a found item by its tag number — "look up a flag by its key", "ein Mitglied nach seiner Mitgliedsnummer
 * abrufen", "consultar un cliente por su número de cliente", "trouver un membre par son numéro de membre",
 * "leggere un socio tramite il suo numero di tessera", "buscar um cliente pelo código". The client knows that
 * field, not an id the service made up, so the records are addressed by it: the resource's `key` is the field and
 * every item path names it (a read by a generated id answers 404 for the value the client sends).
 *
 * A row is read as the resource's key, the path parameters of its endpoints and whether the gate finds every
 * feature realised. Near misses name a field after "by" without finding one record by it (a search by author, a
 * list sorted by name, loans registered by a member, a note read by its id): their records keep no key. Rows
 * not read yet are named in NOT_YET_READ: such a row fails the suite as soon as it is read, so the set only
 * shrinks.
 */

type KeyReading = { key: string | null; params: string[]; realised: boolean };

function keyReading(features: string[], purpose: string): KeyReading {
  const contract = extractContract(offlineSpec(familyIntent('records-svc', purpose, features)));
  const params = contract.endpoints.flatMap((e) =>
    'param' in e.behavior && typeof e.behavior.param === 'string' ? [e.behavior.param] : [],
  );
  const realised = featureFidelity(contract, features).every((f) => f.problems.length === 0);
  return { key: contract.resources[0]?.key ?? null, params: [...new Set(params)].sort(), realised };
}

type Row = [label: string, purpose: string, features: string[], key: string];

const ROWS: Row[] = [
  [
    'en free: a flag looked up by its key',
    'feature flags for our apps',
    [
      'Add a feature flag with a unique key',
      'Turn a feature flag on',
      'Turn a feature flag off',
      'Look up a flag by its key',
    ],
    'key',
  ],
  [
    'en free: a flag read and deleted by its name',
    'feature flags',
    ['Feature flags with a name and a description', 'Read a flag by its name', 'Delete a flag by its name'],
    'name',
  ],
  [
    'en free: a member found by their member number',
    'a club membership register',
    ['Register members with a member number, a name and an email', 'Find a member by their member number'],
    'member_number',
  ],
  [
    'en free: a found item looked up by its tag number',
    'a lost-and-found desk',
    [
      'Found items with a tag number, a description and where it was found',
      'Look up a found item by its tag number',
    ],
    'tag_number',
  ],
  [
    'en free: a customer card read and deleted by its number, one line each',
    'customer cards',
    [
      'Customer cards with a customer number, a name and a phone',
      'Look up a customer by number',
      'Delete a customer by their number',
    ],
    'customer_number',
  ],
  [
    'en free: an asset read and updated by its tag',
    'an asset register',
    [
      'Assets with a tag, a description and who it is assigned to; tags are unique',
      'Get an asset by its tag',
      'Update an asset by its tag',
    ],
    'tag',
  ],
  [
    'de free: ein Mitglied nach seiner Mitgliedsnummer',
    'Mitgliederverwaltung für den Verein',
    [
      'Mitglieder mit Mitgliedsnummer, Name und E-Mail anlegen',
      'Ein Mitglied nach seiner Mitgliedsnummer abrufen',
    ],
    'mitgliedsnummer',
  ],
  [
    'es free: un cliente por su número de cliente',
    'fichero de clientes',
    [
      'Registrar clientes con un número de cliente, nombre y teléfono',
      'Consultar un cliente por su número de cliente',
    ],
    'numero_de_cliente',
  ],
  [
    'fr free: un membre par son numéro de membre',
    'registre des membres',
    [
      'Créer des membres avec un numéro de membre, un nom et un e-mail',
      'Afficher un membre par son numéro de membre',
    ],
    'numero_de_membre',
  ],
  [
    'it free: un socio tramite il suo numero di tessera',
    'registro dei soci',
    [
      'Registrare i soci con un numero di tessera e un nome',
      'Leggere un socio tramite il suo numero di tessera',
    ],
    'numero_di_tessera',
  ],
  [
    'pt free: um cliente pelo código',
    'cadastro de clientes',
    ['Cadastrar clientes com código, nome e telefone', 'Consultar um cliente pelo código'],
    'codigo',
  ],
  [
    'en spelled: a flag read under its key',
    'feature flags',
    [
      'POST /flags {"key": string, "enabled": boolean} -> 201',
      'GET /flags/{key} -> the flag; unknown -> 404',
    ],
    'key',
  ],
];

/** "by" before a field that finds no one record: the records keep no key. */
const NEAR_MISSES: [label: string, features: string[]][] = [
  ['a note read by its id', ['Notes with a title and a text', 'Read a note by its id']],
  ['books searched by author', ['Books with a title and an author', 'Search books by author']],
  ['members listed sorted by name', ['Members with a name and a city', 'List members sorted by name']],
  ['a book found by its author', ['Books with a title and an author', 'Find a book by its author']],
  [
    'a city read by its country',
    ['Cities with a name, a country and a population', 'Get a city by its country'],
  ],
  [
    'loans registered by a member',
    ['Register loans by a member with the title of the book', 'List the loans'],
  ],
];

/** Rows the designer does not read yet (each fails the suite once it is read). */
const NOT_YET_READ = new Set<string>([
  // The flags named in a bare noun phrase: the read's feature claims their create, so "Feature flags with a name"
  // is listed by no endpoint (the same gap as the flag-switch table's one-line row).
  'en free: a flag read and deleted by its name',
  // "Customer cards with a customer number" and "look up a customer" make two resources (card, customer).
  'en free: a customer card read and deleted by its number, one line each',
  // "Assets with a tag, … who it is assigned to; tags are unique" keeps no tag field.
  'en free: an asset read and updated by its tag',
]);

describe('records found by a field of them, six languages', () => {
  it.each(ROWS)('reads %s', (label, purpose, features, key) => {
    const want: KeyReading = { key, params: [key], realised: true };
    const read = keyReading(features, purpose);
    (NOT_YET_READ.has(label) ? expect(read).not : expect(read)).toEqual(want);
  });

  it.each(NEAR_MISSES)('keys no record for %s', (label, features) => {
    const { key } = keyReading(features, 'a small records service');
    (NOT_YET_READ.has(label) ? expect(key).not : expect(key)).toBeNull();
  });

  it('names only rows of the table in NOT_YET_READ', () => {
    const rows = new Set([...ROWS, ...NEAR_MISSES].map(([label]) => label));
    expect([...NOT_YET_READ].filter((f) => !rows.has(f))).toEqual([]);
  });
});
