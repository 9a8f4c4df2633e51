import type { EndpointSpec } from '../spec-contract';
import { conversionDirectionProblems } from './conversion-direction';

function fixed(path: string, from: string, to: string): EndpointSpec {
  return {
    id: path,
    method: 'POST',
    path,
    summary: '',
    features: [],
    request: {},
    responses: [],
    behavior: { kind: 'function', function: 'units.mass', inputs: {}, outputs: {}, options: { from, to } },
  } as unknown as EndpointSpec;
}

describe('conversionDirectionProblems', () => {
  const lbToKg = fixed('/weight/pounds-to-kilograms', 'lb', 'kg');
  const kgToLb = fixed('/weight/kilograms-to-pounds', 'kg', 'lb');

  it('refuses a conversion claimed by the endpoint going the other way', () => {
    expect(conversionDirectionProblems('and kilograms back to pounds', [lbToKg])).toEqual([
      'it converts kg to lb, but POST /weight/pounds-to-kilograms only converts lb to kg',
    ]);
    expect(conversionDirectionProblems('de kilos a libras', [lbToKg])).toHaveLength(1);
  });

  it('passes the endpoint going the way the feature writes', () => {
    expect(conversionDirectionProblems('and kilograms back to pounds', [kgToLb])).toEqual([]);
    expect(conversionDirectionProblems('convert a weight in pounds to kilograms', [lbToKg])).toEqual([]);
    expect(conversionDirectionProblems('Gewicht von Pfund nach Kilogramm', [lbToKg])).toEqual([]);
  });

  it('reads English "of a" as the source\'s article, not Spanish "a" (to)', () => {
    const hexToHsl = fixed('/colour/hex-to-hsl', 'hex', 'hsl');
    const hslToHex = fixed('/colour/hsl-to-hex', 'hsl', 'hex');
    expect(conversionDirectionProblems('give me the HSL of a hex colour', [hexToHsl])).toEqual([]);
    expect(conversionDirectionProblems('pasar de hsl a hex', [hexToHsl])).toHaveLength(1);
    expect(conversionDirectionProblems('pasar de hsl a hex', [hslToHex])).toEqual([]);
  });

  it('says nothing of a feature naming no direction, or of a general converter', () => {
    expect(conversionDirectionProblems('convert between pounds and kilograms', [lbToKg])).toEqual([]);
    const general = { ...lbToKg, behavior: { ...lbToKg.behavior, options: { decimals: 2 } } } as EndpointSpec;
    expect(conversionDirectionProblems('and kilograms back to pounds', [general])).toEqual([]);
  });
});
