import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';
import { dashIsNoWord, sentenceEndRule } from './text-statistics-rules';

/*
 * What the text statistics count when a feature says so: where a sentence ends (read, and refused when it names
 * other ends), a dash standing on its own that is no word, and a reading time at a stated speed answered beside
 * the counts. The emitted code against counts and minutes worked out by hand, the designs' worked examples
 * against the emitted code, and bad input never thrown on.
 */

const stats = (text: unknown, options: Record<string, string | number | boolean> = {}) =>
  runCatalogFunction('text.statistics', { text }, options);

function designOf(text: string) {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not a design: ${text}`);
  return found.design;
}

describe('where a sentence ends, as a feature says it', () => {
  it.each([
    'count the sentences in a text: a sentence ends with a full stop, question mark or exclamation mark',
    'Sätze eines Textes zählen: ein Satz endet mit einem Punkt, einem Fragezeichen oder einem Ausrufezeichen',
    'Zählt, wie viele Sätze ein Text hat; ein Satzende ist ein Punkt, ein Fragezeichen oder ein Ausrufezeichen',
    "compter les phrases : une phrase se termine par un point, un point d'interrogation ou un point d'exclamation",
    'contar las oraciones: una oración termina en punto, signo de interrogación o signo de exclamación',
    'contare le frasi: una frase finisce con un punto, un punto interrogativo o un punto esclamativo',
    'contar as frases: uma frase termina com um ponto final, um ponto de interrogação ou um ponto de exclamação',
    'count sentences; a sentence ends with ".", "!" or "?"',
  ])('reads the ends the counts take in %p', (text) => {
    expect(sentenceEndRule(text)).toBe('stated');
  });

  it.each([
    'count the sentences: a sentence ends with a full stop or a line break',
    'count the sentences; a sentence ends with a full stop, a semicolon or a question mark',
    'count the sentences: a sentence ends with a full stop',
    'Sätze zählen: ein Satz endet mit einem Punkt oder einem Doppelpunkt',
    'contar las frases: una frase termina en punto y coma',
  ])('reads another rule in %p', (text) => {
    expect(sentenceEndRule(text)).toBe('other');
  });

  it.each([
    'count the words, characters and sentences of a text',
    'POST /text/stats {"text": string} returns {"sentences": n (ended by . ! or ?)}',
  ])('reads no rule in %p', (text) => {
    expect(sentenceEndRule(text)).toBeNull();
  });

  it('designs the counts with the rule in the summary, and refuses to design them on another rule', () => {
    const d = designOf(
      'Sätze eines Textes zählen: ein Satz endet mit einem Punkt, einem Fragezeichen oder einem Ausrufezeichen',
    );
    expect(d.function).toBe('text.statistics');
    expect(d.summary).toContain(
      'Ein Satz endet mit einem Punkt, einem Fragezeichen oder einem Ausrufezeichen',
    );
    expect(
      recogniseFeature('count the sentences: a sentence ends with a full stop or a line break'),
    ).toBeNull();
  });

  it('counts sentences ended by . ! and ?, a text without an end counting none', () => {
    expect(stats('Hallo Welt. Wie geht es dir? Gut!')).toMatchObject({ value: { sentences: 3 } });
    expect(stats('Prima frase. Seconda frase senza fine')).toMatchObject({ value: { sentences: 1 } });
  });
});

describe('a dash standing on its own is no word', () => {
  it.each([
    ['a dash standing on its own is not a word', true],
    ['Ein alleinstehender Gedankenstrich zählt nicht als Wort', true],
    ['un guion suelto no cuenta como palabra', true],
    ['un guion aislado, como en «sí - no», no es una palabra', true],
    ['un tiret isolé ne compte pas comme un mot', true],
    ['un trattino da solo non conta come parola', true],
    ['um hífen sozinho não conta como palavra', true],
    ["a lone hyphen isn't a word", true],
    ['a dash is a word', false],
    ['hyphenated words count once', false],
    ['numbers standing on their own are not words', false],
  ])('reads %p: %p', (text, read) => {
    expect(dashIsNoWord(text)).toBe(read);
  });

  it.each([
    ['well - maybe not', 3],
    ['yes – no — maybe', 3],
    ['a well-known fact', 3],
    ['- – —', 0],
    ['-- end --', 1],
    ['', 0],
  ])('counts %p as %d words', (text, words) => {
    expect(stats(text, { dash_not_word: true })).toMatchObject({ ok: true, value: { words } });
  });

  it.each([
    ['decir cuántas palabras tiene un texto', 'un guion aislado, como en «sí - no», no es una palabra'],
    ['dire combien de mots contient un texte', 'un tiret isolé ne compte pas comme un mot'],
    ['dire quante parole ha un testo', 'un trattino da solo non conta come parola'],
  ])('reads "how many words" in %p with %p', (base, rule) => {
    expect(designOf(base).function).toBe('text.statistics');
    expect(designOf(`${base} ${rule}`).options?.dash_not_word).toBe(true);
  });

  it('counts a lone dash as a word without the option', () => {
    expect(stats('well - maybe not')).toMatchObject({ value: { words: 4 } });
  });

  it('designs the counts so from a feature saying it, every worked example answered by the emitted code', () => {
    const d = designOf(
      'tell me how many words a piece of text has; a dash standing on its own is not a word',
    );
    expect(d.options?.dash_not_word).toBe(true);
    expect(d.examples.some((x) => /\s[-–—]\s/.test(String(x.input.text)))).toBe(true);
    for (const x of d.examples)
      expect(stats(x.input.text, d.options ?? {})).toEqual({ ok: true, value: x.output });
  });
});

describe('a reading time answered beside the counts', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'w').join(' ');

  it.each([
    // words, per minute, rounding, minimum, minutes
    [0, 200, 'up', 0, 0],
    [1, 200, 'up', 0, 1],
    [200, 200, 'up', 0, 1],
    [201, 200, 'up', 0, 2],
    [450, 200, 'down', 0, 2],
    [300, 200, 'half_up', 0, 2],
    [299, 200, 'half_up', 0, 1],
    [500, 200, 'half_even', 0, 2],
    [300, 200, 'half_even', 0, 2],
    [0, 250, 'up', 1, 1],
  ])(
    '%d words at %d a minute, rounded %s, at least %d: %d minutes',
    (n, perMinute, rounding, minimum, minutes) => {
      expect(
        stats(words(n), { words_per_minute: perMinute, rounding: rounding, reading_minimum: minimum }),
      ).toMatchObject({ ok: true, value: { words: n, reading_time: minutes } });
    },
  );

  it.each([
    [
      'count the words, characters and sentences of a text, also a reading time in whole minutes at 200 words per minute, rounded up',
      200,
    ],
    [
      'Wörter, Zeichen und Sätze eines Textes zählen, dazu die Lesezeit bei 250 Wörtern pro Minute, aufgerundet',
      250,
    ],
    ['contare le parole di un testo e anche il tempo di lettura a 180 parole al minuto', 180],
  ])('reads the counts with a reading time in %p', (text, perMinute) => {
    const d = designOf(text);
    expect(d.function).toBe('text.statistics');
    expect(d.options?.words_per_minute).toBe(perMinute);
    expect(d.outputs.map((o) => o.field)).toContain('reading_time');
    for (const x of d.examples)
      expect(stats(x.input.text, d.options ?? {})).toEqual({ ok: true, value: x.output });
  });

  it.each([
    'estimate the reading time of a post at 200 words per minute, rounded up, never less than 1 minute',
    'how many minutes does it take to read a text at 230 words per minute?',
    'count the words of a text and give the reading time',
  ])('leaves %p a reading time of its own (or the counts without one)', (text) => {
    const d = designOf(text);
    expect(d.function === 'text.reading_time' || d.options?.words_per_minute === undefined).toBe(true);
  });
});

describe('the text statistics on bad input', () => {
  it('answer a text and refuse anything else, never throwing, whatever the options', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.anything()),
        fc.record({
          dash_not_word: fc.boolean(),
          words_per_minute: fc.integer({ min: 10, max: 2000 }),
          rounding: fc.constantFrom('up', 'down', 'half_up', 'half_even'),
          reading_minimum: fc.integer({ min: 0, max: 5 }),
        }),
        (text, options) => {
          const result = stats(text, options);
          expect(result.ok).toBe(typeof text === 'string');
          if (result.ok) {
            expect(Number.isInteger(result.value.reading_time)).toBe(true);
            expect(result.value.words as number).toBeLessThanOrEqual(
              (String(text).match(/\S+/g) ?? []).length,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
