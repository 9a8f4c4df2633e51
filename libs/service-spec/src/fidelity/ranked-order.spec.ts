import type { SpecContract } from '../spec-contract';
import { rankedOrderProblems } from './ranked-order';

/** A contract of tickets with one list sorted by `sortBy`, claimed by `feature`. */
function contract(
  feature: string,
  sortBy: string,
  priority: Record<string, unknown>,
  name = 'priority',
): SpecContract {
  return {
    resources: [
      {
        name: 'ticket',
        plural: 'tickets',
        fields: [
          { name: 'title', type: 'string', required: true, description: 'title', example: 'x' },
          { name: 'created_rank', type: 'integer', required: false, description: 'n', example: 1 },
          { name, required: true, description: 'p', example: 'low', ...priority },
        ],
      },
    ],
    endpoints: [
      {
        id: 'list-tickets',
        method: 'GET',
        path: '/tickets',
        summary: 'list',
        features: [feature],
        behavior: {
          kind: 'list',
          resource: 'ticket',
          sort: { param: 'sort', fields: [sortBy], default_field: sortBy, default_order: 'desc' },
        },
        request: {},
        responses: [],
        errors: [],
      },
    ],
  } as unknown as SpecContract;
}

describe('a list ordered by ranked words', () => {
  it('is a problem where the list sorts a priority as text', () => {
    const feature = 'list the tickets, highest priority first';
    const problems = rankedOrderProblems(
      contract(feature, 'priority', { type: 'string', enum: ['low', 'medium', 'high'] }),
      feature,
    );
    expect(problems).toEqual([expect.stringContaining('sorts priority as text')]);
  });

  it('is a problem for any text field whose values are written out of text order', () => {
    const feature = 'list the members ordered by tier';
    const c = contract(feature, 'tier', { type: 'string', enum: ['bronze', 'silver', 'gold'] }, 'tier');
    expect(rankedOrderProblems(c, feature)).toHaveLength(1);
  });

  it('is no problem for a number priority, or a list sorted by a field the feature does not name', () => {
    const feature = 'list the tickets, highest priority first';
    expect(rankedOrderProblems(contract(feature, 'priority', { type: 'integer' }), feature)).toEqual([]);
    expect(
      rankedOrderProblems(
        contract('list the tickets newest first', 'title', {
          type: 'string',
          enum: ['low', 'medium', 'high'],
        }),
        'list the tickets newest first',
      ),
    ).toEqual([]);
  });
});
