import type { EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign, WorkedExample } from '../catalog/catalog-entry';
import type { ContractBuilder } from './contract-builder';
import { addChecks } from './catalog-checks';
import { catalogDesignOf, keepExample, redesignedCatalogDesign } from './catalog-endpoints';

/*
 * A rounding a feature asks of a computation ("the result is rounded to 2 decimals") shows in its worked
 * examples only where the exact answer has more places: 100 °C is 212 °F at any number of decimals. When none of
 * the computation's examples tells the rounding apart from one decimal more, one is added whose answer does,
 * computed by the family's reference semantics (never by the emitted code) for inputs near the first example's.
 */

/** Fractions added to a number input of the first example, until the answer shows the rounding. */
const NUDGES = [0.12345, 0.3737, 1.98765, 0.0123456, 12.3456789, 0.55555];

/** The parameters of an example, by the design's parameter names. */
function paramsOf(d: FunctionDesign, x: WorkedExample): Record<string, unknown> {
  return Object.fromEntries(
    d.inputs.filter((i) => i.field.name in x.input).map((i) => [i.param, x.input[i.field.name]]),
  );
}

/** The numeric results of the design's reference semantics for `params`, or null when they refuse. */
function answer(d: FunctionDesign, params: Record<string, unknown>): Record<string, number> | null {
  try {
    const a = d.reference?.compute(params);
    if (!a?.ok) return null;
    return Object.fromEntries(
      Object.entries(a.results).filter((r): r is [string, number] => typeof r[1] === 'number'),
    );
  } catch {
    return null;
  }
}

function differ(x: Record<string, number> | null, y: Record<string, number> | null): boolean {
  return x !== null && y !== null && Object.keys(x).some((k) => k in y && x[k] !== y[k]);
}

/**
 * Adds to catalog endpoint `e`, rounded to `decimals`, a worked example that a computation rounding to one
 * decimal more fails, unless one of its examples already does; false when its family has no reference semantics
 * to compute one, or no input near its first example tells the two apart.
 */
export function showRounding(b: ContractBuilder, e: EndpointSpec, decimals: number): boolean {
  const d = catalogDesignOf(e);
  const finer = redesignedCatalogDesign(
    e,
    `, rounded to ${decimals + 1} decimals`,
    (_before, after) => after.options?.decimals === decimals + 1,
    true,
  )?.design;
  const first = d?.examples[0];
  if (!d?.reference || !finer?.reference || !first) return false;
  if (d.examples.some((x) => differ(answer(d, paramsOf(d, x)), answer(finer, paramsOf(d, x))))) return true;
  const base = paramsOf(d, first);
  for (const input of d.inputs.filter((i) => i.field.type === 'number' && !i.fromPath)) {
    const value = base[input.param];
    if (typeof value !== 'number') continue;
    for (const nudge of NUDGES) {
      const params = { ...base, [input.param]: Math.round((value + nudge) * 1e7) / 1e7 };
      const rounded = answer(d, params);
      if (!rounded || !differ(rounded, answer(finer, params))) continue;
      const output = Object.fromEntries(
        d.outputs.filter((o) => o.result in rounded).map((o) => [o.field, rounded[o.result]]),
      );
      const sent = Object.fromEntries(
        d.inputs.filter((i) => i.param in params).map((i) => [i.field.name, params[i.param]]),
      );
      const example: WorkedExample = {
        description: `${String(params[input.param])} gives ${JSON.stringify(output)}: rounded to ${decimals} decimals (one more would answer otherwise).`,
        input: { ...first.input, ...sent },
        output,
      };
      keepExample(e, example);
      addChecks(b, e, [example], []);
      return true;
    }
  }
  return false;
}
