import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from '../codegen/testing/generated-release';

/*
 * Proof that the tests generated for GS1 codes and card brands test them: each service generated from an
 * ordinary intent passes its acceptance pack, and a mutant of its computation fails it — a check digit off by
 * one, the weights 3-1 swapped (1-3), a Luhn check passed off as the GS1 one, a malformed code answered instead
 * of refused, a brand range shifted by one at either end, a brand's length forgotten.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(60_000);

const FAMILIES: Record<string, { features: string[]; slips: [string, string][] }> = {
  gtin: {
    features: [
      'check whether an EAN-13 barcode number is valid (the last digit is the check digit)',
      'for 12 digits, work out the check digit and give back the full 13-digit code',
      "anything that isn't 12 or 13 digits gets a 400",
    ],
    slips: [
      ['return (10 - (sum % 10)) % 10;', 'return (11 - (sum % 10)) % 10;'],
      ['sum += i % 2 === 0 ? 3 * digit : digit;', 'sum += i % 2 === 1 ? 3 * digit : digit;'],
      ['const checkDigit = (10 - (sum % 10)) % 10;', 'const checkDigit = (9 - (sum % 10)) % 10;'],
      ["else if (!lengths.includes(code.length)) reason = 'length';", 'else if (false) reason = null;'],
      ['(malformed && options.refuseMalformed === true)', '(malformed && options.refuseMalformed === false)'],
    ],
  },
  'card-brand': {
    features: [
      'validate a card number with the Luhn check and tell its brand (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro)',
    ],
    slips: [
      ['[2221, 2720]', '[2221, 2721]'],
      ['[2221, 2720]', '[2222, 2720]'],
      ['[51, 55]', '[51, 56]'],
      ['[34, 34], [37, 37]', '[34, 34], [37, 38]'],
      ['lengths: [13, 16, 19]', 'lengths: [16]'],
      ['[3528, 3589]', '[3529, 3589]'],
    ],
  },
};

const projects = new Map(Object.keys(FAMILIES).map((name) => [name, new EditedProject()]));

beforeAll(async () => {
  for (const [name, family] of Object.entries(FAMILIES)) {
    const intent = intentOf({ service_name: `${name}-mutants`, key_features: family.features });
    const { contract, sha256 } = await specFor(client, intent);
    await projects.get(name)?.setUp(`${name}-mutants`, await generateProject(client, contract, sha256));
  }
}, 120_000);

afterAll(async () => {
  for (const project of projects.values()) await project.tearDown();
});

describe.each(Object.entries(FAMILIES))('the %s checks', (name, family) => {
  const project = () => projects.get(name) as EditedProject;

  it('pass their acceptance pack as generated', async () => {
    expect((await project().acceptance()).code).toBe(0);
  });

  it.each(family.slips)('fail it on a slip: %s → %s', async (from, to) => {
    const mutant = project().edit('src/functions.ts', (c) => c.replace(from, to));
    expect((await project().acceptance(mutant)).code).not.toBe(0);
  });
});
