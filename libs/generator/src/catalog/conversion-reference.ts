import type { WrittenValue } from '@sf/service-spec';
import type { DesignReference } from './catalog-entry';
import { roundTo } from './feature-words';

/*
 * The reference semantics of a conversion between units (temperatures, lengths, speeds, data sizes), for the
 * worked examples of the values a feature writes: a fixed converter (`options.from`/`to`) reads the one value,
 * a general one the value with its unit and the unit of the answer the feature states ("100 km/h is 27.78 m/s").
 */

/** What a family knows of its units. */
export interface ConversionSemantics {
  /** The unit symbol a written unit names ("°C" → "C", "km/h" → "km/h"), or null. */
  unitOf(written: string): string | null;
  /** Why a value in unit `from` is refused (below absolute zero, negative), or null. */
  refused(value: number, from: string): string | null;
  /** `value` in unit `from` converted to unit `to`, unrounded. */
  convert(value: number, from: string, to: string): number;
  /** Significant digits an answer is written with after rounding (a double's 15 for the unit tables). */
  significant?: number;
}

/** The reference of a converter design with these options (`decimals`, and `from`/`to` for a fixed one). */
export function conversionReference(
  semantics: ConversionSemantics,
  options: Record<string, string | number | boolean>,
): DesignReference {
  // One reference per semantics and options, so designs made twice of the same feature stay equal.
  const known = REFERENCES.get(semantics) ?? new Map<string, DesignReference>();
  REFERENCES.set(semantics, known);
  const key = JSON.stringify([options.decimals, options.from, options.to]);
  const found = known.get(key) ?? converter(semantics, options);
  known.set(key, found);
  return found;
}

const REFERENCES = new WeakMap<ConversionSemantics, Map<string, DesignReference>>();

function converter(
  semantics: ConversionSemantics,
  options: Record<string, string | number | boolean>,
): DesignReference {
  const decimals = typeof options.decimals === 'number' ? options.decimals : 2;
  const fixed =
    typeof options.from === 'string' && typeof options.to === 'string'
      ? { from: options.from, to: options.to }
      : null;
  const unitOf = (v: WrittenValue | null): string | null | undefined =>
    v?.unit === undefined ? undefined : semantics.unitOf(v.unit);
  return {
    read(value, stated, base) {
      if (value.number === undefined) return null;
      const [from, to] = [unitOf(value), unitOf(stated)];
      // A unit written that names none of the family's is another quantity ("3 people").
      if (from === null || to === null) return null;
      if (fixed) {
        if ((from !== undefined && from !== fixed.from) || (to !== undefined && to !== fixed.to)) return null;
        return { value: value.number };
      }
      if (from === undefined) return null;
      const target = to ?? (base.to !== from ? base.to : base.from);
      return typeof target === 'string' ? { value: value.number, from, to: target } : null;
    },
    compute(params) {
      const value = params.value;
      const from = fixed?.from ?? params.from;
      const to = fixed?.to ?? params.to;
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, why: 'not a number' };
      if (typeof from !== 'string' || semantics.unitOf(from) !== from)
        return { ok: false, why: `unknown unit ${String(from)}` };
      if (typeof to !== 'string' || semantics.unitOf(to) !== to)
        return { ok: false, why: `unknown unit ${String(to)}` };
      const why = semantics.refused(value, from);
      if (why) return { ok: false, why };
      const rounded = roundTo(semantics.convert(value, from, to), decimals);
      const answer = semantics.significant ? Number(rounded.toPrecision(semantics.significant)) : rounded;
      return { ok: true, results: { value: answer } };
    },
  };
}
