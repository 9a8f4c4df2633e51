import { intervalRest } from './interval-refusal';
import { refusalParts, routesOfUnknownRecords, statusWritten, unknownRecordWords } from './refusal-list';
import type { EndpointSpec } from './spec-contract';

function route(method: EndpointSpec['method'], path: string, kind: string, resource = 'items'): EndpointSpec {
  return {
    id: `${method} ${path}`,
    method,
    path,
    summary: '',
    features: [],
    request: {},
    responses: [],
    errors: [],
    behavior: { kind, resource, param: 'sku' },
  } as unknown as EndpointSpec;
}

const ITEMS = [
  route('POST', '/items', 'create'),
  route('GET', '/items', 'list'),
  route('GET', '/items/{sku}', 'get'),
  route('POST', '/items/{sku}/take', 'adjust'),
];

describe('refusal lists with a status per group', () => {
  it('splits at ";" and after a status, each group with its own status', () => {
    const parts = refusalParts(
      'a negative quantity or a missing name returns 400; taking from an unknown sku returns 404',
    );
    expect(parts?.map((p) => p.rules.status)).toEqual([400, 404]);
    expect(parts?.[0].rules.clauses.map((c) => [c.kind, c.words.join(' ')])).toEqual([
      ['bound', 'quantity'],
      ['missing', 'name'],
    ]);
    expect(
      refusalParts('a missing name gives 400, and an unknown sku gives 404')?.map((p) => p.rules.status),
    ).toEqual([400, 404]);
  });

  it('reads a status standing alone in its group as the group status', () => {
    const parts = refusalParts(
      'fehlt der Name oder ist die Menge negativ, gibt es 400; unbekannte Artikel 404',
    );
    expect(parts?.map((p) => p.rules.status)).toEqual([400, 404]);
    expect(statusWritten('unbekannte Artikel 404')).toBe('unbekannte Artikel -> 404');
    expect(statusWritten('returns 400 or 404')).toBeNull();
  });

  it('is no list with one status, or with a group that is no refusal', () => {
    expect(refusalParts('a negative quantity or a missing name returns 400')).toBeNull();
    expect(refusalParts('POST /items returns 201; an unknown sku returns 404 and a bad one 400')).toBeNull();
    expect(refusalParts('list the items with 400 rows; show 404 pages')).toBeNull();
  });

  it('reads a 404 group of unknown values as unknown records, never a group of other kinds', () => {
    const [bad, unknown] = refusalParts('a missing name returns 400; an unknown sku returns 404') ?? [];
    expect(unknownRecordWords(unknown.rules)).toEqual([['sku']]);
    expect(unknownRecordWords(bad.rules)).toBeNull();
  });
});

describe('the routes an unknown record is said of', () => {
  it('is every route with the parameter or store the words name', () => {
    expect(routesOfUnknownRecords([['sku']], ITEMS).map((e) => e.id)).toEqual([
      'GET /items/{sku}',
      'POST /items/{sku}/take',
    ]);
    expect(routesOfUnknownRecords([['item']], ITEMS)).toHaveLength(2);
  });

  it('narrows to the action the words name, and keeps every route of the record when they name none', () => {
    expect(routesOfUnknownRecords([['withdrawing', 'sku']], ITEMS)).toHaveLength(2);
    expect(routesOfUnknownRecords([['taking', 'from', 'sku']], ITEMS).map((e) => e.id)).toEqual([
      'POST /items/{sku}/take',
    ]);
  });

  it('is none when a clause names no record of a route', () => {
    expect(routesOfUnknownRecords([['category']], ITEMS)).toEqual([]);
    expect(routesOfUnknownRecords([['sku'], ['colour']], ITEMS)).toEqual([]);
  });
});

describe('conditions listed beside an interval refusal', () => {
  it('is the rest of the feature when it reads as refusals', () => {
    expect(intervalRest('end not after start, or a missing room, returns 400')).toContain('room');
    expect(intervalRest('Ende vor Beginn oder fehlender Raum ergibt 400')).toContain('raum');
    expect(intervalRest('si la fin précède le début ou si la salle manque, 400')).toContain('salle');
    expect(intervalRest('fim antes do início ou sala em falta: 400')).toContain('sala');
  });

  it('is none when the feature lists nothing else', () => {
    expect(intervalRest('the end must not be before the start')).toBeNull();
    expect(intervalRest('a booking whose end is before its start returns 400')).toBeNull();
    expect(intervalRest('a missing room returns 400')).toBeNull();
  });
});
