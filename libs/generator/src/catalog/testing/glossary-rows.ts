import { featureFidelity, type SpecContract } from '@sf/service-spec';
import { intentOf } from '../../codegen/testing/generated-release';
import { designSpec } from '../../spec-design/spec-designer';

/*
 * How a glossary phrasing row is checked (tests only): a `passes` row is designed and must be realised by its
 * function with the gate's consent; a `refused` row claims the endpoint designed for a feature of another domain
 * and must be refused by the gate.
 */

/** A row: a feature, the features written beside it, and who realises it. */
export interface Row {
  text: string;
  /** Features written before it in the same intent (a converter a refusal rule attaches to). */
  beside?: string[];
  /** The catalog function that realises it (a refused row: that function, or the behaviour kind it is claimed by). */
  fn: string;
  /** `passes`: the designer realises it with `fn` and the gate agrees; `refused`: forced onto `fn`, the gate refuses. */
  verdict: 'passes' | 'refused';
  /** For a refused row: a feature of `fn`'s own domain, whose designed endpoint is claimed for `text`. */
  own?: string;
}

/** The designed contract of an intent made of `features`. */
function contractOf(features: string[]): SpecContract {
  return designSpec(intentOf({ service_name: 'glossary', key_features: features })).contract;
}

/**
 * A refused row's contract: the endpoint designed for a feature of `fn`'s own domain, claimed for the row's
 * feature instead (what a designer that picked the wrong family would write).
 */
export function claimedContract(row: Row): SpecContract {
  const contract = contractOf([row.own ?? '']);
  for (const e of contract.endpoints) {
    e.features = e.features.map((f) => (f === row.own ? row.text : f));
  }
  return contract;
}

/** What goes wrong with a row: '' when it is realised (or refused) as it says. */
export function rowProblem(row: Row): string {
  if (row.verdict === 'refused') {
    const contract = claimedContract(row);
    const runs = contract.endpoints.some(
      (e) =>
        (e.behavior.kind === 'function' ? e.behavior.function : e.behavior.kind) === row.fn &&
        e.features.includes(row.text),
    );
    if (!runs) return `no ${row.fn} endpoint claimed`;
    const [verdict] = featureFidelity(contract, [row.text]);
    return verdict.realised ? `realised by ${row.fn}, from another domain` : '';
  }
  const features = [...(row.beside ?? []), row.text];
  const contract = contractOf(features);
  const mine = contract.endpoints.filter((e) => e.features.includes(row.text));
  const fns = mine.map((e) => (e.behavior.kind === 'function' ? e.behavior.function : e.behavior.kind));
  if (!fns.includes(row.fn)) return `realised by ${fns.join(', ') || 'nothing'}`;
  const [verdict] = featureFidelity(contract, [row.text]);
  return verdict.realised ? '' : `unrealised: ${verdict.problems.join('; ')}`;
}

/** Rows not yet as they should be; each must really fail, so the set only shrinks. */
