import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Refused values listed in a line of their own are load-bearing in the generated tests: the service generated from
 * a roll with "Invalid notation (0d6, 3d1, 'd', more than 100 dice)" or from the hours worked with "Times that are
 * not valid HH:MM (25:00, 12:60)" passes its frozen acceptance pack, and a mutant answering one listed value fails it.
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  dice: {
    features: [
      'Roll dice written in dice notation like 3d6 or 2d10+3: answer each die and the sum',
      "Invalid notation (0d6, 3d1, 'd', more than 100 dice) is refused with 400",
    ],
    slips: [
      // 101 dice rolled.
      [['count > 100', 'count > 1000']],
      // A die of one side rolled.
      [['sides < 2', 'sides < 1']],
    ],
  },
  shift: {
    features: [
      'Given a shift start and end as HH:MM and a break in minutes, return the hours worked',
      'Times that are not valid HH:MM (25:00, 12:60) are refused with 400',
    ],
    slips: [
      // Hours past 23 read.
      [['|2[0-3]):', '|2\\d):']],
      // Minutes past 59 read.
      [['([0-5]\\d)$/', '(\\d\\d)$/']],
    ],
  },
};

slipSuite(client, 'listed-refusals', FAMILIES);
