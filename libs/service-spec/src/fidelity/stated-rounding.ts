import type { EndpointSpec } from '../spec-contract';
import { COUNT, countOf, folded } from './counted-words';
import { label } from './worked-examples';

/*
 * "Rounded to 1 decimal", "auf zwei Nachkommastellen", "con 2 decimales", "à une décimale près": the precision
 * of an answer, stated beside the computation. A model writing the SPEC keeps its habitual two decimals; the
 * computation's declared `decimals` is what the gate can hold to the count the feature writes.
 */

const PLACES = String.raw`(?:decimal|decimals|decimal places?|places|digits after the (?:decimal )?point|nachkommastellen?|dezimalstellen?|decimales|decimal(?:es)?|decimales|decimali|casas decimais|casa decimal)`;
/** "rounded to 1 decimal", "(two decimals)", "auf 2 Nachkommastellen", "à une décimale", "com 2 casas decimais". */
const ROUNDING = new RegExp(String.raw`\b(${COUNT}|one|eine?r?|una?|une|uma)\s+${PLACES}\b`, 'g');
const ONE = /^(?:one|eine?r?|una?|une|uma)$/;
/** A bound on what is sent ("with up to 2 decimal places", "höchstens 2 Nachkommastellen"), not a rounding. */
const AT_MOST =
  /\b(?:up to|at most|max|maximum|no more than|hochstens|maximal|bis zu|hasta|como maximo|au plus|jusqu'a|al massimo|fino a|no maximo|ate)\s*$/;

/** The decimals a feature states for its answers ("rounded to 1 decimal" → [1]). */
export function statedDecimals(feature: string): number[] {
  const text = folded(feature)
    .replace(/decimale\b/g, 'decimal')
    .replace(/decimalen\b/g, 'decimal');
  return [...text.matchAll(ROUNDING)]
    .filter((m) => !AT_MOST.test(text.slice(Math.max(0, m.index - 20), m.index)))
    .map((m) => (ONE.test(m[1]) ? 1 : countOf(m[1])))
    .filter(Number.isFinite);
}

/** The decimals an endpoint declares for what it computes, or null when it declares none. */
function declaredDecimals(e: EndpointSpec): number | null {
  const b = e.behavior;
  if (b?.kind === 'function') return typeof b.options?.decimals === 'number' ? b.options.decimals : null;
  if (b?.kind === 'compute' || b?.kind === 'owner_aggregate') return b.decimals;
  return null;
}

/**
 * A feature that states how many decimals its answers have is realised only when some computation of its
 * realisation rounds to that many: one declaring another count answers other numbers. A computation that declares
 * none (a catalog function with its own fixed rounding) is left to its worked examples.
 */
export function statedRoundingProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const stated = statedDecimals(feature);
  const declaring = endpoints.filter((e) => declaredDecimals(e) !== null);
  if (stated.length === 0 || declaring.length === 0) return [];
  return stated
    .filter((n) => !declaring.some((e) => declaredDecimals(e) === n))
    .map(
      (n) =>
        `the feature asks for answers rounded to ${n} decimal${n === 1 ? '' : 's'}, but ${declaring
          .map((e) => `${label(e)} rounds to ${declaredDecimals(e)}`)
          .join(', ')}`,
    );
}
