import { probedRowTests, type ProbedRow } from './testing/zone-rows';

/*
 * Phrasing table of time-zone conversions as ordinary intents write them (written before the code), in English,
 * German, Spanish, French, Italian and Portuguese: routes and query strings with placeholders (`<IANA zone>`,
 * `YYYY-MM-DDTHH:mm`, `AAAA-MM-DDTHH:MM`), a second endpoint for a zone's UTC offset on a date, daylight saving
 * said in a feature of its own, times in ISO 8601 with the offset, and refusal lists (an unknown zone, a missing
 * parameter, an impossible date or time → 400).
 * Answers worked out by hand from the tz rules, not by the code: the EU changes on the last Sunday of March and
 * October at 01:00 UTC (30 March and 26 October 2025), the US on the second Sunday of March and the first of
 * November at 02:00 local (9 March and 2 November 2025). Berlin and Madrid are UTC+1 in winter, UTC+2 in
 * summer; New York UTC-5 / UTC-4; Tokyo UTC+9 and Kolkata UTC+5:30 all year; São Paulo UTC-3 all year (no daylight
 * saving since 2019); Sydney UTC+11 in January (southern summer), UTC+10 in July. So Berlin 2025-01-15 12:00 is
 * New York 06:00 (-05:00), Berlin 2025-07-15 12:00 is New York 06:00 (-04:00), Berlin 2025-08-01 20:30 is Tokyo
 * 2025-08-02 03:30, Madrid 2025-03-20 12:00 (CET) is New York 07:00 (EDT since 9 March: 4 hours apart, not 6),
 * 2025-03-30 02:30 does not exist in Berlin, 2025-02-30 is no date.
 * Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const refused = 'refused' as const;

const ROWS: ProbedRow[] = [
  {
    name: 'en: GET query with placeholders, minutes only (YYYY-MM-DDTHH:mm)',
    features: [
      'GET /convert-time?at=YYYY-MM-DDTHH:mm&from=<IANA zone>&to=<IANA zone> returns the local time in the target zone',
    ],
    expect: [
      {
        feature: 0,
        route: 'GET /convert-time',
        request: { at: '2025-01-15T12:00', from: 'Europe/Berlin', to: 'America/New_York' },
        want: { 'time|local_time|at|result': { $contains: '2025-01-15T06:00' } },
      },
      {
        feature: 0,
        request: { at: '2025-08-01T20:30', from: 'Europe/Berlin', to: 'Asia/Tokyo' },
        want: { 'time|local_time|at|result': { $contains: '2025-08-02T03:30' } },
      },
      { feature: 0, request: { at: '2025-01-15T12:00', from: 'Europe/Atlantis', to: 'UTC' }, want: refused },
      { feature: 0, request: { at: '2025-02-30T12:00', from: 'UTC', to: 'Asia/Tokyo' }, want: refused },
      { feature: 0, request: { at: '2025-01-15T12:00', from: 'UTC' }, want: refused },
    ],
  },
  {
    name: 'es: POST con placeholders AAAA-MM-DDTHH:MM y "zona IANA", horario de verano en otra frase',
    purpose: 'Planificar reuniones entre oficinas de varios países.',
    features: [
      'POST /convertir con {"fecha_hora": "AAAA-MM-DDTHH:MM", "desde": zona IANA, "hacia": zona IANA} devuelve la hora local en la zona de destino',
      'tiene en cuenta el horario de verano de cada zona',
    ],
    expect: [
      {
        feature: 0,
        route: 'POST /convertir',
        request: { fecha_hora: '2025-03-20T12:00', desde: 'Europe/Madrid', hacia: 'America/New_York' },
        want: { 'fecha_hora|hora|hora_local|time': { $contains: '2025-03-20T07:00' } },
      },
      {
        feature: 0,
        request: { fecha_hora: '2025-03-30T02:30', desde: 'Europe/Berlin', hacia: 'UTC' },
        want: refused,
      },
      {
        feature: 0,
        request: { fecha_hora: '2025-01-15T12:00', desde: 'Zona/Inventada', hacia: 'UTC' },
        want: refused,
      },
    ],
  },
  {
    name: 'en: ISO 8601 local time in, ISO 8601 with the offset out, said in a second feature',
    purpose: 'Convert meeting times for a team spread over three continents.',
    features: [
      'convert a meeting time from one IANA time zone to another',
      'times go in as ISO 8601 local time and come out as ISO 8601 with the offset',
    ],
    expect: [
      {
        feature: 0,
        request: { 'time|datetime': '2025-07-15T12:00:00', from: 'Europe/Berlin', to: 'America/New_York' },
        want: { 'time|datetime': { $match: /^2025-07-15T06:00(:00)?-04:00$/ } },
      },
      {
        feature: 0,
        request: { 'time|datetime': '2025-01-15T12:00:00', from: 'Europe/Berlin', to: 'America/New_York' },
        want: { 'time|datetime': { $match: /^2025-01-15T06:00(:00)?-05:00$/ } },
      },
    ],
  },
  {
    name: 'en: a second endpoint answers the UTC offset of a zone on a date',
    features: [
      'GET /convert?time=<local ISO 8601 date-time>&from=<IANA zone>&to=<IANA zone> converts a local time between zones',
      'GET /offset?zone=<IANA zone>&date=YYYY-MM-DD returns the UTC offset of the zone on that date, e.g. "+02:00"',
    ],
    expect: [
      {
        feature: 0,
        route: 'GET /convert',
        request: { time: '2025-01-15T12:00:00', from: 'Europe/Berlin', to: 'America/New_York' },
        want: { 'time|result': { $contains: '2025-01-15T06:00' } },
      },
      {
        feature: 1,
        route: 'GET /offset',
        request: { zone: 'Europe/Berlin', date: '2025-07-01' },
        want: { 'offset|utc_offset': '+02:00' },
      },
      {
        feature: 1,
        request: { zone: 'Europe/Berlin', date: '2025-01-15' },
        want: { 'offset|utc_offset': '+01:00' },
      },
      {
        feature: 1,
        request: { zone: 'Asia/Kolkata', date: '2025-01-15' },
        want: { 'offset|utc_offset': '+05:30' },
      },
      {
        feature: 1,
        request: { zone: 'America/New_York', date: '2025-03-15' },
        want: { 'offset|utc_offset': '-04:00' },
      },
      { feature: 1, request: { zone: 'Mars/Base', date: '2025-01-15' }, want: refused },
      { feature: 1, request: { zone: 'Europe/Berlin', date: '2025-02-30' }, want: refused },
      { feature: 1, request: { zone: 'Europe/Berlin' }, want: refused },
    ],
  },
  {
    name: 'de: Versatz einer Zeitzone an einem Tag, frei formuliert mit Sommerzeit',
    purpose: 'Zeitzonen-Werkzeuge für ein verteiltes Team.',
    features: [
      'Eine Ortszeit von einer IANA-Zeitzone in eine andere umrechnen',
      'Den UTC-Versatz einer Zeitzone an einem bestimmten Datum angeben, mit Sommerzeit (Berlin im Juli +02:00)',
    ],
    expect: [
      {
        feature: 0,
        request: {
          'time|zeit': '2025-07-15T12:00:00',
          'from|von': 'Europe/Berlin',
          'to|nach': 'America/New_York',
        },
        want: { 'time|zeit': { $contains: '2025-07-15T06:00' } },
      },
      {
        feature: 1,
        request: { 'zone|zeitzone': 'Australia/Sydney', 'date|datum': '2025-01-15' },
        want: { 'offset|versatz': '+11:00' },
      },
      {
        feature: 1,
        request: { 'zone|zeitzone': 'Australia/Sydney', 'date|datum': '2025-07-15' },
        want: { 'offset|versatz': '+10:00' },
      },
    ],
  },
  {
    name: 'en: a refusal list naming the zone and the time, beside the conversion',
    features: [
      'convert a local date-time from one IANA zone to another, daylight saving applied for the given date',
      'an unknown zone, a missing parameter or an impossible date/time is answered with 400',
    ],
    expect: [
      {
        feature: 0,
        request: { time: '2025-03-20T12:00:00', from: 'Europe/Madrid', to: 'America/New_York' },
        want: { time: { $contains: '2025-03-20T07:00' } },
      },
      {
        feature: 0,
        request: { time: '2025-01-15T12:00:00', from: 'Nowhere/City', to: 'UTC' },
        want: refused,
      },
      { feature: 0, request: { time: '2025-01-15T25:00:00', from: 'UTC', to: 'Asia/Tokyo' }, want: refused },
    ],
  },
  {
    name: 'de: Query mit deutschen Platzhaltern, Minuten (HH:mm)',
    features: [
      'GET /umrechnen?zeitpunkt=JJJJ-MM-TTTHH:mm&von=<IANA-Zeitzone>&nach=<IANA-Zeitzone> rechnet eine Ortszeit in eine andere Zeitzone um',
    ],
    expect: [
      {
        feature: 0,
        route: 'GET /umrechnen',
        request: { zeitpunkt: '2025-08-01T20:30', von: 'Europe/Berlin', nach: 'Asia/Tokyo' },
        want: { 'zeitpunkt|time|zeit|ortszeit': { $contains: '2025-08-02T03:30' } },
      },
      { feature: 0, request: { zeitpunkt: '2025-08-01T20:30', von: 'Europe/Berlin' }, want: refused },
    ],
  },
  {
    name: 'fr: POST avec champs français, réponse avec le décalage',
    features: [
      'POST /fuseaux/convertir {"date": "AAAA-MM-JJTHH:MM", "de": fuseau IANA, "vers": fuseau IANA} renvoie {"date": texte, "decalage": texte}',
    ],
    expect: [
      {
        feature: 0,
        route: 'POST /fuseaux/convertir',
        request: { date: '2025-01-15T12:00', de: 'Europe/Paris', vers: 'America/Sao_Paulo' },
        want: { date: { $contains: '2025-01-15T08:00' }, decalage: '-03:00' },
      },
      {
        feature: 0,
        request: { date: '2025-01-15T12:00', de: 'Europe/Paris', vers: 'Lune/Mer' },
        want: refused,
      },
    ],
  },
  {
    name: 'it: testo libero, ISO 8601 con lo scostamento, ora legale',
    purpose: 'Orari delle riunioni per un team tra Roma e New York.',
    features: [
      "Convertire un orario da un fuso orario IANA a un altro, tenendo conto dell'ora legale",
      "L'orario convertito è restituito in ISO 8601 con lo scostamento da UTC",
    ],
    expect: [
      {
        feature: 0,
        request: {
          'time|orario': '2025-07-15T12:00:00',
          'from|da': 'Europe/Rome',
          'to|a': 'America/New_York',
        },
        want: { 'time|orario': { $match: /^2025-07-15T06:00(:00)?-04:00$/ } },
      },
    ],
  },
  {
    name: 'pt: GET com marcadores, fuso de origem e de destino',
    features: [
      'GET /fuso?hora=AAAA-MM-DDTHH:mm&origem=<fuso IANA>&destino=<fuso IANA> converte a hora local entre fusos horários',
    ],
    expect: [
      {
        feature: 0,
        route: 'GET /fuso',
        request: { hora: '2025-01-15T12:00', origem: 'America/Sao_Paulo', destino: 'Europe/Lisbon' },
        want: { 'hora|time|hora_local': { $contains: '2025-01-15T15:00' } },
      },
      {
        feature: 0,
        request: { hora: '2025-13-01T12:00', origem: 'UTC', destino: 'Europe/Lisbon' },
        want: refused,
      },
    ],
  },
  {
    name: 'en: an instant in UTC shown as the local time of a zone, on a written route',
    features: [
      'GET /local-time?instant=<ISO 8601 UTC instant>&zone=<IANA zone> returns the local time in that zone and its offset',
    ],
    expect: [
      {
        feature: 0,
        route: 'GET /local-time',
        request: { instant: '2025-01-15T23:30:00Z', zone: 'Asia/Tokyo' },
        want: { 'time|local_time|local': { $contains: '2025-01-16T08:30' }, offset: '+09:00' },
      },
      { feature: 0, request: { instant: '2025-01-15T23:30:00Z', zone: 'Asia/Nowhere' }, want: refused },
    ],
  },
  {
    name: 'es: desfase de una zona en una fecha, segundo endpoint escrito',
    features: [
      'POST /convertir {"hora": "AAAA-MM-DDTHH:MM:SS", "desde": zona, "hacia": zona} convierte la hora entre zonas horarias',
      'GET /desfase?zona=<zona IANA>&fecha=AAAA-MM-DD devuelve el desfase respecto a UTC de la zona en esa fecha',
    ],
    expect: [
      {
        feature: 1,
        route: 'GET /desfase',
        request: { zona: 'America/New_York', fecha: '2025-11-03' },
        want: { 'desfase|offset': '-05:00' },
      },
      {
        feature: 1,
        request: { zona: 'America/New_York', fecha: '2025-11-01' },
        want: { 'desfase|offset': '-04:00' },
      },
      { feature: 1, request: { zona: 'Zona/Falsa', fecha: '2025-11-01' }, want: refused },
    ],
  },
  {
    name: 'en: a zone offset asked "as well", beside the conversion, is its own endpoint',
    features: [
      'translate a wall-clock time between two IANA zones',
      'as well, give the UTC offset of any IANA zone on a chosen day',
    ],
    expect: [
      {
        feature: 1,
        request: { 'zone|tz': 'America/New_York', 'date|day': '2025-11-03' },
        want: { offset: '-05:00' },
      },
      {
        feature: 0,
        request: { time: '2025-11-03T09:00:00', from: 'America/New_York', to: 'Europe/Berlin' },
        want: { time: { $contains: '2025-11-03T15:00' } },
      },
    ],
  },
  {
    name: 'de: Ablehnungsliste auf Deutsch neben der Umrechnung',
    features: [
      'Uhrzeiten zwischen zwei IANA-Zeitzonen umrechnen',
      'Eine unbekannte Zone oder ein Datum, das es nicht gibt: die Umrechnung wird mit 400 verweigert',
    ],
    expect: [
      {
        feature: 0,
        request: { time: '2025-01-15T12:00:00', from: 'Europa/Berlin', to: 'UTC' },
        want: refused,
      },
    ],
  },
  {
    name: 'en: the answer written to the minute is answered to the minute',
    features: [
      'GET /clock?when=YYYY-MM-DDTHH:mm&src=<IANA zone>&dst=<IANA zone> answers {"when": "YYYY-MM-DDTHH:mm", "offset": "+HH:MM"}',
    ],
    expect: [
      {
        feature: 0,
        route: 'GET /clock',
        request: { when: '2025-01-15T12:00', src: 'Europe/Berlin', dst: 'America/New_York' },
        want: { when: '2025-01-15T06:00', offset: '-05:00' },
      },
    ],
  },
  {
    name: 'it: risposta scritta al minuto, con ora legale',
    features: [
      'POST /fusi/converti {"orario": "AAAA-MM-GGTHH:mm", "origine": fuso IANA, "destinazione": fuso IANA} restituisce {"orario": "AAAA-MM-GGTHH:mm"}, con l\'ora legale',
    ],
    expect: [
      {
        feature: 0,
        request: { orario: '2025-07-15T12:00', origine: 'Europe/Rome', destinazione: 'America/New_York' },
        want: { orario: '2025-07-15T06:00' },
      },
    ],
  },
  {
    name: 'en: the answer promises a field no conversion gives (sunrise) and is refused',
    features: [
      'GET /convert-time?at=YYYY-MM-DDTHH:mm&from=<IANA zone>&to=<IANA zone> returns {"time": string, "sunrise": string}',
    ],
    expect: refused,
  },
  {
    name: 'en: a list of every zone with its current offset is no conversion and is refused',
    features: ['List every IANA time zone with its current UTC offset and abbreviation'],
    expect: refused,
  },
];

const NOT_YET_READ = new Set<string>([
  // The offset is designed on its own endpoint, but the gate holds a feature that says it adds ("as well", "also")
  // to be realised in another feature's answer (feature-fidelity.ts addOnProblems): refused, never answered by the
  // conversion as before.
  'en: a zone offset asked "as well", beside the conversion, is its own endpoint',
  // Zones named by other words than from/to (src and dst, origine and destinazione) are not bound to the route yet
  // (with from/to the same answer to the minute is read); not investigated further.
  'en: the answer written to the minute is answered to the minute',
  'it: risposta scritta al minuto, con ora legale',
]);

describe('time-zone conversions as intents write them (phrasing table)', () => {
  probedRowTests(ROWS, NOT_YET_READ, 'zones-service');
});
