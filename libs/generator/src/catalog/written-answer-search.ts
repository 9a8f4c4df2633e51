import type { FunctionDesign } from './catalog-entry';

/*
 * A route written with its answer but not its request (`GET /roman/{n} returns {"roman": "MCMXC"}`,
 * `GET /arabic/{numeral} returns {"value": 1990}`): the path parameter is a placeholder, and the answer is one
 * worked example of the computation. The request that answers it is found, never guessed: among the design's own
 * worked examples first, else — for one whole-number input — the only whole number from 0 to 9999 the reference
 * answers so. When none does, or more than one number does, no request is shown and the route stays unbound.
 */

/** One stated result: the design output and the value the feature writes for it. */
export interface StatedResult {
  result: string;
  same: (computed: unknown) => boolean;
}

/** The widest whole number searched for a request answering a stated result. */
const SEARCHED = 9999;

/**
 * The request (design field name → value, and parameter → value) whose reference answer is every stated result,
 * or null when no single one is found.
 */
export function requestAnswering(
  design: FunctionDesign,
  stated: StatedResult[],
): { given: Record<string, string | number>; params: Record<string, string | number> } | null {
  const reference = design.reference;
  if (!reference || stated.length === 0) return null;
  const answers = (params: Record<string, unknown>) => {
    const answer = reference.compute(params);
    return answer.ok && stated.every((s) => s.same(answer.results[s.result]));
  };
  const paramOf = new Map(design.inputs.map((i) => [i.field.name, i.param]));
  for (const example of design.examples) {
    const values = Object.entries(example.input).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    );
    if (values.length !== design.inputs.length || values.some(([k]) => !paramOf.has(k))) continue;
    const params = Object.fromEntries(values.map(([k, v]) => [paramOf.get(k) ?? k, v]));
    if (answers(params)) return { given: Object.fromEntries(values), params };
  }
  if (design.inputs.length !== 1 || design.inputs[0].field.type !== 'integer') return null;
  const [input] = design.inputs;
  const found: number[] = [];
  for (let n = 0; n <= SEARCHED && found.length < 2; n++) if (answers({ [input.param]: n })) found.push(n);
  if (found.length !== 1) return null;
  return { given: { [input.field.name]: found[0] }, params: { [input.param]: found[0] } };
}
