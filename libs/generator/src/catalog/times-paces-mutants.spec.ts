import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * The times-and-paces routes named as users name them are load-bearing in their generated tests: each service
 * generated from a spelled route passes its frozen acceptance pack, and mutants of its emitted code fail it (a
 * time in hours read as minutes or as seconds, a speed per minute; a fee by hours rounded down, the daily cap
 * dropped; a night shift refused or its break left on).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  hours: {
    features: [
      'POST /speed with {"distance_km": number, "hours": number} returns {"kmh": number} rounded to 1 decimal',
      'a distance_km of 0 or below returns 400',
    ],
    slips: [
      // Hours read as minutes.
      [["unit === 'hours' ? value * 3600", "unit === 'hours' ? value * 60"]],
      // Hours read as seconds.
      [["unit === 'hours' ? value * 3600", "unit === 'hours' ? value"]],
      // A zero distance answered.
      [["else if (distance <= 0) problems.push('distance must be above 0, not ' + String(distance));", '']],
    ],
  },
  fee: {
    features: [
      'POST /fee with {"minutes": integer} returns {"fee": number}: 1.50 per started hour, at most 12 per day',
      'negative minutes return 400',
    ],
    slips: [
      [['Math.ceil(rest / 3600)', 'Math.floor(rest / 3600)']],
      [['Math.min(Math.ceil(rest / 3600) * rate, cap)', 'Math.ceil(rest / 3600) * rate']],
    ],
  },
  shift: {
    features: [
      'POST /shift with {"start": "HH:MM", "end": "HH:MM", "break_minutes": integer} returns {"hours": number}; a shift ending before it starts runs past midnight',
    ],
    slips: [
      // A night shift refused instead of running past midnight.
      [['if (end < start && options.wrap !== true)', 'if (end < start)']],
      // The break left on the time worked.
      [['const worked = span - (pause as number);', 'const worked = span;']],
    ],
  },
};

slipSuite(client, 'times-paces', FAMILIES);
