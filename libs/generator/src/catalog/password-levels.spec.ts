import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * A password rated weak, medium or strong: the levels read from the feature's words in several languages, the
 * length below which a password is weak apart from the length a strong one needs, the design's worked examples
 * answered by the emitted code, and the rating of passwords counted by hand.
 */

function designOf(text: string) {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not a design: ${text}`);
  return found.design;
}

describe('password strength in three levels', () => {
  it.each([
    ['rate a password as weak, medium or strong', 8, 8],
    [
      'rate a password as weak, medium or strong: strong means 12+ characters with upper case, lower case, a digit and a symbol; anything shorter than 8 is always weak; the rest is medium',
      12,
      8,
    ],
    ['Passwortstärke als schwach, mittel oder stark bewerten; unter 6 Zeichen ist schwach', 8, 6],
    ['clasificar una contraseña como débil, media o fuerte (al menos 10 caracteres para fuerte)', 10, 10],
    ['noter un mot de passe faible, moyen ou fort ; moins de 6 caractères est faible', 8, 6],
  ])('reads %p (strong from %p characters, weak below %p)', (text, minLength, weakBelow) => {
    const d = designOf(text);
    expect(d.function).toBe('password.strength');
    expect(d.options).toMatchObject({ min_length: minLength, levels: true, weak_below: weakBelow });
    expect(d.outputs.map((o) => o.field)).toContain('strength');
  });

  it('rates no levels when the feature names none', () => {
    expect(designOf('check the strength of a password').options?.levels).toBeUndefined();
  });

  it('answers every worked example by the emitted code', () => {
    const d = designOf(
      'rate a password as weak, medium or strong: strong means 12+ characters with upper case, lower case, a digit and a symbol; anything shorter than 8 is weak',
    );
    for (const x of d.examples) {
      expect(runCatalogFunction('password.strength', x.input, d.options ?? {})).toEqual({
        ok: true,
        value: x.output,
      });
    }
    expect(new Set(d.examples.map((x) => x.output.strength))).toEqual(new Set(['weak', 'medium', 'strong']));
  });

  it('rates passwords counted by hand', () => {
    const options = {
      min_length: 12,
      rules: 'min_length,lowercase,uppercase,digit,symbol',
      levels: true,
      weak_below: 8,
    };
    const rate = (password: string) => {
      const r = runCatalogFunction('password.strength', { password }, options);
      return r.ok ? r.value.strength : null;
    };
    expect(rate('Tr0ub4dor&3xyz')).toBe('strong'); // 14 characters, every class
    expect(rate('abc')).toBe('weak');
    expect(rate('Ab1!xY')).toBe('weak'); // every class, but 6 characters
    expect(rate('password123')).toBe('medium'); // 11 characters, no upper case, no symbol
    expect(rate('Sh0rt!Pw')).toBe('medium'); // every class, 8 characters: not 12
  });
});
