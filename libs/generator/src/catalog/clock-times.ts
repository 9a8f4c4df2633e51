import {
  integerField,
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { foldText } from './checks-shared';
import { readBreakRules, type BreakRules } from './clock-breaks';
import {
  BREAK_WORDS,
  HOURS_WORDS,
  WORKED_HOURS_CODE,
  reworked,
  workedBreaks,
  workedHoursDesign,
  workedRefusal,
  workedWrap,
  type WorkedRead,
} from './clock-worked';
import {
  asSaid,
  decimalsIn,
  glossIn,
  hasAny,
  languagesOf,
  refuses,
  wordList,
  type Language,
} from './feature-words';

/*
 * Clock times of a day, written HH:MM (24 hours): the minutes from a start time to an end time (a shift, a
 * meeting, an opening), and a number of minutes written as H:MM. An end before its start is the next day when
 * the feature says so ("past midnight", "the next day", "overnight", "über Mitternacht"); otherwise it is
 * refused, as is a clock time that is not one (25:00, 12:60, "7.30"). Worked examples are worked out by hand.
 */

export const CLOCK_SPAN_CODE: FunctionCode = {
  id: 'time.clock_span',
  exportName: 'clockSpanMinutes',
  source: String.raw`/** Minutes since midnight of a clock time "H:MM" or "HH:MM" (00:00 to 23:59), or null. */
function clockMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * time.clock_span: the minutes from clock time start to clock time end; an end before the start is the next
 * day when options.wrap is true, and refused otherwise.
 */
export const clockSpanMinutes: CatalogFunction = (input, options) => {
  const start = clockMinutes(input.start);
  const end = clockMinutes(input.end);
  const problems: string[] = [];
  if (start === null) problems.push('start must be a clock time HH:MM from 00:00 to 23:59');
  if (end === null) problems.push('end must be a clock time HH:MM from 00:00 to 23:59');
  if (start === null || end === null) return { ok: false, problems };
  if (end >= start) return { ok: true, value: { minutes: end - start } };
  if (options.wrap === true) return { ok: true, value: { minutes: end + 24 * 60 - start } };
  return { ok: false, problems: ['end (' + String(input.end) + ') is before start (' + String(input.start) + ')'] };
};`,
};

export const MINUTES_CLOCK_CODE: FunctionCode = {
  id: 'duration.minutes_clock',
  exportName: 'minutesAsClock',
  source: String.raw`/** duration.minutes_clock: whole minutes written H:MM (hours padded to options.hourDigits, counting past 24). */
export const minutesAsClock: CatalogFunction = (input, options) => {
  const minutes = input.minutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes)) {
    return { ok: false, problems: ['minutes must be a whole number'] };
  }
  if (minutes < 0) return { ok: false, problems: ['a duration cannot be negative (' + String(minutes) + ' minutes)'] };
  if (minutes > Number.MAX_SAFE_INTEGER) return { ok: false, problems: ['the duration is too long to write'] };
  const hours = String(Math.floor(minutes / 60)).padStart(Number(options.hourDigits ?? 1), '0');
  return { ok: true, value: { duration: hours + ':' + String(minutes % 60).padStart(2, '0') } };
};`,
};

const SPAN_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Minuten zwischen zwei Uhrzeiten (Beginn und Ende, HH:MM) berechnen.',
  es: ' Calcular los minutos entre dos horas del día (inicio y fin, HH:MM).',
  fr: ' Calculer les minutes entre deux heures de la journée (début et fin, HH:MM).',
  it: ' Calcolare i minuti tra due orari (inizio e fine, HH:MM).',
  pt: ' Calcular os minutos entre dois horários (início e fim, HH:MM).',
};
const CLOCK_GLOSS: Partial<Record<Language, string>> = {
  de: ' Eine Anzahl Minuten als Stunden und Minuten (H:MM) schreiben.',
  es: ' Escribir un número de minutos como horas y minutos (H:MM).',
  fr: ' Écrire un nombre de minutes en heures et minutes (H:MM).',
  it: ' Scrivere un numero di minuti come ore e minuti (H:MM).',
  pt: ' Escrever um número de minutos como horas e minutos (H:MM).',
};

const CLOCK_WORDS = wordList(
  'clock uhrzeit uhrzeiten horario horarios orario orari heure heures hora horas ora ore',
);
const START_END = wordList(
  'start starts end ends begin begins finish finishes between from until beginn ende anfang zwischen von bis ' +
    'inicio fin entre desde hasta debut fin entre depuis jusqu inizio fine tra fra dalle alle inicio fim ate',
);
/** A shift's two ends as clocking in and out, beside a break ("hora de entrada y de salida", "Kommen und Gehen"). */
const SHIFT_ENDS = wordList(
  'entrada salida entry exit arrival departure einstempeln ausstempeln kommen gehen arrivee sortie ingresso ' +
    'uscita saida chegada',
);
/** A route the feature writes (`POST /shift with {…} returns {"hours": number}`): it asks for its answer. */
const SPELLED_ROUTE = /\b(?:GET|POST)\s+\/[\w/{}-]*/;
const SPAN_ASK = wordList(
  'minutes minuten minutos minuti long lasts last duration dauer dauert duracion dura duree dure durata dura ' +
    'duracao length lange',
);
const FORMAT_VERBS = wordList(
  'format formats formatted write writes written show shows display displays as formatieren schreiben ' +
    'anzeigen als formatear escribir mostrar como formater ecrire afficher en formattare scrivere mostrare ' +
    'come formatar escrever mostrar',
);
/** A break longer than the shift (or the time worked), in the six languages, folded. */
const LONGER_THAN_SHIFT =
  /\b(?:longer than|exceeds?|exceeding|langer als|uberschreitet|mas larga que|supera|plus longue que|depasse|piu lunga de\w*|mais longa (?:que|do)|excede)\b[^.;]{0,16}\b(?:shift|shifts|schicht|arbeitszeit|turno|poste|service|work(?:ing|ed)? time|jornada)\b/;
const NEGATIVE = wordList('negative negativ negativa negativas negatif negativi negativo');
const MINUTE_WORDS = wordList('minutes minuten minutos minuti');
const WRAP =
  /\b(?:past|over|after|across|cross|crosses|crossing|through) midnight\b|\bnext day\b|\bovernight\b|\buber mitternacht\b|\bnach mitternacht\b|\bfolgetag\b|\bnachsten tag\b|\bmedianoche\b|\bdia siguiente\b|\bminuit\b|\blendemain\b|\bmezzanotte\b|\bgiorno dopo\b|\bmeia[- ]noite\b|\bdia seguinte\b/;
const SECONDS_CLOCK = /\bh{1,2}:mm:ss\b|\b\d{1,2}:\d\d:\d\d\b/;
const MINUTES_CLOCK = /\bh{1,2}:mm\b|(?<![\d:])\d{1,3}:[0-5]\d(?![\d:])/;
const OTHER = wordList(
  'zone zones timezone timezones utc offset zeitzone zeitzonen huso husos fuseau fuseaux fuso fusi date dates ' +
    'datum fecha fechas seconds sekunden segundos secondes secondi store stored save list record records log ' +
    'logs track keep register book booking bookings reserve reservation reservations buchen buchung buchungen ' +
    'reservar reserva reservas reserver room rooms raum raume sala salas salle salles stanza',
);

/** "2:05" for 125 minutes (hours padded to `digits`). */
function asClock(minutes: number, digits: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(digits, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Whole minutes and the H:MM the feature writes for them ("2:05 for 125 minutes", "90 → 1:30"). */
function statedClocks(text: string): [number, string][] {
  const pairs: [number, string][] = [];
  for (const m of text.matchAll(
    /(\d{1,2}:[0-5]\d)\D{1,12}?(\d{1,5})(?!\d|:)|(\d{1,5})(?![\d:])\D{1,14}?(\d{1,2}:[0-5]\d)/g,
  )) {
    const clock = m[1] ?? m[4];
    const minutes = Number(m[2] ?? m[3]);
    const [h, mm] = clock.split(':').map(Number);
    if (h * 60 + mm === minutes) pairs.push([minutes, clock]);
  }
  return pairs;
}

export function clockSpanDesign(languages: Language[], wrap: boolean): FunctionDesign {
  const facts: [string, string, number, string][] = [
    ['09:00', '17:30', 510, 'a working day of eight and a half hours'],
    ['08:15', '08:45', 30, 'half an hour'],
    ['12:00', '12:00', 0, 'no time at all'],
    ...(wrap
      ? ([['22:00', '06:00', 480, 'a night shift past midnight']] as [string, string, number, string][])
      : []),
    ['00:00', '23:59', 1439, 'the whole day but a minute'],
  ];
  return {
    function: CLOCK_SPAN_CODE.id,
    method: 'POST',
    path: '/time/span',
    summary:
      'Counts the minutes from a start clock time to an end clock time, both HH:MM on a 24-hour clock (00:00 to ' +
      `23:59): 09:00 to 17:30 is 510 minutes. ${
        wrap
          ? 'An end before the start is on the next day (past midnight): 22:00 to 06:00 is 480 minutes.'
          : 'An end before the start is refused with 400.'
      } A clock time that is not one (25:00, 12:60, "7.30") is refused with 400.` +
      glossIn(SPAN_GLOSS, languages),
    options: { wrap },
    inputs: [
      { param: 'start', field: stringField('start', 'Start clock time, HH:MM (24 hours)', '09:00') },
      { param: 'end', field: stringField('end', 'End clock time, HH:MM (24 hours)', '17:30') },
    ],
    outputs: [
      { result: 'minutes', field: 'minutes', description: 'Minutes from start to end', example: 510 },
    ],
    examples: facts.map(([start, end, minutes, note]) => ({
      description: `From ${start} to ${end} is ${minutes} minutes (${note}).`,
      input: { start, end },
      output: { minutes },
    })),
    refusals: [
      {
        description: 'A start of 25:00 is not a clock time and is refused.',
        input: { start: '25:00', end: '10:00' },
      },
      {
        description: 'An end of 12:60 is not a clock time and is refused.',
        input: { start: '09:00', end: '12:60' },
      },
      ...(wrap
        ? []
        : [
            {
              description: 'An end (08:00) before the start (17:00) is refused.',
              input: { start: '17:00', end: '08:00' },
            },
          ]),
    ],
  };
}

export function minutesClockDesign(languages: Language[], digits: number, text: string): FunctionDesign {
  const stated = statedClocks(text).filter(([, clock]) => clock.split(':')[0].length >= digits);
  const facts: [number, string][] = [
    ...stated.map(([m]): [number, string] => [m, 'as the feature writes']),
    [125, 'two hours and five minutes'],
    [59, 'less than an hour'],
    [0, 'nothing'],
    [1500, 'the hours keep counting past 24'],
  ].filter(([m], i, all) => all.findIndex(([n]) => n === m) === i) as [number, string][];
  const p = digits === 2 ? 'HH:MM' : 'H:MM';
  return {
    function: MINUTES_CLOCK_CODE.id,
    method: 'POST',
    path: '/duration/minutes-clock',
    summary:
      `Writes a number of whole minutes as hours and minutes ${p} (60 minutes to the hour, minutes 00-59 in two ` +
      `digits, the hours counting on past 24): 125 minutes is ${asClock(125, digits)}. A negative or ` +
      'non-whole number of minutes is refused with 400.' +
      glossIn(CLOCK_GLOSS, languages),
    options: { hourDigits: digits },
    inputs: [
      { param: 'minutes', field: integerField('minutes', 'The duration in whole minutes, 0 or more', 125) },
    ],
    outputs: [
      {
        result: 'duration',
        field: 'duration',
        description: `The minutes as hours and minutes, ${p}`,
        example: asClock(125, digits),
      },
    ],
    examples: facts.map(([minutes, note]) => ({
      description: `${minutes} minutes is ${asClock(minutes, digits)} (${note}).`,
      input: { minutes },
      output: { duration: asClock(minutes, digits) },
    })),
    refusals: [{ description: 'A negative duration (-5 minutes) is refused.', input: { minutes: -5 } }],
  };
}

/** A break "in minutes" (the break's unit, not the answer's): taken out before reading what is answered. */
const BREAK_IN_MINUTES =
  /\b(?:break|breaks|pause|pausen|pausa|pausas|intervalo|descanso)\b(?:\s+[^\s,;.]+){0,3}?\s+(?:in|en|em|im)\s+(?:minutes|minuten|minutos|minuti)\b|\bbreak[ _]minutes\b|\b\d+\s*min(?:utes?)?\s+(?:break|pause)\b|\bminutes? (?:of )?break\b/g;

/** What a worked-hours feature answers (hours and/or minutes) and how it rounds. */
function workedRead(text: string, wrap: boolean, breaks: BreakRules | null): WorkedRead {
  const rest = foldText(text).replace(BREAK_IN_MINUTES, ' ');
  const minutes = /\b(?:minutes|minuten|minutos|minuti)\b/.test(rest);
  const hours = /\b(?:hours?|stunden|horas|heures|ore|decimal\w*|dezimal\w*)\b/.test(rest);
  const times = [...text.matchAll(/(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/g)].map((m) => m[0]);
  return {
    wrap,
    decimals: decimalsIn(text) ?? 2,
    hours: hours || !minutes,
    minutes,
    breaks,
    ...(times.length === 2 ? { stated: [times[0], times[1]] as [string, string] } : {}),
  };
}

/** Whether a list in parentheses or after "like"/"e.g." holds a valid clock time ("(23:30, 12:60)"). */
function listsClockTime(t: string): boolean {
  const lists = [
    ...t.matchAll(/\(([^)]*)\)|\b(?:like|such as|e\.\s?g\.|z\.\s?b\.|wie|como|comme|come)\b([^.;]*)/g),
  ];
  return lists.some((m) =>
    [...(m[1] ?? m[2] ?? '').matchAll(/(?<![\d:])(\d{1,2}):(\d\d)(?![\d:])/g)].some(
      (c) => Number(c[1]) <= 23 && Number(c[2]) <= 59,
    ),
  );
}

export const CLOCK_TIMES: CatalogFamily = {
  name: 'clock-times',
  functions: [CLOCK_SPAN_CODE, MINUTES_CLOCK_CODE, WORKED_HOURS_CODE],
  recognise(text: string, words: string[]): Recognised {
    const t = foldText(text);
    if (SECONDS_CLOCK.test(t) || hasAny(words, OTHER)) return null;
    const breaks = hasAny(words, BREAK_WORDS) ? readBreakRules(text) : null;
    // "A break longer than the shift is refused", "una pausa más larga que el turno": the hours worked's refusal.
    if (hasAny(words, BREAK_WORDS) && refuses(words) && !breaks && LONGER_THAN_SHIFT.test(t))
      return { constraint: workedRefusal() };
    // A break taken off a shift's time: the hours worked ("start and end as HH:MM and a break in minutes").
    const ends = hasAny(words, START_END) || hasAny(words, SHIFT_ENDS);
    if (hasAny(words, BREAK_WORDS) && (MINUTES_CLOCK.test(t) || ends)) {
      const languages = languagesOf(words);
      // "Hours worked …; an end before the start is refused" asks for the hours with the refusal they make.
      const worked = hasAny(
        words,
        HOURS_WORDS.filter((w) => w !== 'hours' && w !== 'hour'),
      );
      if (refuses(words) && !breaks && !(worked && !WRAP.test(t))) return { constraint: workedRefusal() };
      // "…runs past midnight" is a rule of the hours worked, unless the feature writes the route that answers them.
      if (WRAP.test(t) && !worked && !(SPELLED_ROUTE.test(text) && hasAny(words, HOURS_WORDS)))
        return { constraint: workedWrap(languages) };
      if (hasAny(words, HOURS_WORDS))
        return { design: workedHoursDesign(languages, workedRead(text, WRAP.test(t), breaks)) };
      if (breaks) return { constraint: workedBreaks(languages, breaks) };
      if (WRAP.test(t)) return { constraint: workedWrap(languages) };
      return null;
    }
    // "Over 6 hours of work need at least 30 minutes break, over 9 hours 45": a rule on the hours worked.
    if (breaks) return { constraint: workedBreaks(languagesOf(words), breaks) };
    // "A shift that ends before it starts runs past midnight", beside the span: the span wraps.
    if (WRAP.test(t) && hasAny(words, START_END) && !hasAny(words, SPAN_ASK)) {
      const languages = languagesOf(words);
      // Said of a shift, it is the hours worked's as well, when they are what the intent computes.
      return {
        constraint: {
          function: CLOCK_SPAN_CODE.id,
          functions: [WORKED_HOURS_CODE.id],
          refusals: () => [],
          refine: (d) =>
            d.function === WORKED_HOURS_CODE.id
              ? reworked(d, languages, { wrap: true })
              : clockSpanDesign(languages, true),
        },
      };
    }
    const clockTimes =
      MINUTES_CLOCK.test(t) || hasAny(words, CLOCK_WORDS) || /\btimes? of (?:the )?day\b/.test(t);
    if (!clockTimes) return null;
    const languages = languagesOf(words);
    if (hasAny(words, START_END) && hasAny(words, SPAN_ASK)) {
      const wrap = WRAP.test(t);
      // "An end before the start is refused" is what the span does without a wrap.
      if (!wrap && /\bmidnight\b|\bmitternacht\b/.test(t)) return null;
      return { design: clockSpanDesign(languages, wrap) };
    }
    // "Clock times that are not valid HH:MM are refused": the span's own refusals are its examples.
    if (
      refuses(words) &&
      (/\bh{1,2}:mm\b/.test(t) || hasAny(words, CLOCK_WORDS)) &&
      !hasAny(words, NEGATIVE)
    ) {
      const written = [...t.matchAll(/(?<![\d:])(\d{1,2}):(\d\d)(?![\d:])/g)]
        .filter((m) => Number(m[1]) > 23 || Number(m[2]) > 59)
        .map((m) => ({
          description: `${m[0]}, as the feature writes, is not a clock time and is refused.`,
          input: { start: m[0], end: '10:00' },
        }));
      // Said of a shift's hours worked as well: the same times refused, with no break.
      // Quoting the line: the refusal is the one it asks for, in its words.
      const said = asSaid(text);
      // Sent as the end after 00:00: read as a time, it would be answered (as the start, an end before it is refused).
      const worked = written.map((r) => ({
        description: `An end of ${String(r.input.start)} is not a clock time and is refused ("${said}").`,
        input: { start: '00:00', end: r.input.start, break_minutes: 0 },
      }));
      const ownWorked = (d: FunctionDesign) =>
        d.refusals
          .filter((r) => /not a clock time/.test(r.description))
          .map((r) => ({ ...r, description: `${r.description.replace(/\.$/, '')} ("${said}").` }));
      return {
        constraint: {
          function: CLOCK_SPAN_CODE.id,
          functions: [WORKED_HOURS_CODE.id],
          refusals: (d) =>
            d.function === WORKED_HOURS_CODE.id
              ? worked.length > 0
                ? worked
                : ownWorked(d)
              : written.length > 0
                ? written
                : d.refusals,
          // "(23:30, 12:60)": a listed time that is a clock time is not refused by either: the line does not hold.
          fits: () => !listsClockTime(t),
        },
      };
    }
    if (
      hasAny(words, MINUTE_WORDS) &&
      MINUTES_CLOCK.test(t) &&
      hasAny(words, FORMAT_VERBS) &&
      !refuses(words)
    ) {
      return { design: minutesClockDesign(languages, /\bhh:mm\b/.test(t) ? 2 : 1, text) };
    }
    return null;
  },
};
