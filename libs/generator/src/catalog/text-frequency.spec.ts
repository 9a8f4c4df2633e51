import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* The most frequent words of a text: the emitted code against counts done by hand, and its recogniser. */

const top = (text: unknown, n: unknown) => runCatalogFunction('text.top-words', { text, n }, {});
const ranked = (...pairs: [string, number][]) => ({
  ok: true,
  value: { words: pairs.map(([word, count]) => ({ word, count })) },
});

describe('text.top-words (the emitted code)', () => {
  it('counts words in any case, most frequent first', () => {
    expect(top('To be or not to be, THAT is the question', 3)).toEqual(
      ranked(['be', 2], ['to', 2], ['is', 1]),
    );
  });

  it('breaks ties alphabetically and answers all words when n is larger', () => {
    expect(top('zeta alpha mu alpha zeta', 10)).toEqual(ranked(['alpha', 2], ['zeta', 2], ['mu', 1]));
  });

  it('keeps apostrophes inside words, accents and digits, and drops punctuation', () => {
    expect(top("It's 2024: café, CAFÉ... it's done!", 2)).toEqual(ranked(['café', 2], ["it's", 2]));
  });

  it('answers no words for a text without any', () => {
    expect(top('', 3)).toEqual(ranked());
    expect(top(' -- !! ', 1)).toEqual(ranked());
  });

  it('refuses an n that is not a whole number of at least 1', () => {
    for (const n of [0, -1, 1.5, '3', null]) expect(top('a b c', n).ok).toBe(false);
  });

  it('never throws, and answers counts that add up to at most the words of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: -3, max: 50 }), (text, n) => {
        const result = top(text, n);
        if (!result.ok) {
          expect(n).toBeLessThan(1);
          return;
        }
        const words = result.value.words as { word: string; count: number }[];
        expect(words.length).toBeLessThanOrEqual(n);
        for (let i = 1; i < words.length; i++) {
          const [a, b] = [words[i - 1], words[i]];
          expect(a.count > b.count || (a.count === b.count && a.word < b.word)).toBe(true);
        }
      }),
    );
  });
});

describe('text.top-words with option single (THE most frequent word)', () => {
  const one = (text: unknown) => runCatalogFunction('text.top-words', { text }, { single: true });

  it('answers the most frequent word in lower case with its count, a tie going to the first alphabetically', () => {
    expect(one('The cat saw the dog. The dog ran! Did the cat care?')).toEqual({
      ok: true,
      value: { word: 'the', count: 4 },
    });
    expect(one('b a c b a')).toEqual({ ok: true, value: { word: 'a', count: 2 } });
  });

  it('refuses a text with no words', () => {
    expect(one('').ok).toBe(false);
    expect(one(' ... ').ok).toBe(false);
  });
});

describe('the top-words recogniser', () => {
  const designOf = (text: string) => {
    const found = recogniseFeature(text);
    return found && 'design' in found ? found.design : null;
  };

  it.each([
    'list the ten most frequent words of a passage',
    'the most common words in a text and how often they occur',
    'Die häufigsten Wörter eines Textes mit ihrer Anzahl',
    'Las palabras más frecuentes de un texto',
    "Les mots les plus fréquents d'un texte",
    'As palavras mais frequentes de um texto',
  ])('reads %p as the most frequent words', (text) => {
    expect(designOf(text)).toMatchObject({ function: 'text.top-words' });
  });

  it.each([
    'name the most frequent word, ignoring upper/lower case',
    'which word occurs most often in a text?',
    'das häufigste Wort eines Textes',
    'la palabra más frecuente de un texto',
  ])('reads %p as THE most frequent word: the text in, {word, count} out', (text) => {
    const design = designOf(text);
    expect(design).toMatchObject({ function: 'text.top-words', options: { single: true } });
    expect(design?.inputs.map((i) => i.param)).toEqual(['text']);
    expect(design?.outputs.map((o) => o.field)).toEqual(['word', 'count']);
  });

  it.each(['the 3 most frequent words', 'top three words of a text', 'the most frequent words of a text'])(
    'reads %p as the n most frequent words',
    (text) => {
      expect(designOf(text)?.options?.single).toBeUndefined();
    },
  );

  it('recognises a route written out with names of its own', () => {
    const design = designOf(
      'POST /frequent-words with body {"text": string, "limit": integer} returns {"words": [{"word": string, "count": number}]}',
    );
    expect(design?.function).toBe('text.top-words');
  });
});
