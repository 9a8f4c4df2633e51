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
  return (await marked.parse(markdown)).trimEnd();
}
