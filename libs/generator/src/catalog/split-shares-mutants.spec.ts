import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of an uneven split are load-bearing: the service generated from the features passes its
 * frozen acceptance pack, and mutants of the emitted code fail it (the leftover cents dropped, given to the
 * smallest remainders, ties to the later person, percentages not held to 100).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  weights: {
    features: [
      'POST /split with {"total": number, "weights": [number]} returns {"amounts": [number]}: the total split in proportion to the weights, in cents that add up exactly to the total',
    ],
    slips: [
      [['if (left === 0n) break;', 'break;']],
      [['a.rest > b.rest ? -1 : 1', 'a.rest > b.rest ? 1 : -1']],
      [['a.rest === b.rest ? a.i - b.i', 'a.rest === b.rest ? b.i - a.i']],
    ],
  },
  percent: {
    features: [
      'POST /bill/split-percent {"total": number, "percentages": [number]} -> {"shares": [number]}',
      'the percentages must add up to 100 (400 otherwise); shares rounded to the cent, summing exactly to the total',
    ],
    slips: [[['if (percent && sum !== 100000n)', 'if (percent && sum === 0n)']]],
  },
};

slipSuite(client, 'split-shares', FAMILIES);
