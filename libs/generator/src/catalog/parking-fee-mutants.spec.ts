import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Parking fees are load-bearing in their generated tests: each service generated from an ordinary feature passes
 * its frozen acceptance pack, and mutants of its emitted code fail it (hours rounded down or to the nearest
 * instead of begun, the daily cap dropped or applied once to the whole stay, whole days charged by the hour, an
 * exit before the entry answered, zero minutes charged).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  stay: {
    features: [
      'POST /parking/fee with {"entry": "YYYY-MM-DDTHH:MM", "exit": "YYYY-MM-DDTHH:MM"} returns {"fee": number}: 2.50 per started hour, at most 20 per day',
      'an exit before the entry returns 400',
    ],
    slips: [
      [['Math.ceil(rest / 3600)', 'Math.floor(rest / 3600)']],
      [['Math.ceil(rest / 3600)', 'Math.round(rest / 3600)']],
      [['Math.min(Math.ceil(rest / 3600) * rate, cap)', 'Math.ceil(rest / 3600) * rate']],
      [['days * cap + ', 'days * 24 * rate + ']],
      [
        [
          'fee = days * cap + Math.min(Math.ceil(rest / 3600) * rate, cap)',
          'fee = Math.min(Math.ceil(seconds / 3600) * rate, cap)',
        ],
      ],
      [['if (exit <= entry)', 'if (exit < entry - 86400)']],
    ],
  },
  minutes: {
    features: [
      'Parkgebühr berechnen: je angefangene Stunde 1,50 €, höchstens 10 € pro Tag; die Parkdauer kommt in Minuten',
      'Eine Parkdauer von 0 oder weniger Minuten wird abgelehnt',
    ],
    slips: [
      [['Math.ceil(rest / 3600)', 'Math.floor(rest / 3600)']],
      [['if (minutes <= 0)', 'if (minutes < 0)']],
      [['seconds = minutes * 60;', 'seconds = minutes * 3600;']],
    ],
  },
};

slipSuite(client, 'parking', FAMILIES);
