import { extractContract } from '@sf/service-spec';
import { familyIntent, offlineSpec } from '../testing/offline-spec';

/*
 * "a unique key", "eine eindeutige Mitgliedsnummer", "un código único", "une clé unique", "un codice unico", "um
 * código único" in a record's field list (gen-stock): the field is named by its noun (key, mitgliedsnummer,
 * codigo) and marked unique, so a second record with the same value is refused — never a text field named
 * `unique_key` that repeats freely. "a unique id" keeps its name: "id" alone is the record's own id.
 */

const ROWS: [label: string, features: string[], field: string][] = [
  ['en flag key', ['Create a feature flag with a unique key and a description', 'List all flags'], 'key'],
  [
    'en asset tag',
    ['Register an asset with a unique tag, a description and a status', 'List all assets'],
    'tag',
  ],
  [
    'de Mitgliedsnummer',
    ['Mitglieder mit eindeutiger Mitgliedsnummer und Name anlegen', 'Alle Mitglieder auflisten'],
    'mitgliedsnummer',
  ],
  ['es código', ['Crear clientes con un código único y un nombre', 'Listar los clientes'], 'codigo'],
  [
    'fr clé',
    ['Créer des équipements avec une référence unique et un nom', 'Lister les équipements'],
    'reference',
  ],
  ['pt código', ['Cadastrar clientes com um código único e um nome', 'Listar os clientes'], 'codigo'],
];

function fieldsOf(features: string[]): { name: string; unique: boolean }[] {
  const contract = extractContract(
    offlineSpec(familyIntent('records', 'records of a small office', features)),
  );
  return contract.resources.flatMap((r) =>
    r.fields.map((f) => ({ name: f.name, unique: f.unique === true })),
  );
}

describe('a unique field named by its noun, six languages', () => {
  it.each(ROWS)('names and marks the %s', (_label, features, field) => {
    const fields = fieldsOf(features);
    expect(fields).toContainEqual({ name: field, unique: true });
    expect(fields.map((f) => f.name).filter((n) => /unique|unico|unica|eindeutig/.test(n))).toEqual([]);
  });

  it('keeps "a unique id" as a field of its own, never the record id', () => {
    expect(fieldsOf(['Add a member with a unique id and a name', 'List all members'])).toContainEqual({
      name: 'unique_id',
      unique: false,
    });
  });
});
