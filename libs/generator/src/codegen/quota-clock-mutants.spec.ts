import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a quota on the UTC clock ("resets at midnight UTC", "every full hour") test
 * where its windows start: a window opened at the key's first request, one that never ends, or one that starts a
 * window late fails them; so does a calendar month taken as 30 days, a usage read of an ended month, and a route
 * feature's quota that counts every key together.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  day: intentOf({
    service_name: 'hits-midnight',
    purpose: 'Counts API requests per key against a daily quota',
    key_features: [
      'POST /v1/hits with body {"api_key": string} counts one request and returns 200 {"remaining": integer}; at most 3 requests per api_key per day; counts reset at midnight UTC; the 4th returns 429',
    ],
  }),
  month: intentOf({
    service_name: 'pedidos-mes',
    purpose: 'Conta os pedidos de cada chave por mês',
    key_features: [
      'POST /pedidos com {"chave": string} conta um pedido e responde {"restantes": integer}',
      'cada chave pode fazer no máximo 3 pedidos por mês; o quarto recebe 429',
      'GET /pedidos/{chave} devolve {"restantes": integer} sem gastar nenhum pedido',
    ],
  }),
  hour: intentOf({
    service_name: 'anfragen-stunde',
    purpose: 'Zählt Anfragen je Schlüssel',
    key_features: [
      'POST /anfragen mit {"schluessel": string} zählt eine Anfrage und antwortet {"verbleibend": integer}',
      'Jeder Schlüssel hat ein Stundenkontingent von 2 Anfragen, zurückgesetzt zur vollen Stunde; die dritte wird mit 429 abgelehnt',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('quota-clock'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: string, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it('the unmutated projects pass their own tests', async () => {
  for (const name of Object.keys(INTENTS)) {
    const run = await runMutant(name, 'export function', 'export function');
    expect({ name, code: run.code, failed: run.failed }).toEqual({ name, code: 0, failed: [] });
    expect(run.passed.length).toBeGreaterThan(5);
  }
});

it.each([
  [
    'day',
    'a window opened at the key’s first request',
    'const opened = Math.floor(now / windowMs) * windowMs;',
    'const opened = current !== undefined && now - current.start < windowMs ? current.start : now;',
  ],
  ['day', 'a window that never ends', 'current.start !== opened', 'false'],
  [
    'day',
    'windows that start a window late',
    'Math.floor(now / windowMs) * windowMs',
    '(Math.floor(now / windowMs) - 1) * windowMs',
  ],
  [
    'hour',
    'a window opened at the key’s first request',
    'const opened = Math.floor(now / windowMs) * windowMs;',
    'const opened = current !== undefined && now - current.start < windowMs ? current.start : now;',
  ],
  [
    'month',
    'a month of 30 days from the first day of the month instead of a calendar month',
    'const ends = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1);',
    'const ends = opened + 2592000000;',
  ],
  [
    'month',
    'a window opened at the key’s first request',
    'const opened = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);',
    'const opened = current !== undefined && now - current.start < 2592000000 ? current.start : now;',
  ],
  [
    'month',
    'a usage read that counts a window of its own',
    'const active = current !== undefined && current.start === opened ? current : undefined;',
    'const active = current;',
  ],
  [
    'hour',
    'a quota that counts every key together',
    "requiredField(input, 'schluessel'",
    "requiredField({ schluessel: 'same' }, 'schluessel'",
  ],
])('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);

  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
