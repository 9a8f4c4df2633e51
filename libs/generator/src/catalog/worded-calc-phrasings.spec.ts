import { recogniseFeature } from './catalog';
import { row, type Paraphrase } from './testing/paraphrases';
import { phrasingTableTests } from './testing/phrasing-check';

/*
 * The phrasing table of computations described in plain words (development set d1, class "worded-calc"): a
 * duration written with unit letters both ways, a slug made from a title, a speed converter whose feature also
 * writes the definitions it relies on, and an ISBN check, each written as users write it in English, German,
 * Spanish, French, Italian and Portuguese: the direction given by "from … to …" with the example amounts in
 * brackets, verbs of giving ("donner", "liefern", "dar") instead of "convert", definitions of the units
 * ("1 nœud = 1,852 km/h") beside the conversion, and everyday words around the rule ("the other way round",
 * "stimmt die Prüfziffer?"). Each row: the function it must be read as, a request, and the answer worked out by
 * hand (3725 s = 1 h + 2 min + 5 s; 5400 s = 1 h 30 min; 100 km/h = 100 / 3.6 = 27.78 m/s; the ISBN-10
 * 3-16-148410-X: 3·10 + 1·9 + 6·8 + 1·7 + 4·6 + 8·5 + 4·4 + 1·3 + 0·2 + 10·1 = 187 = 17 · 11).
 */

const format = row('duration.format', { seconds: 3725 }, { duration: '1h 2m 5s' });
const parse = row('duration.parse', { duration: '1h 30m' }, { seconds: 5400 });
const slug = row('text.slugify', { text: "Crème brûlée à l'été !" }, { slug: 'creme-brulee-a-l-ete' });
const speed = row('units.speed', { value: 100, from: 'km/h', to: 'm/s' }, { value: 27.78 });
const next = row('dates.add_days', { date: '2028-02-25', days: 7 }, { next_date: '2028-03-03' });
const worked = row('time.worked_hours', { start: '08:15', end: '16:45', break_minutes: 45 }, { hours: 7.75 });
const isbn = row('isbn.validate', { isbn: '3-16-148410-X' }, { valid: true });

export const WORDED_CALC_PHRASINGS: Paraphrase[] = [
  // The direction is where the seconds stand beside "from … to …", not where an example amount is written.
  format(
    'Da un numero di secondi al testo tipo "1h 2m 5s" (per 3725 secondi); le parti a zero non si scrivono: 3600 diventa "1h", 90 diventa "1m 30s".',
  ),
  format(
    'turn a number of seconds into text like "1h 2m 5s" (3725 seconds); parts that are zero are left out',
  ),
  format(
    'Eine Anzahl Sekunden als Text wie "1h 2m 5s" schreiben (für 3725 Sekunden), Teile mit null weglassen',
  ),
  format('de un número de segundos a un texto como "1h 2m 5s" (para 3725 segundos)'),
  format('d’un nombre de secondes au texte "1h 2m 5s" (pour 3725 secondes), sans les parties à zéro'),
  parse('Al contrario: da un testo come "1h 30m" o "45s" al numero di secondi (5400, 45).'),
  parse('the other way round: from a text like "1h 30m" or "45s" to the number of seconds (5400, 45)'),
  parse('À l’inverse : d’un texte comme "1h 30m" au nombre de secondes (5400)'),
  parse('Umgekehrt: aus einem Text wie "1h 30m" die Zahl der Sekunden (5400)'),
  // A slug given, not converted to.
  slug(
    "À partir d'un titre, donner le slug : minuscules, accents enlevés (é → e, ç → c), tout ce qui n'est pas lettre ou chiffre devient un tiret, sans tirets doublés ni aux bouts.",
  ),
  slug(
    'give the slug of a title: lower case, accents removed, anything not a letter or digit becomes a hyphen',
  ),
  slug('Aus einem Titel den Slug liefern: Kleinbuchstaben, ohne Akzente, Bindestriche statt Leerzeichen'),
  slug('dar el slug de un título: minúsculas, sin acentos, guiones entre las palabras'),
  slug('dato un titolo, restituire lo slug in minuscolo senza accenti'),
  // The definitions a feature writes beside a conversion are the units' own, not a rate of another domain.
  speed(
    'Convertir une vitesse entre km/h, m/s, nœuds et mph (1 nœud = 1,852 km/h ; 1 mile = 1,609344 km), avec le résultat arrondi à 2 décimales.',
  ),
  speed(
    'convert a speed between km/h, m/s, knots and mph (1 knot = 1.852 km/h, 1 mile = 1.609344 km), rounded to 2 decimals',
  ),
  speed(
    'Geschwindigkeiten zwischen km/h, m/s, Knoten und mph umrechnen (1 Knoten = 1,852 km/h), auf 2 Nachkommastellen gerundet',
  ),
  speed('convertir velocidades entre km/h, m/s, nudos y mph (1 nudo = 1,852 km/h), redondeado a 2 decimales'),
  speed(
    'converter velocidades entre km/h, m/s, nós e mph (1 milha = 1,609344 km), arredondado a 2 casas decimais',
  ),
  // A later date from a date and a number of days (2028 is a leap year: 25 Feb + 7 days = 3 March).
  next(
    'tell me the next watering date for a plant, from the date it was last watered (YYYY-MM-DD) and how many days it goes between waterings',
  ),
  next('the due date: a date (YYYY-MM-DD) plus a number of days'),
  next('Das nächste Datum berechnen: Datum (JJJJ-MM-TT) plus Anzahl Tage'),
  next('la prochaine date : une date plus un nombre de jours'),
  next('la próxima fecha de riego: la fecha del último riego más cada cuántos días'),
  // Hours worked: a shift's span less its break, as a decimal (8 h 30 min - 45 min = 7 h 45 min = 7.75 h).
  worked(
    "given a shift's start and end as HH:MM and a break in minutes, tell us the hours worked as a decimal (08:15 to 16:45 with a 45 min break is 7.75)",
  ),
  worked('Arbeitsstunden einer Schicht aus Beginn und Ende (HH:MM) und der Pause in Minuten berechnen'),
  worked('horas trabajadas de un turno: hora de inicio y de fin (HH:MM) menos la pausa en minutos'),
  worked('hours worked from a start and end time minus the lunch break in minutes, also past midnight'),
  // The everyday words around a check ("stimmt", "keine Rolle spielen") are no other domain.
  isbn(
    'Eine ISBN-10 oder ISBN-13 prüfen: stimmt die Prüfziffer? Bindestriche und Leerzeichen sollen keine Rolle spielen.',
  ),
  isbn('check an ISBN-10 or ISBN-13: is the check digit right? Hyphens and spaces should not matter'),
  isbn(
    'comprobar un ISBN-10 o ISBN-13: ¿cuadra el dígito de control? Los guiones y los espacios no importan',
  ),
  isbn(
    'vérifier un ISBN-10 ou un ISBN-13 : la clé de contrôle est-elle juste ? Les tirets et espaces ne comptent pas',
  ),
];

/** Phrasings not yet read, each failing its own check (remove a row once it is read). */
const NOT_YET_READ = new Set<string>([]);

/**
 * Definitions the exact tables do not hold ("1 mile = 1.6 km"): the tables never stand in for the feature's own
 * factor, whatever else the feature lists.
 */
/** Other date computations: never read as a later date. */
const NOT_A_LATER_DATE = [
  'count the days between two dates',
  'how many business days until the next deadline date',
  'the date 10 days before a given date',
  'Anzahl der Tage zwischen zwei Daten berechnen',
];

const WRONG_DEFINITIONS = [
  'convert a speed between km/h, m/s, knots and mph (1 mile = 1.6 km), rounded to 2 decimals',
  'Convertir une vitesse entre km/h, m/s, nœuds et mph (1 nœud = 1,85 km/h)',
  'Geschwindigkeiten zwischen km/h, m/s und mph umrechnen (1 Meile = 1,6 km)',
];

describe('computations described in plain words, as users write them', () => {
  phrasingTableTests(WORDED_CALC_PHRASINGS, NOT_YET_READ);

  it.each(NOT_A_LATER_DATE)('does not read %p as a later date', (text) => {
    const found = recogniseFeature(text);
    const fn = found && 'design' in found ? found.design.function : found ? found.constraint.function : null;
    expect(fn).not.toBe('dates.add_days');
  });

  it.each(WRONG_DEFINITIONS)('does not read %p as the exact speed tables', (text) => {
    const found = recogniseFeature(text);
    const fn = found && 'design' in found ? found.design.function : found ? 'constraint' : null;
    expect(fn).not.toBe('units.speed');
  });

  it.each([
    ['Da un numero di secondi al testo tipo "1h 2m 5s" (per 3725 secondi)', 'text'],
    ['turn a number of seconds into text like "1h 2m 5s"', 'text'],
    ['format a number of seconds like "1h 2m 5s"', 'duration'],
  ])('names the written duration of %p as the feature does (%p)', (text, field) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.outputs.map((o) => o.field) : []).toEqual([field]);
  });

  it('states the definitions the feature writes beside the conversion', () => {
    const found = recogniseFeature(
      'convert a speed between km/h, m/s, knots and mph (1 knot = 1.852 km/h, 1 mile = 1.609344 km)',
    );
    expect(found && 'design' in found ? found.design.summary : '').toContain(
      'As the feature states: 1 kn = 1.852 km/h; 1 mi = 1.609344 km.',
    );
  });
});
