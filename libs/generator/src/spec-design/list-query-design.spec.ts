import type { IntentInput } from '@sf/contracts';
import {
  extractContract,
  renderSpec,
  verifySpec,
  type ListBehavior,
  type SpecContract,
} from '@sf/service-spec';
import { runAcceptancePack } from '../testing/reference-service';
import { designSpec } from './spec-designer';
import { optimizeSpec } from './spec-optimizer';

/*
 * The designer reads what a list filters, sorts and pages from the words of an intent (English, German,
 * Spanish, French) or from the parameters it spells; every SPEC below passes the gate with each feature
 * realised, and its acceptance pack is what a correct implementation answers (the reference service).
 */

function intent(key_features: string[]): IntentInput {
  return {
    service_name: 'lists-svc',
    service_type: 'domain',
    priority: 'low',
    purpose: 'a record service',
    key_features,
    dependencies: [],
    port: 9000,
    auto_build: true,
    approval_mode: 'auto',
  };
}

function spec(features: string[]): { contract: SpecContract; realised: boolean[]; score: number } {
  const i = intent(features);
  const { contract, notes } = designSpec(i);
  const first = renderSpec(contract, { notes });
  const markdown = optimizeSpec(i, first, verifySpec(first, i));
  const v = verifySpec(markdown, i);
  return { contract: extractContract(markdown), realised: v.fidelity.map((f) => f.realised), score: v.score };
}

function listOf(c: SpecContract): ListBehavior {
  const list = c.endpoints.find((e) => e.behavior.kind === 'list')?.behavior;
  if (list?.kind !== 'list') throw new Error('no list endpoint');
  return list;
}

describe('options read from words', () => {
  it.each([
    [
      'English',
      [
        'add a product with a name, a category and a price',
        'list products filtered by category, sorted by price or name in either direction, 10 per page with a total count',
      ],
      'category',
      'price',
    ],
    [
      'German',
      [
        'ein Produkt mit Name, Kategorie und Preis anlegen',
        'Produkte nach Kategorie filtern und nach Preis sortieren, seitenweise mit Gesamtzahl',
      ],
      'kategorie',
      'preis',
    ],
    [
      'Spanish',
      [
        'añadir un libro con título, autor y precio',
        'listar los libros filtrados por autor, ordenados por precio, paginado con el total',
      ],
      'autor',
      'precio',
    ],
    [
      'French',
      [
        'ajouter un film avec un titre, un genre et un prix',
        'lister les films, filtrer par genre, trier par prix, avec pagination et le nombre total',
      ],
      'genre',
      'prix',
    ],
  ])(
    '%s: an equality filter, a sort field either way and pages with a total',
    (_l, features, filtered, sorted) => {
      const { contract, realised, score } = spec(features);
      const list = listOf(contract);

      expect(realised).toEqual([true, true]);
      expect(score).toBeGreaterThanOrEqual(90);
      expect(list.filters).toContainEqual({ kind: 'equals', field: filtered, param: filtered });
      expect(list.sort?.fields).toContain(sorted);
      expect(list.sort?.order_param).toBe('order');
      expect(list.page).toMatchObject({ items: 'items', total: 'total' });
      expect(runAcceptancePack(contract)).toEqual([]);
    },
  );

  it('a sort stated once is the order the list always has, in the direction the words say', () => {
    const { contract, realised } = spec([
      'add a product with a name and a price',
      'show every product sorted by price, most expensive first, 5 per page with a total count',
    ]);

    expect(realised).toEqual([true, true]);
    expect(listOf(contract).sort).toMatchObject({ default_field: 'price', default_order: 'desc' });
    expect(listOf(contract).page?.default_limit).toBe(5);
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('a list nobody asked to filter, sort or page still answers the plain array', () => {
    const { contract } = spec(['add a product with a name and a price', 'list all products']);

    expect(listOf(contract)).toEqual({ kind: 'list', resource: 'product' });
  });

  it('reads no order in words that only start like "sort" (Sorten, Sortiment)', () => {
    const { contract } = spec([
      'Sorten mit Name und Menge anlegen',
      'alle Sorten aus dem Sortiment anzeigen',
    ]);

    const lists = contract.endpoints.filter((e) => e.behavior.kind === 'list');
    expect(lists.map((e) => e.behavior)).toEqual(
      lists.map((e) => ({ kind: 'list', resource: (e.behavior as { resource: string }).resource })),
    );
  });
});

describe('options spelled as parameters', () => {
  it('keeps the spelled names: equality, an inclusive range, sort and order, page and per_page', () => {
    const { contract, realised } = spec([
      'POST /trips with body {"city": string, "cost": number, "leaves_on": string} returns 201',
      'GET /trips?city=&min_cost=&max_cost=&sort=&order=&page=&per_page= lists trips with a total count',
    ]);
    const list = listOf(contract);

    expect(realised).toEqual([true, true]);
    expect(list.filters).toEqual([
      { kind: 'equals', field: 'city', param: 'city' },
      { kind: 'range', field: 'cost', min_param: 'min_cost', max_param: 'max_cost' },
    ]);
    expect(list.sort).toMatchObject({ param: 'sort', order_param: 'order' });
    expect(list.page).toMatchObject({ style: 'page', limit_param: 'per_page', offset_param: 'page' });
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('limit and offset page by offset; a signed sort field carries its direction', () => {
    const { contract, realised } = spec([
      'GET /parcels?q=&sort=-weight&limit=&offset= lists parcels with a total',
      'POST /parcels with body {"label": string, "weight": number} returns 201',
    ]);
    const list = listOf(contract);

    expect(realised).toEqual([true, true]);
    expect(list.filters).toEqual([{ kind: 'text', param: 'q', fields: ['label'] }]);
    expect(list.sort?.order_param).toBeUndefined();
    expect(list.page).toMatchObject({ style: 'offset', limit_param: 'limit', offset_param: 'offset' });
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it('an order stated after the filtered field is the order the list always has, by the field after "by"', () => {
    // "boat" came before "ordered" and was taken for a second sort field, so the list had no default order.
    const { contract, realised } = spec([
      'POST /moorings with body {"boat": string, "arrives": string, "length": number} returns 201',
      'GET /moorings?boat={boat} lists the moorings of one boat ordered by arrives',
    ]);
    const list = listOf(contract);

    expect(list.sort).toMatchObject({ fields: ['arrives'], default_field: 'arrives', default_order: 'asc' });
    expect(list.filters).toEqual([{ kind: 'equals', field: 'boat', param: 'boat' }]);
    expect(realised).toEqual([true, true]);
    expect(runAcceptancePack(contract)).toEqual([]);
  });

  it.each([
    ['record a repair with a bike, a date and a cost', 'show the repairs of one bike, newest first', 'bike'],
    [
      'eine Buchung für einen Tisch mit Datum und Gästen anlegen',
      'alle Buchungen eines Tisches nach Datum sortiert anzeigen',
      'tisch',
    ],
  ])(
    '"%s" + "%s" filters by the value it asks the records of, in the order it states',
    (store, ask, scope) => {
      // Only the gate read these scopes and orders: the designer built a list of every record, in creation order.
      const { contract, realised } = spec([store, ask]);
      const list = listOf(contract);

      expect(list.filters).toContainEqual({ kind: 'equals', field: scope, param: scope });
      expect(list.sort?.default_field).toBeDefined();
      expect(realised).toEqual([true, true]);
      expect(runAcceptancePack(contract)).toEqual([]);
    },
  );

  it('a spelled list that "filters" by its parameters is a list with options, not a text search', () => {
    // It was designed as a search over "cost", "ascending", "returns" and "items" (a contract codegen refused).
    const { contract, realised } = spec([
      'POST /lamps with body {"room": string, "watts": number >= 0} returns 201 with the lamp',
      'GET /lamps?room=&min_watts=&max_watts= filters (bounds inclusive), sorted by watts ascending, returns {"items": [...], "total": number}',
    ]);
    const list = listOf(contract);

    expect(contract.endpoints.some((e) => e.behavior.kind === 'search')).toBe(false);
    expect(list.filters).toEqual([
      { kind: 'equals', field: 'room', param: 'room' },
      { kind: 'range', field: 'watts', min_param: 'min_watts', max_param: 'max_watts' },
    ]);
    expect(realised).toEqual([true, true]);
    expect(runAcceptancePack(contract)).toEqual([]);
  });
});

describe('top-N by a field the words mean', () => {
  it.each([
    ['add a lamp with a name and a price', 'show the 5 most expensive lamps', 'price', 'desc', 5],
    ['eine Lampe mit Name und Preis anlegen', 'die 3 billigsten Lampen anzeigen', 'preis', 'asc', 3],
    ['añadir una lámpara con nombre y precio', 'mostrar las 4 lámparas más caras', 'precio', 'desc', 4],
    ['ajouter une lampe avec un nom et un prix', 'afficher les 2 lampes les moins chères', 'prix', 'asc', 2],
  ])('"%s" / "%s" ranks by the price field', (create, top, field, order, count) => {
    const { contract, realised } = spec([create, top]);
    const ranking = contract.endpoints.find((e) => e.behavior.kind === 'ranking')?.behavior;

    expect(realised).toEqual([true, true]);
    expect(ranking).toMatchObject({ score_field: field, order, default_count: count });
    expect(runAcceptancePack(contract)).toEqual([]);
  });
});
