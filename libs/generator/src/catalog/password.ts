import { stringField, type CatalogFamily, type FunctionDesign, type Recognised } from './catalog-entry';
import { featureWords, glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';
import {
  asksCheck,
  LEVELS_GLOSS,
  namesPassword,
  tiersRead,
  VALID_GLOSS,
  writtenAnswers,
  type AnswerNames,
} from './password-answers';
import { PASSWORD_CODE } from './password-code';
import { FACTS, classesOf, factOf, madeOf, type Fact } from './password-facts';
import {
  CLASS_WORDS,
  COMMON,
  LENGTH,
  NO_SPACE,
  ONLY_CLASS,
  RULES,
  readCodes,
  rulesIn,
  type Rule,
} from './password-rules';
import { STILL_ANSWERED, withFollowUps, type CheckReading } from './password-follow-ups';
import {
  CLASSES,
  EMPTY_REFUSED,
  MISSING,
  tierOf,
  type CharacterClass,
  type Tier,
  type TierRating,
} from './password-tiers';

export { PASSWORD_CODE } from './password-code';

/*
 * The strength of a password against stated rules: a minimum length, the character classes it must contain
 * (lower case, upper case, digit, symbol) and not being one of the most common passwords. Answers how many rules
 * it meets (its score), which ones it fails, and whether it is strong (meets them all). The rules are the
 * feature's own (its length, the classes it names); with none named, all four classes and 8 characters.
 */

const LABELS: Record<Rule, (minLength: number) => string> = {
  min_length: (n) => `at least ${n} characters`,
  lowercase: () => 'a lower-case letter',
  uppercase: () => 'an upper-case letter',
  digit: () => 'a digit',
  symbol: () => 'a symbol (special character: neither letter, digit nor space)',
  classes: (n) => `at least ${n} of the 4 character classes (lower case, upper case, digit, symbol)`,
  no_space: () => 'no space (no whitespace character)',
  not_common: () => 'not one of the most common passwords (123456, password, qwerty, …)',
};

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Stärke eines Passworts (Kennworts) nach Regeln prüfen: Mindestlänge, Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen, kein häufiges Passwort; Punktzahl und nicht erfüllte Regeln.',
  es: ' Comprobar la fuerza (seguridad) de una contraseña según reglas: longitud mínima, mayúsculas, minúsculas, dígitos, símbolos (caracteres especiales), no ser una contraseña común; puntuación y reglas incumplidas.',
  fr: " Évaluer la robustesse (force) d'un mot de passe selon des règles : longueur minimale, majuscules, minuscules, chiffres, symboles (caractères spéciaux), pas un mot de passe courant ; score et règles non respectées.",
  it: ' Verificare la robustezza di una password secondo regole: lunghezza minima, maiuscole, minuscole, cifre, simboli (caratteri speciali), non una password comune; punteggio e regole non rispettate.',
  pt: ' Verificar a força (robustez) de uma senha segundo regras: comprimento mínimo, maiúsculas, minúsculas, dígitos, símbolos (caracteres especiais), não ser uma senha comum; pontuação e regras não cumpridas.',
};

/** Passwords that show each tier: the hand-read ones, and one made at each tier's edge (both sides). */
function tierFacts(rating: TierRating): Fact[] {
  const made = rating.tiers.flatMap((t) => {
    const classes = t.classCount !== undefined ? CLASSES.slice(0, t.classCount) : t.classes;
    const length = t.minLength ?? (t.below !== undefined ? t.below - 1 : 12);
    // One without each class the tier needs (or with one class fewer than it counts), at its length.
    const lacking =
      t.classCount !== undefined
        ? [madeOf(length, CLASSES.slice(0, t.classCount - 1))]
        : classes.map((c) =>
            madeOf(
              length,
              classes.filter((x) => x !== c),
            ),
          );
    return [
      madeOf(length, classes),
      t.minLength !== undefined ? madeOf(t.minLength - 1, classes) : null,
      t.below !== undefined ? madeOf(t.below, classes) : null,
      // Either side of a cap with two kinds of character, which a cap on kinds alone does not decide.
      t.below !== undefined ? madeOf(t.below, ['lowercase', 'digit']) : null,
      t.below !== undefined ? madeOf(t.below - 1, ['lowercase', 'digit']) : null,
      ...lacking,
    ];
  });
  // Where a tier counts kinds: a long password of letters of both cases only, and one of digits only.
  const kinds = rating.tiers.some((t) => t.maxKinds !== undefined)
    ? [factOf('CorrectHorseAbc'), factOf('12345678901234'), factOf('correcthorse42')]
    : [];
  const all = [...FACTS, ...made.filter((f): f is Fact => f !== null), ...kinds];
  return all.filter((f, i) => all.findIndex((g) => g.password === f.password) === i);
}

/** One tier in words, as the summary states it. */
function tierText(t: Tier): string {
  const parts = [
    ...(t.minLength !== undefined ? [`at least ${t.minLength} characters`] : []),
    ...(t.below !== undefined ? [`shorter than ${t.below} characters`] : []),
    ...t.classes.map((c) => LABELS[c](0)),
    ...(t.classCount !== undefined
      ? [`at least ${t.classCount} of the 4 character classes (lower case, upper case, digit, symbol)`]
      : []),
    ...(t.maxKinds !== undefined ? [`at most ${t.maxKinds} kind of character`] : []),
  ];
  return `"${t.name}" when it has ${parts.join(' and ')}`;
}

/** What a design rates beyond its rules: the feature's tiers, and whether it answers "passes". */
export interface PasswordRating {
  tiers: TierRating | null;
  passes: boolean;
  classCount?: number;
  /** Answer what the password lacks ("also say what is missing"): the failed rules again, as `missing`. */
  missing?: boolean;
  /** An empty password is refused (400), not rated. */
  refuseEmpty?: boolean;
  /** The code the feature writes for each rule a password breaks; the answer lists codes and `valid`. */
  codes?: Partial<Record<Rule, string>>;
  /** Answer `valid` (every rule met) without codes: the feature asks whether it is valid. */
  valid?: boolean;
  /** The names the feature writes for the answers (`{"ok": boolean, "failures": [string]}`). */
  names?: AnswerNames;
}

export function passwordDesign(
  minLength: number,
  rules: Rule[],
  languages: Language[],
  rating: PasswordRating = { tiers: null, passes: false },
): FunctionDesign {
  const { tiers, passes, codes, missing, names: own = {} } = rating;
  const valid = codes !== undefined || rating.valid === true;
  const field = (result: 'score' | 'failed' | 'valid' | 'strength') => own[result] ?? result;
  const meets = (f: Fact, rule: Rule) =>
    rule === 'min_length'
      ? f.length >= minLength
      : rule === 'not_common'
        ? !f.common
        : rule === 'no_space'
          ? f.space !== true
          : rule === 'classes'
            ? classesOf(f).length >= (rating.classCount ?? 4)
            : f[rule];
  const named = (rule: Rule) => codes?.[rule] ?? rule;
  // The boolean "strong" is answered beside tiers only when the top tier is the one called strong.
  const top = tiers?.tiers.find(
    (t) => t.minLength !== undefined || t.classes.length > 0 || t.classCount !== undefined,
  );
  const answersStrong = (tiers === null && !valid) || top?.name === 'strong';
  const answer = (f: Fact): Record<string, unknown> => {
    const failed = rules.filter((r) => !meets(f, r)).map(named);
    return {
      [field('score')]: rules.length - failed.length,
      [field('failed')]: failed,
      ...(answersStrong ? { strong: failed.length === 0 } : {}),
      ...(passes ? { passes: failed.length === 0 } : {}),
      ...(valid ? { [field('valid')]: failed.length === 0 } : {}),
      ...(missing ? { missing: failed } : {}),
      ...(tiers ? { [field('strength')]: tierOf(tiers, f.length, classesOf(f)) } : {}),
    };
  };
  const names = tiers
    ? [...tiers.tiers.map((t) => t.name), ...(tiers.fallback !== null ? [tiers.fallback] : [])]
    : [];
  const rated = tiers
    ? ` It also rates it in the feature's tiers (${names.map((n) => `"${n}"`).join(', ')}), tried in this order: ` +
      `${tiers.tiers.map(tierText).join('; ')}` +
      `${tiers.fallback !== null ? `; every other password is "${tiers.fallback}"` : ''}. ` +
      'Length counts characters.' +
      glossIn(LEVELS_GLOSS, languages)
    : '';
  const stated = rules
    .map((r) => LABELS[r](r === 'classes' ? (rating.classCount ?? 4) : minLength))
    .join('; ');
  const facts = tiers ? tierFacts(tiers) : FACTS;
  return {
    function: PASSWORD_CODE.id,
    method: 'POST',
    path: '/password/strength',
    summary:
      `Checks the strength of a password against ${rules.length} rules: ${stated}. Answers its score (how ` +
      `many of the ${rules.length} rules it meets, 0 to ${rules.length}), the failed rules by name ` +
      `(${rules.map(named).join(', ')})` +
      (answersStrong ? ' and whether it is strong (meets every rule)' : '') +
      (passes ? ' and whether it passes (meets every rule)' : '') +
      (valid ? ' and whether it is valid (meets every rule)' : '') +
      (missing ? '; what is missing lists the same failed rules, so the person can fix them' : '') +
      '. Length counts characters; a password that is not a string is refused with 400' +
      (rating.refuseEmpty ? ', and so is an empty password (an error, not a rating).' : '.') +
      rated +
      glossIn(GLOSS, languages) +
      (valid ? glossIn(VALID_GLOSS, languages) : ''),
    inputs: [
      {
        param: 'password',
        field: {
          ...stringField('password', 'The password to check', FACTS[0].password),
          ...(rating.refuseEmpty ? {} : { allow_empty: true }),
        },
      },
    ],
    outputs: [
      {
        result: 'score',
        field: field('score'),
        description: `Rules met, 0 to ${rules.length}`,
        example: rules.length,
      },
      {
        result: 'failed',
        field: field('failed'),
        description: codes ? 'Codes of the rules it breaks' : 'Names of the rules it fails',
        example: [],
      },
      ...(valid
        ? [
            {
              result: 'valid',
              field: field('valid'),
              description: 'Whether it meets every rule',
              example: true,
            },
          ]
        : []),
      ...(missing
        ? [
            {
              result: 'missing',
              field: 'missing',
              description: 'What it lacks to meet every rule (the failed rules)',
              example: [],
              names: 'missing lacking lacks fix fehlt fehlen falta faltan manque manquent manca mancano',
            },
          ]
        : []),
      ...(answersStrong
        ? [{ result: 'strong', field: 'strong', description: 'Whether it meets every rule', example: true }]
        : []),
      ...(passes
        ? [
            {
              result: 'passes',
              field: 'passes',
              description: 'Whether it passes: meets every rule',
              example: true,
            },
          ]
        : []),
      ...(tiers
        ? [
            {
              result: 'strength',
              field: field('strength'),
              description: `Its tier: ${names.join(', ')}`,
              example: names[0],
              // A feature written after the rating that says what its tiers mean names this answer by the tiers'
              // names and what decides them (the classes), not by asking for it.
              names: [
                ...names.flatMap((n) => featureWords(n)),
                'strength tier tiers level levels rating',
                ...Object.values(CLASS_WORDS).flat(),
              ].join(' '),
            },
          ]
        : []),
    ],
    options: {
      min_length: minLength,
      rules: rules.join(','),
      ...(rating.classCount !== undefined ? { class_count: rating.classCount } : {}),
      ...(passes ? { passes: true } : {}),
      ...(codes ? { codes: JSON.stringify(codes) } : valid ? { valid: true } : {}),
      ...(missing ? { missing: true } : {}),
      ...(tiers?.lettersOneKind ? { letters_one_kind: true } : {}),
      ...(tiers
        ? {
            tiers: JSON.stringify(
              tiers.tiers.map((t) => ({
                name: t.name,
                ...(t.minLength !== undefined ? { min_length: t.minLength } : {}),
                ...(t.below !== undefined ? { below: t.below } : {}),
                ...(t.classes.length > 0 ? { classes: t.classes } : {}),
                ...(t.classCount !== undefined ? { class_count: t.classCount } : {}),
                ...(t.maxKinds !== undefined ? { max_kinds: t.maxKinds } : {}),
              })),
            ),
            ...(tiers.fallback !== null ? { default_tier: tiers.fallback } : {}),
          }
        : {}),
    },
    examples: facts.map((f) => {
      const a = answer(f);
      const failed = a[field('failed')] as string[];
      return {
        description:
          `"${f.password}" (${f.length} characters) meets ${rules.length - failed.length} of ${rules.length} rules${failed.length ? ` (fails ${failed.join(', ')})` : ''}` +
          (tiers ? `; its tier is "${String(a[field('strength')])}"` : '') +
          '.',
        input: { password: f.password },
        output: a,
        // Stated codes come in the stated order: the check holds the list's order.
        ...(codes ? { inOrder: true as const } : {}),
      };
    }),
    refusals: [
      { description: 'A password that is not a string (12345) is refused.', input: { password: 12345 } },
      ...(rating.refuseEmpty
        ? [{ description: 'An empty password is an error, not a rating.', input: { password: '' } }]
        : []),
    ],
  };
}

const STRENGTH = `strength strong stronger weak weakness stark starke starken schwach schwache sicherheit
  fuerza fuerte debil fortaleza seguridad robustesse robuste fort forte faible solidite forca fraca robustez
  robustezza sicurezza forza complexity komplexitat complejidad complexite complexidade policy rules rule richtlinie
  regeln politica politique regles regras regole score punktzahl puntuacion punteggio pontuacao`.split(/\s+/);
/** Keeping, hashing or resetting passwords is about accounts: another design. */
const ACCOUNTS =
  `hash hashed hashing bcrypt reset forgot login logins store stored save account accounts register
  registration sign`.split(/\s+/);

/** "anything shorter than 8 is weak", "unter 8 Zeichen ist schwach", "menos de 8 caracteres es débil". */
const WEAK_BELOW =
  /(?:shorter than|fewer than|less than|under|below|kurzer als|weniger als|unter|menos de|mas corta de|mas corto de|moins de|plus court que|meno di|piu corta di|menos de|mais curta que)\s*(\d{1,3})/;

/** "answer whether it passes": the answer says whether the password passes its rules. */
const PASSES = /\b(?:pass|passes|passed|passing|besteht|bestanden|cumple|aprueba)\b/;

function recognisePassword(text: string, words: string[]): Recognised {
  const compound = (w: string) => ['passwort', 'kennwort'].some((stem) => w.startsWith(stem));
  const about = namesPassword(words);
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // "only letters, only digits" says what a weak password holds, not a class a password needs.
  const needed = featureWords(folded.replace(ONLY_CLASS, ' '));
  const classes = (Object.keys(CLASS_WORDS) as (keyof typeof CLASS_WORDS)[]).filter((c) =>
    hasAny(needed, CLASS_WORDS[c]),
  );
  const named: CharacterClass[] = classes;
  // The catalog's own reading of "weak, medium or strong" where the feature leaves a level unsaid: strong meets
  // the length the feature states (8 when none) and the classes it names (all four when none), weak is shorter
  // than the length stated for it (else the strong length), medium the rest.
  const threeLevels = () => {
    const below = WEAK_BELOW.exec(folded);
    const stated = LENGTH.map((pattern) => pattern.exec(below ? folded.replace(below[0], ' ') : folded)).find(
      (m) => m !== null,
    );
    const minLength = stated ? Number(stated[1]) : 8;
    return {
      minLength,
      classes: named.length > 0 ? named : [...CLASSES],
      weakBelow: below ? Number(below[1]) : minLength,
    };
  };
  const reading = tiersRead(text, threeLevels);
  // German writes the strength into the word: "Passwortstärke", "Kennwortrichtlinie".
  const names = writtenAnswers(text, reading.kind === 'read') ?? undefined;
  // Checking a password (`{"valid": boolean, …}` spelled, a rule or a code stated) asks for its rules too.
  const checked =
    asksCheck(featureWords(text.replace(/\{[^{}]*\}/g, ' '))) &&
    (names !== undefined || LENGTH.some((p) => p.test(folded)) || classes.length > 0);
  const strength =
    hasAny(words, STRENGTH) ||
    words.some((w) => compound(w) && STRENGTH.some((s) => w.endsWith(s))) ||
    reading.kind !== 'none' ||
    checked;
  if (!about || !strength || hasAny(words, ACCOUNTS)) return null;
  // Tiers named but not read whole (entropy, repeated characters, a gap no tier covers) are not rated at all.
  if (reading.kind === 'unread') return null;
  const common = hasAny(words, COMMON) ? (['not_common'] as const) : [];
  const passes = PASSES.test(folded);
  const noSpace = NO_SPACE.test(folded);
  const asked = {
    ...(MISSING.test(folded) ? { missing: true } : {}),
    ...(EMPTY_REFUSED.test(folded) ? { refuseEmpty: true } : {}),
    ...(names ? { names } : {}),
    ...(names?.valid !== undefined && !passes ? { valid: true } : {}),
  };
  const stated = LENGTH.map((pattern) => pattern.exec(folded)).find((m) => m !== null);
  const coded = readCodes(text, rulesIn);
  if (coded === 'unread') return null;
  // "a missing or non-string password returns 400" names no rule: a refusal of the check, not a check of its own.
  const ruled = stated || named.length > 0 || noSpace || common.length > 0 || coded !== null;
  if (
    !ruled &&
    reading.kind === 'none' &&
    names === undefined &&
    (refuses(words) || STILL_ANSWERED.test(folded))
  )
    return null;
  // "responde {"valida": boolean, "falhas": [string]}" names the answers of a check another feature asks for.
  if (!ruled && reading.kind === 'none' && !checked && names !== undefined && !/\/\S/.test(text)) return null;
  // A rule written beside tiers ("no spaces") or codes for tiered rules: which tier it decides is not said.
  if (reading.kind === 'read' && (noSpace || coded !== null)) return null;
  if (coded !== null) {
    const minLength = coded.codes.min_length !== undefined ? coded.minLength : 8;
    if (minLength < 1 || minLength > 128) return null;
    return {
      // The codes in the order the feature states its rules: the answer lists the broken ones so.
      design: passwordDesign(minLength, Object.keys(coded.codes) as Rule[], languagesOf(words), {
        tiers: null,
        passes,
        codes: coded.codes,
        ...asked,
      }),
    };
  }
  if (reading.kind === 'read') {
    const rating = reading.rating;
    // The rules scored and listed as failed are the top tier's: what a password lacks to reach it.
    const top = rating.tiers.find(
      (t) => t.minLength !== undefined || t.classes.length > 0 || t.classCount !== undefined,
    );
    const base = threeLevels();
    const minLength = top?.minLength ?? base.minLength;
    if (minLength < 1 || minLength > 128) return null;
    const rules: Rule[] = top
      ? [
          ...(top.minLength !== undefined ? (['min_length'] as const) : []),
          ...top.classes,
          ...(top.classCount !== undefined ? (['classes'] as const) : []),
          ...common,
        ]
      : ['min_length', ...base.classes, ...common];
    return {
      design: passwordDesign(
        minLength,
        RULES.filter((r) => rules.includes(r)),
        languagesOf(words),
        {
          tiers: rating,
          passes,
          ...(top?.classCount !== undefined ? { classCount: top.classCount } : {}),
          ...asked,
        },
      ),
    };
  }
  const minLength = stated ? Number(stated[1]) : 8;
  if (minLength < 1 || minLength > 128) return null;
  const rules: Rule[] = [
    'min_length',
    ...(named.length > 0 ? named : CLASSES),
    ...(noSpace ? (['no_space'] as const) : []),
    ...common,
  ];
  return {
    design: passwordDesign(
      minLength,
      RULES.filter((r) => rules.includes(r)),
      languagesOf(words),
      { tiers: null, passes, ...asked },
    ),
  };
}

/** A check redesigned from what a follow-up feature says (password-follow-ups.ts). */
const redesign = (r: CheckReading, languages: Language[]) =>
  passwordDesign(r.minLength, r.rules, languages, { tiers: null, ...r });

export const PASSWORDS: CatalogFamily = {
  name: 'password',
  functions: [PASSWORD_CODE],
  recognise: withFollowUps(recognisePassword, redesign),
};
