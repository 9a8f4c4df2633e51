import { acceptanceCheckProblems, featureFidelity, type SpecContract } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';

/*
 * The gate on generated values: a feature asking for a new value on every call is realised by the designed
 * worked examples (shapes, and two calls that differ), and refused when the SPEC's examples would let a constant,
 * another UUID version or another range through.
 */

const UUID_FEATURE =
  'GET /uuid/nuovo restituisce {"uuid": stringa} con un nuovo UUID versione 4, ogni volta diverso';
const FREE_UUID = 'generate a random UUID v4';
const INTEGER = 'a random integer between 1 and 100';

function designed(feature: string): SpecContract {
  return designSpec(intentOf({ service_name: 'gate', key_features: [feature] })).contract;
}

/** The contract with every expected body rewritten by `change` (a deep copy). */
function rewritten(c: SpecContract, change: (body: unknown) => unknown): SpecContract {
  const copy = structuredClone(c);
  for (const check of copy.acceptance)
    for (const step of check.steps) step.expect.body_contains = change(step.expect.body_contains);
  return copy;
}

function realised(c: SpecContract, feature: string): boolean {
  return featureFidelity(c, [feature])[0].realised;
}

/** Every `$shape` in a body replaced by what `to` makes of it. */
function shapes(body: unknown, to: (shape: Record<string, unknown>) => unknown): unknown {
  if (body === null || typeof body !== 'object') return body;
  if ('$shape' in body) return to((body as { $shape: Record<string, unknown> }).$shape);
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, shapes(v, to)]));
}

describe('the gate on generated values', () => {
  it.each([UUID_FEATURE, FREE_UUID, INTEGER])('finds %j realised as designed', (feature) => {
    const c = designed(feature);
    expect(featureFidelity(c, [feature])[0].problems).toEqual([]);
    for (const check of c.acceptance) expect(acceptanceCheckProblems(c, check)).toEqual([]);
  });

  it.each([UUID_FEATURE, FREE_UUID])('refuses %j answered with one fixed UUID', (feature) => {
    const c = rewritten(designed(feature), (b) => shapes(b, () => '3f0c8a4e-9b7d-4c2a-8e51-6d2f0b9a7c14'));
    expect(realised(c, feature)).toBe(false);
  });

  it.each([UUID_FEATURE, FREE_UUID])('refuses %j when no example shows two calls differ', (feature) => {
    const c = rewritten(designed(feature), (b) =>
      shapes(b, ({ differs_from: _gone, ...rest }) => ({ $shape: rest })),
    );
    expect(realised(c, feature)).toBe(false);
  });

  it.each([UUID_FEATURE, FREE_UUID])('refuses %j shown as UUIDs of another version', (feature) => {
    const c = rewritten(designed(feature), (b) => shapes(b, (s) => ({ $shape: { ...s, uuid_version: 1 } })));
    expect(realised(c, feature)).toBe(false);
  });

  it('refuses a drawn number shown within other ends', () => {
    const c = rewritten(designed(INTEGER), (b) => shapes(b, (s) => ({ $shape: { ...s, max: 101 } })));
    expect(realised(c, INTEGER)).toBe(false);
  });

  it('finds a shape that cannot be checked as written', () => {
    const c = rewritten(designed(FREE_UUID), (b) =>
      shapes(b, (s) => ({ $shape: { ...s, pattern: '(', differs_from: 'never_saved', colour: 'red' } })),
    );
    const problems = c.acceptance.flatMap((check) => acceptanceCheckProblems(c, check)).join('\n');
    expect(problems).toMatch(/is not a regular expression/);
    expect(problems).toMatch(/names no value an earlier step saves/);
    expect(problems).toMatch(/unknown property "colour"/);
  });
});
