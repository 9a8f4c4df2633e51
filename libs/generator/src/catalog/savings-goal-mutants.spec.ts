import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The generated tests of a savings goal are load-bearing: the service generated from the feature passes its
 * frozen acceptance pack, and mutants of the emitted code fail it (the months rounded down or to the nearest
 * instead of up, what is saved already left out, a goal already reached answered negative, a monthly amount of 0
 * let through). Negative amounts are refused twice, by the written fields' minimum and by the function; a slip in
 * one of them alone leaves the service right, so it is no mutant here.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  savings: {
    features: [
      'POST /savings/months with {"goal": number, "saved": number, "monthly": number} returns {"months": integer}',
    ],
    slips: [
      [['Math.floor((missing + cents.monthly - 1) / cents.monthly)', 'Math.floor(missing / cents.monthly)']],
      [['Math.floor((missing + cents.monthly - 1) / cents.monthly)', 'Math.round(missing / cents.monthly)']],
      [['const missing = cents.goal - cents.saved;', 'const missing = cents.goal;']],
      [['missing <= 0 ? 0 : ', '']],
      [['cents.monthly <= 0', 'cents.monthly < 0']],
    ],
  },
};

slipSuite(client, 'savings-goal', FAMILIES);
