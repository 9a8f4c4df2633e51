import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * Text statistics that refuse a blank text when a feature says so ("a text of spaces only is an error"): the
 * option read from the words, the emitted code refusing an empty text and one of spaces (any mix of spaces, tabs
 * and newlines) with a problem, never throwing, while any text with a word is counted as before; without the
 * option an empty or blank text counts 0.
 */

function designOf(text: string) {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not a design: ${text}`);
  return found.design;
}

const refusing = { refuse_blank: true };

describe('text statistics refusing a blank text', () => {
  it.each([
    ['Count the words in a text a text of spaces only is an error', true],
    ['Zähle die Wörter eines Textes; ein Text nur aus Leerzeichen wird abgelehnt', true],
    ['count how many words a piece of text has empty or blank text => 400', true],
    ['Count the words in a text; a blank line => a new paragraph', false],
    ['Count the words in a text', false],
    ['Count the words in a text; an empty text counts 0 words', false],
  ])('reads %p (refuses a blank text: %p)', (text, refuses) => {
    const d = designOf(text);
    expect(d.function).toBe('text.statistics');
    expect(d.options?.refuse_blank === true).toBe(refuses);
    // A design refusing a blank text shows no empty text counted, and refuses both kinds.
    expect(d.examples.some((x) => x.input.text === '')).toBe(!refuses);
    expect(d.refusals.filter((r) => typeof r.input.text === 'string').length).toBe(refuses ? 2 : 0);
  });

  it('refuses an empty text and one of spaces, counts one with a word', () => {
    expect(runCatalogFunction('text.statistics', { text: '' }, refusing).ok).toBe(false);
    expect(runCatalogFunction('text.statistics', { text: ' \t\n ' }, refusing).ok).toBe(false);
    expect(runCatalogFunction('text.statistics', { text: '  hi  ' }, refusing)).toEqual({
      ok: true,
      value: { words: 1, characters: 6, sentences: 0 },
    });
    expect(runCatalogFunction('text.statistics', { text: '   ' }, {})).toEqual({
      ok: true,
      value: { words: 0, characters: 3, sentences: 0 },
    });
  });

  it('answers every generated text without throwing: refused exactly when it holds no non-space character', () => {
    const alphabet = [' ', '\t', '\n', '\u00a0', 'a', 'Z', '.', '!', '-', 'é', '1'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 6 }, () => alphabet[next() % alphabet.length]).join('');
      const result = runCatalogFunction('text.statistics', { text }, refusing);
      expect({ text, ok: result.ok }).toEqual({ text, ok: text.trim() !== '' });
    }
    for (const value of [42, null, true, [], {}]) {
      expect(runCatalogFunction('text.statistics', { text: value }, refusing).ok).toBe(false);
    }
  });
});
