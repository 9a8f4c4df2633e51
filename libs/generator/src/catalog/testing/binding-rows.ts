import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { designSpec } from '../../spec-design/spec-designer';
import { familyIntent, offlineSpec } from '../../testing/offline-spec';

/*
 * How a row of a spelled-binding phrasing table is checked (tests only): the feature is designed alone in a
 * small intent, its one function endpoint carries the computation bound onto the written names, and the SPEC
 * gate holds the feature realised.
 */

/** A computation bound onto written names: function id, parameter → written input, result → written field. */
export interface Binding {
  fn: string;
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  /** Options the endpoint must hold (others it holds are not compared). */
  options?: Record<string, string | number | boolean | undefined>;
  /** The route as written, when the row states it. */
  route?: string;
}

/** An intent of one feature. */
export function bindingIntent(feature: string) {
  return familyIntent('literal-service', 'a small service', [feature]);
}

/** The function endpoints the designer made for the feature. */
export function functionEndpoints(feature: string): EndpointSpec[] {
  const { contract } = designSpec(bindingIntent(feature));
  return contract.endpoints.filter((e) => e.features.includes(feature) && e.behavior.kind === 'function');
}

/** The binding of the feature's one function endpoint, or null when it has none or several. */
export function bindingOf(feature: string, compare?: Binding): Binding | null {
  const found = functionEndpoints(feature);
  if (found.length !== 1) return null;
  const [e] = found;
  const b = e.behavior;
  if (b.kind !== 'function') return null;
  const options = compare?.options
    ? Object.fromEntries(Object.keys(compare.options).map((k) => [k, b.options?.[k]]))
    : undefined;
  return {
    fn: b.function,
    inputs: b.inputs,
    outputs: b.outputs,
    ...(options ? { options } : {}),
    ...(compare?.route ? { route: `${e.method} ${e.path}` } : {}),
  };
}

/** Whether the gate holds the feature realised by the offline SPEC line. */
export function realisedAlone(feature: string, others: string[] = []): boolean {
  const intent = familyIntent('literal-service', 'a small service', [feature, ...others]);
  const contract = extractContract(offlineSpec(intent));
  return featureFidelity(contract, [feature])[0].problems.length === 0;
}

/** The binding of a number → Roman numeral computation onto the feature's names. */
export const toRoman = (number: string, roman: string): Binding => ({
  fn: 'roman.to-roman',
  inputs: { number },
  outputs: { roman },
});

/** The binding of a Roman numeral → number computation onto the feature's names. */
export const fromRoman = (roman: string, number: string): Binding => ({
  fn: 'roman.from-roman',
  inputs: { roman },
  outputs: { number },
});
