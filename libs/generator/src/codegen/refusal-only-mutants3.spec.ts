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
 * Proof that the refusal-only features of round 3 are load-bearing in the generated acceptance pack: a guest
 * store that takes a 17-year-old again ("guests younger than 18 are refused"), an item store that takes an SKU
 * already given ("Ein bereits vergebenes SKU ergibt 409"), a bill split among 2.5 people ("the number of people
 * must be a whole number, otherwise 400"), a receiver that takes an unsigned delivery ("a wrong or missing
 * signature returns 401") each fail it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(120_000);

const DESK = intentOf({
  service_name: 'desk-r3',
  purpose: 'Front desk helpers',
  key_features: [
    'Register guests with a name, an email and an age',
    'guests younger than 18 are refused',
    'Store items with an SKU, a name and a stock count; list them',
    'Ein bereits vergebenes SKU ergibt 409',
    'Receive webhooks signed with an HMAC-SHA256 of the raw body in the X-Signature header, secret "whsec_r3"',
    'a wrong or missing signature returns 401',
  ],
});

// On its own: beside the guests' age and the items' stock count, "the number of people" could name a whole
// number of three, and the designer leaves such a feature unrealised.
const SPLIT = intentOf({
  service_name: 'split-r3',
  purpose: 'Bill splitting',
  key_features: [
    'Split a restaurant bill with a tip percentage among several people and say what each one pays',
    'the number of people must be a whole number, otherwise 400',
  ],
});

const projects = { desk: new EditedProject(), split: new EditedProject() };

beforeAll(async () => {
  for (const [name, intent] of [
    ['desk', DESK],
    ['split', SPLIT],
  ] as const) {
    const { contract, sha256 } = await specFor(client, intent);
    await projects[name].setUp(`refusal-only-3-${name}`, await generateProject(client, contract, sha256));
  }
}, 120_000);
afterAll(async () => {
  await projects.desk.tearDown();
  await projects.split.tearDown();
});

it('every refusal is claimed where the mutants below change it', () => {
  const handlers = (p: EditedProject) => p.files.find((f) => f.path === 'src/handlers.ts')?.content ?? '';
  expect(handlers(projects.desk)).toContain(`'age', bounded(isInteger, [{"op":">=","limit":18}])`);
  expect(handlers(projects.desk)).toContain('other.sku === sku');
  expect(handlers(projects.split)).toContain(`requiredField(input, 'people', isInteger, problems)`);
  const tests = projects.split.files.find((f) => f.path === 'tests/acceptance.test.ts')?.content ?? '';
  expect(tests).toContain('people: 2.5 }');
});

it.each(['desk', 'split'] as const)('the unmutated %s project passes its acceptance pack', async (name) => {
  const run = await projects[name].acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, 'desk' | 'split', FileEdit[]]>([
  [
    'a 17-year-old guest taken',
    'desk',
    [['src/handlers.ts', '{"op":">=","limit":18}', '{"op":">=","limit":17}']],
  ],
  ['an SKU already given taken again', 'desk', [['src/handlers.ts', 'other.sku === sku', 'false']]],
  [
    'a bill split among 2.5 people',
    'split',
    [
      [
        'src/handlers.ts',
        `requiredField(input, 'people', isInteger, problems)`,
        `requiredField(input, 'people', isNumber, problems)`,
      ],
      ['src/functions.ts', '!Number.isInteger(people) || people < 1', 'people < 1'],
    ],
  ],
  [
    'an unsigned delivery received',
    'desk',
    [
      [
        'src/handlers.ts',
        'if (given.length !== expected.length || !timingSafeEqual(given, expected)) {',
        'if (given.length > 0 && (given.length !== expected.length || !timingSafeEqual(given, expected))) {',
      ],
    ],
  ],
])('%s fails the acceptance pack', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
  expect(run.failed.length).toBeGreaterThan(0);
});
