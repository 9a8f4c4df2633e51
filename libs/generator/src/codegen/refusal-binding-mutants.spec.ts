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
 * Proof that a refusal bound to the store whose input it speaks of is load-bearing in the generated acceptance
 * pack: beside a bookmark store that keeps no redirect, "reject anything that is not an http or https URL" makes
 * its url field a URL (refusal-binding-phrasings.spec.ts); a service whose url check takes any text, or an ftp
 * URL, fails it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(120_000);

const BOOKMARKS = intentOf({
  service_name: 'bookmarks-scheme',
  purpose: 'Reading list',
  key_features: ['Save bookmarks with a title and a url', 'reject anything that is not an http or https URL'],
});

const project = new EditedProject();
/** The acceptance checks sending an ftp URL: the feature's worked refusal. */
let ftpChecks: string[] = [];

beforeAll(async () => {
  const { contract, sha256 } = await specFor(client, BOOKMARKS);
  ftpChecks = contract.acceptance.filter((c) => JSON.stringify(c.steps).includes('ftp://')).map((c) => c.id);
  await project.setUp('refusal-binding', await generateProject(client, contract, sha256));
}, 120_000);
afterAll(async () => {
  await project.tearDown();
});

it('checks the url field as a web URL, the check the mutants below change', () => {
  const handlers = project.files.find((f) => f.path === 'src/handlers.ts')?.content ?? '';
  expect(handlers).toContain(`requiredField(input, 'url', isWebUrl, problems)`);
});

it('the unmutated project passes its acceptance pack', async () => {
  const run = await project.acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, FileEdit[]]>([
  [
    'any text taken as a url',
    [
      [
        'src/handlers.ts',
        `requiredField(input, 'url', isWebUrl, problems)`,
        `requiredField(input, 'url', isString, problems)`,
      ],
    ],
  ],
  [
    'an ftp URL taken',
    [
      ['src/validation.ts', "(url.protocol === 'http:' || url.protocol === 'https:')", "url.protocol !== ''"],
      ['src/validation.ts', '!/^https?:\\/\\//i.test(value)', 'false'],
    ],
  ],
])('%s fails the acceptance pack', async (_what, edits) => {
  const run = await project.acceptance(project.editAll(edits));
  expect(run.code).not.toBe(0);
  // Among the checks that fail is the feature's own: the create sending an ftp URL.
  expect(ftpChecks.length).toBeGreaterThan(0);
  expect(run.failed.some((t) => ftpChecks.includes(t))).toBe(true);
});
