import { featureFidelity } from '@sf/service-spec';
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
 */

/** One phrasing and the tier (or the answer) of each password under its own tiers. */
interface TierRow {
  text: string;
  rated: [password: string, want: Record<string, unknown>][];
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
];

/**
 * Rows not read yet, each failing its own check. Written before the code: 10 of 11 (only the weak, medium and
 * strong row was read, by the three-level rating the catalog already had); after the tier reader: 0.
 */
const NOT_YET_READ = new Set<string>([]);

/**
 * Unreadable ratings still realised. Before the code: 4 of 6 (entropy and "je nach Entropie" read as three
 * levels, repeated characters and "an upper-case letter or a symbol" read as rules); after the tier reader: 0.
 */
const NOT_YET_REFUSED = new Set<string>([]);

/** What goes wrong with a row: '' when every password is rated as the row says and the feature is realised. */
function problemOfRow(row: TierRow): string {
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
