import { CHECKED_FORMATS, isCheckedFormat, type CheckedFormat, type FieldSpec } from '@sf/service-spec';
import { FUNCTION_RESULT_TYPE, type FunctionCode } from './catalog-entry';
import { IBAN_CODE, IBAN_REFERENCE } from './checks-iban';
import { ISBN_CODE } from './checks-isbn';
import { LUHN_CODE, passesLuhn } from './checks-card';
import { UUID_CODE } from './checks-formats';
import { isbnReference } from './text-checks-reference';

/*
 * The checked formats of a record's text field (`value-formats.ts` in service-spec names them): each with its
 * reference check — the catalog's own reference semantics for ISBN, IBAN and Luhn, the written shape for the rest —
 * valid values (a sample, and more for unique fields), a value that fails only the check (a wrong check digit, an
 * hour 24) and other refused ones, and the check the generated service runs: the catalog's emitted validator
 * wrapped as a field check (`Check<string>` in `src/validation.ts`), never a second Luhn, ISBN or IBAN.
 */

/** One checked format, as the designer, the reference service and the code writers use it. */
export interface FieldFormatCheck {
  /** Whether `value` is of the format, by the reference semantics. */
  test: (value: unknown) => boolean;
  /** Valid values, all different: the first is the sample. */
  valid: readonly string[];
  /** Valid value number `n` (any n >= 0), different for different n below a million (unique fields). */
  variant: (n: number) => string;
  /** A value of the right shape that fails only the check (a wrong check digit). */
  failing: string;
  /** Why `failing` is refused, for a worked example's description. */
  failingWhy: string;
  /** More refused values, for the generated tests. */
  refused: readonly string[];
  /** The name of the emitted check (`Check<string>` in `src/validation.ts`). */
  checkName: string;
  /** What the emitted check says it expected. */
  expected: string;
  /** The emitted test: an expression of `value` (a string), calling `catalog`'s validator when there is one. */
  testSource: string;
  /** The catalog validator the emitted test calls. */
  catalog?: FunctionCode;
}

const iso13 = isbnReference('13');
const iso10 = isbnReference('10');

/** Whether the catalog's reference answers `params` valid. */
function referenceValid(
  reference: { compute(p: Record<string, unknown>): { ok: boolean } },
  params: Record<string, unknown>,
): boolean {
  const answer = reference.compute(params) as { ok: boolean; results?: Record<string, unknown> };
  return answer.ok && answer.results?.valid === true;
}

/** A string made only of `allowed` characters (so a check of another alphabet is not asked a wrong question). */
const made = (value: unknown, allowed: RegExp): value is string =>
  typeof value === 'string' && allowed.test(value);

/** `n` as `width` decimal digits (the last ones when longer). */
const digitsOf = (n: number, width: number): string =>
  String(Math.floor(Math.abs(n)))
    .padStart(width, '0')
    .slice(-width);

/** The first completion of `head` by one of `tails` that `test` accepts (the check digit, found by the check). */
function completed(test: (v: unknown) => boolean, head: string, tails: string[]): string {
  return tails.map((t) => head + t).find(test) ?? head + tails[0];
}

const DIGITS = '0123456789'.split('');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const CHECKS: Readonly<Record<CheckedFormat, FieldFormatCheck>> = {
  'isbn-13': {
    test: (v) => made(v, /^[0-9 -]+$/) && referenceValid(iso13, { isbn: v }),
    variant: (n) => completed(CHECKS['isbn-13'].test, `978${digitsOf(n + 100, 9)}`, DIGITS),
    valid: ['9780306406157', '9783161484100', '9783598215087', '9781861972712'],
    failing: '9780306406158',
    failingWhy: 'a wrong check digit (9780306406158)',
    refused: ['978030640615', '97803064061570', '0306406152', 'ISBN9780306406157'],
    checkName: 'isIsbn13',
    expected: 'a valid ISBN-13 (13 digits, check digit by mod 10)',
    testSource: "catalogValid(validateIsbn({ isbn: value }, { accept: '13' }))",
    catalog: ISBN_CODE,
  },
  'isbn-10': {
    test: (v) => made(v, /^[0-9Xx -]+$/) && referenceValid(iso10, { isbn: v }),
    variant: (n) => completed(CHECKS['isbn-10'].test, digitsOf(n + 100, 9), [...DIGITS, 'X']),
    valid: ['0306406152', '080442957X', '3598215088', '316148410X'],
    failing: '0306406153',
    failingWhy: 'a wrong check digit (0306406153)',
    refused: ['030640615', '9780306406157', 'abcdefghij'],
    checkName: 'isIsbn10',
    expected: 'a valid ISBN-10 (10 characters, check digit by mod 11)',
    testSource: "catalogValid(validateIsbn({ isbn: value }, { accept: '10' }))",
    catalog: ISBN_CODE,
  },
  iban: {
    test: (v) => made(v, /^[A-Za-z0-9 ]+$/) && referenceValid(IBAN_REFERENCE, { iban: v }),
    variant: (n) => {
      const bban = `37040044${digitsOf(n + 100, 10)}`;
      const checks = Array.from({ length: 97 }, (_, i) => String(i + 2).padStart(2, '0'));
      return checks.map((c) => `DE${c}${bban}`).find(CHECKS.iban.test) ?? `DE00${bban}`;
    },
    valid: [
      'DE89370400440532013000',
      'GB82WEST12345698765432',
      'FR1420041010050500013M02606',
      'NL91ABNA0417164300',
    ],
    failing: 'DE89370400440532013001',
    failingWhy: 'a wrong mod 97 check (DE89370400440532013001)',
    refused: ['DE8937040044053201300', 'XX89370400440532013000', 'DE89-3704-0044-0532-0130-00'],
    checkName: 'isIban',
    expected: 'a valid IBAN (country length, mod 97)',
    testSource: 'catalogValid(validateIban({ iban: value }, {}))',
    catalog: IBAN_CODE,
  },
  'card-number': {
    variant: (n) => completed(CHECKS['card-number'].test, `453914${digitsOf(n + 100, 9)}`, DIGITS),
    test: (v) => {
      if (!made(v, /^[0-9 ]+$/)) return false;
      const digits = v.replace(/ /g, '');
      return digits.length >= 12 && digits.length <= 19 && passesLuhn(digits);
    },
    valid: ['4539148803436467', '4111111111111111', '5555555555554444', '378282246310005'],
    failing: '4539148803436468',
    failingWhy: 'a number failing the Luhn check (4539148803436468)',
    refused: ['4539-1488-0343-6467', '42', 'abcd', '45391488034364670000'],
    checkName: 'isCardNumber',
    expected: 'a card number of 12 to 19 digits passing the Luhn check',
    testSource: 'catalogValid(validateLuhn({ number: value }, { minDigits: 12, maxDigits: 19 }))',
    catalog: LUHN_CODE,
  },
  uuid: {
    test: (v) => made(v, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
    variant: (n) => `919108f7-52d1-4320-9bac-${(n + 1).toString(16).padStart(12, '0').slice(-12)}`,
    valid: [
      '919108f7-52d1-4320-9bac-f847db4148a8',
      'f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
      '017f22e2-79b0-7cc3-98c4-dc0c0c07398f',
      '550e8400-e29b-41d4-a716-446655440000',
    ],
    failing: '919108f7-52d1-4320-9bac-f847db4148a',
    failingWhy: 'a last group of 11 hex digits (919108f7-52d1-4320-9bac-f847db4148a)',
    refused: ['f81d4fae7dec11d0a76500a0c91e6bf6', 'f81d4fae-7dec-11d0-a765-00a0c91e6bfg', 'not-a-uuid'],
    checkName: 'isUuid',
    expected: 'a UUID (8-4-4-4-12 hex digits)',
    testSource: 'catalogValid(validateUuid({ uuid: value }, {}))',
    catalog: UUID_CODE,
  },
  time: {
    test: (v) => made(v, /^(?:[01]\d|2[0-3]):[0-5]\d$/),
    variant: (n) => {
      const m = (n + 571) % 1440;
      return `${digitsOf(Math.floor(m / 60), 2)}:${digitsOf(m % 60, 2)}`;
    },
    valid: ['09:30', '17:45', '00:00', '23:59'],
    failing: '24:10',
    failingWhy: 'an hour that does not exist (24:10)',
    refused: ['9:30', '12:60', '9h30', '12:30:00', 'noon'],
    checkName: 'isClockTime',
    expected: 'a clock time HH:MM from 00:00 to 23:59',
    testSource: '/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)',
  },
  'country-code': {
    test: (v) => made(v, /^[A-Z]{2}$/),
    variant: (n) => LETTERS[Math.floor(n / 26) % 26] + LETTERS[n % 26],
    valid: ['FR', 'DE', 'JP', 'BR'],
    failing: 'F1',
    failingWhy: 'a digit where a letter must be (F1)',
    refused: ['France', 'fr', 'FRA', 'F'],
    checkName: 'isCountryCode',
    expected: 'a two-letter country code in upper case, like FR',
    testSource: '/^[A-Z]{2}$/.test(value)',
  },
  'hex-colour': {
    test: (v) => made(v, /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/),
    variant: (n) => `#${((n * 40503 + 0x1e90ff) % 0x1000000).toString(16).padStart(6, '0')}`,
    valid: ['#1e90ff', '#ff6347', '#2e8b57', '#ffd700'],
    failing: '#1e90fg',
    failingWhy: 'a letter that is no hex digit (#1e90fg)',
    refused: ['1e90ff', 'blue', '#1e90f', '#1e90ffaa'],
    checkName: 'isHexColour',
    expected: 'a hex colour #RRGGBB or #RGB',
    testSource: '/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(value)',
  },
};

/** The check of a checked format. */
export function fieldFormatCheck(format: CheckedFormat): FieldFormatCheck {
  return CHECKS[format];
}

/** The emitted check of a field of `format` when it is a checked one, else null. */
export function checkedFormatCheckName(format: FieldSpec['format']): string | null {
  return isCheckedFormat(format) ? CHECKS[format].checkName : null;
}

/** A valid example value of a text field of `format` (a written or a checked one). */
export function formatExample(format: NonNullable<FieldSpec['format']>): string {
  if (isCheckedFormat(format)) return CHECKS[format].valid[0];
  const written: Record<Exclude<typeof format, CheckedFormat>, string> = {
    'date-time': '2025-06-01T09:00:00Z',
    date: '2025-06-01',
    hex: 'c0ffee42',
    email: 'ada@example.com',
    url: 'https://example.com/docs',
  };
  return written[format];
}

/** Every checked format's emitted check name, for the names handlers may import. */
export const FIELD_FORMAT_CHECK_NAMES: readonly string[] = CHECKED_FORMATS.map((f) => CHECKS[f].checkName);

/**
 * The source appended to a generated `src/validation.ts` for the checked formats its contract uses: the catalog
 * validators they call (each once), and one `Check<string>` per format. Empty when it uses none.
 */
export function fieldFormatKitSource(formats: readonly CheckedFormat[]): string {
  const used = CHECKED_FORMATS.filter((f) => formats.includes(f));
  if (used.length === 0) return '';
  const catalog = [
    ...new Map<string, FunctionCode>(
      used.flatMap((f) => {
        const code = CHECKS[f].catalog;
        return code ? [[code.id, code] as const] : [];
      }),
    ).values(),
  ];
  const parts: string[] = [];
  if (catalog.length > 0) {
    parts.push(
      FUNCTION_RESULT_TYPE,
      ...catalog.map((c) => c.source),
      [
        '/** Whether a catalog validator answered the value valid. */',
        'function catalogValid(result: FunctionResult): boolean {',
        '  return result.ok && result.value.valid === true;',
        '}',
      ].join('\n'),
    );
  }
  for (const f of used) {
    const c = CHECKS[f];
    parts.push(
      [
        `/** ${c.expected}. */`,
        `export const ${c.checkName}: Check<string> = {`,
        `  expected: ${JSON.stringify(c.expected)},`,
        `  test: (value: unknown): value is string => typeof value === 'string' && ${c.testSource},`,
        '};',
      ].join('\n'),
    );
  }
  return `\n${parts.join('\n\n')}\n`;
}
