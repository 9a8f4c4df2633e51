import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { numbersIn, wordsOf } from './domain-terms';

/** What a feature's realisation says: every word it uses and every number it writes. */
export interface Realisation {
  words: string[];
  numbers: number[];
}

/**
 * The realisation of a feature by some endpoints: their paths, summaries, fields (and the fields of the
 * resources they serve), documented responses and errors, and the acceptance checks
 * of those endpoints (descriptions, requests and expectations, keys and values).
 */
export function realisationOf(contract: SpecContract, endpoints: EndpointSpec[]): Realisation {
  const ids = new Set(endpoints.map((e) => e.id));
  const checks = contract.acceptance.filter((c) => ids.has(c.endpoint_id));
  const texts: string[] = [];
  const add = (value: unknown): void => collectText(value, texts);
  for (const e of endpoints) {
    add([e.path, e.summary]);
    const resource = e.behavior && 'resource' in e.behavior ? e.behavior.resource : undefined;
    const served = (contract.resources ?? []).find((r) => r.name === resource);
    if (served) add([served.name, served.plural, served.description]);
    for (const f of [
      ...(served?.fields ?? []),
      ...(e.request.query ?? []),
      ...(e.request.body?.fields ?? []),
    ]) {
      add([f.name, f.description]);
      add(f.example);
      add(f.default);
    }
    for (const p of e.request.params ?? []) add([p.name, p.description]);
    for (const r of e.responses) {
      add([r.description]);
      add(r.example);
    }
    for (const err of e.errors) add([err.code, err.when]);
  }
  add(checks.map(checkText));
  // Dates, times, record ids and paths hold digits, not quantities: a 3 in "2024-03-15" states no limit of 3.
  const quantities = texts.filter((t) => !INCIDENTAL_DIGITS.test(t.trim()));
  return { words: texts.flatMap(wordsOf), numbers: quantities.flatMap(numbersIn) };
}

/** A date or time, a record id (`link-1`, `evt_1001`) or a path: text whose digits are not quantities. */
const INCIDENTAL_DIGITS =
  /^(\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?|\d{1,2}:\d{2}(:\d{2})?|[a-z][a-z0-9]*[-_]\d+|\/\S*)$/i;

function checkText(c: AcceptanceCheck): unknown[] {
  return [
    c.description,
    ...c.steps.map((step) => [
      step.request.path,
      step.request.body_text,
      step.request.query,
      step.request.body,
      step.expect.body_contains,
      step.expect.header_contains,
    ]),
  ];
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
