/*
 * What the string formats `date` and `hex` add to `src/validation.ts` (CONTRACT.md, record rules). Kept beside the
 * kit so the kit stays one page.
 */

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
`;
