import type { EndpointSpec, FieldSpec } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../../testing/offline-spec';
import { runCatalogFunction } from './run-function';

/*
 * Phrasing tables of unit conversions (units-more, units-area): a row is a set of key features and what a
 * faithful service does with them — the conversion function that realises them all, probes (value, from, to,
 * answer or 'refused') run through that function's reference semantics, the path when the feature writes one —
 * or 'refused' when a faithful generator leaves the intent unrealised.
 */

/** A probe: the value, the unit it is in, the unit asked for, and the answer (or 'refused'). */
export type Probe = [number, string, string, number | 'refused'];

/** One row of a conversion phrasing table. */
export interface Row {
  name: string;
  features: string[];
  expect: { fn: string; probes: Probe[]; path?: string } | 'refused';
}

/** Every field of an endpoint's request, wherever it is declared. */
function fieldsOf(value: unknown): FieldSpec[] {
  if (Array.isArray(value)) return value.flatMap(fieldsOf);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.name === 'string' && typeof o.type === 'string' ? [o as unknown as FieldSpec] : [];
  return [...own, ...Object.values(o).flatMap(fieldsOf)];
}

/** Whether the endpoint answers the probe as a faithful service does. */
function answers(e: EndpointSpec, [value, from, to, answer]: Probe): boolean {
  if (e.behavior.kind !== 'function') return false;
  const { inputs, options = {} } = e.behavior;
  const fields = fieldsOf(e.request);
  const enumOf = (param: string) => fields.find((f) => f.name === inputs[param])?.enum;
  let input: Record<string, unknown>;
  if (typeof options.from === 'string') {
    if (options.from !== from || options.to !== to) return false;
    input = { value };
  } else {
    const listed = [enumOf('from'), enumOf('to')];
    if (listed.some((l, i) => l !== undefined && !l.includes([from, to][i]))) return answer === 'refused';
    input = { value, from, to };
  }
  const run = runCatalogFunction(e.behavior.function, input, options);
  if (answer === 'refused') return !run.ok;
  if (!run.ok) return false;
  const got = run.value.value;
  return typeof got === 'number' && Math.abs(got - answer) <= 1e-9 * Math.max(1, Math.abs(answer));
}

/** Whether the generator designs `row` as its expectation says, for a service `name` about `purpose`. */
export function readsRow(row: Row, name: string, purpose: string): boolean {
  const { contract, fidelity } = judgedOffline(familyIntent(name, purpose, row.features));
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  if (row.expect === 'refused') return !realised;
  if (!realised) return false;
  const { fn, probes, path } = row.expect;
  const endpoints = contract.endpoints.filter(
    (e) => e.behavior.kind === 'function' && e.behavior.function === fn,
  );
  if (endpoints.length !== 1) return false;
  const [e] = endpoints;
  if (path && e.path !== path) return false;
  if (!row.features.every((f) => e.features.includes(f))) return false;
  return probes.every((p) => answers(e, p));
}

/** A row judged only by whether every feature is realised (or, for a near miss, not): behaviour no probe checks. */
export interface RealisedRow {
  name: string;
  features: string[];
  realised: boolean;
}

/** Whether every feature of the row is realised by the offline design, with no records created. */
function allRealised(row: RealisedRow, name: string, purpose: string): boolean {
  const { contract, fidelity } = judgedOffline(familyIntent(name, purpose, row.features));
  const realised = fidelity.length === row.features.length && fidelity.every((f) => f.realised);
  return realised && !contract.endpoints.some((e) => e.behavior.kind === 'create');
}

/**
 * The tests of a conversion phrasing table of probed rows and realised rows: at least `atLeast` rows with distinct
 * names, each read row designed as it expects, each row in `notYetRead` still not (so the set shrinks).
 */
export function unitTableTests(opts: {
  title: string;
  name: string;
  purpose: string;
  rows: Row[];
  realised: RealisedRow[];
  notYetRead: Set<string>;
  atLeast?: number;
}): void {
  const reads = (row: Row | RealisedRow) =>
    'expect' in row
      ? readsRow(row, opts.name, opts.purpose)
      : allRealised(row, opts.name, opts.purpose) === row.realised;
  describe(opts.title, () => {
    const all: (Row | RealisedRow)[] = [...opts.rows, ...opts.realised];

    it(`has at least ${opts.atLeast ?? 12} rows with distinct names`, () => {
      expect(all.length).toBeGreaterThanOrEqual(opts.atLeast ?? 12);
      expect(new Set(all.map((r) => r.name)).size).toBe(all.length);
    });

    for (const row of all.filter((r) => !opts.notYetRead.has(r.name))) {
      it(`reads: ${row.name}`, () => {
        expect(reads(row)).toBe(true);
      });
    }

    for (const row of all.filter((r) => opts.notYetRead.has(r.name))) {
      it(`does not read yet: ${row.name}`, () => {
        expect(reads(row)).toBe(false);
      });
    }
  });
}
