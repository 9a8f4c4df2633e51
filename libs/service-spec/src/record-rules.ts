import { gapRuleLine } from './booking-buffer';
import type { AdjustBehavior, ReadLimitRule, ResetBehavior } from './record-rule-contract';
import type { FieldSpec, ResourceSpec, SpecContract } from './spec-contract';
import { CHECKED_FORMAT_TEXT, isCheckedFormat, writtenFormatIn } from './value-formats';

/*
 * The record rules beyond a field's type: numeric bounds, date-time strings, client-chosen keys, intervals that
 * must not overlap, and the numeric adjustments (`adjust`, `reset`) that respect those bounds. One reading of
 * them, shared by the renderer, the verifier and the generator.
 */

/** A bound of a numeric field: the comparison a value must pass and the limit. */
export interface FieldBound {
  op: '>=' | '<=' | '>' | '<';
  limit: number;
}

/** The parts of a field that state its bounds. */
export type BoundedField = Pick<FieldSpec, 'minimum' | 'maximum' | 'exclusive_minimum' | 'exclusive_maximum'>;

/** The bounds `field` declares, in a fixed order (lower first). */
export function boundsOf(field: BoundedField): FieldBound[] {
  const bounds: FieldBound[] = [];
  if (field.minimum !== undefined) bounds.push({ op: '>=', limit: field.minimum });
  if (field.exclusive_minimum !== undefined) bounds.push({ op: '>', limit: field.exclusive_minimum });
  if (field.maximum !== undefined) bounds.push({ op: '<=', limit: field.maximum });
  if (field.exclusive_maximum !== undefined) bounds.push({ op: '<', limit: field.exclusive_maximum });
  return bounds;
}

/** Whether no number passes every bound of `field` ("at least 16 and at most 8"): a rule nothing can satisfy. */
export function boundsContradict(field: BoundedField): boolean {
  const lows = boundsOf(field).filter((b) => b.op === '>=' || b.op === '>');
  const highs = boundsOf(field).filter((b) => b.op === '<=' || b.op === '<');
  return lows.some((lo) =>
    highs.some((hi) => lo.limit > hi.limit || (lo.limit === hi.limit && (lo.op === '>' || hi.op === '<'))),
  );
}

/** Whether `value` passes every bound of `field`. */
export function withinBounds(field: BoundedField, value: number): boolean {
  return boundsOf(field).every((b) => {
    switch (b.op) {
      case '>=':
        return value >= b.limit;
      case '>':
        return value > b.limit;
      case '<=':
        return value <= b.limit;
      case '<':
        return value < b.limit;
    }
  });
}

/** The parts of a field that state how long a string may be. */
export type LengthField = Pick<FieldSpec, 'min_length' | 'max_length'>;

/** Whether string `value` has as many characters (code points) as `field` allows. */
export function withinLength(field: LengthField, value: string): boolean {
  const n = Array.from(value).length;
  return (
    (field.min_length === undefined || n >= field.min_length) &&
    (field.max_length === undefined || n <= field.max_length)
  );
}

/** "3 to 40 characters", "at least 3 characters", "at most 40 characters", or null without a length rule. */
export function lengthText(field: LengthField): string | null {
  const { min_length: min, max_length: max } = field;
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${min} characters` : `${min} to ${max} characters`;
  if (min !== undefined) return `at least ${min} characters`;
  if (max !== undefined) return `at most ${max} characters`;
  return null;
}

/**
 * `value` made as long as `field` allows: padded with `x` up to its `min_length`, else cut to its last
 * `max_length` characters (the end of a varied sample is what keeps it apart from others).
 */
export function fitText(field: LengthField, value: string): string {
  const chars = Array.from(value);
  if (field.min_length !== undefined && chars.length < field.min_length)
    return value + 'x'.repeat(field.min_length - chars.length);
  if (field.max_length !== undefined && chars.length > field.max_length)
    return chars.slice(chars.length - field.max_length).join('');
  return value;
}

/**
 * An email address (format `email`): exactly one `@`, a non-empty local part, a domain of two or more non-empty
 * labels, no spaces. The generated services test the same pattern.
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** Whether `value` is an email address by {@link EMAIL_PATTERN}. */
export function isEmailAddress(value: unknown): boolean {
  return typeof value === 'string' && EMAIL_PATTERN.test(value);
}

/** "integer >= 0 and <= 5", or the bare type without bounds. */
export function boundsText(field: FieldSpec): string {
  const bounds = boundsOf(field);
  return [field.type, ...bounds.map((b, i) => `${i > 0 ? 'and ' : ''}${b.op} ${b.limit}`)].join(' ');
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** Whether `value` is an ISO 8601 date-time with a zone that names a real instant. */
export function isDateTime(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return false;
  const time = Date.parse(value);
  if (!Number.isFinite(time)) return false;
  // Date.parse rolls 2024-02-30 over to March: the written day must survive the round trip.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
}

/** Whether `value` is a calendar date `YYYY-MM-DD` that exists (format `date`). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d;
}

/** Whether `value` is a non-empty string of hexadecimal digits (format `hex`). */
export function isHexString(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-fA-F]+$/.test(value);
}

/** Whether `value` is an absolute http or https URL with a host (format `url`). */
export function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** An interval bound as a comparable number: date-time strings as epoch milliseconds, numbers as they are. */
export function instantOf(value: unknown): number {
  return typeof value === 'number' ? value : Date.parse(String(value));
}

/** The fields of a resource the service stamps with the instant of its create (`generate: 'now'`): never sent. */
export function stampedFields(r: Pick<ResourceSpec, 'fields'> | undefined): string[] {
  return (r?.fields ?? []).filter((f) => f.generate === 'now').map((f) => f.name);
}

/** Sentences stating the rules of a resource beyond its field types, for the SPEC's data model. */
export function resourceRuleLines(r: ResourceSpec): string[] {
  const lines: string[] = [];
  for (const f of r.fields) {
    if (boundsOf(f).length > 0)
      lines.push(`\`${f.name}\` must be ${boundsText(f)}; anything else is 400 VALIDATION_FAILED.`);
    if (f.unique_ignore_case === true)
      lines.push(
        `\`${f.name}\` is unique ignoring letter case: a value equal to another record's up to case is 409 CONFLICT.`,
      );
    if (f.format === 'date-time')
      lines.push(
        `\`${f.name}\` must be an ISO 8601 date-time with a zone (e.g. \`2024-07-01T09:00:00Z\`); anything else is 400 VALIDATION_FAILED.`,
      );
    if (f.format === 'date')
      lines.push(
        `\`${f.name}\` must be a calendar date written YYYY-MM-DD that exists (e.g. \`2024-07-01\`); anything else is 400 VALIDATION_FAILED.`,
      );
    if (f.format === 'hex')
      lines.push(
        `\`${f.name}\` must be a non-empty string of hexadecimal digits (0-9, a-f, A-F); anything else is 400 VALIDATION_FAILED.`,
      );
    if (f.format === 'email')
      lines.push(
        `\`${f.name}\` must be an email address (one @, a name before it, a domain with a dot after it, no spaces); anything else is 400 VALIDATION_FAILED.`,
      );
    const length = lengthText(f);
    if (length !== null)
      lines.push(`\`${f.name}\` must be ${length} long; anything else is 400 VALIDATION_FAILED.`);
    if (isCheckedFormat(f.format))
      lines.push(
        `\`${f.name}\` must be ${CHECKED_FORMAT_TEXT[f.format]}; anything else is 400 VALIDATION_FAILED naming the field.`,
      );
    if (f.format === 'url')
      lines.push(
        `\`${f.name}\` must be an absolute http:// or https:// URL with a host; anything else (ftp://, a bare word) is 400 VALIDATION_FAILED.`,
      );
    if (f.not_future === true)
      lines.push(
        `\`${f.name}\` may not lie in the future: a ${f.type === 'integer' ? 'year after the current UTC year' : 'date after the current UTC day'} when the request arrives is 400 VALIDATION_FAILED.`,
      );
    if (f.generate === 'code')
      lines.push(
        `\`${f.name}\` may be left out: the service then stores a fresh code of 7 characters a-z0-9 that no other record holds; a value the client chooses is kept, and one already taken is 409 CONFLICT.`,
      );
    if (f.generate === 'now')
      lines.push(
        `\`${f.name}\` is set by the service to the instant the record is created (ISO 8601, UTC); a create or update that sends it is 400 VALIDATION_FAILED.`,
      );
  }
  if (r.key) {
    lines.push(
      `Records are addressed by \`${r.key}\`, chosen by the client and unique: item paths take its value, and a second record with the same \`${r.key}\` is 409 CONFLICT.`,
    );
  }
  if (r.ttl) {
    const own = r.ttl.field ? `its own \`${r.ttl.field}\` seconds when positive` : null;
    const fixed = r.ttl.seconds === undefined ? null : `${r.ttl.seconds} seconds`;
    lines.push(
      `A record expires ${[own, fixed].filter((x) => x !== null).join(', else ')} after it was created (an update does not extend it): then it is gone, 404 NOT_FOUND on its item paths and left out of every list.`,
    );
    if (r.ttl.answer_field)
      lines.push(
        `Every answer of a record carries \`${r.ttl.answer_field}\`: the instant it expires (ISO 8601 UTC, set when it is created; null when it never expires).`,
      );
  }
  if (r.reads) {
    const limit = readLimitText(r.reads);
    const gone = r.reads.gone_status === 410 ? '410 GONE' : '404 NOT_FOUND';
    lines.push(
      `Each read of a record (an answer of its get endpoint) counts; a record is read at most ${limit} times: the read that reaches the limit still answers it, and from then on it is gone, ${gone} on its item paths and left out of every list. Lists, updates and deletes count no read.`,
    );
  }
  const iv = r.interval;
  if (iv) {
    lines.push(
      `\`${iv.end}\` must be after \`${iv.start}\` (compared as instants); otherwise 400 VALIDATION_FAILED.`,
    );
    if (iv.no_overlap) {
      const per =
        iv.no_overlap.length > 0
          ? ` with the same ${iv.no_overlap.map((n) => `\`${n}\``).join(' and ')}`
          : '';
      lines.push(gapRuleLine(iv, per));
    }
  }
  return lines;
}

/** What is wrong with the record rules of `r` (dangling names, bounds on non-numbers, a key that is not unique). */
export function resourceRuleProblems(r: ResourceSpec): string[] {
  const problems: string[] = [];
  const field = (name: string) => r.fields.find((f) => f.name === name);
  for (const f of r.fields) {
    if (boundsOf(f).length > 0 && f.type !== 'number' && f.type !== 'integer')
      problems.push(`field ${f.name} of ${r.name} has bounds but is not a number`);
    if (f.format !== undefined && f.type !== 'string')
      problems.push(`field ${f.name} of ${r.name} is a ${f.format} but not a string`);
    if (lengthText(f) !== null && f.type !== 'string')
      problems.push(`field ${f.name} of ${r.name} has a length rule but is not a string`);
    if (f.min_length !== undefined && f.max_length !== undefined && f.min_length > f.max_length)
      problems.push(`field ${f.name} of ${r.name} has min_length above max_length`);
    if (f.generate === 'code' && (f.type !== 'string' || f.required || !f.unique))
      problems.push(`generated field ${f.name} of ${r.name} must be an optional, unique string`);
    if (f.generate === 'now' && (f.type !== 'string' || f.required || f.unique || f.format !== 'date-time'))
      problems.push(`stamped field ${f.name} of ${r.name} must be an optional date-time string, not unique`);
    if (f.not_future === true && !(f.type === 'integer' || (f.type === 'string' && f.format === 'date')))
      problems.push(`field ${f.name} of ${r.name} may not lie in the future but is no year or date`);
    if (f.unique_ignore_case === true && (f.type !== 'string' || f.unique !== true))
      problems.push(`field ${f.name} of ${r.name} is unique ignoring case but not a unique string`);
  }
  if (r.key) {
    const k = field(r.key);
    if (!k || k.type !== 'string' || !(k.required || k.generate === 'code') || !k.unique)
      problems.push(`key ${r.key} of ${r.name} must be a required, unique string field`);
  }
  if (r.ttl) {
    const own = r.ttl.field === undefined ? undefined : field(r.ttl.field);
    if (r.ttl.field !== undefined && own?.type !== 'integer' && own?.type !== 'number')
      problems.push(`ttl of ${r.name} reads undeclared or non-number field ${r.ttl.field}`);
    if (r.ttl.field === undefined && r.ttl.seconds === undefined)
      problems.push(`ttl of ${r.name} needs seconds or a field`);
    const shown = r.ttl.answer_field;
    if (shown !== undefined && (shown === 'id' || field(shown) !== undefined))
      problems.push(`ttl of ${r.name} answers its expiry as ${shown}, which is a field of its own`);
  }
  if (r.reads?.field !== undefined && field(r.reads.field)?.type !== 'integer')
    problems.push(`reads of ${r.name} counts undeclared or non-integer field ${r.reads.field}`);
  const iv = r.interval;
  if (iv) {
    const start = field(iv.start);
    const end = field(iv.end);
    const kind = (f: FieldSpec | undefined) =>
      f === undefined
        ? null
        : f.type === 'string' && f.format === 'date-time'
          ? 'time'
          : f.type === 'number' || f.type === 'integer'
            ? 'number'
            : null;
    if (
      !start ||
      !end ||
      !start.required ||
      !end.required ||
      kind(start) === null ||
      kind(start) !== kind(end)
    )
      problems.push(
        `interval of ${r.name} needs required fields ${iv.start} and ${iv.end}, both date-time strings or both numbers`,
      );
    else if (!(instantOf(end.example) > instantOf(start.example)))
      problems.push(`the example ${iv.end} of ${r.name} must be after its example ${iv.start}`);
    for (const name of iv.no_overlap ?? [])
      if (!field(name)) problems.push(`interval of ${r.name} compares undeclared field ${name}`);
    if (iv.gap_minutes !== undefined && (!iv.no_overlap || kind(start) !== 'time'))
      problems.push(`the gap_minutes of ${r.name} needs no_overlap on a date-time interval`);
  }
  return problems;
}

/** What is wrong with an `adjust` or `reset` endpoint of contract `c`. */
export function adjustProblems(c: SpecContract, b: AdjustBehavior | ResetBehavior): string[] {
  const r = c.resources.find((x) => x.name === b.resource);
  if (!r) return [];
  const problems: string[] = [];
  const target = r.fields.find((f) => f.name === b.field);
  if (!target || (target.type !== 'integer' && target.type !== 'number'))
    problems.push(`${b.resource} has no numeric field ${b.field} to ${b.kind}`);
  if (b.kind === 'reset' && target && typeof target.default !== 'number')
    problems.push(`field ${b.field} of ${b.resource} needs a numeric default to reset to`);
  if (b.kind === 'adjust' && b.param === undefined && !r.key)
    problems.push(`without a path parameter, ${b.resource} needs a key to read from the body`);
  if (b.kind === 'adjust' && b.amount_field === r.key)
    problems.push(`amount field ${b.amount_field} clashes with a field of ${b.resource}`);
  // Taking stock out of a level without a floor would let it go below what is on hand.
  if (
    b.kind === 'adjust' &&
    b.direction === 'out' &&
    target &&
    !boundsOf(target).some((x) => x.op[0] === '>')
  )
    problems.push(`taking ${b.field} out needs a lower bound (minimum) on ${b.resource}.${b.field}`);
  if (
    b.kind === 'adjust' &&
    b.direction !== undefined &&
    b.amount_default !== undefined &&
    !(b.amount_default > 0)
  )
    problems.push(`the default amount of a ${b.direction} movement must be above 0`);
  if (b.create_missing) {
    if (!r.key) problems.push(`${b.resource} needs a key to create records on first use`);
    const parented = c.endpoints.some(
      (x) => x.behavior.kind === 'create' && x.behavior.resource === b.resource && x.behavior.parent,
    );
    if (parented)
      problems.push(`${b.resource} records belong to a parent, so they cannot be created on first use`);
    const blocking = r.fields.filter(
      (f) => f.name !== r.key && f.name !== b.field && f.required && f.default === undefined,
    );
    if (blocking.length > 0)
      problems.push(
        `creating ${b.resource} on first use needs defaults for ${blocking.map((f) => f.name).join(', ')}`,
      );
  }
  return problems;
}

/** What is wrong with a `get` that answers unknown keys with defaults (a key, and a default for the rest). */
export function absentDefaultProblems(c: SpecContract, resource: string): string[] {
  const r = c.resources.find((x) => x.name === resource);
  if (!r) return [];
  if (!r.key) return [`${resource} needs a key to answer unknown keys with defaults`];
  const blocking = r.fields.filter((f) => f.name !== r.key && f.required && f.default === undefined);
  return blocking.length > 0
    ? [`answering an unknown ${resource} needs defaults for ${blocking.map((f) => f.name).join(', ')}`]
    : [];
}

/** What a written field rule (`integer >= 0`, `ISO datetime`, `between 1 and 5`) asks of the field. */
/** Bounds and format a written rule states, and the default it names (`integer 1-10 (default 1)`). */
export type FieldRule = BoundedField & Pick<FieldSpec, 'format'> & { default?: number };

const TYPE_WORDS = /\b(?:integer|int|number|float|double|decimal|string|text)\b/gi;
const NUM = '(-?\\d+(?:\\.\\d+)?)';

/**
 * The constraints a rule written with a field's type states, or null when the rule says something else (or
 * something this reader does not know). Read: comparisons (`>= 0`, `≥ 1`, `> 0`, `<= 5`, `< 10`, several
 * joined by "and" or commas), ranges (`1..5`, `between 1 and 5`, `from 1 to 5`, `[1, 5]`), words
 * (`non-negative`, `positive`, `negative`, `at least 1`, `at most 5`, `min 1`, `max 5`), date-times
 * (`ISO datetime`, `ISO-8601 date-time`, `timestamp`), dates (`ISO date`, `date (YYYY-MM-DD)`), `hex`, and the
 * formats of `value-formats.ts` (`ISBN-13`, `valid IBAN`, `HH:MM`, `a valid e-mail`).
 * Rules in other languages are put into these English words by the literal-shape reader (`literal-types.ts`).
 */
export function fieldRuleConstraints(rule: string): FieldRule | null {
  // "ISBN-13 without dashes", "valid IBAN", "HH:MM", "un e-mail valide": a format the field declares.
  const format = writtenFormatIn(rule);
  if (format !== null) return { format };
  let text = ` ${rule.toLowerCase().replace(/≥/g, '>=').replace(/≤/g, '<=').replace(TYPE_WORDS, ' ')} `;
  if (
    /^\s*(?:iso(?:[ -]?8601)?[ -]?)?(?:date[ -]?time|datetime|timestamp)(?:\s*\((?:utc|iso[ -]?8601|iso)\))?\s*(?:\(?utc\)?)?\s*$/.test(
      text,
    )
  ) {
    return { format: 'date-time' };
  }
  if (/^\s*(?:iso(?:[ -]?8601)?[ -]?)?(?:calendar )?date(?:\s*\(?yyyy-mm-dd\)?)?\s*$/.test(text))
    return { format: 'date' };
  if (/^\s*(?:hex|hexadecimal)(?:[ -]?(?:encoded|digits))?\s*$/.test(text)) return { format: 'hex' };
  const out: FieldRule = {};
  const take = (pattern: RegExp, apply: (m: RegExpExecArray) => void): void => {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      apply(m);
      text = text.replace(m[0], ' ');
      pattern.lastIndex = 0;
    }
  };
  const range = (m: RegExpExecArray) => {
    out.minimum = Number(m[1]);
    out.maximum = Number(m[2]);
  };
  take(new RegExp(`\\bbetween\\s+${NUM}\\s+and\\s+${NUM}(?:\\s*\\(?inclusive\\)?)?`), range);
  take(new RegExp(`\\bfrom\\s+${NUM}\\s+to\\s+${NUM}`), range);
  take(new RegExp(`\\[\\s*${NUM}\\s*,\\s*${NUM}\\s*\\]`), range);
  take(new RegExp(`(?:^|\\s)${NUM}\\s*\\.\\.\\.?\\s*${NUM}(?=\\s|$)`), range);
  take(new RegExp(`(>=|<=|>|<|=>|=<)\\s*${NUM}`), (m) => {
    const value = Number(m[2]);
    if (m[1] === '>=' || m[1] === '=>') out.minimum = value;
    else if (m[1] === '<=' || m[1] === '=<') out.maximum = value;
    else if (m[1] === '>') out.exclusive_minimum = value;
    else out.exclusive_maximum = value;
  });
  take(new RegExp(`\\b(?:at least|min(?:imum)?:?)\\s+${NUM}`), (m) => (out.minimum = Number(m[1])));
  take(new RegExp(`\\b(?:at most|max(?:imum)?:?)\\s+${NUM}`), (m) => (out.maximum = Number(m[1])));
  // "integer 1-10 (default 1)": the value an omitted field takes, written beside its bounds.
  take(new RegExp(`\\(?\\s*default(?:s to|:|=)?\\s*${NUM}\\s*\\)?`), (m) => (out.default = Number(m[1])));
  take(/\bnon[- ]?negative\b/, () => (out.minimum = 0));
  take(/\bnon[- ]?positive\b/, () => (out.maximum = 0));
  take(/\bpositive\b/, () => (out.exclusive_minimum = 0));
  take(/\bnegative\b/, () => (out.exclusive_maximum = 0));
  const rest = text.replace(/\b(?:and|or|inclusive)\b|[,;()]/g, ' ').trim();
  return rest === '' && Object.keys(out).length > 0 ? out : null;
}

/** Whether `field` holds every constraint of `rule` exactly (its bounds and format, no looser). */
export function holdsRule(field: FieldSpec, rule: FieldRule): boolean {
  const keys = ['minimum', 'maximum', 'exclusive_minimum', 'exclusive_maximum', 'format', 'default'] as const;
  return keys.every((k) => rule[k] === undefined || field[k] === rule[k]);
}

/** Word stems (folded) that say intervals must not overlap, in the languages intents are written in. */
export const OVERLAP_STEMS = [
  'overlap',
  'clash',
  'double-book',
  'doublebook',
  'intersect',
  'uberschneid',
  'ueberschneid',
  'uberlapp',
  'ueberlapp',
  'chevauch',
  'superpos',
  'solap',
  'superpon',
  'sovrappo',
  'sobrepo',
];

/** How many reads a read-limited record gives, in words ("its own `max_views` when positive, else 1"). */
export function readLimitText(reads: ReadLimitRule): string {
  const fixed = String(reads.count ?? 1);
  return reads.field === undefined ? fixed : `its own \`${reads.field}\` when positive, else ${fixed},`;
}
