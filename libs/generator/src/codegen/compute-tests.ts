import type {
  AggregateBehavior,
  ConvertBehavior,
  EndpointSpec,
  FieldSpec,
  FunctionBehavior,
} from '@sf/service-spec';
import { literal } from './code-text';
import { sampleValue, wrongValue } from './test-values';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/* Endpoint tests of the stateless `compute` behaviours: unit conversion and aggregates. */

/** A request to compute endpoint `e` with `values` (query string for GET, JSON body otherwise). */
function computeCall(w: EndpointTestWriter, e: EndpointSpec, values: Record<string, unknown>): string {
  if (e.method !== 'GET') return w.call(e, { body: literal(values) });
  const query = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
  );
  return w.call(e, { query: literal(query) });
}

/** `compute` / `convert`: both directions by the declared rates, unknown units and non-numbers refused. */
export function convertCases(w: EndpointTestWriter, e: EndpointSpec, b: ConvertBehavior): TestCase[] {
  const units = Object.keys(b.rates);
  const [first, second] = units;
  const amount = 123.45;
  const convert = (from: string, to: string) => roundTo((amount / b.rates[from]) * b.rates[to], b.decimals);
  const input = (from: string, to: string, value: unknown = amount) => ({
    [b.inputs.amount]: value,
    [b.inputs.from]: from,
    [b.inputs.to]: to,
  });
  const reply = (from: string, to: string) => ({ amount, from, to, [b.output]: convert(from, to) });
  const where = `${e.method} ${e.path}`;
  const a = w.assert();
  const unknownUnit = units.includes('XXX') ? 'XXX-UNKNOWN' : 'XXX';
  return [
    {
      name: `converts ${first} to ${second} by the declared rates, rounded to ${b.decimals} decimals`,
      lines: [
        `const res = ${computeCall(w, e, input(first, second))};`,
        w.expectStatus('res', 200, where),
        `${a}.deepEqual(res.body, ${literal(reply(first, second))});`,
        `const back = ${computeCall(w, e, input(second, first))};`,
        w.expectStatus('back', 200, `${where} the other way`),
        `${a}.deepEqual(back.body, ${literal(reply(second, first))});`,
      ],
    },
    {
      name: 'refuses an unknown unit or a non-numeric amount with 400 VALIDATION_FAILED',
      lines: [
        `const unit = ${computeCall(w, e, input(unknownUnit, second))};`,
        w.expectError('unit', 400, 'VALIDATION_FAILED', `${where} from an unknown unit`),
        `const target = ${computeCall(w, e, input(first, unknownUnit))};`,
        w.expectError('target', 400, 'VALIDATION_FAILED', `${where} to an unknown unit`),
        `const amount = ${computeCall(w, e, input(first, second, 'ten'))};`,
        w.expectError('amount', 400, 'VALIDATION_FAILED', `${where} with a non-numeric amount`),
      ],
    },
  ];
}

/** `compute` / sum, average, min, max: the rounded result, empty or non-numeric input refused. */
export function aggregateCases(w: EndpointTestWriter, e: EndpointSpec, b: AggregateBehavior): TestCase[] {
  const values = [1, 2, 4.5, -0.25];
  const sum = values.reduce((t, v) => t + v, 0);
  const raw = { sum, average: sum / values.length, min: Math.min(...values), max: Math.max(...values) }[
    b.operation
  ];
  const where = `${e.method} ${e.path}`;
  const expected = { count: values.length, [b.output]: roundTo(raw, b.decimals) };
  return [
    {
      name: `computes the ${b.operation} rounded to ${b.decimals} decimals`,
      lines: [
        `const res = ${computeCall(w, e, { [b.inputs.values]: values })};`,
        w.expectStatus('res', 200, where),
        `${w.assert()}.deepEqual(res.body, ${literal(expected)});`,
      ],
    },
    {
      name: 'refuses an empty or non-numeric array with 400 VALIDATION_FAILED',
      lines: [
        `const empty = ${computeCall(w, e, { [b.inputs.values]: [] })};`,
        w.expectError('empty', 400, 'VALIDATION_FAILED', `${where} with no values`),
        `const text = ${e.method === 'GET' ? computeCall(w, e, { [b.inputs.values]: 'one,two' }) : computeCall(w, e, { [b.inputs.values]: [1, 'two'] })};`,
        w.expectError('text', 400, 'VALIDATION_FAILED', `${where} with a non-numeric value`),
      ],
    },
  ];
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/**
 * `function`: every required parameter missing, and every parameter of the wrong type, is refused with 400
 * VALIDATION_FAILED (422 when the feature wrote that status), never a 500 (what the function computes is held by
 * the acceptance pack's worked examples).
 */
export function functionCases(w: EndpointTestWriter, e: EndpointSpec, b: FunctionBehavior): TestCase[] {
  const declared = e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []);
  const fields = Object.values(b.inputs)
    .map((name) => declared.find((f) => f.name === name))
    .filter((f): f is FieldSpec => f !== undefined);
  if (fields.length === 0) return [];
  const valid = Object.fromEntries(fields.map((f) => [f.name, sampleValue(f)]));
  const where = `${e.method} ${e.path}`;
  const status = b.refusal_status ?? 400;
  const lines: string[] = [];
  for (const f of fields) {
    const { [f.name]: _dropped, ...missing } = valid;
    // An optional input (a dice roll's seed) may be left out; only a required one is refused when missing.
    if (f.required) {
      lines.push(
        `const without${lines.length} = ${computeCall(w, e, missing)};`,
        w.expectError(`without${lines.length}`, status, 'VALIDATION_FAILED', `${where} without ${f.name}`),
      );
    }
    const wrong = e.method === 'GET' && f.type === 'string' ? undefined : wrongValue(f);
    if (wrong !== undefined) {
      lines.push(
        `const wrong${lines.length} = ${computeCall(w, e, { ...valid, [f.name]: e.method === 'GET' ? 'not-a-number' : wrong })};`,
        w.expectError(`wrong${lines.length}`, status, 'VALIDATION_FAILED', `${where} with a wrong ${f.name}`),
      );
    }
  }
  return [{ name: `refuses a missing or mistyped parameter with ${status} VALIDATION_FAILED`, lines }];
}
