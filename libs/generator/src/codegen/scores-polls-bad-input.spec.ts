import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * A leaderboard and a poll said in plain words, served, on bad input: whatever a client sends as a score, a count
 * of the board, a poll's options or a vote, the generated service answers 201/200 exactly when the value is one
 * the feature takes, else 400 (404 for an unknown poll, 409 for a second vote), never a 500. Property-style: the
 * values are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const board = new ServedRelease(client, 'quiz-board', [
  "Record a player's score after each game",
  'Only a player’s best score counts, not the latest one',
  'Show the top 3 players by their best score',
]);
const poll = new ServedRelease(client, 'open-poll', [
  'Create a poll with a question and at least two options (otherwise 400)',
  'People vote for one option (they send the option text) while the poll is open',
  'A voter can vote only once per poll; a second vote is refused with 409',
  'Close a poll; votes on a closed poll get 409',
  'Results: how many votes each option got (options with none show 0) and the total',
]);

beforeAll(async () => {
  expect(await board.start()).toEqual([]);
  expect(await poll.start()).toEqual([]);
});

afterAll(async () => {
  await board.stop();
  await poll.stop();
});

const ODD_VALUES: unknown[] = [
  '',
  ' ',
  'ana',
  0,
  -1,
  2.5,
  1e308,
  '12',
  null,
  true,
  [],
  ['a'],
  {},
  'x'.repeat(3000),
];

async function call(
  served: ServedRelease,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${served.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: res.status, body: parsed };
}

describe('a leaderboard and a poll said in words, on bad input', () => {
  it('takes a score exactly when the player is a text and the score a number (seeded)', async () => {
    const random = seeded(20261207);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 60; round += 1) {
      const body: Record<string, unknown> = {};
      if (random() < 0.9) body.player = pick(ODD_VALUES);
      if (random() < 0.9) body.score = pick(ODD_VALUES);
      const r = await call(board, 'POST', '/scores', body);
      const player = typeof body.player === 'string' && body.player.trim() !== '';
      const number = typeof body.score === 'number' && Number.isFinite(body.score);
      // An empty player text is a missing one or a text; either answer is honest, never a 500.
      const takes = typeof body.player === 'string' && number;
      const ok = player && number ? [201] : takes ? [201, 400] : [400];
      if (!ok.includes(r.status)) seen.push(`${JSON.stringify(body)} → ${r.status}`);
    }
    expect(seen).toEqual([]);
  });

  it('answers the board for a count from 1 to 100 and 400 for any other (seeded)', async () => {
    const random = seeded(7);
    const counts = ['0', '1', '3', '100', '101', '-2', '2.5', 'abc', '', '1e2', ' 5', '%00'];
    const seen: string[] = [];
    for (let round = 0; round < 24; round += 1) {
      const limit = counts[Math.floor(random() * counts.length)];
      const r = await call(board, 'GET', `/scores/top?limit=${limit}`);
      const n = Number(decodeURIComponent(limit));
      const valid = limit.trim() === '' || (Number.isInteger(n) && n >= 1 && n <= 100);
      if (r.status !== (valid ? 200 : 400)) seen.push(`limit=${limit} → ${r.status}`);
    }
    expect(seen).toEqual([]);
  });

  it('makes a poll exactly when it has a question and at least two option texts (seeded)', async () => {
    const random = seeded(20261208);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let round = 0; round < 40; round += 1) {
      const size = Math.floor(random() * 4);
      const options =
        random() < 0.8 ? Array.from({ length: size }, () => pick(ODD_VALUES)) : pick(ODD_VALUES);
      const body = { question: random() < 0.9 ? 'Lunch?' : pick(ODD_VALUES), options };
      const r = await call(poll, 'POST', '/polls', body);
      const question = typeof body.question === 'string';
      const listed =
        Array.isArray(options) && options.length >= 2 && options.every((o) => typeof o === 'string');
      const sure = typeof body.question === 'string' && body.question.trim() !== '' && listed;
      const ok = sure ? [201] : question && listed ? [201, 400] : [400];
      if (!ok.includes(r.status)) seen.push(`${JSON.stringify(body)} → ${r.status}`);
    }
    expect(seen).toEqual([]);
  });

  it('answers votes 404, 400, 409 or 201 as the poll and voter say, never 500 (seeded)', async () => {
    const random = seeded(11);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    const made = await call(poll, 'POST', '/polls', { question: 'Where?', options: ['Pizza', 'Sushi'] });
    const id = (made.body as { id: string }).id;
    const seen: string[] = [];
    const voted = new Set<string>();
    for (let round = 0; round < 40; round += 1) {
      const known = random() < 0.8;
      const body = {
        option: random() < 0.6 ? pick(['Pizza', 'Sushi']) : pick(ODD_VALUES),
        voter: random() < 0.7 ? `v${Math.floor(random() * 8)}` : pick(ODD_VALUES),
      };
      const r = await call(poll, 'POST', `/polls/${known ? id : 'no-such-poll'}/votes`, body);
      const voter = typeof body.voter === 'string' && body.voter.trim() !== '';
      const option = body.option === 'Pizza' || body.option === 'Sushi';
      let ok: number[];
      if (!known) ok = [404];
      else if (!voter || typeof body.option !== 'string') ok = [400];
      else if (!option) ok = [400];
      else ok = voted.has(body.voter as string) ? [409] : [201];
      if (r.status === 201) voted.add(body.voter as string);
      if (!ok.includes(r.status))
        seen.push(`${known ? 'known' : 'unknown'} ${JSON.stringify(body)} → ${r.status}`);
    }
    const closed = await call(poll, 'POST', `/polls/${id}/close`);
    const late = await call(poll, 'POST', `/polls/${id}/votes`, { option: 'Pizza', voter: 'late' });
    expect({ seen, closed: closed.status, late: late.status }).toEqual({ seen: [], closed: 200, late: 409 });
  });
});
