import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { CHECKED_FORMATS, type CheckedFormat } from '@sf/service-spec';
import { IBAN_FACTS } from './checks-iban';
import { ISBN_FACTS } from './checks-isbn';
import { LUHN_FACTS } from './checks-card';
import { UUID_FACTS } from './checks-formats';
import { fieldFormatCheck, fieldFormatKitSource } from './field-formats';

/*
 * The checked formats of record fields: the check a generated service runs (the kit source, transpiled and run as
 * the service runs it) and the reference check agree with the catalog's hand-written facts (published ISBNs,
 * IBANs, card numbers, UUIDs) and with written examples of the other formats; every value a design sends as valid
 * is valid, and the value that fails only the check fails it.
 */

type Checks = Record<string, { test(value: unknown): boolean }>;

/** The emitted checks of every checked format, compiled and evaluated in a fresh context. */
function emittedChecks(): Checks {
  const source = `interface Check<T> { expected: string; test: (value: unknown) => value is T }\n${fieldFormatKitSource(CHECKED_FORMATS)}`;
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  runInNewContext(js, { exports, module: { exports }, Intl });
  return exports as Checks;
}

const emitted = emittedChecks();
const emittedTest = (format: CheckedFormat, value: unknown) =>
  emitted[fieldFormatCheck(format).checkName].test(value);

/** Facts written apart from the code: [format, value, valid]. */
const compact = (v: string) => v.replace(/[ -]/g, '');
const FACTS: [CheckedFormat, string, boolean][] = [
  ...ISBN_FACTS.map((f): [CheckedFormat, string, boolean] => [
    'isbn-13',
    compact(f.value),
    f.valid && f.type === 'ISBN-13',
  ]),
  ...ISBN_FACTS.map((f): [CheckedFormat, string, boolean] => [
    'isbn-10',
    compact(f.value),
    f.valid && f.type === 'ISBN-10',
  ]),
  ...IBAN_FACTS.map((f): [CheckedFormat, string, boolean] => ['iban', f.value, f.valid]),
  ...LUHN_FACTS.filter((f) => {
    const n = compact(f.value).length;
    return n >= 12 && n <= 19;
  }).map((f): [CheckedFormat, string, boolean] => ['card-number', compact(f.value), f.valid]),
  ...UUID_FACTS.map((f): [CheckedFormat, string, boolean] => ['uuid', f.value, f.version !== null]),
  ['time', '00:00', true],
  ['time', '23:59', true],
  ['time', '12:30', true],
  ['time', '24:00', false],
  ['time', '12:60', false],
  ['time', '7:05', false],
  ['time', '12h30', false],
  ['country-code', 'CH', true],
  ['country-code', 'ch', false],
  ['country-code', 'CHE', false],
  ['country-code', 'C1', false],
  ['hex-colour', '#000', true],
  ['hex-colour', '#A0b1C2', true],
  ['hex-colour', '#abcd', false],
  ['hex-colour', 'abcdef', false],
  ['hex-colour', '#abcdeg', false],
];

describe('checked formats of record fields', () => {
  it.each(FACTS)('%s %s is valid: %s (emitted check and reference agree)', (format, value, valid) => {
    expect(emittedTest(format, value)).toBe(valid);
    expect(fieldFormatCheck(format).test(value)).toBe(valid);
  });

  it.each([...CHECKED_FORMATS])('%s: the valid values and variants pass, the refused ones fail', (format) => {
    const check = fieldFormatCheck(format);
    const variants = Array.from({ length: 40 }, (_, i) => check.variant(i * 7919));
    for (const v of [...check.valid, ...variants]) expect([v, emittedTest(format, v)]).toEqual([v, true]);
    for (const v of [check.failing, ...check.refused])
      expect([v, emittedTest(format, v), check.test(v)]).toEqual([v, false, false]);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('refuses what is not a string, in the emitted check and the reference', () => {
    for (const format of CHECKED_FORMATS)
      for (const v of [null, 9780306406157, ['9780306406157'], {}, true])
        expect([format, emittedTest(format, v), fieldFormatCheck(format).test(v)]).toEqual([
          format,
          false,
          false,
        ]);
  });

  it('emits nothing for a contract without checked formats, and each catalog validator once', () => {
    expect(fieldFormatKitSource([])).toBe('');
    const both = fieldFormatKitSource(['isbn-13', 'isbn-10']);
    expect(both.match(/export const validateIsbn\b/g)).toHaveLength(1);
    expect(both).not.toContain('validateIban');
  });
});
