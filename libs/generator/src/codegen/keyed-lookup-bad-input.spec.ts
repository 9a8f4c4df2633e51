import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { oddJsonValues, serverErrors, servedForSpec } from './testing/served-release';
import { seeded } from './testing/seeded';

/*
 * Members found by the member number the club hands out ("find a member by their member number"), served as
 * generated, on odd calls: a member registered with a number is read back under that number; any other number
 * (unknown, prototype names, long, escaped, another case) is 404; a second member with a number already taken is
 * 409; odd bodies are refused with 400 at most, never a 500. Property-style: calls are drawn from a seeded
 * generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const { served, post } = servedForSpec(client, 'member-number-odd-svc', [
  'Register a member with a member number, a name and an email',
  'Find a member by their member number',
]);

const KNOWN = ['M-1042', 'M-2001', 'club.7'];
const ODD = ['nope', '__proto__', 'constructor', 'x'.repeat(2_000), '%00', 'm-1042', ' M-1042', 'M-1042 '];

it('reads a registered member under their number, answers 404 for any other, and never 500', async () => {
  for (const number of KNOWN) {
    const made = await post('/members', {
      member_number: number,
      name: `name of ${number}`,
      email: 'a@b.org',
    });
    expect(made.status).toBe(201);
  }
  const random = seeded(20261208);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const seen: string[] = [];
  for (let round = 0; round < 60; round += 1) {
    const known = random() < 0.5;
    const number = known ? pick(KNOWN) : pick(ODD);
    const res = await served.call('GET', `/members/${encodeURIComponent(number)}`);
    const answer = res.body as { member_number?: unknown; name?: unknown } | null;
    const right = known
      ? res.status === 200 && answer?.member_number === number && answer?.name === `name of ${number}`
      : res.status === 404;
    if (!right) seen.push(`${number.slice(0, 12)} → ${res.status}`);
  }
  expect(seen).toEqual([]);
});

it('refuses a second member with a number already taken with 409, keeping the first', async () => {
  const first = await post('/members', { member_number: 'DUP-1', name: 'First', email: 'f@b.org' });
  const second = await post('/members', { member_number: 'DUP-1', name: 'Second', email: 's@b.org' });
  const read = await served.call('GET', '/members/DUP-1');

  expect([first.status, second.status, read.status]).toEqual([201, 409, 200]);
  expect(read.body).toMatchObject({ member_number: 'DUP-1', name: 'First' });
});

it('answers odd bodies with 400 at most, never 500', async () => {
  const odd = oddJsonValues('M-1042', 'DUP-1');
  const posts = served.contract.endpoints.filter((e) => e.method === 'POST');
  expect(posts).not.toEqual([]);
  expect(await serverErrors(served.url, posts, odd, 20261208)).toEqual([]);
});
