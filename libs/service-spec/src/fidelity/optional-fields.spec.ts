import type { SpecContract } from '../spec-contract';
import { optionalFieldProblems } from './optional-fields';

/* A field a feature lets the caller leave out is optional in the request that takes it. */

function rolling(seed: { required: boolean; default?: number }): Pick<SpecContract, 'endpoints'> {
  const roll = {
    method: 'POST',
    path: '/roll',
    request: {
      body: {
        fields: [
          { name: 'dice', required: true },
          { name: 'seed', ...seed },
        ],
      },
    },
  };
  return { endpoints: [roll] } as unknown as Pick<SpecContract, 'endpoints'>;
}

describe('a field the feature lets be left out', () => {
  const phrasings = [
    'The same dice and seed always give the same rolls; seed may be left out for a random roll',
    'the "seed" is optional: without it the roll is random',
    'Der Seed ist optional',
    'la seed es opcional',
    'la seed est facultative',
    'il seed è facoltativo',
    'o seed pode ser omitido',
    'an optional seed makes rolls repeatable',
  ];

  it.each(phrasings)('is optional in the request: %s', (feature) => {
    expect(optionalFieldProblems(rolling({ required: false }), feature)).toEqual([]);
    expect(optionalFieldProblems(rolling({ required: true, default: 7 }), feature)).toEqual([]);
    expect(optionalFieldProblems(rolling({ required: true }), feature)).toEqual([
      'it lets "seed" be left out, but POST /roll requires it',
    ]);
  });

  it('is not read into a requirement, or into other fields', () => {
    const required = rolling({ required: true });
    expect(optionalFieldProblems(required, 'the seed makes rolls repeatable')).toEqual([]);
    expect(
      optionalFieldProblems(required, 'if the seed is omitted, the request is refused with 400'),
    ).toEqual([]);
    expect(optionalFieldProblems(required, 'the note is optional')).toEqual([]);
  });
});
