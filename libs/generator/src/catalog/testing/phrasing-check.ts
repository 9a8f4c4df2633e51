import { featureFidelity } from '@sf/service-spec';
import { intentOf } from '../../codegen/testing/generated-release';
import { designSpec } from '../../spec-design/spec-designer';
import type { FunctionDesign } from '../catalog-entry';
import { recogniseFeature } from '../catalog';
import type { Paraphrase } from './paraphrases';
import { runCatalogFunction } from './run-function';

/*
 * How a phrasing table row is checked (tests only): the feature is recognised as its function, the designed
 * endpoint answers the row's worked example by the emitted code, and the SPEC gate finds the feature realised.
 */

/** The request in the design's parameter names (order lines in the field names the design reads). */
function requestFor(design: FunctionDesign, row: Paraphrase): Record<string, unknown> {
  const options = design.options ?? {};
  const value = (param: string): unknown => {
    if (param !== 'lines' || !Array.isArray(row.input.lines)) return row.input[param];
    return (row.input.lines as Record<string, unknown>[]).map(({ quantity, unit_price, ...rest }) => ({
      ...rest,
      [String(options.quantity_field)]: quantity,
      [String(options.price_field)]: unit_price,
    }));
  };
  return Object.fromEntries(design.inputs.map((i) => [i.param, value(i.param)]));
}

/** What goes wrong with a phrasing: '' when it is read, answered and realised. */
export function problemOf(row: Paraphrase): string {
  const found = recogniseFeature(row.text);
  if (!found) return 'not recognised';
  // A rule on a computation another feature asks for is that computation when it stands alone.
  const design = 'design' in found ? found.design : found.constraint.alone;
  if (!design) return 'read as a constraint';
  if (design.function !== row.fn) return `read as ${design.function}`;
  const result = runCatalogFunction(design.function, requestFor(design, row), design.options ?? {});
  if (!result.ok) return `refused the worked example: ${result.problems.join('; ')}`;
  const answered = Object.fromEntries(Object.keys(row.want).map((k) => [k, result.value[k]]));
  if (JSON.stringify(answered) !== JSON.stringify(row.want)) return `answered ${JSON.stringify(answered)}`;
  const { contract } = designSpec(intentOf({ service_name: 'paraphrase', key_features: [row.text] }));
  const [verdict] = featureFidelity(contract, [row.text]);
  return verdict.realised ? '' : `unrealised: ${verdict.problems.join('; ')}`;
}

/**
 * The tests of a phrasing table: every row not in `notYetRead` is read, answered and realised, and every row in
 * it still fails (so the set shrinks as rows are read).
 */
export function phrasingTableTests(rows: Paraphrase[], notYetRead: Set<string>): void {
  for (const row of rows.filter((r) => !notYetRead.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} as ${row.fn}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  it('still misses the rows marked as not yet read (remove them once read)', () => {
    const read = rows.filter((r) => notYetRead.has(r.text) && problemOf(r) === '');
    expect(read.map((r) => r.text)).toEqual([]);
  });
}
