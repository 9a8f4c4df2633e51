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
 * Proof that refusal-only features that bound to nothing before (refusal-unbound-phrasings.spec.ts) are
 * load-bearing in the generated acceptance pack once bound: beside a rate table, "a currency code that is not in
 * the rate table, or an amount below zero, is refused" fails a converter that answers an unknown currency as the
 * table's first one or takes a negative amount; beside a BMI, "a height or a weight that is missing, zero or below
 * zero is a client error" (zero said once for both) fails one that reads a height of 0 as one metre.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });

jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const RATES = intentOf({
  service_name: 'rates-unbound',
  purpose: 'Till of a souvenir shop',
  key_features: [
    'Convert amounts between EUR, USD and GBP with fixed rates: 1 EUR = 1.10 USD, 1 EUR = 0.85 GBP',
    'a currency code that is not in the rate table, or an amount below zero, is refused',
  ],
});

const BMI = intentOf({
  service_name: 'bmi-unbound',
  purpose: 'Intake form of a practice',
  key_features: [
    'Compute the body mass index from weight in kilograms and height in metres',
    'a height or a weight that is missing, zero or below zero is a client error',
  ],
});

const projects = { rates: new EditedProject(), bmi: new EditedProject() };
/** The acceptance checks quoting the refusal feature, per project: its own worked refusals. */
const own: Record<keyof typeof projects, string[]> = { rates: [], bmi: [] };

beforeAll(async () => {
  for (const [name, intent] of [
    ['rates', RATES],
    ['bmi', BMI],
  ] as const) {
    const { contract, sha256 } = await specFor(client, intent);
    const feature = intent.key_features[1];
    expect(contract.endpoints.filter((e) => e.features.includes(feature))).toHaveLength(1);
    own[name] = contract.acceptance.filter((c) => c.description.includes(feature)).map((c) => c.id);
    await projects[name].setUp(`refusal-unbound-${name}`, await generateProject(client, contract, sha256));
  }
}, 300_000);
afterAll(async () => {
  await projects.rates.tearDown();
  await projects.bmi.tearDown();
});

const file = (p: EditedProject, path: string) => p.files.find((f) => f.path === path)?.content ?? '';

it('puts each clause where the mutants below change it', () => {
  const rates = file(projects.rates, 'src/handlers.ts');
  expect(rates).toContain(
    `requiredField(input, 'from', oneOf(isNonEmptyString, ["EUR","USD","GBP"]), problems)`,
  );
  expect(rates).toContain(
    `requiredField(input, 'amount', bounded(isNumber, [{"op":">=","limit":0}]), problems)`,
  );
  expect(file(projects.bmi, 'src/handlers.ts')).toContain(
    `requiredField(input, 'height_m', bounded(isNumber, [{"op":">","limit":0}]), problems)`,
  );
  const tests = file(projects.bmi, 'tests/acceptance.test.ts');
  expect(tests).toContain('height_m: 0');
});

it.each(['rates', 'bmi'] as const)('the unmutated %s project passes its acceptance pack', async (name) => {
  const run = await projects[name].acceptance();
  expect({ code: run.code, failed: run.failed }).toEqual({ code: 0, failed: [] });
});

it.each<[string, keyof typeof projects, FileEdit[]]>([
  [
    'an unknown currency answered as the first of the table',
    'rates',
    [
      [
        'src/handlers.ts',
        `requiredField(input, 'from', oneOf(isNonEmptyString, ["EUR","USD","GBP"]), problems)`,
        `requiredField(input, 'from', isNonEmptyString, problems)`,
      ],
      [
        'src/functions.ts',
        `const from = typeof input.from === 'string' ? input.from : '';`,
        `const from = typeof input.from === 'string' && ['EUR', 'USD', 'GBP'].includes(input.from) ? input.from : 'EUR';`,
      ],
    ],
  ],
  [
    'a negative amount converted',
    'rates',
    [
      [
        'src/handlers.ts',
        `requiredField(input, 'amount', bounded(isNumber, [{"op":">=","limit":0}]), problems)`,
        `requiredField(input, 'amount', isNumber, problems)`,
      ],
      ['src/functions.ts', 'if (amount < 0) return', 'if (amount < -1e12) return'],
    ],
  ],
  [
    'a height of 0 read as one metre',
    'bmi',
    [
      [
        'src/handlers.ts',
        `requiredField(input, 'height_m', bounded(isNumber, [{"op":">","limit":0}]), problems)`,
        `requiredField(input, 'height_m', bounded(isNumber, [{"op":">=","limit":0}]), problems)`,
      ],
      [
        'src/functions.ts',
        'const height = Number(input.height);',
        'const height = Number(input.height) || 1;',
      ],
    ],
  ],
])('fails it when %s, among them a check of the refusal feature', async (_what, name, edits) => {
  const run = await projects[name].acceptance(projects[name].editAll(edits));
  expect(run.code).not.toBe(0);
  expect(own[name].length).toBeGreaterThan(0);
  expect(run.failed.some((t) => own[name].includes(t))).toBe(true);
});
