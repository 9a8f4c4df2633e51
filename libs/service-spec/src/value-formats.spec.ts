import { fieldRuleConstraints } from './record-rules';
import { writtenFormatIn } from './value-formats';
import { readFeatureLiterals } from './fidelity/feature-literals';

/*
 * The formats a written type or note names, in the languages intents use, and what is not one: a type that says
 * more than the format (a rule this reader does not know) stays unread, so the gate still asks for it.
 */

describe('writtenFormatIn', () => {
  it.each([
    ['ISBN-13', 'isbn-13'],
    ['ISBN-13 without dashes', 'isbn-13'],
    ['isbn 10', 'isbn-10'],
    ['valid IBAN', 'iban'],
    ['gültige IBAN', 'iban'],
    ['IBAN válido', 'iban'],
    ['número de tarjeta válido, Luhn', 'card-number'],
    ['card number (Luhn)', 'card-number'],
    ['Kartennummer', 'card-number'],
    ['UUID', 'uuid'],
    ['"HH:MM"', 'time'],
    ['2-letter country code (ISO 3166-1)', 'country-code'],
    ['code pays', 'country-code'],
    ['hex colour (#RRGGBB)', 'hex-colour'],
    ['un e-mail valide', 'email'],
    ['a valid e-mail', 'email'],
    ['E-Mail-Adresse', 'email'],
    ['indirizzo email', 'email'],
    ['URL', 'url'],
  ])('%s names %s', (written, format) => {
    expect(writtenFormatIn(written)).toBe(format);
  });

  it.each([
    'string',
    'EU VAT number (checked)',
    'numéro SIRET valide',
    'ISBN-14',
    'IBAN or account number',
    'time',
    'integer >= 0',
    'date',
  ])('%s names no format', (written) => {
    expect(writtenFormatIn(written)).toBeNull();
  });

  it('makes the written rule a format of the field', () => {
    expect(fieldRuleConstraints('ISBN-13 without dashes')).toEqual({ format: 'isbn-13' });
    expect(fieldRuleConstraints('valid IBAN')).toEqual({ format: 'iban' });
    expect(fieldRuleConstraints('EU VAT number (checked)')).toBeNull();
  });

  it('reads the format from a literal shape, a note kept as the rule', () => {
    const read = readFeatureLiterals(
      'POST /payees with {"name": string, "iban": string (valid IBAN), "at": "HH:MM", "isbn": ISBN-13} returns 201',
    ).request;
    expect(read.map((f) => [f.name, f.type, f.rule])).toEqual([
      ['name', 'string', undefined],
      ['iban', 'string', 'string (valid IBAN)'],
      ['at', 'string', 'HH:MM'],
      ['isbn', 'string', 'ISBN-13'],
    ]);
  });
});
