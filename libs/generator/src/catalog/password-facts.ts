import { CLASSES, type CharacterClass } from './password-tier-words';

/*
 * Passwords a design's worked examples show, read off by hand or made at a tier's edge with their classes read
 * off their characters: the reference the examples are computed from, apart from the emitted code.
 */

/** Passwords and the rules each meets, read off by hand (its length in characters, the classes it has). */
export const FACTS: {
  password: string;
  length: number;
  lowercase: boolean;
  uppercase: boolean;
  digit: boolean;
  symbol: boolean;
  common: boolean;
  space?: boolean;
}[] = [
  {
    password: 'Tr0ub4dor&3',
    length: 11,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: true,
    common: false,
  },
  {
    password: 'password',
    length: 8,
    lowercase: true,
    uppercase: false,
    digit: false,
    symbol: false,
    common: true,
  },
  {
    password: 'Summer2024',
    length: 10,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: false,
    common: false,
  },
  {
    password: 'Password1',
    length: 9,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: false,
    common: true,
  },
  {
    password: 'ab1!',
    length: 4,
    lowercase: true,
    uppercase: false,
    digit: true,
    symbol: true,
    common: false,
  },
  {
    password: 'CORRECT-HORSE-battery-staple-42',
    length: 31,
    lowercase: true,
    uppercase: true,
    digit: true,
    symbol: true,
    common: false,
  },
  {
    password: 'abc def gh1',
    length: 11,
    lowercase: true,
    uppercase: false,
    digit: true,
    symbol: false,
    common: false,
    space: true,
  },
  // Fails most rules at once: a list of failures whose order a feature may state.
  {
    password: 'ab cd',
    length: 5,
    lowercase: true,
    uppercase: false,
    digit: false,
    symbol: false,
    common: false,
    space: true,
  },
];

export type Fact = (typeof FACTS)[number];
export const classesOf = (f: Fact): CharacterClass[] => CLASSES.filter((c) => f[c]);

/**
 * A password of `length` characters holding `classes` (the first of each, then one filler character), with the
 * classes it holds read off the characters themselves.
 */
export function madeOf(length: number, classes: CharacterClass[]): Fact | null {
  const first: Record<CharacterClass, string> = { lowercase: 'q', uppercase: 'K', digit: '7', symbol: '#' };
  const filler = classes.includes('uppercase') && !classes.includes('lowercase') ? 'X' : 'x';
  if (length < Math.max(1, classes.length) || length > 64) return null;
  return factOf(classes.map((c) => first[c]).join('') + filler.repeat(length - classes.length));
}

/** An uncommon password with its length and classes read off its characters (ASCII, one character each). */
export function factOf(password: string): Fact {
  return {
    password,
    length: password.length,
    lowercase: /[a-z]/.test(password),
    uppercase: /[A-Z]/.test(password),
    digit: /[0-9]/.test(password),
    symbol: /[^A-Za-z0-9\s]/.test(password),
    common: false,
    space: /\s/.test(password),
  };
}
