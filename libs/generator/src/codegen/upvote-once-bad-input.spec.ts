import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { postJson, serverErrors, servedForSpec } from './testing/served-release';

/*
 * An upvote each voter gives once, said in words, served, on bad input: whatever a client sends as the voter, the
 * generated service answers 200 exactly when it is a non-empty text that has not upvoted this idea yet, 409
 * ALREADY_VOTED when it has, else 400 VALIDATION_FAILED, never a 500; the count is the number of voters taken.
 * Property-style: the values are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const { served, post } = servedForSpec(client, 'idea-votes', [
  'Post an idea with a title',
  'Upvote an idea, sending your voter id; the same voter upvoting the same idea again gets 409',
  'List the ideas by votes, most first',
]);

const ODD_VALUES: unknown[] = [
  '',
  ' ',
  'ana',
  'ben',
  'ana',
  0,
  -1,
  2.5,
  null,
  true,
  [],
  ['ana'],
  {},
  'x'.repeat(3000),
];

/** The path of the endpoint that upvotes an idea, with the idea's id in it. */
function upvotePath(id: string): string {
  const e = served.contract.endpoints.find((x) => x.behavior.kind === 'adjust');
  if (!e) throw new Error('no upvote endpoint');
  return e.path.replace(/\{[^}]+\}/, encodeURIComponent(id));
}

describe('an upvote each voter gives once, on bad input', () => {
  it('counts a voter exactly when it is a new non-empty text (seeded)', async () => {
    const random = seeded(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const made = await post('/ideas', { title: 'Boat trip' });
    expect(made.status).toBe(201);
    const path = upvotePath(String(made.body.id));
    const voters = new Set<string>();
    for (let round = 0; round < 60; round += 1) {
      const voter = pick(ODD_VALUES);
      const res = await postJson(served, path, { voter });
      const fresh = typeof voter === 'string' && voter !== '' && !voters.has(voter);
      const again = typeof voter === 'string' && voters.has(voter);
      const expected = fresh ? 200 : again ? 409 : 400;
      expect({ voter, status: res.status }).toEqual({ voter, status: expected });
      if (fresh) {
        voters.add(voter);
        expect(res.body.votes).toBe(voters.size);
      } else {
        const code = again ? 'ALREADY_VOTED' : 'VALIDATION_FAILED';
        expect(JSON.stringify(res.body)).toContain(code);
      }
    }
    expect(voters.size).toBeGreaterThan(1);
  });

  it('answers no odd body with a 500', async () => {
    const made = await post('/ideas', { title: 'Hike' });
    const endpoints = served.contract.endpoints
      .filter((e) => e.method === 'POST')
      .map((e) => ({ ...e, path: e.path.replace(/\{[^}]+\}/, String(made.body.id)) }));
    expect(await serverErrors(served.url, endpoints, ODD_VALUES, 20261207)).toEqual([]);
  });
});
