import type { SpecContract } from '@sf/service-spec';
import { checkEvalIntent, EvalFormatError } from './eval-intent';
import { checkStep, match, resolveRequest } from './probe-runner';

/** Just enough of a contract for endpoint lookup: a converter and a book store. */
const contract = {
  service: { features: ['convert a temperature', 'lend a book'] },
  endpoints: [
    {
      method: 'POST',
      path: '/temperature/convert',
      features: ['convert a temperature'],
      request: { body: { fields: [{ name: 'celsius' }] } },
    },
    {
      method: 'POST',
      path: '/books/{book_id}/loans',
      features: ['lend a book'],
      request: { body: { fields: [{ name: 'member' }] } },
    },
  ],
} as unknown as SpecContract;

describe('probe matching', () => {
  it('matches a subset of the body, with numbers equal within rounding noise', () => {
    expect(match({ value: 212.0000000001, unit: 'F' }, { value: 212 }, 'body')).toEqual([]);
    expect(match({ value: 211 }, { value: 212 }, 'body')).toHaveLength(1);
  });

  it('accepts any one of the key alternatives a free-text probe lists', () => {
    expect(match({ result: 212 }, { 'fahrenheit|result': { $approx: 212, $tol: 0.01 } }, 'body')).toEqual([]);
    expect(match({ other: 212 }, { 'fahrenheit|result': 212 }, 'body')).toEqual([
      'body.fahrenheit|result: missing',
    ]);
  });

  it('applies each matcher and says what failed', () => {
    const body = { roman: 'MCMXCIV', items: [{ id: 1 }, { id: 2 }], valid: true };

    expect(
      match(
        body,
        {
          roman: { $contains: 'mcm' },
          items: { $len: 2, $contains: { id: 2 } },
          valid: { $oneOf: [true, 'yes'] },
        },
        'body',
      ),
    ).toEqual([]);
    expect(match(body, { items: { $len: 3 } }, 'body')[0]).toMatch(/does not have length 3/);
    expect(match(body, { valid: { $type: 'string' } }, 'body')[0]).toMatch(/is not a string/);
    expect(match({ n: 5 }, { n: { $gte: 6 } }, 'body')[0]).toMatch(/is not ≥ 6/);
  });

  it('passes {"$exists": false} on an absent key and fails it on a present one', () => {
    expect(match({ slug: 'a' }, { slug: 'a', debug: { $exists: false } }, 'body')).toEqual([]);
    expect(match({ slug: 'a', debug: {} }, { debug: { $exists: false } }, 'body')[0]).toMatch(
      /should be absent/,
    );
    expect(match({ slug: 'a' }, { debug: { $exists: true } }, 'body')[0]).toMatch(/missing/);
  });

  it('fails a step on a status outside the allowed ones', () => {
    const step = { request: { method: 'GET', path: '/x' }, expect: { status: [404, 405] } };

    expect(checkStep(step, 405, null)).toEqual([]);
    expect(checkStep(step, 200, { ok: true })).toEqual(['status 200, expected 404 or 405']);
  });
});

describe('list envelopes', () => {
  const step = (body: unknown) => ({ request: { method: 'GET', path: '/x' }, expect: { status: 200, body } });
  const records = [{ id: 1 }, { id: 2 }];

  it('reads a bare array as the records an expectation wants under a list key, and the other way round', () => {
    expect(checkStep(step({ 'bookings|items': [{ id: 1 }, { id: 2 }] }), 200, records)).toEqual([]);
    expect(checkStep(step([{ id: 1 }, { id: 2 }]), 200, { items: records, total: 2 })).toEqual([]);
  });

  it('still fails wrong records, and reads no envelope under other keys or beside other expectations', () => {
    expect(checkStep(step({ items: [{ id: 2 }, { id: 1 }] }), 200, records)).not.toEqual([]);
    expect(checkStep(step({ total: 2 }), 200, records)).not.toEqual([]);
    expect(checkStep(step({ items: records, total: 2 }), 200, records)).not.toEqual([]);
    expect(checkStep(step(records), 200, { ids: records })).not.toEqual([]);
  });

  it('reads the records in an envelope for a matcher of lists ($contains of a record, $len)', () => {
    const wrapped = { items: records, total: 2 };
    expect(checkStep(step({ $contains: { id: 2 } }), 200, wrapped)).toEqual([]);
    expect(checkStep(step({ $len: 2 }), 200, wrapped)).toEqual([]);
    expect(checkStep(step({ $contains: { id: 3 } }), 200, wrapped)).not.toEqual([]);
    expect(checkStep(step({ $len: 3 }), 200, wrapped)).not.toEqual([]);
    expect(checkStep(step({ $contains: 'id' }), 200, wrapped)).not.toEqual([]);
  });
});

describe('probe requests', () => {
  it('sends a query key as the alternative the endpoint names, else the first', () => {
    const lister = {
      service: { features: ['list bookings'] },
      endpoints: [
        {
          method: 'GET',
          path: '/bookings',
          features: ['list bookings'],
          request: { query: [{ name: 'raum' }] },
        },
      ],
    } as unknown as SpecContract;
    const url = (query: Record<string, string>) =>
      resolveRequest({ method: 'GET', endpoint: { feature: 0, method: 'GET' }, query }, lister, {}).url;

    expect(url({ 'room|raum': 'A' })).toBe('/bookings?raum=A');
    expect(url({ 'room|salle': 'A' })).toBe('/bookings?room=A');
  });

  it('finds a free-text feature’s endpoint in the SPEC and names the body field as the SPEC does', () => {
    const resolved = resolveRequest(
      { method: 'POST', endpoint: { feature: 0, method: 'POST' }, body: { 'temperature|celsius': 100 } },
      contract,
      {},
    );

    expect(resolved).toEqual({ method: 'POST', url: '/temperature/convert', body: { celsius: 100 } });
  });

  it('sends a guessed key as the one field the endpoint has left when none of its alternatives is named', () => {
    const guess = (body: Record<string, unknown>) =>
      resolveRequest({ method: 'POST', endpoint: { feature: 0, method: 'POST' }, body }, contract, {}).body;

    expect(guess({ 'temp|degrees': 100 })).toEqual({ celsius: 100 });
    // Not when two guesses miss, nor for a key written without alternatives: those stay as written.
    expect(guess({ 'temp|degrees': 100, 'scale|unit': 'C' })).toEqual({ temp: 100, scale: 'C' });
    expect(guess({ temp: 100 })).toEqual({ temp: 100 });
  });

  it('sends a request with path parameters to the lookup of a feature a list realises too, and one without to the list', () => {
    const both = {
      service: { features: ['products: add, list and look one up'] },
      endpoints: ['/products', '/products/{id}'].map((path) => ({
        method: 'GET',
        path,
        features: ['products: add, list and look one up'],
        request: {},
      })),
    } as unknown as SpecContract;
    const url = (params?: Record<string, string>) =>
      resolveRequest({ method: 'GET', endpoint: { feature: 0, method: 'GET' }, params }, both, {}).url;

    expect(url({ id: 'p-1' })).toBe('/products/p-1');
    expect(url()).toBe('/products');
  });

  it('fills path parameters and body values from earlier steps, keeping their types', () => {
    const resolved = resolveRequest(
      {
        method: 'POST',
        endpoint: { feature: 1, method: 'POST' },
        params: { id: '{{book}}' },
        body: { member: '{{who}}' },
      },
      contract,
      { book: 7, who: 42 },
    );

    expect(resolved).toEqual({ method: 'POST', url: '/books/7/loans', body: { member: 42 } });
  });

  it('says which feature the SPEC does not realise instead of guessing a route', () => {
    expect(() =>
      resolveRequest({ method: 'GET', endpoint: { feature: 1, method: 'GET' } }, contract, {}),
    ).toThrow(/no GET endpoint realising key feature 1/);
  });
});

describe('golden intent files', () => {
  const good = {
    id: 'temp',
    kind: 'spelled-out',
    holdout: false,
    expect: 'deploy',
    intent: { service_name: 'temp', service_type: 'domain', purpose: 'p', key_features: ['a'] },
    probes: [
      { feature: 0, name: 'n', steps: [{ request: { method: 'GET', path: '/a' }, expect: { status: 200 } }] },
    ],
  };

  it('accepts a file that follows eval/README.md', () => {
    expect(checkEvalIntent(good, 'temp').id).toBe('temp');
  });

  it('refuses a deployable intent with a key feature no probe checks', () => {
    const unprobed = { ...good, intent: { ...good.intent, key_features: ['a', 'b'] } };

    expect(() => checkEvalIntent(unprobed, 'temp')).toThrow(
      new EvalFormatError('temp: key feature 1 has no probe'),
    );
  });

  it('lets one probe check a feature written across two entries (also_features), within range', () => {
    const split = { ...good, intent: { ...good.intent, key_features: ['a', 'b'] } };
    const [probe] = good.probes;

    expect(checkEvalIntent({ ...split, probes: [{ ...probe, also_features: [1] }] }, 'temp').id).toBe('temp');
    expect(() =>
      checkEvalIntent({ ...split, probes: [{ ...probe, also_features: [1, 2] }] }, 'temp'),
    ).toThrow(new EvalFormatError('temp: probe "n": also_features must index key_features'));
  });
});
