/*
 * Acceptance expectations for values that are new on every call (a random UUID, a token, a drawn number): no
 * fixed value can be expected, so a worked example states the value's shape instead. In `body_contains`, an
 * object whose only key is `$shape` stands for "the actual value has this shape":
 *
 *   {"uuid": {"$shape": {"uuid_version": 4, "differs_from": "first"}}}
 *   {"uuids": {"$shape": {"length": 3, "distinct": true, "each": {"uuid_version": 4}}}}
 *
 * Every stated property must hold: `uuid_version` a lower- or upper-case 8-4-4-4-12 UUID of that version and the
 * RFC 9562 variant (10xx); `pattern` a string matching the whole regular expression; `length` a string or list
 * of that length; `min`/`max` an integer within them (both included); `each` every element of a list; `distinct`
 * a list of pairwise different elements; `differs_from` a value other than the one an earlier step saved under
 * that name (two calls give different values), or, naming several saved values, a value that with them is not all
 * one value (k calls do not all give the same: a value of few outcomes, a token of two hex digits, repeats
 * by chance in two calls, never in k — see `drawsToShowNew`). The generated tests check it (tests/support.ts) and the fidelity
 * gate reads it (generated-values-fidelity.ts): a constant expected where a new value is asked for is refused.
 */

/** The shape of a generated value (see the file comment). */
export interface ValueShape {
  uuid_version?: number;
  pattern?: string;
  length?: number;
  min?: number;
  max?: number;
  each?: ValueShape;
  distinct?: boolean;
  differs_from?: string | string[];
}

/** A `body_contains` value that states a shape instead of a value. */
export interface ShapeExpectation {
  $shape: ValueShape;
}

const KEYS = new Set(['uuid_version', 'pattern', 'length', 'min', 'max', 'each', 'distinct', 'differs_from']);

/** Whether an expected value is a shape expectation (an object whose only key is `$shape`). */
export function isShapeExpectation(value: unknown): value is ShapeExpectation {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$shape';
}

/** Why a shape could not be checked as written ('' parts are none): unknown keys, bad numbers, a bad pattern. */
export function valueShapeProblems(shape: unknown, saved: ReadonlySet<string>): string[] {
  if (shape === null || typeof shape !== 'object' || Array.isArray(shape))
    return ['$shape must be an object'];
  const s = shape as Record<string, unknown>;
  const problems: string[] = [];
  const keys = Object.keys(s);
  if (keys.length === 0) problems.push('$shape states nothing');
  for (const key of keys.filter((k) => !KEYS.has(k)))
    problems.push(`$shape has an unknown property "${key}"`);
  const int = (key: string, low: number, high: number) => {
    const v = s[key];
    if (v !== undefined && !(Number.isSafeInteger(v) && (v as number) >= low && (v as number) <= high))
      problems.push(`$shape ${key} must be a whole number from ${low} to ${high}`);
  };
  int('uuid_version', 1, 8);
  int('length', 0, 100000);
  for (const key of ['min', 'max']) {
    if (s[key] !== undefined && !Number.isSafeInteger(s[key]))
      problems.push(`$shape ${key} must be a whole number`);
  }
  if (Number.isSafeInteger(s.min) && Number.isSafeInteger(s.max) && (s.min as number) > (s.max as number))
    problems.push('$shape min is above its max');
  if (s.pattern !== undefined) {
    if (typeof s.pattern !== 'string') problems.push('$shape pattern must be a string');
    else {
      try {
        new RegExp(s.pattern, 'u');
      } catch {
        problems.push(`$shape pattern ${JSON.stringify(s.pattern)} is not a regular expression`);
      }
    }
  }
  if (s.distinct !== undefined && typeof s.distinct !== 'boolean')
    problems.push('$shape distinct must be a boolean');
  if (s.differs_from !== undefined) {
    const names = Array.isArray(s.differs_from) ? (s.differs_from as unknown[]) : [s.differs_from];
    if (names.length === 0) problems.push('$shape differs_from names no value');
    for (const name of names.filter((n) => typeof n !== 'string' || !saved.has(n)))
      problems.push(`$shape differs_from ${JSON.stringify(name)} names no value an earlier step saves`);
  }
  if (s.each !== undefined) problems.push(...valueShapeProblems(s.each, saved).map((p) => `each: ${p}`));
  return problems;
}

/** Every shape stated anywhere in an expected body. */
export function shapesIn(expected: unknown): ValueShape[] {
  if (isShapeExpectation(expected)) return [expected.$shape];
  if (expected === null || typeof expected !== 'object') return [];
  return Object.values(expected).flatMap(shapesIn);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Whether a value has a shape; `saved` holds what earlier steps saved (as strings, `savedValue` of the tests).
 * The generated tests carry the same rules as source text (test-support-source.ts `matchesShape`).
 */
export function matchesShape(
  shape: ValueShape,
  actual: unknown,
  saved: Readonly<Record<string, string>>,
): boolean {
  if (shape.uuid_version !== undefined) {
    const m = typeof actual === 'string' ? UUID.exec(actual) : null;
    if (!m || parseInt(m[1], 16) !== shape.uuid_version || (parseInt(m[2], 16) & 0xc) !== 0x8) return false;
  }
  if (
    shape.pattern !== undefined &&
    !(typeof actual === 'string' && new RegExp(`^(?:${shape.pattern})$`, 'u').test(actual))
  )
    return false;
  if (shape.length !== undefined) {
    if (!(typeof actual === 'string' || Array.isArray(actual)) || actual.length !== shape.length)
      return false;
  }
  if (shape.min !== undefined || shape.max !== undefined) {
    if (typeof actual !== 'number' || !Number.isSafeInteger(actual)) return false;
    if (shape.min !== undefined && actual < shape.min) return false;
    if (shape.max !== undefined && actual > shape.max) return false;
  }
  if (shape.each !== undefined) {
    const each = shape.each;
    if (!Array.isArray(actual) || !actual.every((x) => matchesShape(each, x, saved))) return false;
  }
  if (shape.distinct === true) {
    if (!Array.isArray(actual)) return false;
    if (new Set(actual.map((x) => JSON.stringify(x))).size !== actual.length) return false;
  }
  if (shape.differs_from !== undefined) {
    const before = (Array.isArray(shape.differs_from) ? shape.differs_from : [shape.differs_from]).map(
      (name) => saved[name],
    );
    if (before.some((v) => v === undefined) || before.every((v) => v === String(actual))) return false;
  }
  return true;
}

/** The odds of a false failure a check of values new on every call may have: a correct service fails it this rarely. */
export const NEW_VALUE_FALSE_FAILURE = 1e-12;

/** The most calls a check of values new on every call makes: a value of fewer outcomes is not claimed new. */
export const MOST_DRAWS = 50;

/**
 * How many calls show a value new on every call when each is drawn uniformly from 2^`bits` outcomes: the fewest k
 * for which k calls of a correct service all answer the same value with odds below `NEW_VALUE_FALSE_FAILURE`
 * ((2^-bits)^(k-1) < 1e-12: 2 for a UUID v4, 6 for two hex digits, 11 for one), or null when that takes more than
 * `MOST_DRAWS` calls (then "differs" is not claimed at all).
 */
export function drawsToShowNew(bits: number): number | null {
  if (!(bits > 0)) return null;
  const needed = -Math.log2(NEW_VALUE_FALSE_FAILURE);
  const draws = Math.floor(needed / bits) + 2;
  return draws <= MOST_DRAWS ? draws : null;
}
