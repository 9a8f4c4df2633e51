import type { FunctionDesign, Recognised } from './catalog-entry';
import { foldText } from './checks-shared';

/*
 * What a markdown rendering is also said to do in a feature of its own: that the HTML the user types comes out
 * escaped ("whatever HTML a writer pastes in is shown literally, as text"), or how one mark is rendered ("a line
 * beginning with "* " turns into a bullet point"). Both are the one rendering's semantics, so the feature joins the
 * markdown endpoint another feature designs, with a worked example of its own; said otherwise than the rendering
 * does it ("… turns into a table row"), or with nothing to join, it is not read.
 */

/** The markdown computation's id (markdown.ts). */
const MARKDOWN_ID = 'markdown.to-html';

/** Markdown and the HTML the rendering writes for it, by hand, one per part a feature may single out. */
export const PART_FACTS: Record<
  'escape' | 'ul' | 'ol' | 'h1' | 'strong' | 'em' | 'code' | 'blockquote',
  {
    markdown: string;
    html: string;
  }
> = {
  escape: {
    markdown: 'A <b>bold</b> <script>x()</script>',
    html: '<p>A &lt;b&gt;bold&lt;/b&gt; &lt;script&gt;x()&lt;/script&gt;</p>',
  },
  ul: { markdown: '- milk\n- eggs', html: '<ul>\n<li>milk</li>\n<li>eggs</li>\n</ul>' },
  ol: { markdown: '1. first\n2. second', html: '<ol>\n<li>first</li>\n<li>second</li>\n</ol>' },
  h1: { markdown: '# Notes', html: '<h1>Notes</h1>' },
  strong: { markdown: 'a **big** deal', html: '<p>a <strong>big</strong> deal</p>' },
  em: { markdown: 'an *odd* one', html: '<p>an <em>odd</em> one</p>' },
  code: { markdown: 'run `npm test`', html: '<p>run <code>npm test</code></p>' },
  blockquote: { markdown: '> said so', html: '<blockquote>\n<p>said so</p>\n</blockquote>' },
};
type Part = keyof typeof PART_FACTS;

/** HTML named: the word, its tags, scripts, XSS (folded text). */
const HTML_NAMED = /\b(?:html|tags?|script|scripts|xss|balises?|etiquetas?|etichett[ae]|marcas? html)\b/;
/** Said to come out escaped or as text, never as live markup (folded text, six languages). */
const ESCAPED =
  /\b(?:escap\w*|echapp\w*|maskiert\w*|literal(?:ly)?|(?:as|als|como|comme|come) (?:plain |du |simple |reiner )?(?:text|texte|texto|testo)|never (?:rendered|interpreted|executed|run|passed through|live)|not as (?:live )?tags|nie (?:ausgefuhrt|interpretiert|gerendert)|nunca (?:se )?(?:interpreta\w*|ejecuta\w*|executad\w*|renderiza\w*)|jamais (?:interpret\w*|execut\w*)|mai (?:eseguit\w*|interpretat\w*))\b/;
/**
 * Whose HTML: what people type in ("raw HTML", "HTML a writer pastes", "in the input", "dall'utente"), not HTML
 * special characters in general ("escape HTML special characters in a string" is an escaper of its own).
 */
const TYPED =
  /\b(?:raw|input|inside|typed?|types|typing|paste[sd]?|writer|users?|someone|anyone|people|person|comments?|eingabe\w*|eingetippt|eintippt|jemand|nutzer\w*|benutzer\w*|usuari[oa]s?|escriba|pegue|utilisateur\w*|saisi\w*|inserito|utente|digitado|colado)\b/;
/** Kept as live markup: the opposite of escaping. */
const KEPT_LIVE =
  /\b(?:kept|passed through|rendered as (?:it|they) (?:is|are)|allowed|unverandert|tal cual|tel quel|cosi com)\b/;

/** Whether a feature (not about a route) says the HTML the user types comes out escaped. */
export function saysEscaped(text: string): boolean {
  const folded = foldText(text);
  if (/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//i.test(text) || /&(?:amp|lt|gt|quot|#\d+);/.test(text))
    return false;
  if (!HTML_NAMED.test(folded) || !ESCAPED.test(folded) || !TYPED.test(folded)) return false;
  return !KEPT_LIVE.test(folded.replace(/\bnever (?:passed through|kept)\b/g, ''));
}

/** A mark a feature quotes or names, and the part of the rendering it is. */
const MARKS: [RegExp, Part][] = [
  [/"\s*[-*+]\s*"|\b(?:dash|hyphen|bullet mark)\b/, 'ul'],
  [/"\s*\d+[.)]\s*"/, 'ol'],
  [/"\s*#\s*"|\b(?:hash|pound sign|raute)\b/, 'h1'],
  [
    /"\*\*"|\b(?:double asterisks?|two asterisks|doppelte[nm]? sternchen|dobles? asteriscos?|doubles? asterisques?|doppi asterischi)\b/,
    'strong',
  ],
  [/"\*"|\b(?:single asterisks?|one asterisk|underscores?)\b/, 'em'],
  [/"`"|\bbackticks?\b/, 'code'],
  [/"\s*>\s*"/, 'blockquote'],
];
/** What the feature says the mark becomes (folded text, six languages). */
const RESULTS: [RegExp, Part][] = [
  [
    /\b(?:bullet(?:s|ed)?(?: points?| list| items?)?|item of a bulleted list|aufzahlung\w*|(?:lista|liste|elenco) (?:con |a |com )?(?:vinetas|puces|puntato|marcadores))\b/,
    'ul',
  ],
  [/\b(?:numbered list|nummerierte\w* liste|lista numerada|liste numerotee|elenco numerato)\b/, 'ol'],
  [/\b(?:heading|headline|title|uberschrift|titulo|encabezado|titre|titolo)\b/, 'h1'],
  [/\b(?:bold|fett|negrita|gras|grassetto|negrito)\b/, 'strong'],
  [/\b(?:italics?|kursiv|cursiva|italique|corsivo|italico)\b/, 'em'],
  [/\b(?:inline code|code span|codigo|code)\b/, 'code'],
  [/\b(?:block ?quote|quotation|zitat|cita|citation|citazione|citacao)\b/, 'blockquote'],
];
/** A verb of becoming: the mark is rendered as the result. */
const BECOMES =
  /\b(?:becomes?|turns? into|makes?|comes? out(?: as)?|(?:is|are) rendered as|(?:is|are) shown as|wird|werden|se convierten?|se vuelven?|devien(?:t|nent)|diventan?o?|vira[m]?|se torna[m]?)\b/;

/** The part a feature says one mark becomes, when the mark and what it becomes agree; else null. */
export function partRendered(text: string): Part | null {
  const folded = foldText(text);
  if (/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//i.test(text) || !BECOMES.test(folded)) return null;
  const marks = new Set(MARKS.filter(([re]) => re.test(text.toLowerCase())).map(([, p]) => p));
  const results = new Set(RESULTS.filter(([re]) => re.test(folded)).map(([, p]) => p));
  if (marks.size !== 1 || results.size !== 1) return null;
  const [part] = [...marks];
  return results.has(part) ? part : null;
}

/**
 * The feature as a part of the markdown rendering another feature designs: the rendering is unchanged, and one
 * worked example shows the part the feature names, in the feature's words. `alone`: what the feature is when no
 * rendering is designed (an HTML escaper), else it stays unread.
 */
export function renderingPart(feature: string, part: Part, alone?: FunctionDesign): Recognised {
  const fact = PART_FACTS[part];
  return {
    constraint: {
      function: MARKDOWN_ID,
      refusals: () => [],
      refine: (d) =>
        d.examples.some((e) => e.input.markdown === fact.markdown)
          ? d
          : {
              ...d,
              examples: [
                ...d.examples,
                {
                  description: `${feature.trim().replace(/[.;:]+$/, '')}: ${JSON.stringify(fact.markdown)} renders as ${JSON.stringify(fact.html)}.`,
                  input: { markdown: fact.markdown },
                  output: { html: fact.html },
                },
              ],
            },
      ...(alone ? { alone } : {}),
    },
  };
}
