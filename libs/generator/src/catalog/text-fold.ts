import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language, wordList } from './feature-words';

/*
 * Accent folding (transliteration to plain letters) as a feature of its own: accents and other marks dropped
 * (é → e, ñ → n), letters Unicode does not decompose written out (ß → ss, æ → ae, ø → o, ł → l), and the
 * foldings the feature states by example ("ü becomes ue", "ä → ae") taking precedence, capitalised for capital
 * letters (Ü → Ue). Everything else is kept as it is.
 */

export const FOLD_CODE: FunctionCode = {
  id: 'text.fold-accents',
  exportName: 'textFoldAccents',
  source: String.raw`/** Letters Unicode does not decompose, written out in plain letters. */
const TEXT_FOLD_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D',
  ł: 'l', Ł: 'L', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D', ı: 'i',
};

/**
 * text.fold-accents: text with accents and marks dropped and the letters above written out; option map
 * ("ü=ue;ß=ss") holds the foldings the feature states, which win (a capital letter gets a capitalised folding).
 */
export const textFoldAccents: CatalogFunction = (input, options) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const stated = new Map<string, string>();
  for (const pair of String(options.map ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) stated.set(pair.slice(0, at), pair.slice(at + 1));
  }
  let folded = '';
  for (const ch of input.text.normalize('NFC')) {
    const own = stated.get(ch);
    const lower = ch.toLowerCase();
    const fromLower = lower !== ch ? stated.get(lower) : undefined;
    if (own !== undefined) folded += own;
    else if (fromLower !== undefined) folded += fromLower.charAt(0).toUpperCase() + fromLower.slice(1);
    else if (Object.hasOwn(TEXT_FOLD_LETTERS, ch)) folded += TEXT_FOLD_LETTERS[ch];
    else folded += ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return { ok: true, value: { folded } };
};`,
};

/** A folding the feature states by example: a letter with an accent (or ß, ø…) and the plain letters it becomes. */
export type StatedFold = [string, string];

const BECOMES =
  '(?:→|->|=>|⇒|=|\\bbecomes?\\b|\\bturns? into\\b|\\bgoes to\\b|\\bwird(?: zu)?\\b|\\bzu\\b|\\bse convierte en\\b|\\bpasa a\\b|\\bdevient\\b|\\bdiventa\\b|\\bvira\\b|\\bse torna\\b)';
const STATED = new RegExp(`(?<![\\p{L}])(\\p{L})\\s*${BECOMES}\\s*["'«“]?([A-Za-z]{1,3})(?![\\p{L}])`, 'gu');

/** The foldings a feature states ("é→e, ñ→n", "ß becomes ss", "ü wird zu ue"), letters beyond ASCII only. */
export function statedFolds(text: string): StatedFold[] {
  const pairs: StatedFold[] = [];
  for (const m of text.normalize('NFC').matchAll(STATED)) {
    const from = m[1].toLowerCase();
    if (/^[a-z]$/.test(from) || pairs.some(([f]) => f === from)) continue;
    pairs.push([from, m[2].toLowerCase()]);
  }
  return pairs;
}

const QUOTED = new RegExp(`["“«]([^"”»]{1,60})["”»]\\s*${BECOMES}\\s*["“«]([^"”»]{1,60})["”»]`, 'gu');

/**
 * Whole texts the feature folds by example ("José Ñúñez" becomes "Jose Nunez"), kept when the marks dropped
 * and the stated foldings applied give exactly what it says (a quoted pair about anything else is not one).
 */
export function statedTexts(text: string, folds: StatedFold[]): [string, string][] {
  const own = new Map(folds);
  const plain = (s: string) =>
    Array.from(s.normalize('NFC'), (c) => own.get(c) ?? c.normalize('NFD').replace(/\p{M}/gu, '')).join('');
  return [...text.matchAll(QUOTED)]
    .map((m): [string, string] => [m[1], m[2]])
    .filter(([from, to]) => from !== to && /^[\x20-\x7e]+$/.test(to) && plain(from) === to);
}

/** The option a fold takes from stated foldings. */
export function foldOption(folds: StatedFold[]): Record<string, string> {
  return folds.length > 0 ? { map: folds.map(([f, t]) => `${f}=${t}`).join(';') } : {};
}

type Gloss = Partial<Record<Language, string>>;
const GLOSS: Gloss = {
  de: ' Akzente, Umlaute und diakritische Zeichen aus einem Text oder Namen entfernen (in einfache Buchstaben umschreiben, transliterieren).',
  es: ' Quitar los acentos, tildes y diacríticos de un texto o nombre (pasarlo a letras simples, transliterar).',
  fr: " Supprimer les accents et diacritiques d'un texte ou d'un nom (le translittérer en lettres simples).",
  it: ' Togliere gli accenti e i segni diacritici da un testo o nome (traslitterare in lettere semplici).',
  pt: ' Remover os acentos e diacríticos de um texto ou nome (transliterar em letras simples).',
};

/** Texts folded by hand, with the letters each shows. */
const FACTS: [string, string][] = [
  ['Crème brûlée', 'Creme brulee'],
  ['José Muñoz', 'Jose Munoz'],
  ['Straße', 'Strasse'],
  ['Łódź and Øresund', 'Lodz and Oresund'],
  ['São Tomé', 'Sao Tome'],
  ['Zoë Saldaña', 'Zoe Saldana'],
];

/** The fold design, with the stated foldings as options and an example of each (and of its capital). */
export function foldDesign(
  languages: Language[],
  folds: StatedFold[],
  texts: [string, string][] = [],
): FunctionDesign {
  const touched = (text: string) => folds.some(([f]) => text.toLowerCase().includes(f));
  const statedExamples = folds.flatMap(([from, to]) => {
    const upper = from.toUpperCase();
    const capital =
      upper !== from && upper.length === 1
        ? [[`${upper}x`, `${to.charAt(0).toUpperCase()}${to.slice(1)}x`]]
        : [];
    return [[`${from}x`, `${to}x`], ...capital].map(([text, folded]) => ({
      description: `"${from}" becomes "${to}" as the feature states: ${JSON.stringify(text)} folds to ${JSON.stringify(folded)}.`,
      input: { text },
      output: { folded },
    }));
  });
  const stated = folds.map(([f, t]) => `${f} → ${t}`).join(', ');
  return {
    function: FOLD_CODE.id,
    method: 'POST',
    path: '/text/fold-accents',
    summary:
      'Strips the accents (diacritics) from a text or name and transliterates it to plain ASCII letters: ' +
      'marks are removed (é becomes e, ñ becomes n, ç becomes c, the German umlauts ä, ö, ü become a, o, u), ' +
      'letters without a plain form are written out (ß → ss, æ → ae, œ → oe, ø → o, ł → l), capitals stay capitals' +
      (stated
        ? `, and the foldings the feature states win (${stated}; a capital gets a capitalised one)`
        : '') +
      '. Other characters (spaces, digits, punctuation, plain ASCII letters) are kept. A text that is not a ' +
      'string is refused with 400.' +
      glossIn(GLOSS, languages),
    options: foldOption(folds),
    inputs: [
      {
        param: 'text',
        field: { ...stringField('text', 'Text or name to fold', 'José Muñoz'), allow_empty: true },
      },
    ],
    outputs: [
      { result: 'folded', field: 'folded', description: 'The text without accents', example: 'Jose Munoz' },
    ],
    examples: [
      ...FACTS.filter(([text]) => !touched(text)).map(([text, folded]) => ({
        description: `${JSON.stringify(text)} folds to ${JSON.stringify(folded)}.`,
        input: { text },
        output: { folded },
      })),
      ...statedExamples,
      ...texts.map(([text, folded]) => ({
        description: `${JSON.stringify(text)} folds to ${JSON.stringify(folded)}, as the feature states.`,
        input: { text },
        output: { folded },
      })),
    ],
    refusals: [
      { description: 'A text that is not a string (the number 42) is refused.', input: { text: 42 } },
    ],
  };
}

const words = wordList;
const ACCENT_STEMS = words(
  'accent diacrit umlaut akzent tilde acento diacritic cedill accento transliter translitt ascii',
);
const REMOVE_STEMS = words(
  'strip remov drop fold entfern quit elimin supprim enlev retir togl rimuov tir plain normali translit',
);
/** Words of other features that mention accents: slugs (the slug's), search, sorting, stored records. */
const OTHER = words('slug slugs slugify url search sort sorted store stored save database');
/** Tools that ignore accents while they compare letters (theirs, not a fold). */
const COMPARING = words('palindrom anagram vowel vokal vocal voyell vogal frequen haufig');

export const TEXT_FOLD: CatalogFamily = {
  name: 'text-fold',
  functions: [FOLD_CODE],
  recognise(text: string, ws: string[]): Recognised {
    if (hasAny(ws, OTHER) || ws.some((w) => COMPARING.some((s) => w.startsWith(s)))) return null;
    const accents = ws.some((w) => ACCENT_STEMS.some((s) => w.startsWith(s)));
    const folds = statedFolds(text);
    if (!accents && folds.length === 0) return null;
    if (!ws.some((w) => REMOVE_STEMS.some((s) => w.startsWith(s))) && folds.length === 0) return null;
    const design = foldDesign(languagesOf(ws), folds, statedTexts(text, folds));
    // Beside a slug ("make a slug from a title" + "accented letters become plain ones"), it is said of the slug,
    // which folds accents itself; alone, it is a fold of its own.
    return { constraint: { function: 'text.slugify', refusals: () => [], alone: design } };
  },
};
