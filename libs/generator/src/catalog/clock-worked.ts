import type { EndpointError } from '@sf/service-spec';
import {
  integerField,
  stringField,
  type ConstraintDesign,
  type FunctionCode,
  type FunctionDesign,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { breakRulesText, leastBreak, type BreakRules } from './clock-breaks';
import { keepBinding } from './design-rebind';
import { glossIn, roundTo, wordList, type Language } from './feature-words';

/*
 * Hours worked in a shift: from a start to an end clock time (HH:MM, 24 hours) less a break in whole minutes,
 * answered in hours as a decimal (7.75 for 7 h 45 min, rounded as the feature writes) and/or in minutes. An end
 * before the start is the next day when the feature says shifts cross midnight; otherwise it is refused. A break
 * longer than the shift, a negative break and a clock time that is not one (25:10) are refused; so is a break
 * shorter than the legal minimum breaks the feature writes (clock-breaks.ts), with its status. Worked examples
 * come from the reference below, written apart from the emitted code.
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
 * time.worked_hours: the time from clock time start to clock time end less break_minutes, as hours (a decimal,
 * to options.decimals) and minutes; an end before the start is the next day when options.wrap is true, and
 * refused otherwise. options.breakRules (JSON [[over, least, inclusive]], minutes) refuses a break shorter than
 * the longest length passed asks, counted on the time worked or the whole span (options.breakBasis), with
 * options.breakStatus and options.breakCode.
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
  const worked = span - (pause as number);
  const rules: [number, number, number][] = typeof options.breakRules === 'string' ? JSON.parse(options.breakRules) : [];
  const counted = options.breakBasis === 'span' ? span : worked;
  let least = 0;
  for (const [over, atLeast, inclusive] of rules)
    if (counted > over || (inclusive === 1 && counted === over)) least = Math.max(least, atLeast);
  if ((pause as number) < least)
    return {
      ok: false,
      status: Number(options.breakStatus ?? 400),
      code: String(options.breakCode ?? 'BREAK_TOO_SHORT'),
      problems: ['a break of at least ' + String(least) + ' minutes is required for ' + String(counted) + ' minutes, not ' + String(pause)],
    };
  const scale = 10 ** Number(options.decimals ?? 2);
  return { ok: true, value: { hours: Math.round((worked / 60) * scale) / scale, minutes: worked } };
};`,
};

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Arbeitsstunden einer Schicht (Arbeitszeit): aus Arbeitsbeginn und Arbeitsende (HH:MM) minus Pause in Minuten die gearbeiteten Stunden (Dezimalzahl) und Minuten ausrechnen; eine Pause länger als die Schicht wird abgelehnt.',
  es: ' Horas trabajadas de un turno: inicio y fin (HH:MM) menos la pausa en minutos, en horas (decimal) y en minutos; una pausa más larga que el turno se rechaza.',
  fr: ' Heures travaillées d’un poste : début et fin (HH:MM) moins la pause en minutes, en heures (décimal) et en minutes ; une pause plus longue que le poste est refusée.',
  it: ' Ore lavorate di un turno: inizio e fine (HH:MM) meno la pausa in minuti, in ore (decimale) e in minuti; una pausa più lunga del turno è rifiutata.',
  pt: ' Horas trabalhadas de um turno: início e fim (HH:MM) menos a pausa (intervalo) em minutos, em horas (decimal) e em minutos; uma pausa maior que o turno é recusada.',
};

const WRAP_GLOSS: Partial<Record<Language, string>> = {
  de: ' Endet die Schicht vor ihrem Beginn, geht sie über Mitternacht in den nächsten Tag.',
  es: ' Si el turno termina antes de empezar, pasa la medianoche al día siguiente.',
  fr: ' Si le poste finit avant son début, il passe minuit et finit le lendemain.',
  it: ' Se il turno finisce prima di iniziare, passa la mezzanotte e finisce il giorno dopo.',
  pt: ' Se o turno termina antes de começar, passa da meia-noite para o dia seguinte.',
};

const BREAK_GLOSS: Partial<Record<Language, string>> = {
  de: ' Gesetzliche Mindestpause: bei mehr Arbeitsstunden als angegeben ist mindestens die angegebene Pause nötig, sonst wird abgelehnt.',
  es: ' Pausa mínima legal: con más horas de trabajo de las indicadas se necesita al menos la pausa indicada; si no, se rechaza.',
  fr: ' Pause minimale légale : au-delà des heures de travail indiquées, une pause d’au moins la durée indiquée est nécessaire, sinon refusé.',
  it: ' Pausa minima di legge: oltre le ore di lavoro indicate serve almeno la pausa indicata, altrimenti è rifiutato.',
  pt: ' Pausa mínima legal: acima das horas de trabalho indicadas é preciso pelo menos a pausa indicada; senão é recusado.',
};

/** How a worked-hours design reads and answers. */
export interface WorkedRead {
  wrap: boolean;
  decimals: number;
  hours: boolean;
  minutes: boolean;
  breaks: BreakRules | null;
  /** A start and an end the feature writes ("z. B. 07:30 und 16:00"), shown as a worked example. */
  stated?: [string, string];
}

type Fact = [string, string, number, string];

const STATED_NOTE = 'the times the feature writes, with a 30 min break';

/** Minutes since midnight of "HH:MM" (the reference, apart from the emitted code). */
function clockOf(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return h * 60 + m;
}

function clockText(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

type WorkedAnswer = { ok: true; hours: number; minutes: number } | { ok: false; least: number };

/** The reference semantics of a shift (its clock times valid, the break not longer than the span). */
export function workedReference(start: string, end: string, pause: number, read: WorkedRead): WorkedAnswer {
  const span = (clockOf(end) - clockOf(start) + 1440) % 1440;
  const minutes = span - pause;
  const least = read.breaks
    ? leastBreak(read.breaks.rules, read.breaks.basis === 'span' ? span : minutes)
    : 0;
  if (pause < least) return { ok: false, least };
  return { ok: true, hours: roundTo(minutes / 60, read.decimals), minutes };
}

/** Shifts near each rule's length: just past it with a break short by 15 minutes, and with the break it asks. */
function ruleFacts(read: WorkedRead): Fact[] {
  if (!read.breaks) return [];
  return read.breaks.rules.flatMap((r): Fact[] => {
    const pause = [Math.max(0, r.least - 15), r.least];
    const past = pause.map((p): Fact => {
      const length = r.over + 15 + (read.breaks?.basis === 'worked' ? p : 0);
      return ['07:00', clockText(420 + Math.max(length, p)), p, `past the rule of ${r.over / 60} hours`];
    });
    // Exactly the rule's length of work, the shift a little longer: tells the time worked from the span.
    const edge = r.least - 1;
    return [
      ...past,
      ['07:00', clockText(420 + r.over + edge), edge, `${r.over / 60} hours of work and a ${edge} min break`],
    ];
  });
}

function describeAnswer(read: WorkedRead, hours: number, minutes: number): string {
  return [read.hours ? `${hours} hours` : '', read.minutes ? `${minutes} minutes` : '']
    .filter(Boolean)
    .join(', ');
}

export function workedHoursDesign(languages: Language[], read: WorkedRead): FunctionDesign {
  const own: Fact[] =
    read.stated && (read.wrap || clockOf(read.stated[1]) >= clockOf(read.stated[0]))
      ? [[read.stated[0], read.stated[1], 30, STATED_NOTE]]
      : [];
  const facts: Fact[] = [
    ...own,
    ['08:15', '16:45', 45, 'eight and a half hours less a 45-minute break'],
    ['09:00', '17:00', 0, 'no break'],
    ['09:00', '12:20', 0, 'three hours and twenty minutes'],
    ['08:00', '16:40', 30, 'eight hours and ten minutes'],
    ...(read.wrap
      ? ([
          ['22:00', '06:00', 30, 'a night shift past midnight: 8 hours less the break'],
          ['23:30', '00:15', 0, 'three quarters of an hour over midnight'],
        ] as Fact[])
      : []),
    ['10:00', '11:00', 60, 'the break takes the whole shift'],
    ...ruleFacts(read).filter(([s, e]) => read.wrap || clockOf(e) >= clockOf(s)),
  ];
  const examples: WorkedExample[] = [];
  const refusals: Refusal[] = [];
  const b = read.breaks;
  for (const [start, end, pause, note] of facts) {
    const answer = workedReference(start, end, pause, read);
    if (answer.ok)
      examples.push({
        description: `${start} to ${end} with a ${pause} min break is ${describeAnswer(read, answer.hours, answer.minutes)} (${note}).`,
        input: { start, end, break_minutes: pause },
        output: {
          ...(read.hours ? { hours: answer.hours } : {}),
          ...(read.minutes ? { minutes: answer.minutes } : {}),
        },
      });
    else if (b)
      refusals.push({
        description: `${start} to ${end} with a ${pause} min break is refused with ${b.status} ${b.code}: at least ${answer.least} minutes of break are required (${note}).`,
        input: { start, end, break_minutes: pause },
        status: b.status,
        code: b.code,
      });
  }
  const places = `${read.decimals} decimal${read.decimals === 1 ? '' : 's'}`;
  const answers = [
    read.hours ? `in hours as a decimal rounded to ${places}` : '',
    read.minutes ? 'in whole minutes' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const errors: EndpointError[] = b
    ? [{ status: b.status, code: b.code, when: 'the break is shorter than the legal minimum break' }]
    : [];
  return {
    function: WORKED_HOURS_CODE.id,
    method: 'POST',
    path: '/shifts/hours',
    summary:
      'Works out the hours worked in a shift: from a start to an end clock time, both HH:MM on a 24-hour clock' +
      ` (00:00 to 23:59), less a break in whole minutes, answered ${answers}` +
      ` (08:15 to 16:45 with a 45 min break is ${describeAnswer(read, roundTo(465 / 60, read.decimals), 465)}). ${
        read.wrap
          ? 'An end before the start is on the next day (the shift crosses midnight): 22:00 to 06:00 is 8 hours' +
            ' before the break comes off.'
          : 'An end before the start is refused with 400.'
      } A break longer than the shift, a negative break, or a clock time that is not one (25:10, 12:60) is` +
      ' refused with 400.' +
      (b
        ? ` Legal minimum breaks: ${breakRulesText(b)}; a shorter break is refused with ${b.status} ${b.code}.`
        : '') +
      glossIn(GLOSS, languages) +
      (read.wrap ? glossIn(WRAP_GLOSS, languages) : '') +
      (b ? glossIn(BREAK_GLOSS, languages) : ''),
    options: {
      wrap: read.wrap,
      decimals: read.decimals,
      answerHours: read.hours,
      answerMinutes: read.minutes,
      ...(b
        ? {
            breakRules: JSON.stringify(b.rules.map((r) => [r.over, r.least, r.inclusive ? 1 : 0])),
            breakBasis: b.basis,
            breakStatus: b.status,
            breakCode: b.code,
          }
        : {}),
    },
    inputs: [
      { param: 'start', field: stringField('start', 'Start of the shift, HH:MM (24 hours)', '08:15') },
      { param: 'end', field: stringField('end', 'End of the shift, HH:MM (24 hours)', '16:45') },
      {
        param: 'break_minutes',
        field: integerField('break_minutes', 'The break in whole minutes, 0 or more', 45),
      },
    ],
    outputs: [
      ...(read.hours
        ? [
            {
              result: 'hours',
              field: 'hours',
              description: `Hours worked (start to end less the break), a decimal rounded to ${places}`,
              example: roundTo(465 / 60, read.decimals),
              names: 'hours stunden horas heures ore decimal',
            },
          ]
        : []),
      ...(read.minutes
        ? [
            {
              result: 'minutes',
              field: 'minutes',
              description: 'Minutes worked (start to end less the break)',
              example: 465,
              names: 'minutes minuten minutos minuti',
            },
          ]
        : []),
    ],
    examples,
    refusals: [...workedRefusals(read.wrap), ...refusals],
    ...(errors.length > 0 ? { errors } : {}),
  };
}

function workedRefusals(wrap: boolean): Refusal[] {
  return [
    {
      description:
        'A 90 min break in a one-hour shift (10:00 to 11:00) is refused: Pause länger als die Schicht, pausa más larga que el turno, pause plus longue que le poste, pausa più lunga del turno, pausa mais longa que o turno.',
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

/** The read a worked-hours design was built from (its options), to rebuild it with a constraint's change. */
export function readOfDesign(d: FunctionDesign): WorkedRead {
  const o = d.options ?? {};
  const field = (param: string) => d.inputs.find((i) => i.param === param)?.field.name ?? param;
  const own = d.examples.find((x) => x.description.includes(STATED_NOTE))?.input;
  const stated: [string, string] | null = own
    ? [String(own[field('start')]), String(own[field('end')])]
    : null;
  const rules = typeof o.breakRules === 'string' ? (JSON.parse(o.breakRules) as number[][]) : null;
  return {
    ...(stated ? { stated } : {}),
    wrap: o.wrap === true,
    decimals: Number(o.decimals ?? 2),
    hours: o.answerHours !== false,
    minutes: o.answerMinutes === true,
    breaks: rules
      ? {
          rules: rules.map(([over, least, inclusive]) => ({ over, least, inclusive: inclusive === 1 })),
          basis: o.breakBasis === 'span' ? 'span' : 'worked',
          status: Number(o.breakStatus ?? 400),
          code: String(o.breakCode ?? 'BREAK_TOO_SHORT'),
        }
      : null,
  };
}

/** Words of a break taken off a shift's time. */
export const BREAK_WORDS = wordList('break breaks pause pausen pausa pausas intervalo descanso mittagspause');
/** Words that ask for the hours worked. */
export const HOURS_WORDS = wordList(
  'hours hour worked stunden arbeitsstunden gearbeitet gearbeiteten arbeitszeit horas trabajadas trabajado ' +
    'heures travaillees travaille ore lavorate lavorato trabalhadas trabalhado',
);

/** The languages whose gloss a design's summary holds (kept when a constraint rebuilds it). */
function glossedIn(d: FunctionDesign): Language[] {
  return (Object.keys(GLOSS) as Language[]).filter((l) => d.summary.includes(GLOSS[l] ?? '\u0000'));
}

/** `d` rebuilt with `change`, in its languages and the constraint's, at its route with its field names. */
export function reworked(
  d: FunctionDesign,
  languages: Language[],
  change: Partial<WorkedRead>,
): FunctionDesign {
  const all = [...new Set([...glossedIn(d), ...languages])];
  return keepBinding(d, workedHoursDesign(all, { ...readOfDesign(d), ...change }));
}

/** A shift crossing midnight, beside the worked hours: the design wraps. */
export function workedWrap(languages: Language[]): ConstraintDesign {
  return {
    function: WORKED_HOURS_CODE.id,
    refusals: () => [],
    refine: (d) => reworked(d, languages, { wrap: true }),
  };
}

/** Legal minimum breaks, beside the worked hours: the design refuses a shorter break. */
export function workedBreaks(languages: Language[], breaks: BreakRules): ConstraintDesign {
  return {
    function: WORKED_HOURS_CODE.id,
    refusals: (d) => reworked(d, languages, { breaks }).refusals.filter((r) => r.code),
    refine: (d) => reworked(d, languages, { breaks }),
  };
}

/** "A break longer than the shift, or a time like 25:10, is refused": the worked hours' own refusals. */
export function workedRefusal(): ConstraintDesign {
  return {
    function: WORKED_HOURS_CODE.id,
    refusals: (d) => workedRefusals(d.options?.wrap === true),
  };
}
