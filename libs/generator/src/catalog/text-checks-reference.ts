import type { WrittenValue } from '@sf/service-spec';
import { BoundedMemo } from './bounded-memo';
import type { DesignReference, ReferenceAnswer } from './catalog-entry';

/*
 * Reference semantics of the check-digit and text computations, for the worked examples of the values a feature
 * writes ("e.g. DE89370400440532013000 is valid", "like "Hello World!" -> "hello-world"", "e.g. "the quick brown
 * fox" has 4 words"): written here apart from the emitted code, from the standards (ISO 13616 / ISO 7064 MOD
 * 97-10, ISBN check digits) and the rules the designs state.
 */

/** A value written as text: a quoted string, or a token. */
const textOf = (v: WrittenValue): string => v.text;

/** IBAN validity (country length and mod 97 = 1), the country its 2-letter prefix; `lengths` by country. */
export function ibanReference(lengths: Readonly<Record<string, number>>): DesignReference {
  return {
    read: (v) => (/^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{8,36}$/.test(textOf(v)) ? { iban: textOf(v) } : null),
    compute: (params): ReferenceAnswer => {
      const iban = String(params.iban).replace(/ /g, '').toUpperCase();
      if (!/^[A-Z0-9]+$/.test(iban)) return { ok: false, why: 'an IBAN has only letters, digits and spaces' };
      const country = /^[A-Z]{2}/.test(iban) ? iban.slice(0, 2) : null;
      const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) =>
        String(c.charCodeAt(0) - 55),
      );
      let rest = 0;
      for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
      const check = Number(iban.slice(2, 4));
      const valid =
        country !== null && lengths[country] === iban.length && check >= 2 && check <= 98 && rest === 1;
      return { ok: true, results: { valid, country } };
    },
  };
}

/**
 * ISBN-10 (weights 10 to 1, X = 10, sum mod 11 = 0) or ISBN-13 (weights 1, 3, sum mod 10 = 0); a design that
 * accepts one kind only answers the other invalid, its type still read off its shape.
 */
export function isbnReference(accept: 'both' | '10' | '13'): DesignReference {
  return (ISBN_BY_ACCEPT[accept] ??= isbnAccepting(accept));
}

/** One reference per kind accepted, so designs made twice of the same feature stay equal. */
const ISBN_BY_ACCEPT: Partial<Record<'both' | '10' | '13', DesignReference>> = {};

function isbnAccepting(accept: 'both' | '10' | '13'): DesignReference {
  const only = (answer: ReferenceAnswer): ReferenceAnswer =>
    answer.ok && accept !== 'both' && answer.results.type !== `ISBN-${accept}`
      ? { ok: true, results: { ...answer.results, valid: false } }
      : answer;
  return {
    read: (v, stated, base) => ISBN.read(v, stated, base),
    compute: (params) => only(ISBN.compute(params)),
  };
}

const ISBN: DesignReference = {
  read: (v) => {
    const text = textOf(v);
    return /^[0-9][0-9 -]{8,16}[0-9Xx]$/.test(text) ? { isbn: text } : null;
  },
  compute: (params) => {
    const isbn = String(params.isbn).replace(/[ -]/g, '').toUpperCase();
    if (!/^[0-9X]+$/.test(isbn)) return { ok: false, why: 'an ISBN has only digits, hyphens, spaces and X' };
    const digit = (c: string) => (c === 'X' ? 10 : Number(c));
    if (/^[0-9]{9}[0-9X]$/.test(isbn)) {
      const sum = [...isbn].reduce((s, c, i) => s + digit(c) * (10 - i), 0);
      return { ok: true, results: { valid: sum % 11 === 0, type: 'ISBN-10' } };
    }
    if (/^[0-9]{13}$/.test(isbn)) {
      const sum = [...isbn].reduce((s, c, i) => s + digit(c) * (i % 2 === 0 ? 1 : 3), 0);
      return { ok: true, results: { valid: sum % 10 === 0, type: 'ISBN-13' } };
    }
    return { ok: true, results: { valid: false, type: null } };
  },
};

/** Letters Unicode does not decompose, as a slug writes them. */
const SLUG_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

/**
 * A URL slug: lower case, accents folded, every run of other characters one separator, none at the ends, cut at
 * `maxLength` (a separator left at the cut dropped; with `wordCut`, at the last word boundary within it); a text
 * with no letter or digit has none.
 */
export function slugReference(separator: string, maxLength: number | null, wordCut = false): DesignReference {
  return SLUGS.get(`${separator} ${maxLength} ${wordCut}`, () => slugUnder(separator, maxLength, wordCut));
}

/**
 * A slug cut at `maxLength`: where it falls inside a word, with `wordCut` the words that fit whole are kept (a
 * first word longer than the length is cut inside, having no boundary before it); never a separator at the end.
 */
export function cutSlug(slug: string, separator: string, maxLength: number | null, wordCut = false): string {
  if (maxLength === null || slug.length <= maxLength) return slug;
  let out = slug.slice(0, maxLength);
  if (wordCut && separator !== '' && !slug.startsWith(separator, maxLength)) {
    const at = out.lastIndexOf(separator);
    if (at > 0) out = out.slice(0, at);
  }
  while (separator !== '' && out.endsWith(separator)) out = out.slice(0, -separator.length);
  return out;
}

/** One reference per slug rule, so designs made twice of the same feature stay equal (bounded: lengths come from
 * intents). */
const SLUGS = new BoundedMemo<DesignReference>(256);

function slugUnder(separator: string, maxLength: number | null, wordCut: boolean): DesignReference {
  return {
    read: (v) => (v.number === undefined ? { text: textOf(v) } : null),
    compute: (params) => {
      const folded = Array.from(String(params.text).toLowerCase(), (c) => SLUG_LETTERS[c] ?? c)
        .join('')
        .normalize('NFKD')
        .replace(/\p{M}/gu, '');
      const whole = folded
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '')
        .join(separator);
      const slug = cutSlug(whole, separator, maxLength, wordCut);
      return slug === ''
        ? { ok: false, why: 'it has no letter or digit to make a slug of' }
        : { ok: true, results: { slug } };
    },
  };
}

/**
 * Words (runs of non-space characters) and characters (code points) of a quoted text; with `refuseBlank`, a text
 * that is empty or only spaces has none to count; with `dashNotWord`, a run made only of dashes (-, –, —) is no
 * word.
 */
export function wordCountReference(refuseBlank: boolean, dashNotWord = false): DesignReference {
  return WORD_COUNTS[Number(refuseBlank) * 2 + Number(dashNotWord)];
}

/** Dash characters a word of its own may be made of (hyphen-minus, hyphen, figure, en and em dashes, bar). */
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015']);

function wordCount(refuseBlank: boolean, dashNotWord: boolean): DesignReference {
  return {
    read: (v) => (v.number === undefined && /\s/.test(v.text) ? { text: v.text } : null),
    compute: (params) => {
      const text = String(params.text);
      if (refuseBlank && text.trim() === '')
        return { ok: false, why: 'it is empty or only spaces: nothing to count' };
      const runs = text.split(/\s+/).filter((w) => w !== '');
      const words = dashNotWord ? runs.filter((w) => ![...w].every((c) => DASHES.has(c))) : runs;
      return { ok: true, results: { words: words.length, characters: Array.from(text).length } };
    },
  };
}

/** One reference per rule, so designs made twice of the same feature stay equal. */
const WORD_COUNTS = [
  wordCount(false, false),
  wordCount(false, true),
  wordCount(true, false),
  wordCount(true, true),
];

/**
 * Whether a text reads the same backwards once case, accents and everything but letters and digits are left out;
 * a text with no letter or digit has nothing to read.
 */
export const PALINDROME_REFERENCE: DesignReference = {
  read: (v) => (v.number === undefined ? { text: v.text } : null),
  compute: (params) => {
    const letters = Array.from(
      String(params.text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    ).filter((c) => /[\p{L}\p{N}]/u.test(c));
    if (letters.length === 0) return { ok: false, why: 'it has no letter or digit to read' };
    return { ok: true, results: { palindrome: letters.join('') === [...letters].reverse().join('') } };
  },
};
