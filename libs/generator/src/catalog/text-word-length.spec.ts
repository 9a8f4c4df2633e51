import { recogniseFeature } from './catalog';
import { compileFunction, runCatalogFunction } from './testing/run-function';
import { TEXT_STATISTICS_CODE } from './text-statistics';

/* The average word length the text statistics answer when a feature asks: counted by hand, recognised, a mutant. */

const stats = (text: unknown, decimals?: number) =>
  runCatalogFunction('text.statistics', { text }, decimals === undefined ? {} : { decimals });

describe('the average word length (emitted text.statistics with options.decimals)', () => {
  it.each([
    // text, decimals, average (letters only / words, half away from zero)
    ['Go, Ana, go!', 2, 2.33],
    ['Go, Ana, go!', 1, 2.3],
    ['Go, Ana, go!', 0, 2],
    ['ab abc', 0, 3], // 2.5 rounds up
    ['Buy 2 eggs.', 2, 2.33], // "2" is a word without letters: 7 letters over 3 words
    ['Ça va très bien', 2, 3],
    ['', 2, 0],
  ])('%p to %d decimals is %d', (text, decimals, average) => {
    const r = stats(text, decimals);
    expect(r.ok && r.value.average_word_length).toBe(average);
  });

  it('answers no average when no feature asks for it', () => {
    const r = stats('Go, Ana, go!');
    expect(r.ok && 'average_word_length' in r.value).toBe(false);
  });

  it('fails the worked examples when punctuation counts as letters (a mutant)', () => {
    const mutant = compileFunction(
      TEXT_STATISTICS_CODE.source.replace(
        '(text.match(/\\p{L}/gu) ?? []).length',
        '(text.match(/\\S/gu) ?? []).length',
      ),
      TEXT_STATISTICS_CODE.exportName,
    );
    const found = recogniseFeature('the average word length in letters, to 2 decimals');
    if (!found || !('constraint' in found) || !found.constraint.refine) throw new Error('not read');
    const base = recogniseFeature('count the words, characters and sentences of a text');
    if (!base || !('design' in base)) throw new Error('no statistics');
    const d = found.constraint.refine(base.design);
    expect(mutant({ text: 'x' }, d.options ?? {}).ok).toBe(true);
    const wrong = d.examples.filter(
      (e) =>
        JSON.stringify(mutant(e.input, d.options ?? {})) !== JSON.stringify({ ok: true, value: e.output }),
    );
    expect(wrong.length).toBeGreaterThan(0);
    // The unmutated code answers every worked example.
    for (const e of d.examples)
      expect(stats(e.input.text, d.options?.decimals as number)).toEqual({ ok: true, value: e.output });
  });
});

describe('the average word length recogniser', () => {
  it.each([
    ['and the average word length in letters, rounded to 2 decimals', 2],
    ['Average word length (letters only), rounded to 1 decimal', 1],
    ['außerdem die durchschnittliche Wortlänge, auf eine Nachkommastelle gerundet', 1],
    ['también la longitud media de las palabras, con 3 decimales', 3],
    ['la longueur moyenne des mots', 2],
    ['la lunghezza media delle parole', 2],
    ['o comprimento médio das palavras', 2],
    ['and the mean length of the words as well', 2],
  ])('reads %p with %d decimals', (text, decimals) => {
    const found = recogniseFeature(text);
    if (!found || !('constraint' in found) || !found.constraint.refine) throw new Error('not read');
    expect(found.constraint.function).toBe('text.statistics');
    const base = recogniseFeature('count the words of a text');
    if (!base || !('design' in base)) throw new Error('no statistics');
    expect(found.constraint.refine(base.design).options).toMatchObject({ decimals });
  });

  it.each([
    'the average length of a stay in days',
    'average rating of a product',
    'password length of at least 8',
  ])('leaves %p alone', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'constraint' in found ? found.constraint.function : null).not.toBe('text.statistics');
  });
});

describe('the average word length and a reading time added in one feature', () => {
  const design = (feature: string) => {
    const found = recogniseFeature(feature);
    if (!found || !('constraint' in found) || !found.constraint.refine) throw new Error('not read');
    const base = recogniseFeature('count the words and sentences of a text');
    if (!base || !('design' in base)) throw new Error('no statistics');
    return found.constraint.refine(base.design);
  };
  const AT_200 = 'also the average word length and the reading time at 200 words a minute, rounded up';
  const words = (n: number) => Array.from({ length: n }, () => 'wort').join(' ');

  it.each([
    // text, average (10 letters over 4 words), minutes at 200 a minute rounded up (201 words need a second)
    ['a bb ccc dddd', 2.5, 1],
    [words(200), 4, 1],
    [words(201), 4, 2],
    ['', 0, 0],
  ])('answers %p with the average %d and %d minute(s)', (text, average, minutes) => {
    const d = design(AT_200);
    const r = runCatalogFunction('text.statistics', { text }, d.options ?? {});
    expect(r.ok && [r.value.average_word_length, r.value.reading_time]).toEqual([average, minutes]);
  });

  it.each([
    AT_200,
    'dazu die durchschnittliche Wortlänge und die Lesezeit bei 250 Wörtern pro Minute, aufgerundet',
    'además, la longitud media de las palabras y el tiempo de lectura a 180 palabras por minuto',
  ])('reads %p as both answers, each worked example answered by the emitted code', (feature) => {
    const d = design(feature);
    expect(d.outputs.map((o) => o.field)).toEqual(
      expect.arrayContaining(['average_word_length', 'reading_time']),
    );
    expect(d.options).toMatchObject({ decimals: 2, rounding: 'up' });
    expect(d.examples.every((e) => typeof e.output.reading_time === 'number')).toBe(true);
    for (const e of d.examples)
      expect(runCatalogFunction('text.statistics', e.input, d.options ?? {})).toEqual({
        ok: true,
        value: e.output,
      });
  });

  it('fails the worked examples when the reading time is rounded down (a mutant)', () => {
    const d = design(AT_200);
    const mutant = compileFunction(
      TEXT_STATISTICS_CODE.source.replace(
        "if (rest > 0 && mode === 'up') minutes = whole + 1;",
        "if (rest > 0 && mode === 'up') minutes = whole;",
      ),
      TEXT_STATISTICS_CODE.exportName,
    );
    const wrong = d.examples.filter(
      (e) =>
        JSON.stringify(mutant(e.input, d.options ?? {})) !== JSON.stringify({ ok: true, value: e.output }),
    );
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('leaves a reading time at no stated speed to be read on its own', () => {
    const found = recogniseFeature('also the average word length and the reading time');
    expect(found && 'constraint' in found ? found.constraint.function : null).not.toBe('text.statistics');
  });
});
