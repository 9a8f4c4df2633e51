import type { ConstraintDesign, FunctionDesign, Refusal } from './catalog-entry';
import { hasAny, refuses } from './feature-words';

/*
 * A feature that only says which rolls are refused, by example ("nonsense like 0d6, 2d0 or banana gets rejected",
 * "Unsinn wie 0d6 oder Banane", "une notation absurde comme 0d6 ou « banane »"): each value it gives is sent to the
 * roll another feature designs, in the form that roll reads (the notation, or count and sides), and must be refused
 * by the roll's reference semantics; a value the roll answers, or a bound on dice or sides other than the roll's own
 * (1 to 100 dice, 2 to 1000 sides), leaves the feature unjoined rather than claimed where it does not hold. Pure.
 */

/** Dice notation as a feature writes an example of it: N (may be left out) d or W, then S (may be missing). */
const NOTATION_LIKE = /^\d{0,4}[dDwW]\d{0,5}(?:[+-]\d{1,7})?$/;
/** Words that introduce examples, after which the refused values are listed. */
const MARKER =
  /\b(?:like|such as|e\.\s?g\.|for example|for instance|wie|etwa|z\.\s?B\.|como|por ejemplo|por exemplo|comme|par exemple|tels? que|come|ad esempio|per esempio)\s*:?\s*/giu;
const JOINS = /\s*(?:,|;|\/|\bor\b|\boder\b|\bo\b|\bou\b|\boppure\b|\band\b|\bund\b|\by\b|\be\b|\bet\b)\s*/iu;
/** A verb or status after the list of examples, where the list ends. */
const VERB =
  /^(?:gets?|is|are|will|wird|werden|se|est|sont|viene|vengono|è|é|são|sao|returns?|gives?|ergibt|ergeben|devuelve|renvoie|->|→|=>)$/iu;
const QUOTES = /^["'`«»“”‘’\s]+|["'`«»“”‘’\s]+$/gu;
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
function refusalOf(design: FunctionDesign, value: string, said: string): Refusal | null {
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
  if (hasAny(words, ['roll', 'rolls', 'throw', 'wurfeln', 'tirar', 'lancer', 'lanciare', 'rolar']))
    return null;
  const values = diceExamples(text);
  if (!values.some((v) => NOTATION_LIKE.test(v))) return null;
  const bounds = boundsWritten(text);
  const said = text.trim().replace(/[.!]$/, '');
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
