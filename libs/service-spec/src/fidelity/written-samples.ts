import type { EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import { readFeatureLiterals, type FeatureLiterals, type LiteralField } from './feature-literals';
import { expectedFields, label, lastStep, sentFields } from './worked-examples';

/*
 * Values a feature writes where the types of a computation's inputs and answer would be (`POST /roman/parse with
 * {"roman": "MMXXVI"} returns {"number": 2026}`, `GET /romano?numero=2024 restituisce {"romano": "MMXXIV"}`): one
 * request and the answer it gets, not the only values the fields take. Read here once for the designer, which
 * binds a computation onto such a route and shows that request as a worked example computed from the family's
 * reference, and for the gate, which holds the contract to it. The feature text is only ever data.
 */

/** One request and its answer as a feature writes them with values. */
export interface WrittenSample {
  /** Request field or query parameter → the one value written for it. */
  sent: Record<string, string | number>;
  /** Response field → the one value written for it. */
  answered: Record<string, string | number>;
}

/** A query value written as a value (`2024`, `USD`, `12.5`), not a placeholder (`<Zahl>`, `N`, `C|F|K`). */
function queryLiteral(text: string): string | number | undefined {
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  // `N` and `x` stand for a number the caller chooses (`?limit=N`).
  if (/^[A-Za-z][\w.-]*$/.test(text) && !/^[NnXx]$/.test(text)) return text;
  return undefined;
}

/**
 * The single value a field is written with (`"roman": "MMXXVI"`), not a list of the values it takes, nor a
 * placeholder naming where the value comes from (`"unit": "<to>"`).
 */
function oneValue(f: LiteralField): string | number | undefined {
  const value = f.enum?.length === 1 ? f.enum[0] : undefined;
  return typeof value === 'string' && /^\s*[<{[].*[>}\]]\s*$/.test(value) ? undefined : value;
}

/** The request and answer a feature with one route writes with values; empty records when it writes none. */
export function writtenSample(
  feature: string,
  literals: FeatureLiterals = readFeatureLiterals(feature),
): WrittenSample {
  const sent: Record<string, string | number> = {};
  const answered: Record<string, string | number> = {};
  if (literals.routes.length !== 1) return { sent, answered };
  // A value written in the path's place of a parameter (`GET /roman/2026 returns …`) is sent like a query value.
  for (const [name, text] of Object.entries(literals.routes[0].samples ?? {})) {
    const value = queryLiteral(text);
    if (value !== undefined) sent[name] = value;
  }
  if (literals.routes[0].method === 'GET') {
    const names = new Set(literals.query);
    for (const m of feature.matchAll(/[?&]([A-Za-z_]\w*)=([^\s&,;)"'`]+)/g)) {
      const value = queryLiteral(m[2].replace(/[.:]+$/, ''));
      if (names.has(m[1]) && value !== undefined && !(m[1] in sent)) sent[m[1]] = value;
    }
  } else {
    for (const f of literals.request) {
      const value = oneValue(f);
      if (value !== undefined) sent[f.name] = value;
    }
  }
  for (const f of literals.response) {
    const value = oneValue(f);
    if (value !== undefined) answered[f.name] = value;
  }
  return { sent, answered };
}

/**
 * The written request field as a computation takes it: a single value written for an input that lists no values
 * of its own is that request's value, not the field's only one (the type it has still counts).
 */
export function sampleAsType(literal: LiteralField, target: EndpointSpec, fields: FieldSpec[]): LiteralField {
  const field = fields.find((f) => f.name === literal.name);
  if (target.behavior?.kind !== 'function' || oneValue(literal) === undefined || !field || field.enum)
    return literal;
  const { enum: _value, ...typed } = literal;
  return typed;
}

/** Whether a value sent or expected in a worked example is the one written (a query value arrives as text). */
function sameValue(actual: unknown, written: string | number): boolean {
  if (typeof written === 'string') return actual === written;
  if (typeof actual === 'number') return Math.abs(actual - written) <= 1e-9;
  return typeof actual === 'string' && actual.trim() !== '' && Number(actual) === written;
}

/**
 * A computation whose request body and answer the feature writes with values must show exactly that: a worked
 * example of the endpoint sending the written request values and expecting the written answer (a service
 * computing something else fails it). Nothing is asked of a feature writing no such pair.
 */
export function writtenSampleProblems(
  contract: SpecContract,
  target: EndpointSpec,
  feature: string,
  literals: FeatureLiterals,
): string[] {
  if (target.behavior?.kind !== 'function') return [];
  const { sent, answered } = writtenSample(feature, literals);
  // Held where a body written with values is taken as a request (sampleAsType); query values were always types.
  if (Object.keys(answered).length === 0 || target.method === 'GET' || Object.keys(sent).length === 0)
    return [];
  const shown = contract.acceptance
    .filter((c) => c.endpoint_id === target.id && c.kind === 'happy')
    .map(lastStep)
    .some((step) => {
      const s = sentFields(step);
      const e = expectedFields(step);
      return (
        Object.entries(sent).every(([k, v]) => sameValue(s[k], v)) &&
        Object.entries(answered).every(([k, v]) => sameValue(e[k], v))
      );
    });
  if (shown) return [];
  const pairs = (o: Record<string, unknown>) =>
    Object.entries(o)
      .map(([k, v]) => `"${k}": ${JSON.stringify(v)}`)
      .join(', ');
  const request = Object.keys(sent).length > 0 ? `sends {${pairs(sent)}} and ` : '';
  return [
    `no worked example of ${label(target)} ${request}expects {${pairs(answered)}}, the request and answer the feature writes`,
  ];
}
