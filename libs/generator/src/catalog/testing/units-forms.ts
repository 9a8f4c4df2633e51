import type { Paraphrase } from './paraphrases';

/**
 * The phrasing table of conversions in the forms users write beyond "convert X from A to B" (tests only): unit
 * facts written as the conversion, several targets at once, data sizes to a readable string and back, durations
 * written "1h 2m 3s" or ISO 8601, and bounds written in words on a computation's inputs. Every answer is worked
 * out by hand from the semantics, never by the emitted code. Near misses share a word with the class but ask for
 * something else.
 */

/** A phrasing, the function it must be read as, a request in parameter names and the answer (a subset). */
export type FormRow = Paraphrase;

const row =
  (fn: string, input: Record<string, unknown>, want: Record<string, unknown>) =>
  (text: string): FormRow => ({ text, fn, input, want });

// 3723 s = 1 h (3600) + 2 min (120) + 3 s; 5400 s = 1 h 30 min; 9000 s = 2 h 30 min.
const toUnits = row('duration.format', { seconds: 3723 }, { duration: '1h 2m 3s' });
const toUnitsHalf = row('duration.format', { seconds: 5400 }, { duration: '1h 30m' });
const fromUnits = row('duration.parse', { duration: '2h 30m' }, { seconds: 9000 });
const toIso = row('duration.format', { seconds: 3723 }, { duration: 'PT1H2M3S' });
const toIsoHalf = row('duration.format', { seconds: 5400 }, { duration: 'PT1H30M' });
const fromIso = row('duration.parse', { duration: 'PT1H2M3S' }, { seconds: 3723 });
const fromIsoTwo = row('duration.parse', { duration: 'PT2H' }, { seconds: 7200 });
// 1536 B = 1.5 × 1024 B; 1048576 B = 1024² B = 1 MiB; 1500000 B = 1.5 × 1000² B = 1.5 MB.
const sizeBinary = row('size.format', { bytes: 1536 }, { size: '1.5 KiB' });
const sizeBinaryMiB = row('size.format', { bytes: 1048576 }, { size: '1.0 MiB' });
const sizeDecimal = row('size.format', { bytes: 1500000 }, { size: '1.5 MB' });
// "1.5 KiB" = 1.5 × 1024 = 1536 B; "2 GB" = 2 × 1000³ B; "3 MiB" = 3 × 1048576 = 3145728 B.
const parseKiB = row('size.parse', { size: '1.5 KiB' }, { bytes: 1536 });
const parseGB = row('size.parse', { size: '2 GB' }, { bytes: 2000000000 });
const parseMiB = row('size.parse', { size: '3 MiB' }, { bytes: 3145728 });
// Written facts: 2 US gal × 3.785411784 = 7.570823568 l → 7.57; 10 kn × 1.852 = 18.52 km/h; 2 st × 14 = 28 lb;
// 10 Zoll × 2.54 = 25.4 cm.
// No rounding stated: 6 decimals. 2 × 3.785411784 = 7.570824 l; 10 ft × 0.3048 = 3.048 m.
const galFact = row('units.facts', { value: 2, from: 'us_gal', to: 'l' }, { value: 7.570824 });
const footFact = row('units.facts', { value: 10, from: 'pie', to: 'm' }, { value: 3.048 });
const knotFact = row('units.facts', { value: 10, from: 'knot', to: 'km/h' }, { value: 18.52 });
const stoneFact = row('units.facts', { value: 2, from: 'stone', to: 'lb' }, { value: 28 });
const zollFact = row('units.facts', { value: 10, from: 'Zoll', to: 'cm' }, { value: 25.4 });
// Several targets: 10 kn = 18.52 km/h = 11.51 mph (18.52 / 1.609344 = 11.5078); 100 °C = 212 °F = 373.15 K.
const speeds = row('units.speed-all', { value: 10, from: 'kn' }, { kmh: 18.52, mph: 11.51, kn: 10 });
const scales = row('temperature.all', { value: 100, from: 'C' }, { C: 100, F: 212, K: 373.15 });

export const FORM_ROWS: FormRow[] = [
  // Durations written with unit letters, both ways.
  ...[
    'Convert a duration in seconds to "1h 2m 3s"',
    'format seconds as a human readable duration like 1h 2m 3s',
    'Sekunden als Dauer im Format 1h 2m 3s ausgeben',
    'Formatear una duración en segundos como "1h 2m 3s"',
    'Afficher une durée en secondes sous la forme 1h 2m 3s',
  ].map(toUnits),
  toUnitsHalf('Turn seconds into a short duration string (e.g. 5400 -> 1h 30m)'),
  ...[
    'Parse a duration like "2h 30m" into seconds',
    'Dauer wie "1h 2m 3s" in Sekunden umrechnen',
    'Convertir una duración como 1h 2m 3s a segundos',
  ].map(fromUnits),
  // ISO 8601 durations, both ways.
  ...[
    'Format a number of seconds as an ISO 8601 duration (PT1H2M3S)',
    'seconds -> ISO-8601 duration string',
    'Sekunden in eine ISO-8601-Dauer umwandeln, z. B. PT1H2M3S',
    'Convertir des secondes en durée ISO 8601 (par exemple PT1H2M3S)',
  ].map(toIso),
  toIsoHalf('Durée en secondes vers ISO 8601: 5400 secondes donne PT1H30M'),
  ...[
    'Parse an ISO 8601 duration like PT1H2M3S into seconds',
    'Convert an ISO-8601 duration to a number of seconds',
    'Analizar una duración ISO 8601 (PT1H2M3S) y devolver los segundos',
    'Converti una durata ISO 8601 come PT1H2M3S in secondi',
  ].map(fromIso),
  fromIsoTwo('Lire une durée ISO 8601 comme PT2H et renvoyer le nombre de secondes'),
  // Data sizes to a readable string and back.
  ...[
    'Format a byte count as a readable size: 1536 bytes -> 1.5 KiB',
    'human readable file sizes from a number of bytes (binary units, KiB, MiB, GiB)',
    'Bytes in eine lesbare Größe umwandeln (1536 Bytes sind 1.5 KiB)',
    'Mostrar un tamaño en bytes de forma legible, por ejemplo 1536 bytes como 1.5 KiB',
    'Afficher une taille en octets de façon lisible (1536 octets = 1.5 KiB)',
  ].map(sizeBinary),
  sizeBinaryMiB('pretty-print byte counts with binary prefixes and one decimal (1048576 is 1.0 MiB)'),
  ...[
    'Format bytes as a readable size with decimal (SI) units: 1500000 bytes is 1.5 MB',
    'Mostrare una dimensione in byte in forma leggibile con unità decimali (kB, MB, GB)',
  ].map(sizeDecimal),
  parseKiB('Parse a readable size like "1.5 KiB" back into bytes'),
  parseMiB('Lesbare Größen wie "3 MiB" wieder in Bytes umrechnen'),
  parseGB('Converter um tamanho legível como "2 GB" em bytes'),
  // Unit facts written as the conversion.
  galFact('Convert volumes using these facts: 1 us_gal = 3.785411784 l, 1 l = 1000 ml'),
  knotFact('1 knot = 1.852 km/h; convert speeds between knots and km/h'),
  stoneFact('a stone is 14 lb; convert between stones and pounds'),
  zollFact('1 Zoll = 2,54 cm. Rechne zwischen Zoll und Zentimeter um.'),
  footFact('Convertir longitudes entre pies y metros sabiendo que 1 pie = 0,3048 m'),
  // Several targets at once.
  ...[
    'give the speed in km/h, mph and knots',
    'Geschwindigkeit gleichzeitig in km/h, mph und Knoten angeben',
  ].map(speeds),
  scales('return the temperature in all three scales'),
];

/** Features that share a word with the class but are not a conversion, a readable size or a duration format. */
export const FORM_NEAR_MISSES = [
  'Store files with their size in bytes',
  'List the 10 largest uploads',
  'Schedule a meeting for 1h 30m from now',
  'Record how long each workout took',
  'Track the duration of each support call in a log',
  'Limit uploads to 10 MB per file',
  'Keep a list of ISO country codes',
  'a knot tying guide with steps',
  'Store recipes with their cooking time',
  'Remind me every 2h',
  'Convert a Unix timestamp in seconds to an ISO 8601 date',
];

/** A conversion feature, a bound written in words on its input, and the bound the input field must declare. */
export interface BoundRow {
  features: string[];
  field: string;
  bound: Record<string, number>;
}

const km = 'Convert kilometres to miles';
const kg = 'Convert kilograms to pounds';

export const BOUND_ROWS: BoundRow[] = [
  {
    features: [km, 'the distance must be between 0 and 100000'],
    field: 'kilometres',
    bound: { minimum: 0, maximum: 100000 },
  },
  {
    features: ['Kilometer in Meilen umrechnen', 'Die Entfernung darf nicht negativ sein'],
    field: 'kilometer',
    bound: { minimum: 0 },
  },
  {
    features: ['Convertir kilómetros a millas', 'la distancia debe estar entre 0 y 10'],
    field: 'kilometros',
    bound: { minimum: 0, maximum: 10 },
  },
  { features: [kg, 'the weight must be positive'], field: 'kilograms', bound: { exclusive_minimum: 0 } },
  { features: [kg, 'no more than 500 kg'], field: 'kilograms', bound: { maximum: 500 } },
  {
    features: [kg, 'le poids doit être compris entre 1 et 300'],
    field: 'kilograms',
    bound: { minimum: 1, maximum: 300 },
  },
  {
    features: ['Convert seconds to H:MM:SS', 'seconds between 0 and 86400'],
    field: 'seconds',
    bound: { minimum: 0, maximum: 86400 },
  },
  {
    features: ['Sekunden in H:MM:SS umwandeln', 'die Sekunden dürfen höchstens 86400 sein'],
    field: 'seconds',
    bound: { maximum: 86400 },
  },
  {
    features: ['Formatear segundos como H:MM:SS', 'los segundos deben ser como máximo 86400'],
    field: 'seconds',
    bound: { maximum: 86400 },
  },
  {
    features: ['Convertir kilómetros a millas', 'la distancia debe estar entre 0 y 1000 kilómetros'],
    field: 'kilometros',
    bound: { minimum: 0, maximum: 1000 },
  },
  {
    features: ['Format a byte count as a readable size (KiB, MiB)', 'bytes must be at most 1000000000'],
    field: 'bytes',
    bound: { maximum: 1000000000 },
  },
  {
    features: ['Count the words of a text', 'the text is at most 500 characters'],
    field: 'text',
    bound: { max_length: 500 },
  },
  {
    features: ['Compute the mean of a list of numbers', 'no more than 20 numbers'],
    field: 'numbers',
    bound: { max_items: 20 },
  },
];
