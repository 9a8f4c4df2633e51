import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Hours worked with legal breaks, running pace and amounts scaled by servings are load-bearing in their
 * generated tests: each service generated from ordinary features passes its frozen acceptance pack, and mutants
 * of its emitted code fail it (a break rule that lets a short break through or counts the whole span, a pace
 * truncated instead of rounded or a mile read as a kilometre, a ratio turned upside down or a negative amount let
 * through).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const FAMILIES: Record<string, SlipFamily> = {
  worked: {
    features: [
      'From a shift start and end (HH:MM) and a break in minutes, give the hours and minutes worked',
      'over 6 hours of work need at least 30 minutes break, over 9 hours 45; otherwise 422',
    ],
    slips: [
      // A break shorter than the rule asks let through.
      [['if ((pause as number) < least)', 'if ((pause as number) < least - 15)']],
      // The rule counted on the whole span, not the time worked.
      [["options.breakBasis === 'span' ? span : worked", 'span']],
      // The break left on the time worked.
      [['const worked = span - (pause as number);', 'const worked = span;']],
      // Hours truncated, not rounded.
      [['Math.round((worked / 60) * scale)', 'Math.floor((worked / 60) * scale)']],
    ],
  },
  pace: {
    features: [
      'Running pace: from a distance in km and a time as h:mm:ss, give the pace per km as m:ss and the speed in km/h',
      'a distance of zero or below is refused with 400',
    ],
    slips: [
      // The pace truncated to the second below.
      [
        [
          'const paceSeconds = Math.round(seconds / perUnit);',
          'const paceSeconds = Math.floor(seconds / perUnit);',
        ],
      ],
      // The hours of a clock read as minutes.
      [
        [
          'm[1] !== undefined ? Number(m[1]) * 60 + Number(m[2])',
          'm[1] !== undefined ? Number(m[1]) + Number(m[2])',
        ],
      ],
      // Speed per minute, not per hour.
      [['(seconds / 3600)', '(seconds / 60)']],
      // A zero distance answered.
      [["else if (distance <= 0) problems.push('distance must be above 0, not ' + String(distance));", '']],
    ],
  },
  servings: {
    features: [
      'Scale an ingredient amount written for N servings to M servings, rounded to 2 decimals',
      'a negative amount is refused',
    ],
    slips: [
      // The ratio upside down.
      [['* (to as number)) / (from as number)', '* (from as number)) / (to as number)']],
      // A negative amount let through.
      [["else if (amount < 0) problems.push('amount cannot be negative (' + String(amount) + ')');", '']],
      // Rounded to one decimal fewer.
      [
        [
          'const factor = 10 ** Number(options.decimals ?? 2);\n  const scaled',
          'const factor = 10 ** (Number(options.decimals ?? 2) - 1);\n  const scaled',
        ],
      ],
    ],
  },
};

slipSuite(client, 'time-calcs', FAMILIES);
