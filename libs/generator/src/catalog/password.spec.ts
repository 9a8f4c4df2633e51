import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Password strength against stated rules: the emitted code against passwords read by hand, and its recogniser. */

const ALL = 'min_length,lowercase,uppercase,digit,symbol,not_common';
const check = (password: unknown, rules = ALL, minLength = 8) =>
  runCatalogFunction('password.strength', { password }, { rules, min_length: minLength });

describe('password.strength (the emitted code)', () => {
  it.each([
    ['xK9#mQ2$vL', 6, []],
    ['letmein', 1, ['min_length', 'uppercase', 'digit', 'symbol', 'not_common']],
    ['QWERTY123', 3, ['lowercase', 'symbol', 'not_common']],
    ['Ünïcödé 1', 5, ['symbol']], // accented capitals and small letters count as letters; a space is no symbol
    ['', 1, ['min_length', 'lowercase', 'uppercase', 'digit', 'symbol']],
    ['Pass word', 4, ['digit', 'symbol']],
  ])('%p scores %p, failing %p', (password, score, failed) => {
    expect(check(password)).toEqual({ ok: true, value: { score, failed, strong: failed.length === 0 } });
  });

  it('checks only the rules asked for, with the length asked for', () => {
    expect(check('abcdefghij', 'min_length,digit', 10)).toEqual({
      ok: true,
      value: { score: 1, failed: ['digit'], strong: false },
    });
    expect(check('🔒🔒🔒', 'min_length', 3)).toEqual({
      ok: true,
      value: { score: 1, failed: [], strong: true },
    });
  });

  it('refuses what is not a string and never throws', () => {
    expect(check(42).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (password) => {
        const result = check(password);
        if (result.ok) expect(result.value.score).toBeGreaterThanOrEqual(0);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the password recogniser', () => {
  const optionsOf = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found && found.design.function === 'password.strength'
      ? found.design.options
      : null;
  };

  it.each([
    ['check the strength of a password', 8, 'min_length,lowercase,uppercase,digit,symbol'],
    ['a strong password has at least 10 characters and a digit', 10, 'min_length,digit'],
    [
      'Passwortstärke prüfen: mindestens 12 Zeichen, Großbuchstaben und Sonderzeichen',
      12,
      'min_length,uppercase,symbol',
    ],
    [
      'Comprobar la fuerza de una contraseña: al menos 8 caracteres y no ser común',
      8,
      'min_length,lowercase,uppercase,digit,symbol,not_common',
    ],
    ["Évaluer la robustesse d'un mot de passe (au moins 9 caractères, chiffres)", 9, 'min_length,digit'],
    ['Verificar a força de uma senha com minúsculas e maiúsculas', 8, 'min_length,lowercase,uppercase'],
  ])('reads %p', (text, minLength, rules) => {
    expect(optionsOf(text)).toEqual({ min_length: minLength, rules });
  });

  it('leaves accounts and password resets alone', () => {
    for (const text of ['users register with an email and a strong password', 'reset a forgotten password'])
      expect([text, optionsOf(text)]).toEqual([text, null]);
  });
});
