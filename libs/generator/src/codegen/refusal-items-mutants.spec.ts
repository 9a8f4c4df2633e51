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
 * Proof that a range said of every number of a list ("every score must be between 0 and 100; an empty list, a
 * score out of range or a non-number returns 400", refusal-numeric-phrasings.spec.ts) is load-bearing in the
 * generated acceptance pack: it fails statistics that read only the first number against the range, that take
 * any number, and that answer a list holding a text; each time among the failures is a check quoting the feature.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FEATURE =
  'Every score must be between 0 and 100; an empty list, a score out of range or a non-number returns 400';
const SCORES = intentOf({
  service_name: 'scores-range',
  purpose: 'Teachers paste a column of marks',
  key_features: [
    'POST /scores/summary {"scores": [number, ...]} returns {"count", "mean", "median", "min", "max"}; mean and median rounded to 2 decimals',
    FEATURE,
  ],
});

const project = new EditedProject();
/** The acceptance checks quoting the refusal feature: its own worked refusals. */
let own: string[] = [];

beforeAll(async () => {
  const { contract, sha256 } = await specFor(client, SCORES);
  expect(contract.endpoints.filter((e) => e.features.includes(FEATURE)).map((e) => e.path)).toEqual([
    '/scores/summary',
  ]);
  own = contract.acceptance.filter((c) => c.description.includes(FEATURE)).map((c) => c.id);
  await project.setUp('refusal-items', await generateProject(client, contract, sha256));
}, 300_000);
afterAll(async () => {
  await project.tearDown();
});

const functions = () => project.files.find((f) => f.path === 'src/functions.ts')?.content ?? '';
const handlers = () => project.files.find((f) => f.path === 'src/handlers.ts')?.content ?? '';
const NUMBER_LIST = "requiredField(input, 'scores', isNumberArray, problems)";
const RANGE_CHECK =
  'const outside = numbers.findIndex((item) => item < low || item > high || item <= above || item >= below);';
const NUMBERS_ONLY =
  "if (numbers.length !== raw.length) return { ok: false, problems: ['every item of the list must be a finite number'] };";

it('emits the range with the statistics, where the mutants below change it', () => {
  expect(functions()).toContain(RANGE_CHECK);
  expect(functions()).toContain(NUMBERS_ONLY);
  expect(handlers()).toContain('{ decimals: 2, item_minimum: 0, item_maximum: 100 }');
  expect(handlers()).toContain(NUMBER_LIST);
});

it('passes its acceptance pack unmutated', async () => {
  const run = await project.acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, FileEdit[]]>([
  [
    'only the first number is held to the range',
    [
      [
        'src/functions.ts',
        RANGE_CHECK,
        'const outside = numbers.slice(0, 1).findIndex((item) => item < low || item > high || item <= above || item >= below);',
      ],
    ],
  ],
  ['no number is held to the range', [['src/functions.ts', RANGE_CHECK, 'const outside = -1;']]],
  [
    // Both the handler's check of the list and the statistics' own must let the text through.
    'a list holding a text is answered without it',
    [
      [
        'src/handlers.ts',
        NUMBER_LIST,
        "requiredField(input, 'scores', { ...isNumberArray, test: (v: unknown): v is number[] => Array.isArray(v) }, problems)",
      ],
      ['src/functions.ts', NUMBERS_ONLY, ''],
    ],
  ],
])('fails it when %s, among them a check of the refusal feature', async (_what, edits) => {
  const run = await project.acceptance(project.editAll(edits));
  expect(run.code).not.toBe(0);
  expect(own.length).toBeGreaterThan(0);
  expect(run.failed.some((t) => own.includes(t))).toBe(true);
});
