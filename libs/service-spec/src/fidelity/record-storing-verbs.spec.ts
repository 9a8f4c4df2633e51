import type { EndpointSpec } from '../spec-contract';
import { recordMismatch } from './record-features';

/*
 * Storing written as people say it is a way of keeping records ("Kunden registrieren", "annotare le spese",
 * "llevar un registro de los gastos"); a record store is still refused for what asks for something else.
 */

function storeOf(feature: string): EndpointSpec[] {
  return ['create', 'list', 'get'].map(
    (kind) =>
      ({
        id: `${kind}-expense`,
        method: kind === 'create' ? 'POST' : 'GET',
        path: kind === 'get' ? '/expenses/{id}' : '/expenses',
        summary: `${kind} expenses`,
        features: [feature],
        behavior: { kind, resource: 'expense', ...(kind === 'get' ? { param: 'id' } : {}) },
        responses: [],
        errors: [],
      }) as unknown as EndpointSpec,
  );
}

/** The same store whose create takes `fields`. */
function storeTaking(feature: string, fields: string[]): EndpointSpec[] {
  return storeOf(feature).map((e) =>
    e.method === 'POST'
      ? {
          ...e,
          request: { body: { fields: fields.map((name) => ({ name, type: 'string', required: true })) } },
        }
      : e,
  ) as EndpointSpec[];
}

describe('records described by their fields', () => {
  it.each([
    ['Office supplies with a name, a count and a reorder point', ['name', 'count', 'reorder_point']],
    ['Lagerartikel mit SKU, Name, Menge und Meldebestand', ['sku', 'name', 'menge', 'meldebestand']],
    ['Cleaning supplies have a name, a quantity and a minimum', ['name', 'quantity', 'minimum']],
    [
      'Verbrauchsmaterial verwalten: Bezeichnung, Menge im Regal und Mindestbestand',
      ['bezeichnung', 'menge_im_regal'],
    ],
  ])('reads %j as keeping records when its create takes the fields', (feature, fields) => {
    expect(recordMismatch(feature, storeTaking(feature, fields))).toEqual([]);
  });

  it.each([
    // A singular head may be a verb's object; a create that takes none of the listed fields keeps other records.
    ['Translate text with a dictionary and a grammar', ['dictionary', 'grammar']],
    ['Office supplies with a name, a count and a reorder point', ['title', 'body']],
    ['Office supplies with a name', ['name']],
  ])('still refuses a record store for %j', (feature, fields) => {
    expect(recordMismatch(feature, storeTaking(feature, fields))).toEqual([
      expect.stringContaining('it asks for more than keeping records'),
    ]);
  });
});

describe('verbs and phrases of storing', () => {
  it.each([
    'Kunden registrieren (Name, E-Mail)',
    'Ich möchte Ausgaben mit Betrag und Kategorie festhalten',
    'llevar un registro de los gastos con importe y fecha',
    'quiero anotar mis lecturas: título, autor y páginas',
    'garder une trace des dépenses avec montant, catégorie et date',
    'noter les interventions avec la date et le technicien',
    'annotare le spese',
    'manter um registo das visitas com nome e motivo',
    'tenere traccia dei libri letti con titolo e voto',
    'I want to keep a diary of meals with a description and calories',
  ])('reads %j as keeping records', (feature) => {
    expect(recordMismatch(feature, storeOf(feature))).toEqual([]);
  });

  it.each([
    'translate any English text into Klingon with a fluent accent',
    'translate my jottings into emoji',
    'tell me the registered trademark owner of a brand name',
    'trace the route of a parcel across the country',
    'count how many people entered the building through the north gate',
  ])('still refuses a record store for %j', (feature) => {
    expect(recordMismatch(feature, storeOf(feature))).toEqual([
      expect.stringContaining('it asks for more than keeping records'),
    ]);
  });
});
