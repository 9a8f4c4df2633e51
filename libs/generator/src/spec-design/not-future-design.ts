import {
  clockValue,
  notAfterToday,
  notFutureField,
  notFutureKind,
  readNotFuture,
  readNotFutureJoined,
  type NotFutureReading,
  type AcceptanceClock,
  type EndpointSpec,
  type FieldSpec,
  type ResourceSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { claim, say } from './field-bounds-design';
import { attachFieldRule } from './record-field-rules';
import { sampleBody } from './samples';
import { asSaid } from '../catalog/feature-words';

/*
 * "A publication year in the future is rejected", "la fecha no puede ser futura": the one year or date field of
 * a stored record the feature names gets `not_future`, and two worked examples whose value comes from the clock
 * when the step runs: next year / tomorrow is 400 VALIDATION_FAILED, this year / today is stored. A feature
 * naming no such field, or two equally, is not attached (the gate then refuses it).
 */

/** A past example for a field bounded by today, when its own is not one (an example must be accepted). */
function pastExample(field: FieldSpec, unit: 'years' | 'days'): unknown {
  const past = unit === 'years' ? 2001 : '2001-09-17';
  const own = field.example;
  const fits = unit === 'years' ? typeof own === 'number' : typeof own === 'string';
  // A year of this century's first days stays an example whatever the year the service is built in.
  return fits && notAfterToday(own, new Date(Date.UTC(2020, 0, 1))) ? own : past;
}

/** A check sending the field the value `clock` stands for when it runs. */
function clockCheck(
  b: ContractBuilder,
  resource: ResourceSpec,
  create: EndpointSpec,
  field: FieldSpec,
  clock: AcceptanceClock,
  said: string,
): void {
  const ahead = ('years' in clock ? clock.years : clock.days) > 0;
  const when = 'years' in clock ? (ahead ? 'next year' : 'the current year') : ahead ? 'tomorrow' : 'today';
  const body = sampleBody(resource, `${ahead ? 'future' : 'today'}-${field.name}`);
  body[field.name] = clockValue(clock);
  const others = Object.fromEntries(Object.entries(body).filter(([k]) => k !== field.name));
  const what = resource.name.replace(/-/g, ' ');
  b.contract.acceptance.push({
    id: 'draft',
    endpoint_id: create.id,
    kind: ahead ? 'error' : 'happy',
    description: ahead
      ? `A ${what} whose ${field.name} is ${when} (UTC, computed when the check runs) is 400 VALIDATION_FAILED ("${said}").`
      : `A ${what} whose ${field.name} is ${when} (UTC, computed when the check runs) is stored: only later values are refused.`,
    steps: [
      {
        request: {
          method: create.method,
          path: create.path,
          body,
          today: { [field.name]: clock },
        },
        expect: ahead
          ? { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } }
          : { status: 201, body_contains: others },
      },
    ],
  });
}

/**
 * "The year can't be in the future and the title is required": the text-field rule on the field it names, then the
 * year or date field bounded by today, both claimed by the whole feature; false when either names no field (the
 * gate then finds the rule left out).
 */
export function attachNotFutureJoined(b: ContractBuilder, feature: string): boolean {
  const joined = readNotFutureJoined(feature);
  if (!joined || !attachFieldRule(b, joined.rule, feature, true)) return false;
  return attachNotFuture(b, feature, joined.reading);
}

/** Bounds the year or date field the feature names by today; false when it names none (left unrealised). */
export function attachNotFuture(
  b: ContractBuilder,
  feature: string,
  reading: NotFutureReading | null = readNotFuture(feature),
): boolean {
  if (!reading) return false;
  const stores = b.contract.resources.flatMap((resource) => {
    const create = b.contract.endpoints.find(
      (e) => e.behavior.kind === 'create' && e.behavior.resource === resource.name && !e.behavior.parent,
    );
    return create ? [{ resource, create }] : [];
  });
  const field = notFutureField(
    reading,
    stores.flatMap((s) => s.resource.fields.filter((f) => f.generate === undefined)),
  );
  const unit = field && notFutureKind(field);
  const store = field && stores.find((s) => s.resource.fields.includes(field));
  if (!field || !unit || !store) return false;
  const said = asSaid(feature);
  field.not_future = true;
  field.example = pastExample(field, unit);
  say(field, `not after the current UTC ${unit === 'years' ? 'year' : 'day'} (${said})`);
  clockCheck(b, store.resource, store.create, field, unit === 'years' ? { years: 1 } : { days: 1 }, said);
  clockCheck(b, store.resource, store.create, field, unit === 'years' ? { years: 0 } : { days: 0 }, said);
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if ((x.kind === 'create' || x.kind === 'update') && x.resource === store.resource.name) claim(e, feature);
  }
  return true;
}
