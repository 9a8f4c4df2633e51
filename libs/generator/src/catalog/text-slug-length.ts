import type { CatalogFamily, FunctionDesign, WorkedExample } from './catalog-entry';
import { featureWords, glossIn, languagesOf, type Language } from './feature-words';
import { TEXT } from './text';
import { cutSlug, slugReference } from './text-checks-reference';
import { CUT_WHERE, LENGTH_GLOSS, SLUG_CODE, WORD_CUT_GLOSS, slugRules } from './text-slug';

/*
 * A slug's maximum length stated in a feature of its own ("the slug is at most 20 characters, cut at a word
 * boundary and never ending in '-'", "le slug fait au plus 30 caractères, coupé entre deux mots"): a rule of the
 * slug another feature asks for. It joins that slug's endpoint with the length (and the word-boundary cut when
 * said), every worked example cut as the rule says and one long title showing the cut. Said of no slug, or of a
 * slug already given a length, it joins nothing and stays unrealised.
 */

/** A route written out ("POST /slug …") is the slug's own feature, read where routes are. */
const ROUTE = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//;
/** Words saying a longer slug is cut (folded words). */
const CUT =
  /\b(?:cut|cuts|truncat\w*|shorten\w*|gekurzt|abgeschnitten|kurz\w*|cort\w*|recort\w*|trunc\w*|coup\w*|tronqu\w*|raccourci\w*|tagli\w*|tronca\w*|accorcia\w*)\b/;
/** Words of a short link, whose slug is its own code. */
const LINK =
  /\b(?:links?|redirect\w*|alias\w*|custom|short\w*|shortener|kurzlinks?|enlaces?|liens?|collegament\w*)\b/;
/** Words of a long title whose slug is longer than the length, to show the cut. */
const LONG_TITLE =
  'Ten Tips for Writing Clear Headlines about Winter Gardens and Quiet Mountain Villages'.split(' ');

/** A title whose slug is longer than `n` (by a few characters at least), made of whole words. */
function longTitle(n: number): string {
  const words: string[] = [];
  while (words.join('-').length <= n + 4) words.push(LONG_TITLE[words.length % LONG_TITLE.length]);
  return words.join(' ');
}

/** Design `d` (a slug without a length) with the length `n` stated, cut at a word boundary when `wordCut`. */
export function withSlugLength(
  d: FunctionDesign,
  n: number,
  wordCut: boolean,
  languages: Language[],
): FunctionDesign {
  const separator = typeof d.options?.separator === 'string' ? d.options.separator : '-';
  const cut = (slug: unknown) => (typeof slug === 'string' ? cutSlug(slug, separator, n, wordCut) : slug);
  const title = longTitle(n);
  const whole = title.toLowerCase().split(' ').join(separator);
  const shown: WorkedExample = {
    description:
      `"${title}" is longer than ${n} characters as a slug: it is cut ` +
      `${wordCut ? 'at the last word boundary within them' : 'there'}, never ending in "${separator}".`,
    input: { [d.inputs[0].field.name]: title },
    output: { slug: cut(whole) },
  };
  const examples = d.examples.map((e) => ({ ...e, output: { ...e.output, slug: cut(e.output.slug) } }));
  return {
    ...d,
    summary:
      `${d.summary} At most ${n} characters: a longer slug is cut ` +
      `${wordCut ? 'at the last word boundary within them (whole words kept)' : 'there'}, never ending in ` +
      `"${separator}".` +
      languages.map((l) => (LENGTH_GLOSS[l] ?? '').replace('{n}', String(n))).join('') +
      (wordCut ? glossIn(WORD_CUT_GLOSS, languages) : ''),
    options: { ...d.options, max_length: n, ...(wordCut ? { cut: 'word' } : {}) },
    examples: [...examples, shown],
    ...(d.reference ? { reference: slugReference(separator, n, wordCut) } : {}),
  };
}

export const SLUG_LENGTH: CatalogFamily = {
  name: 'slug-length',
  functions: [],
  recognise(text: string, words: string[]) {
    if (ROUTE.test(text) || !words.some((w) => w.startsWith('slug'))) return null;
    // "generar slugs de títulos … como máximo 15 caracteres" asks for the slug itself, its length among its rules.
    const own = TEXT.recognise(text, words);
    if (own && 'design' in own) return null;
    const { maxLength, wordCut } = slugRules(text);
    if (maxLength === null) return null;
    // "cut at a '-' boundary when there is one", "on coupe entre deux mots": where the cut falls is said; a saying
    // of it not read as the word-boundary cut is left unread rather than cut at the character.
    // A cut said without where it falls is not read either (a length alone is the gate's refused length).
    const said = featureWords(text).join(' ');
    if (!wordCut && (CUT_WHERE.test(said) || CUT.test(said))) return null;
    // A short link's own slug ("a custom slug of at most 8 characters") is no slug made of a title.
    if (LINK.test(said)) return null;
    const languages = languagesOf(words);
    return {
      constraint: {
        function: SLUG_CODE.id,
        refusals: () => [],
        fits: (d) => d.options?.max_length === undefined && d.inputs.length === 1,
        refine: (d) => withSlugLength(d, maxLength, wordCut, languages),
      },
    };
  },
};
