import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Working days less listed holidays are load-bearing in their generated tests: the service generated from an
 * ordinary feature passes its frozen acceptance pack, and mutants of its emitted code fail it (the holidays
 * ignored, a holiday on a weekend taken off, one listed twice taken off twice, one outside the span taken off,
 * a holiday that is no date let through).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  holidays: {
    features: [
      'count the business days between two dates, skipping weekends and any holidays passed in the request as a list of dates',
    ],
    slips: [
      [['days -= off.size;', '']],
      [['weekday !== 0 && weekday !== 6) off.add(day)', 'true) off.add(day)']],
      [['if (day >= from && day < end && weekday', 'if (weekday']],
      [['days -= off.size;', 'days -= list.filter((h) => off.has(datesDayNumber(h) as number)).length;']],
      [['if (day === null)\n', 'if (day === null && false)\n']],
    ],
  },
};

slipSuite(client, 'working-days', FAMILIES);
