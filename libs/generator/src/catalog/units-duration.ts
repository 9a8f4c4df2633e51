import {
  integerField,
  stringField,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { glossIn, languagesOf, type Language } from './feature-words';
import { DURATION_FORMAT_CODE, DURATION_PARSE_CODE } from './units-code';
import { DURATION_GLOSS, durationFormIn, formatFormDesign, parseFormDesign } from './units-duration-forms';
import { fromPartsDesign, toPartsDesign } from './units-duration-parts';
import { mentionsIn, saysNegative, saysRefuse, type Token } from './units-read';

/*
 * Durations written H:MM:SS: whole seconds formatted (hours keep counting past 24, a negative duration is
 * refused) and H:MM:SS read back as seconds (anything malformed is refused). Recognised from the pattern
 * ("H:MM:SS", "HH:MM:SS", "1:01:05", "hours, minutes and seconds" in six languages) and where the seconds are
 * named: before it, seconds become H:MM:SS; after it, H:MM:SS becomes seconds.
 */

/** Durations, written out by hand: seconds, H:MM:SS and HH:MM:SS. */
const DURATIONS: { seconds: number; h: string; hh: string; note?: string }[] = [
  { seconds: 3665, h: '1:01:05', hh: '01:01:05', note: 'one hour, one minute and five seconds' },
  { seconds: 59, h: '0:00:59', hh: '00:00:59', note: 'less than a minute' },
  { seconds: 86399, h: '23:59:59', hh: '23:59:59', note: 'one second short of a day' },
  { seconds: 90000, h: '25:00:00', hh: '25:00:00', note: 'the hours keep counting past 24' },
];

type Duration = (typeof DURATIONS)[number];

/**
 * The durations a feature writes as a clock ("like 1:02:05"), worked out by hand (hours × 3600 + minutes × 60 +
 * seconds), first among the examples in place of the last hand-written one.
 */
function withWritten(text: string): Duration[] {
  const written: Duration[] = [];
  const clocks = [...text.matchAll(/(?<![\d:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])/g)].map(
    (m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]),
  );
  // "5000 seconds", "90000 Sekunden": whole seconds, written out as hours, minutes and seconds.
  const counts = [
    ...text.matchAll(/\b(?:like|e\.?g\.?|such as|z\.?\s?b\.?|wie|como|comme|come)\s+(\d{1,6})(?![\d.,:])/gi),
    ...text.matchAll(/(?<![\d.,:])(\d{1,6})\s*(?:s|secs?|seconds?|sekunden|segundos|secondes|secondi)\b/gi),
  ].map((m) => Number(m[1]));
  for (const seconds of [...clocks, ...counts]) {
    const h = Math.floor(seconds / 3600);
    const min = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
    const s = String(seconds % 60).padStart(2, '0');
    if (DURATIONS.some((d) => d.seconds === seconds) || written.some((d) => d.seconds === seconds)) continue;
    written.push({
      seconds,
      h: `${h}:${min}:${s}`,
      hh: `${String(h).padStart(2, '0')}:${min}:${s}`,
      note: "the feature's own example",
    });
  }
  return [...written, ...DURATIONS].slice(0, DURATIONS.length);
}

const pattern = (hourDigits: number) => (hourDigits === 2 ? 'HH:MM:SS' : 'H:MM:SS');
const clock = (d: Duration, hourDigits: number) => (hourDigits === 2 ? d.hh : d.h);

export function formatDesign(hourDigits: number, languages: Language[] = [], text = ''): FunctionDesign {
  const p = pattern(hourDigits);
  const durations = withWritten(text);
  return {
    function: DURATION_FORMAT_CODE.id,
    method: 'POST',
    path: '/duration/format',
    summary:
      `Formats a duration given in whole seconds as ${p} (hours, minutes and seconds: 3600 seconds to the hour,` +
      ` 60 to the minute, minutes and seconds 00-59 in two digits; the hours keep counting past 24, so 90000` +
      ` seconds is ${clock(DURATIONS[3], hourDigits)}); a negative number of seconds is refused with 400.` +
      glossIn(DURATION_GLOSS, languages),
    inputs: [
      { param: 'seconds', field: integerField('seconds', 'The duration in whole seconds, 0 or more', 3665) },
    ],
    outputs: [
      {
        result: 'duration',
        field: 'duration',
        description: `The duration as ${p} (hours, minutes, seconds)`,
        example: clock(DURATIONS[0], hourDigits),
      },
    ],
    options: { hourDigits },
    examples: durations.map((d) => ({
      description: `${d.seconds} seconds is ${clock(d, hourDigits)} (${d.note}).`,
      input: { seconds: d.seconds },
      output: { duration: clock(d, hourDigits) },
    })),
    refusals: [{ description: 'A negative duration (-1 seconds) is refused.', input: { seconds: -1 } }],
  };
}

export function parseDesign(hourDigits: number, languages: Language[] = [], text = ''): FunctionDesign {
  const p = pattern(hourDigits);
  const durations = withWritten(text);
  return {
    function: DURATION_PARSE_CODE.id,
    method: 'POST',
    path: '/duration/parse',
    summary:
      `Reads a duration written ${p} (hours, then minutes and seconds from 00 to 59) and answers its total number` +
      ` of seconds (hours × 3600 + minutes × 60 + seconds; hours may go past 24); a malformed duration (not` +
      ` ${p}, or 60 minutes or seconds and more) is refused with 400.` +
      glossIn(DURATION_GLOSS, languages),
    inputs: [
      {
        param: 'duration',
        field: stringField('duration', `The duration written ${p}`, clock(DURATIONS[0], hourDigits)),
      },
    ],
    outputs: [{ result: 'seconds', field: 'seconds', description: 'The duration in seconds', example: 3665 }],
    examples: durations.map((d) => ({
      description: `${clock(d, hourDigits)} is ${d.seconds} seconds (${d.note}).`,
      input: { duration: clock(d, hourDigits) },
      output: { seconds: d.seconds },
    })),
    refusals: [
      { description: '"1:75:00" is malformed (75 minutes) and is refused.', input: { duration: '1:75:00' } },
      {
        description: '"an hour" is not a duration written H:MM:SS and is refused.',
        input: { duration: 'an hour' },
      },
    ],
  };
}

/** The refusals a constraint feature adds to a duration endpoint. */
function negativeDuration(): Refusal[] {
  return [{ description: 'A negative duration (-60 seconds) is refused.', input: { seconds: -60 } }];
}
function malformedDuration(): Refusal[] {
  return [
    {
      description: '"12:5" is malformed (no seconds, one-digit minutes) and is refused.',
      input: { duration: '12:5' },
    },
  ];
}

const HOURS = ['hours', 'stunden', 'horas', 'heures', 'ore'];
const MINUTES = ['minutes', 'minuten', 'minutos', 'minuti'];
const SECONDS = ['seconds', 'secs', 'sekunden', 'segundos', 'secondes', 'secondi'];
const DURATION_WORDS = [
  ...['duration', 'durations', 'dauer', 'zeitdauer', 'duracion', 'duraciones', 'duree', 'durees', 'durata'],
  ...['durate', 'duracao', 'duracoes'],
];
const FORMAT_STEMS = [
  'format',
  'display',
  'show',
  'render',
  'pretty',
  'affich',
  'mostr',
  'anzeig',
  'darstell',
  'exib',
];
const PARSE_STEMS = ['pars', 'analiz', 'analys', 'interpret'];
const MALFORMED = [
  ...['malformed', 'invalid', 'ungultig', 'ungultige', 'invalido', 'invalida', 'invalidos', 'invalidas'],
  ...['invalide', 'invalides', 'malforme', 'malformes', 'valido', 'valida', 'wrong'],
];

interface Clock {
  start: number;
  end: number;
  hourDigits: number;
  /** The parts named as words, not joined by colons ("hours, minutes and seconds", not "hours:minutes:seconds"). */
  words?: boolean;
}

/** Where the feature writes the H:MM:SS pattern, a duration in it, or "hours, minutes and seconds". */
function clockIn(tokens: Token[]): Clock | 'other' | null {
  const low = (i: number) => tokens[i]?.low ?? '';
  for (let i = 0; i < tokens.length; i++) {
    const colons = low(i + 1) === ':' && low(i + 3) === ':';
    if (colons && ['h', 'hh'].includes(low(i)) && low(i + 2) === 'mm' && low(i + 4) === 'ss') {
      // "D:HH:MM:SS" and "HH:MM:SS.mmm" are other formats.
      if (low(i - 1) === ':' || ['mmm', 'sss', 'fff', 'ms'].includes(low(i + 5))) return 'other';
      return { start: i, end: i + 5, hourDigits: low(i).length };
    }
    if (colons && tokens[i].num && /^\d\d$/.test(low(i + 2)) && /^\d\d$/.test(low(i + 4))) {
      if (low(i - 1) === ':') return 'other';
      return { start: i, end: i + 5, hourDigits: /^0\d/.test(low(i)) ? 2 : 1 };
    }
    if (HOURS.includes(low(i))) {
      const m = [1, 2, 3].map((k) => i + k).find((j) => MINUTES.includes(low(j)));
      const s =
        m === undefined ? undefined : [1, 2, 3].map((k) => m + k).find((j) => SECONDS.includes(low(j)));
      if (m !== undefined && s !== undefined) {
        const joined = tokens.slice(i, s + 1).some((t) => t.low === ':');
        return { start: i, end: s + 1, hourDigits: 1, words: !joined };
      }
    }
  }
  return null;
}

/** "Two digits each", "due cifre", "zweistellig", or an example written "02:03:04": hours of two digits. */
const TWO_DIGITS =
  /(?<![\d:])0\d:[0-5]\d:[0-5]\d|\b(?:two|2|zwei|dos|deux|due|dois|duas) (?:digits?|ziffern|stellen|digitos|chiffres|cifre)\b|\bzweistellig\w*|\bpadded\b/i;

function padded(found: Clock | 'other' | null, text: string): Clock | 'other' | null {
  if (found === null || found === 'other' || found.hourDigits === 2) return found;
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  return TWO_DIGITS.test(folded) ? { ...found, hourDigits: 2 } : found;
}

/**
 * A text format written anywhere in the feature: a clock pattern or value ("H:MM:SS", "1:02:05"), or a word
 * naming a format, a text or a string. Beside the parts named as words, it keeps the answer a text.
 */
const TEXT_FORMAT =
  /\b(?:h{1,2}|\d{1,3}):(?:mm|\d\d)\b|\b(?:format\w*|text|texts|texte|textes|texto|textos|testo|string|strings|chaine|chaines|cadena|cadenas|stringa|zeichenkette|lesbar\w*|readable|lisible\w*|legible|leggibil\w*|legive\w*)\b/i;

/**
 * What a feature about H:MM:SS durations asks for; undefined when it is not about durations (the units are
 * read next), null when it is but no function of the family fits it.
 */
export function recogniseDuration(text: string, words: string[], tokens: Token[]): Recognised | undefined {
  const form = durationFormIn(
    tokens,
    words.some((w) => DURATION_WORDS.includes(w)),
  );
  const found = form ?? padded(clockIn(tokens), text);
  const refusal = saysRefuse(text, words);
  const stem = (stems: string[]) => tokens.some((t) => stems.some((s) => t.low.startsWith(s)));
  if (found === 'other') return null;
  if (!found) {
    const aboutDuration = words.some((w) => DURATION_WORDS.includes(w) || SECONDS.includes(w));
    if (!aboutDuration || !refusal || mentionsIn(tokens).length > 0) return undefined;
    if (saysNegative(tokens))
      return { constraint: { function: DURATION_FORMAT_CODE.id, refusals: negativeDuration } };
    if (words.some((w) => MALFORMED.includes(w)) && !words.some((w) => SECONDS.includes(w))) {
      return { constraint: { function: DURATION_PARSE_CODE.id, refusals: malformedDuration } };
    }
    return undefined;
  }
  // Beside a duration written with unit letters, every letter joined to a number is a part of one ("3600 is
  // "1h", 90 is "1m 30s""), not a metre.
  const part = (i: number) =>
    form?.style === 'units' &&
    ['h', 'm', 's'].includes(tokens[i].low) &&
    tokens[i - 1]?.num === true &&
    tokens[i].at === tokens[i - 1].end;
  if (mentionsIn(tokens, (i) => (i >= found.start && i < found.end) || part(i)).length > 0) return null;
  const clockDigits = 'hourDigits' in found ? found.hourDigits : 1;
  const seconds = (i: number) =>
    SECONDS.includes(tokens[i].low) || (tokens[i].low === 's' && tokens[i - 1]?.num);
  // "3725 seconds" beside the form is an example amount ("… into "1h 2m 5s" (for 3725 seconds)"); the seconds
  // named without a number ("from a number of seconds to …") say which way, when the feature names them.
  const bare = (i: number) => seconds(i) && !tokens[i - 1]?.num;
  const named = tokens.some((_, i) => (i < found.start || i >= found.end) && bare(i));
  const side = (i: number) => seconds(i) && (!named || bare(i));
  const before = tokens.some((_, i) => i < found.start && side(i));
  const after = tokens.some((_, i) => i >= found.end && side(i));
  const languages = languagesOf(words);
  // The parts named as words with no text format written: the parts as numbers, and back (units-duration-parts).
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '');
  if (!form && 'words' in found && found.words && !TEXT_FORMAT.test(folded)) {
    if (before && !after) return { design: toPartsDesign(languages, text) };
    if (after && !before) return { design: fromPartsDesign(languages) };
    return null;
  }
  const format = () =>
    form ? formatFormDesign(form.style, languages, text) : formatDesign(clockDigits, languages, text);
  const parse = () =>
    form ? parseFormDesign(form.style, languages, text) : parseDesign(clockDigits, languages, text);
  if (before && !after) return { design: format() };
  if (after && !before) return { design: parse() };
  if (before && after) return null;
  // Without seconds named, a verb says which way, for a duration ("format a duration as H:MM:SS").
  const aboutDuration = words.some((w) => DURATION_WORDS.includes(w));
  if (aboutDuration && stem(PARSE_STEMS)) return { design: parse() };
  if (aboutDuration && stem(FORMAT_STEMS)) return { design: format() };
  if (refusal) return { constraint: { function: DURATION_PARSE_CODE.id, refusals: malformedDuration } };
  return null;
}
