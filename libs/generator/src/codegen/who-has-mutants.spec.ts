import { createLlmClient } from '@sf/llm';
import { extractContract } from '@sf/service-spec';
import { OfflineProvider } from '../offline-provider';
import { offlineSpec } from '../testing/offline-spec';
import { intentOf, MutantBench, type NodeTestRun } from './testing/generated-release';

/*
 * Proof that the tests generated for a read that answers who has a lent record test it: a loan that keeps no
 * taker, or keeps another one than the member sent, fails the generated suite, among them the read after a loan.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000);

const INTENTS = {
  books: intentOf({
    service_name: 'club-books',
    purpose: 'Books members lend each other',
    key_features: [
      'add a book with a title and an author',
      'lend a book to a member; lending a book that is out is a conflict',
      'return a book',
      'look up a book and see who has it at the moment',
    ],
  }),
};

const bench = new MutantBench(client, INTENTS);

beforeAll(() => bench.setUp('who-has'), 300_000);
afterAll(() => bench.tearDown());

/** The id of the worked example that reads a book after lending it (its acceptance test bears that name). */
function readAfterLoan(): string {
  const contract = extractContract(offlineSpec(INTENTS.books));
  const read = contract.endpoints.find((e) => e.method === 'GET' && e.path === '/books/{id}');
  const check = contract.acceptance.find(
    (c) => c.endpoint_id === read?.id && c.steps.some((s) => s.request.path.endsWith('/lend')),
  );
  return check?.id ?? 'no read after a loan';
}

function runMutant(from: string, to: string): Promise<NodeTestRun> {
  return bench.run('books', from, to, ['src/handlers.ts', 'src/state.ts']);
}

it('the unmutated project passes its own tests', async () => {
  const run = await runMutant('export function', 'export function');
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each([
  ['a loan that keeps no taker', '= holder;', '= null;'],
  ['a taker kept other than written', '= holder;', '= `${String(holder)}!`;'],
])('%s fails the generated tests of the read', async (_what, from, to) => {
  const run = await runMutant(from, to);
  expect(run.code).not.toBe(0);
  expect(run.failed).toContain(readAfterLoan());
});
