import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';
import { partRendered, renderingPart, saysEscaped } from './markdown-parts';

/*
 * Markdown to HTML with every piece of the input's own HTML escaped, so no script can be injected: ATX headings,
 * paragraphs, bullet and numbered lists, fenced code blocks, block quotes, and inline strong, emphasis, code and
 * links (http, https and mailto only; any other scheme, javascript: included, stays text). Blocks are written as
 * CommonMark writes them, one per line. Recognised from "markdown" with a word for HTML or rendering.
 */

export const MARKDOWN_CODE: FunctionCode = {
  id: 'markdown.to-html',
  exportName: 'markdownToHtml',
  source: `/** Text with the five HTML-significant characters escaped. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Inline markdown of one escaped line: code spans first (their content is left alone), then links, strong, emphasis. */
function inline(raw: string): string {
  const parts = raw.split(/(\`[^\`]+\`)/);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return '<code>' + escapeHtml(part.slice(1, -1)) + '</code>';
      let html = escapeHtml(part);
      html = html.replace(/\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/g, (whole, text: string, url: string) =>
        /^(?:https?:\\/\\/|mailto:)/i.test(url) ? '<a href="' + url + '">' + text + '</a>' : whole,
      );
      html = html.replace(/\\*\\*([^*]+)\\*\\*|__([^_]+)__/g, (_m, a?: string, b?: string) => '<strong>' + (a ?? b) + '</strong>');
      html = html.replace(/\\*([^*]+)\\*|\\b_([^_]+)_\\b/g, (_m, a?: string, b?: string) => '<em>' + (a ?? b) + '</em>');
      return html;
    })
    .join('');
}

/** markdown.to-html: \`markdown\` as HTML, its own HTML escaped. */
export const markdownToHtml: CatalogFunction = (input) => {
  const markdown = input.markdown;
  if (typeof markdown !== 'string') return { ok: false, problems: ['markdown must be a string'] };
  if (markdown.length > 100000) return { ok: false, problems: ['markdown is longer than 100000 characters'] };
  const lines = markdown.replace(/\\r\\n?/g, '\\n').split('\\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) out.push('<p>' + paragraph.map((l) => inline(l.trim())).join('\\n') + '</p>');
    paragraph = [];
    if (list) out.push('<' + list.tag + '>\\n' + list.items.map((item) => '<li>' + inline(item) + '</li>').join('\\n') + '\\n</' + list.tag + '>');
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^\\s{0,3}(\`\`\`|~~~)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) code.push(lines[i]);
      out.push('<pre><code>' + escapeHtml(code.join('\\n')) + (code.length > 0 ? '\\n' : '') + '</code></pre>');
      continue;
    }
    const heading = /^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$/.exec(line);
    const bullet = /^\\s{0,3}[-*+]\\s+(.*)$/.exec(line);
    const numbered = /^\\s{0,3}\\d{1,9}[.)]\\s+(.*)$/.exec(line);
    const quote = /^\\s{0,3}>\\s?(.*)$/.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      const level = heading[1].length;
      out.push('<h' + level + '>' + inline(heading[2]) + '</h' + level + '>');
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (paragraph.length > 0 || (list && list.tag !== tag)) flush();
      if (!list) list = { tag, items: [] };
      list.items.push(((bullet ?? numbered) as RegExpExecArray)[1]);
    } else if (quote) {
      flush();
      out.push('<blockquote>\\n<p>' + inline(quote[1]) + '</p>\\n</blockquote>');
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return { ok: true, value: { html: out.join('\\n') } };
};`,
};

/** Markdown and the HTML CommonMark writes for it, by hand. */
const FACTS: { markdown: string; html: string; why: string }[] = [
  {
    markdown: '# Release notes\n\nShipped **two** fixes and *one* feature.',
    html: '<h1>Release notes</h1>\n<p>Shipped <strong>two</strong> fixes and <em>one</em> feature.</p>',
    why: 'a heading, then a paragraph with strong and emphasis',
  },
  {
    markdown: '- apples\n- pears',
    html: '<ul>\n<li>apples</li>\n<li>pears</li>\n</ul>',
    why: 'a bullet list',
  },
  {
    markdown: 'See [the docs](https://example.com/docs) and run `npm test`.',
    html: '<p>See <a href="https://example.com/docs">the docs</a> and run <code>npm test</code>.</p>',
    why: 'a link and a code span',
  },
  {
    markdown: 'Hello <script>alert(1)</script>',
    html: '<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    why: 'HTML in the input is escaped, so no script runs',
  },
  {
    markdown: '[click](javascript:alert(1))',
    html: '<p>[click](javascript:alert(1))</p>',
    why: 'a javascript: link is not made a link',
  },
];

function refusalsOf(): Refusal[] {
  return [{ description: 'A markdown that is not text (a number) is refused.', input: { markdown: 42 } }];
}

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Wandelt (übersetzt, konvertiert) Markdown-Text in HTML um: Überschriften (Titel), Absätze, fett, kursiv, Code, Links, Aufzählungen und Listen, Zitate; HTML im Text wird maskiert (escaped), damit kein Skript eingeschleust wird. HTML, das jemand eintippt, einfügt oder schreibt, wird maskiert und als reiner Text angezeigt, nie ausgeführt, interpretiert oder gerendert. Zeilen, die mit - , * oder + beginnen, werden zu einer Aufzählung, mit 1. zu einer nummerierten Liste, mit # zu einer Überschrift; Text in doppelten Sternchen wird fett, in einfachen kursiv.',
  es: ' Convierte (transforma) texto Markdown en HTML: títulos y encabezados, párrafos, negrita, cursiva, código, enlaces, listas y citas; el HTML del texto se escapa para que no se inyecte ningún script. El HTML que el usuario escriba o pegue (etiquetas, scripts) se escapa y se muestra como texto, nunca se interpreta ni se ejecuta. Las líneas que empiezan por - , * o + se convierten en una lista con viñetas, las que empiezan por 1. en una lista numerada, por # en un título; el texto entre dobles asteriscos sale en negrita.',
  fr: " Convertit (transforme) du texte Markdown en HTML : titres, paragraphes, gras, italique, code, liens, listes à puces ou numérotées, citations ; le HTML du texte est échappé (les balises deviennent du texte) pour qu'aucun script ne soit injecté (pas de faille XSS). Le HTML saisi, collé ou tapé par l'utilisateur (balises, scripts) est échappé et affiché comme du texte, jamais interprété ni exécuté. Une ligne commençant par - , * ou + devient un élément de liste à puces, par 1. une liste numérotée, par # un titre ; le texte entre doubles astérisques devient gras.",
  it: ' Converte (trasforma) testo Markdown in HTML: titoli, paragrafi, grassetto, corsivo, codice, collegamenti (link), elenchi e citazioni; l’HTML nel testo viene escapato perché nessuno script venga iniettato. L’HTML inserito, incollato o digitato dall’utente (tag, script) viene escapato e mostrato come testo, mai eseguito né interpretato. Le righe che iniziano con - , * o + diventano un elenco puntato, con 1. un elenco numerato, con # un titolo; il testo tra doppi asterischi diventa grassetto.',
  pt: ' Converte (transforma) texto Markdown em HTML: títulos, parágrafos, negrito, itálico, código, links, listas e citações; o HTML do texto é escapado para que nenhum script seja injetado. O HTML digitado, colado ou escrito pelo usuário (tags, scripts) é escapado e mostrado como texto, nunca executado nem interpretado. Linhas que começam com - , * ou + viram uma lista com marcadores, com 1. uma lista numerada, com # um título; o texto entre asteriscos duplos vira negrito.',
};

function design(languages: Language[]): FunctionDesign {
  return {
    function: MARKDOWN_CODE.id,
    method: 'POST',
    path: '/markdown/render',
    summary:
      'Renders markdown text (headings, paragraphs, bullet and numbered lists, fenced code, block quotes, strong, emphasis, code spans, http/https/mailto links) as HTML, one block per line as CommonMark writes them; any HTML in the input is escaped (&lt;script&gt;), so script tags come out as text and nothing can be injected (no XSS: safe for user comments written by anyone), and links with other schemes (javascript:) stay text. Any HTML inside the markdown is escaped before it can reach the page: HTML a user types, pastes or writes in (typed or pasted raw HTML, tags, scripts) is shown literally, as plain text, never passed through, interpreted, executed or rendered as live tags. Lines starting with "- ", "* " or "+ " become items of a bulleted list, lines starting with "1. " a numbered list, "# " a heading (title), "> " a block quote; text wrapped in double asterisks comes out bold, in single asterisks or underscores italic, in backticks inline code.' +
      glossIn(GLOSS, languages),
    inputs: [
      { param: 'markdown', field: stringField('markdown', 'Markdown text to render', FACTS[0].markdown) },
    ],
    outputs: [
      { result: 'html', field: 'html', description: 'The HTML, input HTML escaped', example: FACTS[0].html },
    ],
    examples: FACTS.map((f) => ({
      description: `${JSON.stringify(f.markdown)} renders as ${JSON.stringify(f.html)} (${f.why}).`,
      input: { markdown: f.markdown },
      output: { html: f.html },
    })),
    refusals: refusalsOf(),
  };
}

/** The HTML the rendering writes for markdown's blocks and spans. */
const RENDERED_TAG = /<\/?(?:ul|ol|li|h[1-6]|strong|em|code|pre|blockquote|p)>/i;
/** Markdown's own marks ("- ", "* ", "1. ", "#", "**", "_", "`", "> ") or their names. */
const MARK =
  /(?:^|[\s"'(])(?:[-*+]|\d+\.|#{1,6}|\*\*|__|`|>)(?=[\s"')]|$)|\b(?:bullet|bulleted|numbered|heading|headings|bold|italic|blockquote|inline code)\b/i;

/** The tags the rendering writes for each mark a feature may name. */
const TAGS_OF: [RegExp, string[]][] = [
  [/(?:^|[\s"'(])[-*+](?=[\s"')]|$)|\bbullet(?:s|ed)?\b/i, ['ul', 'li']],
  [/(?:^|[\s"'(])\d+\.(?=[\s"')]|$)|\bnumbered\b/i, ['ol', 'li']],
  [/#{1,6}|\bheadings?\b/i, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']],
  [/\*\*|__|\bbold\b/i, ['strong']],
  [/\bitalics?\b|(?:^|\s)[*_]\w/i, ['em']],
  [/`|\binline code\b/i, ['code', 'pre']],
  [/(?:^|[\s"'(])>(?=[\s"')]|$)|\bblockquote\b/i, ['blockquote']],
  [/\bparagraphs?\b/i, ['p']],
];

/**
 * Whether a feature says how a part of markdown is rendered (a mark and the HTML it becomes), and says it as the
 * rendering does: every tag it names is one the marks it names become, and "## … <h2>" keeps the level.
 */
function rendersPart(text: string): boolean {
  const tags = [...text.matchAll(/<\/?([a-z][a-z0-9]*)>/gi)].map((m) => m[1].toLowerCase());
  if (tags.length === 0 || !RENDERED_TAG.test(text)) return false;
  const marks = text.replace(/<\/?[a-z][a-z0-9]*>/gi, ' ');
  if (!MARK.test(marks)) return false;
  const allowed = new Set(TAGS_OF.filter(([mark]) => mark.test(marks)).flatMap(([, t]) => t));
  if (!tags.every((t) => allowed.has(t))) return false;
  return [...text.matchAll(/(#{1,6})[^#<]{0,40}?<h([1-6])>/g)].every((m) => m[1].length === Number(m[2]));
}

const RENDER_WORDS = [
  ...['html', 'render', 'renders', 'rendering', 'convert', 'converts', 'preview', 'escape', 'escaping'],
  ...['umwandeln', 'rendern', 'darstellen', 'convertir', 'renderizar', 'convertire', 'converter', 'rendu'],
];

export const MARKDOWN: CatalogFamily = {
  name: 'markdown',
  functions: [MARKDOWN_CODE],
  recognise(text: string, words: string[]): Recognised {
    // "lines starting with - become a <ul> list", beside a markdown feature: a part of the one rendering.
    // "Whatever HTML a writer pastes in is shown literally", "a line beginning with "* " turns into a bullet
    // point": a part of the rendering another feature asks for (markdown-parts.ts).
    const part = partRendered(text) ?? (saysEscaped(text) ? 'escape' : null);
    if (!words.some((w) => w === 'markdown' || w === 'md' || w.startsWith('markdown'))) {
      if (rendersPart(text)) return { constraint: { function: MARKDOWN_CODE.id, refusals: () => [] } };
      return part ? renderingPart(text, part) : null;
    }
    if (hasAny(words, RENDER_WORDS)) return { design: design(languagesOf(words)) };
    if (refuses(words)) return { constraint: { function: MARKDOWN_CODE.id, refusals: refusalsOf } };
    return part ? renderingPart(text, part) : null;
  },
};
