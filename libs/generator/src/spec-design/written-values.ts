import type {
  DesignReference,
  FunctionDesign,
  Refusal,
  WorkedExample,
  WrittenValue,
} from '../catalog/catalog-entry';
import { featureWords, refuses } from '../catalog/feature-words';

/*
 * The values a feature writes ("standard subtractive notation (4 = IV, 900 = CM)", "e.g. 100 km/h is 27.78 m/s",
 * "eine römische Zahl wie MMXXVI", "malformed numerals (IIII, VX, ABC) -> 400") read as requests to a catalog
 * computation, answered by the family's reference semantics (`FunctionDesign.reference`): a value the computation
 * accepts becomes a worked example with the reference's answer, one it refuses a 4xx example; an answer the
 * feature states ("1994 -> MCMXCIV") must be the reference's, else the feature contradicts the computation and
 * stays unrealised. Nothing here is copied from the feature into an answer. Pure.
 */

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

/** What one written pair or value makes of a design. */
export type ValueReading =
  | { kind: 'example'; example: WorkedExample; forward: boolean }
  | { kind: 'refusal'; refusal: Refusal }
  | { kind: 'contradiction'; why: string }
  | { kind: 'unread' };

/** A design's parameters from a worked example's fields, and back. */
function paramsOf(d: FunctionDesign, input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(d.inputs.map((i) => [i.param, input[i.field.name]]));
}

function fieldsOf(d: FunctionDesign, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    d.inputs.filter((i) => params[i.param] !== undefined).map((i) => [i.field.name, params[i.param]]),
  );
}

function answerFields(d: FunctionDesign, results: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    d.outputs.filter((o) => results[o.result] !== undefined).map((o) => [o.field, results[o.result]]),
  );
}

/** Whether an answer of this kind can be compared with the stated one (a text, or a number with a number). */
function comparable(results: Record<string, unknown>, stated: WrittenValue): boolean {
  return Object.values(results).some(
    (r) => typeof r === 'string' || (typeof r === 'number' && stated.number !== undefined),
  );
}

/** Whether the reference's results hold the answer the feature states (a number, or a text as written). */
function states(results: Record<string, unknown>, stated: WrittenValue): boolean {
  return Object.values(results).some((r) =>
    typeof r === 'number'
      ? stated.number !== undefined && Math.abs(r - stated.number) < 1e-9
      : typeof r === 'string' && r === stated.text,
  );
}

function shown(v: WrittenValue): string {
  return v.unit === undefined ? v.text : `${v.text} ${v.unit}`;
}

function firstResult(results: Record<string, unknown>): string {
  return JSON.stringify(Object.values(results)[0]);
}

/**
 * What each pair, then each value, a feature writes makes of design `d` (answered by its reference): a pair is
 * read in the order written, else the other way ("MCMXCIV is 1994" beside a number → numeral design); a value
 * on its own is a worked example when accepted, a refusal when refused. `refusal`: the feature says its values
 * are refused, so one the reference accepts contradicts it. Null when the design has no reference.
 */
export function readValues(
  d: FunctionDesign,
  written: WrittenValues,
  feature: string,
  refusal: boolean,
): ValueReading[] | null {
  const reference: DesignReference | undefined = d.reference;
  if (!reference) return null;
  const base = d.examples[0] ? paramsOf(d, d.examples[0].input) : {};
  const said = feature.trim().replace(/[.!]$/, '');
  const pairOf = ({ given, stated }: WrittenPair): ValueReading => {
    const forward = reference.read(given, stated, base);
    const params = forward ?? reference.read(stated, given, base);
    const [sent, answer] = forward ? [given, stated] : [stated, given];
    if (!params) return { kind: 'unread' };
    const result = reference.compute({ ...base, ...params });
    if (result.ok && !comparable(result.results, answer)) return { kind: 'unread' };
    if (!result.ok || !states(result.results, answer)) {
      const is = result.ok ? firstResult(result.results) : `refused (${result.why})`;
      return { kind: 'contradiction', why: `${shown(sent)} is ${is}, not ${shown(answer)}` };
    }
    return {
      kind: 'example',
      forward: forward !== null,
      example: {
        description: `${shown(sent)} gives ${shown(answer)}, as the feature writes ("${said}").`,
        input: fieldsOf(d, { ...base, ...params }),
        output: answerFields(d, result.results),
      },
    };
  };
  const valueOf = (value: WrittenValue): ValueReading => {
    const params = reference.read(value, null, base);
    if (!params) return { kind: 'unread' };
    const input = fieldsOf(d, { ...base, ...params });
    const result = reference.compute({ ...base, ...params });
    if (result.ok && refusal) {
      return { kind: 'contradiction', why: `${shown(value)} is accepted (${firstResult(result.results)})` };
    }
    if (result.ok) {
      return {
        kind: 'example',
        forward: true,
        example: {
          description: `${shown(value)}, which the feature writes, gives ${firstResult(result.results)}.`,
          input,
          output: answerFields(d, result.results),
        },
      };
    }
    return {
      kind: 'refusal',
      refusal: {
        description: `${shown(value)} is refused: ${result.why} ("${said}").`,
        input,
        ...(result.status === undefined ? {} : { status: result.status }),
        ...(result.code === undefined ? {} : { code: result.code }),
      },
    };
  };
  return [...written.pairs.map(pairOf), ...written.values.map(valueOf)];
}

/** Words that carry no content beside written values ("or", "a", "the", "-> 400", the example markers). */
const FILLER = new Set(
  (
    'the and or any a an of to is are as with for in on by its their this that other others else ' +
    'e g eg z b zb p ej ex par ad es like such example examples instance wie como comme come beispiel ' +
    'ejemplo exemple esempio exemplo zum por per for der die das und oder ein eine el la los las y o un una ' +
    'le les et ou une des il lo e i os as um uma do da de di du del des sind ist son sont est'
  ).split(' '),
);

/**
 * Whether a feature is made of the values it writes, with a few words beside them ("1994 -> MCMXCIV",
 * "standard subtractive notation (4 = IV, 900 = CM)", "malformed numerals (IIII, VX, ABC) -> 400"): it has
 * nothing of its own to compute, so it can only be realised as worked examples of a computation the intent has.
 */
export function writesOnlyValues(feature: string): boolean {
  if (/[/{}]\p{L}/u.test(feature.replace(/\b[\p{L}]{1,3}\/[\p{L}]{1,3}\b/gu, ''))) return false;
  const written = readWrittenValues(feature, true);
  const count = written.pairs.length + written.values.length;
  if (count === 0 || (written.pairs.length === 0 && count < 2)) return false;
  const valueWords = new Set(
    [...written.pairs.flatMap((p) => [p.given, p.stated]), ...written.values].flatMap((v) =>
      featureWords(`${v.text} ${v.unit ?? ''}`),
    ),
  );
  const content = featureWords(feature).filter(
    (w) => !valueWords.has(w) && !FILLER.has(w) && !/^\d+$/.test(w) && !refuses([w]) && w.length >= 2,
  );
  return content.length <= 3;
}
