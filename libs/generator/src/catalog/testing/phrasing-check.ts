import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../../codegen/testing/generated-release';
import { designSpec } from '../../spec-design/spec-designer';
import type { FunctionDesign } from '../catalog-entry';
import { recogniseFeature } from '../catalog';
import type { Paraphrase } from './paraphrases';
import { runCatalogFunction } from './run-function';

/*
 * How a phrasing table row is checked (tests only): recognised as its function, the worked answer given by the
 * emitted code, and the feature realised by the SPEC gate.
 */

/** The request in the design's parameter names (order lines in the field names the design reads). */
function requestFor(design: FunctionDesign, row: Paraphrase): Record<string, unknown> {
  const options = design.options ?? {};
  const value = (param: string): unknown => {
    if (param !== 'lines' || !Array.isArray(row.input.lines)) return row.input[param];
    return (row.input.lines as { quantity: number; unit_price: number }[]).map((l) => ({
      [String(options.quantity_field)]: l.quantity,
      [String(options.price_field)]: l.unit_price,
    }));
  };
  return Object.fromEntries(design.inputs.map((i) => [i.param, value(i.param)]));
}

/** What goes wrong with a phrasing: '' when it is read, answered and realised. */
export function phrasingProblem(row: Paraphrase): string {
  const found = recogniseFeature(row.text);
  if (!found || !('design' in found)) return found ? 'read as a constraint' : 'not recognised';
  const { design } = found;
  if (design.function !== row.fn) return `read as ${design.function}`;
  const result = runCatalogFunction(design.function, requestFor(design, row), design.options ?? {});
  if (!result.ok) return `refused the worked example: ${result.problems.join('; ')}`;
  const answered = Object.fromEntries(Object.keys(row.want).map((k) => [k, result.value[k]]));
  if (JSON.stringify(answered) !== JSON.stringify(row.want)) return `answered ${JSON.stringify(answered)}`;
  const { contract } = designSpec(intentOf({ service_name: 'paraphrase', key_features: [row.text] }));
  const [verdict] = featureFidelity(contract, [row.text]);
  return verdict.realised ? '' : `unrealised: ${verdict.problems.join('; ')}`;
}
