import { boundsOf, type AdjustBehavior, type FieldSpec, type ResetBehavior } from '@sf/service-spec';
import { indent, key, literal, prop, str } from './code-text';
import type { FieldModel, ResourceModel } from './service-model';

/*
 * Generated code for the record rules beyond field types: records addressed by a client-chosen key, numeric
 * adjustments within a field's bounds (`adjust`, `reset`), unknown keys answered with defaults, and intervals
 * whose end must follow their start and that must not overlap.
 */

/** What the rule writers need from the handler writer: imported names from the kit and the checks. */
export interface RuleDeps {
  kit(name: string): string;
  check(name: string): string;
  /** The record type of the resource, imported from the state module. */
  recordType(r: ResourceModel): string;
}

/** The field that addresses records of `r` (its `key`, else the server-generated `id`). */
export function keyFieldOf(r: ResourceModel): string {
  return r.spec.key ?? 'id';
}

/** An expression finding the record of `r` whose key equals `keyExpr` (undefined when none). */
export function findRecord(r: ResourceModel, keyExpr: string): string {
  const store = `ctx.state${prop(r.storeName)}`;
  return r.spec.key
    ? `${store}.all().find((candidate) => candidate${prop(r.spec.key)} === ${keyExpr})`
    : `${store}.get(${keyExpr})`;
}

/** `throw notFound(…)` for an unknown key held in `local`. */
export function notFoundLine(d: RuleDeps, r: ResourceModel, local: string): string {
  return `throw ${d.kit('notFound')}(${str(`no ${r.spec.name} has ${keyFieldOf(r)} `)} + JSON.stringify(${local}));`;
}

/** The condition (over `value`) that a field's bounds hold, or null when it has none. */
function boundsCondition(field: FieldSpec, value: string): string | null {
  const bounds = boundsOf(field);
  return bounds.length === 0 ? null : bounds.map((b) => `${value} ${b.op} ${String(b.limit)}`).join(' && ');
}

/** The value a field starts from in a record created on first use or answered for an unknown key. */
function startValue(f: FieldSpec, numericTarget: boolean): string {
  if (f.default !== undefined && f.default !== null) return literal(f.default);
  return numericTarget ? '0' : 'null';
}

/** A new record of `r` with key `keyLocal`, every other field at its start value, as an object literal. */
function freshRecord(r: ResourceModel, keyLocal: string, target: string): string {
  const props = [`id: ctx.state${prop(r.storeName)}.nextId(),`];
  for (const f of r.fields) {
    const value = f.spec.name === r.spec.key ? keyLocal : startValue(f.spec, f.spec.name === target);
    props.push(`${key(f.spec.name)}: ${value},`);
  }
  return `{\n${indent(props.join('\n'))}\n}`;
}

/**
 * `adjust`: reads the key (path or body) and the amount, finds (or, on first use, prepares) the record, and
 * changes the field only when the result stays within its bounds, else 409 CONFLICT with nothing changed.
 */
export function adjustLines(
  d: RuleDeps,
  r: ResourceModel,
  b: AdjustBehavior,
  ballots: string | null = null,
): string[] {
  const target = r.fields.find((f) => f.spec.name === b.field);
  if (!target) return [];
  const keyName = keyFieldOf(r);
  const amountCheck = d.check(target.spec.type === 'integer' ? 'isInteger' : 'isNumber');
  const lines = [
    b.amount_default === undefined
      ? `const input = ${d.check('bodyObject')}(ctx.body);`
      : `const input = ctx.body === undefined ? {} : ${d.check('bodyObject')}(ctx.body);`,
    'const problems: string[] = [];',
  ];
  const voter = b.voter_field !== undefined && ballots !== null ? b.voter_field : undefined;
  const allowed = [keyName, b.amount_field, ...(voter ? [voter] : [])];
  lines.push(`${d.check('rejectUnknownFields')}(input, ${literal(allowed)}, problems);`);
  if (voter)
    lines.push(
      `const voter = ${d.check('requiredField')}(input, ${str(voter)}, ${d.check('isNonEmptyString')}, problems);`,
    );
  if (b.param === undefined) {
    lines.push(
      `const key = ${d.check('requiredField')}(input, ${str(keyName)}, ${d.check('isNonEmptyString')}, problems);`,
    );
  } else {
    // The body may repeat the key the path names, but not name another record.
    lines.push(
      `const key: string | undefined = ctx.params[${str(b.param)}];`,
      `const named = ${d.check('fieldOf')}(input, ${str(keyName)});`,
      `if (named !== undefined && named !== key) problems.push(${str(`${keyName} in the body must equal the path's ${b.param}`)});`,
    );
  }
  if (b.amount_default === undefined) {
    lines.push(
      `const amount = ${d.check('requiredField')}(input, ${str(b.amount_field)}, ${amountCheck}, problems);`,
    );
  } else {
    lines.push(
      `const amount = ${d.check('optionalField')}(input, ${str(b.amount_field)}, ${amountCheck}, problems) ?? ${literal(b.amount_default)};`,
    );
  }
  if (b.direction !== undefined) {
    // A movement moves a count of at least one unit; which way it goes is the endpoint's, never the sign's.
    lines.push(
      `if (amount !== undefined && !(amount > 0)) problems.push(${str(`${b.amount_field} must be ${target.spec.type === 'integer' ? 'a whole number of at least 1' : 'above 0'}`)});`,
    );
  }
  lines.push(
    `if (key === undefined || amount === undefined${voter ? ' || voter === undefined' : ''} || problems.length > 0) throw ${d.kit('validationFailed')}(problems);`,
    ...foundOrFresh(d, r, b.create_missing === true, b.field),
    `const next = (record${prop(b.field)} ?? 0) ${b.direction === 'out' ? '-' : '+'} amount;`,
  );
  const within = boundsCondition(target.spec, 'next');
  if (within) {
    lines.push(
      `if (!(${within})) {`,
      `  throw ${d.kit('conflict')}(${str(`${b.field} would become `)} + String(next) + ${str(`, outside ${boundsText(target)}; nothing changed`)});`,
      '}',
    );
  }
  if (voter && ballots !== null) lines.push(...oncePerVoterLines(d, r, ballots));
  lines.push(
    `record${prop(b.field)} = next;`,
    ...storeIfFresh(r, b.create_missing === true),
    'return { status: 200, body: record };',
  );
  return lines;
}

/** A voter who already adjusted this record refused (409 ALREADY_VOTED, nothing changed), else remembered. */
function oncePerVoterLines(d: RuleDeps, r: ResourceModel, ballots: string): string[] {
  const what = r.spec.name.replace(/-/g, ' ');
  return [
    `const ballotKey = ${str(`${r.spec.name}\u0000`)} + record.id;`,
    `const ballots = ctx.state${prop(ballots)}.get(ballotKey) ?? { counts: new Map<string, number>(), voters: new Set<string>() };`,
    `if (ballots.voters.has(voter)) throw new ${d.kit('HttpError')}(409, 'ALREADY_VOTED', voter + ${str(` already voted for this ${what}`)});`,
    'ballots.voters.add(voter);',
    `ctx.state${prop(ballots)}.set(ballotKey, ballots);`,
  ];
}

/** `reset`: the field back to its default. */
export function resetLines(d: RuleDeps, r: ResourceModel, b: ResetBehavior): string[] {
  const target = r.fields.find((f) => f.spec.name === b.field);
  if (!target) return [];
  return [
    `const key = ctx.params[${str(b.param)}];`,
    ...foundOrFresh(d, r, b.create_missing === true, b.field),
    `record${prop(b.field)} = ${startValue(target.spec, true)};`,
    ...storeIfFresh(r, b.create_missing === true),
    'return { status: 200, body: record };',
  ];
}

/** `get` with `absent_as_default`: an unknown key answers the record's starting values, storing nothing. */
export function absentDefaultLines(r: ResourceModel, param: string): string[] {
  const values = [`${key(keyFieldOf(r))}: key,`];
  for (const f of r.fields) {
    if (f.spec.name !== r.spec.key) values.push(`${key(f.spec.name)}: ${startValue(f.spec, false)},`);
  }
  return [
    `const key = ctx.params[${str(param)}];`,
    `const record = ${findRecord(r, 'key')};`,
    'if (record === undefined) {',
    `  return { status: 200, body: {\n${indent(values.join('\n'), '    ')}\n  } };`,
    '}',
    'return { status: 200, body: record };',
  ];
}

function foundOrFresh(d: RuleDeps, r: ResourceModel, create: boolean, target: string): string[] {
  if (!create) {
    return [
      `const record = ${findRecord(r, 'key')};`,
      `if (record === undefined) ${notFoundLine(d, r, 'key')}`,
    ];
  }
  return [
    `const found = ${findRecord(r, 'key')};`,
    `const record: ${d.recordType(r)} = found ?? ${freshRecord(r, 'key', target)};`,
  ];
}

function storeIfFresh(r: ResourceModel, create: boolean): string[] {
  return create ? [`if (found === undefined) ctx.state${prop(r.storeName)}.add(record);`] : [];
}

function boundsText(f: FieldModel): string {
  return boundsOf(f.spec)
    .map((b) => `${b.op} ${String(b.limit)}`)
    .join(' and ');
}

/**
 * The interval rule of `r` in a create (`existing` null) or an update (`existing` = the record's local): `end`
 * after `start` (400), and no overlap with another record of the same scope (409). `locals` maps field names
 * to the handler's locals holding the new values (undefined in an update when not changed).
 */
export function intervalLines(
  d: RuleDeps,
  r: ResourceModel,
  locals: Map<string, string>,
  existing: string | null,
): string[] {
  const iv = r.spec.interval;
  if (!iv) return [];
  const value = (name: string) => {
    const local = locals.get(name) ?? 'undefined';
    return existing === null ? local : `(${local} === undefined ? ${existing}${prop(name)} : ${local})`;
  };
  const instant = d.check('instantOf');
  const lines = [
    `const startsAt = ${instant}(${value(iv.start)});`,
    `const endsAt = ${instant}(${value(iv.end)});`,
    `if (!(endsAt > startsAt)) throw ${d.kit('validationFailed')}([${str(`${iv.end} must be after ${iv.start}`)}]);`,
  ];
  if (iv.no_overlap) {
    const same = iv.no_overlap.map((name) => `other${prop(name)} === ${value(name)}`);
    // A buffer widens each interval by its minutes (in milliseconds): exactly that far apart still passes.
    const gap = iv.gap_minutes === undefined ? '' : ` + ${iv.gap_minutes * 60_000}`;
    const conditions = [
      ...(existing === null ? [] : [`other !== ${existing}`]),
      ...same,
      `${instant}(other${prop(iv.start)}) < endsAt${gap}`,
      `startsAt < ${instant}(other${prop(iv.end)})${gap}`,
    ];
    const scope =
      (iv.no_overlap.length > 0 ? ` with the same ${iv.no_overlap.join(' and ')}` : '') +
      (iv.gap_minutes === undefined ? '' : ` or lies less than ${iv.gap_minutes} minutes from it`);
    lines.push(
      `const clash = ctx.state${prop(r.storeName)}.all().some(`,
      `  (other) => ${conditions.join(' && ')},`,
      ');',
      `if (clash) throw ${d.kit('conflict')}(${str(`the ${iv.start}–${iv.end} interval overlaps another ${r.spec.name}${scope}`)});`,
    );
  }
  return lines;
}

/** Locals the rule lines declare in create and update handlers (field locals are allocated around them). */
export const RULE_LOCALS = ['key', 'startsAt', 'endsAt', 'clash'];

/**
 * The get handler of a read-limited resource (`reads`): a record read up answers its gone status (410 GONE, or
 * 404 NOT_FOUND like one that never was); a found one counts one read, which ends it at its limit (the record's
 * own positive integer field, else the rule's count, else 1), and is answered.
 */
export function readLimitedGetLines(d: RuleDeps, r: ResourceModel, paramExpr: string): string[] {
  const reads = r.spec.reads;
  if (!reads) return [];
  const store = `ctx.state${prop(r.storeName)}`;
  const fixed = String(reads.count ?? 1);
  const own = reads.field === undefined ? null : `record${prop(reads.field)}`;
  const limit = own === null ? fixed : `typeof ${own} === 'number' && ${own} > 0 ? ${own} : ${fixed}`;
  const alias = r.spec.key ? `, record${prop(r.spec.key)}` : '';
  const gone =
    reads.gone_status === 410
      ? [
          `if (record === undefined && ${store}.readUp(id)) {`,
          `  throw new ${d.kit('HttpError')}(410, 'GONE', ${str(`the ${r.spec.name} with ${keyFieldOf(r)} `)} + JSON.stringify(id) + ' was read as many times as it may be');`,
          '}',
        ]
      : [];
  return [
    `const id = ${paramExpr};`,
    `const record = ${findRecord(r, 'id')};`,
    ...gone,
    `if (record === undefined) ${notFoundLine(d, r, 'id')}`,
    `${store}.countRead(record.id, ${limit}${alias});`,
    'return { status: 200, body: record };',
  ];
}
