import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease, serverErrors } from './testing/served-release';

/*
 * A score board spelled out whole (points above zero, the best per player, one player's average to 2 decimals),
 * served, on bad input: a score is taken exactly when the player is a text and the points a whole number above
 * zero, else 400; any player name asked for answers 404 or the player's figure, never a 500. Property-style: the
 * values are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const board = new ServedRelease(client, 'minigolf-board', [
  'POST /scores {"player": string, "points": integer > 0} records a score -> 201; points of 0 or below, or not a whole number -> 400',
  'GET /leaderboard?top=N -> [{"player": string, "best": integer}]: each player once with their best points, highest first; on a tie whoever reached it first ranks first',
  'GET /players/{player}/average -> {"player": string, "average": number}: the average of all their scores, rounded to 2 decimals; unknown player -> 404',
]);

beforeAll(async () => {
  expect(await board.start()).toEqual([]);
});

afterAll(() => board.stop());

const ODD_VALUES: unknown[] = [
  '',
  'ana',
  0,
  -1,
  1,
  7,
  2.5,
  1e308,
  '12',
  null,
  true,
  [],
  {},
  'x'.repeat(3000),
];

async function statusOf(method: string, path: string, body?: unknown): Promise<number> {
  const res = await fetch(`${board.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await res.text();
  return res.status;
}

describe('a score board spelled out, on bad input', () => {
  it('takes a score exactly when the player is a text and the points a whole number above zero (seeded)', async () => {
    const random = seeded(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 60; round += 1) {
      const body: Record<string, unknown> = {};
      if (random() < 0.9) body.player = pick(ODD_VALUES);
      if (random() < 0.9) body.points = pick(ODD_VALUES);
      const status = await statusOf('POST', '/scores', body);
      const points = Number.isSafeInteger(body.points) && (body.points as number) > 0;
      const player = typeof body.player === 'string';
      // An empty player text is a missing one or a text; either answer is honest, never a 500.
      const ok = player && points ? (body.player === '' ? [201, 400] : [201]) : [400];
      if (!ok.includes(status)) seen.push(`${JSON.stringify(body)} → ${status}`);
    }
    expect(seen).toEqual([]);
  });

  it('answers any player asked for with 404 or their average, never a 500', async () => {
    expect(await statusOf('POST', '/scores', { player: 'zoe', points: 3 })).toBe(201);
    const names = ['zoe', 'nobody', '%20', '%00', 'a%2Fb', 'x'.repeat(500), '%F0%9F%8E%B3', '..'];
    const statuses = await Promise.all(names.map((n) => statusOf('GET', `/players/${n}/average`)));
    expect(statuses).toEqual([200, 404, 404, 404, 404, 404, 404, 404]);
  });

  it('answers no odd body with a 500', async () => {
    const posts = board.contract.endpoints.filter((e) => e.method === 'POST');
    expect(await serverErrors(board.url, posts, ODD_VALUES, 11)).toEqual([]);
  });
});
