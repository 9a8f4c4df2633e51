/**
 * Text helpers that keep untrusted text (intent purpose, features, anything a model wrote) as data inside
 * markdown: it can never start a heading, a list, a fence or a table cell of its own.
 */

// Line separators that some renderers honour even though `\n` splitting would not see them.
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\v\f]/g;
// C0/C1 controls other than tab and newline carry no meaning in a SPEC and can hide text in terminals.
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== '\t' && char !== '\n') || (code >= 0x7f && code <= 0x9f);
}
// Characters with inline meaning in CommonMark/GFM (emphasis, code, links, HTML, tables, headings, entities).
const INLINE_SPECIAL = /[\\`*_[\]<>|#~!&]/g;

/** Normalises line breaks to `\n` and removes control characters. */
function cleanText(text: string): string {
  return Array.from(text.replace(LINE_BREAKS, '\n'))
    .filter((char) => !isControl(char))
    .join('');
}

/** One line of literal text: newlines become spaces, markdown punctuation is backslash-escaped. */
export function inline(text: string): string {
  return cleanText(text).replace(/\n/g, ' ').replace(INLINE_SPECIAL, '\\$&');
}

/** Literal text for a table cell: {@link inline}, never empty (an empty cell reads as a missing value). */
export function cell(text: string): string {
  const value = inline(text).trim();
  return value === '' ? '—' : value;
}

/**
 * Literal, possibly multi-line text as a blockquote. Each line starts with `> `, and a first character that
 * could open a block (list marker, heading, fence, setext underline, HTML) is escaped.
 */
export function quoteBlock(text: string): string {
  const lines = cleanText(text).split('\n');
  return lines
    .map((line) => {
      const escaped = line.replace(INLINE_SPECIAL, '\\$&').replace(/^(\s*)([-+=>]|\d+[.)])/, '$1\\$2');
      return escaped.trim() === '' ? '>' : `> ${escaped}`;
    })
    .join('\n');
}

/** Reverses CommonMark backslash escapes, so literal text can be compared with what was rendered. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Compact JSON for prose and tables; long values are cut with an ellipsis (the contract keeps the whole). */
export function jsonSnippet(value: unknown, max = 160): string {
  const json = safeJson(value);
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}

/** Inline code span that survives backticks inside `text` (the fence is longer than any backtick run). */
export function code(text: string): string {
  const flat = cleanText(text).replace(/\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** {@link code} for a table cell: GFM splits cells on `|` even inside code spans. */
export function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/**
 * `JSON.stringify` that also escapes the Unicode line separators JSON allows raw, so a JSON line in the
 * markdown can never be split by a renderer that honours them.
 */
export function safeJson(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(
    /[\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
