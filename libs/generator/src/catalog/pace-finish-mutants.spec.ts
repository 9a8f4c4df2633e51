import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The third round of times and paces is load-bearing in its generated tests: each service generated from an
 * ordinary feature passes its frozen acceptance pack, and mutants of its emitted code fail it (a finish time cut
 * down instead of rounded, a pace read as hundredths, its seconds left unpadded, a zero distance answered; free
 * first minutes ignored, or applied as a grace period that charges the whole stay once it is over).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  finish: {
    features: [
      'POST /finish-time with {"distance_km": number, "pace": "m:ss"} returns {"finish_time": "h:mm:ss"}',
      'a distance of 0 or less is rejected with 400',
    ],
    slips: [
      [['Math.round(pace * distance)', 'Math.floor(pace * distance)']],
      [['Number(m[1]) * 60 + Number(m[2])', 'Number(m[1]) * 100 + Number(m[2])']],
      [["':' + String(seconds % 60).padStart(2, '0')", "':' + String(seconds % 60)"]],
      [["else if (distance <= 0) problems.push('distance must be above 0, not ' + String(distance));", '']],
    ],
  },
  free: {
    features: [
      'Parking costs 2 euros per started hour after the first 30 minutes, which are free, capped at 10 euros a day; the stay comes in minutes',
    ],
    slips: [
      [
        [
          "  if (typeof options.freeMinutes === 'number') seconds = Math.max(0, seconds - options.freeMinutes * 60);",
          '',
        ],
      ],
      [
        [
          'seconds = Math.max(0, seconds - options.freeMinutes * 60);',
          'seconds = seconds <= options.freeMinutes * 60 ? 0 : seconds;',
        ],
      ],
    ],
  },
};

slipSuite(client, 'times-paces-3', FAMILIES);
