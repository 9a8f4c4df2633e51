import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease } from './testing/served-release';

/*
 * A refusal clause that writes its own status for a computation's refusals ("Moins d'une personne … renvoie 422",
 * a key feature of its own beside the split): the generated service answers every refusal of the split's
 * validation with that status — the values the clause names, and any other bad body — never 400 and never a 500,
 * while good bodies are answered. Property-style: bodies drawn from a seeded generator, so a failure reproduces.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(120_000);

const FEATURES = [
  "Partager l'addition et un pourboire en pourcentage entre plusieurs personnes : la part de chacun",
  "Moins d'une personne ou une addition négative renvoie 422",
];

const served = new ServedRelease(client, 'partage-422', FEATURES);

beforeAll(async () => {
  expect(await served.start()).toEqual([]);
});

afterAll(() => served.stop());

async function post(body: string): Promise<{ status: number; body: unknown }> {
  const [split] = served.contract.endpoints;
  const res = await fetch(`${served.url}${split.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: res.status, body: text };
  }
}

const ODD = [0, -1, -0.5, 1.5, 'abc', '', null, true, [], {}, 1e308, -1e308, '12'];

describe('a split whose refusal clause writes 422', () => {
  it('answers a good body with the shares (a bill of 100 with 10 % among 4: 27.5 each)', async () => {
    const res = await post(JSON.stringify({ bill: 100, tip_percent: 10, people: 4 }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ per_person: 27.5 });
  });

  it('answers 422 for the values the clause names: fewer than one person, a negative bill', async () => {
    for (const body of [
      { bill: 100, tip_percent: 10, people: 0 },
      { bill: 100, tip_percent: 10, people: -3 },
      { bill: -5, tip_percent: 10, people: 2 },
    ])
      expect([body, (await post(JSON.stringify(body))).status]).toEqual([body, 422]);
  });

  it('answers every other bad body with 422 or an answer, never 400 nor a 500', async () => {
    const random = seeded(422);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
    const seen: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const body: Record<string, unknown> = { bill: 100, tip_percent: 10, people: 4 };
      const key = pick(['bill', 'tip_percent', 'people', 'extra']);
      if (random() < 0.2) delete body[key === 'extra' ? 'bill' : key];
      else body[key] = pick(ODD);
      const text = i % 15 === 14 ? pick(['[]', 'null', '"x"']) : JSON.stringify(body);
      const res = await post(text);
      if (res.status !== 200 && res.status !== 422) seen.push(`${text} -> ${res.status}`);
    }
    expect(seen).toEqual([]);
  });
});
