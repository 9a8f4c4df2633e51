import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a trip's fuel cost are load-bearing: the service generated from the features passes its
 * frozen acceptance pack, and mutants of the emitted code fail it (the cost truncated instead of rounded half up,
 * the consumption read per km instead of per 100 km, the litres not divided by 100, rounding up instead of half
 * up). Negative values are refused twice, by the written field's minimum and by the function; a slip in one of
 * them alone leaves the service right, so it is no mutant here.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  trip: {
    features: [
      'POST /trip/fuel-cost with {"distance_km": number, "consumption_l_per_100km": number, "price_per_litre": number} returns {"litres": number, "cost": number}, the cost rounded to the cent',
    ],
    slips: [
      [
        [
          'tripFuelHalfUp(product * milli.price_per_litre, 1000000000n)',
          '(product * milli.price_per_litre) / 1000000000n',
        ],
      ],
      [
        [
          'tripFuelHalfUp(product * milli.price_per_litre, 1000000000n)',
          'tripFuelHalfUp(product * milli.price_per_litre, 10000000n)',
        ],
      ],
      [['tripFuelHalfUp(product, 1000000n)', 'tripFuelHalfUp(product, 10000n)']],
      [['(2n * n + d) / (2n * d)', '(n + d - 1n) / d']],
    ],
  },
};

slipSuite(client, 'trip-fuel-cost', FAMILIES);
