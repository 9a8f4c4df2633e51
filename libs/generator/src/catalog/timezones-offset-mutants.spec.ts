import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * A zone's UTC offset on a date, and a conversion on a query route written with placeholders, are load-bearing
 * in their generated tests: each service generated from ordinary features passes its frozen acceptance pack, and
 * mutants of its emitted code fail it (an offset with its sign flipped or taken half a year earlier, an unknown
 * zone or a date that does not exist let through, a conversion answering in the zone it came from).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  offset: {
    features: [
      'tell the UTC offset of an IANA time zone on a given date',
      'an unknown zone or an impossible date is refused with 400',
    ],
    slips: [
      // East and west of UTC swapped.
      [['const offset = zoneOffsetAt(instant, zone);', 'const offset = -zoneOffsetAt(instant, zone);']],
      // Daylight saving ignored: the offset of half a year earlier.
      [
        [
          'const offset = zoneOffsetAt(instant, zone);',
          'const offset = zoneOffsetAt(instant - 182 * 86400000, zone);',
        ],
      ],
      // 30 February read as 1 March (the month and the day no longer checked against the date written).
      [
        ['local.getUTCMonth() !== month - 1 ||', ''],
        ['local.getUTCDate() !== day ||', ''],
      ],
    ],
  },
  'query-minutes': {
    features: [
      'GET /convert-time?at=YYYY-MM-DDTHH:mm&from=<IANA zone>&to=<IANA zone> returns the local time in the target zone',
      'an unknown zone, a missing parameter or an impossible date/time is answered with 400',
    ],
    slips: [
      // The time answered in the zone it came from.
      [['const there = wallClock(instant, to);', 'const there = wallClock(instant, from);']],
      // A local time the clocks skip answered as if it existed.
      [['if (instants.length === 0) {', 'if (instants.length < 0) {']],
    ],
  },
};

slipSuite(client, 'timezones-offset', FAMILIES);
