import type { ConstraintDesign, FunctionDesign, Refusal } from './catalog-entry';
import { asSaid, hasAny, refuses } from './feature-words';

/*
 * A feature that only says which rolls are refused, by example ("nonsense like 0d6, 2d0 or banana gets rejected",
 * "Unsinn wie 0d6 oder Banane", "une notation absurde comme 0d6 ou « banane »"): each value it gives is sent to the
 * roll another feature designs, in the form that roll reads (the notation, or count and sides), and must be refused
 * by the roll's reference semantics; a value the roll answers, or a bound on dice or sides other than the roll's own
 * (1 to 100 dice, 2 to 1000 sides), leaves the feature unjoined rather than claimed where it does not hold. Pure.
 */

/** Dice notation as a feature writes an example of it: N (may be left out) d or W, then S (may be missing). */
export const NOTATION_LIKE = /^\d{0,4}[dDwW]\d{0,5}(?:[+-]\d{1,7})?$/;
/** Words that introduce examples, after which the refused values are listed. */
const MARKER =
  /\b(?:like|such as|e\.\s?g\.|for example|for instance|wie|etwa|z\.\s?B\.|como|por ejemplo|por exemplo|comme|par exemple|tels? que|come|ad esempio|per esempio)\s*:?\s*/giu;
export const JOINS =
  /\s*(?:,|;|\/|\bor\b|\boder\b|\bo\b|\bou\b|\boppure\b|\band\b|\bund\b|\by\b|\be\b|\bet\b)\s*/iu;
/** A verb or status after the list of examples, where the list ends. */
const VERB =
  /^(?:gets?|is|are|will|wird|werden|se|est|sont|viene|vengono|è|é|são|sao|returns?|gives?|ergibt|ergeben|devuelve|renvoie|->|→|=>)$/iu;
export const QUOTES = /^["'`«»“”‘’\s]+|["'`«»“”‘’\s]+$/gu;
/** Verbs of rolling: a feature that rolls asks for a roll of its own, not only for what one refuses. */
const ROLLING = ['roll', 'rolls', 'throw', 'wurfeln', 'tirar', 'lancer', 'lanciare', 'rolar'];
/** Words naming the dice or their sides, which a bound on them is said of. */
const DICE_OR_SIDES =
  /\b(?:dice|die|w(?:ü|u)rfel\w*|dados?|d(?:é|e)s|dadi|sides?|seiten|caras|faces|facce|lados)\b/iu;
const BOUND_WORDS =
  /\b(?:more than|fewer than|less than|over|under|above|below|at most|at least|up to|mehr als|weniger als|höchstens|mindestens|más de|menos de|plus de|moins de|più di|meno di|mais de)\b/iu;

/** The values a feature lists after an example word, one token each, up to the first item of several words. */
export function diceExamples(text: string): string[] {
  const values: string[] = [];
  for (const m of text.matchAll(MARKER)) {
    const rest = text
      .slice((m.index ?? 0) + m[0].length)
      .replace(/«\s*/gu, '«')
      .replace(/\s*»/gu, '»');
    for (const raw of rest.split(JOINS)) {
      // The list's last item runs into the verb ("or banana gets rejected"): the value is the word before it.
      const [first, ...after] = raw.trim().split(/\s+/u);
      const item = (first ?? '').replace(/[).:!]+$/u, '').replace(QUOTES, '');
      if (item === '' || VERB.test(item) || (after.length > 0 && !VERB.test(after[0]))) break;
      if (!values.includes(item)) values.push(item);
      if (after.length > 0) break;
    }
  }
  return values;
}

/** A refusal of `value` by the roll `design`, in the form it reads; null when the roll answers it. */
export function refusalOf(design: FunctionDesign, value: string, said: string): Refusal | null {
  const m = /^(\d{0,4})[dDwW](\d{0,5})$/.exec(value);
  const parts = design.options?.form === 'parts';
  if (parts && !m) return null;
  const input =
    parts && m
      ? { count: m[1] === '' ? 1 : Number(m[1]), sides: m[2] === '' ? 0 : Number(m[2]), seed: 1 }
      : { notation: value, seed: 1 };
  const answer = design.reference?.compute(input);
  if (!answer || answer.ok) return null;
  return { description: `${value} is refused: ${answer.why} ("${said}").`, input };
}

/** The bounds a feature writes on dice or sides, as numbers; null when one is not written in digits. */
function boundsWritten(text: string): number[] | null {
  const found: number[] = [];
  for (const clause of text.split(/[,;]|\bor\b|\boder\b|\bo\b|\bou\b/iu)) {
    if (!BOUND_WORDS.test(clause) || !DICE_OR_SIDES.test(clause)) continue;
    const n = /\b(\d+)\b/.exec(clause);
    if (!n) return null;
    found.push(Number(n[1]));
  }
  return found;
}

/**
 * The constraint a refusal-only feature of dice makes (`dice` the roll's function id), or null when the feature is
 * no such one: it refuses, names no roll of its own, and gives at least one value written like dice notation.
 */
export function diceRefusal(dice: string, text: string, words: string[]): ConstraintDesign | null {
  if (!refuses(words) && !/(?:->|→|=>)\s*4\d\d\b/.test(text)) return null;
  if (hasAny(words, ROLLING)) return null;
  const values = diceExamples(text);
  if (!values.some((v) => NOTATION_LIKE.test(v))) return null;
  const bounds = boundsWritten(text);
  const said = asSaid(text);
  const refusals = (design: FunctionDesign) =>
    values.map((v) => refusalOf(design, v, said)).filter((r): r is Refusal => r !== null);
  return {
    function: dice,
    refusals,
    // Every value refused, every bound the roll's own: else the feature does not hold on this roll.
    fits: (design) =>
      bounds !== null &&
      bounds.every((n) => [1, 2, 100, 1000].includes(n)) &&
      refusals(design).length === values.length,
  };
}

/** The roll's own bounds: 1 to 100 dice, 2 to 1000 sides (the reference semantics of both dice forms). */
export const ROLL_BOUNDS = { dice: { min: 1, max: 100 }, sides: { min: 2, max: 1000 } } as const;
type Counted = keyof typeof ROLL_BOUNDS;

const DICE_NOUN = /^(?:dice|die|w(?:ü|u)rfel\w*|dados?|d(?:é|e)s|dadi|dado)$/iu;
const SIDES_NOUN = /^(?:sides?|seiten|caras?|faces?|facce|faccia|lados?)$/iu;
const RANGE_JOIN = /^(?:to|bis|a|à|al|ao|and|und|y|et|e|-|–)$/iu;
const RANGE_OPEN = /^(?:between|zwischen|entre|tra|fra|from|von|de|da|desde)$/iu;
const MAX_WORDS =
  /^(?:more than|over|above|at most|up to|mehr als|über|höchstens|bis zu|más de|plus de|più di|mais de|oltre|sopra)$/iu;
const MIN_WORDS =
  /^(?:fewer than|less than|under|below|at least|weniger als|unter|mindestens|menos de|moins de|meno di|sotto)$/iu;
/** Words saying the notation itself is malformed ("garbage notation", "notação mal formada", "kaputte Notation"). */
const MALFORMED =
  /\b(?:garbage|nonsense|malformed|invalid|broken|bad|unparseable|kaputt\w*|ungültig\w*|unsinn\w*|mal formad[ao]s?|mal escrit[ao]s?|inválid[ao]s?|invalide|absurde|non valid[ao]|errat[ao]|not (?:in |valid )?(?:dice )?notation|no es notación|que no (?:es|sea) notación|não é notação|qui n'est pas)\b/iu;
const NO_DICE =
  /\b(?:no dice|zero dice|keine würfel|ningún dado|ningun dado|nenhum dado|aucun dé|nessun dado)\b/iu;

/** Tokens of a feature: words, numbers and dashes, with "more than"-like pairs kept as one token. */
function boundTokens(text: string): string[] {
  const raw = text.match(/[\p{L}]+|\d+|[-–]/gu) ?? [];
  const tokens: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const pair = i + 1 < raw.length ? `${raw[i]} ${raw[i + 1]}` : '';
    if (MAX_WORDS.test(pair) || MIN_WORDS.test(pair) || /^(?:mal formad[ao]s?)$/iu.test(pair)) {
      tokens.push(pair);
      i += 1;
    } else tokens.push(raw[i]);
  }
  return tokens;
}

/** Tokens a look for the bounded noun passes over: further numbers, bound words and joins ("1 or more than 100 dice"). */
const PASSED = /^(?:\d+|or|oder|o|ou|oppure|ni|nor|and|und|y|e|et)$/iu;

/**
 * Which count a number at `i` bounds: the noun after it (past further numbers, bound words and joins: "fewer than 1
 * or more than 100 dice"), else the nearest noun before it ("the sides 2 to 1000"); null when neither is near.
 */
function countedAt(tokens: string[], i: number, after: number): Counted | null {
  for (let j = after; j < Math.min(tokens.length, after + 6); j += 1) {
    if (DICE_NOUN.test(tokens[j])) return 'dice';
    if (SIDES_NOUN.test(tokens[j])) return 'sides';
    if (!PASSED.test(tokens[j]) && !MAX_WORDS.test(tokens[j]) && !MIN_WORDS.test(tokens[j])) break;
  }
  for (let j = i - 1; j >= Math.max(0, i - 5); j -= 1) {
    if (SIDES_NOUN.test(tokens[j])) return 'sides';
    if (DICE_NOUN.test(tokens[j])) return 'dice';
  }
  return null;
}

interface WrittenBounds {
  bounds: { counted: Counted; side: 'min' | 'max'; n: number }[];
  malformed: boolean;
}

/**
 * The bounds a feature writes on the dice or their sides ("1 to 100 dice", "between 2 and 1000 sides", "more than 100
 * dice", "fewer than 2 sides", "0 dice"), each number read once; null when a number stays unaccounted for (a bound
 * on something else, a status other than 400) or none is written.
 */
export function writtenBounds(text: string): WrittenBounds | null {
  const tokens = boundTokens(text.replace(/\b\d{0,4}[dDwW]\d{1,5}(?:[+-]\d+)?\b/g, ' '));
  const bounds: WrittenBounds['bounds'] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (!/^\d+$/.test(tokens[i]) || used.has(i)) continue;
    const n = Number(tokens[i]);
    // "a to b", "a-b", "between a and b"
    if (i + 2 < tokens.length && RANGE_JOIN.test(tokens[i + 1]) && /^\d+$/.test(tokens[i + 2])) {
      const counted = countedAt(tokens, i, i + 3);
      if (!counted) return null;
      bounds.push({ counted, side: 'min', n }, { counted, side: 'max', n: Number(tokens[i + 2]) });
      used.add(i).add(i + 2);
      continue;
    }
    const before = tokens[i - 1] ?? '';
    const side = MAX_WORDS.test(before) ? 'max' : MIN_WORDS.test(before) ? 'min' : null;
    const counted = countedAt(tokens, i, i + 1);
    if (side && counted) {
      bounds.push({ counted, side, n });
      used.add(i);
    } else if (counted === 'dice' && n === 0 && DICE_NOUN.test(tokens[i + 1] ?? '')) {
      // "0 dice", "0 dados": the least refused count, one under the least allowed.
      bounds.push({ counted, side: 'min', n: 1 });
      used.add(i);
    } else if (n === 400 && !RANGE_OPEN.test(before)) {
      used.add(i);
    } else return null;
  }
  if (NO_DICE.test(text)) bounds.push({ counted: 'dice', side: 'min', n: 1 });
  if (bounds.length === 0) return null;
  return { bounds, malformed: MALFORMED.test(text) };
}

/** The worked refusals of written bounds: one past each bound, where the roll refuses it ("101 dice are refused"). */
export function boundRefusals(
  design: FunctionDesign,
  bounds: WrittenBounds['bounds'],
  said: string,
): Refusal[] {
  const out: Refusal[] = [];
  for (const b of bounds) {
    const past = b.side === 'min' ? b.n - 1 : b.n + 1;
    const input = b.counted === 'dice' ? rollInput(design, past, 6) : rollInput(design, 2, past);
    const answer = design.reference?.compute(input);
    if (answer && !answer.ok)
      out.push({
        description: `${b.counted === 'dice' ? past + ' dice' : past + ' sides'} are refused ("${said}").`,
        input,
      });
  }
  return out;
}

/** A roll of `count` dice of `sides` sides in the form `design` reads. */
export function rollInput(design: FunctionDesign, count: number, sides: number): Record<string, unknown> {
  return design.options?.form === 'parts'
    ? { count, sides, seed: 1 }
    : { notation: `${count}d${sides}`, seed: 1 };
}

/**
 * The constraint a feature makes that only bounds the dice or their sides ("1 to 100 dice with 2 to 1000 sides,
 * anything else is a 400", "0 dados, mais de 100 dados ou dados com menos de 2 faces dão 400"), or null when it is no
 * such one. It fits a roll only when every bound it writes is the roll's own; each bound gives a worked refusal just
 * past it, and "garbage notation" a refused notation (a roll by count and sides reads none: it does not fit those).
 */
export function diceBoundsRefusal(dice: string, text: string, words: string[]): ConstraintDesign | null {
  if (!refuses(words) && !/\b400\b|\bbad request\b/i.test(text)) return null;
  if (hasAny(words, [...ROLLING, 'tirare'])) return null;
  if (!DICE_OR_SIDES.test(text)) return null;
  const written = writtenBounds(text);
  if (!written) return null;
  const said = asSaid(text);
  const refusals = (design: FunctionDesign): Refusal[] => {
    const out: Refusal[] = boundRefusals(design, written.bounds, said);
    if (written.malformed && design.options?.form !== 'parts') {
      const input = { notation: 'not dice', seed: 1 };
      const answer = design.reference?.compute(input);
      if (answer && !answer.ok) out.push({ description: `"not dice" is refused ("${said}").`, input });
    }
    return out;
  };
  return {
    function: dice,
    refusals,
    fits: (design) =>
      written.bounds.every((b) => ROLL_BOUNDS[b.counted][b.side] === b.n) &&
      !(written.malformed && design.options?.form === 'parts') &&
      refusals(design).length === written.bounds.length + (written.malformed ? 1 : 0),
  };
}
