import type { HttpMethod, SpecContract } from '@sf/service-spec';
import { ReferenceService, containsSubset } from './reference-service';

/*
 * Scenarios of a phrasing table run against the reference interpreter of a designed contract, the way eval probes
 * run against a deployed service: a request names its literal path or the endpoint realising a feature (by index
 * and method); body and query keys may list `|` alternatives (the first one the endpoint declares is sent, else
 * the first written); an expected list names its records in order and is matched exactly (same length, each
 * record a subset), whether the service answers a bare array or an object holding the records under one key.
 */

/** One request of a scenario and what a faithful service answers. */
export interface ScenarioStep {
  method: HttpMethod;
  /** A literal path; `{{name}}` is a value saved by an earlier step. */
  path?: string;
  /** Otherwise the endpoint realising this feature (index into the row's features) with this method. */
  feature?: number;
  /** Path parameters of a feature's endpoint, in path order (`{{name}}` filled). */
  params?: string[];
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  status: number;
  /** The records the answer lists, exactly and in this order (each a subset of the record). */
  list?: Record<string, unknown>[];
  /** A subset of the answer (keys may list `|` alternatives; `{{name}}` values filled). */
  has?: Record<string, unknown>;
  /** Saves `body.<field>` of the answer under a name. */
  save?: Record<string, string>;
}

const fill = (s: string, vars: Record<string, unknown>) =>
  s.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** Keys with `|` alternatives resolved to the first of `declared`, else the first written. */
function pick(
  values: Record<string, unknown>,
  declared: string[],
  vars: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k.split('|').find((a) => declared.includes(a)) ?? k.split('|')[0],
      typeof v === 'string' ? fill(v, vars) : v,
    ]),
  );
}

/** The records of an answer: a bare array, or the one array an object holds. */
function recordsOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (body === null || typeof body !== 'object') return null;
  const arrays = Object.values(body).filter((v) => Array.isArray(v));
  return arrays.length === 1 ? (arrays[0] as unknown[]) : null;
}

/** Each record subset-matched with its keys' alternatives resolved against the record itself. */
function sameRecords(expected: Record<string, unknown>[], actual: unknown[] | null): boolean {
  if (actual === null || actual.length !== expected.length) return false;
  return expected.every((want, i) => {
    const got = actual[i];
    if (got === null || typeof got !== 'object') return false;
    const keys = Object.keys(got);
    return containsSubset(pick(want, keys, {}), got);
  });
}

/** Whether `body` holds `has` (keys with alternatives resolved against the body itself, saved values filled). */
function hasSubset(has: Record<string, unknown>, body: unknown, vars: Record<string, unknown>): boolean {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  return containsSubset(pick(has, Object.keys(body), vars), body);
}

/** The problems of a scenario against the contract's reference service; empty when every step answers as written. */
export function runScenario(contract: SpecContract, features: string[], steps: ScenarioStep[]): string[] {
  const service = new ReferenceService(contract);
  const vars: Record<string, unknown> = {};
  for (const [i, step] of steps.entries()) {
    const e =
      step.path === undefined
        ? contract.endpoints.find(
            (x) => x.method === step.method && x.features.includes(features[step.feature ?? -1]),
          )
        : contract.endpoints.find((x) => x.method === step.method && x.path === step.path);
    if (step.path === undefined && !e)
      return [`step ${i + 1}: no ${step.method} endpoint realises feature ${step.feature}`];
    let n = 0;
    const path =
      step.path === undefined
        ? (e?.path ?? '').replace(/\{[^}]+\}/g, (m) => fill(step.params?.[n++] ?? m, vars))
        : fill(step.path, vars);
    const bodyNames = ((e?.request.body as { fields?: { name: string }[] } | undefined)?.fields ?? []).map(
      (f) => f.name,
    );
    const queryNames = (e?.request.query ?? []).map((f) => f.name);
    const body = step.body === undefined ? undefined : pick(step.body, bodyNames, vars);
    const query =
      step.query === undefined ? undefined : (pick(step.query, queryNames, vars) as Record<string, string>);
    const headers =
      step.headers === undefined
        ? undefined
        : Object.fromEntries(Object.entries(step.headers).map(([k, v]) => [k, fill(v, vars)]));
    const res = service.handle({ method: step.method, path, body, query, headers });
    const where = `step ${i + 1} ${step.method} ${path}${query ? ` ${JSON.stringify(query)}` : ''}`;
    if (res.status !== step.status)
      return [`${where}: ${res.status} ${JSON.stringify(res.body)}, expected ${step.status}`];
    if (step.list !== undefined && !sameRecords(step.list, recordsOf(res.body)))
      return [`${where}: ${JSON.stringify(res.body)} does not list exactly ${JSON.stringify(step.list)}`];
    if (step.has !== undefined && !hasSubset(step.has, res.body, vars))
      return [`${where}: ${JSON.stringify(res.body)} lacks ${JSON.stringify(step.has)}`];
    for (const [name, field] of Object.entries(step.save ?? {}))
      vars[name] = (res.body as Record<string, unknown>)[field];
  }
  return [];
}
