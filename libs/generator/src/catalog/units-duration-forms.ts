import { integerField, stringField, type FunctionDesign, type WorkedExample } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { DURATION_FORMAT_CODE, DURATION_PARSE_CODE } from './units-code';
import type { Token } from './units-read';

/*
 * Durations written with unit letters ("1h 2m 3s") or in ISO 8601 ("PT1H2M3S"), both ways. Recognised where the
 * feature writes one (two or more number-letter parts in the order h, m, s; "PT…"; "ISO 8601" beside a duration
 * word); the same functions as H:MM:SS with a `style` option. The examples are written out by hand.
 */

export type DurationStyle = 'units' | 'iso';

/** Durations written out by hand: seconds, "1h 2m 3s" and ISO 8601 (zero parts left out, hours past 24 kept). */
const FORMS: { seconds: number; units: string; iso: string; note: string }[] = [
  { seconds: 3723, units: '1h 2m 3s', iso: 'PT1H2M3S', note: 'one hour, two minutes and three seconds' },
  { seconds: 5400, units: '1h 30m', iso: 'PT1H30M', note: 'no seconds part when there are none' },
  { seconds: 59, units: '59s', iso: 'PT59S', note: 'less than a minute' },
  { seconds: 90000, units: '25h', iso: 'PT25H', note: 'the hours keep counting past 24' },
  { seconds: 0, units: '0s', iso: 'PT0S', note: 'nothing at all' },
];

/** The ISO 8601 parts a feature writes ("PT2H", "P1DT30M") read by hand: days of 24 h, hours, minutes, seconds. */
function isoSeconds(text: string): number | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (!m || m.slice(1).every((p) => p === undefined)) return null;
  const [d, h, min, s] = m.slice(1).map((p) => Number(p ?? 0));
  return d * 86400 + h * 3600 + min * 60 + s;
}

/** "1h 2m 3s" written as a feature writes it, read by hand. */
function unitSeconds(text: string): number | null {
  const m = /^(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$/.exec(text.trim());
  if (!m || m.slice(1).every((p) => p === undefined)) return null;
  const [h, min, s] = m.slice(1).map((p) => Number(p ?? 0));
  return h * 3600 + min * 60 + s;
}

/** Seconds written in the style, by hand: each non-zero part with its letter. */
function written(seconds: number, style: DurationStyle): string {
  const parts = [
    [Math.floor(seconds / 3600), 'h'],
    [Math.floor((seconds % 3600) / 60), 'm'],
    [seconds % 60, 's'],
  ].filter(([n]) => Number(n) > 0);
  if (style === 'units') return parts.length === 0 ? '0s' : parts.map(([n, l]) => `${n}${l}`).join(' ');
  return `PT${parts.length === 0 ? '0S' : parts.map(([n, l]) => `${n}${String(l).toUpperCase()}`).join('')}`;
}

/** The durations the feature writes in the style (or as seconds "like 5400"), first among the examples. */
function examplesOf(text: string, style: DurationStyle): { seconds: number; text: string; note: string }[] {
  const own: number[] = [];
  const pattern =
    style === 'iso'
      ? /\bP(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?\b/g
      : /\b\d+h(?:\s*\d+m)?(?:\s*\d+s)?\b|\b\d+m\s*\d+s\b/g;
  for (const m of text.matchAll(pattern)) {
    const seconds = style === 'iso' ? isoSeconds(m[0]) : unitSeconds(m[0]);
    if (seconds !== null) own.push(seconds);
  }
  for (const m of text.matchAll(
    /(?<![\w.,:])(\d{1,6})\s*(?:->|→|=|s\b|secs?\b|seconds?\b|sekunden\b|segundos\b|secondes\b|secondi\b)/gi,
  ))
    own.push(Number(m[1]));
  const rows = [
    ...own.map((seconds) => ({ seconds, text: written(seconds, style), note: "the feature's own example" })),
    ...FORMS.map((f) => ({ seconds: f.seconds, text: style === 'iso' ? f.iso : f.units, note: f.note })),
  ];
  return rows.filter((r, i) => rows.findIndex((x) => x.seconds === r.seconds) === i).slice(0, FORMS.length);
}

const NAME: Record<DurationStyle, string> = {
  units: 'with unit letters like "1h 2m 3s"',
  iso: 'in ISO 8601 like "PT1H2M3S"',
};

/** Hours, minutes and seconds in the feature's languages (every duration design). */
export const DURATION_GLOSS: Partial<Record<Language, string>> = {
  de: ' Dauer in Stunden, Minuten und Sekunden.',
  es: ' Duración en horas, minutos y segundos.',
  fr: ' Durée en heures, minutes et secondes.',
  it: ' Durata in ore, minuti e secondi.',
  pt: ' Duração em horas, minutos e segundos.',
};

/**
 * A duration with unit letters is a text whose zero parts are not written, said in the feature's languages (the
 * rule users state in their own words: "le parti a zero non si scrivono").
 */
const UNITS_FORMAT_GLOSS: Partial<Record<Language, string>> = {
  de: ' Die Dauer als Text wie "1h 2m 3s"; Teile, die null sind, werden nicht geschrieben.',
  es: ' La duración como texto tipo "1h 2m 3s"; las partes a cero no se escriben.',
  fr: ' La durée en texte comme "1h 2m 3s" ; les parties à zéro ne sont pas écrites.',
  it: ' La durata come testo tipo "1h 2m 3s"; le parti a zero non si scrivono.',
  pt: ' A duração como texto tipo "1h 2m 3s"; as partes a zero não se escrevem.',
};

/** The other way: a text with unit letters read back as its number of seconds, in the feature's languages. */
const UNITS_PARSE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Aus einem Text wie "1h 30m" die Zahl der Sekunden.',
  es: ' De un texto como "1h 30m" al número de segundos.',
  fr: ' D’un texte comme "1h 30m" au nombre de secondes.',
  it: ' Da un testo come "1h 30m" al numero di secondi.',
  pt: ' De um texto como "1h 30m" ao número de segundos.',
};

/** A feature that names the written duration a text ("into text like "1h 2m 5s"", "al testo tipo …"). */
const NAMED_TEXT = /\b(?:text|testo|texto|texte)\b/i;

export function formatFormDesign(style: DurationStyle, languages: Language[], text: string): FunctionDesign {
  const rows = examplesOf(text, style);
  // The answer is named as the feature names it: a text, else the duration.
  const field = style === 'units' && NAMED_TEXT.test(text) ? 'text' : 'duration';
  const isoNote =
    style === 'iso' ? ' (PT0S for none; the hours are not folded into days)' : ' ("0s" for none)';
  return {
    function: DURATION_FORMAT_CODE.id,
    method: 'POST',
    path: '/duration/format',
    summary:
      `Formats a duration given in whole seconds ${NAME[style]}: hours (3600 seconds), minutes (60) and seconds,` +
      ` each part left out when it is zero${isoNote}; the hours keep counting past 24, so 90000 seconds is` +
      ` ${style === 'iso' ? 'PT25H' : '25h'}; the answer is a text; a negative number of seconds is refused with` +
      ' 400.' +
      glossIn(DURATION_GLOSS, languages) +
      (style === 'units' ? glossIn(UNITS_FORMAT_GLOSS, languages) : ''),
    inputs: [
      { param: 'seconds', field: integerField('seconds', 'The duration in whole seconds, 0 or more', 3723) },
    ],
    outputs: [
      {
        result: 'duration',
        field,
        description: `The duration ${NAME[style]}`,
        example: style === 'iso' ? 'PT1H2M3S' : '1h 2m 3s',
      },
    ],
    options: { style },
    examples: rows.map((r): WorkedExample => ({
      description: `${r.seconds} seconds is ${r.text} (${r.note}).`,
      input: { seconds: r.seconds },
      output: { [field]: r.text },
    })),
    refusals: [{ description: 'A negative duration (-1 seconds) is refused.', input: { seconds: -1 } }],
  };
}

export function parseFormDesign(style: DurationStyle, languages: Language[], text: string): FunctionDesign {
  const rows = [
    ...examplesOf(text, style),
    ...(style === 'iso'
      ? [{ seconds: 93600, text: 'P1DT2H', note: 'a day counted as 24 hours' }]
      : [{ seconds: 5400, text: '90m', note: 'minutes may go past 59' }]),
  ];
  const rule =
    style === 'iso'
      ? 'P, then whole days (D, 24 hours each), then T and whole hours (H), minutes (M) and seconds (S), each at' +
        ' most once and in that order; years, months, weeks and fractions are refused'
      : 'whole hours (h), minutes (m) and seconds (s), each at most once and in that order, spaces between them' +
        ' optional; any part may be left out and minutes or seconds may go past 59';
  return {
    function: DURATION_PARSE_CODE.id,
    method: 'POST',
    path: '/duration/parse',
    summary:
      `Reads a duration written as a text ${NAME[style]} (${rule}) and answers its total number of seconds;` +
      ' anything else is refused with 400.' +
      glossIn(DURATION_GLOSS, languages) +
      (style === 'units' ? glossIn(UNITS_PARSE_GLOSS, languages) : ''),
    inputs: [
      {
        param: 'duration',
        field: stringField(
          'duration',
          `The duration written ${NAME[style]}`,
          style === 'iso' ? 'PT1H2M3S' : '1h 2m 3s',
        ),
      },
    ],
    outputs: [{ result: 'seconds', field: 'seconds', description: 'The duration in seconds', example: 3723 }],
    options: { style },
    examples: rows
      .filter((r, i) => rows.findIndex((x) => x.seconds === r.seconds) === i)
      .map((r) => ({
        description: `${r.text} is ${r.seconds} seconds (${r.note}).`,
        input: { duration: r.text },
        output: { seconds: r.seconds },
      })),
    refusals:
      style === 'iso'
        ? [
            { description: '"PT" names no part and is refused.', input: { duration: 'PT' } },
            {
              description: '"P1M" is a month, whose length varies, and is refused.',
              input: { duration: 'P1M' },
            },
            { description: '"1 hour" is not ISO 8601 and is refused.', input: { duration: '1 hour' } },
          ]
        : [
            {
              description: '"2m 1h" puts the parts out of order and is refused.',
              input: { duration: '2m 1h' },
            },
            { description: '"an hour" has no number and is refused.', input: { duration: 'an hour' } },
          ],
  };
}

const LETTERS = ['h', 'm', 's'];

/**
 * Where a feature writes a duration in one of these styles: two or more parts "1h 2m", "2h 30m 5s" in the order
 * h, m, s; "PT…" / "P1D…"; or "ISO 8601" in a feature about a duration (an ISO 8601 date is none). Null when
 * it writes none.
 */
export function durationFormIn(
  tokens: Token[],
  aboutDuration: boolean,
): { start: number; end: number; style: DurationStyle } | null {
  const low = (i: number) => tokens[i]?.low ?? '';
  const iso = tokens
    .map((_, i) => i)
    .filter(
      (i) =>
        (aboutDuration && low(i) === 'iso' && low(i + 1) === '8601') ||
        (['P', 'PT'].includes(tokens[i].raw) && tokens[i + 1]?.num && tokens[i + 1].at === tokens[i].end),
    );
  if (iso.length > 0) {
    const last = iso[iso.length - 1];
    let end = last + 2;
    const joined = (k: number) => tokens[k].at === tokens[k - 1].end;
    while (end < tokens.length && (tokens[end].num || /^(d|dt|t|h|m|s)$/.test(low(end))) && joined(end))
      end++;
    return { start: iso[0], end, style: 'iso' };
  }
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    let order = -1;
    while (tokens[j]?.num && LETTERS.indexOf(low(j + 1)) > order && tokens[j + 1].at === tokens[j].end) {
      order = LETTERS.indexOf(low(j + 1));
      j += 2;
    }
    if (j - i >= 4) return { start: i, end: j, style: 'units' };
  }
  return null;
}
