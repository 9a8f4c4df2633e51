import type { FunctionCode } from './catalog-entry';

/*
 * The emitted code of the letter-level text tools (text-letters.ts): characters reversed, vowels and consonants
 * counted, two texts compared as anagrams, the longest word, and how often each character occurs. Letters are
 * read with their accents folded where the rule says so (é is a vowel e; Marie and aimer are anagrams);
 * characters are user-perceived ones (Intl.Segmenter), so "é" written as e + a combining accent stays one.
 */

export const REVERSE_CODE: FunctionCode = {
  id: 'text.reverse',
  exportName: 'textReverse',
  source: String.raw`/** text.reverse: the characters of text (grapheme clusters, so accents and emoji stay whole) in reverse order. */
export const textReverse: CatalogFunction = (input) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const characters = Array.from(segmenter.segment(input.text), (s) => s.segment);
  return { ok: true, value: { reversed: characters.reverse().join('') } };
};`,
};

export const VOWELS_CODE: FunctionCode = {
  id: 'text.vowels',
  exportName: 'textVowels',
  source: String.raw`/** text.vowels: letters a e i o u (accents folded, any case) are vowels; every other letter a consonant. */
export const textVowels: CatalogFunction = (input) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  let vowels = 0;
  let consonants = 0;
  for (const ch of input.text.normalize('NFC')) {
    if (!/\p{L}/u.test(ch)) continue;
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (/^[aeiou]$/.test(base)) vowels++;
    else consonants++;
  }
  return { ok: true, value: { vowels, consonants } };
};`,
};

export const ANAGRAM_CODE: FunctionCode = {
  id: 'text.anagram',
  exportName: 'textAnagram',
  source: String.raw`/** The letters and digits of a text, accents folded, lower case, sorted. */
const textAnagramKey = (text: string): string =>
  Array.from(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .sort()
    .join('');

/** text.anagram: whether first and second use the same letters and digits as often (case, spaces, punctuation and accents ignored). */
export const textAnagram: CatalogFunction = (input) => {
  const first = typeof input.first === 'string' ? textAnagramKey(input.first) : '';
  const second = typeof input.second === 'string' ? textAnagramKey(input.second) : '';
  const problems: string[] = [];
  if (first === '') problems.push('first has no letter or digit to compare');
  if (second === '') problems.push('second has no letter or digit to compare');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { anagram: first === second } };
};`,
};

export const LONGEST_WORD_CODE: FunctionCode = {
  id: 'text.longest-word',
  exportName: 'textLongestWord',
  source: String.raw`/** text.longest-word: the longest word (run of letters and digits, an inner apostrophe or hyphen kept), the first of equals. */
export const textLongestWord: CatalogFunction = (input) => {
  const text = typeof input.text === 'string' ? input.text.normalize('NFC') : '';
  let word = '';
  let length = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)) {
    const size = Array.from(match[0].normalize('NFC')).length;
    if (size > length) {
      word = match[0];
      length = size;
    }
  }
  if (length === 0) return { ok: false, problems: ['text has no words'] };
  return { ok: true, value: { word, length } };
};`,
};

export const CHARACTER_FREQUENCY_CODE: FunctionCode = {
  id: 'text.character-frequency',
  exportName: 'textCharacterFrequency',
  source: String.raw`/**
 * text.character-frequency: how often each character occurs, in order of first occurrence; spaces are not
 * counted; option ignore_case counts in lower case, option letters_only counts letters and digits only.
 */
export const textCharacterFrequency: CatalogFunction = (input, options) => {
  if (typeof input.text !== 'string') return { ok: false, problems: ['text must be a string'] };
  const text = options.ignore_case === true ? input.text.normalize('NFC').toLowerCase() : input.text.normalize('NFC');
  const counts = new Map<string, number>();
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) {
    if (/^\s+$/u.test(segment)) continue;
    if (options.letters_only === true && !/^[\p{L}\p{N}]/u.test(segment)) continue;
    counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  return { ok: true, value: { frequencies: Object.fromEntries(counts), distinct: counts.size } };
};`,
};
