import type { EndpointSpec } from '../spec-contract';
import { domainTerms } from './domain-terms';
import { foreignFunctions } from './function-domains';

/*
 * Words of an answer a computation gives beside its main one (an IBAN's country, a UUID's version, the days of a
 * year) are about that computation only on an endpoint that answers the field: its success example shows it.
 */

function endpoint(
  fn: string,
  outputs: Record<string, string>,
  example: Record<string, unknown>,
): EndpointSpec {
  return {
    method: 'POST',
    path: '/x',
    summary: '',
    features: [],
    responses: [{ status: 200, description: 'ok', example }],
    behavior: { kind: 'function', function: fn, inputs: {}, outputs },
  } as unknown as EndpointSpec;
}

const about = (e: EndpointSpec, feature: string) => foreignFunctions([e], domainTerms(feature)).length === 0;

describe('answers a computation gives beside its main one', () => {
  const withCountry = endpoint(
    'iban.validate',
    { valid: 'valid', country: 'country' },
    { valid: true, country: 'GB' },
  );
  const without = endpoint('iban.validate', { valid: 'valid' }, { valid: true });

  it.each([
    'when it is valid, also say which country it belongs to',
    'wenn sie gültig ist, auch sagen, zu welchem Land sie gehört',
    'si es válido, decir además a qué país pertenece',
  ])('reads an IBAN check answering the country as about %p', (feature) => {
    expect(about(withCountry, feature)).toBe(true);
  });

  it('refuses the same feature for an IBAN check that does not answer the country', () => {
    expect(about(without, 'when it is valid, also say which country it belongs to')).toBe(false);
    // An answer named but left out of the example (null) is not shown either.
    const unshown = endpoint(
      'iban.validate',
      { valid: 'valid', country: 'country' },
      { valid: true, country: null },
    );
    expect(about(unshown, 'when it is valid, also say which country it belongs to')).toBe(false);
  });

  it('reads a UUID check answering the version as about "for a valid one, also say its version number"', () => {
    const uuid = endpoint(
      'uuid.validate',
      { valid: 'valid', version: 'version' },
      { valid: true, version: 4 },
    );
    const bare = endpoint('uuid.validate', { valid: 'valid' }, { valid: true });
    expect(about(uuid, 'for a valid one, also say its version number')).toBe(true);
    expect(about(bare, 'for a valid one, also say its version number')).toBe(false);
  });

  it("lends the words of one computation's answer to no other computation", () => {
    const luhn = endpoint(
      'luhn.validate',
      { valid: 'valid', country: 'country' },
      { valid: true, country: 'GB' },
    );
    expect(about(luhn, 'also say which country it belongs to')).toBe(false);
  });
});
