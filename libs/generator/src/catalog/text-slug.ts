import { stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { cutSlug, slugReference } from './text-checks-reference';
import { foldOption, statedFolds, type StatedFold } from './text-fold';

/*
 * A URL slug with the rules a feature states in words: the separator ("separated by underscores", "Trennzeichen
 * Unterstrich"), a maximum length ("at most 20 characters", "höchstens 30 Zeichen", "como máximo 15 caracteres":
 * cut there, a separator left at the cut dropped) and foldings stated by example ("ü→ue"); lower case ASCII
 * always. Worked examples are hand-written slugs, joined with the separator and cut at the length as the rule says.
 */

export const SLUG_CODE: FunctionCode = {
  id: 'text.slugify',
  exportName: 'textSlugify',
  source: String.raw`/** Letters Unicode does not decompose, folded for a URL slug. */
const TEXT_SLUG_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i',
};

/**
 * text.slugify: text as a URL slug: lower-case ASCII, accents folded (option map: the feature's own foldings,
 * "ü=ue"), other runs one separator (option separator, "-" by default), none at the ends; option max_length cuts
 * it there and drops a separator left at the cut (option cut "word": at the last word boundary within it).
 */
export const textSlugify: CatalogFunction = (input, options) => {
  const text = typeof input.text === 'string' ? input.text : '';
  const separator = typeof options.separator === 'string' ? options.separator : '-';
  const stated = new Map<string, string>();
  for (const pair of String(options.map ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) stated.set(pair.slice(0, at), pair.slice(at + 1));
  }
  let slug = Array.from(text.normalize('NFC').toLowerCase(), (c) => stated.get(c) ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđłþðı]/g, (c) => TEXT_SLUG_LETTERS[c] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .replace(/-/g, separator);
  if (typeof options.max_length === 'number' && slug.length > options.max_length) {
    const whole = slug;
    slug = slug.slice(0, options.max_length);
    // A cut at a word boundary keeps the words that fit whole (a first word longer than the length is cut inside).
    if (options.cut === 'word' && separator !== '' && !whole.startsWith(separator, options.max_length)) {
      const at = slug.lastIndexOf(separator);
      if (at > 0) slug = slug.slice(0, at);
    }
    while (separator !== '' && slug.endsWith(separator)) slug = slug.slice(0, -separator.length);
  }
  if (slug === '') return { ok: false, problems: ['text has no letter or digit to make a slug of'] };
  return { ok: true, value: { slug } };
};`,
};

const SLUG_GLOSS: Partial<Record<Language, string>> = {
  de: ' Einen Text oder Titel in einen URL-Slug umwandeln (Kleinbuchstaben, ohne Akzente, mit Bindestrichen).',
  es: ' Generar el slug para URL de un texto, título o titular (minúsculas, sin acentos ni tildes, sin signos de puntuación, con guiones simples).',
  fr: ' Transformer un texte ou un titre en slug pour URL (minuscules, sans accents, avec des tirets).',
  it: ' Trasformare un testo o un titolo in uno slug per URL (minuscole, senza accenti, con trattini).',
  pt: ' Transformar um texto ou título em slug para URL (minúsculas, sem acentos, com hífens).',
};
/** The hyphen rule in the feature's languages: every run of anything else one hyphen, none doubled or at the ends. */
const HYPHEN_GLOSS: Partial<Record<Language, string>> = {
  de: ' Alles, was kein Buchstabe und keine Ziffer ist, wird ein Bindestrich; keine doppelten Bindestriche, keine an den Enden.',
  es: ' Todo lo que no es letra ni cifra se vuelve un guion, sin guiones dobles ni en los extremos; acentos quitados.',
  fr: ' Tout ce qui n’est pas lettre ou chiffre devient un tiret, sans tirets doublés ni aux bouts ; accents enlevés.',
  it: ' Tutto ciò che non è lettera o cifra diventa un trattino, senza trattini doppi né agli estremi; accenti tolti.',
  pt: ' Tudo o que não é letra ou dígito vira um hífen, sem hífens duplos nem nas pontas; acentos removidos.',
};
const UNDERSCORE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Trennzeichen: Unterstrich.',
  es: ' Separador: guion bajo.',
  fr: ' Séparateur : tiret bas.',
  it: ' Separatore: trattino basso.',
  pt: ' Separador: sublinhado.',
};
export const WORD_CUT_GLOSS: Partial<Record<Language, string>> = {
  de: ' Gekürzt an einer Wortgrenze.',
  es: ' Cortado en un límite de palabra.',
  fr: ' Coupé à une limite de mot.',
  it: ' Tagliato al confine di una parola.',
  pt: ' Cortado num limite de palavra.',
};
export const LENGTH_GLOSS: Partial<Record<Language, string>> = {
  de: ' Höchstens {n} Zeichen.',
  es: ' Como máximo {n} caracteres.',
  fr: ' Au plus {n} caractères.',
  it: ' Al massimo {n} caratteri.',
  pt: ' No máximo {n} caracteres.',
};

/** The rules a slug feature states: separator, maximum length, stated foldings. */
export interface SlugRules {
  separator: '-' | '_';
  maxLength: number | null;
  /** The cut at `maxLength` keeps whole words ("cut at a word boundary", "sans couper de mot"). */
  wordCut: boolean;
  folds: StatedFold[];
}

const UNDERSCORE =
  /underscore|unterstrich|guion bajo|tiret bas|trattino basso|sublinhado|trait de soulignement/;
const MAX_LENGTH =
  /(?:at most|maximum(?: of)?|max(?:imal)?\.?|up to|no (?:more|longer) than|limited to|hochstens|maximal|como maximo|maximo|hasta|au plus|au maximum|al massimo|massimo|no maximo|ate)\s*(\d{1,4})\s*(?:characters?|chars?|zeichen|caracteres?|caratteri|letters?)/;
/** A length cut that keeps whole words (folded text). */
export const WORD_CUT =
  /(?:words?|"?-"?|hyphens?|dash(?:es)?|separators?)\s+boundar|whole words?|(?:without|never) (?:cutting|splitting|breaking) (?:a |any )?words?|between (?:two )?words|(?:middle|inside) of a word|wortgrenze|ganze[n]? wort|ohne (?:ein )?wort|zwischen (?:zwei )?worte|mitten im wort|limite de (?:palabra|mot|palavra)|palabras? complet|mots? entiers?|sans couper|entre (?:deux |dos |duas )?(?:mots|palabras|palavras)|milieu d.un mot|medio de una palabra|parol[ae] inter|confine di (?:una )?parola|tra (?:due )?parole|meta di una parola|palavras? inteir|meio de uma palavra|sin cortar|senza tagliare|sem cortar/;
/** Words about where a cut falls: said but not read as a word-boundary cut, the length is left unread. */
export const CUT_WHERE =
  /\b(?:boundar\w*|words?|wort|worte\w*|mots?|palabras?|parol[ae]|palavras?|middle|milieu|mitte|medio|mezzo|meio|between|zwischen|entre|tra)\b/;
const LENGTH_MAX =
  /(\d{1,4})\s*(?:characters?|chars?|zeichen|caracteres?|caratteri)\s*(?:max(?:imum)?|at most|hochstens)\b/;

/** The slug rules a feature's text states (folded to lower-case ASCII for the words, as written for foldings). */
export function slugRules(text: string): SlugRules {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const length = MAX_LENGTH.exec(folded) ?? LENGTH_MAX.exec(folded);
  const maxLength = length && Number(length[1]) >= 1 ? Number(length[1]) : null;
  return {
    separator: UNDERSCORE.test(folded) || /separated by _|with _/.test(folded) ? '_' : '-',
    maxLength,
    wordCut: maxLength !== null && WORD_CUT.test(folded),
    folds: statedFolds(text).filter(([, to]) => /^[a-z]+$/.test(to)),
  };
}

/** A hand-written slug under the rules: joined with the separator, then cut at the length. */
function underRules(slug: string, rules: SlugRules): string {
  return cutSlug(slug.replace(/-/g, rules.separator), rules.separator, rules.maxLength, rules.wordCut);
}

/** The stated foldings the reference does not make itself ("ü → ue"; "é → e" is its own). */
function ownFolds(rules: SlugRules): StatedFold[] {
  const reference = slugReference(rules.separator, null);
  return rules.folds.filter(([from, to]) => {
    const answer = reference.compute({ text: from });
    return !answer.ok || answer.results.slug !== to;
  });
}

export function slugDesign(languages: Language[], rules: SlugRules, source: string[] = []): FunctionDesign {
  const folded = (text: string) => rules.folds.some(([f]) => text.toLowerCase().includes(f));
  const facts: [string, string][] = [
    ['Crème brûlée à Paris!', 'creme-brulee-a-paris'],
    ['Hello, World!', 'hello-world'],
    ['  Ten Tips for 2024 -- Part 2 ', 'ten-tips-for-2024-part-2'],
    ['Straße & Café', 'strasse-cafe'],
    ['The Quick Brown Fox Jumps Over The Lazy Dog', 'the-quick-brown-fox-jumps-over-the-lazy-dog'],
  ];
  const stated: [string, string][] = rules.folds.map(([from, to]) => [`${from}x Y`, `${to}x-y`]);
  const rows = [...facts.filter(([text]) => !folded(text)), ...stated].map(
    ([text, slug]): [string, string] => [text, underRules(slug, rules)],
  );
  const sep = rules.separator === '_' ? 'an underscore "_"' : 'one "-" (hyphen)';
  const n = rules.maxLength;
  const options = {
    ...(rules.separator === '_' ? { separator: '_' } : {}),
    ...(n !== null ? { max_length: n } : {}),
    ...(n !== null && rules.wordCut ? { cut: 'word' } : {}),
    ...foldOption(rules.folds),
  };
  const own = rules.folds.map(([f, t]) => `${f} → ${t}`).join(', ');
  return {
    function: SLUG_CODE.id,
    method: 'POST',
    path: '/text/slugify',
    summary:
      `Turns a text (${source.length > 0 ? `the ${source.join(' ')} the feature names, or any` : 'a title or'} ` +
      'phrase) into a URL slug: lower case ASCII letters and digits, accents ' +
      `folded (é → e, ß → ss${own ? `; as the feature states: ${own}` : ''}), every run of other characters ` +
      `(spaces become separators) replaced by ${sep}, no separator at the ends` +
      (n !== null
        ? `, at most ${n} characters (cut ${rules.wordCut ? 'at the last word boundary within them' : 'there'}, ` +
          'a separator left at the cut dropped, never ending in one)'
        : '') +
      ` ("Crème brûlée à Paris!" → ${underRules('creme-brulee-a-paris', rules)}). A text that leaves an empty ` +
      'slug is refused with 400.' +
      glossIn(SLUG_GLOSS, languages) +
      glossIn(rules.separator === '_' ? UNDERSCORE_GLOSS : HYPHEN_GLOSS, languages) +
      (n !== null ? languages.map((l) => (LENGTH_GLOSS[l] ?? '').replace('{n}', String(n))).join('') : '') +
      (n !== null && rules.wordCut ? glossIn(WORD_CUT_GLOSS, languages) : ''),
    ...(Object.keys(options).length > 0 ? { options } : {}),
    inputs: [
      { param: 'text', field: stringField('text', 'Title or text to slugify', 'Crème brûlée à Paris!') },
    ],
    outputs: [{ result: 'slug', field: 'slug', description: 'The URL slug', example: rows[0][1] }],
    examples: rows.map(([text, slug]) => ({
      description: `The URL slug of "${text}" is ${slug}.`,
      input: { text },
      output: { slug },
    })),
    refusals: [
      {
        description: 'Punctuation alone ("!?…") leaves an empty slug and is refused.',
        input: { text: '!?…' },
      },
      { description: 'A text of spaces only leaves an empty slug and is refused.', input: { text: '   ' } },
    ],
    // Foldings the feature states by example are the feature's own rules, not the reference's, unless each is the
    // reference's own ("é becomes e").
    ...(ownFolds(rules).length > 0
      ? {}
      : { reference: slugReference(rules.separator, rules.maxLength, rules.wordCut) }),
  };
}
