import {
  answersStated,
  readInputRules,
  readWrittenValues,
  type WrittenPair,
  type WrittenValue,
  type WrittenValues,
} from '@sf/service-spec';
import type { DesignReference, FunctionDesign, Refusal, WorkedExample } from '../catalog/catalog-entry';
import { asSaid, featureWords, refuses } from '../catalog/feature-words';

export { readWrittenValues };

/*
 * The values a feature writes ("standard subtractive notation (4 = IV, 900 = CM)", "e.g. 100 km/h is 27.78 m/s",
 * "eine römische Zahl wie MMXXVI", "malformed numerals (IIII, VX, ABC) -> 400") read as requests to a catalog
 * computation, answered by the family's reference semantics (`FunctionDesign.reference`): a value the computation
 * accepts becomes a worked example with the reference's answer, one it refuses a 4xx example; an answer the
 * feature states ("1994 -> MCMXCIV") must be the reference's, else the feature contradicts the computation and
 * stays unrealised. Nothing here is copied from the feature into an answer. Pure.
 */

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
      ? stated.number !== undefined && answersStated(r, stated.number)
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
  const said = asSaid(feature);
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

/** Whether a feature's only rule is a range with both ends ("outside 1 to 3999", "fuera del rango de 1 a 3999"). */
function refusesOutsideRange(feature: string): boolean {
  const clauses = readInputRules(feature)?.clauses ?? [];
  return (
    clauses.length === 1 &&
    clauses[0].kind === 'bound' &&
    clauses[0].rule?.minimum !== undefined &&
    clauses[0].rule?.maximum !== undefined
  );
}

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
  // "numbers outside 1 to 3999 are rejected": the two numbers are the ends of a range it refuses beyond, not
  // values it refuses (1 is I); the input rules bound the input there.
  if (written.pairs.length === 0 && count === 2 && refusesOutsideRange(feature)) return false;
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
