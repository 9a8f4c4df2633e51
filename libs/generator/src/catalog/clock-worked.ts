import {
  integerField,
  stringField,
  type ConstraintDesign,
  type FunctionCode,
  type FunctionDesign,
  type Refusal,
} from './catalog-entry';
import { glossIn, wordList, type Language } from './feature-words';

/*
 * Hours worked in a shift: from a start to an end clock time (HH:MM, 24 hours) less a break in whole minutes,
 * answered in hours as a decimal (7.75 for 7 h 45 min). An end before the start is the next day when the
 * feature says shifts cross midnight; otherwise it is refused. A break longer than the shift, a negative break
 * and a clock time that is not one (25:10) are refused. Worked examples are worked out by hand.
 */

export const WORKED_HOURS_CODE: FunctionCode = {
  id: 'time.worked_hours',
  exportName: 'workedHours',
  source: String.raw`/** Minutes since midnight of a clock time "H:MM" or "HH:MM" (00:00 to 23:59), or null. */
function workedClockMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * time.worked_hours: the hours (a decimal, to options.decimals) from clock time start to clock time end less
 * break_minutes; an end before the start is the next day when options.wrap is true, and refused otherwise.
 */
export const workedHours: CatalogFunction = (input, options) => {
  const start = workedClockMinutes(input.start);
  const end = workedClockMinutes(input.end);
  const pause = input.break_minutes;
  const problems: string[] = [];
  if (start === null) problems.push('start must be a clock time HH:MM from 00:00 to 23:59');
  if (end === null) problems.push('end must be a clock time HH:MM from 00:00 to 23:59');
  if (typeof pause !== 'number' || !Number.isInteger(pause) || pause < 0)
    problems.push('break_minutes must be a whole number of minutes, 0 or more');
  if (start === null || end === null || problems.length > 0) return { ok: false, problems };
  if (end < start && options.wrap !== true)
    return { ok: false, problems: ['end (' + String(input.end) + ') is before start (' + String(input.start) + ')'] };
  const span = end >= start ? end - start : end + 24 * 60 - start;
  if ((pause as number) > span)
    return { ok: false, problems: ['the break (' + String(pause) + ' minutes) is longer than the shift (' + String(span) + ' minutes)'] };
  const scale = 10 ** Number(options.decimals ?? 2);
  return { ok: true, value: { hours: Math.round(((span - (pause as number)) / 60) * scale) / scale } };
};`,
};

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Arbeitsstunden einer Schicht: Beginn und Ende (HH:MM) minus Pause in Minuten, als Dezimalzahl; eine Pause länger als die Schicht wird abgelehnt.',
  es: ' Horas trabajadas de un turno: inicio y fin (HH:MM) menos la pausa en minutos, en decimal; una pausa más larga que el turno se rechaza.',
  fr: ' Heures travaillées d’un poste : début et fin (HH:MM) moins la pause en minutes, en décimal ; une pause plus longue que le poste est refusée.',
  it: ' Ore lavorate di un turno: inizio e fine (HH:MM) meno la pausa in minuti, in decimale; una pausa più lunga del turno è rifiutata.',
  pt: ' Horas trabalhadas de um turno: início e fim (HH:MM) menos a pausa em minutos, em decimal; uma pausa maior que o turno é recusada.',
};

type Fact = [string, string, number, number, string];

export function workedHoursDesign(languages: Language[], wrap: boolean): FunctionDesign {
  const facts: Fact[] = [
    ['08:15', '16:45', 45, 7.75, 'eight and a half hours less a 45-minute break'],
    ['09:00', '17:00', 0, 8, 'no break'],
    ['09:00', '12:20', 0, 3.33, 'three hours and twenty minutes, rounded to 2 decimals'],
    ...(wrap
      ? ([
          ['22:00', '06:00', 30, 7.5, 'a night shift past midnight: 8 hours less the break'],
          ['23:30', '00:15', 0, 0.75, 'three quarters of an hour over midnight'],
        ] as Fact[])
      : []),
    ['10:00', '11:00', 60, 0, 'the break takes the whole shift'],
  ];
  return {
    function: WORKED_HOURS_CODE.id,
    method: 'POST',
    path: '/shifts/hours',
    summary:
      'Works out the hours worked in a shift: from a start to an end clock time, both HH:MM on a 24-hour clock' +
      ' (00:00 to 23:59), less a break in whole minutes, answered in hours as a decimal rounded to 2 decimals' +
      ` (08:15 to 16:45 with a 45 min break is 7.75 hours). ${
        wrap
          ? 'An end before the start is on the next day (the shift crosses midnight): 22:00 to 06:00 is 8 hours' +
            ' before the break comes off.'
          : 'An end before the start is refused with 400.'
      } A break longer than the shift, a negative break, or a clock time that is not one (25:10, 12:60) is` +
      ' refused with 400.' +
      glossIn(GLOSS, languages),
    options: { wrap, decimals: 2 },
    inputs: [
      { param: 'start', field: stringField('start', 'Start of the shift, HH:MM (24 hours)', '08:15') },
      { param: 'end', field: stringField('end', 'End of the shift, HH:MM (24 hours)', '16:45') },
      {
        param: 'break_minutes',
        field: integerField('break_minutes', 'The break in whole minutes, 0 or more', 45),
      },
    ],
    outputs: [
      {
        result: 'hours',
        field: 'hours',
        description: 'Hours worked (start to end less the break), a decimal',
        example: 7.75,
      },
    ],
    examples: facts.map(([start, end, pause, hours, note]) => ({
      description: `${start} to ${end} with a ${pause} min break is ${hours} hours (${note}).`,
      input: { start, end, break_minutes: pause },
      output: { hours },
    })),
    refusals: workedRefusals(wrap),
  };
}

function workedRefusals(wrap: boolean): Refusal[] {
  return [
    {
      description: 'A 90 min break in a one-hour shift (10:00 to 11:00) is refused.',
      input: { start: '10:00', end: '11:00', break_minutes: 90 },
    },
    {
      description: 'A start of 25:10 is not a clock time and is refused.',
      input: { start: '25:10', end: '06:00', break_minutes: 0 },
    },
    {
      description: 'A negative break (-15 minutes) is refused.',
      input: { start: '09:00', end: '17:00', break_minutes: -15 },
    },
    ...(wrap
      ? []
      : [
          {
            description: 'An end (08:00) before the start (17:00) is refused.',
            input: { start: '17:00', end: '08:00', break_minutes: 0 },
          },
        ]),
  ];
}

/** Words of a break taken off a shift's time. */
export const BREAK_WORDS = wordList('break breaks pause pausen pausa pausas');
/** Words that ask for the hours worked. */
export const HOURS_WORDS = wordList(
  'hours hour worked stunden arbeitsstunden gearbeitet horas trabajadas heures travaillees ore lavorate trabalhadas',
);

/** A shift crossing midnight, beside the worked hours: the design wraps. */
export function workedWrap(languages: Language[]): ConstraintDesign {
  return {
    function: WORKED_HOURS_CODE.id,
    refusals: () => [],
    refine: () => workedHoursDesign(languages, true),
  };
}

/** "A break longer than the shift, or a time like 25:10, is refused": the worked hours' own refusals. */
export function workedRefusal(): ConstraintDesign {
  return {
    function: WORKED_HOURS_CODE.id,
    refusals: (d) => workedRefusals(d.options?.wrap === true),
  };
}
