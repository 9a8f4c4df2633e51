import type { EndpointSpec } from '../spec-contract';
import { fixedSourceProblems, givenScale } from './fixed-source';

function converter(options?: Record<string, string>): EndpointSpec {
  const inputs: Record<string, string> = options?.from
    ? { value: 'celsius' }
    : { value: 'value', from: 'from', to: 'to' };
  return {
    id: 't',
    method: 'POST',
    path: '/temperature/convert',
    behavior: {
      kind: 'function',
      function: 'temperature.convert',
      inputs,
      outputs: { value: 'value' },
      options,
    },
  } as unknown as EndpointSpec;
}

describe('fixedSourceProblems: temperatures', () => {
  const feature = 'type in a temperature in Celsius and get it back in Fahrenheit and in Kelvin';

  it('refuses a general converter for a temperature the feature gives in one scale', () => {
    expect(fixedSourceProblems(feature, [converter()])).toEqual([
      'it gives the temperature in celsius, but POST /temperature/convert reads the scale it is in from the request ("from"), which the user never sends',
    ]);
  });

  it('passes a converter whose source scale is fixed', () => {
    expect(fixedSourceProblems(feature, [converter({ from: 'C', to: 'F' })])).toEqual([]);
  });

  it.each([
    'convert temperatures between Celsius, Fahrenheit and Kelvin',
    'convert a temperature given in Celsius or Fahrenheit to the other scale',
    'Temperaturen zwischen Celsius und Fahrenheit umrechnen',
    'convertir une température d’une échelle à une autre (Celsius, Fahrenheit, Kelvin)',
    'convert temperatures from any unit to any unit',
  ])('leaves conversions whose source the user chooses alone: %p', (text) => {
    expect(givenScale(text)).toBeNull();
  });
});
