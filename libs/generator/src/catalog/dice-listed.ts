import type { ConstraintDesign, FunctionDesign, Refusal } from './catalog-entry';
import {
  JOINS,
  NOTATION_LIKE,
  QUOTES,
  ROLL_BOUNDS,
  boundRefusals,
  refusalOf,
  writtenBounds,
} from './dice-refusals';
import { asSaid, hasAny, refuses } from './feature-words';

/*
 * A line of its own that LISTS the refused rolls, in parentheses or after a colon, the way users write them:
 * "Invalid notation (0d6, 3d1, 'd', more than 100 dice) is refused with 400", "Rejected with 400: 0d6, 5d0, d and
 * 101d6", "Ungültige Notation (0W6, 3W1, mehr als 100 Würfel) wird mit 400 abgelehnt". Each item is a value written
 * like dice notation (sent to the roll another feature designs, which must refuse it) or a bound on the dice or
 * their sides (which must be the roll's own: 1 to 100 dice, 2 to 1000 sides). A value the roll answers (2d6), a
 * bound of its own (more than 50 dice) or an item read as neither leaves the line unjoined: the feature stays
 * unrealised rather than claimed where it does not hold. Pure.
 */

/** Verbs of rolling: a line that rolls asks for a roll of its own, not only for what one refuses. */
const ROLLING = ['roll', 'rolls', 'throw', 'wurfeln', 'tirar', 'lancer', 'lanciare', 'tirare', 'rolar'];
/** A bare "d" or "W": the notation with neither count nor sides. */
const BARE = /^[dDwW]$/;

/** The items a feature lists in parentheses or after its last colon; null when it lists none. */
function listedItems(text: string): string[] | null {
  const inParens = /\(([^()]*)\)/u.exec(text);
  const colon = text.lastIndexOf(':');
  // A colon inside notation or a clock time ("1:30") is no list's start: the colon must be followed by a space.
  const list = inParens
    ? inParens[1]
    : colon >= 0 && /\s/u.test(text[colon + 1] ?? '')
      ? text.slice(colon + 1)
      : null;
  if (list === null) return null;
  const items = list
    .split(JOINS)
    .map((s) =>
      s
        .trim()
        .replace(/[.!]+$/u, '')
        .replace(QUOTES, ''),
    )
    .filter((s) => s !== '');
  return items.length > 0 ? items : null;
}

/**
 * The constraint a line listing refused rolls makes (`dice` the roll's function id), or null when the line is no
 * such one: it refuses, rolls nothing of its own, and lists at least one value written like dice notation.
 */
export function diceListedRefusal(dice: string, text: string, words: string[]): ConstraintDesign | null {
  if (!refuses(words) && !/\b4\d\d\b/.test(text)) return null;
  if (hasAny(words, ROLLING)) return null;
  const items = listedItems(text);
  if (!items) return null;
  const values = items.filter((i) => NOTATION_LIKE.test(i) || BARE.test(i));
  if (values.length === 0) return null;
  // After a colon the list may run into a verb ("0d6, 3d1 gets a 400"): its last item keeps only the value.
  const rest = items.filter((i) => !values.includes(i));
  const bounds = rest.map((i) => writtenBounds(i));
  const said = asSaid(text);
  const refusals = (design: FunctionDesign): Refusal[] => {
    const out = values.map((v) => refusalOf(design, v, said)).filter((r): r is Refusal => r !== null);
    for (const written of bounds) out.push(...boundRefusals(design, written?.bounds ?? [], said));
    return out;
  };
  const boundCount = bounds.reduce((n, w) => n + (w?.bounds.length ?? 0), 0);
  return {
    function: dice,
    refusals,
    // Every item read, every value refused, every bound the roll's own: else the line does not hold on this roll.
    fits: (design) =>
      bounds.every((w) => w !== null && !w.malformed) &&
      bounds.every((w) => w?.bounds.every((b) => ROLL_BOUNDS[b.counted][b.side] === b.n)) &&
      refusals(design).length === values.length + boundCount,
  };
}
