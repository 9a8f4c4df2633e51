import { recogniseFeature } from './catalog';
import type { FunctionDesign } from './catalog-entry';
import { runCatalogFunction } from './testing/run-function';

/*
 * Bad input to the emitted generators: whatever a request carries (any JSON value, numbers past the bound,
 * fractions, NaN-like text), the computation answers or refuses with a reason, never throws (a thrown error is a
 * 500), and answers only a count within the bound the feature states.
 */

function designOf(text: string): FunctionDesign {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not read: ${text}`);
  return found.design;
}

/** A small deterministic generator of arbitrary JSON values (mulberry32-seeded). */
function values(seed: number, n: number): unknown[] {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const one = (depth: number): unknown => {
    const pick = Math.floor(next() * 10);
    if (pick === 0) return null;
    if (pick === 1) return next() < 0.5;
    if (pick === 2) return Math.floor(next() * 200) - 100;
    if (pick === 3) return next() * 1e12 - 5e11;
    if (pick === 4) return [Number.MAX_SAFE_INTEGER, -0, 1e308, 0.5, 51, 0][Math.floor(next() * 6)];
    if (pick === 5) return String(Math.floor(next() * 100));
    if (pick === 6) return ['', 'abc', '1e3', ' 7 ', 'NaN', '-1'][Math.floor(next() * 6)];
    if (pick === 7 && depth < 2) return [one(depth + 1), one(depth + 1)];
    if (pick === 8 && depth < 2) return { count: one(depth + 1) };
    return undefined;
  };
  return Array.from({ length: n }, () => one(0));
}

describe('generated values: bad input', () => {
  const batch = designOf(
    'GET /uuids?count=N returns {"uuids": [string]} with N new random version 4 UUIDs (N from 1 to 50, default 1); a count outside 1..50 is a 400',
  );
  const required = designOf(
    'GET /uuids?n=N returns {"uuids": [string]} with N random UUIDs v4, N from 2 to 20',
  );

  it.each([
    ['with a default', batch, 1, 50],
    ['with the count required', required, 2, 20],
  ])('a batch %s answers only a whole count within its bound, and never throws', (_n, design, min, max) => {
    for (const count of values(13, 2000)) {
      const input = count === undefined ? {} : { count };
      let result: ReturnType<typeof runCatalogFunction> | undefined;
      expect(() => (result = runCatalogFunction(design.function, input, design.options ?? {}))).not.toThrow();
      const inBound = Number.isSafeInteger(count) && (count as number) >= min && (count as number) <= max;
      const defaulted = (count === undefined || count === null) && Number(design.options?.default) > 0;
      expect(result?.ok).toBe(inBound || defaulted);
      if (result?.ok) {
        const uuids = result.value.uuids as string[];
        expect(uuids).toHaveLength(defaulted ? Number(design.options?.default) : (count as number));
        expect(new Set(uuids).size).toBe(uuids.length);
      } else expect(result?.problems.length).toBeGreaterThan(0);
    }
  });

  it.each([
    'generate a random UUID v4',
    'POST /tokens returns {"token": string}: a new random token of 32 hex characters',
    'einen zufälligen Token aus 32 Bytes erzeugen, base64url-kodiert',
    'a random integer between 1 and 100',
  ])('%j ignores whatever else a request carries', (text) => {
    const design = designOf(text);
    for (const v of values(7, 300)) {
      const result = runCatalogFunction(
        design.function,
        { count: v, value: v, token: v },
        design.options ?? {},
      );
      expect(result.ok).toBe(true);
    }
  });
});
