import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * One meeting time shown in several zones is load-bearing in its generated tests: the service generated from
 * ordinary features passes its frozen acceptance pack, and mutants of its emitted code fail it (every zone
 * answered in the zone the time came from, the offset's sign flipped, an unknown zone in the list let through,
 * a local time the clocks skip answered as if it existed).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  'several-zones': {
    features: [
      'Show a meeting time in several time zones at once, given as IANA names',
      'An unknown time zone is rejected with 400',
    ],
    slips: [
      [['const there = manyZonesWall(instant, zone);', 'const there = manyZonesWall(instant, from);']],
      [['offset: manyZonesOffset(there - instant)', 'offset: manyZonesOffset(instant - there)']],
      [["if (zone === null) problems.push('zones['", "if (zone === undefined) problems.push('zones['"]],
      [['if (instants.length === 0) {', 'if (instants.length < 0) {']],
    ],
  },
};

slipSuite(client, 'timezones-many', FAMILIES);
