import type { ConstraintDesign, FunctionDesign, Recognised, Refusal } from './catalog-entry';
import { glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';
import { namesPassword, writtenAnswers, type AnswerNames } from './password-answers';
import { readCodes, rulesIn, type Rule } from './password-rules';
import { EMPTY_REFUSED } from './password-tier-words';

/*
 * Features that say more about a password check another feature asks for, without naming the password again:
 * its rules with the code of each ("rules, in this order: at least 10 characters (too_short), a digit
 * (no_digit)"), how its answer is named ("devuelve {"valida": boolean, "errores": [string]}", "Antwort: gültig
 * ja/nein und die Liste der verletzten Regeln"), an empty password refused ("an empty password is an error, not a
 * rating"). Each is a constraint on the check's endpoint that redesigns it with what the feature says. Readers
 * only; the design is password.ts.
 */

/** What a redesign keeps of the check it refines, and what the feature changes. */
export interface CheckReading {
  minLength: number;
  rules: Rule[];
  codes?: Partial<Record<Rule, string>>;
  passes: boolean;
  missing: boolean;
  refuseEmpty: boolean;
  valid: boolean;
  names: AnswerNames;
}

/** The design of a check (password.ts's `passwordDesign`, passed in to keep the modules apart). */
export type CheckDesigner = (reading: CheckReading, languages: Language[]) => FunctionDesign;

/** Nouns of something else than a password whose rules a coded list may state (a user name, an e-mail). */
const OTHER_SUBJECT = `username usernames name names email mail login nickname title slug field fields
  benutzer benutzername nutzername nombre usuario utilisateur identifiant nome utente usuario`.split(/\s+/);

/** "rules", "Regeln", "reglas", "règles", "regole", "regras", "policy": what a check's broken list names. */
const RULE_WORDS =
  `rule rules policy regel regeln richtlinie regla reglas politica regle regles politique regola
  regole regra regras`.split(/\s+/);

/** "valid", "gültig", "válida", "valide", "ok": the answer says whether every rule is met. */
const VALID_WORDS = 'valid ok gultig gueltig valida valido valide'.split(' ');
/** "the list of broken rules", "verletzten Regeln", "reglas incumplidas", "règles non respectées". */
const BROKEN_WORDS =
  `broken failed failing violated unmet verletzt verletzte verletzten gebrochen nicht erfullt
  erfullten incumplidas incumplida fallidas respectees violees violate falhas falhadas violadas`.split(/\s+/);

/** The check the design `d` makes, as its options and answers state it. */
function readingOf(d: FunctionDesign): CheckReading | null {
  const o = d.options ?? {};
  if (o.tiers !== undefined || typeof o.rules !== 'string') return null;
  const field = (result: string) => d.outputs.find((x) => x.result === result)?.field;
  const names: AnswerNames = {
    valid: field('valid'),
    failed: field('failed'),
    score: field('score'),
  };
  return {
    minLength: Number(o.min_length ?? 8),
    rules: o.rules.split(',').filter((r) => r !== '') as Rule[],
    ...(typeof o.codes === 'string' ? { codes: JSON.parse(o.codes) as Partial<Record<Rule, string>> } : {}),
    passes: o.passes === true,
    missing: o.missing === true,
    refuseEmpty: d.inputs[0]?.field.allow_empty !== true,
    valid: names.valid !== undefined,
    names,
  };
}

/** The redesign on the endpoint of `given`: its route and the name it reads the password under kept. */
function onEndpoint(given: FunctionDesign, made: FunctionDesign): FunctionDesign {
  const name = given.inputs[0]?.field.name ?? 'password';
  const rename = (input: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k === 'password' ? name : k, v]));
  return {
    ...made,
    method: given.method,
    path: given.path,
    inputs: made.inputs.map((i) => ({ ...i, field: { ...i.field, name } })),
    examples: made.examples.map((x) => ({ ...x, input: rename(x.input) })),
    refusals: made.refusals.map((x) => ({ ...x, input: rename(x.input) })),
  };
}

/** A constraint redesigning the check with `change`, when the check it joins is one without tiers. */
function redesigning(
  change: (r: CheckReading) => CheckReading | null,
  languages: Language[],
  design: CheckDesigner,
  refused: (d: FunctionDesign) => Refusal[] = () => [],
  after: (d: FunctionDesign) => FunctionDesign = (d) => d,
): { constraint: ConstraintDesign } {
  const changed = (d: FunctionDesign) => {
    const r = readingOf(d);
    return r === null ? null : change(r);
  };
  return {
    constraint: {
      function: 'password.strength',
      fits: (d) => changed(d) !== null,
      refine: (d) => {
        const r = changed(d);
        return after(r === null ? d : onEndpoint(d, design(r, languages)));
      },
      refusals: refused,
    },
  };
}

/** A follow-up of a password check (`text` names no password), or null when it is none. */
export function passwordFollowUp(text: string, words: string[], design: CheckDesigner): Recognised {
  if (hasAny(words, OTHER_SUBJECT)) return null;
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const languages = languagesOf(words);
  const coded = readCodes(text, rulesIn);
  if (coded === 'unread') return null;
  if (coded !== null && Object.keys(coded.codes).length >= 2) {
    const codes = coded.codes;
    const minLength = codes.min_length !== undefined ? coded.minLength : 8;
    if (minLength < 1 || minLength > 128) return null;
    // The rules and their codes in the order the feature states them: the answer lists the broken ones so.
    return redesigning(
      (r) => ({ ...r, minLength, rules: Object.keys(codes) as Rule[], codes, valid: true }),
      languages,
      design,
    );
  }
  if (coded !== null) return null;
  const spelled = writtenAnswers(text, false);
  const prose =
    hasAny(words, VALID_WORDS) && (hasAny(words, BROKEN_WORDS) || /\bnon respectees\b/.test(folded));
  // An answer named without a password must name the rules it lists: "valid and errors" alone may be any check's.
  const ours = namesPassword(words) || hasAny(words, RULE_WORDS);
  if (
    ours &&
    ((spelled?.valid !== undefined && spelled.failed !== undefined) || (spelled === null && prose))
  ) {
    const names = spelled ?? {};
    // "…; senha ausente ou que não é texto dá 400": the refusals said beside the answer, shown too.
    return alsoRefusing(
      text,
      folded,
      words,
      (r) => ({ ...r, valid: true, names: { ...r.names, ...names } }),
      design,
    );
  }
  const password = namesPassword(words);
  // "say whether the password is valid", "sagen, ob das Passwort gültig ist": the check answers `valid` too.
  if (password && spelled === null && hasAny(words, VALID_WORDS) && WHETHER.test(folded))
    return alsoRefusing(text, folded, words, (r) => ({ ...r, valid: true }), design);
  const refused = refusing(text, folded, words);
  if (refused !== null || !password || !STILL_ANSWERED.test(folded)) return refused;
  // "a password that breaks the rules is still answered with 200": what every check and rating does (its worked
  // examples answer passwords that break rules), said in its summary.
  return { constraint: { function: 'password.strength', refusals: () => [], refine: stillAnswered(words) } };
}

/** A weak password answered with 200, said in the summary in English and the feature's languages. */
function stillAnswered(words: string[]): (d: FunctionDesign) => FunctionDesign {
  const told = STILL_GLOSS.en + glossIn(STILL_GLOSS, languagesOf(words));
  return (d) => (d.summary.includes(told) ? d : { ...d, summary: `${d.summary}${told}` });
}

const STILL_GLOSS: Record<Language, string> = {
  en: ' A password that breaks rules of the policy (weak) is still answered with 200, not an error.',
  de: ' Ein Passwort, das Regeln verletzt (schwach), wird trotzdem mit 200 beantwortet, nicht als Fehler.',
  es: ' Una contraseña que no cumple las reglas (débil) también se responde con 200, no es un error.',
  fr: ' Un mot de passe qui ne respecte pas les règles (faible) reçoit quand même 200, pas une erreur.',
  it: ' Una password che non rispetta le regole (debole) riceve comunque 200, non un errore.',
  pt: ' Uma senha que não cumpre as regras (fraca) também recebe 200, não um erro.',
};

/** A redesign with `change`, and the refusals the same feature says beside it (their summary words too). */
function alsoRefusing(
  text: string,
  folded: string,
  words: string[],
  change: (r: CheckReading) => CheckReading,
  design: CheckDesigner,
): Recognised {
  const also = refusing(text, folded, words);
  const constraint = also !== null && 'constraint' in also ? also.constraint : undefined;
  const still = STILL_ANSWERED.test(folded) ? stillAnswered(words) : (d: FunctionDesign) => d;
  const refine = constraint?.refine ?? ((d: FunctionDesign) => d);
  return redesigning(change, languagesOf(words), design, constraint?.refusals, (d) => still(refine(d)));
}

/** "whether", "ob", "si", "se": the feature asks whether the password is valid. */
const WHETHER = /\b(?:whether|if|ob|si|se)\b/;
/** "… is still answered with 200", "reçoit quand même 200", "también responde 200", "dá 200 mesmo assim". */
export const STILL_ANSWERED =
  /\b(?:still|anyway|nevertheless|trotzdem|dennoch|auch|tambien|igualmente|quand meme|tout de meme|aussi|comunque|anche|ugualmente|ainda|tambem|mesmo assim)\b[^.;\n]*\b200\b|\b200\b[^.;\n]*\b(?:still|anyway|trotzdem|dennoch|tambien|quand meme|comunque|ainda|tambem|mesmo assim)\b/;

/** "a missing password", "fehlt das Passwort", "contraseña ausente", "mot de passe manquant", "mancante". */
const MISSING_WORDS = `missing absent omitted fehlt fehlen fehlendes fehlende ausente falta faltante manquant
  manquante absent absente mancante mancanti`.split(/\s+/);
/** "non-string", "not a string", "kein Text", "no es texto", "pas une chaîne", "non testuale", "não é texto". */
const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const NOT_TEXT =
  /\b(?:non-?string|not a string|not text|no string|kein text|keine zeichenkette|no es (?:un )?texto|que no sea texto|pas une chaine|pas du texte|non testuale|non e (?:un )?testo|nao e texto|que nao e texto|nao textual)\b/;

/**
 * "a password that breaks rules is still answered with 200; a missing or non-string password returns 400": the
 * refusals of the check or rating it joins (a missing password, one that is not text, an empty one when it says
 * so), each shown with the feature's words. Null when it names no such refusal, or anything else.
 */
function refusing(text: string, folded: string, words: string[], ruled = false): Recognised {
  // Only a refusal that names the password: "empty or blank text => 400" is a text computation's, "ist der Bucket
  // leer, … abgelehnt" a rate limit's (claiming them lost both from their computations).
  if (!namesPassword(words)) return null;
  const empty = EMPTY_REFUSED.test(folded);
  const missing = hasAny(words, MISSING_WORDS);
  const notText = NOT_TEXT.test(folded);
  const refused = refuses(words) || /\b4\d\d\b/.test(folded);
  if (!(empty || ((missing || notText) && refused))) return null;
  if (!ruled && (words.length > 40 || readCodes(text, rulesIn) !== null || rulesIn(text).size > 0))
    return null;
  // What refuses, as written; in a feature that designs the check too, only the clause that refuses.
  const clauses = text.split(/[;\n]|\.\s/).map((c) => c.replace(/\s+/g, ' ').trim());
  const clause = clauses.find((c) => /\b4\d\d\b/.test(c) || EMPTY_REFUSED.test(fold(c)));
  const said = ruled && clause !== undefined ? clause : clauses.join('; ');
  const refusalsOf = (name: string): Refusal[] => [
    ...(missing ? [{ description: `Without a password (${said}).`, input: {} }] : []),
    ...(notText ? [{ description: `A password that is not text (${said}).`, input: { [name]: true } }] : []),
    ...(empty ? [{ description: `An empty password (${said}).`, input: { [name]: '' } }] : []),
  ];
  const one = (d: FunctionDesign) => d.inputs.length === 1 && d.inputs[0].field.type === 'string';
  // What is refused, said in the feature's language too (the summary carries the words it refuses in).
  const languages = languagesOf(words);
  const told =
    (missing || notText ? glossIn(REFUSED_GLOSS, languages) : '') +
    (empty ? glossIn(EMPTY_GLOSS, languages) : '');
  return {
    constraint: {
      function: 'password.strength',
      fits: one,
      refine: (d) => {
        if (!one(d)) return d;
        const summary = d.summary.includes(told) ? d.summary : `${d.summary}${told}`;
        if (!empty || d.inputs[0].field.allow_empty !== true) return { ...d, summary };
        const { allow_empty: _, ...field } = d.inputs[0].field;
        void _;
        return {
          ...d,
          summary: `${summary} An empty password is refused with 400 (an error, not a rating).`,
          inputs: [{ ...d.inputs[0], field }],
        };
      },
      refusals: (d) => refusalsOf(d.inputs[0]?.field.name ?? 'password'),
    },
  };
}

/** A missing password or one that is not text refused, in each language but English (the summary says it so). */
const REFUSED_GLOSS: Partial<Record<Language, string>> = {
  de: ' Fehlt das Passwort oder ist es kein Text (keine Zeichenkette), wird es mit 400 abgelehnt.',
  es: ' Una contraseña ausente (que falta) o que no es texto se rechaza con 400.',
  fr: " Un mot de passe manquant (absent) ou qui n'est pas du texte (pas une chaîne) est refusé avec 400.",
  it: ' Una password mancante o che non è testo (non una stringa) è rifiutata con 400.',
  pt: ' Uma senha ausente (em falta) ou que não é texto é recusada com 400.',
};
/** An empty password refused as an error, not rated, in each language but English. */
const EMPTY_GLOSS: Partial<Record<Language, string>> = {
  de: ' Ein leeres Passwort ist ein Fehler (400), keine Bewertung.',
  es: ' Una contraseña vacía es un error (400), no una calificación.',
  fr: ' Un mot de passe vide est une erreur (400), pas une note.',
  it: ' Una password vuota è un errore (400), non una valutazione.',
  pt: ' Uma senha vazia é um erro (400), não uma classificação.',
};

/**
 * A check or rating a feature designs, with the refusals and the weak password answered that the same text says
 * ("…; a missing or non-string password returns 400"): features read together with an earlier one are designed
 * whole, so what the later one refuses is shown in the design itself.
 */
export function withSaid(text: string, words: string[], design: FunctionDesign): FunctionDesign {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const said = refusing(text, folded, words, true);
  let d = design;
  if (said !== null && 'constraint' in said && (said.constraint.fits?.(d) ?? true)) {
    d = said.constraint.refine?.(d) ?? d;
    const known = new Set(d.refusals.map((r) => JSON.stringify(r.input)));
    const more = said.constraint.refusals(d).filter((r) => !known.has(JSON.stringify(r.input)));
    d = { ...d, refusals: [...d.refusals, ...more] };
  }
  return namesPassword(words) && STILL_ANSWERED.test(folded) ? stillAnswered(words)(d) : d;
}

/** A password family's recogniser: its own designs with what the same text says, else a follow-up's reading. */
export function withFollowUps(
  own: (text: string, words: string[]) => Recognised,
  design: CheckDesigner,
): (text: string, words: string[]) => Recognised {
  return (text, words) => {
    const found = own(text, words);
    if (found !== null && 'design' in found) return { design: withSaid(text, words, found.design) };
    return found ?? passwordFollowUp(text, words, design);
  };
}
