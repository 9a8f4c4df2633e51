import type { Behavior, EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import { featureFidelity } from './feature-fidelity';
import {
  containerStoreProblems,
  missingOperationProblems,
  namedOperations,
  operationFieldProblems,
} from './record-operations';

/*
 * A record store realises a feature only when it keeps the things the feature names, with their own fields, and
 * serves every operation the feature asks of them: verbs are operations (never fields), a container word
 * ("a catalogue of products") names where the records are kept (never the records), and "… and delete them"
 * needs a delete of that store.
 */

const field = (name: string, type: FieldSpec['type'] = 'string'): FieldSpec => ({
  name,
  type,
  required: true,
  description: '',
  example: type === 'boolean' ? false : 'x',
});

type Kind = 'create' | 'list' | 'get' | 'update' | 'delete' | 'toggle' | 'search' | 'transition';

/** A store `resource` with `fields`, served by one endpoint per kind, each listing `feature`. */
function store(feature: string, resource: string, fields: FieldSpec[], kinds: Kind[]): SpecContract {
  const plural = `/${resource}s`;
  const endpoints = kinds.map((kind): EndpointSpec => {
    const one = ['get', 'update', 'delete', 'toggle', 'transition'].includes(kind);
    const behavior = {
      kind,
      resource,
      ...(one ? { param: 'id' } : {}),
      ...(kind === 'toggle' ? { field: 'done', value: true } : {}),
      ...(kind === 'search' ? { query_param: 'q', fields: [fields[0].name] } : {}),
    } as unknown as Behavior;
    const method = { create: 'POST', update: 'PATCH', delete: 'DELETE', toggle: 'POST', transition: 'POST' }[
      kind as string
    ];
    return {
      id: `${kind}-${resource}`,
      method: (method ?? 'GET') as EndpointSpec['method'],
      path: one ? `${plural}/{id}${kind === 'toggle' ? '/done' : ''}` : plural,
      summary: `${kind} ${resource}`,
      features: [feature],
      behavior,
      request: kind === 'create' ? { body: { fields, allow_unknown: false, example: {} } } : {},
      responses: [{ status: kind === 'create' ? 201 : 200, description: '', example: {} }],
      errors: [],
    };
  });
  return {
    resources: [{ name: resource, description: '', fields }],
    endpoints,
    acceptance: [],
    udc: { version: '1.0', endpoints: [] },
  } as unknown as SpecContract;
}

describe('namedOperations: the operations a record feature asks for', () => {
  it.each([
    ['products: add, list and look one up', ['create', 'list', 'get']],
    ['store tasks with a title and list them', ['list']],
    ['save todos with a title; delete them', ['delete']],
    ['keep tasks with a title; mark one as done', ['state']],
    ['books: add, list, look one up and delete', ['create', 'list', 'get', 'delete']],
    ['notes with a title; people can edit and remove them', ['update', 'delete']],
    ['registrare le prenotazioni e cancellarle', ['delete']],
    ['Produkte: anlegen, auflisten, nachschlagen und löschen', ['create', 'list', 'get', 'delete']],
    ['Aufgaben speichern und als erledigt markieren', ['state']],
    ['guardar contactos y borrarlos', ['delete']],
    ['tareas: crear, listar, actualizar y eliminar', ['create', 'list', 'update', 'delete']],
    ['enregistrer des livres, les lister et les supprimer', ['list', 'delete']],
    ['salvar clientes, listar e excluir', ['list', 'delete']],
    ['elencare i libri e aggiornarli', ['list', 'update']],
  ])('%j asks for %j', (feature, ops) => {
    expect(namedOperations(feature).sort()).toEqual([...ops].sort());
  });

  it.each([
    'keep a list of books with title and author',
    'a shopping list with items',
    'TV shows with a title and a season',
    'a deleted note answers 404',
    'notes cannot be deleted',
    'status updates with a text',
    'Einkaufsliste mit Artikeln',
    'una lista de tareas con título',
  ])('%j names no operation', (feature) => {
    expect(namedOperations(feature)).toEqual([]);
  });
});

describe('operations without an endpoint of the store', () => {
  it('refuses "… and delete them" over a store without a delete', () => {
    const f = 'books: add, list, look one up and delete';
    const without = store(f, 'book', [field('title')], ['create', 'list', 'get']);
    expect(missingOperationProblems(without, f)).toEqual([
      'it asks to "delete" its records (delete), but no endpoint of "book" does',
    ]);
    expect(featureFidelity(without, [f])[0].problems).toContain(
      'it asks to "delete" its records (delete), but no endpoint of "book" does',
    );
    const served = store(f, 'book', [field('title')], ['create', 'list', 'get', 'delete']);
    expect(missingOperationProblems(served, f)).toEqual([]);
  });

  it('refuses "mark one as done" over a store that cannot change a record', () => {
    const f = 'keep tasks with a title; mark one as done';
    const without = store(f, 'task', [field('title')], ['create', 'list', 'get']);
    expect(missingOperationProblems(without, f)).toEqual([expect.stringContaining('(state)')]);
    // A store with no yes/no field cannot be marked by a plain update either.
    const update = store(f, 'task', [field('title')], ['create', 'update']);
    expect(missingOperationProblems(update, f)).toEqual([expect.stringContaining('(state)')]);
    const flag = store(f, 'task', [field('title'), field('done', 'boolean')], ['create', 'list', 'toggle']);
    expect(missingOperationProblems(flag, f)).toEqual([]);
    const patch = store(f, 'task', [field('title'), field('done', 'boolean')], ['create', 'update']);
    expect(missingOperationProblems(patch, f)).toEqual([]);
  });

  it('refuses "e cancellarle" over a store without a delete', () => {
    const f = 'registrare le prenotazioni con nome e data e cancellarle';
    const without = store(f, 'prenotazione', [field('nome'), field('data')], ['create', 'list', 'get']);
    expect(missingOperationProblems(without, f)).toEqual([expect.stringContaining('"cancellarle"')]);
    const served = store(f, 'prenotazione', [field('nome'), field('data')], ['create', 'list', 'delete']);
    expect(missingOperationProblems(served, f)).toEqual([]);
  });

  it('counts the endpoints another feature adds to the same store', () => {
    const f = 'save todos with a title; delete them';
    const c = store(f, 'todo', [field('title')], ['create', 'list']);
    const other = store('DELETE /todos/{id} removes a todo', 'todo', [field('title')], ['delete']);
    c.endpoints.push(...other.endpoints);
    expect(missingOperationProblems(c, f)).toEqual([]);
  });
});

describe('operationFieldProblems: verbs never become fields', () => {
  const f = 'products: add, list and look one up';

  it.each([['add'], ['price_add'], ['list'], ['look_up']])('refuses a store with a field %j', (name) => {
    const c = store(f, 'product', [field(name)], ['create', 'list', 'get']);
    expect(operationFieldProblems(c, f)).toEqual([expect.stringContaining(`"${name}"`)]);
    expect(featureFidelity(c, [f])[0].problems).toContainEqual(expect.stringContaining(`"${name}"`));
  });

  it('holds fields that only share a word with no operation of the feature', () => {
    const c = store(f, 'product', [field('name'), field('list_price', 'number')], ['create', 'list', 'get']);
    expect(operationFieldProblems(c, 'products with a name and a list price: add and look one up')).toEqual(
      [],
    );
    const shows = 'TV shows with a title; add, list and delete them';
    expect(operationFieldProblems(store(shows, 'show', [field('title')], ['create']), shows)).toEqual([]);
  });
});

describe('containerStoreProblems: "a catalogue of products" keeps products', () => {
  it.each([
    ['keep a catalogue of products with a name and a price', 'catalogue'],
    ['a registry of vehicles with plate and owner', 'registry'],
    ['manage a collection of vinyl records with artist and title', 'collection'],
    ['einen Katalog von Produkten mit Name und Preis führen', 'katalog'],
    ['llevar un catálogo de productos con nombre y precio', 'catalogo'],
    ['tenere un elenco dei clienti con nome e email', 'elenco'],
    ['keep an inventory of tools with a name and a count', 'inventory'],
  ])('refuses %j kept as %j records', (feature, resource) => {
    const c = store(feature, resource, [field('name')], ['create', 'list', 'get']);
    expect(containerStoreProblems(c, feature)).toEqual([expect.stringContaining(`"${resource}"`)]);
  });

  it.each([
    ['keep a catalogue of products with a name and a price', 'product'],
    ['a registry of vehicles with plate and owner', 'vehicle'],
    ['track inventory items with a sku and a quantity', 'inventory'],
    ['store books with a title', 'book'],
    ['keep a log of workouts', 'workout'],
  ])('holds %j kept as %j records', (feature, resource) => {
    const c = store(feature, resource, [field('name')], ['create', 'list', 'get']);
    expect(containerStoreProblems(c, feature)).toEqual([]);
  });
});
