import type { FieldSpec, RedirectBehavior } from '@sf/service-spec';
import { prop } from './code-text';
import type { ResourceModel } from './service-model';

/* The parts of create and redirect handlers that short links and stamped records add: fresh codes, creation instants and visit counters. */

/** An expression of a fresh code for field `field` of `r` that no record of it holds (`freshCode` named `fresh`). */
export function generatedCode(r: ResourceModel, field: string, fresh: string): string {
  return `${fresh}((code) => ctx.state${prop(r.storeName)}.all().some((other) => other${prop(field)} === code))`;
}

/**
 * What a create stores in a field the service makes: a fresh code unless the client sends one, the instant of the
 * create (never sent: the guard refuses it); null for any other field.
 */
export function madeValue(r: ResourceModel, f: FieldSpec, local: string, fresh: () => string): string | null {
  if (f.generate === 'code') return `${local} ?? ${generatedCode(r, f.name, fresh())}`;
  if (f.generate === 'now') return 'new Date().toISOString()';
  return null;
}

/** A redirect that counts its visits adds one to the record's counter before it answers. */
export function countVisitLines(b: RedirectBehavior): string[] {
  if (b.count_field === undefined) return [];
  const counter = `record${prop(b.count_field)}`;
  return [`${counter} = (typeof ${counter} === 'number' ? ${counter} : 0) + 1;`];
}

/** The expression finding the record a redirect's `key` names in `store` (its id, else its key field's value). */
export function redirectFind(store: string, b: RedirectBehavior, keyType: string | undefined): string {
  if (b.key_field === 'id') return `${store}.get(key)`;
  if (keyType === 'string')
    return `${store}.all().find((candidate) => candidate${prop(b.key_field)} === key)`;
  return `${store}.all().find((candidate) => String(candidate${prop(b.key_field)}) === key)`;
}
