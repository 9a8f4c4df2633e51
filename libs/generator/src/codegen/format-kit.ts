import { EMAIL_PATTERN, type FieldSpec } from '@sf/service-spec';
import { checkedFormatCheckName } from '../catalog/field-formats';

/*
 * What the string formats `date`, `hex` and `email`, string lengths and years or dates bounded by today add to
 * `src/validation.ts` (CONTRACT.md, record rules). Kept beside the kit so the kit stays one page.
 */

/** The generated check of a string field: its format's, else non-empty when required (CONTRACT.md). */
export function stringCheckName(field: FieldSpec): string {
  if (field.format === 'date-time') return 'isDateTime';
  if (field.format === 'url') return 'isWebUrl';
  if (field.format === 'date') return 'isCalendarDate';
  if (field.format === 'hex') return 'isHexString';
  if (field.format === 'email') return 'isEmail';
  return (
    checkedFormatCheckName(field.format) ??
    (field.required && field.allow_empty !== true ? 'isNonEmptyString' : 'isString')
  );
}

/** The format checks, appended to `src/validation.ts`. */
export const FORMAT_KIT_SOURCE = `
/** A calendar date written YYYY-MM-DD that exists (2023-02-29 rolls over, so it is refused). */
export const isCalendarDate: Check<string> = {
  expected: 'a calendar date written YYYY-MM-DD, like 2024-07-01',
  test: (value: unknown): value is string => {
    if (typeof value !== 'string' || !/^\\d{4}-\\d{2}-\\d{2}$/.test(value)) return false;
    const [y, m, d] = value.split('-').map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  },
};

/** A non-empty string of hexadecimal digits. */
export const isHexString: Check<string> = {
  expected: 'a string of hexadecimal digits (0-9, a-f)',
  test: (value: unknown): value is string => typeof value === 'string' && /^[0-9a-fA-F]+$/.test(value),
};

const EMAIL = new RegExp(${JSON.stringify(EMAIL_PATTERN.source)});

/** An email address: exactly one @, a name before it, a domain of two or more labels after it, no spaces. */
export const isEmail: Check<string> = {
  expected: 'an email address like ada@example.com',
  test: (value: unknown): value is string => typeof value === 'string' && EMAIL.test(value),
};

/**
 * A year or calendar date check that also refuses a value after the current UTC year (a number) or day (a date)
 * when the request arrives: this year (today) and earlier pass.
 */
export function notFuture<T extends number | string>(base: Check<T>): Check<T> {
  return {
    expected: base.expected + ' not in the future (UTC)',
    test: (value: unknown): value is T => {
      if (!base.test(value)) return false;
      const now = new Date();
      return typeof value === 'number'
        ? value <= now.getUTCFullYear()
        : String(value).slice(0, 10) <= now.toISOString().slice(0, 10);
    },
  };
}

/** An array check that also keeps the number of elements between min and max (null: no limit). */
export function countWithin<T extends unknown[]>(base: Check<T>, min: number | null, max: number | null): Check<T> {
  const said = min !== null && max !== null ? min + ' to ' + max : min !== null ? 'at least ' + min : 'at most ' + max;
  return {
    expected: base.expected + ' of ' + said + ' elements',
    test: (value: unknown): value is T =>
      base.test(value) && (min === null || value.length >= min) && (max === null || value.length <= max),
  };
}

/** A string check that also keeps the value between min and max characters (code points; null: no limit). */
export function lengthWithin(base: Check<string>, min: number | null, max: number | null): Check<string> {
  const said = min !== null && max !== null ? min + ' to ' + max : min !== null ? 'at least ' + min : 'at most ' + max;
  return {
    expected: base.expected + ' of ' + said + ' characters',
    test: (value: unknown): value is string => {
      if (!base.test(value)) return false;
      const n = Array.from(value).length;
      return (min === null || n >= min) && (max === null || n <= max);
    },
  };
}
`;
