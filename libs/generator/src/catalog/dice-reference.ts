import type { DesignReference, ReferenceAnswer } from './catalog-entry';

/*
 * The reference semantics of dice rolled by count and sides, written beside (not from) the emitted code: what a
 * roll is refused for (1 to 100 dice, 1 when left out; 2 to 1000 sides; whole numbers; a whole-number seed) and,
 * with a seed, the dice it rolls (the published mulberry32, each die floor(next × sides) + 1). A feature bounding
 * the count or the sides ("1 to 50 dice and 2 to 100 sides") asks these whether the ends it allows are rolled.
 */

/** The published mulberry32 (Tommy Ettinger): the next number in [0, 1) of a 32-bit state. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const whole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** A roll of `count` dice (default 1) of `sides` sides, with an optional `seed`. */
export function rollByParts(params: Record<string, unknown>): ReferenceAnswer {
  const count = params.count ?? 1;
  const { sides, seed } = params;
  if (!whole(count) || count < 1 || count > 100)
    return { ok: false, why: 'the number of dice must be a whole number from 1 to 100' };
  if (!whole(sides) || sides < 2 || sides > 1000)
    return { ok: false, why: 'a die must have a whole number of sides from 2 to 1000' };
  if (seed !== undefined && seed !== null && !whole(seed))
    return { ok: false, why: 'the seed must be a whole number' };
  if (!whole(seed)) return { ok: true, results: {} };
  const next = mulberry32(seed);
  const rolls = Array.from({ length: count }, () => Math.floor(next() * sides) + 1);
  return { ok: true, results: { rolls, total: rolls.reduce((a, b) => a + b, 0) } };
}

/** Dice by count and sides: no value a feature writes is read as a roll (`read`), only bounds are asked. */
export const DICE_PARTS_REFERENCE: DesignReference = {
  read: () => null,
  compute: rollByParts,
};

/**
 * A roll written in dice notation NdS±M (N 0 to 3 digits, 1 when left out; a lower-case d; no spaces), with an
 * optional seed: the dice of N and S as above, the total their sum plus M (at most 1000000 either way).
 */
export function rollByNotation(params: Record<string, unknown>): ReferenceAnswer {
  const written = typeof params.notation === 'string' ? params.notation : '';
  const m = /^(\d{0,3})d(\d{1,4})(?:([+-])(\d{1,7}))?$/.exec(written);
  if (!m) return { ok: false, why: `"${written}" is not dice notation NdS or NdS±M` };
  const modifier = m[3] === undefined ? 0 : Number(m[3] + m[4]);
  if (Math.abs(modifier) > 1_000_000)
    return { ok: false, why: 'the modifier must be at most 1000000 either way' };
  const count = m[1] === '' ? 1 : Number(m[1]);
  const rolled = rollByParts({ count, sides: Number(m[2]), seed: params.seed });
  if (!rolled.ok || typeof rolled.results.total !== 'number') return rolled;
  return { ok: true, results: { rolls: rolled.results.rolls, total: rolled.results.total + modifier } };
}

/** A value written alone that is meant as a notation: one token with a digit and something else ("3x6", "d6x"). */
const NOTATION_LIKE = /^(?=.*\d)(?=.*[^\d])[A-Za-z0-9+-]{1,20}$/;

/**
 * Dice in notation: a notation written alone ("malformed dice such as "3x6" return 400") is that request, rolled
 * or refused by the reference; a value written beside a stated answer is no roll that can be compared (the dice
 * are the seed's), and is not read.
 */
export const DICE_NOTATION_REFERENCE: DesignReference = {
  read: (value, stated) =>
    stated === null && NOTATION_LIKE.test(value.text) ? { notation: value.text } : null,
  compute: rollByNotation,
};
