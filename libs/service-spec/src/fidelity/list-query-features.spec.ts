import type { EndpointSpec, ListBehavior, SpecContract } from '../spec-contract';
import { listQueryFeatureProblems } from './list-query-features';
import { rankingProblems } from './record-features';

/*
 * The gate and lists that filter, sort and page: a feature asking for them is realised only by a list whose
 * contract declares them, on the field it names; a plain list, or one that sorts or filters by another field,
 * is refused. Phrasings here are this file's own.
 */

const FIELDS = [
  { name: 'title', type: 'string', required: true, description: '', example: 'x' },
  { name: 'shelf', type: 'string', required: true, description: '', example: 'x' },
  { name: 'pages', type: 'integer', required: true, description: '', example: 1 },
] as const;

function listOf(options: Omit<ListBehavior, 'kind' | 'resource'> = {}): EndpointSpec {
  return {
    id: 'list-books',
    method: 'GET',
    path: '/books',
    summary: 'List books',
    features: [],
    behavior: { kind: 'list', resource: 'book', ...options },
    request: {},
    responses: [],
    errors: [],
  };
}

const CONTRACT = {
  resources: [{ name: 'book', plural: 'books', description: '', fields: [...FIELDS] }],
} as unknown as SpecContract;

const SORT_PAGES: ListBehavior['sort'] = {
  param: 'sort',
  fields: ['pages'],
  order_param: 'order',
  default_order: 'asc',
};
/** The same list sorted by pages when no order is asked for. */
const SORTED_PAGES: ListBehavior['sort'] = { ...SORT_PAGES, default_field: 'pages' };
const PAGE: ListBehavior['page'] = {
  style: 'page',
  limit_param: 'per_page',
  offset_param: 'page',
  default_limit: 20,
  max_limit: 100,
  items: 'items',
  total: 'total',
};

const problems = (feature: string, e: EndpointSpec) => listQueryFeatureProblems(feature, [e], CONTRACT);

describe('a feature that asks a list to sort', () => {
  it.each([
    'show the books ordered by pages',
    'die Bücher nach Pages sortiert anzeigen',
    'mostrar los libros ordenados por pages',
    'afficher les livres triés par pages',
  ])('"%s" is realised by a list sorting by that field', (feature) => {
    expect(problems(feature, listOf({ sort: SORTED_PAGES }))).toEqual([]);
  });

  it('stating the order is not realised by a list that sorts only when asked', () => {
    // A probe lists without ?sort= and expects that order: a sort parameter alone does not give it.
    expect(
      problems('GET /books?shelf={shelf} returns the books sorted by "pages"', listOf({ sort: SORT_PAGES })),
    ).toEqual([
      'it states the order the records come in, but no list of its realisation sorts them unless asked (no default sort field)',
    ]);
    expect(problems('list the books, oldest first', listOf({ sort: SORT_PAGES }))).toHaveLength(1);
  });

  it('offering an order (a sort parameter, a choice of fields) needs no default', () => {
    const list = listOf({ sort: SORT_PAGES });
    expect(problems('GET /books?sort=pages&order=desc lists the books sorted by pages', list)).toEqual([]);
    expect(problems('books can be sorted by pages or title', list)).toEqual([]);
    expect(problems('sort the books by pages, either way', list)).toEqual([]);
  });

  it('is not realised by a plain list', () => {
    expect(problems('show the books ordered by pages', listOf())).toEqual([
      'it asks for records in an order, but no list of its realisation sorts them',
    ]);
  });

  it('is not realised by a list sorting by another field', () => {
    const other = listOf({ sort: { ...SORTED_PAGES, fields: ['title'] } });
    expect(problems('show the books ordered by pages', other)).toEqual([
      'it sorts by pages, but no list of its realisation sorts by that field',
    ]);
  });

  it('with a direction, is realised by a list sorting that way by default, not the other way', () => {
    const feature = 'show the books sorted by pages, descending';
    const down = listOf({ sort: { ...SORT_PAGES, default_field: 'pages', default_order: 'desc' } });
    const up = listOf({ sort: { ...SORT_PAGES, default_field: 'pages', default_order: 'asc' } });
    expect(rankingProblems(feature, [down])).toEqual([]);
    expect(rankingProblems(feature, [up])).toEqual([
      'it orders records ("descending"), but no endpoint of its realisation ranks them',
    ]);
  });
});

describe('a feature that asks a list to filter', () => {
  it('is realised by a list filtering by the field it names', () => {
    const list = listOf({ filters: [{ kind: 'equals', field: 'shelf', param: 'shelf' }] });
    expect(problems('books can be filtered by shelf', list)).toEqual([]);
    expect(problems('libros filtrados por shelf', list)).toEqual([]);
  });

  it('is not realised by a list filtering by another field, or by none', () => {
    const other = listOf({ filters: [{ kind: 'equals', field: 'title', param: 'title' }] });
    expect(problems('books can be filtered by shelf', other)).toEqual([
      'it filters by shelf, but no list of its realisation filters by that field',
    ]);
    expect(problems('books can be filtered by shelf', listOf())).toContain(
      'it asks to filter records, but no list of its realisation filters them',
    );
  });

  it('asking for the records of one value of a field needs an equality filter on it', () => {
    const feature = 'show the books of a shelf sorted by pages';
    const filtered = listOf({
      sort: SORTED_PAGES,
      filters: [{ kind: 'equals', field: 'shelf', param: 'shelf' }],
    });
    expect(problems(feature, filtered)).toEqual([]);
    expect(problems(feature, listOf({ sort: SORTED_PAGES }))).toEqual([
      'it asks for the records of one shelf, but no list of its realisation filters by it',
    ]);
  });
});

describe('a feature that asks for the records of one value, or an order, without a verb for it', () => {
  it.each([
    [
      'list the books of one shelf',
      'it asks for the records of one shelf, but no list of its realisation filters by it',
    ],
    [
      'list the books, oldest first',
      'it asks for records in an order, but no list of its realisation sorts them',
    ],
    [
      'die Bücher, älteste zuerst',
      'it asks for records in an order, but no list of its realisation sorts them',
    ],
    [
      'los libros, más antiguos primero',
      'it asks for records in an order, but no list of its realisation sorts them',
    ],
    [
      'list the books alphabetically',
      'it asks for records in an order, but no list of its realisation sorts them',
    ],
  ])('"%s" is not realised by a plain list', (feature, problem) => {
    expect(problems(feature, listOf())).toEqual([problem]);
  });

  it('is realised by a list that filters by that field and sorts', () => {
    const list = listOf({
      sort: SORTED_PAGES,
      filters: [{ kind: 'equals', field: 'shelf', param: 'shelf' }],
    });
    // "oldest first" of books with no date asks for nothing they hold (stated-order tests below).
    expect(problems('list the books of one shelf, fewest pages first', list)).toEqual([]);
  });
});

describe('a feature that asks for pages with a total', () => {
  it.each([
    'list the books, 25 per page, with a total count',
    'Bücher seitenweise auflisten, mit Gesamtzahl',
    'listado paginado de libros con el número total',
    'liste paginée des livres',
  ])('"%s" is realised by a list with pages, not by a plain one', (feature) => {
    expect(problems(feature, listOf({ page: PAGE }))).toEqual([]);
    expect(problems(feature, listOf())).toEqual([
      'it asks for pages with a total, but no list of its realisation pages its records',
    ]);
  });
});

it('a feature that asks none of these is not judged here', () => {
  expect(problems('keep a list of books with their title', listOf())).toEqual([]);
});

describe('a feature that names the order in words (earliest start first, le più recenti prima)', () => {
  const BOOKINGS = {
    resources: [
      {
        name: 'booking',
        plural: 'bookings',
        description: '',
        fields: [
          { name: 'room', type: 'string', required: true, description: '', example: 'x' },
          {
            name: 'start',
            type: 'string',
            format: 'date-time',
            required: true,
            description: '',
            example: 'x',
          },
          { name: 'end', type: 'string', format: 'date-time', required: true, description: '', example: 'x' },
        ],
      },
    ],
  } as unknown as SpecContract;
  const bookings = (options: Omit<ListBehavior, 'kind' | 'resource'>): EndpointSpec => ({
    ...listOf(options),
    path: '/bookings',
    behavior: { kind: 'list', resource: 'booking', ...options },
  });
  const ROOM: ListBehavior['filters'] = [{ kind: 'equals', field: 'room', param: 'room' }];
  const by = (field: string, order: 'asc' | 'desc', byDefault = true): ListBehavior['sort'] => ({
    param: 'sort',
    fields: [field],
    order_param: 'order',
    default_order: order,
    ...(byDefault ? { default_field: field } : {}),
  });
  const judged = (feature: string, e: EndpointSpec) => listQueryFeatureProblems(feature, [e], BOOKINGS);
  const EARLIEST =
    "GET /bookings?room=<room> returns a JSON array of that room's bookings, earliest start first";

  it('is realised by the list sorted by the named field in the named direction, always', () => {
    expect(judged(EARLIEST, bookings({ filters: ROOM, sort: by('start', 'asc') }))).toEqual([]);
  });

  it.each([
    ['in creation order (the same contract without the sort)', bookings({ filters: ROOM })],
    ['reversed', bookings({ filters: ROOM, sort: by('start', 'desc') })],
    ['by another date', bookings({ filters: ROOM, sort: by('end', 'asc') })],
    ['sorted only when a client asks', bookings({ filters: ROOM, sort: by('start', 'asc', false) })],
  ])('is refused for a list %s', (_what, e) => {
    expect(judged(EARLIEST, e)).not.toEqual([]);
  });

  it.each([
    ['list all bookings, most recent first', 'start', 'desc'],
    ['alle Buchungen anzeigen, früheste zuerst', 'start', 'asc'],
    ['elencare le prenotazioni ordinate per start, le più recenti prima', 'start', 'desc'],
    ["lister les réservations, les plus récentes d'abord", 'start', 'desc'],
    ['listar las reservas, la más reciente primero', 'start', 'desc'],
    ['listar as reservas, as mais antigas primeiro', 'start', 'asc'],
    ['list the bookings, latest end first', 'end', 'desc'],
    ['list the bookings in reverse chronological order', 'start', 'desc'],
  ])('"%s" holds the list to %s %s', (feature, field, order) => {
    const other = order === 'asc' ? 'desc' : 'asc';
    expect(judged(feature, bookings({ sort: by(field, order as 'asc' | 'desc') }))).toEqual([]);
    expect(judged(feature, bookings({ sort: by(field, other) }))).not.toEqual([]);
    expect(judged(feature, bookings({}))).not.toEqual([]);
  });

  it('refuses an order naming nothing the records hold, whatever the list sorts by', () => {
    expect(judged('list the bookings, most popular first', bookings({ sort: by('start', 'desc') }))).toEqual([
      'it states the order "most popular first", but the records of no list of its realisation hold a field it can mean (popular)',
    ]);
  });
});

describe('an age order of records that hold one year and no date (the books of one author, oldest first)', () => {
  const BOOKS = {
    resources: [
      {
        name: 'book',
        plural: 'books',
        description: '',
        fields: [
          { name: 'titulo', type: 'string', required: true, description: '', example: 'x' },
          { name: 'autor', type: 'string', required: true, description: '', example: 'x' },
          { name: 'ano_de_publicacion', type: 'integer', required: true, description: '', example: 1967 },
        ],
      },
    ],
  } as unknown as SpecContract;
  const AUTHOR: ListBehavior['filters'] = [{ kind: 'equals', field: 'autor', param: 'autor' }];
  const byYear = (order: 'asc' | 'desc'): ListBehavior['sort'] => ({
    param: 'sort',
    fields: ['ano_de_publicacion'],
    order_param: 'order',
    default_order: order,
    default_field: 'ano_de_publicacion',
  });
  const judged = (feature: string, options: Omit<ListBehavior, 'kind' | 'resource'>) =>
    listQueryFeatureProblems(feature, [listOf(options)], BOOKS);

  it.each([
    ['ver los libros de un autor, del más antiguo al más reciente', 'asc'],
    ['list the books of one author, oldest first', 'asc'],
    ['list the books of one author, newest first', 'desc'],
  ] as const)('holds %j to the year, %s, always', (feature, order) => {
    expect(judged(feature, { filters: AUTHOR, sort: byYear(order) })).toEqual([]);
    expect(judged(feature, { filters: AUTHOR, sort: byYear(order === 'asc' ? 'desc' : 'asc') })).not.toEqual(
      [],
    );
    expect(judged(feature, { filters: AUTHOR })).not.toEqual([]);
  });
});
