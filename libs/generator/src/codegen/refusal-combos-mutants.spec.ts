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
 * Proof that refusal-only features of several clauses are load-bearing in the generated acceptance pack, each
 * clause on its own: dice that take a 51st die or a die of 101 sides ("1 to 50 dice and 2 to 100 sides; anything
 * outside that is refused": the feature's bounds, not the family's 100 and 1000), and a bill split among zero
 * people ("zero people or a negative bill cannot be split") each fail it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const DICE = intentOf({
  service_name: 'dice-combos',
  purpose: 'Dice for board games',
  key_features: [
    'roll a number of dice with a given number of sides and return every roll plus the total',
    '1 to 50 dice and 2 to 100 sides; anything outside that is refused',
  ],
});

const SPLIT = intentOf({
  service_name: 'split-combos',
  purpose: 'Bill splitting',
  key_features: [
    'Split a restaurant bill with a tip percentage among several people and say what each one pays',
    'zero people or a negative bill cannot be split',
  ],
});

const projects = { dice: new EditedProject(), split: new EditedProject() };

beforeAll(async () => {
  for (const [name, intent] of [
    ['dice', DICE],
    ['split', SPLIT],
  ] as const) {
    const { contract, sha256 } = await specFor(client, intent);
    expect(contract.endpoints.filter((e) => e.features.includes(intent.key_features[1]))).toHaveLength(1);
    await projects[name].setUp(`refusal-combos-${name}`, await generateProject(client, contract, sha256));
  }
}, 300_000);
afterAll(async () => {
  await projects.dice.tearDown();
  await projects.split.tearDown();
});

const handlers = (p: EditedProject) => p.files.find((f) => f.path === 'src/handlers.ts')?.content ?? '';

it('puts each clause where the mutants below change it', () => {
  expect(handlers(projects.dice)).toContain('{"op":"<=","limit":50}');
  expect(handlers(projects.dice)).toContain('{"op":"<=","limit":100}');
  const tests = projects.split.files.find((f) => f.path === 'tests/acceptance.test.ts')?.content ?? '';
  expect(tests).toContain('people: 0');
});

it.each(['dice', 'split'] as const)('the unmutated %s project passes its acceptance pack', async (name) => {
  const run = await projects[name].acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, 'dice' | 'split', FileEdit[]]>([
  [
    'a 51st die taken (the bound one off)',
    'dice',
    [['src/handlers.ts', '{"op":"<=","limit":50}', '{"op":"<=","limit":51}']],
  ],
  [
    'the family bound of 1000 sides kept instead of the 100 the feature states',
    'dice',
    [['src/handlers.ts', '{"op":"<=","limit":100}', '{"op":"<=","limit":1000}']],
  ],
  [
    'zero people read as one (a finite share, not a refusal)',
    'split',
    [
      [
        'src/functions.ts',
        'const people = Number(input.people);',
        'const people = Number(input.people) || 1;',
      ],
    ],
  ],
])('fails it when %s', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
});
