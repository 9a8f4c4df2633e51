import { readFieldRule } from './field-rule-reading';

describe('readFieldRule', () => {
  it.each([
    ['names must be 3–40 characters', { kind: 'length', subject: ['name'], min: 3, max: 40 }],
    ['titles at most 60 characters', { kind: 'length', subject: ['title'], max: 60 }],
    ['a nickname needs at least 4 characters', { kind: 'length', subject: ['nickname'], min: 4 }],
    ['the code is exactly 6 characters long', { kind: 'length', subject: ['code'], min: 6, max: 6 }],
    [
      'Namen müssen zwischen 3 und 40 Zeichen lang sein',
      { kind: 'length', subject: ['namen'], min: 3, max: 40 },
    ],
    [
      'el nombre debe tener entre 2 y 30 caracteres',
      { kind: 'length', subject: ['nombre'], min: 2, max: 30 },
    ],
    // The length after a comma is the last clause's: the clause before it is another rule.
    [
      'name is required, the message must be between 1 and 280 characters, otherwise reject it',
      { kind: 'length', subject: ['message'], min: 1, max: 280 },
    ],
    ['email is required', { kind: 'required', subject: ['email'] }],
    ['le titre est obligatoire', { kind: 'required', subject: ['titre'] }],
    ['the email must be a valid email address', { kind: 'email', subject: ['email'], required: false }],
    [
      'the email is required and must be a valid email',
      { kind: 'email', subject: ['email'], required: true },
    ],
  ])('reads "%s"', (text, reading) => {
    expect(readFieldRule(text)).toEqual(reading);
  });

  it.each([
    'register members with a name of 3 to 40 characters',
    'Prüfen, ob eine E-Mail-Adresse gültig ist',
    'check whether an email address is valid',
    'are these mail addresses valid?',
    '¿es válido este correo?',
    'count the characters of a text',
    'names must be 40–3 characters',
    'POST /members with a name of at most 40 characters',
  ])('reads no text-field rule in "%s"', (text) => {
    expect(readFieldRule(text)).toBeNull();
  });
});
