import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { EditedProject, generateProject, intentOf, specFor } from '../codegen/testing/generated-release';
import { seeded } from '../codegen/testing/seeded';
import { recogniseFeature } from './catalog';
import { IBAN_FACTS, IBAN_REFERENCE } from './checks-iban';
import { maskedKeep } from './checks-iban-mask';
import { runCatalogFunction } from './testing/run-function';

/*
 * The masked IBAN beside the check. Read only when a feature says how many last characters stay visible and masks
 * with "*"; the emitted code, on seeded variants of the registry's IBANs (spaces moved, lower case, a character
 * changed, cut short, odd values), masks exactly the valid ones (the reference check) and never throws; and a
 * mutant of the mask (one character more or less shown, invalid IBANs masked too) fails the generated tests.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(60_000);

const FEATURE =
  'validate an IBAN and, when valid, also return it masked: every character but the last four replaced by *';

describe('reading a masked IBAN', () => {
  it.each([
    ['also return it masked, all but the last 4 characters hidden', 4],
    ['die IBAN maskiert zurückgeben, nur die letzten vier zeichen sichtbar', 4],
    ['devolverlo enmascarado: solo los 2 ultimos caracteres visibles', 2],
    ['renvoyer l iban masque, seuls les 4 derniers caracteres restent visibles', 4],
  ])('keeps the count %p says', (text, keep) => {
    expect(maskedKeep(text)).toBe(keep);
  });

  it.each([
    'also return it masked',
    'return it masked with "#" except the last 4 characters',
    'show the last 4 characters of the IBAN',
  ])('reads no mask in %p', (text) => {
    expect(maskedKeep(text)).toBeNull();
  });

  it('designs the check with the mask', () => {
    const found = recogniseFeature(FEATURE);
    expect(found && 'design' in found ? found.design.options?.mask_keep : null).toBe(4);
  });
});

describe('iban.validate masking (the emitted code, seeded)', () => {
  const random = seeded(20261207);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const variant = (): unknown => {
    const base = pick(IBAN_FACTS).value;
    return pick([
      () => base,
      () => base.toLowerCase(),
      () => base.replace(/ /g, ''),
      () => base.slice(0, -1),
      () => base.replace(/\d(?=\d*$)/, (d) => String((Number(d) + 1) % 10)),
      () => pick(['', ' ', 'GB', '🙂', 'x'.repeat(50), 'GB82-WEST-1234-5698-7654-32']),
    ])();
  };

  it('masks exactly the valid IBANs, all but the last 4 characters, and never throws', () => {
    const wrong: string[] = [];
    for (let round = 0; round < 2000; round += 1) {
      const sent = variant();
      const got = runCatalogFunction('iban.validate', { iban: sent }, { mask_keep: 4 });
      const want = IBAN_REFERENCE.compute({ iban: sent });
      const compact = String(sent).replace(/ /g, '').toUpperCase();
      const valid = want.ok && want.results.valid === true;
      const masked = valid ? '*'.repeat(compact.length - 4) + compact.slice(-4) : null;
      const right = got.ok ? got.value.masked === masked && got.value.valid === valid : !want.ok;
      if (!right) wrong.push(`${JSON.stringify(sent)} → ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the masked IBAN, generated', () => {
  const project = new EditedProject();

  beforeAll(async () => {
    const intent = intentOf({ service_name: 'iban-mask-mutants', key_features: [FEATURE] });
    const { contract, sha256 } = await specFor(client, intent);
    await project.setUp('iban-mask-mutants', await generateProject(client, contract, sha256));
  }, 120_000);

  afterAll(() => project.tearDown());

  it('passes its acceptance pack as generated', async () => {
    expect((await project.acceptance()).code).toBe(0);
  });

  it.each([
    ['iban.slice(-keep)', 'iban.slice(-keep - 1)'],
    ["'*'.repeat(Math.max(0, iban.length - keep))", "'*'.repeat(Math.max(0, iban.length - keep - 1))"],
    ['value.masked = problem === null ?', 'value.masked = true ?'],
  ])('fails it on a slip: %s → %s', async (from, to) => {
    const mutant = project.edit('src/functions.ts', (c) => {
      expect(c).toContain(from);
      return c.replace(from, to);
    });
    expect((await project.acceptance(mutant)).code).not.toBe(0);
  });
});
