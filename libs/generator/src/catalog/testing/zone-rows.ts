import type { EndpointSpec } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../../testing/offline-spec';
import { runCatalogFunction } from './run-function';

/*
 * Phrasing tables of whole intents probed from the outside, the way the eval runner probes a deployed service
 * (tests only): a row is a set of key features and requests sent to the endpoint of one feature in the field
 * names a user sends (keys may list `|` alternatives, the one the endpoint reads is used), each answered with
 * expected response fields (literal or `{ $contains }` / `{ $match }`) or refused with 400 — or the whole intent
 * is 'refused' when a faithful generator leaves it unrealised. The request is answered by the endpoint's
 * catalog function as the generated service runs it: a required field the request leaves out is refused before
 * the function is called.
 */

/** An expected response value: a literal, or a text containing (`{ $contains }`) / matching (`{ $match }`). */
export type Want = unknown;

/** A request to the endpoint of `features[feature]` and what it answers. */
export interface ProbedRequest {
  feature: number;
  /** The route, when the feature writes it (`GET /convert-time`). */
  route?: string;
  request: Record<string, unknown>;
  want: Record<string, Want> | 'refused';
}

/** One row: key features and the requests that a faithful service answers so. */
export interface ProbedRow {
  name: string;
  purpose?: string;
  features: string[];
  expect: ProbedRequest[] | 'refused';
}

function matches(got: unknown, want: Want): boolean {
  if (want !== null && typeof want === 'object' && '$contains' in want)
    return typeof got === 'string' && got.includes(String(want.$contains));
  if (want !== null && typeof want === 'object' && '$match' in want && want.$match instanceof RegExp)
    return typeof got === 'string' && want.$match.test(got);
  return JSON.stringify(got) === JSON.stringify(want);
}

/** The request fields an endpoint reads (query for GET, body otherwise) and which of them are required. */
function requestFields(e: EndpointSpec): { name: string; required: boolean }[] {
  return [...(e.request.query ?? []), ...(e.request.body?.fields ?? []), ...(e.request.params ?? [])].map(
    (f) => ({ name: f.name, required: 'required' in f ? f.required !== false : true }),
  );
}

/** What endpoint `e` answers to the request: its response body, or 'refused' (400). */
function answer(
  e: EndpointSpec,
  request: Record<string, unknown>,
): Record<string, unknown> | 'refused' | null {
  if (e.behavior.kind !== 'function') return null;
  const b = e.behavior;
  const fields = requestFields(e);
  const sent: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    const names = key.split('|');
    sent[names.find((n) => fields.some((f) => f.name === n)) ?? names[0]] = value;
  }
  if (fields.some((f) => f.required && sent[f.name] === undefined)) return 'refused';
  const input = Object.fromEntries(Object.entries(b.inputs).map(([param, field]) => [param, sent[field]]));
  const run = runCatalogFunction(b.function, input, b.options ?? {});
  if (!run.ok) return 'refused';
  return {
    ...Object.fromEntries(Object.entries(b.outputs).map(([result, field]) => [field, run.value[result]])),
    ...Object.fromEntries(Object.entries(b.echo ?? {}).map(([field, from]) => [field, sent[from]])),
  };
}

function answers(e: EndpointSpec, p: ProbedRequest): boolean {
  if (p.route && `${e.method} ${e.path}` !== p.route) return false;
  const got = answer(e, p.request);
  if (got === null) return false;
  if (p.want === 'refused' || got === 'refused') return got === p.want;
  return Object.entries(p.want).every(([key, want]) =>
    key.split('|').some((k) => k in got && matches(got[k], want)),
  );
}

/** What goes wrong with a row: '' when the generator designs it as the row expects. */
export function probedRowProblem(row: ProbedRow, name: string): string {
  const intent = familyIntent(name, row.purpose ?? 'A small service.', row.features);
  const { contract, fidelity } = judgedOffline(intent);
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (row.expect === 'refused') return realised ? 'realised, though a faithful generator refuses it' : '';
  if (!realised)
    return `unrealised: ${fidelity
      .filter((f) => !f.realised)
      .flatMap((f) => f.problems)
      .join('; ')}`;
  for (const p of row.expect) {
    const feature = row.features[p.feature];
    const mine = contract.endpoints.filter(
      (e) => e.features.includes(feature) && e.behavior.kind === 'function',
    );
    if (mine.length === 0) return `no computation realises feature ${p.feature}`;
    if (!mine.some((e) => answers(e, p)))
      return `${JSON.stringify(p.request)} not answered as ${JSON.stringify(p.want)} by ${mine
        .map((e) => `${e.method} ${e.path} (${e.behavior.kind === 'function' ? e.behavior.function : ''})`)
        .join(', ')}`;
  }
  return '';
}

/**
 * The tests of such a table: every row not in `notYetRead` is designed as it says, and every row in it still is
 * not (so the set only shrinks).
 */
export function probedRowTests(rows: ProbedRow[], notYetRead: Set<string>, name: string): void {
  it('has distinct row names and marks only rows of the table as not yet read', () => {
    const names = rows.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...notYetRead].filter((n) => !names.includes(n))).toEqual([]);
  });

  for (const row of rows.filter((r) => !notYetRead.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(probedRowProblem(row, name)).toBe('');
    });
  }

  for (const row of rows.filter((r) => notYetRead.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(probedRowProblem(row, name)).not.toBe('');
    });
  }
}
