/** marked-terminal ships no types (and @types/marked-terminal pins marked < 12): the one function used. */
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';

  /** A marked extension that renders to ANSI text for a terminal. */
  export function markedTerminal(
    options?: Record<string, unknown>,
    highlightOptions?: Record<string, unknown>,
  ): MarkedExtension;
}
