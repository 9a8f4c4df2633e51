import type { EndpointSpec, ResourceSpec, SpecContract } from '../spec-contract';
import { asksExpiry, expiryHeld, ttlProblems } from './ttl-fidelity';

/* The gate and records that expire: only a resource whose `ttl` says the feature's time realises it. */

const get: EndpointSpec = {
  id: 'get-code',
  method: 'GET',
  path: '/codes/{id}',
  summary: '',
  features: [],
  behavior: { kind: 'get', resource: 'code', param: 'id' },
  request: {},
  responses: [],
  errors: [],
};

function contract(resource: Partial<ResourceSpec>): SpecContract {
  return {
    resources: [{ name: 'code', plural: 'codes', description: '', fields: [], ...resource }],
  } as unknown as SpecContract;
}

const feature = 'login codes expire after 5 minutes';

describe('asksExpiry', () => {
  it('reads expiry in four languages', () => {
    expect(asksExpiry(feature)).toBe(true);
    expect(asksExpiry('Codes verfallen nach 5 Minuten')).toBe(true);
    expect(asksExpiry('los códigos caducan a los 5 minutos')).toBe(true);
    expect(asksExpiry('les codes expirent après 5 minutes')).toBe(true);
    expect(asksExpiry('store login codes for 5 users')).toBe(false);
  });
});

describe('ttlProblems', () => {
  it('is realised by a resource that expires after the time the feature writes', () => {
    const faithful = contract({ ttl: { seconds: 300 } });
    expect(ttlProblems(feature, [get], faithful)).toEqual([]);
    expect(expiryHeld(feature, [get], faithful)).toBe(true);
  });

  it('is not realised by records kept for ever, or kept for another time', () => {
    expect(ttlProblems(feature, [get], contract({}))).toEqual([
      expect.stringContaining('no resource of its realisation expires after 300 seconds'),
    ]);
    expect(ttlProblems(feature, [get], contract({ ttl: { seconds: 5 } }))).toHaveLength(1);
    expect(expiryHeld(feature, [get], contract({}))).toBe(false);
  });

  it("is realised for a record's own ttl_seconds only by a resource that expires by that field", () => {
    const own = 'GET /codes/{id} returns the code; once ttl_seconds have passed it returns 404';
    expect(ttlProblems(own, [get], contract({}))).toEqual([
      expect.stringContaining('expire after their own ttl_seconds'),
    ]);
    expect(ttlProblems(own, [get], contract({ ttl: { seconds: 60 } }))).toHaveLength(1);
    expect(ttlProblems(own, [get], contract({ ttl: { field: 'ttl_seconds' } }))).toEqual([]);
  });

  it('is not realised when it asks the answer to show the expiry time, which no record behaviour answers', () => {
    const shown = 'codes expire after 10 minutes; the answer shows expires_at';
    const faithful = contract({ ttl: { seconds: 600 } });
    expect(ttlProblems(shown, [get], faithful)).toEqual([
      expect.stringContaining('shows when a record expires'),
    ]);
    expect(
      ttlProblems('Codes verfallen nach 24 Stunden; die Antwort zeigt, wann sie verfallen', [get], faithful),
    ).toHaveLength(1);
    expect(ttlProblems('codes expire after 10 minutes', [get], faithful)).toEqual([]);
  });

  it('is realised by a resource whose ttl answers its expiry under the name the feature writes', () => {
    const shown = 'codes expire after 10 minutes; the answer shows expires_at';
    expect(
      ttlProblems(shown, [get], contract({ ttl: { seconds: 600, answer_field: 'expires_at' } })),
    ).toEqual([]);
    expect(
      ttlProblems(shown, [get], contract({ ttl: { seconds: 600, answer_field: 'valid_until' } })),
    ).toEqual([expect.stringContaining('as "expires_at"')]);
    expect(ttlProblems(shown, [get], contract({ ttl: { seconds: 60, answer_field: 'expires_at' } }))).toEqual(
      [expect.stringContaining('after 600 seconds')],
    );
    const german = 'Codes verfallen nach 24 Stunden; die Antwort zeigt, wann sie verfallen';
    expect(
      ttlProblems(german, [get], contract({ ttl: { seconds: 86400, answer_field: 'expires_at' } })),
    ).toEqual([]);
  });
});
