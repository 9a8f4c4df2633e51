import type { SpecContract } from '../spec-contract';
import type { FieldRuleReading } from '../field-rule-reading';
import { notFutureField, readNotFuture, readNotFutureJoined, type NotFutureReading } from '../not-future';
import { fieldRuleProblems } from './field-rule-fidelity';
import { label, lastStep } from './worked-examples';

/*
 * A year or date bounded by today ("a publication year in the future is rejected") is held by the create (and
 * update) of a store whose field it names carrying `not_future`, with a 4xx worked example sending a later value
 * computed when the step runs (`future-dates.ts` judges the feature; record endpoints it is claimed by keep no
 * other verb for it).
 */

/** What the stores a "not in the future" feature is claimed by lack to hold the rule it reads. */
export function notFutureProblems(
  contract: SpecContract,
  feature: string,
  reading: NotFutureReading,
): string[] {
  const writes = contract.endpoints.filter(
    (e) => e.features.includes(feature) && (e.behavior?.kind === 'create' || e.behavior?.kind === 'update'),
  );
  const resources = new Set(writes.map((e) => (e.behavior as { resource: string }).resource));
  const fields = contract.resources.filter((r) => resources.has(r.name)).flatMap((r) => r.fields);
  const field = notFutureField(reading, fields);
  if (!field || field.not_future !== true) {
    return [
      `it bounds "${reading.subject.join(' ')}" by today, but no year or date field of a store it is claimed by carries not_future`,
    ];
  }
  const ids = new Set(writes.map((e) => e.id));
  const shown = contract.acceptance.some((c) => {
    const step = lastStep(c);
    const clock = step.request.today?.[field.name];
    const ahead = clock !== undefined && ('years' in clock ? clock.years : clock.days) > 0;
    return ids.has(c.endpoint_id) && ahead && step.expect.status >= 400 && step.expect.status < 500;
  });
  return shown
    ? []
    : [
        `it bounds ${field.name} by today, but no 4xx example of ${writes.map(label).join(', ')} sends a later ${field.name} computed when it runs`,
      ];
}

/**
 * What the stores a "not in the future" rule joined to a text-field rule ("… and the title is required") is claimed
 * by lack to hold both.
 */
export function notFutureJoinedProblems(
  contract: SpecContract,
  feature: string,
  joined: { reading: NotFutureReading; rule: FieldRuleReading },
): string[] {
  const writes = contract.endpoints.filter(
    (e) => e.features.includes(feature) && (e.behavior?.kind === 'create' || e.behavior?.kind === 'update'),
  );
  const stores = new Set(writes.map((e) => (e.behavior as { resource: string }).resource));
  const fields = contract.resources.filter((r) => stores.has(r.name)).flatMap((r) => r.fields);
  const ids = new Set(writes.map((e) => e.id));
  const checks = contract.acceptance.filter((c) => ids.has(c.endpoint_id));
  return [
    ...notFutureProblems(contract, feature, joined.reading),
    ...fieldRuleProblems(joined.rule, fields, checks, writes.map(label).join(', ') || 'no store'),
  ];
}

/** Whether a "not in the future" feature (alone, or joined to a text-field rule) is held by its record endpoints. */
export function notFutureHeld(contract: SpecContract, feature: string): boolean {
  const reading = readNotFuture(feature);
  if (reading !== null) return notFutureProblems(contract, feature, reading).length === 0;
  const joined = readNotFutureJoined(feature);
  return joined !== null && notFutureJoinedProblems(contract, feature, joined).length === 0;
}
