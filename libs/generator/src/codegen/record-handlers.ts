import type { ReservationBehavior } from '@sf/service-spec';
import { prop, str } from './code-text';
import type { FieldModel, ResourceModel } from './service-model';

/*
 * Handler bodies of record behaviours beyond plain CRUD (holds), written apart from the handler writer so each
 * stays one concern.
 */

/** Names a record handler needs from the handler writer (each call records its import). */
export interface RecordHandlerNames {
  validation(name: string): string;
  kit(name: string): string;
  fieldCheck(f: FieldModel): string;
  /** Lines that look the record up by path parameter `param` into `record` (404 when unknown). */
  lookup(r: ResourceModel, param: string): string[];
}

/**
 * `reserve` / `release`: the record looked up (404), the taker read and checked when there is one (400),
 * 409 CONFLICT when the flag already has the asked value, then the flag (and the taker) stored.
 */
export function holdLines(r: ResourceModel, b: ReservationBehavior, names: RecordHandlerNames): string[] {
  const field = `record${prop(b.field)}`;
  const reserving = b.kind === 'reserve';
  const state = b.field.replace(/_/g, ' ');
  const why = reserving ? `this ${r.spec.name} is already ${state}` : `this ${r.spec.name} is not ${state}`;
  const holder = b.holder === undefined ? [] : holderLines(r, b.holder, reserving, names);
  return [
    ...names.lookup(r, b.param),
    ...holder.slice(0, -1),
    `if (${field} ${reserving ? '===' : '!=='} true) throw ${names.kit('conflict')}(${str(why)});`,
    `${field} = ${String(reserving)};`,
    ...holder.slice(-1),
    'return { status: 200, body: record };',
  ];
}

/** Reads and checks who takes the record (reserve), or clears it (release); the last line stores it. */
function holderLines(
  r: ResourceModel,
  name: string,
  reserving: boolean,
  names: RecordHandlerNames,
): string[] {
  const target = `record${prop(name)}`;
  if (!reserving) return [`${target} = null;`];
  const f = r.fields.find((x) => x.spec.name === name);
  const check = f ? names.fieldCheck(f) : names.validation('isString');
  return [
    `const input = ${names.validation('bodyObject')}(ctx.body ?? {});`,
    'const problems: string[] = [];',
    `const holder = ${names.validation('requiredField')}(input, ${str(name)}, ${check}, problems);`,
    `if (holder === undefined || problems.length > 0) throw ${names.kit('validationFailed')}(problems);`,
    `${target} = holder;`,
  ];
}
