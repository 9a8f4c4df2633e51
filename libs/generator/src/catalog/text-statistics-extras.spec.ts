import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/*
 * The most frequent word and the longest word the text statistics answer beside their counts when a feature
 * asks: the designs' worked examples (counted by hand in text.ts) against the emitted code, the options read
 * from the features' words, and a mutant-style check that a wrong tie rule or case handling is caught.
 */

function designOf(text: string) {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not a design: ${text}`);
  return found.design;
}

describe('text statistics with the most frequent and the longest word', () => {
  it.each([
    [
      'count the words, sentences and characters of a text and tell which word is used most often',
      true,
      false,
    ],
    [
      'POST /text/stats {"text": string} returns {"words": n, "characters": n, "sentences": n, "longest_word": string}',
      false,
      true,
    ],
    [
      'Wörter, Zeichen und Sätze eines Textes zählen, dazu das längste Wort und das häufigste Wort',
      true,
      true,
    ],
    ['contar palabras, caracteres y frases de un texto y la palabra más larga', false, true],
    ['count the words, characters and sentences in a text', false, false],
  ])('reads %p (most common %p, longest %p)', (text, mostCommon, longest) => {
    const d = designOf(text);
    expect(d.function).toBe('text.statistics');
    expect(d.options?.most_common === true).toBe(mostCommon);
    expect(d.options?.longest === true).toBe(longest);
  });

  it('answers every worked example by the emitted code', () => {
    const d = designOf(
      'count the words, sentences and characters of a text, the longest word and which word is used most often',
    );
    expect(d.examples.length).toBeGreaterThanOrEqual(6);
    for (const x of d.examples) {
      const result = runCatalogFunction('text.statistics', { text: x.input.text }, d.options ?? {});
      expect(result).toEqual({ ok: true, value: x.output });
    }
  });

  it('counts the most frequent word ignoring case, ties alphabetical, punctuation left out', () => {
    const run = (text: string) =>
      runCatalogFunction('text.statistics', { text }, { most_common: true, longest: true });
    expect(run('The cat sat. The dog ran! the end')).toMatchObject({
      ok: true,
      value: { most_common_word: 'the', longest_word: 'The' },
    });
    expect(run('b a b a')).toMatchObject({ value: { most_common_word: 'a' } });
    expect(run('Stop! Who goes there? A friend.')).toMatchObject({ value: { longest_word: 'friend' } });
    expect(run('')).toEqual({
      ok: true,
      value: { words: 0, characters: 0, sentences: 0, most_common_word: '', longest_word: '' },
    });
  });

  it('leaves the counts alone without the options', () => {
    expect(runCatalogFunction('text.statistics', { text: 'a b' }, {})).toEqual({
      ok: true,
      value: { words: 2, characters: 3, sentences: 0 },
    });
  });
});
