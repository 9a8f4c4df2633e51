/**
 * Reads what a key feature states literally about the API: routes (`POST /convert`, `GET /books/{id}`),
 * request and response shapes written as JSON-ish objects (`{"value": number, "from": "C"|"F"|"K"}`), query
 * parameters (`?n=10`) and status codes. Pure and deterministic; the feature text is only ever data.
 */
import { errorBodyText, errorShapeOfFields } from '../error-body';
import { ERROR_BODY_SHAPES, type ErrorBodyShape } from '../spec-contract';
import { queryValue } from './query-literals';
import { mergeSameRoutes, writtenPath } from './route-placeholders';
import type { LiteralKind } from './literal-domains';
import { readLiteralType, splitTopLevel, type LiteralElement, type LiteralType } from './literal-types';

export type { LiteralElement, LiteralType } from './literal-types';

/** One field of a literal shape. */
export interface LiteralField {
  name: string;
  /** Undefined when the feature names the field without a type the reader knows. */
  type?: LiteralType;
  /** For an array of scalars (`[strings]`, `number[]`): the type of its elements. */
  element?: LiteralElement;
  /** The values the feature allows (`"C"|"F"|"K"`), when it lists them. */
  enum?: (string | number)[];
  /** Marked optional (`"note"?: string`). */
  optional: boolean;
  /** A rule written with the type that a field type alone does not hold (`integer >= 0`, `ISO datetime`). */
  rule?: string;
  /** What a field written as a domain word carries (`"from": unit`, `"devise": code devise`). */
  kind?: LiteralKind;
  /** An array of objects written with their shape (`[{"quantity": integer, "unit_price": number}]`): its fields. */
  items?: LiteralField[];
  /** A date or date-time notation written as the value (`"time": "YYYY-MM-DDTHH:mm"`), without its quotes. */
  pattern?: string;
}

/** A route a feature names. */
export interface LiteralRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * As written, without its query string, its parameters normalised to `{name}` (`:id`, `<n>`, `N`, an example
   * value such as `2026`; see route-placeholders.ts).
   */
  path: string;
  /** Path parameter → the example value written in its place (`/roman/2026`), when the feature shows one. */
  samples?: Record<string, string>;
}

/** Everything a feature states literally; empty lists when it states nothing of that kind. */
export interface FeatureLiterals {
  routes: LiteralRoute[];
  /** Query parameter names (`?n=10&overdue=true` → n, overdue). */
  query: string[];
  /**
   * The query parameters with what their written values say (`?amount=<number>&to=<unit>` → a number, a text;
   * `query-literals.ts`), in the order of `query`.
   */
  queryFields: LiteralField[];
  /** The request body shape, when the feature writes one. */
  request: LiteralField[];
  /** The response shape, when the feature writes one (after "returns", "→", …). */
  response: LiteralField[];
  /** Status codes the feature names (200–599). */
  statuses: number[];
  /** Shapes the reader could not make sense of, or that contradict themselves, with why. */
  problems: string[];
  /**
   * Error bodies the feature asks for that no error body shape answers (`returns 400 with {"detail": string}`),
   * each a finding; see `errorShapeOfFields`.
   */
  errorBodies: string[];
  /** The error body shapes the feature asks for (`returns 400 with {"error": string}` → `error_string`). */
  errorShapes: ErrorBodyShape[];
}

/** A shape right after a 4xx status ("returns 400 with {…}") describes the error body. */
// A 4xx right before a body, unless a success status comes between ("(2-6 options, else 400) returns 201 {…}").
const ERROR_CUE = /\b4\d\d\b(?:(?!\b[23]\d\d\b)[^{}]){0,25}$/;

// A query value may be a placeholder with spaces in angle brackets (`?amount=<a number>`), or listed values in
// double quotes (`?from="kph"|"mph"`).
const ROUTE =
  /\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s?,;)"'`]*)(\?(?:<[^<>\n]{0,40}>|"[^"\s<>]{1,24}"|[^\s,;)"'`<])*)?/g;
// What introduces an answer, in the languages intents are written in ("responds 202 {…}", "antwortet mit
// Status 202 und {…}", "responde 202 {…}", "répond 202 {…}", "risponde 202 {…}", "responde 202 com {…}").
const RESPONSE_CUE =
  /(returns?|responds?|respond with|answers?|replies|reply|gives|yields|output|antwortet|antworten|liefert|responder|responde|devuelve|devolver|retornar|retorna|devolve|répondre|répond|renvoie|retourne|rispondere|risponde|restituisce|->|→|=>)\s*((with|mit|con|com|avec)\s+)?((the\s+)?(status|code|statut|estado|stato)\s+)?([1-5]\d\d\s*(ok|created|accepted)?\s*)?((with|and|und|mit|y|con|com|e|et|avec)\s+)?(a\s+|an\s+)?(json\s+)?(body\s+)?(object\s+)?(like\s+)?$/i;
// A number followed by a unit of time ("a tolerance of 300 seconds", "300 s", "500 ms") is a quantity, no status.
// One that ends a sentence ("…, error 400.") is a status; one with decimals (400.5) is not; nor is an amount of
// a measure ("1 cup = 240 ml", "250 g", "500 MB").
const STATUS =
  /(?<![\w./{-])([1-5]\d\d)(?![\w/}-])(?!\.\d)(?!\s*-?\s*(?:ms|s|secs?|seconds?|sekunden?|segundos?|secondes?|secondi|min|mins|minutes?|minuten?|minutos?|minuti|ml|cl|dl|l|g|kg|mg|cm|mm|km|lbs?|oz|kb|mb|gb|kib|mib|gib|bytes?)(?![\p{L}]))/giu;
/** What `feature` states literally. */
export function readFeatureLiterals(feature: string): FeatureLiterals {
  let routes: LiteralRoute[] = [];
  const query = new Map<string, LiteralField>();
  /** The value each query parameter is written with (`?from=GiB` → GiB). */
  const written = new Map<string, string>();
  const addQuery = (text: string) => {
    for (const [name, value] of queryPairs(text)) {
      if (query.has(name)) continue;
      query.set(name, { name, ...queryValue(value), optional: false });
      written.set(name, value.trim());
    }
  };
  for (const m of feature.matchAll(ROUTE)) {
    const { path, samples } = writtenPath(m[2]);
    routes.push({
      method: m[1] as LiteralRoute['method'],
      path,
      ...(Object.keys(samples).length > 0 ? { samples } : {}),
    });
    addQuery(m[3] ?? '');
  }
  routes = mergeSameRoutes(routes);
  for (const m of feature.matchAll(/(?:^|\s)\?([A-Za-z_]\w*=[^\s,;)]*(?:&[A-Za-z_]\w*=[^\s,;)]*)*)/g)) {
    addQuery(`?${m[1]}`);
  }
  const problems: string[] = [];
  let request: LiteralField[] = [];
  let response: LiteralField[] = [];
  const errorBodies: string[] = [];
  const errorShapes = new Set<ErrorBodyShape>();
  const writesBody = routes.some((r) => r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH');
  let requestEnd = -1;
  for (const shape of topLevelShapes(feature)) {
    const fields = parseFields(shape.text, problems);
    if (!fields) continue;
    const before = feature.slice(Math.max(0, shape.start - 40), shape.start);
    // `{"status": "approved"} or {"status": "rejected"}`: one request body written twice, each with one value.
    if (requestEnd >= 0 && ALTERNATIVE.test(feature.slice(requestEnd, shape.start))) {
      const merged = alternativeFields(request, fields);
      if (merged) {
        request = merged;
        requestEnd = shape.start + shape.text.length;
        continue;
      }
    }
    if (ERROR_CUE.test(before)) {
      const wanted = errorShapeOfFields(fields);
      if (wanted) errorShapes.add(wanted);
      else {
        errorBodies.push(
          `it asks for error bodies ${shape.text}, which no generated service answers: errors carry their stable code and message as ${ERROR_BODY_SHAPES.map((x) => errorBodyText(x)).join(' or ')}`,
        );
      }
      continue;
    }
    const isResponse = RESPONSE_CUE.test(before) || (!writesBody && routes.length > 0) || request.length > 0;
    if (isResponse && response.length === 0) response = fields;
    else if (!isResponse && request.length === 0) {
      request = fields;
      requestEnd = shape.start + shape.text.length;
    }
  }
  const prose = withoutShapes(feature);
  request = withListedUnits(prose, request);
  const units = listedUnits(prose);
  for (const [name, field] of query) {
    // `?from=GiB&to=MiB … units B, kB, MB, …, GiB`: a parameter written with one of the listed units takes them,
    // as does one written as a unit placeholder (`?from=<unit>&to=<unit> with units kmh, mph and knots`).
    const value = written.get(name) ?? '';
    if (units && field.enum === undefined && (units.includes(value) || unitPlaceholder(value, field))) {
      query.set(name, { ...field, type: 'string', enum: units });
    }
  }
  const statuses = [...prose.matchAll(STATUS)].map((m) => Number(m[1])).filter((s) => s >= 200 && s <= 599);
  return {
    routes,
    query: [...query.keys()],
    queryFields: [...query.values()],
    request,
    response,
    statuses: [...new Set(statuses)],
    problems,
    errorBodies,
    errorShapes: [...errorShapes],
  };
}

/**
 * The feature with the error bodies it spells blanked (`returns 400 with {"error": string}`): their field names
 * are the error shape's, not words of the feature's domain.
 */
export function withoutErrorBodies(feature: string): string {
  let out = feature;
  for (const shape of topLevelShapes(feature)) {
    if (!ERROR_CUE.test(feature.slice(Math.max(0, shape.start - 40), shape.start))) continue;
    out =
      out.slice(0, shape.start) + ' '.repeat(shape.text.length) + out.slice(shape.start + shape.text.length);
  }
  return out;
}

/** Name and written value of each `name=value` pair of a query string. */
function queryPairs(text: string): [string, string][] {
  return text
    .replace(/^\?/, '')
    .split('&')
    .map((pair): [string, string] => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    })
    .filter(([name]) => /^[A-Za-z_]\w*$/.test(name));
}

/** The feature with its `{…}` shapes blanked, so numbers inside them are not read as status codes. */
function withoutShapes(feature: string): string {
  let out = feature;
  for (const shape of topLevelShapes(feature)) {
    out =
      out.slice(0, shape.start) + ' '.repeat(shape.text.length) + out.slice(shape.start + shape.text.length);
  }
  return out.replace(ROUTE, (m) => ' '.repeat(m.length));
}

/** A shape of quoted field names alone, two or more (`[{"player", "best"}]`): the fields without their types. */
const BARE_NAMES = /^\{\s*(["'])[A-Za-z_][\w-]*\1\s*\??(?:\s*,\s*(["'])[A-Za-z_][\w-]*\2\s*\??)+\s*\}$/;
/** One quoted field name alone (`-> {"betrag"}`): a shape of one field, unless a path holds it (`/players/{"id"}`). */
const BARE_NAME = /^\{\s*(["'])[A-Za-z_][\w-]*\1\s*\}$/;

/**
 * Balanced top-level `{…}` spans that contain a `:` or are a list of quoted field names (path parameters like
 * `{id}` are neither).
 */
export function topLevelShapes(text: string): { start: number; text: string }[] {
  const shapes: { start: number; text: string }[] = [];
  let depth = 0;
  let start = -1;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    // An apostrophe inside a word ("<the event's id>") opens no quote.
    const apostrophe = ch === "'" && /\p{L}/u.test(text[i - 1] ?? '');
    if ((ch === '"' || (ch === "'" && !apostrophe)) && depth > 0) quote = ch;
    else if (ch === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const span = text.slice(start, i + 1);
        const named = BARE_NAMES.test(span) || (BARE_NAME.test(span) && text[start - 1] !== '/');
        if (span.includes(':') || named) shapes.push({ start, text: span });
      }
    }
  }
  return shapes;
}

/** The fields of one `{…}` shape, or null when it is not a shape at all. */
function parseFields(shape: string, problems: string[]): LiteralField[] | null {
  const inner = shape.slice(1, -1).trim();
  if (inner === '') return [];
  const fields: LiteralField[] = [];
  // A comma inside a field's description ("string of digits, spaces allowed") continues that field.
  const entries: string[] = [];
  for (const entry of splitTopLevel(inner)) {
    const continues = entries.length > 0 && !entry.includes(':') && /^\s*[A-Za-z]/.test(entry);
    if (continues) entries[entries.length - 1] += `,${entry}`;
    else entries.push(entry);
  }
  for (const entry of entries) {
    // A quoted name alone (`{"id", "title", "state": "on_shelf"}`) names a field without saying its type.
    const bare = /^\s*(["'])([A-Za-z_][\w-]*)\1\s*(\?)?\s*$/.exec(entry);
    if (bare) {
      if (!fields.some((f) => f.name === bare[2])) fields.push({ name: bare[2], optional: Boolean(bare[3]) });
      continue;
    }
    const m = /^\s*(["']?)([A-Za-z_][\w-]*)\1\s*(\?)?\s*:\s*([\s\S]+?)\s*$/.exec(entry);
    if (!m) return null;
    const [, , name, optionalMark, typeText] = m;
    const read = readLiteralType(typeText);
    const field: LiteralField = { name, ...read, optional: Boolean(optionalMark) || read.optional };
    const elements = /^\[\s*(\{[\s\S]*\})\s*\]$/.exec(typeText.trim());
    const items = read.type === 'array' && elements ? parseFields(elements[1], problems) : null;
    if (items && items.length > 0) field.items = items;
    const twin = fields.find((f) => f.name === name);
    if (twin) {
      problems.push(`field "${name}" is written twice, with two different meanings, in ${shape}`);
      continue;
    }
    fields.push(field);
  }
  return fields;
}

/**
 * The word that introduces a list of units ("units", "Einheiten: ", "unidades son ", "unit one of", "unidad una
 * de"), in the intents' languages.
 */
const UNIT_LIST_WORD = String.raw`\b(?:units?|einheit(?:en)?|unidad(?:es)?|unites?|unita|unidades?)\b\s*(?:(?:is|are|must be|can be|ist|sind|es|son|est|sont|e|sono|sao|deve ser)\s+)?(?::|=|one of|any of|among|eine von|einer von|una de|uno de|l'une de|une de|un de|uno tra|una tra|um de|uma de)?\s*`;
/** "units "ml", "l", "us_gal"", "Einheiten: "m", "km"": the values a feature lists for its unit fields. */
const LISTED_UNITS = new RegExp(
  UNIT_LIST_WORD +
    String.raw`("[^"]+"(?:\s*(?:,|\bor\b|\band\b|\boder\b|\bund\b|\by\b|\bo\b|\bet\b|\bou\b|\be\b|\|)\s*"[^"]+")+)`,
  'i',
);
/** A query value that stands for a unit: `<unit>`, `<Einheit>`, `<unidad>`, `<unité>`, `<unità>`, `<unidade>`. */
const UNIT_PLACEHOLDER = /^<\s*(?:units?|einheit|unidad|unit[eé]|unit[aà]|unidade)\s*>$/i;
/** A value written as a placeholder in any form: `<x>`, `{x}`, `[x]`, `:x`, or a word in capitals (`EINHEIT`). */
const ANY_PLACEHOLDER = /^(?:<[^<>]+>|\{[^{}]+\}|\[[^[\]]+\]|:[A-Za-z_]\w*|\p{Lu}[\p{Lu}_]*)$/u;

/**
 * Whether a query parameter written with `value` stands for one of the units a feature lists: a unit placeholder,
 * or any placeholder of text (`?von=EINHEIT`, `?from={u}`, `?to=:to`) beside the list; a number placeholder
 * (`<n>`, `ZAHL`) is the amount.
 */
function unitPlaceholder(value: string, field: LiteralField): boolean {
  if (UNIT_PLACEHOLDER.test(value)) return true;
  return ANY_PLACEHOLDER.test(value) && field.type === 'string' && field.rule === undefined;
}
/** Where a list of units written without quotes starts: "units B, kB, MB", "Einheiten: m, km". */
const UNIT_LIST_START = new RegExp(UNIT_LIST_WORD, 'gi');
/** A unit symbol as written in such a list: short, no spaces (`B`, `kB`, `GiB`, `m/s`, `°C`, `fl_oz`). */
const UNIT_SYMBOL = /^[A-Za-zµ°][A-Za-z0-9µ°/_²³]{0,5}$/;
const LIST_JOINERS = new Set(['and', 'or', 'und', 'oder', 'y', 'o', 'et', 'ou', 'e']);
/** Words that end such a list ("units B, kB and MB are accepted"), though short enough to look like symbols. */
const LIST_ENDERS = new Set(
  'are is be can may the to in of for with as all any only sind werden ist son es sont est sono e sao'.split(
    ' ',
  ),
);

/** The unit spellings a feature lists in quotes (`units "ml", "l"`), or null. */
function quotedUnits(text: string): string[] | null {
  const quoted = LISTED_UNITS.exec(text);
  return quoted ? [...quoted[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]) : null;
}

/**
 * The unit spellings a feature lists: quoted (`units "ml", "l"`), or bare symbols after the word (`units B,
 * kB, MB, GB (powers of 1000) and KiB, MiB`; remarks in parentheses are skipped). A bare list is read only
 * where it holds two or more symbols, and bound only to a parameter written with one of its values.
 */
function listedUnits(text: string): string[] | null {
  const quoted = quotedUnits(text);
  if (quoted) return quoted;
  for (const start of text.matchAll(UNIT_LIST_START)) {
    const rest = text
      .slice((start.index ?? 0) + start[0].length)
      .replace(/\([^()]*\)/g, ' ')
      .split(/[;.](?:\s|$)/)[0];
    const values: string[] = [];
    // After a comma or a joiner a short word is an item ("mm, cm, in, ft": inches); else it ends the list.
    let joined = false;
    for (const [, separator, token] of rest.matchAll(/(\s*,\s*|\s+|^)([^\s,]+)/g)) {
      const word = token.toLowerCase();
      if (LIST_JOINERS.has(word) && values.length > 0) {
        joined = true;
        continue;
      }
      const listed = joined || (values.length > 0 && separator.includes(','));
      if (!UNIT_SYMBOL.test(token) || (LIST_ENDERS.has(word) && !listed)) break;
      values.push(token);
      joined = false;
    }
    if (values.length >= 2) return values;
  }
  return null;
}

/**
 * Unit fields written as a domain word (`"from": unit`) take the values the feature lists for its units in
 * quotes: the service must accept exactly those spellings, as it would an enumeration written in the shape.
 */
/** What joins two alternative bodies: "or", "oder", "o", "ou", "/", a comma. */
const ALTERNATIVE = /^\s*(?:or|oder|o|ou|od\.|\/|,)\s*$/i;

/**
 * The fields of two alternative bodies as one: the same names, each with one written value, the values joined
 * (`{"status": "approved"} or {"status": "rejected"}` → status "approved"|"rejected"); null when they differ.
 */
function alternativeFields(first: LiteralField[], second: LiteralField[]): LiteralField[] | null {
  if (first.length !== second.length) return null;
  const merged: LiteralField[] = [];
  for (const f of first) {
    const g = second.find((x) => x.name === f.name);
    if (!g || f.enum?.length === undefined || g.enum?.length === undefined || f.type !== g.type) return null;
    merged.push({ ...f, enum: [...new Set([...f.enum, ...g.enum])] });
  }
  return merged;
}

function withListedUnits(text: string, request: LiteralField[]): LiteralField[] {
  if (!request.some((f) => f.kind === 'unit' && f.enum === undefined)) return request;
  const values = quotedUnits(text);
  if (!values) return request;
  return request.map((f) => (f.kind === 'unit' && f.enum === undefined ? { ...f, enum: values } : f));
}
