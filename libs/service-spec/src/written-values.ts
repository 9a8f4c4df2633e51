/*
 * The values a feature writes ("standard subtractive notation (4 = IV, 900 = CM)", "e.g. 100 km/h is 27.78 m/s",
 * "eine römische Zahl wie MMXXVI", "malformed numerals (IIII, VX, ABC) -> 400"): the pairs it writes (a value and
 * the answer it states for it) and its other values, read the same way by the generator (which answers them with
 * a family's reference semantics) and by the gate (which holds a SPEC to the answers stated). Pure.
 */

/** A value a feature writes ("4", "IIII", "100 km/h", "\"Hello World!\""): as written, and its number and unit. */
export interface WrittenValue {
  text: string;
  number?: number;
  unit?: string;
}

/** A value written with the answer the feature states for it ("1994 -> MCMXCIV", "37 °C is 98.6 °F"). */
export interface WrittenPair {
  given: WrittenValue;
  stated: WrittenValue;
}

/** What a feature writes: its pairs, and its other values (all of them, or those it gives as examples). */
export interface WrittenValues {
  pairs: WrittenPair[];
  values: WrittenValue[];
}

/** Words and signs that join a value to the answer it has, in the languages intents are written in. */
const JOINS =
  '->|→|=>|⇒|=|is|are|gives|give|becomes|equals|makes|ergibt|ist|sind|wird|gleich|es|son|da|dá|dão|equivale|' +
  'donne|est|sont|devient|vaut|diventa|è|é|vira|fica|sao|são|fa';

/** Words that stand before examples ("e.g.", "z. B.", "like", "wie", "p. ej."), or an opening parenthesis. */
const MARKER =
  /(?:\be\.\s?g\.|\beg\b|\bz\.\s?B\.|\bp\.\s?ej\.|\bpar ex\.|\bad es\.|\bp\.\s?ex\.|\bpor exemplo\b|\bpor ejemplo\b|\bpar exemple\b|\bper esempio\b|\bzum Beispiel\b|\bbeispielsweise\b|\bfor example\b|\bfor instance\b|\bsuch as\b|\blike\b|\bwie\b|\bcomo\b|\bcomme\b|\bcome\b|\bi\.\s?e\.|\()/gi;

/** Words a unit after a number never is (a join, a conjunction, a preposition). */
const NOT_UNITS = new Set(
  (
    'is are was be gives give becomes equals makes ergibt ist sind wird gleich es son da dao equivale donne est ' +
    'sont devient vaut diventa e vira fica sao fa and or und oder y o ou et to in a an at for of per x by on as the ' +
    'en de del des di du da em um uma un une ein eine zu nach bis with mit con avec com and each je cada chacun'
  ).split(' '),
);

/** One written value: a quoted text, a number with its unit, or a token of capitals and digits. */
const VALUE =
  /"([^"]{1,60})"|“([^”]{1,60})”|«\s?([^»]{1,60}?)\s?»|(?<![\p{L}\d.,/-])(-?\d+(?:[.,]\d+)?)(?:\s?(°\s?[CFKcfk]\b|%|[\p{L}µ]{1,8}(?:\/[\p{L}]{1,3})?(?![\p{L}\d])))?|(?<![\p{L}\d])([\p{Lu}][\p{Lu}\d]{1,33}|[ivxlcdm]{2,12})(?![\p{L}\d])/gu;

const STATUS =
  /(?:->|→|=>|\b(?:http|status|code|with|mit|con|avec|com|answers?|returns?|responds?|antwortet|devuelve|renvoie)\s)\s*[1-5]\d\d\b|\(\s*[45]\d\d\s*\)/giu;

interface Found {
  value: WrittenValue;
  start: number;
  end: number;
  /** A token of lower-case Roman letters. */
  lower?: boolean;
}

const ACRONYMS = new Set(
  'HTTP HTTPS JSON API URL URI ISO UTF ID OK GET POST PUT PATCH DELETE REST UUID CSV'.split(' '),
);

function valuesIn(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(VALUE)) {
    const start = m.index ?? 0;
    const quoted = m[1] ?? m[2] ?? m[3];
    if (quoted !== undefined) {
      found.push({ value: { text: quoted }, start, end: start + m[0].length });
      continue;
    }
    if (m[4] !== undefined) {
      const number = Number(m[4].replace(',', '.'));
      const unit =
        m[5] !== undefined && !NOT_UNITS.has(m[5].toLowerCase()) ? m[5].replace(/\s/g, '') : undefined;
      const length = unit === undefined ? m[4].length : m[0].length;
      found.push({
        value: { text: m[4], number, ...(unit === undefined ? {} : { unit }) },
        start,
        end: start + length,
      });
      continue;
    }
    // A lower-case token is a numeral only when it is made of Roman letters and written as an example.
    if (m[6] !== undefined) {
      found.push({ value: { text: m[6] }, start, end: start + m[0].length, lower: !/\p{Lu}/u.test(m[6]) });
    }
  }
  return found;
}

/** The values and pairs a feature writes; `all` takes every value, else only pairs and values given as examples. */
export function readWrittenValues(feature: string, all: boolean): WrittenValues {
  // A status the feature answers ("-> 400", "HTTP 422", "with 400") is no value it sends.
  const text = feature.normalize('NFC').replace(STATUS, (m) => ' '.repeat(m.length));
  const found = valuesIn(text);
  const join = new RegExp(`^\\s*(?:${JOINS})\\s*$`, 'i');
  const pairs: WrittenPair[] = [];
  const paired = new Set<number>();
  for (let i = 0; i + 1 < found.length; i++) {
    const between = text.slice(found[i].end, found[i + 1].start);
    if (paired.has(i) || !join.test(between)) continue;
    pairs.push({ given: found[i].value, stated: found[i + 1].value });
    paired.add(i).add(i + 1);
  }
  // Values given as examples: after a marker, up to the end of its clause.
  const examples = new Set<number>();
  for (const m of text.matchAll(MARKER)) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = text.slice(from);
    const end = from + (/[;)]|\.(?:\s|$)/.exec(rest)?.index ?? rest.length);
    found.forEach((f, i) => {
      if (f.start >= from && f.end <= end) examples.add(i);
    });
  }
  const values = found
    .filter((_f, i) => !paired.has(i) && (all || examples.has(i)))
    // Lower-case letters are a numeral only when given as an example ("like mmxxiv"), never a word of prose.
    .filter((f, i) => !f.lower || examples.has(i))
    // Names of standards and protocols are no values ("HTTP 400", "ISO 8601").
    .filter((f) => !ACRONYMS.has(f.value.text))
    .map((f) => f.value);
  // "a non-integer" names a kind of value rather than writing one: 2.5 stands for it.
  if (all && NOT_WHOLE.test(text)) values.push({ text: '2.5', number: 2.5 });
  return { pairs, values };
}

/** A value that is not a whole number, in the languages intents are written in. */
const NOT_WHOLE =
  /\bnon[- ]?integers?\b|\bnot an? (?:integer|whole number)\b|\bkeine ganze zahl\b|\bno enteros?\b|\bnon[- ]entiers?\b|\bnon inter[oi]\b|\bn[ãa]o inteiros?\b/i;

/** The decimals a number is written with (1.85 → 2, 3 → 0). */
function decimalsOf(n: number): number {
  const text = String(n);
  return /e/i.test(text) ? 20 : (text.split('.')[1] ?? '').length;
}

/**
 * Whether an answer is the number a feature states, or that number rounded to the answer's fewer decimals ("1 knot
 * = 1.852 km/h" answered 1.85 at 2 decimals is the same value, rounded; 1.087 for "1.10" is not).
 */
export function answersStated(answer: number, stated: number): boolean {
  if (Math.abs(answer - stated) < 1e-9) return true;
  const places = decimalsOf(answer);
  if (places >= decimalsOf(stated)) return false;
  const scale = 10 ** places;
  return Math.abs(Math.round(stated * scale) / scale - answer) < 1e-9;
}
