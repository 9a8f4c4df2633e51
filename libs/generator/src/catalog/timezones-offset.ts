import { zoneHelpersSource } from './zone-code';
import { stringField, type FunctionCode, type FunctionDesign, type WorkedExample } from './catalog-entry';
import { glossIn, hasAny, type Language } from './feature-words';
import { zoneRefusal } from './timezones-refusals';

/*
 * The UTC offset of an IANA time zone on a date, through `Intl` (the tz database Node carries): the offset its
 * clocks show at local noon that day (clocks change at night, so noon shows the day's offset), or at the local
 * time given with the date, and whether daylight saving time is in effect then (the offset is above the zone's
 * lower offset of that year, January's or July's). Unknown zones, dates that do not exist and local times the
 * clocks skip are refused. Recognised from a zone's offset asked for a date, with no conversion between zones.
 */

export const TIMEZONE_OFFSET_CODE: FunctionCode = {
  id: 'timezone.offset',
  exportName: 'zoneOffset',
  source: `const zoneOffsetDay = /^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?$/;
/** An instant written with its own offset (2024-07-01T00:00:00Z, …+05:30): the offset of the zone at that instant. */
const zoneOffsetInstant = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?(?:Z|[+-]\\d{2}:\\d{2})$/i;

${zoneHelpersSource('zoneOffsetZone', 'zoneOffsetWall')}

/** The offset of \`zone\` at instant \`ms\`, in milliseconds. */
function zoneOffsetAt(ms: number, zone: string): number {
  return zoneOffsetWall(ms, zone) - ms;
}

/** timezone.offset: the UTC offset of \`zone\` on \`date\` (at local noon, or at the local time given). */
export const zoneOffset: CatalogFunction = (input) => {
  const zone = zoneOffsetZone(input.zone);
  const written = typeof input.date === 'string' ? input.date.trim() : '';
  const at = zoneOffsetInstant.test(written) ? Date.parse(written) : NaN;
  const m = Number.isNaN(at) ? zoneOffsetDay.exec(written) : null;
  const problems: string[] = [];
  if (zone === null) problems.push('zone ' + JSON.stringify(input.zone) + ' is not a time zone of the tz database (e.g. Europe/Berlin, America/New_York, UTC)');
  if (m === null && Number.isNaN(at)) problems.push('date must be a date YYYY-MM-DD (or a local date-time YYYY-MM-DDTHH:MM[:SS], or an instant with Z or ±HH:MM), e.g. 2024-07-01');
  if (zone === null || (m === null && Number.isNaN(at))) return { ok: false, problems };
  if (m === null) {
    const offset = zoneOffsetAt(at, zone);
    const year = new Date(at).getUTCFullYear();
    const standard = Math.min(zoneOffsetAt(Date.UTC(year, 0, 15), zone), zoneOffsetAt(Date.UTC(year, 6, 15), zone));
    const minutes = Math.round(Math.abs(offset) / 60000);
    const text = (offset < 0 ? '-' : '+') + String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
    return { ok: true, value: { offset: text, offset_minutes: Math.round(offset / 60000), dst: offset > standard, zone } };
  }
  const timed = m[4] !== undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((x, i) => Number(x ?? (i === 3 ? 12 : 0)));
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  const wall = local.getTime();
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day ||
      local.getUTCHours() !== hour || local.getUTCMinutes() !== minute || local.getUTCSeconds() !== second) {
    return { ok: false, problems: ['date ' + JSON.stringify(input.date) + ' is not a date (and time of day) that exists'] };
  }
  // The instants whose wall clock in the zone reads this time: one, none (skipped by the clocks) or two.
  const offsets = new Set([zoneOffsetAt(wall - 86400000, zone), zoneOffsetAt(wall + 86400000, zone)]);
  const instants = [...offsets].map((offset) => wall - offset).filter((ms) => zoneOffsetWall(ms, zone) === wall);
  if (instants.length === 0) {
    return { ok: false, problems: [(timed ? 'that time' : 'that day') + ' does not exist in ' + zone + ': the clocks skip it'] };
  }
  const instant = Math.min(...instants);
  const offset = zoneOffsetAt(instant, zone);
  // Daylight saving time: above the lower of the year's January and July offsets (either hemisphere).
  const january = new Date(0);
  january.setUTCFullYear(year, 0, 15);
  const july = new Date(0);
  july.setUTCFullYear(year, 6, 15);
  const standard = Math.min(zoneOffsetAt(january.getTime(), zone), zoneOffsetAt(july.getTime(), zone));
  const minutes = Math.round(Math.abs(offset) / 60000);
  const text = (offset < 0 ? '-' : '+') + String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
  return { ok: true, value: { offset: text, offset_minutes: Math.round(offset / 60000), dst: offset > standard, zone } };
};`,
};

/** Offsets written out from the tz database's rules, not computed by the code. */
const FACTS: { zone: string; date: string; offset: string; minutes: number; dst: boolean; why: string }[] = [
  {
    zone: 'Europe/Berlin',
    date: '2024-07-01',
    offset: '+02:00',
    minutes: 120,
    dst: true,
    why: 'Berlin is on summer time (CEST) in July',
  },
  {
    zone: 'Europe/Berlin',
    date: '2024-01-15',
    offset: '+01:00',
    minutes: 60,
    dst: false,
    why: 'Berlin keeps CET in winter',
  },
  {
    zone: 'America/New_York',
    date: '2024-03-15',
    offset: '-04:00',
    minutes: -240,
    dst: true,
    why: 'New York has been on daylight saving time (EDT) since 10 March 2024',
  },
  {
    zone: 'Asia/Kolkata',
    date: '2024-06-01',
    offset: '+05:30',
    minutes: 330,
    dst: false,
    why: 'India keeps UTC+5:30 all year',
  },
  {
    zone: 'Australia/Sydney',
    date: '2024-01-15',
    offset: '+11:00',
    minutes: 660,
    dst: true,
    why: 'January is summer in Sydney: daylight saving time (AEDT)',
  },
];

/** The computation in the feature's language, so its words are the service's too. */
const OFFSET_GLOSS: Partial<Record<Language, string>> = {
  de: ' Gibt den UTC-Versatz (Abstand zu UTC) einer Zeitzone an einem Datum an, mit Sommerzeit und Winterzeit.',
  es: ' Da el desfase (diferencia) respecto a UTC de una zona horaria en una fecha, con horario de verano.',
  fr: " Donne le décalage horaire par rapport à UTC d'un fuseau horaire à une date, heure d'été comprise.",
  it: " Dà lo scostamento (differenza) da UTC di un fuso orario in una data, con l'ora legale.",
  pt: ' Dá o deslocamento (diferença) em relação a UTC de um fuso horário numa data, com horário de verão.',
};

/** The design of a zone's UTC offset on a date. */
export function offsetDesign(languages: Language[]): FunctionDesign {
  const examples: WorkedExample[] = FACTS.map((f) => ({
    description: `${f.zone} is at UTC offset ${f.offset} on ${f.date} (${f.why}).`,
    input: { zone: f.zone, date: f.date },
    output: { offset: f.offset, offset_minutes: f.minutes, dst: f.dst },
  }));
  return {
    function: TIMEZONE_OFFSET_CODE.id,
    method: 'POST',
    path: '/timezones/offset',
    summary:
      "Answers the UTC offset (±HH:MM) of an IANA time zone on a date (ISO 8601, YYYY-MM-DD) with the tz database, daylight saving time (summer time) included: the offset the zone's clocks show at local noon that day, or at the local time given with the date; an unknown time zone, a date that does not exist or a missing parameter is refused with 400." +
      glossIn(OFFSET_GLOSS, languages),
    inputs: [
      { param: 'zone', field: stringField('zone', 'IANA time zone, e.g. Europe/Berlin', FACTS[0].zone) },
      {
        param: 'date',
        field: stringField(
          'date',
          'The date, YYYY-MM-DD (or a local date-time YYYY-MM-DDTHH:MM)',
          FACTS[0].date,
        ),
      },
    ],
    outputs: [
      {
        result: 'offset',
        field: 'offset',
        description: 'UTC offset of the zone that day, ±HH:MM',
        example: '+02:00',
      },
      {
        result: 'offset_minutes',
        field: 'offset_minutes',
        description: 'The same offset in minutes east of UTC',
        example: 120,
      },
      {
        result: 'dst',
        field: 'dst',
        description: 'Whether daylight saving (summer) time is in effect in the zone then',
        example: true,
      },
      {
        result: 'zone',
        field: 'zone',
        description: 'The zone, as given',
        example: FACTS[0].zone,
        repeats: 'zone',
      },
    ],
    examples,
    refusals: [
      zoneRefusal(
        'zone',
        'An unknown zone: Mars/Olympus_Mons is not a time zone of the tz database and is refused.',
        { zone: 'Mars/Olympus_Mons', date: '2024-07-01' },
        languages,
      ),
      zoneRefusal(
        'date',
        'An impossible date: February 30th is not a date and is refused.',
        { zone: 'Europe/Berlin', date: '2024-02-30' },
        languages,
      ),
      zoneRefusal(
        'missing',
        'A missing parameter: a request without the date is refused, naming it.',
        { zone: 'Europe/Berlin' },
        languages,
      ),
    ],
  };
}

/** Words of a zone's offset from UTC, in the languages intents are written in (folded). */
const OFFSET_WORDS = ['offset', 'offsets', 'versatz', 'desfase', 'decalage', 'scostamento', 'deslocamento'];
/** Words that name an offset only beside UTC ("Abstand zu UTC", "diferencia con UTC"). */
const DIFFERENCE_WORDS = ['abstand', 'unterschied', 'diferencia', 'difference', 'differenza', 'diferenca'];
/** Words of a date or a day, and date placeholders, in the languages intents are written in (folded). */
const DATE_WORDS = [
  ...['date', 'dates', 'day', 'days', 'yyyy'],
  ...['datum', 'tag', 'tage', 'jjjj'],
  ...['fecha', 'fechas', 'dia', 'dias', 'aaaa'],
  ...['jour', 'jours'],
  ...['giorno', 'giorni', 'data', 'date'],
  ...['datas'],
];

/**
 * Whether a feature asks for the UTC offset of a zone on a date (`words`: folded), not for a conversion between
 * zones (`converting`, read by the family) nor for the ISO form of the answer (`isoForm`).
 */
export function asksZoneOffset(words: string[], converting: boolean, isoForm: boolean): boolean {
  if (converting || isoForm) return false;
  const offset =
    hasAny(words, OFFSET_WORDS) ||
    (hasAny(words, DIFFERENCE_WORDS) && (words.includes('utc') || words.includes('gmt')));
  return offset && hasAny(words, DATE_WORDS);
}
