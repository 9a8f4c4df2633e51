import type { EndpointSpec } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../../testing/offline-spec';
import { runCatalogFunction } from './run-function';

/*
 * Phrasing tables of computations that one intent may realise on several endpoints (fuel economy one way and the
 * other way round, hex to RGB and back): a row is a set of key features and what a faithful service does with
 * them — for each probe, the feature whose endpoint answers it, the direction (`from` → `to`), the request in the
 * function's parameter names and the answer in its result names (or 'refused') — or 'refused' when a faithful
 * generator leaves the intent unrealised. Tests only.
 */

/** One probe: the endpoint of `features[feature]` converts `input` from `from` to `to` and answers `want`. */
export interface FeatureProbe {
  feature: number;
  from: string;
  to: string;
  input: Record<string, unknown>;
  want: Record<string, unknown> | 'refused';
}

/** One row of such a phrasing table. */
export interface FeatureRow {
  name: string;
  features: string[];
  expect: { fn: string; probes: FeatureProbe[]; path?: string } | 'refused';
}

function same(got: unknown, want: unknown): boolean {
  if (typeof want === 'number')
    return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return JSON.stringify(got) === JSON.stringify(want);
}

/** Whether endpoint `e` (running `fn`) answers the probe as a faithful service does. */
function answers(e: EndpointSpec, fn: string, p: FeatureProbe): boolean {
  if (e.behavior.kind !== 'function' || e.behavior.function !== fn) return false;
  const options = e.behavior.options ?? {};
  let input = p.input;
  if (typeof options.from === 'string' && typeof options.to === 'string') {
    if (options.from !== p.from || options.to !== p.to) return false;
  } else {
    input = { ...input, from: p.from, to: p.to };
  }
  const run = runCatalogFunction(fn, input, options);
  if (p.want === 'refused') return !run.ok;
  if (!run.ok) return false;
  return Object.entries(p.want).every(([k, v]) => same(run.value[k], v));
}

/** What goes wrong with a row: '' when the generator designs it as the row expects. */
export function rowProblem(row: FeatureRow, name: string, purpose: string): string {
  const { contract, fidelity } = judgedOffline(familyIntent(name, purpose, row.features));
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (row.expect === 'refused') return realised ? 'realised, though a faithful generator refuses it' : '';
  if (!realised)
    return `unrealised: ${fidelity
      .filter((f) => !f.realised)
      .flatMap((f) => f.problems)
      .join('; ')}`;
  const { fn, probes, path } = row.expect;
  const endpoints = contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === fn,
  );
  if (endpoints.length === 0) return `no endpoint runs ${fn}`;
  if (path && !endpoints.some((e) => e.path === path)) return `no endpoint at ${path}`;
  if (!row.features.every((f) => endpoints.some((e) => e.features.includes(f))))
    return `a feature is realised on no ${fn} endpoint`;
  for (const p of probes) {
    const feature = row.features[p.feature];
    const mine = endpoints.filter((e) => e.features.includes(feature));
    if (!mine.some((e) => answers(e, fn, p))) return `probe ${JSON.stringify(p)} not answered`;
  }
  return '';
}

/**
 * The tests of such a table: every row not in `notYetRead` is designed as it says, and every row in it still
 * is not (so the set only shrinks).
 */
export function featureRowTests(rows: FeatureRow[], notYetRead: Set<string>, name: string, purpose: string) {
  it('has distinct row names', () => {
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  for (const row of rows.filter((r) => !notYetRead.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(rowProblem(row, name, purpose)).toBe('');
    });
  }

  for (const row of rows.filter((r) => notYetRead.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(rowProblem(row, name, purpose)).not.toBe('');
    });
  }
}
