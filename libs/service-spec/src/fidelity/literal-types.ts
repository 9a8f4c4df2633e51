/**
 * Reads the type a literal shape writes for one field (`"qty": entier ≥ 0`, `"tags": [strings]`, `"day":
 * "YYYY-MM-DD"`, `"code": optional string`) in the words intents use: English, German, Spanish, French,
 * Portuguese and Italian type names, placeholders (`n`, `"..."`), optional marks, arrays of scalars, listed
 * values, formats (date, date-time, hex) and bounds. A rule is returned in English (`integer >= 0`, `ISO date`),
 * so that one reader of rules (`fieldRuleConstraints`) serves every language. Pure; the text is only data.
 */

import { readLiteralKind, type LiteralKind } from './literal-domains';
import { writtenFormatIn } from '../value-formats';

/** A value type a feature can state for a field. */
export type LiteralType = 'number' | 'integer' | 'string' | 'boolean' | 'array' | 'object';

/** The scalar types an array written as `[strings]` or `integer[]` may hold. */
export type LiteralElement = 'number' | 'integer' | 'string' | 'boolean';

/** What a type expression states about its field. */
export interface LiteralTypeReading {
  /** Undefined when the text names no type the reader knows (a placeholder such as `...`). */
  type?: LiteralType;
  /** For an array of scalars (`[strings]`, `number[]`, `list of integers`): the type of its elements. */
  element?: LiteralElement;
  enum?: (string | number)[];
  optional: boolean;
  /** A rule beyond the type, in English (`integer >= 0`, `ISO date`, `hex`), or the text as written. */
  rule?: string;
  /** What a field written as a domain word carries (a unit, a currency code, a numeral base…). */
  kind?: LiteralKind;
  /** A date or date-time notation written as the value (`"YYYY-MM-DDTHH:mm"`), without its quotes. */
  pattern?: string;
}

/** Type names (folded: lower case, accents removed), singular and plural, in the languages intents use. */
const TYPE_NAMES: Record<string, LiteralElement | 'object' | 'array'> = {};
const name = (type: LiteralElement | 'object' | 'array', words: string): void => {
  for (const word of words.trim().split(/\s+/)) TYPE_NAMES[word] = type;
};
name(
  'string',
  'string strings str text texts texto textos texte textes chaine chaines zeichenkette zeichenketten ' +
    'zeichenfolge text testo testi cadena cadenas stringa stringhe',
);
name(
  'number',
  'number numbers float floats double doubles decimal decimals numeric real zahl zahlen dezimalzahl ' +
    'kommazahl nummer numero numeros nombre nombres numerique numerico decimale',
);
name(
  'integer',
  'integer integers int ints entier entiers entero enteros inteiro inteiros intero interi ganzzahl ganzzahlen',
);
name('boolean', 'boolean booleans bool booleano booleanos booleen booleens wahrheitswert');
name('object', 'object objeto objet objekt oggetto');
name('array', 'array list liste lista arreglo');

/** Two-word type names ("whole number", "ganze Zahl", "nombre entier"). */
const TYPE_PHRASES: [RegExp, LiteralElement][] = [
  [
    /^(?:whole numbers?|ganzen? zahl(?:en)?|nombres? entiers?|numeros? enteros?|numeros? inteiros?|numeri interi)\b/,
    'integer',
  ],
  [/^(?:true\s*(?:\/|or)\s*false)\b/, 'boolean'],
];

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Words that only say a field may be left out, in the languages intents use. */
const OPTIONAL_WORD =
  /^(?:optional|optionnel(?:le)?|opcional|facultati(?:f|ve|vo|va)|optionale?r?|opzionale|opt\.?|nullable)$/;

/** A value standing for "some value" rather than the only value allowed: `n`, `x`, `s` (a string), `...`, `"..."`. */
const PLACEHOLDER = /^(?:["'](?:\.\.\.|…|)["']|\.\.\.|…|<[^<>]*>|[nxs]|\?)$/i;

/** Date and date-time notations: a pattern written as the value, or the words. */
const DATE_PATTERN = /^["']?(?:yyyy-mm-dd|aaaa-mm-jj|jjjj-mm-tt|aaaa-mm-dd)["']?$/i;
/** Clock and duration notations (`"h:mm:ss"`, `"m:ss"`, `"HH:MM"`): how a time is written, not a value. */
const CLOCK_PATTERN = /^["']?(?:h{1,2}:m{1,2}(?::s{1,2})?|m{1,2}:s{1,2})["']?$/i;
const DATE_TIME_PATTERN = /^["']?yyyy-mm-dd[t ]hh:mm(?::ss)?(?:\.s+)?(?:z|±hh:mm|[+-]hh:mm)?["']?$/i;
const DATE_WORDS =
  /^(?:(?:iso(?:[ -]?8601)?[ -]?)?(?:date|datum|fecha|data)(?:\s*\(?(?:yyyy-mm-dd|aaaa-mm-jj|jjjj-mm-tt|aaaa-mm-dd|iso(?:[ -]?8601)?)\)?)?|iso(?:[ -]?8601)? (?:calendar )?date)$/;
const DATE_TIME_WORDS =
  /^(?:(?:iso(?:[ -]?8601)?[ -]?)?(?:date[ -]?time|datetime|timestamp|zeitstempel|horodatage|marca de tiempo|fecha y hora|fecha[ -]hora|date et heure|date[ -]heure|data e hora|data[ -]hora|data e ora|data[ -]ora|datum[ -]uhrzeit|datum und uhrzeit)(?:\s*\(?(?:utc|iso(?:[ -]?8601)?|with (?:a )?(?:time ?)?zone)\)?)*|iso(?:[ -]?8601)?(?:\s*\(?(?:utc|z)\)?)?)$/;
const HEX_WORDS =
  /^(?:hex|hexadecimal|hexadezimal|hexadecimale?|hex[ -]?(?:encoded|string|digits|chars|characters))$/;

/** Rule words of other languages, written in English so that one rule reader understands every language. */
const RULE_WORDS: [RegExp, string][] = [
  [/\b(?:mindestens|au moins|al menos|pelo menos|no minimo|almeno|minimal|minimum de)\b/g, 'at least'],
  [
    /\b(?:hochstens|hoechstens|maximal|au plus|au maximum|como maximo|a lo sumo|no maximo|al massimo|maximo)\b/g,
    'at most',
  ],
  [
    /\b(?:zwischen|entre|tra|fra)\s+(-?\d+(?:\.\d+)?)\s+(?:und|et|y|e)\s+(-?\d+(?:\.\d+)?)/g,
    'between $1 and $2',
  ],
  [
    /\b(?:von|de|desde|da)\s+(-?\d+(?:\.\d+)?)\s+(?:bis|a|à|al|ate|hasta)\s+(-?\d+(?:\.\d+)?)/g,
    'from $1 to $2',
  ],
  [/(?<!\bfrom\s+)(?<![\d.])(-?\d+(?:\.\d+)?)\s+(?:bis|a|à|to|ate|hasta)\s+(-?\d+(?:\.\d+)?)/g, '$1..$2'],
  [/(-?\d+(?:\.\d+)?)\s*[-–]\s*(-?\d+(?:\.\d+)?)(?=\s|$)/g, '$1..$2'],
  [
    /\b(?:nicht[- ]negativ|non[- ]negatif|non negative|no negativo|nao negativo|non negativo)\b/g,
    'non-negative',
  ],
  [/\b(?:positiv|positif|positivo|positiva|strictement positif)\b/g, 'positive'],
  [/\b(?:inklusive|inclus|incluido|incluso|inclusivo)\b/g, 'inclusive'],
  // "(Standard 1)", "(por defecto 1)", "(par défaut 1)", "(predefinito 1)", "(padrão 1)": the written default.
  [
    /\b(?:standard(?:wert)?|vorgabe|voreingestellt|por defecto|por omision|predeterminado|par defaut|predefinito|di default|padrao|por padrao)\b:?/g,
    'default',
  ],
];

/** A note after a type that states a unit or currency, not a rule (`number EUR`, `integer in cents`). */
const CURRENCY_CODE = /^(?:in\s+|en\s+|em\s+)?[A-Z]{3}$/;
const UNIT_NOTE =
  /^(?:in\s+|en\s+|em\s+)?(?:€|\$|£|cents?|centimos?|centimes?|minor units?|seconds?|secs?|minutes?|mins?|hours?|days?|ms|milliseconds?|kg|g|km|m|cm|mm|mi|lb|lbs|%|percent|prozent|euros?|dollars?)$/i;

/** Two numbers or more listed with "or" in words (English, German, Spanish, French, Italian, Portuguese). */
const NUMBERS_LISTED = /^\d+(?:[.,]\d+)?(?:\s*,\s+\d+(?:[.,]\d+)?)*\s+(?:or|oder|o|ou|ó)\s+\d+(?:[.,]\d+)?$/i;

/** Reads one type expression (the text after `"name":` in a literal shape). */
export function readLiteralType(written: string): LiteralTypeReading {
  let text = written
    .trim()
    .replace(/^`(.*)`$/, '$1')
    .trim();
  let optional = false;
  // "optional string", "string, optional", "string (optional)", "string?" and "string | null" leave it out.
  const lead = /^(\S+)\s+(.+)$/.exec(text);
  if (lead && OPTIONAL_WORD.test(fold(lead[1]))) {
    optional = true;
    text = lead[2].trim();
  }
  const trail = /^(.+?)\s*(?:,\s*|\(\s*|\s)(\S+?)\s*\)?$/.exec(text);
  if (trail && OPTIONAL_WORD.test(fold(trail[2]))) {
    optional = true;
    text = trail[1].trim();
  }
  if (/^[A-Za-z]+\?$/.test(text)) {
    optional = true;
    text = text.slice(0, -1);
  }
  // "19 oder 7", "21 o 10", "20 ou 5.5", "7, 10 or 19": numbers listed in words, as `19|7` lists them.
  const listed = NUMBERS_LISTED.exec(text);
  if (listed) {
    const values = text.split(/\s*,\s+|\s+(?:or|oder|o|ou|ó)\s+/i).map((n) => Number(n.replace(',', '.')));
    return { type: 'number', enum: [...new Set(values)], optional };
  }
  const parts = splitTopLevel(text, '|').map((p) => p.trim());
  if (parts.some((p) => /^(null|undefined|optional|none)$/i.test(p))) optional = true;
  const kept = parts.filter((p) => !/^(null|undefined|optional|none)$/i.test(p));
  if (kept.length === 0) return { optional };
  if (kept.length > 1) return { ...readUnion(kept), optional };
  return { ...readOne(kept[0]), optional };
}

/** `"C"|"F"|"K"`, `1|2|3`, `open|closed`, `true|false`, `string|number`. */
function readUnion(kept: string[]): Omit<LiteralTypeReading, 'optional'> {
  const folded = kept.map(fold);
  if (folded.every((p) => p === 'true' || p === 'false')) return { type: 'boolean' };
  const literals = kept.map(literalValue);
  if (literals.every((v) => v !== undefined)) {
    const values = literals;
    return { type: values.every((v) => typeof v === 'number') ? 'number' : 'string', enum: values };
  }
  // Bare words that are not type names are the values themselves: `open|closed`.
  if (kept.every((p) => /^[A-Za-z][\w-]*$/.test(p)) && !folded.some((p) => p in TYPE_NAMES))
    return { type: 'string', enum: kept };
  return {};
}

function readOne(t: string): Omit<LiteralTypeReading, 'optional'> {
  const f = fold(t).replace(/\s+/g, ' ');
  if (t.startsWith('{')) return { type: 'object' };
  // `{"estado": e}`, `{"state": v}`, `{"estado": valor}`: any other lower-case letter, or the word "value", stands
  // for some value of no type it says.
  if (/^(?:[a-z]|value|valor|valore|valeur|wert)$/.test(t) && !/^[nxs]$/.test(t)) return {};
  if (PLACEHOLDER.test(t))
    return /^[nx]$/i.test(t)
      ? { type: 'number' }
      : /^["']/.test(t) || /^s$/i.test(t)
        ? { type: 'string' }
        : {};
  const pattern = t.replace(/^["']|["']$/g, '');
  if (DATE_TIME_PATTERN.test(t)) return { type: 'string', rule: 'ISO datetime', pattern };
  if (DATE_PATTERN.test(t)) return { type: 'string', rule: 'ISO date', pattern };
  // "HH:MM" is also a clock time's format (a record field checked as one); "h:mm:ss", "m:ss" only a notation.
  if (CLOCK_PATTERN.test(t))
    return writtenFormatIn(t) !== null
      ? { type: 'string', rule: pattern, pattern }
      : { type: 'string', pattern };
  if (DATE_TIME_WORDS.test(f)) return { type: 'string', rule: 'ISO datetime' };
  if (DATE_WORDS.test(f)) return { type: 'string', rule: 'ISO date' };
  if (HEX_WORDS.test(f)) return { type: 'string', rule: 'hex' };
  // `ISBN-13 without dashes`, `"HH:MM"`, `IBAN`, `un e-mail valide`: a text of a format, its rule as written.
  if (writtenFormatIn(t) !== null) return { type: 'string', rule: t.replace(/^["']|["']$/g, '') };
  const value = literalValue(t);
  if (value !== undefined) return { type: typeof value === 'number' ? 'number' : 'string', enum: [value] };
  const array = arrayElement(t);
  if (array !== null) return array;
  const domain = readLiteralKind(t);
  // A numeral base is an integer; only its bounds are a rule (`base (2..36)` → `integer 2..36`).
  if (domain?.kind === 'base')
    return domain.bounds
      ? { type: 'integer', kind: 'base', rule: englishRule(`integer ${domain.bounds}`) }
      : { type: 'integer', kind: 'base' };
  if (domain) return { type: 'string', kind: domain.kind, rule: t };
  // A bare range of numbers (`2..36`, `0.5..3`) is a number within it: an integer when both ends are.
  const range = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/.exec(t);
  if (range) {
    const type = /\./.test(range[1] + range[2]) ? 'number' : 'integer';
    return { type, rule: englishRule(`${type} ${range[1]}..${range[2]}`) };
  }
  return readScalar(t, f);
}

/** `[strings]`, `[string, ...]`, `[{…}]`, `string[]`, `Array<number>`, `list of integers`, `liste de textes`, `array`. */
function arrayElement(t: string): Omit<LiteralTypeReading, 'optional'> | null {
  // `[string, ...] (2-10)`: how many elements, written after the array, is a rule of the field.
  const counted = /^(\[.*\])\s*\(\s*(\d+)\s*(?:-|–|\.\.|to|bis)\s*(\d+)\s*\)$/.exec(t.trim());
  if (counted) {
    const array = arrayElement(counted[1]);
    return array && { ...array, rule: `items ${counted[2]}..${counted[3]}` };
  }
  const f = fold(t).trim();
  let inner: string | null = null;
  const bracket = /^\[\s*(.*?)\s*\]$/.exec(t);
  // `[string, ...]`: the ellipsis says there may be more elements of that type.
  if (bracket) inner = bracket[1].replace(/\s*,\s*(?:\.\.\.|…)$/, '');
  else if (/\[\]$/.test(t)) inner = t.slice(0, -2);
  else {
    const generic = /^(?:array|list|liste|lista)\s*<\s*(.+?)\s*>$/i.exec(t);
    const worded = /^(?:array|list|liste|lista|arreglo)\s+(?:of|de|von|aus|di|des|der)\s+(.+)$/.exec(f);
    if (generic) inner = generic[1];
    else if (worded) inner = worded[1];
    else if (TYPE_NAMES[f] === 'array') return { type: 'array' };
  }
  if (inner === null) return null;
  if (inner.trim().startsWith('{') || inner.trim() === '') return { type: 'array' };
  const element =
    TYPE_NAMES[
      fold(inner)
        .replace(/^["']|["']$/g, '')
        .trim()
    ];
  return element && element !== 'object' && element !== 'array'
    ? { type: 'array', element }
    : { type: 'array' };
}

/** A type name with or without a rule: `integer`, `Zahl`, `entier ≥ 0`, `non-negative integer`, `texto`. */
function readScalar(t: string, f: string): Omit<LiteralTypeReading, 'optional'> {
  const phrase = TYPE_PHRASES.find(([p]) => p.test(f));
  const leadWord = /^([a-z]+)\b\s*(.*)$/.exec(f);
  const leading = phrase
    ? { type: phrase[1], rest: f.replace(phrase[0], '').trim() }
    : leadWord && TYPE_NAMES[leadWord[1]]
      ? { type: TYPE_NAMES[leadWord[1]], rest: leadWord[2] }
      : null;
  if (leading && leading.type !== 'array') {
    const type = leading.type;
    const restOriginal = phrase ? leading.rest : t.replace(/^\s*\S+\s*/, '');
    if (leading.rest === '') return { type };
    const note = /^\((.*)\)$/.exec(leading.rest);
    if (note) {
      // A note in parentheses changes nothing, unless it states a format or a bound.
      const inner = readNote(type, note[1].trim());
      return inner ?? { type };
    }
    if (CURRENCY_CODE.test(restOriginal) || UNIT_NOTE.test(leading.rest)) return { type };
    const format = formatRule(leading.rest);
    if (format && type === 'string') return { type, rule: format };
    return { type, rule: asWritten(t, englishRule(`${type} ${leading.rest}`)) };
  }
  // A rule first, its type after ("non-negative integer", "positive Zahl", "entier positif" read above).
  const named = /\b([a-z]+)\s*$/.exec(f);
  const trailing = named ? TYPE_NAMES[named[1]] : undefined;
  if (trailing && trailing !== 'array' && trailing !== 'object')
    return {
      type: trailing,
      rule: asWritten(t, englishRule(`${f.slice(0, named?.index).trim()} ${trailing}`)),
    };
  const anyNumber = /\b(number|float|double|decimal|integer|int)\b/i.exec(t);
  if (t === '') return {};
  return {
    type: anyNumber ? TYPE_NAMES[anyNumber[1].toLowerCase()] : 'string',
    rule: t,
  };
}

/** The rule a note in parentheses states (`(YYYY-MM-DD)`, `(hex)`, `(>= 0)`, `(1..5)`), or null for a remark. */
function readNote(
  type: LiteralElement | 'object',
  note: string,
): Omit<LiteralTypeReading, 'optional'> | null {
  if (type === 'string') {
    const format = formatRule(fold(note));
    if (format) return { type, rule: format };
    if (DATE_PATTERN.test(note)) return { type, rule: 'ISO date' };
    if (DATE_TIME_PATTERN.test(note)) return { type, rule: 'ISO datetime' };
    // `string (valid IBAN)`, `Text (gültige IBAN)`: the note names the format the text must have.
    if (writtenFormatIn(note) !== null) return { type, rule: note };
  }
  if ((type === 'number' || type === 'integer') && /(?:[<>≤≥]=?|\.\.)\s*-?\d|\d\s*\.\./.test(note))
    return { type, rule: englishRule(`${type} ${fold(note)}`) };
  return null;
}

function formatRule(f: string): string | null {
  if (DATE_TIME_WORDS.test(f)) return 'ISO datetime';
  if (DATE_WORDS.test(f)) return 'ISO date';
  if (HEX_WORDS.test(f)) return 'hex';
  return null;
}

/** The rule as the feature wrote it when it was English already, else its English words. */
function asWritten(written: string, english: string): string {
  return fold(written).replace(/≥/g, '>=').replace(/≤/g, '<=').replace(/\s+/g, ' ').trim() === english
    ? written
    : english;
}

/** The rule in English words (`integer at least 1`), so the rule reader knows it whatever the language. */
export function englishRule(rule: string): string {
  let out = fold(rule).replace(/≥/g, '>=').replace(/≤/g, '<=');
  for (const [pattern, english] of RULE_WORDS) out = out.replace(pattern, english);
  return out.replace(/\s+/g, ' ').trim();
}

function literalValue(text: string): string | number | undefined {
  const quoted = /^"([^"]*)"$|^'([^']*)'$/.exec(text);
  if (quoted) return quoted[1] ?? quoted[2];
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** Splits on `sep` outside quotes, braces and brackets. */
export function splitTopLevel(text: string, sep = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[' || ch === '(') depth++;
    else if (ch === '}' || ch === ']' || ch === ')') depth--;
    else if (ch === sep && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') parts.push(current);
  return parts;
}
