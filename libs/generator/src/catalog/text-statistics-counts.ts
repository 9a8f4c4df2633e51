import type { ConstraintDesign, FunctionDesign } from './catalog-entry';
import { glossIn, type Language } from './feature-words';

/*
 * Two more counts of the text statistics, as a copy desk or a draft checker asks for them: the characters without
 * spaces ("characters with and without spaces", "Zeichen ohne Leerzeichen", "caracteres sin espacios") and the
 * paragraphs ("and paragraphs", "Absätze", "párrafos"), named in the counting feature itself or in a follow-up of
 * it ("also the number of paragraphs"). Characters without spaces are those that are not white space (spaces,
 * tabs, line breaks); a paragraph is a run of lines holding a non-space character, parted from the next by one
 * blank line or more (one line break alone does not part them). A feature that says paragraphs are parted by
 * something else (a single line break, a heading) states another rule and is left unread. The worked examples are
 * counted here, apart from the emitted code (text-statistics.ts).
 */

type Gloss = Partial<Record<Language, string>>;

const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ');

const PARAGRAPHS =
  /\b(?:paragraph|paragraphs|paragraphes?|absatz|absatze|absaetze|parrafos?|paragraf[oi]s?)\b/;
const CHARACTERS = '(?:characters?|chars?|zeichen|caracteres?|caratteri|carattere)';
const WITHOUT_SPACES =
  '(?:without (?:any )?(?:spaces?|white ?space)|excluding (?:spaces?|white ?space)|not counting (?:spaces?|white ?space)|no spaces?|ohne (?:leerzeichen|leerstellen)|sin (?:los )?espacios|sans (?:les )?espaces|senza (?:gli )?spazi|sem (?:os )?espacos)';
/** "characters without spaces", "characters (with and without spaces)", "non-space characters", folded. */
const NO_SPACES = new RegExp(
  `\\b${CHARACTERS}\\b[^.;:]{0,40}?\\b${WITHOUT_SPACES}\\b|\\bnon[- ]?(?:space|whitespace|blank) ${CHARACTERS}\\b|\\b${CHARACTERS}_no_spaces\\b`,
);
/** The parting of paragraphs the counts follow: blank lines (or none said). */
const BLANK_LINES =
  /\b(?:blank|empty) lines?\b|\bdouble (?:line ?breaks?|newlines?)\b|\bleerzeilen?\b|\bleere zeilen?\b|\blineas? (?:en blanco|vacias?)\b|\blignes? (?:vides?|blanches?)\b|\brighe? vuot[ae]\b|\blinhas? (?:em branco|vazias?)\b/;
/** Another parting stated (each line a paragraph, a heading, a tag). */
const OTHER_PARTING =
  /\b(?:each|every|one) line\b|\bsingle (?:line ?break|newline)\b|\bjede zeile\b|\bcada linea\b|\bchaque ligne\b|\bogni riga\b|\bcada linha\b|<p>|\bheadings?\b/;
/** Asks done on paragraphs that are not counting them (split, translate, summarise, store). */
const OTHER_TASKS =
  /\bsplit\w*\b(?! (?:by|on|at)\b)|\b(?:translat\w*|ubersetz\w*|summar\w*|resum\w*|riassum\w*|store\w*|save\w*|speicher\w*|guard\w*|each|every|jede[nrs]?|cada|chaque|ogni|einzeln)\b/;
/** Other counts a follow-up may name: then it is the counting feature, not a follow-up of it. */
const COUNTED =
  /\b(?:words?|worter|wort|palabras?|mots?|parol[ae]|palavras?|sentences?|satze?|saetze|oracion(?:es)?|phrases?|fras[ei]s?|characters?|chars?|zeichen|caracteres?|caratteri)\b/;

/** Whether a feature names paragraphs or characters without spaces at all (read or not). */
export function namesMoreCounts(text: string): boolean {
  const t = fold(text);
  return PARAGRAPHS.test(t) || NO_SPACES.test(t);
}

/** The counts a feature names beside words, characters and sentences. */
export interface MoreCounts {
  noSpaces: boolean;
  paragraphs: boolean;
}

/** The paragraphs and characters without spaces a feature names, or null when it names neither or another rule. */
export function moreCountsOf(text: string): MoreCounts | null {
  const t = fold(text);
  const paragraphs = PARAGRAPHS.test(t);
  const noSpaces = NO_SPACES.test(t);
  if (!paragraphs && !noSpaces) return null;
  if (OTHER_TASKS.test(t) || (paragraphs && OTHER_PARTING.test(t) && !BLANK_LINES.test(t))) return null;
  return { noSpaces, paragraphs };
}

/** White-space characters of a text left out: the characters without spaces. */
const nonSpace = (text: string) => Array.from(text).filter((c) => !/\s/u.test(c)).length;
/** Runs of lines holding a non-space character, parted by blank lines. */
function paragraphsOf(text: string): number {
  let count = 0;
  let inside = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const blank = line.trim() === '';
    if (!blank && !inside) count++;
    inside = !blank;
  }
  return count;
}

const NO_SPACES_GLOSS: Gloss = {
  de: ' Dazu die Zeichen ohne Leerzeichen (Leerzeichen, Tabulatoren und Zeilenumbrüche zählen nicht).',
  es: ' Además, los caracteres sin espacios (no cuentan espacios, tabuladores ni saltos de línea).',
  fr: ' Ainsi que les caractères sans espaces (espaces, tabulations et retours à la ligne ne comptent pas).',
  it: ' Inoltre i caratteri senza spazi (spazi, tabulazioni e a capo non contano).',
  pt: ' Também os caracteres sem espaços (espaços, tabulações e quebras de linha não contam).',
};
const PARAGRAPHS_GLOSS: Gloss = {
  de: ' Dazu die Anzahl der Absätze: eine oder mehrere Leerzeilen trennen zwei Absätze, ein Zeilenumbruch allein nicht.',
  es: ' Además, el número de párrafos: una o más líneas en blanco separan dos párrafos; un salto de línea solo, no.',
  fr: ' Ainsi que le nombre de paragraphes : une ou plusieurs lignes vides séparent deux paragraphes, un retour à la ligne seul non.',
  it: ' Inoltre il numero di paragrafi: una o più righe vuote separano due paragrafi, un a capo da solo no.',
  pt: ' Também o número de parágrafos: uma ou mais linhas em branco separam dois parágrafos; uma quebra de linha sozinha, não.',
};

/** Texts counted by hand: words, characters, sentences (the counts' own answers), then the two more counts. */
const OWN_FACTS: [string, number, number, number, number, number][] = [
  ['One two.\n\nThree four five.', 5, 26, 2, 21, 2],
  // Three blank lines part two paragraphs; the single line break inside the first does not.
  ['First line\nsame paragraph.\n\n\nSecond one!', 6, 40, 2, 33, 2],
  [' \n\n ', 0, 4, 0, 0, 0],
];

/** The statistics `d` answering the counts `more` too: answers, summary, options and worked examples. */
export function withMoreCounts(d: FunctionDesign, more: MoreCounts, languages: Language[]): FunctionDesign {
  const noSpaces = more.noSpaces && !d.outputs.some((o) => o.result === 'characters_no_spaces');
  const paragraphs = more.paragraphs && !d.outputs.some((o) => o.result === 'paragraphs');
  if (!noSpaces && !paragraphs) return d;
  const blankRefused = d.options?.refuse_blank === true;
  const own = OWN_FACTS.filter(([t]) => !(blankRefused && t.trim() === '')).map(
    ([text, words, characters, sentences]) => ({
      description: `${JSON.stringify(text)} has ${words} words, ${characters} characters and ${sentences} sentences.`,
      input: { text },
      output: { words, characters, sentences },
    }),
  );
  return {
    ...d,
    summary:
      d.summary +
      (noSpaces
        ? ' It also answers the characters without spaces (characters_no_spaces): the characters that are not ' +
          'white space (spaces, tabs and line breaks do not count).' +
          glossIn(NO_SPACES_GLOSS, languages)
        : '') +
      (paragraphs
        ? ' It also answers the number of paragraphs: runs of lines holding a non-space character, parted by one ' +
          'blank line or more (a single line break does not start a paragraph); 0 for a text of spaces only.' +
          glossIn(PARAGRAPHS_GLOSS, languages)
        : ''),
    options: {
      ...d.options,
      ...(noSpaces ? { no_spaces: true } : {}),
      ...(paragraphs ? { paragraphs: true } : {}),
    },
    outputs: [
      ...d.outputs,
      ...(noSpaces
        ? [
            {
              result: 'characters_no_spaces',
              field: 'characters_no_spaces',
              description: 'Number of characters that are not white space (spaces, tabs, line breaks)',
              example: 21,
            },
          ]
        : []),
      ...(paragraphs
        ? [{ result: 'paragraphs', field: 'paragraphs', description: 'Number of paragraphs', example: 2 }]
        : []),
    ],
    examples: [...d.examples, ...own].map((e) => {
      const text = String(e.input.text);
      const extra = {
        ...(noSpaces ? { characters_no_spaces: nonSpace(text) } : {}),
        ...(paragraphs ? { paragraphs: paragraphsOf(text) } : {}),
      };
      const said = Object.entries(extra)
        .map(([k, v]) => `${String(v)} ${k === 'paragraphs' ? 'paragraph(s)' : 'characters without spaces'}`)
        .join(' and ');
      return {
        ...e,
        description: `${e.description.replace(/\.$/, '')}; it has ${said}.`,
        output: { ...e.output, ...extra },
      };
    }),
  };
}

/**
 * A follow-up of the counts naming only these ("also the number of paragraphs", "characters without spaces
 * too", "auch die Anzahl der Absätze"): it refines the statistics another feature designs, or is them alone.
 */
export function moreCountsFollowUp(
  text: string,
  languages: Language[],
  statistics: () => FunctionDesign,
): ConstraintDesign | null {
  const more = moreCountsOf(text);
  if (!more) return null;
  const rest = fold(text).replace(NO_SPACES, ' ').replace(new RegExp(PARAGRAPHS, 'g'), ' ');
  if (COUNTED.test(rest)) return null;
  return {
    function: 'text.statistics',
    refusals: () => [],
    refine: (d) => withMoreCounts(d, more, languages),
    alone: withMoreCounts(statistics(), more, languages),
  };
}
