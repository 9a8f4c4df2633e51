import { featureFidelity, type SpecContract } from '@sf/service-spec';
import { designSpec } from '../spec-design/spec-designer';
import { familyIntent } from '../testing/offline-spec';

/*
 * The gate holds a computation's answer to the names the feature writes (fidelity/function-answers.ts): a
 * written response field the endpoint neither computes nor repeats, a repeated input it does not read, or a
 * repeated input no worked example shows answering the value sent are refused; the designed contract passes.
 */

const FEATURES = [
  'POST /roman {"n": integer} returns {"n": integer, "roman": string}',
  'GET /roemisch/{zahl} liefert {"zahl": Ganzzahl, "roemisch": Text}',
];

function designed(feature: string): SpecContract {
  return designSpec(familyIntent('literal-service', 'a small service', [feature])).contract;
}

function problems(feature: string, change: (c: SpecContract) => void = () => undefined): string[] {
  const contract = designed(feature);
  change(contract);
  return featureFidelity(contract, [feature])[0].problems;
}

function behaviourOf(c: SpecContract, feature: string) {
  const b = c.endpoints.find((e) => e.features.includes(feature))?.behavior;
  if (b?.kind !== 'function') throw new Error(`no function endpoint for ${feature}`);
  return b;
}

describe.each(FEATURES)('the answer of %j', (feature) => {
  const echoed = feature.startsWith('POST') ? 'n' : 'zahl';

  it('passes as designed', () => {
    expect(problems(feature)).toEqual([]);
  });

  it('is refused when the endpoint does not repeat the input', () => {
    const found = problems(feature, (c) => delete behaviourOf(c, feature).echo);
    expect(found).toEqual([expect.stringContaining(`never answers "${echoed}"`)]);
  });

  it('is refused when it repeats something it does not read', () => {
    const found = problems(feature, (c) => {
      behaviourOf(c, feature).echo = { [echoed]: 'roman' };
    });
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining('but reads no "roman"')]));
  });

  it('is refused when no worked example shows the repeated input answering the value sent', () => {
    const found = problems(feature, (c) => {
      for (const check of c.acceptance)
        for (const step of check.steps) {
          const body = step.expect.body_contains as Record<string, unknown> | undefined;
          if (body && echoed in body) body[echoed] = 7;
        }
    });
    expect(found).toEqual([expect.stringContaining(`shows "${echoed}" answering`)]);
  });
});
