import type { AcceptanceCheck, SpecContract } from '../spec-contract';
import { quotedRefusalProblems } from './quoted-refusals';

/* Each value a refusal quotes is sent by a 4xx worked example. */

function refusing(values: string[]): Pick<SpecContract, 'acceptance' | 'endpoints'> {
  const checks = values.map(
    (dice, i) =>
      ({
        id: `AC-${i}`,
        endpoint_id: 'roll',
        kind: 'error',
        steps: [{ request: { method: 'POST', path: '/roll', body: { dice } }, expect: { status: 400 } }],
      }) as unknown as AcceptanceCheck,
  );
  const roll = {
    id: 'roll',
    method: 'POST',
    path: '/roll',
    request: { body: { fields: [{ name: 'dice' }] } },
  };
  return { acceptance: checks, endpoints: [roll] } as unknown as Pick<
    SpecContract,
    'acceptance' | 'endpoints'
  >;
}

describe('values a refusal quotes', () => {
  const feature = 'A malformed dice string (e.g. "d6", "0d6", "3x6") returns 400';

  it('are each sent by a 4xx example', () => {
    expect(quotedRefusalProblems(refusing(['d6', '0d6', '3x6']), feature)).toEqual([]);
    expect(quotedRefusalProblems(refusing(['0d6', '3x6']), feature)).toEqual([
      expect.stringContaining('it refuses "d6", but no 4xx worked example sends it'),
    ]);
  });

  it('leave quoted field names, and features that refuse nothing, alone', () => {
    expect(quotedRefusalProblems(refusing([]), 'a missing "dice" returns 400')).toEqual([]);
    expect(quotedRefusalProblems(refusing([]), 'roll "2d6" for a pair of dice')).toEqual([]);
    // An error body's key, a secret: no examples of what is refused.
    expect(quotedRefusalProblems(refusing([]), 'an empty title -> 400 {"error": string}')).toEqual([]);
    expect(
      quotedRefusalProblems(refusing([]), 'HMAC with the secret "pp_secret", otherwise refuse it with 401'),
    ).toEqual([]);
  });
});
