import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from './testing/generated-release';

/*
 * Proof that a blank text refused beside the word counts is load-bearing in the generated acceptance pack: "a text
 * of spaces only is an error" redesigns the counts to refuse it (text-refusal-phrasings.spec.ts); counts that
 * answer a text of spaces (0 words) or refuse only the empty one fail the feature's own checks.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(120_000);

const BLANK = 'a text of spaces only is an error';
const COUNTS = intentOf({
  service_name: 'word-counts-blank',
  purpose: 'Numbers about a draft',
  key_features: ['Count the words, characters and sentences of a text', BLANK],
});

const project = new EditedProject();
/** The acceptance checks quoting the feature: its worked refusals. */
let own: string[] = [];

beforeAll(async () => {
  const { contract, sha256 } = await specFor(client, COUNTS);
  own = contract.acceptance.filter((c) => c.description.includes(`"${BLANK}"`)).map((c) => c.id);
  await project.setUp('text-blank', await generateProject(client, contract, sha256));
}, 120_000);
afterAll(async () => {
  await project.tearDown();
});

it('gives the refusal worked examples of its own', () => {
  expect(own.length).toBeGreaterThan(0);
});

it('the unmutated project passes its acceptance pack', async () => {
  const run = await project.acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, string]>([
  ['a text of spaces counted (the refusal never made)', 'false'],
  ['only the empty text refused', "options.refuse_blank === true && text === ''"],
])('%s fails the checks of the feature', async (_what, to) => {
  const run = await project.acceptance(
    project.editAll([['src/functions.ts', "options.refuse_blank === true && text.trim() === ''", to]]),
  );
  expect(run.code).not.toBe(0);
  expect(run.failed.filter((t) => own.includes(t)).length).toBeGreaterThan(0);
});
