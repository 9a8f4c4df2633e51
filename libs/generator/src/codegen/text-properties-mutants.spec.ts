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
 * Proof that the refusals and stated properties of a text computation, each a feature of its own, are load-bearing
 * in the generated acceptance pack (text-refusal-phrasings.spec.ts): beside a slug maker, "never a hyphen at the
 * start or end", "no repeated hyphens", "accents are dropped (é → e)", "blank title = 400" and "a title with no
 * letters or digits at all gets an error" become worked examples of their own; a slug that keeps a hyphen at an
 * end, doubles one for a run of punctuation, does not fold accents, or answers a blank or letterless title fails
 * the feature's own checks.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(120_000);

const EDGES = 'never a hyphen at the start or end';
const RUNS = 'no repeated hyphens';
const ACCENTS = 'accents are dropped (é → e)';
const BLANK = 'blank title = 400';
const LETTERLESS = 'a title with no letters or digits at all gets an error';

const SLUGS = intentOf({
  service_name: 'slug-rules',
  purpose: 'URL slugs for the blog',
  key_features: ['Turn a blog post title into a URL slug', EDGES, RUNS, ACCENTS, BLANK, LETTERLESS],
});

/** The slug's refusal of a text that leaves nothing, turned into an answer. */
const EMPTY_SLUG_ANSWERED: FileEdit = [
  'src/functions.ts',
  "if (slug === '') return { ok: false, problems: ['text has no letter or digit to make a slug of'] };",
  "if (slug === '') return { ok: true, value: { slug } };",
];

const project = new EditedProject();
/** The acceptance checks of each feature: those whose description quotes it. */
const checksOf = new Map<string, string[]>();

beforeAll(async () => {
  const { contract, sha256 } = await specFor(client, SLUGS);
  for (const feature of [EDGES, RUNS, ACCENTS, BLANK, LETTERLESS]) {
    const quoted = `"${feature}"`;
    checksOf.set(
      feature,
      contract.acceptance.filter((c) => c.description.includes(quoted)).map((c) => c.id),
    );
  }
  await project.setUp('text-properties', await generateProject(client, contract, sha256));
}, 120_000);
afterAll(async () => {
  await project.tearDown();
});

it('gives every property and refusal worked examples of its own', () => {
  for (const [feature, ids] of checksOf)
    expect({ feature, some: ids.length > 0 }).toEqual({ feature, some: true });
});

it('the unmutated project passes its acceptance pack', async () => {
  const run = await project.acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, string, FileEdit[]]>([
  ['a hyphen kept at an end', EDGES, [['src/functions.ts', ".replace(/^-|-$/g, '')", ".replace(/^$/g, '')"]]],
  [
    'a hyphen for each character of a run',
    RUNS,
    [['src/functions.ts', ".replace(/[^a-z0-9]+/g, '-')", ".replace(/[^a-z0-9]/g, '-')"]],
  ],
  ['accents not folded', ACCENTS, [['src/functions.ts', ".normalize('NFKD')", ".normalize('NFC')"]]],
  ['a blank title answered with an empty slug', BLANK, [EMPTY_SLUG_ANSWERED]],
  ['a letterless title answered with an empty slug', LETTERLESS, [EMPTY_SLUG_ANSWERED]],
])('%s fails the checks of its feature', async (_what, feature, edits) => {
  const run = await project.acceptance(project.editAll(edits));
  expect(run.code).not.toBe(0);
  const own = checksOf.get(feature) ?? [];
  expect(run.failed.filter((t) => own.includes(t)).length).toBeGreaterThan(0);
});
