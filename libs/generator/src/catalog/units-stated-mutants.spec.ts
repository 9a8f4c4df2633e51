import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * A line of unit factors on its own ("1 nœud vaut exactement 1,852 km/h et 1 mph vaut 1,609344 km/h", "16 oz to
 * the pound") is load-bearing in the generated tests of the converter it joins: the service passes its frozen
 * acceptance pack as generated, and a converter whose table holds a factor off by one unit of the last digit the
 * line writes (1 kn = 1.853 km/h, 1 lb = 453.59238 g) fails it, though such a factor still gives the right answer
 * for small amounts at the decimals the answers are rounded to.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  speed: {
    features: [
      'Convertir une vitesse entre km/h, kn et mph',
      '1 nœud vaut exactement 1,852 km/h et 1 mph vaut 1,609344 km/h',
      'Le résultat est arrondi à 2 décimales',
    ],
    slips: [[['kn: 1852,', 'kn: 1853,']], [['mph: 1609.344,', 'mph: 1609.345,']]],
  },
  mass: {
    features: [
      'Convert weights between g, kg, lb and oz',
      'pounds/ounces are avoirdupois: 1 lb = 453.59237 g exactly, 16 oz to the pound',
      'round the returned value to 3 decimal places',
    ],
    slips: [[['lb: 0.45359237,', 'lb: 0.45359238,']], [['oz: 0.028349523125,', 'oz: 0.0283,']]],
  },
};

slipSuite(client, 'units-stated', FAMILIES);
