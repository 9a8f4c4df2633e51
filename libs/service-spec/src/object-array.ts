import { isCheckedFormat } from './value-formats';
import {
  boundsOf,
  isCalendarDate,
  isDateTime,
  isEmailAddress,
  isHexString,
  isWebUrl,
  lengthText,
  withinBounds,
  withinLength,
} from './record-rules';
import type { FieldSpec, SpecContract } from './spec-contract';

/*
 * `object[]` fields (order lines): an array of JSON objects, each with the fields `items` lists (scalars only,
 * one level deep), at least `min_items` of them. One reading shared by the renderer, the generator's value
 * checks and the reference service; the generated validation module spells the same rules out in its own text.
 */

/** The element types an `object[]` field's items may declare: scalars only. */
export const ITEM_FIELD_TYPES: readonly FieldSpec['type'][] = ['string', 'number', 'integer', 'boolean'];

/** Why a scalar `value` does not fit `field` ("must be an integer > 0"), or null when it fits. */
function scalarProblem(field: FieldSpec, value: unknown): string | null {
  const bounds = boundsOf(field);
  const expected = [
    field.type === 'integer'
      ? 'an integer'
      : field.type === 'number'
        ? 'a finite number'
        : field.type === 'boolean'
          ? 'a boolean'
          : field.required && field.allow_empty !== true
            ? 'a non-empty string'
            : 'a string',
    ...bounds.map((b) => `${b.op} ${b.limit}`),
  ].join(' ');
  const typed =
    field.type === 'integer'
      ? Number.isInteger(value)
      : field.type === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : field.type === 'boolean'
          ? typeof value === 'boolean'
          : typeof value === 'string' && (value !== '' || !field.required || field.allow_empty === true);
  if (!typed || (typeof value === 'number' && !withinBounds(field, value))) return `must be ${expected}`;
  if (field.format === 'date-time' && !isDateTime(value)) return 'must be an ISO 8601 date-time with a zone';
  if (field.format === 'url' && !isWebUrl(value)) return 'must be an absolute http or https URL';
  if (field.format === 'date' && !isCalendarDate(value)) return 'must be a calendar date YYYY-MM-DD';
  if (field.format === 'hex' && !isHexString(value)) return 'must be hexadecimal digits';
  if (field.format === 'email' && !isEmailAddress(value)) return 'must be an email address';
  if (typeof value === 'string' && !withinLength(field, value))
    return `must be ${lengthText(field) ?? ''} long`;
  if (field.enum && !field.enum.includes(value as string | number)) {
    return `must be one of ${field.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return null;
}

/**
 * Every problem of `value` as the `object[]` field `field` called `name`: not an array, too few elements, an
 * element that is not an object, a missing, mistyped or unknown element field — each naming its place
 * (`lines[1].quantity must be an integer > 0`, elements counted from 0). Empty when the value fits.
 */
export function objectArrayProblems(
  field: Pick<FieldSpec, 'items' | 'min_items'>,
  value: unknown,
  name = 'value',
): string[] {
  if (!Array.isArray(value)) return [`${name} must be an array of objects`];
  const min = field.min_items ?? 0;
  const problems: string[] = [];
  if (value.length < min) problems.push(`${name} must have at least ${min} element${min === 1 ? '' : 's'}`);
  const items = field.items ?? [];
  value.forEach((element: unknown, i) => {
    const at = `${name}[${i}]`;
    if (typeof element !== 'object' || element === null || Array.isArray(element)) {
      problems.push(`${at} must be a JSON object`);
      return;
    }
    const record = element as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!items.some((f) => f.name === key)) problems.push(`${at} has unknown field ${JSON.stringify(key)}`);
    }
    for (const f of items) {
      const v = Object.hasOwn(record, f.name) ? record[f.name] : undefined;
      if (v === undefined || v === null) {
        if (f.required) problems.push(`${at}.${f.name} is required`);
        continue;
      }
      const problem = scalarProblem(f, v);
      if (problem) problems.push(`${at}.${f.name} ${problem}`);
    }
  });
  return problems;
}

/** Contract problems of an `object[]` field (or of `items` / `min_items` on any other field), for `where`. */
export function objectArrayFieldProblems(field: FieldSpec, where: string): string[] {
  const problems: string[] = [];
  if (field.type !== 'object[]') {
    if (field.items !== undefined)
      problems.push(`${where}: field ${field.name} lists items but is no object[]`);
    if (field.min_items !== undefined && !field.type.endsWith('[]')) {
      problems.push(`${where}: field ${field.name} has min_items but is no array`);
    }
    return problems;
  }
  const items = field.items ?? [];
  if (items.length === 0) problems.push(`${where}: object[] field ${field.name} lists no item fields`);
  const names = items.map((f) => f.name);
  for (const f of items) {
    if (!ITEM_FIELD_TYPES.includes(f.type)) {
      problems.push(`${where}: item field ${field.name}.${f.name} is a ${f.type}; items hold scalars only`);
    }
    // The reference checks of the checked formats are the catalog's (libs/generator): items keep the written ones.
    if (isCheckedFormat(f.format)) {
      problems.push(
        `${where}: item field ${field.name}.${f.name} is a ${f.format}; items take no checked format`,
      );
    }
    if (names.indexOf(f.name) !== names.lastIndexOf(f.name)) {
      problems.push(`${where}: item field ${field.name}.${f.name} is declared twice`);
    }
  }
  return [...new Set(problems)];
}

/** Contract problems of every field of `c` about `object[]` items (resources, bodies, query parameters). */
export function objectArrayContractProblems(c: SpecContract): string[] {
  return [
    ...c.resources.flatMap((r) => r.fields.flatMap((f) => objectArrayFieldProblems(f, `resource ${r.name}`))),
    ...c.endpoints.flatMap((e) =>
      [...(e.request.body?.fields ?? []), ...(e.request.query ?? [])].flatMap((f) =>
        objectArrayFieldProblems(f, `endpoint ${e.id}`),
      ),
    ),
  ];
}

/** "each with quantity (integer > 0, required), unit_price (number >= 0, required); at least 1", for the SPEC. */
export function objectArrayText(field: FieldSpec): string {
  const items = (field.items ?? []).map((f) => {
    const bounds = boundsOf(f).map((b) => `${b.op} ${b.limit}`);
    const type = [f.type, ...bounds].join(' ');
    return `${f.name} (${type}, ${f.required ? 'required' : 'optional'})`;
  });
  const min = field.min_items ? `; at least ${field.min_items}` : '';
  return `objects, each with ${items.join(', ')}${min}`;
}
