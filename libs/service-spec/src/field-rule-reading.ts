import { listsCodedRules } from './input-rule-text';

/*
 * Key features that put an input rule on a record's text field: its length ("names must be 3–40 characters",
 * "a title of at most 80 characters", "Namen zwischen 3 und 40 Zeichen"), that it is an email address ("the
 * email must be a valid email") and that it must be sent ("email is required", "le titre est obligatoire").
 * Part of the constraint reading (`constraint-reading.ts`), which the designer and the fidelity gate share.
 * Text is compared folded (lower case, accents removed).
 */

/** A text field's input rule asked by a feature that names no operation of its own. */
export type FieldRuleReading =
  /** The field's length in characters: `min` and/or `max`. */
  | { kind: 'length'; subject: string[]; min?: number; max?: number }
  /** The field holds an email address (and, with `required`, must be sent). */
  | { kind: 'email'; subject: string[]; required: boolean }
  /** The field must be sent (a required field: 400 naming it when missing). */
  | { kind: 'required'; subject: string[] };

const CHARS = '(?:characters?|chars?|letters?|zeichen|buchstaben|caracteres?|caratteri|lettere)';
const AND = '(?:-|–|—|to|bis|a|and|und|y|et|e)';
const LENGTH_PHRASES: { pattern: RegExp; read: (m: RegExpExecArray) => { min?: number; max?: number } }[] = [
  {
    pattern: new RegExp(
      `(?:between|zwischen|entre|tra|from|von|de|da)?\\s*(\\d+)\\s*${AND}\\s*(\\d+)\\s*${CHARS}`,
    ),
    read: (m) => ({ min: Number(m[1]), max: Number(m[2]) }),
  },
  {
    pattern: new RegExp(`(?:exactly|genau|exactement|exactamente|esattamente)\\s+(\\d+)\\s*${CHARS}`),
    read: (m) => ({ min: Number(m[1]), max: Number(m[1]) }),
  },
  {
    pattern: new RegExp(
      `(?:at least|no less than|min(?:imum)?(?: of)?|mindestens|au moins|al menos|almeno|pelo menos)\\s+(\\d+)\\s*${CHARS}|(\\d+)\\s*${CHARS} (?:or|oder|ou|o) (?:more|longer|mehr|plus|mas|piu)`,
    ),
    read: (m) => ({ min: Number(m[1] ?? m[2]) }),
  },
  {
    pattern: new RegExp(
      `(?:at most|no more than|up to|max(?:imum)?(?: of)?|hochstens|hoechstens|bis zu|au plus|jusqu'a|como maximo|hasta|al massimo|no maximo)\\s+(\\d+)\\s*${CHARS}`,
    ),
    read: (m) => ({ max: Number(m[1]) }),
  },
  {
    // The bound after the count: "60 caractères au plus", "200 caracteres como máximo", "500 Zeichen maximal".
    pattern: new RegExp(
      `(\\d+)\\s*${CHARS}\\s+(?:at most|or less|or fewer|max(?:imum|imal)?|hochstens|hoechstens|au plus|au maximum|como maximo|al massimo|no maximo|o menos|ou moins|oder weniger|o meno|ou menos)\\b`,
    ),
    read: (m) => ({ max: Number(m[1]) }),
  },
];

/**
 * The length a part of a field list states for its text ("a message of at most 280 characters", "un titre de 60
 * caractères au plus", "a username of 3 to 20 characters"), with where the phrase starts and ends in `text`
 * (folded: lower case, accents removed), or null when it states none or contradicts itself.
 */
export function lengthPhraseIn(
  text: string,
): { min?: number; max?: number; index: number; end: number } | null {
  for (const { pattern, read } of LENGTH_PHRASES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const { min, max } = read(m);
    if ((min !== undefined && max !== undefined && min > max) || max === 0) return null;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    return {
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
      index: start,
      end: m.index + m[0].length,
    };
  }
  return null;
}

/** Words that bind a subject to its rule, or say nothing of the field. */
const BINDING = new Set(
  (
    'the a an each every any all of is are be must should shall has have to needs need may can only always will it its ' +
    'their be long and also too between from with in at least most exactly up no more less than or valid well formed ' +
    'der die das den dem des ein eine jede jeder jedes muss mussen soll sollen darf ist sind sein lang zwischen und ' +
    'el la los las un una cada debe deben tiene tienen que ser es son entre y largo le les une chaque doit doivent etre ' +
    'est sont il lo gli ogni deve devono essere e o os um uma cada tem ter tener haben hat avoir ont avere ha hanno'
  ).split(' '),
);

/** Verbs that make a feature an operation of its own ("register members with a name of 3–40 characters"). */
const OPERATIONS =
  /\b(?:add|adds|create\w*|register\w*|store\w*|save\w*|list\w*|sign\w*|book\w*|record\w*|track\w*|submit\w*|anleg\w*|erstell\w*|crea\w*|ajout\w*|registr\w*|cadastr\w*|check\w*|validat\w*|verif\w*|prufe\w*|pruf\w*|ueberpruf\w*|uberpruf\w*|comprob\w*|controll\w*|test\w*|whether|ob)\b/;

const EMAIL_WORDS = /\b(?:e-?mails?|mail|mail address|correo|courriel|e-mail-adresse|emailadresse)\b/;
const VALID =
  /\b(?:valid|well[- ]formed|real|proper|gultig\w*|valide|valido|valida|validas?|validos?|corrett[oa])\b/;
const REQUIRED =
  /\b(?:required|mandatory|compulsory|must be (?:given|sent|provided|present)|cannot be (?:empty|missing|left out)|must not be (?:empty|missing)|pflicht\w*|erforderlich|obligatori[oa]s?|obligatoires?|requis|requise|necesari[oa]|obbligatori[oa])\b/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!;]+$/, '');
}

/** An English plural's singular ("names" → "name"); the shared matcher would cut "names" to "nam". */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

function subjectIn(phrase: string): string[] | null {
  const words = (phrase.match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= 2 && !BINDING.has(w))
    .map(singular);
  return words.length >= 1 && words.length <= 4 ? words : null;
}

/** The lowest and highest length every length phrase of a text states ("at least 16 … and at most 8"). */
function statedLengths(text: string): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const { pattern, read } of LENGTH_PHRASES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const { min, max } = read(m);
    if (min !== undefined) out.min = Math.max(out.min ?? min, min);
    if (max !== undefined) out.max = Math.min(out.max ?? max, max);
  }
  return out;
}

/**
 * The lengths a feature states when they contradict each other ("at least 16 characters and at most 8"), so that
 * no text satisfies them, or null.
 */
export function contradictoryLengths(feature: string): { min: number; max: number } | null {
  const { min, max } = statedLengths(fold(feature));
  return min !== undefined && max !== undefined && min > max ? { min, max } : null;
}

/**
 * Tier names of a strength rating ("fuerte con 12 caracteres o más …; en otro caso, media"): a rating's tier said
 * by its length, no field's length rule.
 */
const TIER_NAMES = new Set(
  `weak strong medium fair schwach stark mittel debil fuerte media faible fort forte moyen debole fraca fraco
  razoavel`.split(/\s+/),
);

function readLength(text: string): FieldRuleReading | null {
  if (contradictoryLengths(text) !== null) return null;
  // Two tiers named: a rating ("… strong; everything else is medium"), not "a strong password needs 12 characters".
  if (new Set((text.match(/\p{L}+/gu) ?? []).filter((w) => TIER_NAMES.has(w))).size >= 2) return null;
  for (const { pattern, read } of LENGTH_PHRASES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const { min, max } = read(m);
    if ((min !== undefined && max !== undefined && min > max) || max === 0) return null;
    // "name is required, the message must be between 1 and 280 characters": the length is the message's, the
    // clause before the comma another rule's.
    // A prefix too long to be a subject ("generar slugs de títulos con guiones, sin tildes …") states no field's
    // length, whatever its last clause.
    const before = text.slice(0, m.index);
    const whole = subjectIn(before);
    if (!whole) return null;
    const subject = subjectIn(before.split(/[,;:]/).pop() ?? before) ?? whole;
    return {
      kind: 'length',
      subject,
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    };
  }
  return null;
}

function readEmailOrRequired(text: string): FieldRuleReading | null {
  const required = REQUIRED.exec(text);
  const email = EMAIL_WORDS.exec(text);
  const valid = VALID.exec(text);
  if (email && valid) {
    // "the email must be a valid email address", "email is required and must be a valid email".
    const before = text.slice(0, Math.min(valid.index, required?.index ?? Infinity));
    const subject = subjectIn(before.replace(EMAIL_WORDS, (m) => ` ${m.replace(/-/g, '')} `));
    if (!subject || !subject.some((w) => EMAIL_WORDS.test(w))) return null;
    const rest = text
      .slice(valid.index)
      .replace(VALID, ' ')
      .replace(REQUIRED, ' ')
      .replace(EMAIL_WORDS, ' ')
      .replace(/\b(?:address|adresse|direccion|indirizzo|endereco)\b/g, ' ');
    if (subjectIn(rest) !== null) return null;
    return { kind: 'email', subject, required: required !== null };
  }
  if (required) {
    // "email is required", "a title is mandatory", "der Name ist Pflicht".
    const subject = subjectIn(text.slice(0, required.index));
    if (!subject || subjectIn(text.slice(required.index + required[0].length)) !== null) return null;
    return { kind: 'required', subject };
  }
  return null;
}

/** The text-field rule a constraint-only feature asks for, or null when it asks for none. */
export function readFieldRule(feature: string): FieldRuleReading | null {
  const text = fold(feature);
  if (text.length === 0 || text.length > 160 || OPERATIONS.test(text) || /[/{}]/.test(text)) return null;
  // A rule states what a field must be; a question ("are these mail addresses valid?") asks for a check.
  if (/[?¿]/.test(text)) return null;
  // "at least 10 characters (too_short), a digit (no_digit)": rules a check reports by the codes written beside
  // them, answered with 200 and the codes broken, not a length a record field is refused for.
  if (listsCodedRules(feature)) return null;
  return readLength(text) ?? readEmailOrRequired(text);
}
