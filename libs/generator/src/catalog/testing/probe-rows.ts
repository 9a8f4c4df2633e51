import type { EndpointSpec, SpecContract } from '@sf/service-spec';
import { familyIntent, judgedOffline } from '../../testing/offline-spec';
import { endpointAnswer } from './endpoint-answer';

/*
 * Phrasing tables whose rows are small intents probed from the outside, as the eval does (tests only): every key
 * feature realised, and each probe sent to the endpoint that claims its feature, in the field names the contract
 * gives (a key may list `|` alternatives, as eval probes do), answering the status and the body it states.
 */

/** A request to the endpoint of `features[feature]` and what a faithful service answers to it. */
export interface BodyProbe {
  feature: number;
  body: Record<string, unknown>;
  /** The fields the answer holds (a subset), or the status of a refusal. */
  want: Record<string, unknown> | number;
}

export interface ProbeRow {
  name: string;
  features: string[];
  expect: BodyProbe[] | 'refused';
}

/** The first of the `|` alternatives of `key` that `names` holds, else the first alternative. */
function pick(key: string, names: string[]): string {
  const alternatives = key.split('|');
  return alternatives.find((a) => names.includes(a)) ?? alternatives[0];
}

/** What goes wrong with the probe on endpoint `e`: '' when it answers as stated. */
function probeProblem(contract: SpecContract, e: EndpointSpec, p: BodyProbe): string {
  const fields = (e.request.body?.fields ?? []).map((f) => f.name);
  const body = Object.fromEntries(Object.entries(p.body).map(([k, v]) => [pick(k, fields), v]));
  const got = endpointAnswer(contract, e.method, e.path, body);
  if (typeof p.want === 'number') return got.status === p.want ? '' : `answered ${got.status}, not ${p.want}`;
  if (!('body' in got)) return `refused with ${got.status}`;
  const answered = got.body;
  for (const [key, value] of Object.entries(p.want)) {
    const name = pick(key, Object.keys(answered));
    if (JSON.stringify(answered[name]) !== JSON.stringify(value))
      return `${e.method} ${e.path} ${JSON.stringify(body)} answered ${JSON.stringify(answered)}`;
  }
  return '';
}

/** What goes wrong with a row: '' when the generator designs it as the row expects. */
export function probeRowProblem(row: ProbeRow, service: string, purpose: string): string {
  const { contract, fidelity } = judgedOffline(familyIntent(service, purpose, row.features));
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
      (e) => e.behavior.kind === 'function' && e.features.includes(feature),
    );
    if (mine.length === 0) return `no computation claims feature ${p.feature}`;
    const problems = mine.map((e) => probeProblem(contract, e, p));
    if (!problems.includes('')) return problems.join('; ');
  }
  return '';
}

/** The tests of such a table: six languages, distinct names, each row read but those listed, which still fail. */
export function probeRowTests(rows: ProbeRow[], notYetRead: Set<string>, service: string, purpose: string) {
  it('has rows in six languages with distinct names', () => {
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.name.slice(0, 2)))).toEqual(
      new Set(['en', 'de', 'es', 'fr', 'it', 'pt']),
    );
  });
  for (const row of rows.filter((r) => !notYetRead.has(r.name))) {
    it(`reads: ${row.name}`, () => {
      expect(probeRowProblem(row, service, purpose)).toBe('');
    });
  }
  for (const row of rows.filter((r) => notYetRead.has(r.name))) {
    it(`does not read yet: ${row.name}`, () => {
      expect(probeRowProblem(row, service, purpose)).not.toBe('');
    });
  }
}
