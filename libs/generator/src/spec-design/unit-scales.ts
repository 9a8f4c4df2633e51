import type { EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign } from '../catalog/catalog-entry';
import type { ContractBuilder } from './contract-builder';
import { readWrittenValues } from './written-values';

/*
 * Features that state how units are built ("kB, MB, GB, TB are powers of 1000: 1 GB is 1000000000 B"): the
 * values they write for the converters to check, each unit named before "powers of N" checked to be N^k of
 * another by a converter's reference.
 */

/** The catalog design an endpoint runs, if any. */
type DesignOf = (e: EndpointSpec) => FunctionDesign | undefined;

/** "Powers of 1000", "Potenzen von 1024", "múltiplos de 60": the base of a scale of units, not a value to compute. */
const SCALE_BASE =
  /\b(?:powers?|multiples?|potenzen|vielfache[n]?|potencias|m(?:ú|u)ltiplos|puissances|potenze|multipli|pot(?:ê|e)ncias)\s+(?:of|von|de|di)\s+\d+/giu;

/**
 * The values a feature that states what units are writes for the computations to check ("kB, MB, GB, TB are
 * powers of 1000 and B is bytes: 1 GB is 1000000000 B"): the base of a scale is left out, and so is a bare name
 * of a unit the computations list (MB, GB: it names a unit, no value to convert); the pairs stay.
 */
export function definitionValues(
  b: ContractBuilder,
  feature: string,
  designOf: DesignOf,
): ReturnType<typeof readWrittenValues> | null {
  const written = readWrittenValues(feature.replace(SCALE_BASE, ' '), true);
  const units = new Set(
    b.contract.endpoints.flatMap((e) =>
      (designOf(e)?.inputs ?? []).flatMap((i) => (i.field.enum ?? []).map((v) => String(v).toLowerCase())),
    ),
  );
  const named = written.values.filter((v) => v.number === undefined && units.has(v.text.toLowerCase()));
  // Each unit a clause names before "powers of N" must be N, N², … of another unit of some converter.
  for (const clause of feature.split(/[;:.]/)) {
    for (const m of clause.matchAll(SCALE_BASE)) {
      const base = Number(/\d+/.exec(m[0])?.[0]);
      const before = clause.slice(0, m.index).match(/\p{L}+/gu) ?? [];
      const listed = before.filter((w) => units.has(w.toLowerCase()));
      if (listed.length === 0 || listed.some((u) => !powerOfAnother(b, u, base, designOf))) return null;
    }
  }
  return { ...written, values: written.values.filter((v) => !named.includes(v)) };
}

/** Whether 1 `unit` is `base`^k (k ≥ 1) of another unit by the reference of a converter listing it. */
function powerOfAnother(b: ContractBuilder, unit: string, base: number, designOf: DesignOf): boolean {
  return b.contract.endpoints.some((e) => {
    const d = designOf(e);
    const listing = d?.inputs.filter((i) => (i.field.enum ?? []).length > 0) ?? [];
    const amount = d?.inputs.find((i) => i.field.type === 'number' && !i.field.enum);
    if (!d?.reference || listing.length !== 2 || !amount) return false;
    const [from, to] = listing;
    const same = (v: string | number) => String(v).toLowerCase() === unit.toLowerCase();
    const own = (from.field.enum ?? []).find(same);
    if (own === undefined) return false;
    return (to.field.enum ?? []).some((other) => {
      if (same(other)) return false;
      let answer;
      try {
        answer = d.reference?.compute({ [amount.param]: 1, [from.param]: own, [to.param]: other });
      } catch {
        return false;
      }
      const n = answer?.ok ? Object.values(answer.results).find((r) => typeof r === 'number') : undefined;
      if (typeof n !== 'number' || n <= 1) return false;
      const k = Math.round(Math.log(n) / Math.log(base));
      return k >= 1 && Math.abs(base ** k - n) < 1e-9 * n;
    });
  });
}
