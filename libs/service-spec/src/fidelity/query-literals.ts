/**
 * Reads what a feature writes as the value of a query parameter (`?amount=<number>&from=<unit>&n=10`) into a
 * typed literal field: the placeholder or example value says the type (`<number>`, `<Zahl>`, `<número>`,
 * `<nombre>`, `N`, `10` → a number; `<2..36>` → an integer from 2 to 36; `C|F|K` or `"kph"|"mph"` → those
 * values; a date pattern → a date-time text; `<unit>`, `<IANA>`, `GiB` → text). A value the reader does not
 * know leaves the type open.
 */

/** What a written query value says about its parameter; empty when it says nothing the reader knows. */
export interface QueryValue {
  type?: 'number' | 'integer' | 'string' | 'boolean';
  /** The only values allowed (`C|F|K`). */
  enum?: string[];
  /** A rule beyond the type (`between 2 and 36`, `date-time`). */
  rule?: string;
}

/** Placeholder words (accents folded, lower case) that mean a number, in English, German, Spanish, French. */
const NUMBER_WORDS = new Set(
  (
    'number num float double decimal real amount value quantity ' +
    'zahl nummer dezimalzahl betrag wert menge ' +
    'numero cantidad importe valor monto ' +
    'nombre montant valeur quantite'
  ).split(' '),
);

/** Placeholder words that mean a whole number. */
const INTEGER_WORDS = new Set('integer int n count limit ganzzahl anzahl entero cuenta entier'.split(' '));

const BOOLEAN_WORDS = new Set('boolean bool'.split(' '));

/** Placeholder words that mean a point in time (a date-time written as text). */
const TIME_WORDS = new Set(
  (
    'datetime date time timestamp instant iso iso8601 ' +
    'datum zeit zeitpunkt uhrzeit fecha hora momento heure horodatage'
  ).split(' '),
);

/** A date or date-time pattern written as its letters: YYYY-MM-DD, YYYY-MM-DDTHH:MM, HH:MM. */
const DATE_PATTERN = /^(y{4}-m{2}-d{2}([t ]h{2}:m{2}(:s{2})?)?|h{2}:m{2}(:s{2})?)(z|[+-]h{2}:?m{2})?$/i;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** What a query parameter's `value`, as the feature writes it (maybe empty), says about the parameter. */
export function queryValue(value: string): QueryValue {
  const raw = value.trim();
  const inner = /^<([^<>]*)>$|^\{([^{}:]*)\}$|^\[([^[\]]*)\]$/.exec(raw);
  const text = inner ? (inner[1] ?? inner[2] ?? inner[3]).trim() : raw;
  const field: QueryValue = {};
  if (text === '') return field;
  const range = /^(-?\d+)\s*(?:\.\.|–|-|to|bis|a|à)\s*(-?\d+)$/.exec(text);
  if (range && Number(range[1]) < Number(range[2])) {
    return { ...field, type: 'integer', rule: `between ${range[1]} and ${range[2]}` };
  }
  if (/^-?\d+$/.test(text)) return { ...field, type: 'integer' };
  if (/^-?\d+\.\d+$/.test(text)) return { ...field, type: 'number' };
  if (/^(true|false)$/i.test(text)) return { ...field, type: 'boolean' };
  if (DATE_PATTERN.test(text)) return { ...field, type: 'string', rule: 'date-time' };
  // Values listed with bars, none a placeholder (`C|F|K`, `asc|desc`): only those.
  const listed = text.split('|').map((v) => v.trim().replace(/^"([^"]*)"$/, '$1'));
  if (!inner && listed.length > 1 && listed.every((v) => /^[\w.-]+$/.test(v))) {
    return { ...field, type: 'string', enum: listed };
  }
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return field;
  // `N` stands for a count (`?limit=N`); any other single word is an example value (`?from=K`, `?to=GiB`).
  if (!inner && text === 'N') return { ...field, type: 'integer' };
  if (!inner && words.length === 1 && !NUMBER_WORDS.has(words[0]) && !INTEGER_WORDS.has(words[0])) {
    return { ...field, type: 'string' };
  }
  if (words.some((w) => INTEGER_WORDS.has(w))) return { ...field, type: 'integer' };
  if (words.some((w) => NUMBER_WORDS.has(w))) return { ...field, type: 'number' };
  if (words.some((w) => BOOLEAN_WORDS.has(w))) return { ...field, type: 'boolean' };
  if (words.some((w) => TIME_WORDS.has(w))) return { ...field, type: 'string', rule: 'date-time' };
  return inner ? { ...field, type: 'string' } : field;
}
