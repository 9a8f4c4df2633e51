import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { compileFunction, runCatalogFunction } from './testing/run-function';
import { READING_TIME_CODE } from './text-reading';

/* The reading time of a text: the emitted code against minutes worked out by hand, and its recogniser. */

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const read = (text: unknown, options: Record<string, string | number | boolean>) =>
  runCatalogFunction('text.reading_time', { text }, options);

describe('text.reading_time (the emitted code)', () => {
  it.each([
    // words, per minute, rounding, minimum, minutes
    [0, 200, 'up', 0, 0],
    [1, 200, 'up', 0, 1],
    [200, 200, 'up', 0, 1],
    [201, 200, 'up', 0, 2],
    [450, 200, 'down', 0, 2],
    [300, 200, 'half_up', 0, 2],
    [299, 200, 'half_up', 0, 1],
    [100, 200, 'half_even', 0, 0],
    [300, 200, 'half_even', 0, 2],
    [500, 200, 'half_even', 0, 2],
    [0, 250, 'up', 1, 1],
    [10, 250, 'down', 1, 1],
  ])(
    '%d words at %d a minute, rounded %s, at least %d → %d minutes',
    (n, perMinute, rounding, minimum, minutes) => {
      expect(read(words(n), { words_per_minute: perMinute, rounding, minimum })).toEqual({
        ok: true,
        value: { words: n, minutes },
      });
    },
  );

  it('counts runs of non-space characters as words, whatever the spacing', () => {
    expect(
      read('  Hello,\tworld!\n\nHow   are you?  ', { words_per_minute: 2, rounding: 'up', minimum: 0 }),
    ).toEqual({
      ok: true,
      value: { words: 5, minutes: 3 },
    });
  });

  it('refuses a text that is not a string and never throws', () => {
    expect(read(42, { words_per_minute: 200 }).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 1, max: 1000 }), (text, perMinute) => {
        const result = read(text, { words_per_minute: perMinute, rounding: 'up', minimum: 0 });
        expect(result.ok).toBe(typeof text === 'string');
      }),
      { numRuns: 200 },
    );
  });

  it('fails its own worked examples when it rounds the wrong way (a mutant)', () => {
    const mutant = compileFunction(
      READING_TIME_CODE.source.replace(
        "if (mode === 'up') minutes = whole + 1;",
        "if (mode === 'up') minutes = whole;",
      ),
      READING_TIME_CODE.exportName,
    );
    const found = recogniseFeature('estimate the reading time at 200 words a minute');
    if (!found || !('design' in found)) throw new Error('not recognised');
    const wrong = found.design.examples.filter(
      (e) =>
        JSON.stringify(mutant(e.input, found.design.options ?? {})) !==
        JSON.stringify({ ok: true, value: e.output }),
    );
    expect(wrong.length).toBeGreaterThan(0);
  });
});

describe('the reading-time recogniser', () => {
  it.each([
    ['estimate the reading time at 200 words a minute, rounded up to whole minutes', 200, 'up', 0],
    ['how long does it take to read a text? 230 wpm, rounded to the nearest minute', 230, 'half_up', 0],
    ['Lesezeit eines Artikels schätzen: 250 Wörter pro Minute, mindestens 1 Minute', 250, 'up', 1],
    ['tiempo de lectura de un texto a 180 palabras por minuto, redondeado hacia abajo', 180, 'down', 0],
    ['temps de lecture d’un texte (200 mots par minute), au moins 1 minute', 200, 'up', 1],
    ['tempo di lettura di un articolo', 200, 'up', 0],
    ['tempo de leitura a 220 palavras por minuto', 220, 'up', 0],
  ])('reads %p', (text, perMinute, rounding, minimum) => {
    const found = recogniseFeature(text);
    expect(found).toMatchObject({
      design: {
        function: 'text.reading_time',
        options: { words_per_minute: perMinute, rounding, minimum },
      },
    });
    // Every worked example is what the emitted code answers.
    if (!found || !('design' in found)) return;
    for (const e of found.design.examples)
      expect(read(e.input.text, found.design.options ?? {})).toEqual({ ok: true, value: e.output });
  });

  it.each([
    'store articles with their title and reading time',
    'list the books I am reading',
    'count the words of a text',
    'log the time each reader spends on a page',
  ])('leaves %p to other parts', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.function : null).not.toBe('text.reading_time');
  });
});
