import { featureFidelity, withinBounds, type FieldRule } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';
import { recogniseFeature } from './catalog';
import { BOUND_ROWS, FORM_NEAR_MISSES, FORM_ROWS, type BoundRow } from './testing/units-forms';
import { problemOf } from './testing/phrasing-check';

/*
 * Conversions in the forms users write beyond "convert X from A to B" (testing/units-forms.ts): each phrasing is
 * recognised as its function, the designed endpoint answers the worked example by the emitted code, and the SPEC
 * gate finds the feature realised; bounds written in words land on the input they name. Near misses stay
 * unrecognised.
 */

/** Phrasings not yet read, each failing its own check; the set shrinks as the generator learns them. */
const NOT_YET_READ = new Set<string>([
  'the text is at most 500 characters',
  'no more than 20 numbers',
  'give the speed in km/h, mph and knots',
  'Geschwindigkeit gleichzeitig in km/h, mph und Knoten angeben',
  'return the temperature in all three scales',
]);

/** What goes wrong with a bound: '' when the named input declares it and both features are realised. */
function boundProblem(row: BoundRow): string {
  const { contract } = designSpec(intentOf({ service_name: 'unit-bounds', key_features: row.features }));
  const endpoint = contract.endpoints.find((e) => e.behavior.kind === 'function');
  const field = endpoint?.request.body?.fields.find((f) => f.name === row.field);
  if (!field) return `no input ${row.field}`;
  const declared = Object.fromEntries(Object.keys(row.bound).map((k) => [k, field[k as keyof typeof field]]));
  if (JSON.stringify(declared) !== JSON.stringify(row.bound)) return `declared ${JSON.stringify(declared)}`;
  const verdicts = featureFidelity(contract, row.features);
  const unrealised = verdicts.filter((v) => !v.realised).flatMap((v) => v.problems);
  return unrealised.join('; ');
}

const boundText = (r: BoundRow) => r.features[r.features.length - 1];

/**
 * Each side of a read bound moved out by one (a service checking `maximum + 1`): the values the contract's
 * refusals send for the field that such a service lets through. None means the generated tests miss that mutant.
 */
function missedByLooseBound(row: BoundRow): string[] {
  const { contract } = designSpec(intentOf({ service_name: 'unit-bounds', key_features: row.features }));
  const endpoint = contract.endpoints.find((e) => e.behavior.kind === 'function')!;
  const sent = contract.acceptance
    .filter((c) => c.kind === 'error' && c.endpoint_id === endpoint.id)
    .map((c) => (c.steps[c.steps.length - 1].request.body as Record<string, unknown>)?.[row.field])
    .filter((v): v is number => typeof v === 'number');
  return Object.entries(row.bound).flatMap(([side, limit]) => {
    const loose: FieldRule = { ...row.bound, [side]: /min/.test(side) ? limit - 1 : limit + 1 };
    return sent.some((v) => withinBounds(loose, v))
      ? []
      : [`${side} ${limit} loosened to ${loose[side as keyof FieldRule]}`];
  });
}

describe('conversions in the forms users write', () => {
  it('has at least 30 phrasings and 10 near misses', () => {
    expect(FORM_ROWS.length + BOUND_ROWS.length).toBeGreaterThanOrEqual(30);
    expect(FORM_NEAR_MISSES.length).toBeGreaterThanOrEqual(10);
  });

  for (const row of FORM_ROWS.filter((r) => !NOT_YET_READ.has(r.text))) {
    it(`reads ${JSON.stringify(row.text)} as ${row.fn}`, () => {
      expect(problemOf(row)).toBe('');
    });
  }

  for (const row of BOUND_ROWS.filter((r) => !NOT_YET_READ.has(boundText(r)))) {
    it(`declares ${JSON.stringify(boundText(row))} on ${row.field}`, () => {
      expect(boundProblem(row)).toBe('');
    });
  }

  for (const row of BOUND_ROWS.filter((r) => !NOT_YET_READ.has(boundText(r)))) {
    it(`refuses a value a bound loosened by one lets through, for ${JSON.stringify(boundText(row))}`, () => {
      expect(missedByLooseBound(row)).toEqual([]);
    });
  }

  it('still misses the phrasings marked as not yet read (remove them from the list once read)', () => {
    const read = [
      ...FORM_ROWS.filter((r) => NOT_YET_READ.has(r.text) && problemOf(r) === '').map((r) => r.text),
      ...BOUND_ROWS.filter((r) => NOT_YET_READ.has(boundText(r)) && boundProblem(r) === '').map(boundText),
    ];
    expect(read).toEqual([]);
  });

  it.each(FORM_NEAR_MISSES)('leaves %p to other parts', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.function : null).toBeNull();
  });
});
