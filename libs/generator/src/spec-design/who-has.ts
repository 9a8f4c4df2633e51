import {
  asksAvailable,
  asksWhoHas,
  holdTakerOf,
  type EndpointSpec,
  type ReservationBehavior,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { holdFlagWords } from './hold-flags';
import { asSaid } from '../catalog/feature-words';

/*
 * A read of a held record that asks who has it ("look up a book and see who has it at the moment", "ver quién lo
 * tiene ahora", "see an item and who has it right now"): the record's read answers the taker its hold keeps (and
 * the hold's flag), so that read realises the feature. Its summary says so in the feature's words, and its worked
 * example (happy-checks.ts) reads the record after a hold and shows the taker. A store whose hold keeps no taker
 * answers no one: the feature stays unrealised.
 */

/** The hold of `resource` that keeps a taker, and its endpoint, if any. */
export function holdKeepingTaker(
  endpoints: EndpointSpec[],
  resource: string,
): { at: EndpointSpec; hold: ReservationBehavior & { holder: string } } | undefined {
  for (const e of endpoints) {
    const b = e.behavior;
    if (b.kind === 'reserve' && b.resource === resource && b.holder !== undefined)
      return { at: e, hold: { ...b, holder: b.holder } };
  }
  return undefined;
}

/** Whether read endpoint `e` answers who has its record for one of its features. */
export function readsWhoHas(endpoints: EndpointSpec[], e: EndpointSpec): boolean {
  return (
    e.behavior.kind === 'get' &&
    // Whether it is available too is a field no hold keeps ("se está disponível e, se não, com qual aluno").
    e.features.some((f) => asksWhoHas(f) && !asksAvailable(f)) &&
    holdKeepingTaker(endpoints, e.behavior.resource) !== undefined
  );
}

/** Says on each read that realises a who-has feature whom it answers, in the feature's words. */
export function settleWhoHas(b: ContractBuilder, features: string[]): void {
  for (const e of b.contract.endpoints) {
    if (e.behavior.kind !== 'get' || !readsWhoHas(b.contract.endpoints, e)) continue;
    const hold = holdKeepingTaker(b.contract.endpoints, e.behavior.resource)?.hold;
    if (!hold) continue;
    const what = e.behavior.resource.replace(/-/g, ' ');
    for (const feature of features.filter(
      (f) => e.features.includes(f) && asksWhoHas(f) && !asksAvailable(f),
    )) {
      const written = holdTakerOf(feature)?.written;
      const taker = written && written !== hold.holder ? `${hold.holder} (${written})` : hold.holder;
      const said = `It shows who has the ${what} now: ${taker}, the one it is ${holdFlagWords(hold.field)} to (null while nobody has it), beside ${hold.field}. In the intent's words: "${asSaid(feature)}".`;
      if (!e.summary.includes(said)) e.summary = `${e.summary} ${said}`;
    }
  }
}
