import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { featureFidelity } from './feature-fidelity';
import { asksReplace, replaceProblems, routePartTexts, udcRouteClaims } from './route-parts';

const FEATURE =
  'PUT /parcels/{ref} changes the weight -> 200; DELETE /parcels/{ref} removes it -> 204, an unknown ref -> 404';

/** A contract with the parcel routes, each with a concrete worked example (only what the gate reads). */
function parcels(deleteStatus: number, deleteErrors: number[]): SpecContract {
  const endpoint = (id: string, method: string, status: number, errors: number[]): EndpointSpec =>
    ({
      id,
      method,
      path: '/parcels/{ref}',
      summary: '',
      features: [FEATURE],
      behavior: { kind: method === 'PUT' ? 'update' : 'delete', resource: 'parcel', param: 'ref' },
      request: {},
      responses: [{ status, description: '' }],
      errors: errors.map((s) => ({ status: s, code: 'NOT_FOUND', when: '' })),
    }) as EndpointSpec;
  const shown = (id: string): AcceptanceCheck => ({
    id: `AC-${id}`,
    endpoint_id: id,
    description: '',
    kind: 'happy',
    steps: [
      {
        request: { method: 'GET', path: '/parcels/p-1' },
        expect: { status: 404, body_contains: { error: { code: 'NOT_FOUND' } } },
      },
    ],
  });
  return {
    udc: { version: '1.0', endpoints: [] },
    resources: [],
    acceptance: [shown('put'), shown('del')],
    endpoints: [endpoint('put', 'PUT', 200, [404]), endpoint('del', 'DELETE', deleteStatus, deleteErrors)],
  } as unknown as SpecContract;
}

describe('statuses of each route of a multi-route feature', () => {
  it('cuts a feature into one part per route it spells', () => {
    expect(routePartTexts('Parcels: POST /parcels {…} -> 201; GET /parcels/{ref} or 404')).toEqual([
      'Parcels: POST /parcels {…} -> 201; ',
      'GET /parcels/{ref} or 404',
    ]);
  });

  it('realises the feature when each route answers the statuses its part names', () => {
    const [fidelity] = featureFidelity(parcels(204, [404]), [FEATURE]);
    expect(fidelity.problems).toEqual([]);
  });

  it('refuses a DELETE that answers 200 where its part says 204, or lacks the 404 its part names', () => {
    const [fidelity] = featureFidelity(parcels(200, []), [FEATURE]);
    expect(fidelity.realised).toBe(false);
    expect(fidelity.problems).toEqual([
      'DELETE /parcels/{ref} does not answer 204',
      'DELETE /parcels/{ref} does not answer 404',
    ]);
  });
});

describe('a PUT the feature says replaces the record', () => {
  it('reads replacing in several languages, and not a PUT that changes only what it is sent', () => {
    expect(asksReplace('PUT /shelves/{id} overwrites the shelf')).toBe(true);
    expect(asksReplace('PUT /regale/{id} ersetzt das Regal')).toBe(true);
    expect(asksReplace('PUT /estantes/{id} reemplaza el estante')).toBe(true);
    expect(asksReplace('PUT /etageres/{id} remplace l étagère')).toBe(true);
    expect(asksReplace('PUT /shelves/{id} changes only the fields sent')).toBe(false);
    expect(asksReplace('PUT /shelves/{id} replaces only the fields given (partial)')).toBe(false);
  });

  const shelf = (replace: boolean) =>
    ({
      method: 'PUT',
      path: '/shelves/{id}',
      behavior: { kind: 'update', resource: 'shelf', param: 'id', ...(replace ? { replace } : {}) },
    }) as EndpointSpec;

  it('is realised by an update that replaces, not by a partial update', () => {
    const feature = 'PUT /shelves/{id} overwrites the shelf -> 200';
    expect(replaceProblems(feature, [shelf(true)])).toEqual([]);
    expect(replaceProblems(feature, [shelf(false)])).toEqual([
      'PUT /shelves/{id} changes only the fields it is sent, but the feature says it replaces the record',
    ]);
  });
});

describe('udcRouteClaims: a feature spelled at a UDC route and realised elsewhere', () => {
  const feature = 'GET /health calls every registered url with a 2 s timeout and reports each up or down';
  const contractWith = (kind: string) =>
    ({
      endpoints: [{ method: 'GET', path: '/api/health', behavior: { kind }, features: [feature] }],
    }) as unknown as SpecContract;

  it('refuses a fan-out moved aside from GET /health', () => {
    expect(
      udcRouteClaims(contractWith('health_check'), feature, { method: 'GET', path: '/health' }),
    ).toHaveLength(1);
  });

  it("leaves an answer the runtime's own health stands for", () => {
    expect(udcRouteClaims(contractWith('static'), feature, { method: 'GET', path: '/health' })).toEqual([]);
  });
});
