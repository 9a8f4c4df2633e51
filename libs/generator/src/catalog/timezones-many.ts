import { zoneHelpersSource } from './zone-code';
import { stringField, type FunctionCode, type FunctionDesign, type WorkedExample } from './catalog-entry';
import { glossIn, type Language } from './feature-words';
import { convertedByReference } from './timezones-reference';
import { zoneRefusal } from './timezones-refusals';

/*
 * One meeting time shown in several IANA time zones at once, through `Intl` (the tz database Node carries): a
 * local date-time in the zone `from` and a list of zones, answered as the same instant's local date-time and UTC
 * offset in each zone of the list, in the order sent. Daylight saving is the database's, as for the conversion
 * between two zones (timezones.ts): a local time the clocks skip is refused, one they pass twice is read as its
 * earlier instant. An unknown zone anywhere, an empty list or a malformed time is refused. Recognised from a
 * time-zone feature that says the zones are several ("several time zones", "mehreren Zeitzonen", "varias zonas
 * horarias", "plusieurs fuseaux horaires", "più fusi orari", "vários fusos horários") or shown at once, or that
 * writes a list of zones (`"zones": [`); "each zone's summer time" says nothing of several zones asked.
 */

/** How many zones one request may list: a meeting's attendees, not a dump of the tz database. */
const MOST_ZONES = 50;

export const MANY_ZONES_CODE: FunctionCode = {
  id: 'timezone.many',
  exportName: 'timeInZones',
  source: `const manyZonesTime = /^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?$/;

${zoneHelpersSource('manyZonesZone', 'manyZonesWall')}

/** \`ms\` (a wall clock as UTC) written YYYY-MM-DDTHH:MM:SS. */
function manyZonesWritten(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** An offset in milliseconds written ±HH:MM. */
function manyZonesOffset(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (ms < 0 ? '-' : '+') + two(Math.floor(minutes / 60)) + ':' + two(minutes % 60);
}

/** timezone.many: local date-time \`time\` in zone \`from\` as the local date-time and offset in each of \`zones\`. */
export const timeInZones: CatalogFunction = (input) => {
  const problems: string[] = [];
  const from = manyZonesZone(input.from);
  if (from === null) problems.push('from ' + JSON.stringify(input.from) + ' is not a time zone of the tz database (e.g. Europe/Berlin, America/New_York, UTC)');
  const list = Array.isArray(input.zones) ? input.zones : null;
  if (list === null || list.length === 0 || list.length > ${MOST_ZONES}) problems.push('zones must be a list of 1 to ${MOST_ZONES} IANA time zones');
  const zones = (list ?? []).map(manyZonesZone);
  zones.forEach((zone, i) => {
    if (zone === null) problems.push('zones[' + i + '] ' + JSON.stringify((list ?? [])[i]) + ' is not a time zone of the tz database');
  });
  const m = typeof input.time === 'string' ? manyZonesTime.exec(input.time.trim()) : null;
  if (m === null) problems.push('time must be a local date-time YYYY-MM-DDTHH:MM[:SS], e.g. 2024-07-15T09:30');
  if (problems.length > 0 || from === null || m === null) return { ok: false, problems };
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((x) => Number(x ?? 0));
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  const wall = local.getTime();
  if (manyZonesWritten(wall) !== m[1] + '-' + m[2] + '-' + m[3] + 'T' + m[4] + ':' + m[5] + ':' + (m[6] ?? '00')) {
    return { ok: false, problems: ['time ' + JSON.stringify(input.time) + ' is not a date and time of day that exists'] };
  }
  // The instants whose wall clock in \`from\` is this time: one, none (skipped by the clocks) or two (repeated).
  const offsets = new Set([manyZonesWall(wall - 86400000, from) - (wall - 86400000), manyZonesWall(wall + 86400000, from) - (wall + 86400000)]);
  const instants = [...offsets].map((offset) => wall - offset).filter((ms) => manyZonesWall(ms, from) === wall);
  if (instants.length === 0) {
    return { ok: false, problems: ['time ' + manyZonesWritten(wall) + ' does not exist in ' + from + ': the clocks skip it when daylight saving time starts'] };
  }
  const instant = Math.min(...instants);
  const times = (zones as string[]).map((zone) => {
    const there = manyZonesWall(instant, zone);
    return { zone, time: manyZonesWritten(there), offset: manyZonesOffset(there - instant) };
  });
  return { ok: true, value: { times } };
};`,
};

/** Meetings shown in several zones; the answers are computed by the reference semantics, apart from the code. */
const FACTS: { time: string; from: string; zones: string[]; why: string }[] = [
  {
    time: '2026-03-10T15:00:00',
    from: 'America/New_York',
    zones: ['Europe/Berlin', 'Asia/Tokyo', 'UTC'],
    why: 'New York is already on summer time (EDT, UTC-4) while Berlin is still on CET (UTC+1)',
  },
  {
    time: '2024-07-04T09:00:00',
    from: 'Europe/Paris',
    zones: ['America/Los_Angeles', 'Asia/Kolkata'],
    why: 'Paris is on CEST (UTC+2), Los Angeles on PDT (UTC-7), India on UTC+5:30 all year',
  },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Zeigt eine Besprechungszeit (Uhrzeit) gleichzeitig in mehreren Zeitzonen, mit Sommerzeit.',
  es: ' Muestra la hora de una reunión en varias zonas horarias a la vez, con horario de verano.',
  fr: " Affiche l'heure d'une réunion dans plusieurs fuseaux horaires à la fois, heure d'été comprise.",
  it: " Mostra l'orario di una riunione in più fusi orari contemporaneamente, con l'ora legale.",
  pt: ' Mostra o horário de uma reunião em vários fusos horários ao mesmo tempo, com horário de verão.',
};

/** The endpoint showing one local time in every zone of a list. */
export function manyZonesDesign(languages: Language[]): FunctionDesign {
  const answer = (f: (typeof FACTS)[number]) =>
    f.zones.map((zone) => ({ zone, ...convertedByReference(f.time, f.from, zone)! }));
  const examples: WorkedExample[] = FACTS.map((f) => ({
    description: `${f.time} in ${f.from} is ${answer(f)
      .map((a) => `${a.time} (${a.offset}) in ${a.zone}`)
      .join(', ')}: ${f.why}.`,
    input: { time: f.time, from: f.from, zones: f.zones },
    output: { times: answer(f) },
  }));
  return {
    function: MANY_ZONES_CODE.id,
    method: 'POST',
    path: '/timezones/meeting',
    summary:
      'Shows one local date-time (ISO 8601, YYYY-MM-DDTHH:MM[:SS]) of an IANA time zone in several IANA time zones at once, ' +
      'with the tz database (daylight saving time included): the answer lists, in the order sent, each zone with the ' +
      `local time there and its UTC offset. An unknown time zone anywhere, an empty list (or more than ${MOST_ZONES} zones), ` +
      'a malformed time or a local time the clocks skip is refused with 400.' +
      glossIn(GLOSS, languages),
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
        param: 'zones',
        field: {
          name: 'zones',
          type: 'string[]',
          required: true,
          description: `IANA time zones to show the time in, 1 to ${MOST_ZONES}, e.g. ["Europe/Berlin", "Asia/Tokyo"]`,
          example: FACTS[0].zones,
        },
      },
    ],
    outputs: [
      {
        result: 'times',
        field: 'times',
        description:
          'One entry per zone sent, in order: zone, local time there (YYYY-MM-DDTHH:MM:SS) and UTC offset (±HH:MM)',
        example: examples[0].output.times,
      },
    ],
    examples,
    refusals: [
      zoneRefusal(
        'zone',
        'An unknown zone in the list: Mars/Olympus_Mons is not a time zone of the tz database and is refused.',
        { time: FACTS[0].time, from: FACTS[0].from, zones: ['Europe/Berlin', 'Mars/Olympus_Mons'] },
        languages,
      ),
      zoneRefusal(
        'zone',
        'An unknown zone the time is in: Atlantis/Lost is refused.',
        { time: FACTS[0].time, from: 'Atlantis/Lost', zones: ['UTC'] },
        languages,
      ),
      zoneRefusal(
        'time',
        'An impossible local time: 2024-03-31T02:30 does not exist in Europe/Berlin (clocks jump from 02:00 to 03:00) and is refused.',
        { time: '2024-03-31T02:30:00', from: 'Europe/Berlin', zones: ['UTC'] },
        languages,
      ),
      {
        description: 'An empty list of zones is refused.',
        input: { time: FACTS[0].time, from: FACTS[0].from, zones: [] },
      },
    ],
  };
}

/** Words saying the zones are several, beside a word for a zone (folded, six languages). */
const SEVERAL =
  /\b(?:several|multiple|many|various|a list of|list of|mehrere[n]?|verschiedene[n]?|einer liste von|varias|varios|multiples|una lista de|plusieurs|une liste de|piu|diversi|vari|un elenco di|una lista di|multiplos|multiplas|uma lista de)\s+(?:\w+\s+)?(?:time\s*zones?|timezones?|zones?|zeitzonen|zonas?|husos|fuseaux|fusi|fusos)\b/;
/** Words saying the times are shown together, beside a word for a zone. */
const AT_ONCE =
  /\b(?:at once|simultaneously|at the same time|gleichzeitig|zugleich|a la vez|al mismo tiempo|a la fois|en meme temps|contemporaneamente|allo stesso tempo|ao mesmo tempo)\b/;
/** A list of zones written in a request: `"zones": [`, `[IANA zone]`. */
const LISTED = /"\w+"\s*:\s*\[\s*(?:iana|"?[a-z]+\/)/;

/** Whether a time-zone feature (folded text) asks one time shown in several zones. */
export function asksSeveralZones(folded: string): boolean {
  return (
    SEVERAL.test(folded) || LISTED.test(folded) || (AT_ONCE.test(folded) && /\bzon|fus|fuseau/.test(folded))
  );
}
