import { writtenSample, type FieldSpec, type LiteralField } from '@sf/service-spec';
import type { FunctionDesign, WorkedExample } from './catalog-entry';
import { requestAnswering } from './written-answer-search';

/*
 * A route written with values where the types of a computation's fields would be (`POST /roman/parse with
 * {"roman": "MMXXVI"} returns {"number": 2026}`, `GET /romano?numero=2024 restituisce {"romano": "MMXXIV"}`) writes
 * one request and its answer. The computation bound onto it shows that request as a worked example whose answer
 * is the family's reference semantics', never copied from the feature; an answer the reference does not give
 * leaves the route unbound (the feature and the computation disagree).
 */

/** Whether a field written with one value can carry an input listing no values: the value's type fits it. */
export function sampleFits(f: FieldSpec, w: LiteralField): boolean {
  if (f.enum || w.enum?.length !== 1) return false;
  const [value] = w.enum;
  return typeof value === 'number' ? f.type === 'number' || f.type === 'integer' : f.type === 'string';
}

/** A written value as input `f` takes it; undefined when it cannot be one (a text for a number). */
function asInput(f: FieldSpec, value: string | number): string | number | undefined {
  if (f.type === 'number' || f.type === 'integer') {
    const n = typeof value === 'number' ? value : Number.NaN;
    return Number.isFinite(n) ? n : undefined;
  }
  return f.type === 'string' && typeof value === 'string' ? value : undefined;
}

/** Whether the reference's result is the value written for it. */
function sameResult(result: unknown, written: string | number): boolean {
  return typeof written === 'number'
    ? typeof result === 'number' && Math.abs(result - written) <= 1e-9
    : result === written;
}

/**
 * The worked example of the request the feature writes with values, for `design` bound with `inputs` (design
 * field → written name) and `outputs` (design output field → written name): `{}` when it writes none, or only
 * values the computation refuses without an answer beside them (`{"dice": "NdM"}` is a pattern, no request), or
 * when the family has no reference to answer them; null when it writes an answer the reference does not give, or
 * one that no request of all its inputs shows.
 */
export function sampleExample(
  feature: string,
  design: FunctionDesign,
  inputs: Map<string, string>,
  outputs: Map<string, string>,
): { example?: WorkedExample } | null {
  const { sent, answered } = writtenSample(feature);
  const given: Record<string, string | number> = {};
  const params: Record<string, string | number> = {};
  for (const i of design.inputs) {
    const name = inputs.get(i.field.name) ?? i.field.name;
    const value = name in sent ? asInput(i.field, sent[name]) : undefined;
    if (value === undefined) continue;
    given[i.field.name] = value;
    params[i.param] = value;
  }
  const expected = design.outputs.flatMap((o) => {
    const name = outputs.get(o.field) ?? o.field;
    return name in answered ? [{ o, value: answered[name] }] : [];
  });
  const states = expected.length > 0;
  const complete =
    Object.keys(given).length > 0 &&
    design.inputs.every((i) => i.field.name in given || i.field.required === false);
  // Without a reference the written values are left to the family's own reading of them (written-values.ts).
  if (!design.reference) return {};
  if (!complete) {
    // An answer written without its request (`GET /roman/{n} returns {"roman": "MCMXC"}`): the one request
    // answering it, when exactly one is found.
    const found =
      states && Object.keys(given).length === 0
        ? requestAnswering(
            design,
            expected.map(({ o, value }) => ({
              result: o.result,
              same: (r: unknown) => sameResult(r, value),
            })),
          )
        : null;
    if (!found) return states ? null : {};
    Object.assign(given, found.given);
    Object.assign(params, found.params);
  }
  const answer = design.reference.compute(params);
  if (!answer.ok) return states ? null : {};
  if (!expected.every(({ o, value }) => sameResult(answer.results[o.result], value))) return null;
  const output = Object.fromEntries(
    design.outputs.filter((o) => o.result in answer.results).map((o) => [o.field, answer.results[o.result]]),
  );
  // A request whose answer the reference leaves open (dice rolled without a seed) shows nothing.
  if (Object.keys(output).length === 0) return {};
  return {
    example: {
      description: `The request the feature writes (${Object.values(given)
        .map((v) => JSON.stringify(v))
        .join(', ')}) answers ${Object.values(output)
        .map((v) => JSON.stringify(v))
        .join(', ')}.`,
      input: given,
      output,
    },
  };
}
