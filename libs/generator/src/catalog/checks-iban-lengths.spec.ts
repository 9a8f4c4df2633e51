import { recogniseFeature } from './catalog';

/*
 * IBAN lengths written in a check's own feature and the country code asked alone (checks-iban-lengths.ts): the
 * registry's lengths are stated in the check's summary, a length that is not the registry's is not claimed as
 * stated, and the country code alone is a rule of the IBAN check, never a check or records of its own.
 */

const designOf = (text: string) => {
  const found = recogniseFeature(text);
  return found && 'design' in found ? found.design : null;
};

describe('IBAN lengths written beside the check', () => {
  it.each([
    [
      'vérifier un IBAN : clé modulo 97 et longueur selon le pays (FR 27, DE 22, ES 24)',
      'FR 27, DE 22, ES 24',
    ],
    ['eine IBAN prüfen: Prüfsumme mod 97 und die Länge des jeweiligen Landes (DE 22, AT 20)', 'DE 22, AT 20'],
  ])('states the registry lengths of %j', (text, listed) => {
    expect(designOf(text)?.summary).toContain(`the registry's: ${listed} characters`);
  });

  it('does not state a length the registry does not have (FR 26)', () => {
    expect(designOf('validate an IBAN with the length of its country (FR 26)')?.summary ?? '').not.toContain(
      'FR 26',
    );
  });
});

describe('the country code asked alone', () => {
  it.each(['devolver el código del país', 'also return the country code', 'den Ländercode zurückgeben'])(
    'is a rule of the IBAN check: %j',
    (text) => {
      const found = recogniseFeature(text);
      expect(found && 'constraint' in found ? found.constraint.function : null).toBe('iban.validate');
    },
  );

  it.each(['list the countries we ship to', 'return the country code of a phone number'])(
    'leaves alone %j',
    (text) => {
      const found = recogniseFeature(text);
      expect(found && 'constraint' in found ? found.constraint.function : null).not.toBe('iban.validate');
    },
  );
});
