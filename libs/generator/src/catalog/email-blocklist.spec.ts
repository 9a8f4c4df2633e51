import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { readBlocklist } from './checks-formats';
import { runCatalogFunction } from './testing/run-function';

/*
 * An email check that also says whether a valid address's domain is on a blocklist the feature writes ("also say
 * whether its domain is on our disposable blocklist: a.com and b.dev"): the list read from the feature's words,
 * the emitted code against answers worked out by hand, the design's worked examples against the emitted code,
 * and a blocklist spoken of but not written (or a check that refuses) left to no design.
 */

const check = (email: unknown, options: Record<string, string | number | boolean>) =>
  runCatalogFunction('email.validate', { email }, options);

function designOf(text: string) {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not a design: ${text}`);
  return found.design;
}

describe('the blocklist a feature writes', () => {
  it.each([
    ['also say whether its domain is on our disposable blocklist: a.com and b.dev', ['a.com', 'b.dev']],
    [
      'ob die Domain auf unserer Sperrliste für Wegwerfadressen steht: Wegwerf.de und temp-mail.org',
      ['wegwerf.de', 'temp-mail.org'],
    ],
    [
      'si el dominio es desechable según nuestra lista: yopmail.com, tempmail.es',
      ['yopmail.com', 'tempmail.es'],
    ],
    [
      'flag throwaway domains (guerrillamail.com, mail.sharklasers.com)',
      ['guerrillamail.com', 'mail.sharklasers.com'],
    ],
    ['check an address like ann@example.com', []],
  ])('reads %p as %p', (text, list) => {
    expect(readBlocklist(text)).toEqual(list);
  });

  it('reads a blocklist spoken of without its domains as one the service cannot know', () => {
    expect(readBlocklist('also say whether its domain is a disposable one')).toBeNull();
    // An address written as an example is not a listed domain.
    expect(readBlocklist('flag disposable domains, e.g. ann@example.com is fine')).toBeNull();
  });
});

describe('email.validate with a blocklist (the emitted code)', () => {
  const options = { refuseInvalid: false, blocklist: 'a.com b.dev' };

  it.each([
    ['ann@a.com', { valid: true, domain: 'a.com', disposable: true }],
    ['ann@B.DEV', { valid: true, domain: 'B.DEV', disposable: true }],
    ['ann@x.a.com', { valid: true, disposable: false }],
    ['ann@example.com', { valid: true, disposable: false }],
    ['ann.example.com', { valid: false, disposable: null }],
  ])('answers %p with %p', (email, want) => {
    expect(check(email, options)).toMatchObject({ ok: true, value: want });
  });

  it('answers no disposable field without a blocklist', () => {
    expect(check('ann@a.com', { refuseInvalid: false })).toEqual({
      ok: true,
      value: { valid: true, local: 'ann', domain: 'a.com' },
    });
  });

  // The service's validation hands the function a string only (the field is a string; anything else is a 400
  // before it runs): an object whose String() throws (`{"toString": null}`) never reaches it.
  it('never throws and refuses only an empty address, whatever text it is sent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.emailAddress(), fc.string({ unit: 'binary' })), (email) => {
        const result = check(email, options);
        expect(result.ok).toBe(email.trim().length > 0);
        if (result.ok) expect([true, false, null]).toContain(result.value.disposable);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the check designed with a blocklist', () => {
  it('answers every worked example by the emitted code, each listed domain shown on the list', () => {
    const d = designOf(
      'check whether an email address is valid; also say whether its domain is on our disposable blocklist: mailinator.com and trashmail.dev',
    );
    expect(d.options?.blocklist).toBe('mailinator.com trashmail.dev');
    expect(d.examples.filter((x) => x.output.disposable === true)).toHaveLength(2);
    expect(d.examples.some((x) => x.output.disposable === false)).toBe(true);
    for (const x of d.examples) {
      const result = check(x.input.email, d.options ?? {});
      expect(result).toMatchObject({ ok: true, value: x.output });
    }
  });

  it.each([
    'check whether an email address is valid and say whether its domain is a disposable one',
    'reject invalid email addresses with 400 and flag those on our blocklist: a.com, b.dev',
  ])('designs nothing for %p', (text) => {
    expect(recogniseFeature(text)).toBeNull();
  });
});
