import { ARTICLES } from './field-words';

/*
 * Record fields written as phrases in a free-text field list (named-fields.ts reads the list with these):
 * - a date and a time said as one value ("the start date and time", "Datum und Uhrzeit des Beginns", "la fecha y
 *   hora de inicio", "la date et l'heure du début", "la data e l'ora di inizio", "a data e hora de chegada"): one
 *   date-time field named after what it dates (`start`, `beginn`, `inicio`, `debut`, `inizio`, `chegada`), or
 *   after the verb of the clause that says it ("the date and time it starts" → `start`); `date_time` when the
 *   phrase names nothing else;
 * - a possessive ("the patient's name", "the players' names") → `patient_name`, `players_names`;
 * - a count between two things ("how many days between waterings", "the number of days between …", "der Anzahl
 *   der Tage zwischen den Wassergaben", "il numero di giorni tra le annaffiature"): named after its head words
 *   (`days_between_waterings`); named-fields types a count as an integer ≥ 0.
 */

/** The one word a date-and-time phrase is read as, so that splitting the list on its "and" keeps it whole. */
const DATE_TIME_WORD = 'datetime';

/** "date and time", "Datum und Uhrzeit", "fecha y hora", "date et l'heure", "data e l'ora", "data e hora". */
const DATE_AND_TIME =
  /\b(?:date|datum|fecha|data)\s+(?:and|und|y|et|e)\s+(?:(?:the|die|la|a)\s+|l['’‘`]\s*)?(?:time|uhrzeit|zeit|hora|heure|ora)\b/g;

/** Prepositions joining a dated event to its date ("of the start", "de inicio", "du début", "des Beginns"). */
const OF = new Set('of de del della dello di da do dos das du des der von vom'.split(' '));

/** A clause saying what a date dates: "the date and time it starts", "… they will arrive". */
const DATED_BY_CLAUSE =
  /^(?:it|they|he|she|we|you|i)\s+(?:(?:will|would|is|are|was|were|does|do|shall)\s+)?([a-z]+)\b/;

/**
 * A field list (folded, lower case) with each date-and-time phrase made one word and its possessives joined
 * ("the patient's name" → "the patient name"), before the list is split into its parts.
 */
export function joinedPhrases(clause: string): string {
  return clause
    .replace(DATE_AND_TIME, DATE_TIME_WORD)
    .replace(/(\p{L})['’]s\b/gu, '$1')
    .replace(/(\p{L}s)['’](?=\s|$)/gu, '$1');
}

/**
 * The name of the date-time field a part of a field list names (its words folded, punctuation gone): what the
 * phrase dates, in at most three words; null when the part holds no date-and-time phrase or says more.
 */
export function dateTimeName(text: string): string | null {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const at = words.indexOf(DATE_TIME_WORD);
  if (at < 0) return null;
  const clause = DATED_BY_CLAUSE.exec(words.slice(at + 1).join(' '));
  if (clause) return verbStem(clause[1]);
  const named: string[] = [];
  words.forEach((w, i) => {
    if (i === at || ARTICLES.has(w) || OF.has(w)) return;
    // German genitive: "des Beginns" dates the Beginn.
    named.push(words[i - 1] === 'des' ? w.replace(/e?s$/, '') : w);
  });
  if (named.length > 3) return null;
  return named.length === 0 ? 'date_time' : named.join('_');
}

/** "starts" → "start": the verb a clause dates by, as a field's name. */
function verbStem(verb: string): string {
  return verb.length > 4 && verb.endsWith('s') && !verb.endsWith('ss') ? verb.slice(0, -1) : verb;
}

const HOW_MANY = String.raw`(?:how many|wie viele?n?|cuant[oa]s|combien(?: de| d)?|quant[ei]|quant[oa]s)`;
/** "the number of", "die Anzahl der", "el número de", "le nombre de", "il numero di", "o número de". */
const NUMBER_OF = String.raw`(?:(?:the|der|die|el|le|il|o)\s+)?(?:number of|anzahl(?: der| an| von)?|zahl der|numero de|numero di|nombre de|nombre d)`;
const BETWEEN = String.raw`(?:between|zwischen|entre|tra|fra)`;
const COUNT_BETWEEN = new RegExp(String.raw`^${HOW_MANY}\s+([a-z]+)\s+(${BETWEEN})\s+(.+)$`);
/** "number of X", not "the number of the room" (a room's number). */
const COUNT_OF = new RegExp(String.raw`^${NUMBER_OF}\s+(?!(?:the|a|an)\s)(.+)$`);
/** Number words between the counted things ("entre deux arrosages"): no part of the count's name. */
const NUMBER_WORDS = /^(?:two|zwei|dos|deux|due|duas|dois)$/;

/**
 * The words a counted phrase names ("how many days between waterings" → "days between waterings", "the number of
 * pages" → "pages", "der Anzahl der Tage zwischen den Wassergaben" → "tage zwischen wassergaben"), or null when the
 * part is no such count.
 */
export function countedPhrase(text: string): string | null {
  const between = COUNT_BETWEEN.exec(text);
  const words = between
    ? [between[1], between[2], ...between[3].split(' ')]
    : (COUNT_OF.exec(text)?.[1].split(' ') ?? null);
  if (words === null) return null;
  const kept = words.filter((w) => w !== '' && !ARTICLES.has(w) && !NUMBER_WORDS.test(w));
  return kept.length === 0 || kept.length > 3 ? null : kept.join(' ');
}
