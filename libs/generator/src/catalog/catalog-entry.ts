import type { EndpointError, FieldRule, FieldSpec, HttpMethod, WrittenValue } from '@sf/service-spec';

/**
 * The behaviour catalog: computations with fixed, well-known semantics (a temperature conversion, a Luhn check,
 * Roman numerals) that the offline designer recognises in a feature and the offline codegen emits. Each entry
 * brings its recogniser, the contract it contributes (an endpoint with typed fields, a rule stated in its
 * summary, worked examples written from the domain, not computed by the emitted code) and the code it emits.
 */

/** A catalog function's result inside the generated service. */
export const FUNCTION_RESULT_TYPE = `/** What a catalog function answers: its results, or why the input is outside its domain. */
export type FunctionResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; problems: string[]; status?: number; code?: string };

/** A catalog function: reads its parameters (already checked against their fields' types) and options. */
export type CatalogFunction = (
  input: Readonly<Record<string, unknown>>,
  options: Readonly<Record<string, string | number | boolean>>,
) => FunctionResult;`;

/** The emitted side of a catalog function. */
export interface FunctionCode {
  /** Catalog id, e.g. `temperature.convert`. */
  id: string;
  /** Name of the exported function in the generated `src/functions.ts`. */
  exportName: string;
  /** TypeScript source of `export const <exportName>: CatalogFunction = …`, Node built-ins only. */
  source: string;
  /** Import lines of Node built-ins the source needs (`node:crypto`), written once at the top of the file. */
  imports?: string[];
}

/** A request and the answer a correct implementation gives, in request/response field names. */
export interface WorkedExample {
  description: string;
  input: Record<string, unknown>;
  /** Response field → its value, or `{"$shape": …}` for a value new on every call (value-shapes.ts). */
  output: Record<string, unknown>;
  /**
   * The values are new on every call, each drawn uniformly from 2^`bits` outcomes: the worked example sends its
   * request as often as shows that soundly (`drawsToShowNew`: twice for a UUID, 6 times for two hex digits) and
   * expects each field whose output is a `$shape` not to be the same in every answer.
   */
  differs?: { bits: number };
  /** The output's lists are in a stated order (a sort): the check matches them in order (`in_order`). */
  inOrder?: true;
}

/**
 * A request the function must refuse, and why (in the domain's words): 400 `VALIDATION_FAILED`, unless the
 * function refuses it with its own status and stable code (an unknown discount code: 400 `UNKNOWN_DISCOUNT_CODE`).
 */
export interface Refusal {
  description: string;
  input: Record<string, unknown>;
  status?: number;
  code?: string;
}

/** One endpoint that runs one catalog function: what a recogniser designs for a feature. */
export interface FunctionDesign {
  function: string;
  method: Extract<HttpMethod, 'GET' | 'POST'>;
  path: string;
  /** The rule, in the domain's words, with its numbers. */
  summary: string;
  /** Parameter → the request field it is read from (a path parameter when `fromPath`). */
  inputs: { param: string; field: FieldSpec; fromPath?: boolean }[];
  /**
   * Result → the response field it is answered in, with an example value; `names`: words that name the result
   * in the languages intents are written in (folded), for a feature that asks for it in addition to another
   * feature's answer ("dire anche quanti giorni ha l'anno" names days_in_year: follow-up-features.ts).
   */
  outputs: {
    result: string;
    field: string;
    description: string;
    example: unknown;
    names?: string;
    /**
     * The input parameter this result repeats as sent (the zone converted to): a written answer that leaves it out
     * still binds its other fields onto the other results (literal-binding.ts).
     */
    repeats?: string;
  }[];
  options?: Record<string, string | number | boolean>;
  examples: WorkedExample[];
  refusals: Refusal[];
  /**
   * Results the function also answers that repeat one of its inputs (the target unit of a conversion): answered
   * only when a feature writes a response field for one (`{"value": number, "unit": "<to>"}`, literal-binding.ts).
   */
  echoes?: { result: string; param: string; description: string }[];
  /**
   * The same computation with listed values spelled as a feature lists them (`"kph"|"mph"` for km/h and mph),
   * every field that lists values taking exactly `values`; null when one of them names no value of its own.
   */
  respell?: (values: (string | number)[]) => FunctionDesign | null;
  /**
   * The same computation answering its date-times to the minute (YYYY-MM-DDTHH:MM), for a feature that writes its
   * answer so (`{"local": "YYYY-MM-DDTHH:mm"}`; literal-binding.ts); absent when it answers only one way.
   */
  minuteForm?: (design: FunctionDesign) => FunctionDesign;
  /** Refusals with their own status and stable code, declared beside the 400 `VALIDATION_FAILED` every function has. */
  errors?: EndpointError[];
  /**
   * Response field → request field it repeats as sent, when a feature writes an input beside the results
   * (`{"n": integer, "roman": string}`; literal-binding.ts). Every worked example shows it.
   */
  echo?: Record<string, string>;
  /** 422 when the feature writes that status for the refusals every function answers 400 VALIDATION_FAILED. */
  refusalStatus?: 422;
  /**
   * The family's reference semantics, when it has them: what the values a feature writes ("4 = IV", "e.g.
   * 100 km/h is 27.78 m/s", "malformed numerals (IIII, VX, ABC) -> 400") ask of the computation and what it
   * answers, so they become worked examples computed here, never copied from the feature (written-values.ts).
   */
  reference?: DesignReference;
  /**
   * The same computation refusing every number of its list input outside `rule` ("every score must be between 0
   * and 100"), with worked examples inside it and refusals just outside; null when no list fits inside the rule.
   * Only designs reading a list of numbers have it.
   */
  boundItems?: (rule: FieldRule) => FunctionDesign | null;
}

/** What the reference semantics answer: the results (by result name), or why the family's validation refuses. */
export type ReferenceAnswer =
  { ok: true; results: Record<string, unknown> } | { ok: false; why: string; status?: number; code?: string };

/**
 * A family's reference semantics for one design, written in the generator beside (not from) the emitted code, so
 * a worked example checks the emitted code instead of repeating it. Parameters and results are named as the
 * design's `inputs[].param` and `outputs[].result`, whatever fields a feature binds them to.
 */
export interface DesignReference {
  /**
   * The parameters a written value asks for, completing `base` (the parameters of the design's first worked
   * example); `stated` is the answer the feature writes beside it, when it writes one (its unit may name the
   * target: "100 km/h is 27.78 m/s"). Null when the value fits no input of the design.
   */
  read(
    value: WrittenValue,
    stated: WrittenValue | null,
    base: Record<string, unknown>,
  ): Record<string, unknown> | null;
  /** The answer of the reference semantics for these parameters. */
  compute(params: Record<string, unknown>): ReferenceAnswer;
}

/**
 * A feature that only constrains another feature's computation ("refuse anything colder than absolute zero"):
 * the endpoint running `function` realises it too, with these refusals as its worked examples.
 */
export interface ConstraintDesign {
  function: string;
  /**
   * Further computations the constraint joins as well as `function` ("a date that does not exist is refused" is
   * said of whichever calendar fact the intent asks for): the first endpoint running any of them.
   */
  functions?: string[];
  /**
   * The constraint joins every endpoint running `function` or one of `functions`, not only the first ("malformed
   * numerals and numbers outside 1..3999" is said of reading numerals and of writing them).
   */
  each?: boolean;
  refusals: (design: FunctionDesign) => Refusal[];
  /**
   * A constraint that changes what the computation answers, not only what it refuses ("classify the result
   * as "abaixo do peso", "normal", …"): the design the endpoint is rebuilt from, its worked examples with it.
   * With `each`, `others` are the designs of the other endpoints running its computations ("any other rate is
   * 400" said of a calculator whose one direction lists the rates).
   */
  refine?: (design: FunctionDesign, others?: FunctionDesign[]) => FunctionDesign;
  /**
   * Whether the constraint fits the design it would join ("between EUR, USD and CHF" fits only a rate table
   * holding all three); one that fits none stays unrealised. Absent: it fits every design of `function`.
   */
  fits?: (design: FunctionDesign, others?: FunctionDesign[]) => boolean;
  /**
   * The computation the feature asks for when no other feature designs one ("same seed, same rolls" alone is a
   * roll of dice); absent: a constraint with nothing to join stays unrealised.
   */
  alone?: FunctionDesign;
}

/** What a recogniser made of a feature's text. */
export type Recognised = { design: FunctionDesign } | { constraint: ConstraintDesign } | null;

/** A family of the catalog: its recogniser and the functions it may design. */
export interface CatalogFamily {
  name: string;
  /** `words`: the feature's words, lower-case ASCII (accents folded); `text`: the feature as written. */
  recognise(text: string, words: string[]): Recognised;
  functions: FunctionCode[];
}

/** A number field of a computation. */
export function numberField(name: string, description: string, example: number): FieldSpec {
  return { name, type: 'number', required: true, description, example };
}

/** A string field of a computation. */
export function stringField(
  name: string,
  description: string,
  example: string,
  values?: string[],
): FieldSpec {
  return values
    ? { name, type: 'string', required: true, description, example, enum: values }
    : { name, type: 'string', required: true, description, example };
}

/** An integer field of a computation. */
export function integerField(name: string, description: string, example: number): FieldSpec {
  return { name, type: 'integer', required: true, description, example };
}
