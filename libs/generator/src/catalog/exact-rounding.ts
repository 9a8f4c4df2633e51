import type { RoundingMode } from '@sf/service-spec';

/*
 * Exact decimal arithmetic for the worked examples of computations that round by a mode: a bill split three
 * ways is 115/3, and whether 38.333… rounds up to 38.34 is decided on the fraction, never on a double. This is
 * the designer's own arithmetic, independent of the rounding the emitted code does, so the examples check it.
 */

/** A fraction n/d with d > 0. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

/** A decimal number exactly as written (`10.05` is 1005/100). */
export function fraction(value: number | string): Fraction {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a plain decimal: ${text}`);
  const decimals = m[3] ?? '';
  const n = BigInt(`${m[2]}${decimals}`);
  return { n: m[1] === '-' ? -n : n, d: 10n ** BigInt(decimals.length) };
}

export function add(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new Error('division by zero');
  const sign = b.n < 0n ? -1n : 1n;
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
}

/** `x` rounded to `decimals` places by `mode` (up/down towards ±∞, half away from zero, half to even). */
export function roundFraction(x: Fraction, decimals: number, mode: RoundingMode = 'half_up'): number {
  const scaled = x.n * 10n ** BigInt(decimals);
  // Floor division: q ≤ scaled / d < q + 1, remainder 0 ≤ r < d.
  let q = scaled / x.d;
  if (scaled % x.d !== 0n && scaled < 0n) q -= 1n;
  const r = scaled - q * x.d;
  const twice = 2n * r;
  let result = q;
  if (r !== 0n) {
    if (mode === 'up') result = q + 1n;
    else if (mode === 'down') result = q;
    else if (twice > x.d) result = q + 1n;
    else if (twice < x.d) result = q;
    else if (mode === 'half_even') result = q % 2n === 0n ? q : q + 1n;
    // half away from zero: a positive tie goes up, a negative one (q below it) stays at q.
    else result = scaled >= 0n ? q + 1n : q;
  }
  const value = Number(`${result}e-${decimals}`);
  return Object.is(value, -0) ? 0 : value;
}

/** The whole square root of `n` ≥ 0, rounded down (Newton's method on integers). */
function wholeRoot(n: bigint): bigint {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

/**
 * √x for a fraction x ≥ 0, rounded to `decimals` places by `mode`, exactly: with t = x·10^(2·decimals) and
 * q = ⌊√t⌋, the root is q when q² = t, else between q and q + 1, past the half exactly when 4t > (2q + 1)².
 */
export function roundSqrt(x: Fraction, decimals: number, mode: RoundingMode = 'half_up'): number {
  if (x.n < 0n) throw new Error('square root of a negative number');
  const scale = 10n ** BigInt(2 * decimals);
  const q = wholeRoot((x.n * scale) / x.d);
  // t compared with q² and (q + ½)², multiplied out by d: t·d = n·scale.
  const t = x.n * scale;
  const exact = q * q * x.d === t;
  let result = q;
  if (!exact) {
    const half = (2n * q + 1n) * (2n * q + 1n) * x.d;
    if (mode === 'up') result = q + 1n;
    else if (mode === 'down') result = q;
    else if (4n * t > half) result = q + 1n;
    else if (4n * t < half) result = q;
    else result = mode === 'half_even' && q % 2n === 0n ? q : q + 1n;
  }
  return Number(`${result}e-${decimals}`);
}
