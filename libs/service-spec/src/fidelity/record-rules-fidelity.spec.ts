import type { AcceptanceCheck, FieldSpec, ResourceSpec, SpecContract } from '../spec-contract';
import { featureFidelity } from './feature-fidelity';

/*
 * The gate and the record rules: a field written with a rule (`integer >= 0`, `ISO datetime`) is realised only
 * by a field that declares those bounds or that format, and a feature about overlapping intervals is a rule on
 * keeping records only when the resource really forbids overlaps.
 */

const STOCK =
  'PUT /stock with body {"shelf": string, "units": integer >= 0} stores a shelf and returns 201 {"id", "shelf", "units"}';
const TALK =
  'PUT /talks with body {"title": string, "begins": ISO datetime} stores a talk and returns 201 {"id", "title", "begins"}';

function field(name: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, type, required: true, description: '', example: type === 'string' ? 'x' : 1, ...extra };
}

function storeContract(
  path: string,
  feature: string,
  fields: FieldSpec[],
  resource: Partial<ResourceSpec> = {},
): SpecContract {
  const body = Object.fromEntries(fields.map((f) => [f.name, f.example]));
  const happy: AcceptanceCheck = {
    id: 'AC-01',
    endpoint_id: 'create',
    description: 'stores one',
    kind: 'happy',
    steps: [{ request: { method: 'PUT', path, body }, expect: { status: 201, body_contains: body } }],
  };
  return {
    udc: { version: '1.0', endpoints: ['GET /health'] },
    resources: [{ name: 'thing', plural: 'things', description: '', fields, ...resource }],
    endpoints: [
      {
        id: 'create',
        method: 'PUT',
        path,
        summary: 'Store a thing',
        features: [feature],
        behavior: { kind: 'create', resource: 'thing' },
        request: { body: { fields, allow_unknown: false, example: body } },
        responses: [{ status: 201, description: 'stored', example: { id: 'thing-1', ...body } }],
        errors: [
          { status: 409, code: 'CONFLICT', when: 'the interval overlaps another thing with the same room' },
        ],
      },
    ],
    acceptance: [happy],
  } as unknown as SpecContract;
}

describe('a field written with a rule', () => {
  it('is realised by a field declaring exactly those bounds', () => {
    const faithful = storeContract('/stock', STOCK, [
      field('shelf', 'string'),
      field('units', 'integer', { minimum: 0 }),
    ]);

    expect(featureFidelity(faithful, [STOCK])[0]).toMatchObject({ realised: true, problems: [] });
  });

  it('is not realised by a bare integer field, nor by other bounds', () => {
    for (const units of [field('units', 'integer'), field('units', 'integer', { minimum: 1 })]) {
      const unfaithful = storeContract('/stock', STOCK, [field('shelf', 'string'), units]);

      const verdict = featureFidelity(unfaithful, [STOCK])[0];

      expect(verdict.realised).toBe(false);
      expect(verdict.problems).toContainEqual(
        expect.stringContaining(
          'request field "units" must be integer >= 0, a rule its field does not declare',
        ),
      );
    }
  });

  it('looks at the resource field the code validates, not only at the documented body', () => {
    const contract = storeContract('/stock', STOCK, [
      field('shelf', 'string'),
      field('units', 'integer', { minimum: 0 }),
    ]);
    contract.resources[0].fields = [field('shelf', 'string'), field('units', 'integer')];

    expect(featureFidelity(contract, [STOCK])[0].realised).toBe(false);
  });

  it('takes an ISO datetime as realised by a date-time string field only', () => {
    const faithful = storeContract('/talks', TALK, [
      field('title', 'string'),
      field('begins', 'string', { format: 'date-time', example: '2024-07-01T09:00:00Z' }),
    ]);
    const unfaithful = storeContract('/talks', TALK, [field('title', 'string'), field('begins', 'string')]);

    expect(featureFidelity(faithful, [TALK])[0].realised).toBe(true);
    expect(featureFidelity(unfaithful, [TALK])[0].realised).toBe(false);
  });
});

describe('a feature about overlapping intervals', () => {
  const RULE = 'a slot that overlaps another slot of the same room answers 409';
  const fields = [
    field('room', 'string'),
    field('start', 'string', { format: 'date-time', example: '2024-07-01T09:00:00Z' }),
    field('end', 'string', { format: 'date-time', example: '2024-07-01T10:00:00Z' }),
  ];
  const withRefusal = (contract: SpecContract): SpecContract => {
    contract.acceptance.push({
      id: 'AC-02',
      endpoint_id: 'create',
      description: 'a slot that overlaps another slot of the same room is refused with 409',
      kind: 'error',
      steps: [
        {
          request: {
            method: 'PUT',
            path: '/slots',
            body: { room: 'x', start: '2024-07-01T09:00:00Z', end: '2024-07-01T10:00:00Z' },
          },
          expect: { status: 409, body_contains: { error: { code: 'CONFLICT' } } },
        },
      ],
    });
    return contract;
  };

  it('is realised by a create whose resource forbids overlaps', () => {
    const contract = withRefusal(
      storeContract('/slots', RULE, fields, {
        interval: { start: 'start', end: 'end', no_overlap: ['room'] },
      }),
    );

    expect(featureFidelity(contract, [RULE])[0]).toMatchObject({ realised: true });
  });

  it('is not realised by a plain record store', () => {
    const contract = withRefusal(
      storeContract('/slots', RULE, fields, { interval: { start: 'start', end: 'end' } }),
    );

    expect(featureFidelity(contract, [RULE])[0].problems).toEqual([
      expect.stringContaining('it asks for more than keeping records'),
    ]);
    expect(featureFidelity(contract, [RULE])[0].realised).toBe(false);
  });
});

describe('a feature asking for records in an order', () => {
  const list = (behavior: Record<string, unknown>): SpecContract =>
    ({
      udc: { version: '1.0', endpoints: ['GET /health'] },
      resources: [{ name: 'slot', plural: 'slots', description: '', fields: [field('room', 'string')] }],
      endpoints: [
        {
          id: 'list',
          method: 'GET',
          path: '/slots',
          summary: 'List slots',
          features: ['Alle Termine eines Raums nach Beginn sortiert anzeigen'],
          behavior,
          request: {},
          responses: [{ status: 200, description: 'all', example: [] }],
          errors: [],
        },
      ],
      acceptance: [],
    }) as unknown as SpecContract;

  it('is not realised by a plain list, which answers in creation order', () => {
    const verdict = featureFidelity(list({ kind: 'list', resource: 'slot' }), [
      'Alle Termine eines Raums nach Beginn sortiert anzeigen',
    ])[0];

    expect(verdict.realised).toBe(false);
    expect(verdict.problems).toContainEqual(expect.stringContaining('it asks for records in an order'));
  });

  it('leaves a list with an order of its own to the rules of that order', () => {
    const sort = { param: 'sort', fields: ['room'], default_field: 'room', default_order: 'asc' };
    const verdict = featureFidelity(list({ kind: 'list', resource: 'slot', sort }), [
      'Alle Termine eines Raums nach Beginn sortiert anzeigen',
    ])[0];

    expect(verdict.problems).not.toContainEqual(expect.stringContaining('it asks for records in an order'));
  });
});
