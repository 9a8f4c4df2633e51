import { createLlmClient } from '@sf/llm';
import { OfflineProvider } from '../offline-provider';
import { slipSuite, type SlipFamily } from '../codegen/testing/slip-suite';

/*
 * Calendar facts are load-bearing in their generated tests: each service generated from an ordinary feature
 * passes its frozen acceptance pack, and mutants of its emitted code fail it (a leap year without the 100-year
 * rule, a stated first year ignored, the week-based year taken from the date, weeks counted from Sunday, a week
 * 53 in every year, a Monday off by one, weekday names shifted or in English where the feature asks for Spanish,
 * the sign or the inclusive end of a span dropped).
 */

const client = createLlmClient({ provider: 'offline' }, { offline: new OfflineProvider() });
jest.setTimeout(300_000); // a bound on a hang, not on speed (loaded machines run these for minutes)

const ISO_WEEKDAY = '(((((day + 3) % 7) + 7) % 7) + 1)';

const FAMILIES: Record<string, SlipFamily> = {
  leap: {
    features: [
      'leap year check with the days of the year; years before 1583 were not Gregorian yet, refuse them',
    ],
    slips: [
      [['(year % 4 === 0 && year % 100 !== 0) || year % 400 === 0', 'year % 4 === 0']],
      [['leap ? 366 : 365', 'leap ? 365 : 366']],
      [['year < min || ', '']],
    ],
  },
  'iso-week': {
    features: ['Return the ISO 8601 week number of a date with its week-based year'],
    slips: [
      [['const weekYear = new Date(thursday * 86400000)', 'const weekYear = new Date(day * 86400000)']],
      [
        [
          `const thursday = day - ${ISO_WEEKDAY}`,
          `const thursday = day - ${ISO_WEEKDAY.replace('+ 3', '+ 4')}`,
        ],
      ],
    ],
  },
  'week-dates': {
    features: ['Given a year and an ISO week number, return the Monday and the Sunday of that week'],
    slips: [
      [['startsOn === 4 || (leap && startsOn === 3) ? 53 : 52', '53']],
      [[`const firstMonday = day - ${ISO_WEEKDAY} + 1;`, `const firstMonday = day - ${ISO_WEEKDAY};`]],
    ],
  },
  weekday: {
    features: ['Día de la semana de una fecha, en español (lunes, martes…)'],
    slips: [[['names[number - 1]', 'names[number % 7]']], [["String(options.language ?? 'en')", "'en'"]]],
  },
  'days-between': {
    features: ['days between two dates, both dates included'],
    slips: [[['(options.inclusive === true ? 1 : 0)', '0']], [['span >= 0 ? count : -count', 'count']]],
  },
};

slipSuite(client, 'calendar', FAMILIES);
