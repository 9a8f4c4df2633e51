import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language } from './feature-words';

/*
 * The strength of a password against stated rules: a minimum length, the character classes it must contain
 * (lower case, upper case, digit, symbol) and not being one of the most common passwords. Answers how many rules
 * it meets (its score), which ones it fails, and whether it is strong (meets them all). The rules are the
 * feature's own (its length, the classes it names); with none named, all four classes and 8 characters.
 */

/** Rule names, as the answer lists the failed ones. */
const RULES = ['min_length', 'lowercase', 'uppercase', 'digit', 'symbol', 'not_common'] as const;
type Rule = (typeof RULES)[number];

export const PASSWORD_CODE: FunctionCode = {
  id: 'password.strength',
  exportName: 'passwordStrength',
  source: String.raw`/** Among the most used passwords of the published breach lists (NCSC, SplashData), compared in lower case. */
const PASSWORD_COMMON = new Set([
  '123456', 'password', '123456789', '12345678', '12345', 'qwerty', '1234567', '111111', '1234567890',
  '123123', 'abc123', 'password1', '1234', 'iloveyou', '000000', 'qwerty123', 'admin', 'letmein', 'welcome',
  'monkey', 'dragon', 'football', 'sunshine', 'princess', 'passw0rd',
]);

/**
 * password.strength: the rules named in option "rules" (comma-separated: min_length, lowercase, uppercase,
 * digit, symbol, not_common) checked on "password"; its score is how many it meets.
 */
export const passwordStrength: CatalogFunction = (input, options) => {
  if (typeof input.password !== 'string') return { ok: false, problems: ['password must be a string'] };
  const password = input.password;
  const minLength = Number(options.min_length ?? 8);
  const rules = String(options.rules ?? '').split(',').filter((rule) => rule !== '');
  const meets: Readonly<Record<string, boolean>> = {
    min_length: Array.from(password).length >= minLength,
    lowercase: /\p{Ll}/u.test(password),
    uppercase: /\p{Lu}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    symbol: /[^\p{L}\p{N}\s]/u.test(password),
    not_common: !PASSWORD_COMMON.has(password.toLowerCase()),
  };
  const failed = rules.filter((rule) => meets[rule] !== true);
  const value: Record<string, unknown> = { score: rules.length - failed.length, failed, strong: failed.length === 0 };
  // option levels: also a rating, "weak" below option weak_below characters, "strong" when every rule is met,
  // "medium" otherwise.
  if (options.levels === true) {
    const weak = Array.from(password).length < Number(options.weak_below ?? minLength);
    value.strength = weak ? 'weak' : failed.length === 0 ? 'strong' : 'medium';
  }
  return { ok: true, value };
};`,
};

/** Passwords and the rules each meets, read off by hand (its length in characters, the classes it has). */
const FACTS: {
  password: string;
  length: number;
  lowercase: boolean;
  uppercase: boolean;
  digit: boolean;
  symbol: boolean;
  common: boolean;
}[] = [
  {
    password: 'Tr0ub4dor&3',
    length: 11,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: true,
    common: false,
  },
  {
    password: 'password',
    length: 8,
    lowercase: true,
    uppercase: false,
    digit: false,
    symbol: false,
    common: true,
  },
  {
    password: 'Summer2024',
    length: 10,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: false,
    common: false,
  },
  {
    password: 'Password1',
    length: 9,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: false,
    common: true,
  },
  {
    password: 'ab1!',
    length: 4,
    lowercase: true,
    uppercase: false,
    digit: true,
    symbol: true,
    common: false,
  },
  {
    password: 'CORRECT-HORSE-battery-staple-42',
    length: 31,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: true,
    common: false,
  },
];

const LABELS: Record<Rule, (minLength: number) => string> = {
  min_length: (n) => `at least ${n} characters`,
  lowercase: () => 'a lower-case letter',
  uppercase: () => 'an upper-case letter',
  digit: () => 'a digit',
  symbol: () => 'a symbol (special character: neither letter, digit nor space)',
  not_common: () => 'not one of the most common passwords (123456, password, qwerty, …)',
};

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Stärke eines Passworts (Kennworts) nach Regeln prüfen: Mindestlänge, Großbuchstaben, Kleinbuchstaben, Ziffern, Sonderzeichen, kein häufiges Passwort; Punktzahl und nicht erfüllte Regeln.',
  es: ' Comprobar la fuerza (seguridad) de una contraseña según reglas: longitud mínima, mayúsculas, minúsculas, dígitos, símbolos (caracteres especiales), no ser una contraseña común; puntuación y reglas incumplidas.',
  fr: " Évaluer la robustesse (force) d'un mot de passe selon des règles : longueur minimale, majuscules, minuscules, chiffres, symboles (caractères spéciaux), pas un mot de passe courant ; score et règles non respectées.",
  it: ' Verificare la robustezza di una password secondo regole: lunghezza minima, maiuscole, minuscole, cifre, simboli (caratteri speciali), non una password comune; punteggio e regole non rispettate.',
  pt: ' Verificar a força (robustez) de uma senha segundo regras: comprimento mínimo, maiúsculas, minúsculas, dígitos, símbolos (caracteres especiais), não ser uma senha comum; pontuação e regras não cumpridas.',
};

/** A rating in three levels ("weak, medium or strong"): weak below `weakBelow` characters, strong meets every rule. */
export interface PasswordLevels {
  weakBelow: number;
}

export function passwordDesign(
  minLength: number,
  rules: Rule[],
  languages: Language[],
  levels: PasswordLevels | null = null,
): FunctionDesign {
  const meets = (f: (typeof FACTS)[number], rule: Rule) =>
    rule === 'min_length' ? f.length >= minLength : rule === 'not_common' ? !f.common : f[rule];
  const answer = (f: (typeof FACTS)[number]) => {
    const failed = rules.filter((r) => !meets(f, r));
    const answered = { score: rules.length - failed.length, failed, strong: failed.length === 0 };
    if (!levels) return answered;
    const strength = f.length < levels.weakBelow ? 'weak' : failed.length === 0 ? 'strong' : 'medium';
    return { ...answered, strength };
  };
  const rated = levels
    ? ` It also rates it weak, medium or strong: weak when it is shorter than ${levels.weakBelow} characters ` +
      `(whatever else it has), strong when it meets all ${rules.length} rules, medium otherwise (the rest).` +
      glossIn(LEVELS_GLOSS, languages)
    : '';
  const stated = rules.map((r) => LABELS[r](minLength)).join('; ');
  return {
    function: PASSWORD_CODE.id,
    method: 'POST',
    path: '/password/strength',
    summary:
      `Checks the strength of a password against ${rules.length} rules: ${stated}. Answers its score (how ` +
      `many of the ${rules.length} rules it meets, 0 to ${rules.length}), the failed rules by name ` +
      `(${rules.join(', ')}) and whether it is strong (meets every rule). Length counts characters; a ` +
      'password that is not a string is refused with 400.' +
      rated +
      glossIn(GLOSS, languages),
    inputs: [
      {
        param: 'password',
        field: { ...stringField('password', 'The password to check', FACTS[0].password), allow_empty: true },
      },
    ],
    outputs: [
      {
        result: 'score',
        field: 'score',
        description: `Rules met, 0 to ${rules.length}`,
        example: rules.length,
      },
      { result: 'failed', field: 'failed', description: 'Names of the rules it fails', example: [] },
      { result: 'strong', field: 'strong', description: 'Whether it meets every rule', example: true },
      ...(levels
        ? [
            {
              result: 'strength',
              field: 'strength',
              description: 'Its rating: weak, medium or strong',
              example: 'strong',
            },
          ]
        : []),
    ],
    options: {
      min_length: minLength,
      rules: rules.join(','),
      ...(levels ? { levels: true, weak_below: levels.weakBelow } : {}),
    },
    examples: FACTS.map((f) => {
      const a = answer(f);
      return {
        description:
          `"${f.password}" meets ${a.score} of ${rules.length} rules${a.failed.length ? ` (fails ${a.failed.join(', ')})` : ': strong'}` +
          ('strength' in a ? `; it is rated ${a.strength} (${f.length} characters)` : '') +
          '.',
        input: { password: f.password },
        output: a,
      };
    }),
    refusals: [
      { description: 'A password that is not a string (12345) is refused.', input: { password: 12345 } },
    ],
  };
}

const PASSWORD_WORDS = `password passwords passwort passworter passwortern kennwort kennworter contrasena
  contrasenas senha senhas passphrase`.split(/\s+/);
const STRENGTH = `strength strong stronger weak weakness stark starke starken schwach schwache sicherheit
  fuerza fuerte debil fortaleza seguridad robustesse robuste fort forte faible solidite forca fraca robustez
  robustezza sicurezza forza complexity komplexitat complejidad complexite complexidade policy rules rule richtlinie
  regeln politica politique regles regras regole score punktzahl puntuacion punteggio pontuacao`.split(/\s+/);
/** Keeping, hashing or resetting passwords is about accounts: another design. */
const ACCOUNTS = `hash hashed hashing bcrypt reset forgot login logins store stored save user users account
  accounts register registration sign`.split(/\s+/);

const CLASS_WORDS: Record<Exclude<Rule, 'min_length' | 'not_common'>, string[]> = {
  lowercase: `lowercase lower minuscula minusculas minuscule minuscules minuscola minuscole
    kleinbuchstaben kleinbuchstabe`.split(/\s+/),
  uppercase:
    `uppercase upper capital capitals grossbuchstabe grossbuchstaben großbuchstabe großbuchstaben mayuscula mayusculas majuscule
    majuscules maiuscola maiuscole maiuscula maiusculas`.split(/\s+/),
  digit: `digit digits number numbers numeral ziffer ziffern zahl zahlen digito digitos numero numeros chiffre
    chiffres cifra cifre`.split(/\s+/),
  symbol: `symbol symbols special sonderzeichen simbolo simbolos especial especiales speciaux special
    speciale speciali especiais punctuation`.split(/\s+/),
};
const COMMON = `common dictionary known leaked breached breach haufig haufigen haufige gangig gangige comun
  comunes courant courants frequent frequents comum comuns comune comuni`.split(/\s+/);

/** The three levels of a rating in the languages intents are written in (folded): weak, medium, strong. */
const WEAK = 'weak schwach schwache debil faible debole fraca'.split(' ');
const MEDIUM = 'medium mittel mittlere mittel media medio moyen moyenne medio media'.split(' ');
const STRONG = 'strong stark starke fuerte fort forte'.split(' ');
const LEVELS_GLOSS: Partial<Record<Language, string>> = {
  de: ' Bewertung: schwach, mittel oder stark.',
  es: ' Calificación: débil, media o fuerte.',
  fr: ' Note : faible, moyen ou fort.',
  it: ' Valutazione: debole, media o forte.',
  pt: ' Classificação: fraca, média ou forte.',
};
/** "anything shorter than 8 is weak", "unter 8 Zeichen ist schwach", "menos de 8 caracteres es débil". */
const WEAK_BELOW =
  /(?:shorter than|fewer than|less than|under|below|kurzer als|weniger als|unter|menos de|mas corta de|mas corto de|moins de|plus court que|meno di|piu corta di|menos de|mais curta que)\s*(\d{1,3})/;

const LENGTH = [
  /(?:at least|minimum(?: of)?|min\.?|mindestens|al menos|como minimo|au moins|almeno|pelo menos|no minimo)\s*(\d{1,3})/,
  /(\d{1,3})\s*\+?\s*(?:characters|chars|zeichen|caracteres|caracteres|caratteri|caracteres)/,
];

function recognisePassword(text: string, words: string[]): Recognised {
  const compound = (w: string) => ['passwort', 'kennwort'].some((stem) => w.startsWith(stem));
  const about =
    hasAny(words, PASSWORD_WORDS) ||
    words.some(compound) ||
    words.some((w, i) => w === 'mot' && words[i + 2] === 'passe');
  // German writes the strength into the word: "Passwortstärke", "Kennwortrichtlinie".
  const strength =
    hasAny(words, STRENGTH) || words.some((w) => compound(w) && STRENGTH.some((s) => w.endsWith(s)));
  if (!about || !strength || hasAny(words, ACCOUNTS)) return null;
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // "rate a password as weak, medium or strong": a rating in three levels, weak below the length stated for it
  // (the minimum length when none is), the length of a strong one read apart from it.
  const rated = hasAny(words, WEAK) && hasAny(words, MEDIUM) && hasAny(words, STRONG);
  const below = rated ? WEAK_BELOW.exec(folded) : null;
  const lengthText = below ? folded.replace(below[0], ' ') : folded;
  const stated = LENGTH.map((pattern) => pattern.exec(lengthText)).find((m) => m !== null);
  const minLength = stated ? Number(stated[1]) : 8;
  if (minLength < 1 || minLength > 128) return null;
  const classes = (Object.keys(CLASS_WORDS) as (keyof typeof CLASS_WORDS)[]).filter((c) =>
    hasAny(words, CLASS_WORDS[c]),
  );
  const rules: Rule[] = [
    'min_length',
    ...(classes.length > 0 ? classes : (['lowercase', 'uppercase', 'digit', 'symbol'] as const)),
    ...(hasAny(words, COMMON) ? (['not_common'] as const) : []),
  ];
  const weakBelow = below ? Number(below[1]) : minLength;
  if (weakBelow < 1 || weakBelow > minLength) return null;
  return {
    design: passwordDesign(
      minLength,
      RULES.filter((r) => rules.includes(r)),
      languagesOf(words),
      rated ? { weakBelow } : null,
    ),
  };
}

export const PASSWORDS: CatalogFamily = {
  name: 'password',
  functions: [PASSWORD_CODE],
  recognise: recognisePassword,
};
