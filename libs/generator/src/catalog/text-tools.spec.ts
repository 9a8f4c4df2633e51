import fc from 'fast-check';
import { functionCode, recogniseFeature } from './catalog';
import type { FunctionDesign } from './catalog-entry';
import { statedFolds } from './text-fold';
import { compileFunction, runCatalogFunction, type Fn } from './testing/run-function';

/*
 * The text tools stated by examples or rules (text-fold.ts, text-letters.ts, html-entities.ts, the slug's rules
 * and the case styles): the emitted code against hand-checked values, never throwing on any input, each design's
 * worked examples answered by the emitted code, and mutants (an escaper that lets <script> through, a folding
 * that drops ñ, a reversal by code points…) failing those worked examples, which become the frozen acceptance
 * pack of a generated service.
 */

const run = (
  id: string,
  input: Record<string, unknown>,
  options: Record<string, string | number | boolean> = {},
) => runCatalogFunction(id, input, options);
const ok = (value: Record<string, unknown>) => ({ ok: true, value });

describe('the emitted code against hand-checked values', () => {
  it('escapes the five HTML characters, & first', () => {
    expect(run('html.escape', { text: '<script>alert(1)</script>' })).toEqual(
      ok({ escaped: '&lt;script&gt;alert(1)&lt;/script&gt;' }),
    );
    expect(run('html.escape', { text: `a & "b" 'c'` })).toEqual(
      ok({ escaped: 'a &amp; &quot;b&quot; &#39;c&#39;' }),
    );
    expect(run('html.escape', { text: '' })).toEqual(ok({ escaped: '' }));
  });

  it('unescapes named and numeric entities once, keeping unknown and invalid ones', () => {
    expect(run('html.unescape', { text: '&lt;p&gt; &#169; &#x1F600; &amp;amp;' })).toEqual(
      ok({ unescaped: '<p> © 😀 &amp;' }),
    );
    expect(run('html.unescape', { text: '&#xD800; &#1114112; &unknown; &AMP;' })).toEqual(
      ok({ unescaped: '&#xD800; &#1114112; &unknown; &AMP;' }),
    );
  });

  it('gives any text back through escape then unescape, and escapes leave no markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = run('html.escape', { text });
        expect(escaped.ok).toBe(true);
        const value = escaped.ok ? String(escaped.value.escaped) : '';
        expect(/[<>"']/.test(value)).toBe(false);
        expect(run('html.unescape', { text: value })).toEqual(ok({ unescaped: text }));
      }),
    );
  });

  it('folds accents, written-out letters and the stated foldings', () => {
    expect(run('text.fold-accents', { text: 'Ærøskøbing, Ångström, naïve Dvořák' })).toEqual(
      ok({ folded: 'AEroskobing, Angstrom, naive Dvorak' }),
    );
    expect(run('text.fold-accents', { text: 'Über Straße in München' }, { map: 'ü=ue;ß=ss' })).toEqual(
      ok({ folded: 'Ueber Strasse in Muenchen' }),
    );
    expect(run('text.fold-accents', { text: 'Привет 123!' })).toEqual(ok({ folded: 'Привет 123!' }));
  });

  it('reads the foldings a feature states, in several languages', () => {
    expect(statedFolds('é→e, ñ -> n, ü becomes ue, ß wird zu ss, ç devient c')).toEqual([
      ['é', 'e'],
      ['ñ', 'n'],
      ['ü', 'ue'],
      ['ß', 'ss'],
      ['ç', 'c'],
    ]);
    expect(statedFolds('convert 5 km -> mi, a → b')).toEqual([]);
  });

  it('answers the letter-level tools', () => {
    expect(run('text.reverse', { text: 'e\u0301a 👍🏽' })).toEqual(ok({ reversed: '👍🏽 ae\u0301' }));
    expect(run('text.vowels', { text: 'Programming' })).toEqual(ok({ vowels: 3, consonants: 8 }));
    expect(run('text.anagram', { first: 'The eyes', second: 'They see' })).toEqual(ok({ anagram: true }));
    expect(run('text.anagram', { first: 'Astronomer', second: 'Moon starer' })).toEqual(
      ok({ anagram: true }),
    );
    expect(run('text.anagram', { first: 'abc', second: 'abd' })).toEqual(ok({ anagram: false }));
    expect(run('text.longest-word', { text: "a bb ccc dd, don't" })).toEqual(
      ok({ word: "don't", length: 5 }),
    );
    expect(run('text.character-frequency', { text: 'Mississippi' })).toEqual(
      ok({ frequencies: { M: 1, i: 4, s: 4, p: 2 }, distinct: 4 }),
    );
    expect(
      run('text.character-frequency', { text: 'Aa-Bb!' }, { ignore_case: true, letters_only: true }),
    ).toEqual(ok({ frequencies: { a: 2, b: 2 }, distinct: 2 }));
  });

  it.each([
    ['html.escape', ['text']],
    ['html.unescape', ['text']],
    ['text.fold-accents', ['text']],
    ['text.reverse', ['text']],
    ['text.vowels', ['text']],
    ['text.anagram', ['first', 'second']],
    ['text.longest-word', ['text']],
    ['text.character-frequency', ['text']],
    ['text.slugify', ['text']],
  ])('%s answers or refuses any input, never throwing', (id, fields) => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.anything()), {
          minLength: fields.length,
          maxLength: fields.length,
        }),
        fc.record({ ignore_case: fc.boolean(), letters_only: fc.boolean(), map: fc.string() }),
        (values, options) => {
          const result = run(id, Object.fromEntries(fields.map((f, i) => [f, values[i]])), options);
          if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** The design a feature is read as. */
function designOf(feature: string): FunctionDesign {
  const found = recogniseFeature(feature);
  // A fold of accents joins a slug when the intent has one, else it is its own computation (`alone`).
  const design = found && ('design' in found ? found.design : found.constraint.alone);
  if (!design) throw new Error(`not a design: ${feature}`);
  return design;
}

/** The worked examples and refusals of `design` that `fn` gets wrong. */
function wrongOn(design: FunctionDesign, fn: Fn): string[] {
  const options = design.options ?? {};
  const wrong: string[] = [];
  for (const x of design.examples) {
    let result;
    try {
      result = fn(x.input, options);
    } catch {
      wrong.push(x.description);
      continue;
    }
    const answered = result.ok
      ? Object.fromEntries(Object.keys(x.output).map((k) => [k, result.value[k]]))
      : null;
    if (JSON.stringify(answered) !== JSON.stringify(x.output)) wrong.push(x.description);
  }
  for (const r of design.refusals) {
    let refused: boolean;
    try {
      refused = !fn(r.input, options).ok;
    } catch {
      refused = true;
    }
    if (!refused) wrong.push(r.description);
  }
  return wrong;
}

/** A feature, and slips of its computation (text of the emitted source → what the mutant writes). */
const MUTANTS: [string, [string, string][]][] = [
  [
    'escape HTML special characters in a string',
    [
      [".replace(/</g, '&lt;')", ".replace(/</g, '<')"],
      [".replace(/&/g, '&amp;')", ".replace(/&/g, '&')"],
      [".replace(/'/g, '&#39;')", ''],
    ],
  ],
  [
    'decode HTML entities back into characters',
    [
      ['return valid ? String.fromCodePoint(code) : whole;', 'return String.fromCodePoint(code);'],
      ["amp: '&',", "amp: '&amp;',"],
    ],
  ],
  [
    'strip the accents from names',
    [
      ['else folded += ch.normalize', 'else if (!/ñ/i.test(ch)) folded += ch.normalize'],
      ["ß: 'ss',", "ß: 's',"],
    ],
  ],
  [
    'transliterate German umlauts: ü becomes ue and ö becomes oe',
    [
      [
        'if (own !== undefined) folded += own;',
        "if (own !== undefined) folded += ch.normalize('NFD').replace(/\\p{M}/gu, '');",
      ],
      ['fromLower.charAt(0).toUpperCase() + fromLower.slice(1)', 'fromLower'],
    ],
  ],
  [
    'reverse a string character by character',
    [['Array.from(segmenter.segment(input.text), (s) => s.segment)', 'Array.from(input.text)']],
  ],
  [
    'count the vowels and consonants in a text',
    [
      ['/^[aeiou]$/', '/^[aeiouy]$/'],
      [".normalize('NFD').replace(/\\p{M}/gu, '').toLowerCase();", '.toLowerCase();'],
    ],
  ],
  [
    'check whether two words are anagrams',
    [
      [".toLowerCase().replace(/[^\\p{L}\\p{N}]/gu, '')", ".replace(/[^\\p{L}\\p{N}]/gu, '')"],
      ['.sort()\n    .join', '.sort()\n    .filter((c, i, all) => c !== all[i - 1])\n    .join'],
    ],
  ],
  ['find the longest word in a sentence', [['if (size > length)', 'if (size >= length)']]],
  [
    'character frequency of a string, ignoring case',
    [
      ['if (/^\\s+$/u.test(segment)) continue;', ''],
      ['options.ignore_case === true ?', 'false ?'],
    ],
  ],
  ['slugify titles: lowercase, words separated by underscores', [['.replace(/-/g, separator);', ';']]],
  [
    'generar slugs de títulos con guiones, sin tildes (ñ→n) y como máximo 15 caracteres',
    [['slug.length > options.max_length', 'slug.length > options.max_length + 100']],
  ],
  [
    'format a phrase as CONSTANT_CASE (HELLO_WORLD) or Title Case (Hello World)',
    [
      ["constant_case: words.join('_').toUpperCase()", "constant_case: words.join('_')"],
      ["title_case: words.map(capital).join(' ')", "title_case: words.join(' ')"],
    ],
  ],
];

describe('worked examples of the text tools', () => {
  it.each(MUTANTS.map(([feature]) => feature))('%p: the emitted code answers every one', (feature) => {
    const design = designOf(feature);
    const code = functionCode(design.function);
    expect(code && wrongOn(design, compileFunction(code.source, code.exportName))).toEqual([]);
  });

  it.each(MUTANTS.flatMap(([feature, slips]) => slips.map(([from, to]) => [feature, from, to])))(
    '%p: a slip (%s → %s) fails at least one',
    (feature, from, to) => {
      const design = designOf(feature);
      const code = functionCode(design.function);
      if (!code) throw new Error(`no code for ${design.function}`);
      const mutant = code.source.replace(from, to);
      expect(mutant).not.toBe(code.source);
      expect(wrongOn(design, compileFunction(mutant, code.exportName)).length).toBeGreaterThan(0);
    },
  );
});
