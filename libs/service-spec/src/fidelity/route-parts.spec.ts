import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { featureFidelity } from './feature-fidelity';
import { routePartTexts } from './route-parts';

const FEATURE =
  'PUT /parcels/{ref} replaces the weight -> 200; DELETE /parcels/{ref} removes it -> 204, an unknown ref -> 404';

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
