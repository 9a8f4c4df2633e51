import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Fuel economy and colour conversions are load-bearing in their generated tests: each service generated from an
 * ordinary feature passes its frozen acceptance pack, and mutants of its emitted code fail it (fuel: a linear
 * factor for the reciprocal, the imperial gallon for the US one, a zero consumption answered; colours: green and
 * blue swapped, the short form read undoubled, upper case for lower, the # left off).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  fuel: {
    features: [
      'Fuel economy converter between L/100km, US mpg, imperial mpg and km/L, 2 decimals',
      'zero or negative consumption is rejected with a 400',
    ],
    slips: [
      // L/100 km read as if proportional to km/L (a factor, not the reciprocal).
      [["'l/100km': (value) => 100 / value,", "'l/100km': (value) => value / 100,"]],
      // The imperial gallon used for the US one.
      [['const FUEL_US_GALLON_L = 3.785411784;', 'const FUEL_US_GALLON_L = 4.54609;']],
      // A mile taken as 1.6 km.
      [['const FUEL_MILE_KM = 1.609344;', 'const FUEL_MILE_KM = 1.6;']],
      // A zero or negative consumption answered (both of the code's refusals dropped).
      [
        ['if (value <= 0)', 'if (value < -1e9)'],
        ['rounded <= 0', 'rounded < -1e9'],
      ],
    ],
  },
  colour: {
    features: [
      'Convert a hex colour like #1E90FF to RGB (the # is optional, upper or lower case)',
      'Convert RGB values (0-255 each) to a hex color code',
    ],
    slips: [
      // Green and blue read from each other's digits.
      [['parseInt(six[2], 16), parseInt(six[3], 16)', 'parseInt(six[3], 16), parseInt(six[2], 16)']],
      // The short form read without doubling its digits.
      [['parseInt(three[1].repeat(2), 16)', 'parseInt(three[1], 16)']],
      // Hex answered in upper case where the feature asks for none.
      [['options.upper === true ? digits.toUpperCase() : digits', 'digits.toUpperCase()']],
      // The # left off the hex it answers.
      [["(options.hash === false ? '' : '#')", "''"]],
    ],
  },
};

slipSuite(client, 'fuel-colours', FAMILIES);
