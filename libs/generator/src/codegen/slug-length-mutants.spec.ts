import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import {
  EditedProject,
  generateProject,
  intentOf,
  specFor,
  type FileEdit,
} from './testing/generated-release';

/*
 * Proof that a slug's maximum length cut at a word boundary, a feature of its own (text-slug-length.ts), and
 * "repeated dashes are merged" are load-bearing in the generated acceptance pack: a slug cut inside a word, not
 * cut at all, or with a dash for each character of a run fails the pack.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(120_000);

const SLUGS = intentOf({
  service_name: 'slug-length',
  purpose: 'URL slugs for the news site',
  key_features: [
    'POST /slugify with {"title": string} returns {"slug": string} in lower case',
    'the slug is at most 20 characters, cut at a word boundary and never ending in "-"',
    'repeated dashes are merged and there is never a dash at the start or end',
  ],
});

const project = new EditedProject();

beforeAll(async () => {
  const { contract, sha256 } = await specFor(client, SLUGS);
  await project.setUp('slug-length', await generateProject(client, contract, sha256));
}, 120_000);
afterAll(async () => {
  await project.tearDown();
});

it('the unmutated project passes its acceptance pack', async () => {
  const run = await project.acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, FileEdit[]]>([
  ['a cut inside a word', [['src/functions.ts', "options.cut === 'word' &&", "options.cut === 'never' &&"]]],
  [
    'no cut at all',
    [['src/functions.ts', 'slug.length > options.max_length', 'slug.length > options.max_length * 100']],
  ],
  [
    'a dash for each character of a run',
    [['src/functions.ts', ".replace(/[^a-z0-9]+/g, '-')", ".replace(/[^a-z0-9]/g, '-')"]],
  ],
])('%s fails the acceptance pack', async (_what, edits) => {
  const run = await project.acceptance(project.editAll(edits));
  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
