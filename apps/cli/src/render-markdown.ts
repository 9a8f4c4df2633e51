import type { Tokens } from 'marked';

/**
 * Renders markdown for a terminal (headings, emphasis, lists, tables, highlighted code) with marked and
 * marked-terminal, both ESM-only, so loaded on demand. Used only when stdout is a color terminal; pipes
 * get the markdown as it is.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  const { Marked } = await import('marked');
  const { markedTerminal } = await import('marked-terminal');
  const width = Math.min(process.stdout.columns || 100, 120);
  const marked = new Marked(markedTerminal({ width, reflowText: true, tab: 2 }));
  // marked-terminal prints a list item's text raw (`**Name:**`) with marked ≥ 13: render its inline tokens.
  marked.use({
    renderer: {
      text(token: Tokens.Text | Tokens.Escape) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
    },
  });
  // The contract block is JSON under its own fence name, which the highlighter does not know.
  const source = markdown.replace(/^```spec-contract\s*$/gm, '```json');
  return (await marked.parse(source)).trimEnd();
}
