import type { WrittenValue } from '@sf/service-spec';
import type { DesignReference, ReferenceAnswer } from './catalog-entry';

/*
 * The reference semantics of Roman numerals (1 to 3999, canonical subtractive notation), computed here for the
 * worked examples of the values a feature writes; the emitted code (roman-code.ts) is written apart from it, so a
 * worked example checks it rather than repeating it.
 */

const SYMBOLS: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** The canonical numeral of a whole number from 1 to 3999, or why it has none. */
export function romanOf(n: number): ReferenceAnswer {
  if (!Number.isInteger(n)) return { ok: false, why: `${n} is not a whole number` };
  if (n < 1 || n > 3999)
    return { ok: false, why: `${n} is outside 1 to 3999, the numbers Roman numerals write` };
  let rest = n;
  let roman = '';
  for (const [value, symbol] of SYMBOLS) {
    while (rest >= value) {
      roman += symbol;
      rest -= value;
    }
  }
  return { ok: true, results: { roman } };
}

/**
 * The number a canonical numeral writes (either case), or why it is not one: a numeral is canonical when it is
 * the numeral its own value is written as (IIII is not: 4 is IV).
 */
export function numberOf(text: string): ReferenceAnswer {
  const roman = text.trim().toUpperCase();
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  if (!/^[IVXLCDM]+$/.test(roman))
    return { ok: false, why: `"${text}" has letters that are not Roman numerals` };
  let n = 0;
  for (let i = 0; i < roman.length; i++) {
    const [value, next] = [values[roman[i]], values[roman[i + 1]] ?? 0];
    n += value < next ? -value : value;
  }
  const canonical = romanOf(n);
  if (!canonical.ok || canonical.results.roman !== roman) {
    return { ok: false, why: `"${text}" is not a canonical Roman numeral` };
  }
  return { ok: true, results: { number: n } };
}

/** A whole number as written ("1994", "-5", "2.5"), without a unit. */
function plainNumber(v: WrittenValue): number | null {
  return v.number !== undefined && v.unit === undefined && /^-?\d+(?:[.,]\d+)?$/.test(v.text)
    ? v.number
    : null;
}

/** Number → numeral: a plain number written is the `number` parameter. */
export const TO_ROMAN_REFERENCE: DesignReference = {
  read: (v) => {
    const n = plainNumber(v);
    return n === null ? null : { number: n };
  },
  compute: (params) => romanOf(Number(params.number)),
};

/** Numeral → number: letters written as a numeral (upper case, or lower case Roman letters) are `roman`. */
export const FROM_ROMAN_REFERENCE: DesignReference = {
  read: (v) => (/^[A-Z]{1,20}$/.test(v.text) || /^[ivxlcdm]{2,20}$/.test(v.text) ? { roman: v.text } : null),
  compute: (params) => numberOf(String(params.roman)),
};
