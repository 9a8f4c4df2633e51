import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { numbersIn, wordsOf } from './domain-terms';

/** What a feature's realisation says: every word it uses, every number it writes, and its texts as written. */
export interface Realisation {
  words: string[];
  numbers: number[];
  texts: string[];
}

/**
 * The realisation of a feature by some endpoints: what the service does, reads and answers — their paths,
 * summaries, fields (and the fields of the resources they serve) with their descriptions, enumerations and
 * examples, documented responses and errors — and the worked examples of those endpoints (their requests and
 * expectations, keys and values). An acceptance check's description is a label the SPEC's author writes beside
 * an example, never run: it does not count, so a feature's words written only there realise nothing. The one
 * exception is `refusal`: for a feature that says what to refuse, the description of a 4xx example says which
 * refused request shows it (the same text attributes the example to the feature), so those count.
 */
export function realisationOf(
  contract: SpecContract,
  endpoints: EndpointSpec[],
  refusal = false,
): Realisation {
  const ids = new Set(endpoints.map((e) => e.id));
  const checks = contract.acceptance.filter((c) => ids.has(c.endpoint_id));
  const texts: string[] = [];
  const add = (value: unknown): void => collectText(value, texts);
  for (const e of endpoints) {
    add([e.path, e.summary]);
    const resource = e.behavior && 'resource' in e.behavior ? e.behavior.resource : undefined;
    const served = (contract.resources ?? []).find((r) => r.name === resource);
    if (served) add([served.name, served.plural, served.description]);
    // A buffer kept between two records of one place states its minutes ("at least 15 minutes between bookings").
    add(served?.interval?.gap_minutes);
    for (const f of [
      ...(served?.fields ?? []),
      ...(e.request.query ?? []),
      ...(e.request.body?.fields ?? []),
    ]) {
      add([f.name, f.description]);
      add(f.example);
      add(f.default);
      add(f.enum);
      // Declared bounds state their numbers ("quantity: integer >= 0" is realised by minimum 0).
      add([f.minimum, f.maximum, f.exclusive_minimum, f.exclusive_maximum]);
      // So do the bounds of a list's length ("2–10 options": min_items 2, max_items 10).
      add([f.min_items, f.max_items]);
      // And the fields of an array's elements, with their bounds ("qty between 1 and 99" on an order line).
      for (const item of f.items ?? []) {
        add([item.name, item.description]);
        add([item.minimum, item.maximum, item.exclusive_minimum, item.exclusive_maximum]);
      }
    }
    for (const p of e.request.params ?? []) add([p.name, p.description]);
    for (const r of e.responses) {
      add([r.description]);
      add(r.example);
    }
    for (const err of e.errors) add([err.code, err.when]);
  }
  add(checks.map(checkText));
  // A number sent as a number-typed path parameter ("GET /roman/2026" for `/roman/{n}`, n an integer) and answered
  // is a value the example works with, not an incidental digit of a path; one refused ("GET /roman/5000" → 400)
  // states no number the feature accepts ("for numbers up to 5000").
  add(checks.filter((c) => !refusedExample(c)).flatMap((c) => numberParamsSent(c, endpoints)));
  if (refusal) add(checks.filter(refusedExample).map((c) => c.description));
  // Dates, times, record ids and paths hold digits, not quantities: a 3 in "2024-03-15" states no limit of 3.
  const quantities = texts.filter((t) => !INCIDENTAL_DIGITS.test(t.trim()));
  return { words: texts.flatMap(wordsOf), numbers: quantities.flatMap(numbersIn), texts };
}

/** The values a check's calls send in its endpoint's number-typed path parameters, as numbers. */
function numberParamsSent(check: AcceptanceCheck, endpoints: EndpointSpec[]): number[] {
  const e = endpoints.find((x) => x.id === check.endpoint_id);
  const numeric = (e?.request.params ?? []).filter((p) => p.type === 'integer' || p.type === 'number');
  if (!e || numeric.length === 0) return [];
  const template = e.path.split('/');
  const sent: number[] = [];
  for (const step of check.steps) {
    const segments = step.request.path.split('?')[0].split('/');
    const fits = (part: string, i: number) => part.startsWith('{') || part === segments[i];
    if (segments.length !== template.length || !template.every(fits)) continue;
    template.forEach((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name && numeric.some((p) => p.name === name) && /^-?\d+(\.\d+)?$/.test(segments[i]))
        sent.push(Number(segments[i]));
    });
  }
  return sent;
}

/** An error check whose call of its endpoint expects a 4xx. */
function refusedExample(c: AcceptanceCheck): boolean {
  const status = c.steps[c.steps.length - 1]?.expect.status ?? 0;
  return c.kind === 'error' && status >= 400 && status < 500;
}

/** A date or time, a record id (`link-1`, `evt_1001`) or a path: text whose digits are not quantities. */
const INCIDENTAL_DIGITS =
  /^(\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?|\d{1,2}:\d{2}(:\d{2})?|[a-z][a-z0-9]*[-_]\d+|\/\S*)$/i;

/** Dates and clock times written in running text ("2024-03-15", "1:01:05"). */
const DATES_AND_TIMES = /(?<![\d:.-])(\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?|\d{1,2}:\d{2}(:\d{2})?)(?![\d:])/g;

/**
 * A feature's text split into its quantities and the dates and times it writes: a time like "1:01:05" states no
 * quantity of 1 or 5, but is a value the realisation must write as it stands.
 */
export function featureFigures(text: string): {
  numbers: number[];
  datesAndTimes: string[];
  decimalCommas?: Record<string, number>;
  codes?: string[];
  source?: string;
} {
  const codes = writtenCodes(text);
  const datesAndTimes = [...text.matchAll(DATES_AND_TIMES)].map((m) => m[1]);
  const prose = text.replace(DATES_AND_TIMES, ' ');
  // "1,852" is 1852 in English and 1.852 in French or German: either reading carried is the feature's figure.
  const decimalCommas: Record<string, number> = {};
  for (const m of prose.matchAll(/(?<![\p{L}\d.,])(\d{1,3}),(\d{3})(?![\p{L}\d.,])/gu))
    decimalCommas[String(Number(m[1] + m[2]))] = Number(`${m[1]}.${m[2]}`);
  return {
    numbers: numbersIn(prose),
    datesAndTimes: [...new Set(datesAndTimes)],
    ...(Object.keys(decimalCommas).length > 0 ? { decimalCommas } : {}),
    // The feature itself, quoted in a summary ("In the intent's words: …"), states none of its codes.
    ...(codes.length > 0 ? { codes, source: text.trim() } : {}),
  };
}

/**
 * Codes a feature writes in prose, outside its routes and shapes: snake_case words ("each broken rule is reported:
 * too_short, no_digit, no_upper"). A realisation naming the rules otherwise (`min_length`) answers codes a client
 * does not expect. Words with digits, and secrets or keys ("whsec_eval_7f3a", "pp_eval_secret"), are no codes.
 */
function writtenCodes(text: string): string[] {
  const prose = text.replace(/\{[^{}]*\}/g, ' ').replace(/\/[\w{}/:.-]*/g, ' ');
  const words = prose.match(/(?<![\p{L}\d_-])[a-z]+(?:_[a-z]+)+(?![\p{L}\d_-])/gu) ?? [];
  // A secret or key the service is configured with ("pp_eval_secret") is no code it answers.
  return [...new Set(words)].filter((w) => !/(?:^|_)(?:secret|key|token|whsec)(?:_|$)/.test(w));
}

function checkText(c: AcceptanceCheck): unknown[] {
  return c.steps.map((step) => [
    step.request.path,
    step.request.body_text,
    step.request.query,
    step.request.body,
    step.expect.body_contains,
    step.expect.header_contains,
  ]);
}

/** Keys and values of a JSON value, depth first (numbers written out). */
function collectText(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number') into.push(String(value));
  else if (Array.isArray(value)) for (const item of value) collectText(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      collectText(item, into);
    }
  }
}
