import {
  isDateTime,
  isWebUrl,
  isCalendarDate,
  isHexString,
  isEmailAddress,
  isCheckedFormat,
  notAfterToday,
  objectArrayProblems,
  withinBounds,
  withinLength,
  type BoundedField,
  type FieldSpec,
} from '@sf/service-spec';
import { fieldFormatCheck } from '../catalog/field-formats';

/* Which values fit a contract field: the rules the generated checks apply, for the generator's own use. */

/** Whether `value` is a valid value of `field` (the same rules as the generated checks). */
export function fitsField(
  field: ValueField & Pick<FieldSpec, 'enum' | 'format' | 'min_length' | 'max_length' | 'not_future'>,
  value: unknown,
): boolean {
  if (!fitsType(field, value)) return false;
  if (typeof value === 'number' && !withinBounds(field, value)) return false;
  if (field.format === 'date-time' && !isDateTime(value)) return false;
  if (field.format === 'url' && !isWebUrl(value)) return false;
  if (field.format === 'date' && !isCalendarDate(value)) return false;
  if (field.format === 'hex' && !isHexString(value)) return false;
  if (field.format === 'email' && !isEmailAddress(value)) return false;
  if (isCheckedFormat(field.format) && !fieldFormatCheck(field.format).test(value)) return false;
  if (typeof value === 'string' && !withinLength(field, value)) return false;
  if (field.not_future === true && !notAfterToday(value)) return false;
  if (!field.enum || field.type === 'object[]') return true;
  const allowed: unknown[] = field.enum;
  return Array.isArray(value) ? value.every((v: unknown) => allowed.includes(v)) : allowed.includes(value);
}

type ValueField = Pick<FieldSpec, 'type' | 'required' | 'items' | 'min_items' | 'max_items'> & BoundedField;

/** Whether `value` has `field`'s type (required strings non-empty, object arrays well-formed). */
export function fitsType(field: ValueField, value: unknown): boolean {
  switch (field.type) {
    case 'string':
      return typeof value === 'string' && (!field.required || value !== '');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string[]':
      return (
        Array.isArray(value) &&
        value.every((v) => typeof v === 'string') &&
        value.length >= (field.min_items ?? 0) &&
        value.length <= (field.max_items ?? Infinity)
      );
    case 'number[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isFinite(v));
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'object[]':
      return objectArrayProblems(field, value).length === 0;
  }
}

/** Names of the `{param}` placeholders of a path pattern. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}
