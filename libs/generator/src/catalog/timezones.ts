import { zoneHelpersSource } from './zone-code';
import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { givesMomentInUtc } from '@sf/service-spec';
import { glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';
import { foldText } from './checks-shared';
import { answeredToMinute, asksOffsetForm, zoneRule } from './timezones-dst';
import { zoneRefusal } from './timezones-refusals';
import { asksSeveralZones, MANY_ZONES_CODE, manyZonesDesign } from './timezones-many';
import { asksZoneOffset, offsetDesign, TIMEZONE_OFFSET_CODE } from './timezones-offset';

/*
 * Wall-clock times between IANA time zones through `Intl` (the tz database Node carries): a local date-time in
 * one zone, the same instant's local date-time and UTC offset in another. Daylight saving is the database's: a
 * local time the clocks skip (02:30 on the spring-forward night) is refused, one they pass twice (the
 * fall-back night) is read as its earlier instant. Unknown zones and malformed times are refused. Recognised
 * from the words for time zones in six languages, or two zone names written out (Europe/Berlin), with a
 * conversion; a feature that only says what to refuse constrains the conversion.
 */

export const TIMEZONE_CODE: FunctionCode = {
  id: 'timezone.convert',
  exportName: 'convertTimeZone',
  source: `const LOCAL_TIME = /^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(Z)?$/;

${zoneHelpersSource('zoneNamed', 'wallClock')}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** \`ms\` (a wall clock as UTC) written YYYY-MM-DDTHH:MM:SS. */
function written(ms: number): string {
  const d = new Date(ms);
  return String(d.getUTCFullYear()).padStart(4, '0') + '-' + two(d.getUTCMonth() + 1) + '-' + two(d.getUTCDate()) +
    'T' + two(d.getUTCHours()) + ':' + two(d.getUTCMinutes()) + ':' + two(d.getUTCSeconds());
}

/** An offset in milliseconds written ±HH:MM. */
function offsetText(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60000);
  return (ms < 0 ? '-' : '+') + two(Math.floor(minutes / 60)) + ':' + two(minutes % 60);
}

/** timezone.convert: local date-time \`time\` in zone \`from\` as the local date-time and offset in zone \`to\`. */
export const convertTimeZone: CatalogFunction = (input, options) => {
  // A fixed source zone (option \`from\`, e.g. UTC) when the request names only the zone to convert to.
  const from = zoneNamed(input.from ?? options.from);
  const to = zoneNamed(input.to);
  const problems: string[] = [];
  if (from === null) problems.push('from ' + JSON.stringify(input.from ?? options.from) + ' is not a time zone of the tz database (e.g. Europe/Berlin, America/New_York, UTC)');
  if (to === null) problems.push('to ' + JSON.stringify(input.to) + ' is not a time zone of the tz database (e.g. Europe/Berlin, America/New_York, UTC)');
  const m = typeof input.time === 'string' ? LOCAL_TIME.exec(input.time.trim()) : null;
  if (m === null) problems.push('time must be a local date-time YYYY-MM-DDTHH:MM[:SS], e.g. 2024-07-15T09:30');
  if (from === null || to === null || m === null) return { ok: false, problems };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((x) => Number(x ?? 0));
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  const wall = local.getTime();
  if (written(wall) !== m[1] + '-' + m[2] + '-' + m[3] + 'T' + m[4] + ':' + m[5] + ':' + (m[6] ?? '00')) {
    return { ok: false, problems: ['time ' + JSON.stringify(input.time) + ' is not a date and time of day that exists'] };
  }
  if (m[7] === 'Z' && wallClock(wall, from) !== wall) {
    return { ok: false, problems: ['a time ending in Z is UTC; its zone "from" must be UTC, not ' + from] };
  }
  // The instants whose wall clock in \`from\` is this time: one, none (skipped by the clocks) or two (repeated).
  const offsets = new Set([wallClock(wall - 86400000, from) - (wall - 86400000), wallClock(wall + 86400000, from) - (wall + 86400000)]);
  const instants = [...offsets].map((offset) => wall - offset).filter((ms) => wallClock(ms, from) === wall);
  if (instants.length === 0) {
    return { ok: false, problems: ['time ' + written(wall) + ' does not exist in ' + from + ': the clocks skip it when daylight saving time starts'] };
  }
  const instant = Math.min(...instants);
  const there = wallClock(instant, to);
  // Option \`offsetForm\`: the time written in ISO 8601 with its UTC offset (2024-07-04T15:00:00+02:00); option
  // \`minutes\`: to the minute (2024-07-04T15:00).
  const offset = offsetText(there - instant);
  const shown = options.minutes === true ? written(there).slice(0, 16) : written(there);
  return { ok: true, value: { time: shown + (options.offsetForm === true ? offset : ''), offset, zone: to } };
};`,
};

/** Conversions written out from the tz database's rules (standard and summer time), not computed by the code. */
const FACTS: { time: string; from: string; to: string; answer: string; offset: string; why: string }[] = [
  {
    time: '2024-07-04T09:00:00',
    from: 'America/New_York',
    to: 'Europe/Paris',
    answer: '2024-07-04T15:00:00',
    offset: '+02:00',
    why: 'New York is on EDT (UTC-4) and Paris on CEST (UTC+2) in July',
  },
  {
    time: '2024-01-15T12:00:00',
    from: 'UTC',
    to: 'Europe/Berlin',
    answer: '2024-01-15T13:00:00',
    offset: '+01:00',
    why: 'Berlin keeps CET (UTC+1) in winter',
  },
  {
    time: '2024-12-31T23:30:00',
    from: 'America/Los_Angeles',
    to: 'UTC',
    answer: '2025-01-01T07:30:00',
    offset: '+00:00',
    why: 'Los Angeles is on PST (UTC-8), so the new year has begun in UTC',
  },
  {
    time: '2024-06-01T00:00:00',
    from: 'UTC',
    to: 'Asia/Kolkata',
    answer: '2024-06-01T05:30:00',
    offset: '+05:30',
    why: 'India Standard Time is UTC+5:30 all year',
  },
];

/** Times the conversion must refuse, in the domain's words. */
function refusalsOf(languages: Language[] = []): Refusal[] {
  return [
    zoneRefusal(
      'zone',
      'An unknown zone: Mars/Olympus_Mons is not a time zone of the tz database and is refused.',
      { time: '2024-07-04T09:00:00', from: 'Mars/Olympus_Mons', to: 'UTC' },
      languages,
    ),
    zoneRefusal(
      'time',
      'An impossible local time: 2024-03-31T02:30 does not exist in Europe/Berlin (clocks jump from 02:00 to 03:00 that night) and is refused.',
      { time: '2024-03-31T02:30:00', from: 'Europe/Berlin', to: 'UTC' },
      languages,
    ),
    zoneRefusal(
      'date',
      'An impossible date: February 30th is not a date and is refused.',
      { time: '2024-02-30T10:00:00', from: 'UTC', to: 'Asia/Tokyo' },
      languages,
    ),
    zoneRefusal(
      'missing',
      'A missing parameter: a request without the zone to convert to (to) is refused, naming it.',
      { time: '2024-07-04T09:00:00', from: 'UTC' },
      languages,
    ),
  ];
}

/** The conversion in the feature's language, so its words are the service's too. */
const CONVERT_GLOSS: Partial<Record<Language, string>> = {
  de: ' Rechnet eine Uhrzeit (einen Zeitpunkt, Datum und Uhrzeit) von einer Zeitzone in eine andere Zeitzone um, mit Sommerzeit.',
  es: ' Convierte una hora (fecha y hora) de una zona horaria a otra zona horaria, con horario de verano.',
  fr: " Convertit une heure (date et heure) d'un fuseau horaire à un autre fuseau horaire, heure d'été comprise.",
  it: " Converte un orario (data e ora) da un fuso orario a un altro fuso orario, con l'ora legale.",
  pt: ' Converte um horário (data e hora) de um fuso horário para outro fuso horário, com horário de verão.',
};

function design(languages: Language[]): FunctionDesign {
  const examples: WorkedExample[] = FACTS.map((f) => ({
    description: `${f.time} in ${f.from} is ${f.answer} in ${f.to} (${f.why}).`,
    input: { time: f.time, from: f.from, to: f.to },
    output: { time: f.answer, offset: f.offset },
  }));
  return {
    function: TIMEZONE_CODE.id,
    method: 'POST',
    path: '/timezones/convert',
    summary:
      'Converts a local date-time (ISO 8601, YYYY-MM-DDTHH:MM[:SS]) from one IANA time zone to another with the tz database (daylight saving time included) and answers the local time there with its UTC offset; an unknown time zone, a malformed time or a local time the clocks skip is refused with 400.' +
      glossIn(CONVERT_GLOSS, languages),
    inputs: [
      {
        param: 'time',
        field: stringField('time', 'Local date-time in the from zone, YYYY-MM-DDTHH:MM[:SS]', FACTS[0].time),
      },
      {
        param: 'from',
        field: stringField('from', 'IANA time zone of time, e.g. America/New_York', FACTS[0].from),
      },
      {
        param: 'to',
        field: stringField('to', 'IANA time zone to convert to, e.g. Europe/Paris', FACTS[0].to),
      },
    ],
    outputs: [
      {
        result: 'time',
        field: 'time',
        description: 'The same instant as local time in to',
        example: FACTS[0].answer,
      },
      {
        result: 'offset',
        field: 'offset',
        description: 'UTC offset of to at that instant, ±HH:MM',
        example: FACTS[0].offset,
      },
      {
        result: 'zone',
        field: 'zone',
        description: 'The zone converted to, as given',
        example: FACTS[0].to,
        repeats: 'to',
      },
    ],
    examples,
    refusals: refusalsOf(languages),
    minuteForm: answeredToMinute,
  };
}

/** Moments given in UTC (the "Z" is optional) and the local time they are in one zone. */
const UTC_FACTS = [
  {
    time: '2024-01-15T12:00:00Z',
    to: 'Europe/Berlin',
    answer: '2024-01-15T13:00:00',
    offset: '+01:00',
    why: 'Berlin keeps CET (UTC+1) in winter',
  },
  {
    time: '2024-07-01T12:00:00Z',
    to: 'Europe/Berlin',
    answer: '2024-07-01T14:00:00',
    offset: '+02:00',
    why: 'Berlin is on CEST (UTC+2) in summer',
  },
  {
    time: '2024-01-15T23:30:00Z',
    to: 'Asia/Tokyo',
    answer: '2024-01-16T08:30:00',
    offset: '+09:00',
    why: 'Tokyo is UTC+9 all year, so it is already the next morning there',
  },
  {
    time: '2024-06-01T00:00:00',
    to: 'Asia/Kolkata',
    answer: '2024-06-01T05:30:00',
    offset: '+05:30',
    why: 'India Standard Time is UTC+5:30 all year',
  },
];

/** The same conversion with the source zone fixed to UTC: a moment in UTC and the one zone whose local time is asked. */
function utcDesign(languages: Language[]): FunctionDesign {
  return {
    function: TIMEZONE_CODE.id,
    method: 'POST',
    path: '/timezones/local',
    summary:
      "Tells the local time in an IANA time zone of a moment given in UTC (ISO 8601, YYYY-MM-DDTHH:MM[:SS] with or without Z), with the tz database (daylight saving time included), and the zone's UTC offset at that moment; an unknown time zone or a malformed time is refused with 400." +
      glossIn(LOCAL_GLOSS, languages),
    inputs: [
      {
        param: 'time',
        field: stringField(
          'time',
          'The moment in UTC, YYYY-MM-DDTHH:MM[:SS] with or without a trailing Z',
          UTC_FACTS[0].time,
        ),
      },
      {
        param: 'to',
        field: stringField(
          'zone',
          'IANA time zone whose local time is asked, e.g. Europe/Berlin',
          UTC_FACTS[0].to,
        ),
      },
    ],
    outputs: [
      {
        result: 'time',
        field: 'time',
        description: 'The local date-time in zone at that moment',
        example: UTC_FACTS[0].answer,
      },
      {
        result: 'offset',
        field: 'offset',
        description: 'UTC offset of zone at that moment, ±HH:MM',
        example: UTC_FACTS[0].offset,
      },
      {
        result: 'zone',
        field: 'zone',
        description: 'The zone, as given',
        example: UTC_FACTS[0].to,
        repeats: 'to',
      },
    ],
    options: { from: 'UTC' },
    minuteForm: answeredToMinute,
    examples: UTC_FACTS.map((f) => ({
      description: `${f.time} UTC is ${f.answer} local time in ${f.to} (${f.why}).`,
      input: { time: f.time, zone: f.to },
      output: { time: f.answer, offset: f.offset },
    })),
    refusals: [
      {
        description: 'Mars/Olympus_Mons is not a time zone and is refused.',
        input: { time: '2024-07-04T09:00:00Z', zone: 'Mars/Olympus_Mons' },
      },
      {
        description: 'February 30th is not a date and is refused.',
        input: { time: '2024-02-30T10:00:00Z', zone: 'Asia/Tokyo' },
      },
    ],
  };
}

const LOCAL_GLOSS: Partial<Record<Language, string>> = {
  de: ' Sagt die Ortszeit (Uhrzeit) in einer Zeitzone zu einem Zeitpunkt in UTC, mit Sommerzeit.',
  es: ' Da la hora local en una zona horaria de un momento en UTC, con horario de verano.',
  fr: " Donne l'heure locale dans un fuseau horaire d'un instant en UTC, heure d'été comprise.",
  it: " Dà l'ora locale in un fuso orario di un istante in UTC, con l'ora legale.",
  pt: ' Dá a hora local num fuso horário de um instante em UTC, com horário de verão.',
};

/** "time zone" in the six languages, folded (two-word forms are matched as pairs). */
const ZONE_WORDS = ['timezone', 'timezones', 'zeitzone', 'zeitzonen', 'tz', 'iana'];
const ZONE_PAIRS: [string, string][] = [
  ['time', 'zone'],
  ['time', 'zones'],
  ['zona', 'horaria'],
  ['zonas', 'horarias'],
  ['huso', 'horario'],
  ['husos', 'horarios'],
  ['fuseau', 'horaire'],
  ['fuseaux', 'horaires'],
  ['fuso', 'orario'],
  ['fusi', 'orari'],
  ['fuso', 'horario'],
  ['fusos', 'horarios'],
];
/** A zone without "time", in the languages intents are written in (folded). */
const ZONES_ALONE = [
  'zone',
  'zones',
  'zona',
  'zonas',
  'fuseau',
  'fuseaux',
  'fuso',
  'fusi',
  'fusos',
  'huso',
  'husos',
];
const CONVERT_WORDS = [
  ...[
    'convert',
    'converts',
    'converting',
    'conversion',
    'translate',
    'translates',
    'shift',
    'express',
    'map',
  ],
  ...['umrechnen', 'umwandeln', 'konvertieren', 'umrechnung', 'rechnet', 'ubersetzen'],
  ...['convertir', 'convierte', 'conversion', 'pasar', 'traducir'],
  ...['convertit', 'convertis', 'traduire'],
  ...['convertire', 'converti', 'conversione', 'converter', 'converte', 'conversao'],
];
/** Words of the time it is somewhere, in the languages intents are written in (folded). */
const LOCAL_TIME_WORDS = [
  ...['local', 'wall', 'clock'],
  ...['ortszeit', 'uhrzeit', 'lokale', 'lokalzeit'],
  ...['hora', 'horas'],
  ...['heure', 'heures', 'locale'],
  ...['ora', 'orario', 'locale'],
];
/** A zone name written out: Area/Location (Europe/Berlin, America/Argentina/Buenos_Aires). */
const ZONE_NAME =
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_]+/g;

export const TIMEZONES: CatalogFamily = {
  name: 'timezones',
  functions: [TIMEZONE_CODE, TIMEZONE_OFFSET_CODE, MANY_ZONES_CODE],
  recognise(text: string, words: string[]): Recognised {
    // "summer time has to be handled properly", "answered in ISO 8601 with the offset": said of the conversion.
    const rule = zoneRule(foldText(text), TIMEZONE_CODE.id, languagesOf(words));
    // Two zone names written out side by side already ask what one's time is in the other.
    const named = (text.match(ZONE_NAME) ?? []).length >= 2;
    // "an unknown zone, a missing parameter or an impossible time → 400": a zone refused is a time zone's, when an
    // intent converts between zones at all (a constraint joins only a conversion another feature asks for).
    const aboutZones =
      named ||
      hasAny(words, ZONE_WORDS) ||
      ZONE_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b)) ||
      (refuses(words) && hasAny(words, ZONES_ALONE));
    // A zone's UTC offset on a date ("GET /offset?zone=…&date=…", "den Abstand zu UTC an einem Datum"): its own
    // computation, unless the feature converts between zones or only says what to refuse.
    const converts =
      named || hasAny(words, CONVERT_WORDS) || (words.includes('from') && words.includes('to'));
    const onlyRefuses = refuses(words) && !/\b(?:get|post)\s+\//i.test(text);
    // One time shown in several zones at once (timezones-many.ts): its own computation, never one zone's.
    if (aboutZones && !onlyRefuses && asksSeveralZones(foldText(text)))
      return { design: manyZonesDesign(languagesOf(words)) };
    if (
      (aboutZones || hasAny(words, ZONES_ALONE)) &&
      !onlyRefuses &&
      asksZoneOffset(words, converts, asksOffsetForm(foldText(text)))
    )
      return { design: offsetDesign(languagesOf(words)) };
    if (!aboutZones) return rule ? { constraint: rule } : null;
    // "the local time in another zone", "la hora en otra zona horaria": telling the time there converts to it.
    const tellsTime = !refuses(words) && hasAny(words, LOCAL_TIME_WORDS);
    const converting =
      named || tellsTime || hasAny(words, CONVERT_WORDS) || (words.includes('from') && words.includes('to'));
    if (refuses(words) && !converting)
      return {
        constraint: {
          function: TIMEZONE_CODE.id,
          functions: [TIMEZONE_OFFSET_CODE.id, MANY_ZONES_CODE.id],
          // A zone converted to from UTC is refused in the fields that design reads; a zone's offset in its own.
          refusals: (d) =>
            d.function !== TIMEZONE_CODE.id
              ? d.refusals
              : d.options?.from === 'UTC'
                ? d.refusals.slice(0, 1)
                : refusalsOf(languagesOf(words)),
        },
      };
    if (!converting) return rule ? { constraint: rule } : null;
    const made = givesMomentInUtc(text) ? utcDesign(languagesOf(words)) : design(languagesOf(words));
    return { design: rule?.refine ? rule.refine(made) : made };
  },
};
