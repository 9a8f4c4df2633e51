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

const ALL = ['lowercase', 'uppercase', 'digit', 'symbol'];

describe('password strength in three levels', () => {
  it.each([
    // Said of none of the levels: strong meets the catalog's rules (8 characters, all four classes), weak is
    // shorter, medium is the rest.
    ['rate a password as weak, medium or strong', 'weak', 8, 'strong', 8, ALL, 'medium'],
    [
      'rate a password as weak, medium or strong: strong means 12+ characters with upper case, lower case, a digit and a symbol; anything shorter than 8 is always weak; the rest is medium',
      'weak',
      8,
      'strong',
      12,
      ALL,
      'medium',
    ],
    [
      'Passwortstärke als schwach, mittel oder stark bewerten; unter 6 Zeichen ist schwach',
      'schwach',
      6,
      'stark',
      8,
      ALL,
      'mittel',
    ],
    // Strong said only of its length: that length, no class; weak below it.
    [
      'clasificar una contraseña como débil, media o fuerte (al menos 10 caracteres para fuerte)',
      'débil',
      10,
      'fuerte',
      10,
      [],
      'media',
    ],
    [
      'noter un mot de passe faible, moyen ou fort ; moins de 6 caractères est faible',
      'faible',
      6,
      'fort',
      8,
      ALL,
      'moyen',
    ],
  ])(
    'reads %p (%p below %p characters, %p from %p with %p, else %p)',
    (text, weak, below, strong, from, classes, rest) => {
      const d = designOf(text);
      expect(d.function).toBe('password.strength');
      expect(JSON.parse(String(d.options?.tiers))).toEqual([
        { name: weak, below },
        { name: strong, min_length: from, ...(classes.length > 0 ? { classes } : {}) },
      ]);
      expect(d.options?.default_tier).toBe(rest);
      expect(d.outputs.map((o) => o.field)).toContain('strength');
    },
  );

  it('rates no levels when the feature names none', () => {
    expect(designOf('check the strength of a password').options?.tiers).toBeUndefined();
  });

  it('answers every worked example by the emitted code', () => {
    const d = designOf(
      'rate a password as weak, medium or strong: strong means 12+ characters with upper case, lower case, a digit and a symbol; anything shorter than 8 is weak',
    );
    for (const x of d.examples) {
      expect(runCatalogFunction('password.strength', x.input, d.options ?? {})).toEqual({
        ok: true,
        value: expect.objectContaining(x.output) as unknown,
      });
    }
    expect(new Set(d.examples.map((x) => x.output.strength))).toEqual(new Set(['weak', 'medium', 'strong']));
  });

  it('rates passwords counted by hand', () => {
    const options = {
      min_length: 12,
      rules: 'min_length,lowercase,uppercase,digit,symbol',
      tiers: JSON.stringify([
        { name: 'weak', below: 8 },
        { name: 'strong', min_length: 12, classes: ALL },
      ]),
      default_tier: 'medium',
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
