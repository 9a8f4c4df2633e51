import type { EndpointSpec, FieldSpec } from '../spec-contract';
import { misplacedRefusalProblems } from './misplaced-refusal';

function field(name: string): FieldSpec {
  return { name, type: 'string', required: true, description: name } as FieldSpec;
}

function endpoint(method: string, path: string, request: Record<string, unknown>): EndpointSpec {
  return {
    id: `${method} ${path}`,
    method,
    path,
    summary: '',
    features: [],
    request,
    responses: [{ status: 200, description: 'ok', example: {} }],
  } as unknown as EndpointSpec;
}

describe('misplacedRefusalProblems', () => {
  const check = endpoint('GET', '/isbn/{code}', { params: [field('code')] });
  const convert = endpoint('POST', '/isbn/isbn10-to-isbn13', { body: { fields: [field('isbn10')] } });
  const refusal =
    'a code that after removing hyphens is not 10 or 13 characters, or holds letters other than a final X, returns 400';

  it('refuses a refusal of the code another endpoint is addressed by, claimed by a converter that reads no code', () => {
    expect(misplacedRefusalProblems(refusal, [convert], [check, convert])).toEqual([
      'it refuses "code", which GET /isbn/{code} reads, but is realised by POST /isbn/isbn10-to-isbn13, which reads no value it names: the refusal is put on something else',
    ]);
  });

  it('passes the refusal on the endpoint that reads the code', () => {
    expect(misplacedRefusalProblems(refusal, [check], [check, convert])).toEqual([]);
  });

  it('passes a claiming endpoint that reads a value the feature names, "ISBN-10" as isbn10 too', () => {
    expect(
      misplacedRefusalProblems(
        'an ISBN-10 code with a wrong check digit returns 400',
        [convert],
        [check, convert],
      ),
    ).toEqual([]);
  });

  it("leaves a record's state alone: a body field of that name on another endpoint addresses nothing", () => {
    const create = endpoint('POST', '/visitors', { body: { fields: [field('name'), field('checked_in')] } });
    const checkIn = endpoint('POST', '/visitors/{id}/check-in', { params: [field('id')] });
    expect(
      misplacedRefusalProblems(
        'checking in someone who is already checked in is refused',
        [checkIn],
        [create, checkIn],
      ),
    ).toEqual([]);
  });
});
