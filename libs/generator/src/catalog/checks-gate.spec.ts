import { featureFidelity, type SpecContract } from '@sf/service-spec';
import { intentOf } from '../codegen/testing/generated-release';
import { designSpec } from '../spec-design/spec-designer';

/*
 * Checks that a wrong computation could pass for: the gate refuses an EAN feature realised by the Luhn check
 * (both end in a mod-10 check digit, computed differently), and a "UUID v4" check whose worked examples never
 * show another version answered not valid (a plain 8-4-4-4-12 pattern takes every version).
 */

const designed = (feature: string): SpecContract =>
  designSpec(intentOf({ service_name: 'checks-gate', key_features: [feature] })).contract;

const realised = (contract: SpecContract, feature: string) => featureFidelity(contract, [feature])[0];

describe('the gate on check schemes', () => {
  const ean = 'check whether an EAN-13 barcode number is valid (the last digit is the check digit)';

  it('realises an EAN-13 feature by the GS1 check', () => {
    expect(realised(designed(ean), ean).problems).toEqual([]);
  });

  it('refuses the same feature realised by the Luhn check', () => {
    const contract = designed(ean);
    const swapped: SpecContract = {
      ...contract,
      endpoints: contract.endpoints.map((e) =>
        e.behavior.kind === 'function' && e.behavior.function === 'gtin.validate'
          ? { ...e, behavior: { ...e.behavior, function: 'luhn.validate' } }
          : e,
      ),
    };
    const verdict = realised(swapped, ean);
    expect(verdict.realised).toBe(false);
    expect(verdict.problems.join(' ')).toContain('luhn.validate');
  });
});

describe('the gate on a UUID version', () => {
  const v4 = 'check whether a string is a valid UUID v4';

  it('realises a v4 check whose examples answer a v1 UUID not valid', () => {
    expect(realised(designed(v4), v4).problems).toEqual([]);
  });

  it('refuses a v4 check whose examples take every version', () => {
    const contract = designed(v4);
    const anyVersion: SpecContract = {
      ...contract,
      endpoints: contract.endpoints.map((e) =>
        e.behavior.kind === 'function' ? { ...e, behavior: { ...e.behavior, options: { version: 0 } } } : e,
      ),
      // What a plain pattern's SPEC shows: well-formed UUIDs valid, whatever their version, and no other example.
      acceptance: contract.acceptance.filter(
        (c) =>
          !c.steps.some(
            (s) =>
              JSON.stringify(s.expect.body_contains ?? {}).includes('"valid":false') ||
              s.expect.status >= 400,
          ),
      ),
    };
    const verdict = realised(anyVersion, v4);
    expect(verdict.realised).toBe(false);
    expect(verdict.problems.join(' ')).toContain('version 4');
  });

  it('leaves a check of any version alone', () => {
    const any = 'check whether a string is a valid UUID';
    expect(realised(designed(any), any).problems).toEqual([]);
  });
});

describe('the gate on check schemes named by the service, not the feature', () => {
  it('realises a card check in a service whose purpose also names UUIDs and IBANs', () => {
    const features = [
      'POST /number/check {"number": string} returns {"valid": boolean} by the Luhn check',
      'POST /number/check returns 400 when the number holds anything but digits and spaces',
    ];
    const { contract } = designSpec({
      ...intentOf({ service_name: 'identifier-tools', key_features: features }),
      purpose: 'Small tools for identifiers: payment numbers, UUIDs and IBANs.',
    });
    expect(featureFidelity(contract, features).map((v) => [v.feature, v.problems])).toEqual(
      features.map((f) => [f, []]),
    );
  });
});
