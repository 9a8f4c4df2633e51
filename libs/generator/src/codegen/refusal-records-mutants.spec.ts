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
 * Proof that refusal features of record stores bound this session (refusal-records-phrasings.spec.ts) are
 * load-bearing in the generated acceptance pack: "the year can't be in the future and the title is required" fails
 * a bookshelf that takes a book without a title or one from next year; "points must be a whole number, zero or
 * more; anything else is answered with 400" fails a score store that takes -3 or 2.5 points. Each time, among the
 * failures is a check quoting the refusal feature.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const BOOKS = intentOf({
  service_name: 'books-joined-rules',
  purpose: 'Office bookshelf',
  key_features: [
    'add a book with title, author and publication year; list the books',
    "the year can't be in the future and the title is required",
  ],
});

const POINTS = intentOf({
  service_name: 'points-at-least-zero',
  purpose: 'Arcade night',
  key_features: [
    'POST /scores with body {"player": string, "points": integer} stores a score and returns it with 201; GET /scores lists them',
    'points must be a whole number, zero or more; anything else is answered with 400',
  ],
});

const projects = { books: new EditedProject(), points: new EditedProject() };
/** The acceptance checks quoting the refusal feature, per project: its own worked refusals. */
const own: Record<keyof typeof projects, string[]> = { books: [], points: [] };

beforeAll(async () => {
  for (const [name, intent] of [
    ['books', BOOKS],
    ['points', POINTS],
  ] as const) {
    const { contract, sha256 } = await specFor(client, intent);
    const feature = intent.key_features[1];
    own[name] = contract.acceptance.filter((c) => c.description.includes(feature)).map((c) => c.id);
    await projects[name].setUp(`refusal-records-${name}`, await generateProject(client, contract, sha256));
  }
}, 300_000);
afterAll(async () => {
  await projects.books.tearDown();
  await projects.points.tearDown();
});

const file = (p: EditedProject, path: string) => p.files.find((f) => f.path === path)?.content ?? '';

const TITLE = `requiredField(input, 'title', isNonEmptyString, problems)`;
const YEAR = `requiredField(input, 'publication_year', notFuture(isInteger), problems)`;
const POINTS_CHECK = `requiredField(input, 'points', bounded(isInteger, [{"op":">=","limit":0}]), problems)`;

it('puts each rule where the mutants below change it', () => {
  const books = file(projects.books, 'src/handlers.ts');
  expect(books).toContain(TITLE);
  expect(books).toContain(YEAR);
  expect(file(projects.points, 'src/handlers.ts')).toContain(POINTS_CHECK);
});

it.each(['books', 'points'] as const)('the unmutated %s project passes its acceptance pack', async (name) => {
  const run = await projects[name].acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, keyof typeof projects, FileEdit[]]>([
  [
    'a book without a title stored',
    'books',
    [['src/handlers.ts', TITLE, `optionalField(input, 'title', isNonEmptyString, problems)`]],
  ],
  [
    'a book from next year stored',
    'books',
    [['src/handlers.ts', YEAR, `requiredField(input, 'publication_year', isInteger, problems)`]],
  ],
  [
    'a negative score stored',
    'points',
    [['src/handlers.ts', POINTS_CHECK, `requiredField(input, 'points', isInteger, problems)`]],
  ],
  [
    'a score of 2.5 stored',
    'points',
    [
      [
        'src/handlers.ts',
        POINTS_CHECK,
        `requiredField(input, 'points', bounded(isNumber, [{"op":">=","limit":0}]), problems)`,
      ],
    ],
  ],
])('fails it when %s, among them a check of the refusal feature', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
  expect(own[name].length).toBeGreaterThan(0);
  expect(run.failed.some((t) => own[name].includes(t))).toBe(true);
});
