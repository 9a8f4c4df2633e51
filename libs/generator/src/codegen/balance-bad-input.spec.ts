import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { seeded } from './testing/seeded';
import { ServedRelease, serverErrors } from './testing/served-release';

/*
 * Generated balances, served: a gift card redeemed and topped up by amounts of money. Worked examples computed
 * by hand (40 − 12.5 = 27.5); redeeming more than the balance is 409 and leaves it as it was; whatever amount
 * arrives — 0, negative, text, null, a list, an object — the answer is 400 VALIDATION_FAILED with the balance
 * unchanged, never a 500. Property-style: the odd values are drawn from a seeded generator, so a failure is reproducible.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(180_000);

const cards = new ServedRelease(client, 'gift-svc', [
  'POST /cards {"code": string, "balance": number >= 0} issues a gift card and returns 201; an existing code returns 409',
  'POST /cards/{code}/redeem {"amount": number} returns {"code", "balance"}; an amount of 0 or less is 400; redeeming more than the balance is 409 and leaves it as it was; an unknown code is 404',
  'POST /cards/{code}/top-up {"amount": number} returns {"code", "balance"}',
  'GET /cards/{code} returns {"code", "balance"}; an unknown code is 404',
]);

beforeAll(async () => {
  expect(await cards.start()).toEqual([]);
});

afterAll(() => cards.stop());

async function call(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('a generated gift card balance', () => {
  it('takes a redemption off and adds a top-up, answering the new balance', async () => {
    expect((await call(cards.url, 'POST', '/cards', { code: 'A', balance: 40 })).status).toBe(201);
    const redeemed = await call(cards.url, 'POST', '/cards/A/redeem', { amount: 12.5 });
    expect([redeemed.status, redeemed.body.balance]).toEqual([200, 27.5]);
    const topped = await call(cards.url, 'POST', '/cards/A/top-up', { amount: 2.5 });
    expect([topped.status, topped.body.balance]).toEqual([200, 30]);
  });

  it('refuses more than the balance with 409 and leaves it as it was; all of it is allowed', async () => {
    await call(cards.url, 'POST', '/cards', { code: 'B', balance: 10 });
    expect((await call(cards.url, 'POST', '/cards/B/redeem', { amount: 10.01 })).status).toBe(409);
    expect((await call(cards.url, 'GET', '/cards/B')).body.balance).toBe(10);
    expect((await call(cards.url, 'POST', '/cards/B/redeem', { amount: 10 })).body.balance).toBe(0);
  });

  it('answers 404 for an unknown card', async () => {
    expect((await call(cards.url, 'POST', '/cards/NOPE/redeem', { amount: 1 })).status).toBe(404);
    expect((await call(cards.url, 'GET', '/cards/NOPE')).status).toBe(404);
  });

  it('refuses every odd amount with 400 VALIDATION_FAILED and keeps the balance', async () => {
    await call(cards.url, 'POST', '/cards', { code: 'C', balance: 5 });
    const random = seeded(2212);
    const odd = [0, -1, -0.01, '5', null, true, [], {}, 'abc', -1e9];
    for (let round = 0; round < 30; round += 1) {
      const amount = odd[Math.floor(random() * odd.length)];
      const path = random() < 0.5 ? '/cards/C/redeem' : '/cards/C/top-up';
      const r = await call(cards.url, 'POST', path, { amount });
      expect([JSON.stringify(amount), r.status, JSON.stringify(r.body)]).toEqual([
        JSON.stringify(amount),
        400,
        expect.stringContaining('VALIDATION_FAILED'),
      ]);
    }
    expect((await call(cards.url, 'GET', '/cards/C')).body.balance).toBe(5);
  });

  it('never answers 500 to fuzzed bodies', async () => {
    await call(cards.url, 'POST', '/cards', { code: 'F', balance: 1000 });
    const odd = [0, -3, 2.5, 'x', '', null, true, [], {}, 1e308, '{{', 'F'];
    // The movements of a card that exists, and the issuing of cards: every endpoint taking a body.
    const posts = cards.contract.endpoints
      .filter((e) => e.method === 'POST')
      .map((e) => ({ ...e, path: e.path.replace('{code}', 'F') }));
    expect(posts.length).toBe(3);
    expect(await serverErrors(cards.url, posts, odd, 7)).toEqual([]);
  });
});
