import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, type Language, wordList } from './feature-words';

/*
 * Whitespace of a text tidied: spaces, tabs and line breaks trimmed from both ends, runs of them inside collapsed
 * to one space, or both ("remove extra spaces"). Words and punctuation stay as they are. Removing every space,
 * or spaces from an IBAN or a card number, is another feature (checks, slugs): not read here.
 */

export const WHITESPACE_CODE: FunctionCode = {
  id: 'text.whitespace',
  exportName: 'textWhitespace',
  source: String.raw`/**
 * text.whitespace: options.trim drops whitespace (spaces, tabs, line breaks) at both ends; options.collapse turns
 * each run of whitespace inside into one space. A text of whitespace only is refused.
 */
export const textWhitespace: CatalogFunction = (input, options) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  if (input.text.trim() === '') return { ok: false, problems: ['text is empty: it holds only whitespace'] };
  let result = input.text;
  if (options.collapse === true) result = result.replace(/\s+/gu, ' ');
  if (options.trim === true) result = result.trim();
  return { ok: true, value: { result } };
};`,
};

/** Worked answers by hand: a text, trimmed, collapsed, and both. */
const FACTS: [string, string, string, string][] = [
  ['  hello   big\tworld \n', 'hello   big\tworld', ' hello big world ', 'hello big world'],
  ['Hola,  mundo', 'Hola,  mundo', 'Hola, mundo', 'Hola, mundo'],
  ['\t  Grüße aus  Köln  ', 'Grüße aus  Köln', ' Grüße aus Köln ', 'Grüße aus Köln'],
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Leerzeichen (Leerraum) am Anfang und Ende entfernen und mehrfache Leerzeichen zu einem zusammenfassen.',
  es: ' Quitar los espacios al principio y al final y reducir los espacios repetidos a uno solo.',
  fr: ' Supprimer les espaces au début et à la fin et réduire les espaces multiples à un seul.',
  it: ' Rimuovere gli spazi all’inizio e alla fine e ridurre gli spazi multipli a uno solo.',
  pt: ' Remover os espaços no início e no fim e reduzir os espaços repetidos a um só.',
};

/** The design for trimming the ends, collapsing runs inside, or both. */
export function whitespaceDesign(languages: Language[], trim: boolean, collapse: boolean): FunctionDesign {
  const rule = [
    trim ? 'drops the whitespace (spaces, tabs, line breaks) at both ends' : '',
    collapse ? 'turns each run of whitespace inside into a single space' : '',
  ]
    .filter((r) => r !== '')
    .join(' and ');
  const answer = (fact: [string, string, string, string]) =>
    trim && collapse ? fact[3] : trim ? fact[1] : fact[2];
  return {
    function: WHITESPACE_CODE.id,
    method: 'POST',
    path: trim && collapse ? '/text/normalize-spaces' : trim ? '/text/trim' : '/text/collapse-spaces',
    summary:
      `Tidies the spaces of a text (a sentence, name or message)${trim && collapse ? ', removing extra whitespace' : ''}: ${rule}; words and punctuation stay as they are. A text of whitespace only ` +
      `(or an empty one) is refused with 400.${glossIn(GLOSS, languages)}`,
    inputs: [{ param: 'text', field: stringField('text', 'Text whose spaces to tidy', FACTS[0][0]) }],
    outputs: [
      {
        result: 'result',
        field: 'result',
        description: 'The text with its spaces tidied',
        example: answer(FACTS[0]),
      },
    ],
    options: { trim, collapse },
    examples: FACTS.map((fact) => ({
      description: `${JSON.stringify(fact[0])} becomes ${JSON.stringify(answer(fact))}.`,
      input: { text: fact[0] },
      output: { result: answer(fact) },
    })),
    refusals: [
      { description: 'A text of spaces and a tab only has nothing to keep.', input: { text: '  \t ' } },
      { description: 'A text that is not a string (the number 42) is refused.', input: { text: 42 } },
    ],
  };
}

const words = wordList;
const SPACE_NOUNS = words(
  'space spaces whitespace whitespaces blank blanks leerzeichen leerraum leerstellen espacio espacios ' +
    'espace espaces spazio spazi espaco espacos',
);
const TRIM = words(
  'trim trims trimmed trimming strip leading trailing ends end both anfang ende trimmen principio final ' +
    'inicio extremos debut fin extremites inizio fine inicio fim',
);
const COLLAPSE = words(
  'collapse collapses collapsed multiple repeated runs run consecutive double duplicate duplicated single ' +
    'mehrfache mehrere doppelte aufeinanderfolgende zusammenfassen repetidos varios multiples consecutivos ' +
    'dobles solo multiples repetes consecutifs doubles seul multipli ripetuti consecutivi doppi repetidos ' +
    'multiplos consecutivos duplos',
);
/** "extra spaces", "überflüssige Leerzeichen", "espacios sobrantes", "espaces en trop": both ends and runs. */
const EXTRA = words(
  'extra superfluous unnecessary redundant normalize normalise normalized normalised tidy clean uberflussige ' +
    'uberflussigen unnotige sobrantes innecesarios normalizar superflus trop inutiles normaliser superflui ' +
    'superfluos desnecessarios',
);
/** Other features that remove spaces: from an IBAN, a card number or a slug, in counts, passwords or records. */
const OTHER = words(
  'iban card cards isbn number numbers phone slug slugs slugify url password passwords count counts palindrome ' +
    'anagram store stored save database field fields json key keys hyphen hyphens dash dashes underscore',
);

export const TEXT_WHITESPACE: CatalogFamily = {
  name: 'text-whitespace',
  functions: [WHITESPACE_CODE],
  recognise(_text: string, ws: string[]): Recognised {
    if (!hasAny(ws, SPACE_NOUNS) || hasAny(ws, OTHER) || ws.some((w) => w.startsWith('slug'))) return null;
    const extra = hasAny(ws, EXTRA);
    const trim = extra || hasAny(ws, TRIM);
    const collapse = extra || hasAny(ws, COLLAPSE);
    if (!trim && !collapse) return null;
    return { design: whitespaceDesign(languagesOf(ws), trim, collapse) };
  },
};
