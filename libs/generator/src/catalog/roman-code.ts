import type { FunctionCode } from './catalog-entry';

/*
 * The emitted side of Roman numerals: a whole number from 1 to 3999 to its canonical numeral, and a canonical
 * numeral (either case) back to its number. Each source stands alone in the generated `src/functions.ts`; the
 * worked examples are computed apart from this text (roman-reference.ts), so they check it.
 */

export const TO_ROMAN_CODE: FunctionCode = {
  id: 'roman.to-roman',
  exportName: 'toRomanNumeral',
  source: `/** Values and their numerals, largest first, with the six subtractive pairs. */
const ROMAN_SYMBOLS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** roman.to-roman: the whole number \`number\` (1 to 3999) as its canonical Roman numeral. */
export const toRomanNumeral: CatalogFunction = (input) => {
  const number = input.number;
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    return { ok: false, problems: ['number must be a whole number from 1 to 3999'] };
  }
  if (number < 1 || number > 3999) {
    return { ok: false, problems: [String(number) + ' is outside 1 to 3999: Roman numerals write only 1 (I) to 3999 (MMMCMXCIX)'] };
  }
  let rest = number;
  let roman = '';
  for (const [value, symbols] of ROMAN_SYMBOLS) {
    while (rest >= value) {
      roman += symbols;
      rest -= value;
    }
  }
  return { ok: true, value: { roman } };
};`,
};

export const FROM_ROMAN_CODE: FunctionCode = {
  id: 'roman.from-roman',
  exportName: 'fromRomanNumeral',
  source: `/** A canonical numeral: thousands, hundreds, tens and units, each in its one canonical spelling. */
const ROMAN_CANONICAL = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** roman.from-roman: the number a canonical Roman numeral \`roman\` writes (upper or lower case). */
export const fromRomanNumeral: CatalogFunction = (input) => {
  const raw = typeof input.roman === 'string' ? input.roman.trim() : '';
  const roman = raw.toUpperCase();
  if (!/^[IVXLCDM]+$/i.test(raw) || !ROMAN_CANONICAL.test(roman)) {
    const shown = JSON.stringify(typeof input.roman === 'string' ? input.roman.slice(0, 40) : input.roman);
    return { ok: false, problems: [shown + ' is not a canonical Roman numeral (I to MMMCMXCIX, e.g. MCMXCIV for 1994)'] };
  }
  let number = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]];
    const next = i + 1 < roman.length ? ROMAN_VALUES[roman[i + 1]] : 0;
    number += value < next ? -value : value;
  }
  return { ok: true, value: { number } };
};`,
};
