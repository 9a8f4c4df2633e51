import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a status machine on a literal route, written with a state reached "from A or
 * B" and with final states, test something: a machine that lets a final state move again, one that forgets a
 * move from one of the two states and one that forgets a branch each fail the generated suite.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const INTENTS = {
  repairs: intentOf({
    service_name: 'repair-states',
    purpose: 'Repairs taken in at the workshop',
    key_features: [
      'POST /repairs with {"device": string} registers a repair (201)',
      'PATCH /repairs/{id}/status with {"status": s}: received -> diagnosed -> repaired -> returned, and diagnosed -> scrapped',
      'returned and scrapped are final; any move not listed returns 409 and the status stays as it was',
    ],
  }),
  pedidos: intentOf({
    service_name: 'pedidos-estado',
    purpose: 'Pedidos da loja',
    key_features: [
      'POST /pedidos com {"cliente": string} cria um pedido (201)',
      'PUT /pedidos/{id}/estado com {"estado": e}: novo → pago → enviado, ou cancelado a partir de novo ou pago; qualquer outra mudança dá 409',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('state-route-lists'), 300_000);
afterAll(() => bench.tearDown());

function runMutant(name: keyof typeof INTENTS, from: string, to: string): Promise<NodeTestRun> {
  return bench.run(name, from, to, ['src/handlers.ts']);
}

it.each(['repairs', 'pedidos'] as const)('the unmutated %s project passes its own tests', async (name) => {
  const run = await runMutant(name, 'export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
  expect(run.passed.length).toBeGreaterThan(5);
});

it.each([
  ['repairs', 'a returned repair that can be received again', 'returned: []', "returned: ['received']"],
  [
    'repairs',
    'a diagnosed repair that cannot be scrapped',
    "diagnosed: ['repaired', 'scrapped']",
    "diagnosed: ['repaired']",
  ],
  ['pedidos', 'a paid order that cannot be cancelled', "pago: ['enviado', 'cancelado']", "pago: ['enviado']"],
  ['pedidos', 'a new order that cannot be cancelled', "novo: ['pago', 'cancelado']", "novo: ['pago']"],
] as const)('%s: %s fails the generated tests', async (name, _what, from, to) => {
  const run = await runMutant(name, from, to);
  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
