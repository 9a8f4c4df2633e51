import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from '../codegen/testing/generated-release';

/*
 * Proof that the tests generated for the ISBN-13 check digit test it: the service generated from an ordinary
 * intent passes its acceptance pack, and a mutant of its computation fails it — the weights 1-3 swapped (the GS1
 * order 3-1 from the left), the check digit off by one, 10 left unreduced for a sum ending in 0, 11 digits taken.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(60_000);

const FEATURES = ['compute the check digit of an ISBN-13 from its first 12 digits'];

const SLIPS: [string, string][] = [
  ['(i % 2 === 0 ? 1 : 3)', '(i % 2 === 0 ? 3 : 1)'],
  ['const checkDigit = (10 - (sum % 10)) % 10;', 'const checkDigit = (11 - (sum % 10)) % 10;'],
  ['const checkDigit = (10 - (sum % 10)) % 10;', 'const checkDigit = 10 - (sum % 10);'],
  ['if (digits.length !== 12)', 'if (digits.length < 11)'],
];

const project = new EditedProject();

beforeAll(async () => {
  const intent = intentOf({ service_name: 'isbn-digit-mutants', key_features: FEATURES });
  const { contract, sha256 } = await specFor(client, intent);
  await project.setUp('isbn-digit-mutants', await generateProject(client, contract, sha256));
}, 120_000);

afterAll(() => project.tearDown());

describe('the ISBN-13 check digit', () => {
  it('passes its acceptance pack as generated', async () => {
    expect((await project.acceptance()).code).toBe(0);
  });

  it.each(SLIPS)('fails it on a slip: %s → %s', async (from, to) => {
    const mutant = project.edit('src/functions.ts', (c) => {
      expect(c).toContain(from);
      return c.replace(from, to);
    });
    expect((await project.acceptance(mutant)).code).not.toBe(0);
  });
});
