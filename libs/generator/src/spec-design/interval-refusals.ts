import { endBeforeStartClause, intervalRest, readInputRules, readsEndBeforeStart } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { errorBody } from './acceptance-steps';
import { claim } from './field-bounds-design';
import { sampleBody } from './samples';
import { planRecord } from './input-rules-records';
import { asSaid } from '../catalog/feature-words';
import { realiseFromCatalog } from './catalog-endpoints';
import { constrainsDesigned } from './kept-or-computed';

/*
 * "The end must not be before the start", "Das Ende darf nicht vor dem Beginn liegen" stated as a feature of its
 * own (`interval-refusal.ts`): once the record rules are settled, a store whose start/end pair is an interval
 * refuses an end before its start with 400 VALIDATION_FAILED (CONTRACT.md, record rules), so the feature is
 * claimed by that store's create with a worked example sending the two swapped. None, or two stores with an
 * interval: the feature stays unrealised (the gate refuses the intent).
 */

/** Claims every unclaimed end-before-start feature on the one created record with an interval. */
export function settleIntervalRefusals(b: ContractBuilder): void {
  for (const feature of b.contract.service.features) {
    // A feature of its own, or a clause of one that spells another route ('"end" not after "start" returns 400;
    // DELETE /bookings/{id} …'): the create realises the rule either way.
    const alone = readsEndBeforeStart(feature);
    if (!alone && endBeforeStartClause(feature) === null) continue;
    const claimed = b.contract.endpoints.filter((e) => e.features.includes(feature));
    const stores = b.contract.resources.flatMap((r) => {
      const create = b.contract.endpoints.find(
        (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name && !e.behavior.parent,
      );
      return r.interval && create ? [{ r, create, iv: r.interval }] : [];
    });
    // No store: "if end is before start, return 400" beside a count of working days between a start and an end is
    // that computation's refusal (dates-limits.ts), never a record's.
    if (stores.length === 0 && alone && claimed.length === 0 && constrainsDesigned(b, feature)) {
      realiseFromCatalog(b, feature);
      continue;
    }
    if (stores.length !== 1) continue;
    // Realised elsewhere: by another endpoint (alone), or by another create (a clause). "Reservar una pista
    // indicando …; si el fin no es posterior al inicio, error 400" makes the very store it refuses on: its create
    // claims it already, and still needs the worked refusal.
    const mine = stores[0].create;
    if (
      alone
        ? claimed.some((e) => e !== mine)
        : claimed.some((e) => e.behavior.kind === 'create' && e !== mine)
    )
      continue;
    if (claimed.includes(mine) && swappedShown(b, mine.id, stores[0].iv)) continue;
    // "End not after start, or a missing room, returns 400": the other conditions listed go on the store's fields,
    // all of them or the feature stays unclaimed.
    const rest = alone ? intervalRest(feature) : null;
    const read = rest === null ? null : readInputRules(rest);
    const steps = read ? planRecord(b, read.clauses, read.status, feature) : [];
    if (steps === null) continue;
    steps.forEach((step) => step());
    const [{ r, create, iv }] = stores;
    const body = sampleBody(r, 'end-before-start');
    [body[iv.start], body[iv.end]] = [body[iv.end], body[iv.start]];
    b.contract.acceptance.push({
      id: 'draft',
      endpoint_id: create.id,
      kind: 'error',
      description: `A ${r.name.replace(/-/g, ' ')} whose ${iv.end} is before its ${iv.start} is 400 VALIDATION_FAILED ("${asSaid(feature)}").`,
      steps: [
        {
          request: { method: create.method, path: create.path, body },
          expect: { status: 400, body_contains: errorBody('VALIDATION_FAILED') },
        },
      ],
    });
    // "Not after" refuses an end equal to the start too, as every interval store does.
    const same = { ...body, [iv.end]: body[iv.start] };
    b.contract.acceptance.push({
      id: 'draft',
      endpoint_id: create.id,
      kind: 'error',
      description: `A ${r.name.replace(/-/g, ' ')} whose ${iv.end} equals its ${iv.start} is 400 VALIDATION_FAILED: the end must come after the start.`,
      steps: [
        {
          request: { method: create.method, path: create.path, body: same },
          expect: { status: 400, body_contains: errorBody('VALIDATION_FAILED') },
        },
      ],
    });
    claim(create, feature);
  }
}

/** Whether a worked refusal of create `id` already sends the interval's end before its start. */
function swappedShown(b: ContractBuilder, id: string, iv: { start: string; end: string }): boolean {
  return b.contract.acceptance.some((c) => {
    if (c.endpoint_id !== id || c.kind !== 'error') return false;
    const body = (c.steps[c.steps.length - 1]?.request.body ?? {}) as Record<string, unknown>;
    return Date.parse(String(body[iv.end])) < Date.parse(String(body[iv.start]));
  });
}
