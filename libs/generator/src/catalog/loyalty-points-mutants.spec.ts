import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of loyalty points are load-bearing: the service generated from the feature passes its frozen
 * acceptance pack, and mutants of the emitted code fail it (a started step counted (ceiling) or the nearest one,
 * the points per step left out, the amount taken in whole units instead of cents, a negative amount let through).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  points: {
    features: ['Customers earn 10 loyalty points for every full 5 dollars spent'],
    slips: [
      [['Math.floor(Math.round(amount * 100) / step)', 'Math.ceil(Math.round(amount * 100) / step)']],
      [['Math.floor(Math.round(amount * 100) / step)', 'Math.round(Math.round(amount * 100) / step)']],
      [['value: { points: steps * each }', 'value: { points: steps }']],
      [['Math.round(amount * 100) / step', 'Math.round(amount) * 100 / step']],
    ],
  },
};

slipSuite(client, 'loyalty-points', FAMILIES);
