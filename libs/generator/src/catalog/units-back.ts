import type { FunctionDesign } from './catalog-entry';
import { decimalsIn, featureWords } from './feature-words';

/*
 * A conversion one way, then "and back" in a feature of its own: "convert acres to hectares, rounded to 2
 * decimals" / "and hectares back to acres". The second continues the first and states no rounding of its own;
 * it is the same conversion the other way, so it answers to the rounding the first states (a user who asked for
 * 2 decimals one way does not expect 6 the other). Read only when the feature opens as a continuation ("and",
 * "und", "y", "et", "e") or says it goes back, and states no rounding itself.
 */

const OPENS = new Set(['and', 'und', 'y', 'et', 'e', 'plus']);
const BACK =
  /\b(?:back|other way|reverse|vice versa|zuruck|umgekehrt|al reves|a la inversa|inversement|dans l autre sens|viceversa|al contrario|inverso)\b/;

/** Options of an endpoint running a function. */
interface Conversion {
  function: string;
  options?: Record<string, unknown>;
}

/**
 * The feature with the rounding of the conversion it continues the other way, written out ("…, rounded to 2
 * decimals"), or null when it is no such continuation (it states its own rounding, or no earlier conversion
 * goes the other way with a rounding).
 */
export function continuedRounding(feature: string, d: FunctionDesign, earlier: Conversion[]): string | null {
  if (!d.function.startsWith('units.')) return null;
  const { from, to } = d.options ?? {};
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  if (decimalsIn(feature) !== null) return null;
  const words = featureWords(feature);
  if (!OPENS.has(words[0] ?? '') && !BACK.test(words.join(' '))) return null;
  const other = earlier.find(
    (e) => e.function === d.function && e.options?.from === to && e.options?.to === from,
  );
  const decimals = other?.options?.decimals;
  if (typeof decimals !== 'number' || decimals === d.options?.decimals) return null;
  return `${feature}, rounded to ${decimals} decimals`;
}
