import { IBAN_CODE } from './checks-iban';
import { compileFunction, runCatalogFunction } from './testing/run-function';
import { familyIntent, judgedOffline } from '../testing/offline-spec';

/*
 * What an IBAN check says beyond valid or not, as intents add it: the name of a valid IBAN's country beside its
 * code (the emitted code asks Intl; the names below are the CLDR's, written out by hand), and the check read
 * where a feature only says "well-formed" or defines valid by mod 97 and the countries' lengths.
 */

const iban = (value: string, options: Record<string, string | number | boolean>) =>
  runCatalogFunction('iban.validate', { iban: value }, options);

describe('the country name of a valid IBAN (emitted iban.validate with options.country_name)', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', 'en', 'Germany'],
    ['DE89 3704 0044 0532 0130 00', 'de', 'Deutschland'],
    ['GB82 WEST 1234 5698 7654 32', 'fr', 'Royaume-Uni'],
    ['NL91 ABNA 0417 1643 00', 'es', 'Países Bajos'],
    ['AT61 1904 3002 3457 3201', 'pt', 'Áustria'],
  ])('names the country of %p in %p: %p', (value, language, name) => {
    const r = iban(value, { country_name: language });
    expect(r.ok && r.value.country_name).toBe(name);
  });

  it('answers null for an invalid IBAN, and no name when no feature asks for one', () => {
    const bad = iban('DE89 3704 0044 0532 0130 01', { country_name: 'en' });
    expect(bad.ok && [bad.value.valid, bad.value.country, bad.value.country_name]).toEqual([
      false,
      'DE',
      null,
    ]);
    const plain = iban('DE89 3704 0044 0532 0130 00', {});
    expect(plain.ok && 'country_name' in plain.value).toBe(false);
  });
});

const judged = (features: string[]) => judgedOffline(familyIntent('iban-svc', 'an IBAN checker', features));

describe('the IBAN check read with what a feature adds', () => {
  it('answers the country code and the country name when a follow-up asks both, shown by worked examples', () => {
    const { contract, fidelity } = judged([
      'check whether an IBAN is valid',
      'when it is valid, also say which country it belongs to: the country code and the country name',
    ]);
    expect(fidelity.map((f) => f.realised)).toEqual([true, true]);
    const e = contract.endpoints.find((x) => x.behavior.kind === 'function');
    if (e?.behavior.kind !== 'function') throw new Error('no check');
    expect(e.behavior.outputs).toMatchObject({ country: 'country', country_name: 'country_name' });
    const shown = contract.acceptance
      .filter((c) => c.endpoint_id === e.id && c.kind === 'happy')
      .map((c) => c.steps[c.steps.length - 1].expect.body_contains as Record<string, unknown>);
    expect(shown).toEqual(expect.arrayContaining([expect.objectContaining({ country_name: 'Germany' })]));
  });

  it('leaves a follow-up asking for the bank beside the country name unrealised', () => {
    const { fidelity } = judged([
      'check whether an IBAN is valid',
      'when it is valid, also say which bank it belongs to and the country name',
    ]);
    expect(fidelity[1].realised).toBe(false);
  });

  it('fails the worked examples when invalid IBANs are given a country name too (a mutant)', () => {
    const { contract } = judged([
      'check whether an IBAN is valid',
      'when it is valid, also say which country it belongs to: the country code and the country name',
    ]);
    const e = contract.endpoints.find((x) => x.behavior.kind === 'function');
    if (e?.behavior.kind !== 'function') throw new Error('no check');
    const options = e.behavior.options ?? {};
    const mutant = compileFunction(
      IBAN_CODE.source.replace('problem === null && country !== null ?', 'country !== null ?'),
      IBAN_CODE.exportName,
    );
    const examples = contract.acceptance.filter((c) => c.endpoint_id === e.id && c.kind === 'happy');
    const wrong = examples.filter((c) => {
      const step = c.steps[c.steps.length - 1];
      const got = mutant(step.request.body as Record<string, unknown>, options);
      const want = step.expect.body_contains as Record<string, unknown>;
      return (
        !got.ok || Object.entries(want).some(([k, v]) => JSON.stringify(got.value[k]) !== JSON.stringify(v))
      );
    });
    expect(wrong.length).toBeGreaterThan(0);
  });

  it.each([
    [['tell me if a pasted string is a well-formed UUID', 'if it is one, report which version it is too']],
    [
      [
        'POST /iban/check with {"iban": string} returns {"valid": boolean}',
        'valid means the mod-97 check digits are right AND the length fits the country (DE 22, GB 22, FR 27, NL 18)',
      ],
    ],
    [
      [
        'Eine IBAN prüfen (Leerzeichen sind erlaubt) und sagen, ob sie stimmt',
        'Bei einer gültigen IBAN zusätzlich ausgeben, aus welchem Land sie stammt',
      ],
    ],
  ])('realises %j', (features) => {
    expect(judged(features).fidelity.map((f) => f.realised)).toEqual([true, true]);
  });

  it('holds a country length the registry does not have to no check (NL is 18, not 20)', () => {
    const { fidelity } = judged([
      'POST /iban/check with {"iban": string} returns {"valid": boolean}',
      'valid means the mod-97 check digits are right and the length fits the country (DE 22, NL 20)',
    ]);
    expect(fidelity[1].realised).toBe(false);
  });
});
