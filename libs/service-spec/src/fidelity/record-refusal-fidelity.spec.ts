import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { recordMismatch } from './record-features';

/*
 * A feature that only says which values of a record's field are refused ("rooms with a negative number of
 * seats are rejected") is held by that field on the record's create endpoint, never by the record store alone.
 */

const create: EndpointSpec = {
  id: 'create-room',
  method: 'POST',
  path: '/rooms',
  summary: 'Adds a room',
  features: ['add rooms with a name and a number of seats'],
  behavior: { kind: 'create', resource: 'room' },
  request: {
    body: {
      fields: [
        { name: 'name', type: 'string', required: true, description: 'The room name', example: 'A' },
        { name: 'seats', type: 'integer', required: true, description: 'Number of seats', example: 4 },
      ],
      allow_unknown: false,
      example: {},
    },
  },
  responses: [],
  errors: [],
} as unknown as EndpointSpec;

function contractWith(seats: number, minimum?: number): SpecContract {
  const refusal: AcceptanceCheck = {
    id: 'AC-1',
    endpoint_id: 'create-room',
    description: 'a room',
    kind: 'error',
    steps: [
      {
        request: { method: 'POST', path: '/rooms', body: { name: 'A', seats } },
        expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
      },
    ],
  };
  const fields = [
    { name: 'name', type: 'string', required: true, description: 'The room name' },
    { name: 'seats', type: 'integer', required: true, description: 'Number of seats', minimum },
  ];
  return {
    endpoints: [create],
    resources: [{ name: 'room', key: 'id', fields }],
    acceptance: [refusal],
  } as unknown as SpecContract;
}

const feature = 'rooms with a negative number of seats are rejected';

describe('a refused range on a record field', () => {
  it('is held by the field when a refused create sends such a value', () => {
    expect(recordMismatch(feature, [create], contractWith(-1, 0))).toEqual([]);
  });

  it('is not held by a store whose refusals send an allowed value, or whose bound contradicts it', () => {
    expect(recordMismatch(feature, [create], contractWith(3, 0))).toHaveLength(1);
    expect(recordMismatch(feature, [create], contractWith(-1, 2))).toHaveLength(1);
  });
});
