import { intervalRest, readsEndBeforeStart } from '../interval-refusal';
import { inputRulesHeld } from './input-rule-fidelity';
import type { EndpointSpec, SpecContract } from '../spec-contract';
import { lastStep, sentFields } from './worked-examples';

/** A date-time or a number, comparable. */
function point(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

/**
 * Whether record endpoints hold "the end must not be before the start" (`interval-refusal.ts`): one of them
 * creates a record whose start/end pair is an interval (the emitted store refuses an end before its start), and
 * a 4xx example of it sends an end before the start. A store without an interval takes any two dates.
 * Conditions listed beside it (`intervalRest`) hold as input rules of the store.
 */
export function intervalRefusalHeld(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): boolean {
  if (!readsEndBeforeStart(feature)) return false;
  // The other conditions it lists ("or a missing room") are held by the store's fields as well.
  const rest = intervalRest(feature);
  if (rest !== null && !inputRulesHeld(rest, endpoints, contract)) return false;
  return endpoints.some((e) => {
    const b = e.behavior;
    if (b?.kind !== 'create') return false;
    const iv = (contract.resources ?? []).find((r) => r.name === b.resource)?.interval;
    if (!iv) return false;
    return contract.acceptance.some((c) => {
      if (c.endpoint_id !== e.id || c.kind !== 'error') return false;
      const step = lastStep(c);
      if (step.expect.status < 400 || step.expect.status > 499) return false;
      const sent = sentFields(step);
      const [start, end] = [point(sent[iv.start]), point(sent[iv.end])];
      return start !== null && end !== null && end < start;
    });
  });
}
