import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Web addresses: the emitted code against WHATWG URL parsing's answers, and the recogniser. */

const check = (url: unknown, refuse = false) =>
  runCatalogFunction('url.validate', { url }, { refuse_invalid: refuse });

describe('url.validate (the emitted code)', () => {
  it.each([
    ['https://example.com', 'https', 'example.com'],
    ['http://127.0.0.1:3000/a?b=c#d', 'http', '127.0.0.1'],
    ['https://user:pw@Example.COM/', 'https', 'example.com'],
    ['  https://example.com/x  ', 'https', 'example.com'],
  ])('%p is valid: %s, %s', (url, scheme, host) => {
    expect(check(url)).toEqual({ ok: true, value: { valid: true, scheme, host } });
  });

  it.each([
    'mailto:a@example.com',
    'file:///etc/passwd',
    'http:/example.com',
    'https://',
    '//example.com',
    'not a url',
    '',
  ])('%p is not valid, or refused when the feature says so', (url) => {
    expect(check(url)).toEqual({ ok: true, value: { valid: false, scheme: null, host: null } });
    expect(check(url, true).ok).toBe(false);
  });

  it('answers or refuses anything, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.integer()), fc.boolean(), (url, refuse) => {
        const result = check(url, refuse);
        if (result.ok) expect(typeof result.value.valid).toBe('boolean');
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the url recogniser', () => {
  const found = (text: string) => {
    const r = recogniseFeature(text);
    return r && 'design' in r ? r.design : null;
  };

  it.each([
    ['Check that a web address is a valid http or https URL', false],
    ['Validate URLs submitted by users and reject invalid ones', true],
    ['Prüfen, ob eine URL gültig ist', false],
    ["Vérifier qu'une adresse web est valide", false],
  ])('designs a check for %p', (text, refuse) => {
    expect(found(text)).toMatchObject({ function: 'url.validate', options: { refuse_invalid: refuse } });
  });

  it('takes a bare refusal of invalid URLs as a constraint that makes the check refuse', () => {
    const r = recogniseFeature('Reject invalid URLs with a clear error');
    expect(r && 'constraint' in r && r.constraint.refine).toBeTruthy();
  });

  it('leaves slugs, shorteners and stored links alone', () => {
    expect(found('Turn a title into a URL slug')?.function).not.toBe('url.validate');
    expect(found('Shorten a URL and check how many hits it got')?.function).not.toBe('url.validate');
    expect(found('Save bookmarks with a title and a URL')).toBeNull();
  });
});
