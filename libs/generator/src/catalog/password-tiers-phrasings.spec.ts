import { featureFidelity } from '@sf/service-spec';
import { recogniseFeature } from './catalog';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import type { Paraphrase } from './testing/paraphrases';
import { problemOf } from './testing/phrasing-check';
import { runCatalogFunction } from './testing/run-function';

/*
 * The phrasing table of password ratings in the user's own tiers: the tier names the feature uses ("fair",
 * "okay", "excellent", "stark", "débil", "moyen"), the length and the character classes each tier needs, the
 * tier every other password gets, a length below which a password is always the lowest tier, in English,
 * German, Spanish, French, Italian and Portuguese. Each row rates passwords by hand from the row's own tiers:
 * the emitted code must answer the tier name the feature uses, and the gate must find the feature realised.
 * Beside them, ratings whose tiers cannot be read exactly (entropy, repeated characters, a gap no tier covers):
 * those must stay unrealised, a refusal rather than a guess.
 *
 * The passwords, counted by hand:
 *   Tr0ub4dor&3xyz         14 characters: lower, upper, digit, symbol
 *   Ab1!xY                  6 characters: lower, upper, digit, symbol
 *   password123            11 characters: lower, digit
 *   Abcdefgh1234           12 characters: lower, upper, digit
 *   abc                     3 characters: lower
 *   Sh0rt!Pw                8 characters: lower, upper, digit, symbol
 *   correcthorsebattery    19 characters: lower
 *   correct-horse-Battery  21 characters: lower, symbol, upper
 *   correct-horse-42       16 characters: lower, symbol, digit
 *   abcdefg                 7 characters: lower
 *   Abcdef1!                8 characters: lower, upper, digit, symbol
 *   Abcdefgh1!x            11 characters: lower, upper, digit, symbol
 *   Abcdefgh1!xy           12 characters: lower, upper, digit, symbol
 *   Abcdefghijk1           12 characters: lower, upper, digit
 *   abcdefghijkl           12 characters: lower
 *   Password                8 characters: upper, lower (only letters)
 *   12345678                8 characters: digit
 *   abcd1234                8 characters: lower, digit
 *   abc def gh1            11 characters: lower, digit, two spaces (a space is no symbol)
 */

/** One phrasing and the tier (or the answer) of each password under its own tiers. */
interface TierRow {
  text: string;
  rated: [password: string, want: Record<string, unknown>][];
  /** Passwords the service refuses with 400 rather than rate. */
  refused?: string[];
}

const tiers = (text: string, rated: [string, string][]): TierRow => ({
  text,
  rated: rated.map(([password, tier]) => [password, { strength: tier }]),
});

export const PASSWORD_TIER_PHRASINGS: TierRow[] = [
  tiers(
    'Rate passwords: strong means at least 12 characters with upper case, lower case, a digit and a symbol; shorter than 8 is always weak; everything in between is medium',
    [
      ['Tr0ub4dor&3xyz', 'strong'],
      ['Ab1!xY', 'weak'],
      ['password123', 'medium'],
      ['Abcdefgh1234', 'medium'],
    ],
  ),
  tiers(
    'Password strength — strong: 12 or more characters mixing the four classes; everything else is fair',
    [
      ['Tr0ub4dor&3xyz', 'strong'],
      ['abc', 'fair'],
      ['Abcdefgh1234', 'fair'],
      ['Sh0rt!Pw', 'fair'],
    ],
  ),
  tiers(
    'Grade a password as poor, good or excellent: excellent needs 14+ characters with all four character classes, good needs at least 10 characters and a digit, anything else is poor',
    [
      ['Tr0ub4dor&3xyz', 'excellent'],
      ['password123', 'good'],
      ['correcthorsebattery', 'poor'],
      ['Abcdefgh1234', 'good'],
      ['Ab1!xY', 'poor'],
    ],
  ),
  tiers(
    'Tell people whether their password is weak, okay or strong — weak below 8 characters, strong from 12 characters with a digit and a symbol, okay otherwise',
    [
      ['Tr0ub4dor&3xyz', 'strong'],
      ['password123', 'okay'],
      ['abc', 'weak'],
      ['correct-horse-42', 'strong'],
    ],
  ),
  tiers(
    'Password strength: strong = 16+ characters with at least 3 of the 4 character classes; weak = under 10 characters; otherwise medium',
    [
      ['correct-horse-Battery', 'strong'],
      ['Tr0ub4dor&3xyz', 'medium'],
      ['abc', 'weak'],
      ['correcthorsebattery', 'medium'],
    ],
  ),
  tiers(
    'Passwortstärke: stark ab 12 Zeichen mit Großbuchstaben, Kleinbuchstaben, Ziffern und Sonderzeichen; unter 8 Zeichen immer schwach; sonst mittel',
    [
      ['Tr0ub4dor&3xyz', 'stark'],
      ['Ab1!xY', 'schwach'],
      ['password123', 'mittel'],
    ],
  ),
  tiers(
    'Fuerza de la contraseña: fuerte con 12 caracteres o más, mayúsculas, minúsculas, dígitos y símbolos; con menos de 8 caracteres es débil; el resto es media',
    [
      ['Tr0ub4dor&3xyz', 'fuerte'],
      ['Ab1!xY', 'débil'],
      ['Abcdefgh1234', 'media'],
    ],
  ),
  tiers(
    'Robustesse du mot de passe : fort à partir de 12 caractères avec majuscules, minuscules, chiffres et symboles ; moins de 8 caractères : faible ; sinon moyen',
    [
      ['Tr0ub4dor&3xyz', 'fort'],
      ['Ab1!xY', 'faible'],
      ['password123', 'moyen'],
    ],
  ),
  tiers(
    'Robustezza della password: forte con almeno 12 caratteri, maiuscole, minuscole, cifre e simboli; sotto 8 caratteri è debole; altrimenti media',
    [
      ['Tr0ub4dor&3xyz', 'forte'],
      ['Ab1!xY', 'debole'],
      ['password123', 'media'],
    ],
  ),
  tiers(
    'Força da senha: forte com pelo menos 12 caracteres, maiúsculas, minúsculas, dígitos e símbolos; menos de 8 caracteres é fraca; caso contrário, média',
    [
      ['Tr0ub4dor&3xyz', 'forte'],
      ['Ab1!xY', 'fraca'],
      ['password123', 'média'],
    ],
  ),
  // The tier's name after its condition, a length below which a password is the lowest tier whatever it holds.
  tiers(
    'A password under 8 characters is always weak; 12 or more characters that mix lower case, upper case, digits and symbols is strong; everything else is medium',
    [
      ['abcdefg', 'weak'],
      ['Ab1!xY', 'weak'],
      ['Abcdef1!', 'medium'],
      ['Abcdefgh1!x', 'medium'],
      ['Abcdefgh1!xy', 'strong'],
      ['Abcdefghijk1', 'medium'],
    ],
  ),
  // The lowest tier said as either of two conditions, "one kind" counting letters as one kind.
  tiers(
    'Rate a password as weak, fair or strong. Weak: shorter than 8 characters, or only one kind of character (only letters, only digits, only symbols). Strong: at least 12 characters with lower case, upper case, digits and symbols. Everything else is fair.',
    [
      ['abcdefg', 'weak'],
      ['Password', 'weak'],
      ['12345678', 'weak'],
      ['abcdefghijkl', 'weak'],
      ['abcd1234', 'fair'],
      ['Abcdefgh1!x', 'fair'],
      ['Abcdefgh1!xy', 'strong'],
    ],
  ),
  // What the password lacks to reach the top tier, said beside its tier.
  {
    text: 'A password shorter than 8 characters is weak, no matter what it contains. 12 characters or more with upper case, lower case, a digit and a symbol is strong, the rest is medium. Also say what is missing so the person can fix it.',
    rated: [
      ['Ab1!xY', { strength: 'weak', missing: ['min_length'] }],
      ['Abcdefgh1!xy', { strength: 'strong', missing: [] }],
      ['Abcdefghijk1', { strength: 'medium', missing: ['symbol'] }],
      ['abcdefg', { strength: 'weak', missing: ['min_length', 'uppercase', 'digit', 'symbol'] }],
    ],
  },
  // An empty password is refused, not rated.
  {
    text: 'Rate passwords as weak, medium or strong: under 8 characters is weak, 12+ characters with all four character classes is strong, otherwise medium. An empty password is an error, not a rating.',
    rated: [
      ['abcdefg', { strength: 'weak' }],
      ['Abcdefgh1!x', { strength: 'medium' }],
      ['Abcdefgh1!xy', { strength: 'strong' }],
    ],
    refused: [''],
  },
  tiers(
    'Passwort bewerten: kürzer als 8 Zeichen ist immer schwach; ab 12 Zeichen mit Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen ist es stark; alles andere ist mittel',
    [
      ['abcdefg', 'schwach'],
      ['Abcdef1!', 'mittel'],
      ['Abcdefgh1!xy', 'stark'],
      ['Abcdefghijk1', 'mittel'],
    ],
  ),
  tiers(
    'Clasifica la contraseña: débil si tiene menos de 8 caracteres o un solo tipo de carácter (solo letras, solo números); fuerte si tiene 12 caracteres o más con minúsculas, mayúsculas, números y símbolos; en otro caso, media',
    [
      ['abcdefg', 'débil'],
      ['abcdefghijkl', 'débil'],
      ['12345678', 'débil'],
      ['abcd1234', 'media'],
      ['Abcdefgh1!xy', 'fuerte'],
    ],
  ),
  tiers(
    "Évaluer un mot de passe : faible s'il fait moins de 8 caractères ; fort s'il fait au moins 12 caractères et mélange minuscules, majuscules, chiffres et symboles ; sinon moyen",
    [
      ['abcdefg', 'faible'],
      ['Abcdefgh1!x', 'moyen'],
      ['Abcdefgh1!xy', 'fort'],
    ],
  ),
  tiers(
    'Valuta la password: debole se ha meno di 8 caratteri; forte se ha almeno 12 caratteri con maiuscole, minuscole, numeri e simboli; altrimenti media',
    [
      ['abcdefg', 'debole'],
      ['Abcdefghijk1', 'media'],
      ['Abcdefgh1!xy', 'forte'],
    ],
  ),
  tiers(
    'Classificar a senha: fraca se tiver menos de 8 caracteres; forte se tiver 12 ou mais caracteres com minúsculas, maiúsculas, números e símbolos; caso contrário, razoável',
    [
      ['abcdefg', 'fraca'],
      ['Abcdef1!', 'razoável'],
      ['Abcdefgh1!xy', 'forte'],
    ],
  ),
  // Several lines, one tier each, "upper and lower case" said once.
  tiers(
    'Password strength:\n- weak: fewer than 8 characters\n- strong: 12+ characters, upper and lower case, a number and a special character\n- medium: everything else',
    [
      ['abcdefg', 'weak'],
      ['Abcdefghijk1', 'medium'],
      ['Abcdefgh1!xy', 'strong'],
      ['Abcdefgh1!x', 'medium'],
    ],
  ),
  // Rules with the codes the feature writes for each broken one.
  {
    text: 'Check a password against these rules and list the codes of the broken ones: at least 12 characters (too_short), an uppercase letter (no_uppercase), a digit (no_digit), a symbol (no_symbol), no spaces (has_space)',
    rated: [
      ['Abcdefgh1!xy', { valid: true, failed: [] }],
      ['abc def gh1', { valid: false, failed: ['too_short', 'no_uppercase', 'no_symbol', 'has_space'] }],
      ['Abcdefghijk1', { valid: false, failed: ['no_symbol'] }],
    ],
  },
  {
    text: 'Passwortregeln prüfen: mindestens 10 Zeichen (zu_kurz), ein Großbuchstabe (kein_grossbuchstabe), eine Ziffer (keine_ziffer), keine Leerzeichen (leerzeichen); Antwort gültig oder nicht und die verletzten Regeln',
    rated: [
      ['Abcdefgh1!xy', { valid: true, failed: [] }],
      ['abc def gh1', { valid: false, failed: ['kein_grossbuchstabe', 'leerzeichen'] }],
      ['Abc1', { valid: false, failed: ['zu_kurz'] }],
    ],
  },
  {
    text: 'A password passes when it has at least 10 characters, an upper-case letter and a digit; answer whether it passes and list the rules it breaks',
    rated: [
      ['abc', { passes: false, failed: ['min_length', 'uppercase', 'digit'] }],
      ['Abcdefgh1234', { passes: true, failed: [] }],
      ['password123', { passes: false, failed: ['uppercase'] }],
    ],
  },
];

/** Ratings whose tiers cannot be read exactly: no endpoint may realise them. */
const UNREADABLE = [
  'Rate a password as weak, medium or strong depending on its entropy in bits',
  'Password strength: strong when it has 12+ characters and no repeated characters; otherwise weak',
  "Rate the password as 'green', 'amber' or 'red' with zxcvbn",
  'Password strength: strong means 12+ characters with all four classes; weak means shorter than 8',
  'Passwort als schwach, mittel oder stark einstufen, je nach Entropie',
  'Password strength: strong with 12+ characters and an upper case letter or a symbol; the rest is weak',
  // A count of one class, a part of the password compared with something else: no reading of tiers takes them.
  'Password strength: weak under 8 characters; strong with 12+ characters and at least 3 symbols; otherwise medium',
  'Rate a password: weak if it is shorter than 8 characters or contains the user name; strong if 12+ characters; otherwise medium',
  'Rate a password as weak, medium or strong by how long it would take to crack it',
  // Letters of either case as one class of a tier's mix: not one of the four classes a tier needs.
  'Password strength: strong when it mixes letters and numbers and has 12+ characters; weak under 8 characters; otherwise medium',
];

/**
 * Rows not read yet, each failing its own check. Written before the code: 10 of 11 (only the weak, medium and
 * strong row was read, by the three-level rating the catalog already had); after the tier reader: 0. The second
 * set of rows (tier names after their conditions, "or only one kind of character", what is missing, an empty
 * password refused, rules with codes): 11 of 12 unread before their code (the German row was read); after: 0.
 */
const NOT_YET_READ = new Set<string>([]);

/**
 * Unreadable ratings still realised. Before the code: 4 of 6 (entropy and "je nach Entropie" read as three
 * levels, repeated characters and "an upper-case letter or a symbol" read as rules); after the tier reader: 0.
 */
const NOT_YET_REFUSED = new Set<string>([]);

/** What goes wrong with a row: '' when every password is rated as the row says and the feature is realised. */
function problemOfRow(row: TierRow): string {
  for (const password of row.refused ?? []) {
    const found = recogniseFeature(row.text);
    const design = found && 'design' in found ? found.design : null;
    const field = design?.inputs.find((i) => i.param === 'password')?.field;
    // The generated handler refuses an empty string for a field that does not allow one (400).
    if (password === '' && (field === undefined || field.allow_empty === true))
      return `${JSON.stringify(password)}: not refused`;
    if (!design?.refusals.some((r) => r.input.password === password))
      return `${JSON.stringify(password)}: no refusal example`;
  }
  for (const [password, want] of row.rated) {
    const paraphrase: Paraphrase = { text: row.text, fn: 'password.strength', input: { password }, want };
    const problem = problemOf(paraphrase);
    if (problem !== '') return `${password}: ${problem}`;
  }
  return '';
}

const realised = (text: string) => {
  const { contract } = designSpec(intentOf({ service_name: 'password', key_features: [text] }));
  return featureFidelity(contract, [text])[0].realised;
};

describe('password ratings in the user’s own tiers, across phrasings', () => {
  for (const row of PASSWORD_TIER_PHRASINGS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`rates by the tiers of ${JSON.stringify(row.text)}`, () => {
      expect(problemOfRow(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = PASSWORD_TIER_PHRASINGS.filter((r) => NOT_YET_READ.has(r.text) && problemOfRow(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });

  for (const text of UNREADABLE.filter((t) => !NOT_YET_REFUSED.has(t))) {
    it(`leaves ${JSON.stringify(text)} unrealised`, () => {
      expect(realised(text)).toBe(false);
    });
  }

  it('still realises the unreadable ratings marked as not yet refused (remove them once refused)', () => {
    expect(UNREADABLE.filter((t) => NOT_YET_REFUSED.has(t) && !realised(t))).toEqual([]);
  });

  it('reads the tiers a follow-up feature writes for the rating the first one asks for', () => {
    const features = [
      'Rate how strong a password is',
      'strong: 12 or more characters mixing the four classes; everything else is fair',
    ];
    const { contract } = designSpec(intentOf({ service_name: 'password', key_features: features }));
    expect(featureFidelity(contract, features).map((v) => v.realised)).toEqual([true, true]);
    const behaviors = contract.endpoints.map((e) => e.behavior);
    const rating = behaviors.find((b) => b.kind === 'function' && b.function === 'password.strength');
    if (rating?.kind !== 'function') throw new Error('no password rating designed');
    const rate = (password: string) =>
      runCatalogFunction(rating.function, { password }, rating.options ?? {});
    expect(rate('abc')).toMatchObject({ ok: true, value: { strength: 'fair' } });
    expect(rate('Tr0ub4dor&3xyz')).toMatchObject({ ok: true, value: { strength: 'strong' } });
  });
});
