import type { IntentInput } from '@sf/contracts';
import Ajv from 'ajv';
import { SPEC_CONTRACT_SCHEMA } from '@sf/service-spec';
import { designSpec } from '../spec-design/spec-designer';
import { CATALOG, recogniseFeature } from './catalog';

const validContract = new Ajv({ allErrors: true, strict: true }).compile(SPEC_CONTRACT_SCHEMA);

/* The catalog as a whole: every design it makes is a valid contract, and families do not claim each other's text. */

const intent = (features: string[]): IntentInput => ({
  service_name: 'catalog-check',
  service_type: 'domain',
  priority: 'low',
  purpose: 'catalog check',
  key_features: features,
  dependencies: [],
  port: 9100,
  auto_build: true,
  approval_mode: 'auto',
});

describe('the behaviour catalog', () => {
  it('has unique function ids and export names', () => {
    const codes = CATALOG.flatMap((family) => family.functions);
    expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
    expect(new Set(codes.map((c) => c.exportName)).size).toBe(codes.length);
  });

  it.each([
    ['convert a temperature in Celsius to Fahrenheit'],
    ['Convertir un número entero entre 1 y 3999 a números romanos'],
    ['check whether a phrase is a palindrome, ignoring case, spaces and punctuation'],
    ['turn a title into a URL slug'],
    ['count the working days between two dates'],
    ['the n most frequent words of a passage'],
    ['convert numbers between binary and hexadecimal'],
    ['check the strength of a password: at least 10 characters and a symbol'],
    ['convert pounds to euros at the fixed rate 1 GBP = 1.17 EUR'],
    ['roll dice written like 2d6+3, with a seed to repeat a roll'],
  ])('designs a contract the SPEC schema accepts for %p', (feature) => {
    expect(recogniseFeature(feature)).not.toBeNull();
    const { contract } = designSpec(intent([feature]));
    expect(contract.endpoints.some((e) => e.behavior.kind === 'function')).toBe(true);
    validContract(contract);
    expect(validContract.errors ?? []).toEqual([]);
  });
});
