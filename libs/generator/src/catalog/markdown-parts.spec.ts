import { runCatalogFunction } from './testing/run-function';
import { PART_FACTS, partRendered, saysEscaped } from './markdown-parts';

/* The parts of a markdown rendering a feature may single out, and the worked examples that show them. */

describe('markdown parts', () => {
  it.each(Object.entries(PART_FACTS))(
    'the %s example is what the emitted rendering answers',
    (_part, fact) => {
      expect(runCatalogFunction('markdown.to-html', { markdown: fact.markdown }, {})).toEqual({
        ok: true,
        value: { html: fact.html },
      });
    },
  );

  it('reads a mark and what it becomes only when they agree', () => {
    expect(partRendered('a line beginning with "* " turns into a bullet point')).toBe('ul');
    expect(partRendered('lines that start with "1. " make a numbered list')).toBe('ol');
    expect(partRendered('une ligne commençant par "# " devient un titre')).toBe('h1');
    expect(partRendered('a line beginning with "* " turns into a table row')).toBeNull();
    expect(partRendered('a line beginning with "# " turns into a bullet point')).toBeNull();
    expect(partRendered('lines starting with "- " are dropped')).toBeNull();
    expect(partRendered('POST /render: a line beginning with "* " turns into a bullet point')).toBeNull();
  });

  it('reads escaping, not HTML kept live', () => {
    expect(saysEscaped('whatever HTML someone pastes in must come out as plain text, not as tags')).toBe(
      true,
    );
    expect(saysEscaped('HTML im Eingabetext wird maskiert und nie ausgeführt')).toBe(true);
    expect(saysEscaped('HTML tags typed by the user are kept and rendered as they are')).toBe(false);
    expect(saysEscaped('raw HTML is never passed through, it is escaped')).toBe(true);
    expect(saysEscaped('the text comes out as plain text')).toBe(false);
    expect(saysEscaped('POST /escape with body {"text": string}: HTML is escaped')).toBe(false);
  });
});
