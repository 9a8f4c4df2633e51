import fc from 'fast-check';
import ts from 'typescript';
import { FUNCTION_RESULT_TYPE } from './catalog-entry';
import { runCatalogFunction } from './testing/run-function';
import { UNITS_FAMILY } from './units';

/*
 * The units family's emitted code against values from conversion tables (NIST SP 811 / Handbook 44 exact
 * definitions, ISO 80000-13 for data sizes), its refusals, and properties: never throwing, and a duration
 * formatted then read back is the same number of seconds.
 */

const convert = (id: string, value: number, from: string, to: string, decimals = 2) =>
  runCatalogFunction(`units.${id}`, { value, from, to }, { decimals });
// Every conversion also answers the unit it converted to, for a feature that asks for it back.
const ok = (value: unknown) => ({ ok: true, value: { value, unit: expect.any(String) } });

describe('unit conversions (the emitted code)', () => {
  it.each([
    ['length', 1, 'mi', 'km', 6, 1.609344],
    ['length', 42.195, 'km', 'mi', 2, 26.22],
    ['length', 1, 'ft', 'cm', 2, 30.48],
    ['length', 1, 'in', 'mm', 1, 25.4],
    ['length', 1, 'yd', 'ft', 2, 3],
    ['length', 5280, 'ft', 'mi', 2, 1],
    ['length', 1, 'nmi', 'm', 0, 1852],
    ['length', 100, 'm', 'yd', 2, 109.36],
    ['length', 12, 'in', 'ft', 2, 1],
    ['length', 0, 'km', 'mi', 2, 0],
    ['mass', 10, 'kg', 'lb', 2, 22.05],
    ['mass', 1, 'lb', 'kg', 8, 0.45359237],
    ['mass', 1, 'lb', 'g', 2, 453.59],
    ['mass', 16, 'oz', 'lb', 2, 1],
    ['mass', 1, 'oz', 'g', 2, 28.35],
    ['mass', 1, 'st', 'lb', 2, 14],
    ['mass', 1, 't', 'lb', 2, 2204.62],
    ['mass', 2500, 'mg', 'g', 1, 2.5],
    ['volume', 1, 'gal', 'l', 9, 3.785411784],
    ['volume', 1, 'gal', 'qt', 2, 4],
    ['volume', 1, 'qt', 'pt', 2, 2],
    ['volume', 1, 'cup', 'floz', 2, 8],
    ['volume', 1, 'gal', 'floz', 2, 128],
    ['volume', 1, 'l', 'gal', 2, 0.26],
    ['volume', 1, 'm3', 'l', 2, 1000],
    ['volume', 500, 'ml', 'floz', 2, 16.91],
    ['speed', 100, 'km/h', 'mph', 2, 62.14],
    ['speed', 60, 'mph', 'km/h', 2, 96.56],
    ['speed', 1, 'kn', 'km/h', 3, 1.852],
    ['speed', 10, 'm/s', 'km/h', 2, 36],
    ['speed', 1, 'mph', 'm/s', 5, 0.44704],
    ['speed', 1, 'kn', 'mph', 2, 1.15],
    ['data_size', 1, 'GiB', 'MiB', 2, 1024],
    ['data_size', 1, 'GB', 'MB', 2, 1000],
    ['data_size', 1, 'GiB', 'GB', 9, 1.073741824],
    ['data_size', 1, 'TB', 'TiB', 2, 0.91],
    ['data_size', 1, 'KiB', 'B', 0, 1024],
    ['data_size', 1, 'TiB', 'GiB', 0, 1024],
    ['data_size', 500, 'GB', 'GiB', 2, 465.66],
    ['data_size', 1536, 'KiB', 'MiB', 1, 1.5],
  ])('%s: %p %s is %p %s (to %p decimals)', (quantity, value, from, to, decimals, expected) => {
    expect(convert(quantity, value, from, to, decimals)).toEqual(ok(expected));
  });

  it('answers the target unit beside the converted value', () => {
    expect(convert('length', 3, 'ft', 'yd')).toEqual({ ok: true, value: { value: 1, unit: 'yd' } });
    expect(convert('data_size', 2048, 'KiB', 'MiB')).toEqual({ ok: true, value: { value: 2, unit: 'MiB' } });
  });

  it('rounds to the decimals asked for, half away from zero', () => {
    expect(convert('length', 42.195, 'km', 'mi', 0)).toEqual(ok(26));
    expect(convert('length', 42.195, 'km', 'mi', 1)).toEqual(ok(26.2));
    expect(convert('length', 42.195, 'km', 'mi', 4)).toEqual(ok(26.2188));
    expect(convert('data_size', 1, 'B', 'KiB', 10)).toEqual(ok(0.0009765625));
    expect(convert('data_size', 512, 'B', 'KiB', 0)).toEqual(ok(1));
  });

  it('answers no more digits than a double carries, and never more than the largest double', () => {
    expect(convert('length', 1, 'ft', 'in', 15)).toEqual(ok(12));
    expect(convert('mass', 10, 'st', 'mg', 8)).toEqual(ok(63502931.8));
    expect(convert('length', 63360, 'in', 'mi', 12)).toEqual(ok(1));
    expect(convert('speed', Number.MAX_VALUE, 'kn', 'kn', 0)).toEqual(ok(Number.MAX_VALUE));
  });

  it('reads a fixed direction from its options', () => {
    expect(
      runCatalogFunction('units.length', { value: 42.195 }, { from: 'km', to: 'mi', decimals: 2 }),
    ).toEqual(ok(26.22));
  });

  it('refuses negative amounts, unknown units and what is too large to write', () => {
    for (const [quantity, from, to] of [
      ['length', 'km', 'mi'],
      ['mass', 'kg', 'lb'],
      ['volume', 'l', 'gal'],
      ['speed', 'km/h', 'mph'],
      ['data_size', 'GB', 'GiB'],
    ]) {
      const result = convert(quantity, -0.5, from, to);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).toContain('cannot be negative');
    }
    expect(convert('length', 1, 'furlong', 'm')).toEqual({
      ok: false,
      problems: ['unknown distance unit "furlong" (mm, cm, m, km, in, ft, yd, mi or nmi)'],
    });
    expect(convert('mass', 1, 'kg', '__proto__').ok).toBe(false);
    expect(convert('volume', 1, 'toString', 'l').ok).toBe(false);
    expect(convert('data_size', 1e308, 'TiB', 'B').ok).toBe(false);
    expect(runCatalogFunction('units.speed', { value: '5' }, { from: 'mph', to: 'kn' }).ok).toBe(false);
  });

  it.each(['length', 'mass', 'volume', 'speed', 'data_size'])(
    '%s: answers every finite amount of 0 or more with a finite amount of 0 or more, refuses the rest, never throws',
    (quantity) => {
      const symbols = UNITS_FAMILY.functions
        .find((f) => f.id === `units.${quantity}`)!
        .source.split('\n')
        .map((line) => /^ {2}'?([^':]+)'?: /.exec(line)?.[1])
        .filter((s): s is string => s !== undefined);
      const unit = fc.constantFrom(...symbols);
      fc.assert(
        fc.property(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          unit,
          unit,
          fc.integer({ min: 0, max: 8 }),
          (value, from, to, decimals) => {
            const result = convert(quantity, value, from, to, decimals);
            if (result.ok) {
              expect(Number.isFinite(result.value.value as number)).toBe(true);
              expect(result.value.value as number).toBeGreaterThanOrEqual(0);
              expect(value).toBeGreaterThanOrEqual(0);
            } else expect(result.problems.length).toBeGreaterThan(0);
            if (value < 0) expect(result.ok).toBe(false);
          },
        ),
      );
      expect(symbols.length).toBeGreaterThanOrEqual(4);
    },
  );
});

const format = (seconds: unknown, hourDigits = 1) =>
  runCatalogFunction('duration.format', { seconds }, { hourDigits });
const parse = (duration: unknown) => runCatalogFunction('duration.parse', { duration }, {});

describe('durations as H:MM:SS (the emitted code)', () => {
  it.each([
    [3665, '1:01:05'],
    [0, '0:00:00'],
    [59, '0:00:59'],
    [60, '0:01:00'],
    [3599, '0:59:59'],
    [3600, '1:00:00'],
    [86399, '23:59:59'],
    [86400, '24:00:00'],
    [90000, '25:00:00'],
    [360000, '100:00:00'],
  ])('%p seconds is %p', (seconds, duration) => {
    expect(format(seconds)).toEqual({ ok: true, value: { duration } });
    expect(parse(duration)).toEqual({ ok: true, value: { seconds } });
  });

  it('pads the hours to two digits for HH:MM:SS, and reads either', () => {
    expect(format(3665, 2)).toEqual({ ok: true, value: { duration: '01:01:05' } });
    expect(format(360000, 2)).toEqual({ ok: true, value: { duration: '100:00:00' } });
    expect(parse('01:01:05')).toEqual({ ok: true, value: { seconds: 3665 } });
    expect(parse(' 0:00:07 ')).toEqual({ ok: true, value: { seconds: 7 } });
  });

  it('refuses a negative or fractional number of seconds, and one too large to count', () => {
    expect(format(-1)).toEqual({ ok: false, problems: ['a duration cannot be negative (-1 seconds)'] });
    expect(format(1.5).ok).toBe(false);
    expect(format(2 ** 60).ok).toBe(false);
    expect(format('60').ok).toBe(false);
  });

  it.each([
    '1:60:00',
    '1:00:60',
    '1:5:00',
    '1:01',
    '12:30',
    'abc',
    '',
    '-1:00:00',
    '1:01:05:00',
    '1.5:00:00',
  ])('refuses the malformed duration %p', (text) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('H:MM:SS');
  });

  it('refuses hours too many to count in seconds', () => {
    expect(parse('99999999999999999999:00:00').ok).toBe(false);
    expect(parse(42).ok).toBe(false);
  });

  it('formats every whole number of seconds and reads it back, never throwing on any input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(1, 2),
        (n, digits) => {
          const formatted = format(n, digits);
          if (!formatted.ok) throw new Error(formatted.problems.join('; '));
          const text = String(formatted.value.duration);
          expect(text).toMatch(/^\d+:[0-5]\d:[0-5]\d$/);
          expect(parse(text)).toEqual({ ok: true, value: { seconds: n } });
        },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -1e6, max: 0 })), (n) => {
        const result = format(n);
        if (result.ok) expect(Number.isInteger(n) && n >= 0).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parse(text);
        if (result.ok) expect(Number.isSafeInteger(result.value.seconds)).toBe(true);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('the emitted sources', () => {
  it('type-check under strict mode with Node built-ins only, and use names of their own', () => {
    const files = new Map(
      UNITS_FAMILY.functions.map((f) => [
        `/virtual/${f.exportName}.ts`,
        `${FUNCTION_RESULT_TYPE}\n${f.source}`,
      ]),
    );
    const options: ts.CompilerOptions = {
      strict: true,
      noImplicitAny: true,
      noUnusedLocals: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      types: [],
      noEmit: true,
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) =>
      files.has(name) ? ts.createSourceFile(name, files.get(name)!, version) : read(name, version);
    host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
    const names = UNITS_FAMILY.functions.flatMap((f) => [
      f.exportName,
      ...[...f.source.matchAll(/^const (\w+)/gm)].map((m) => m[1]),
    ]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names)
      expect(name).toMatch(/^(UNITS_|DURATION_|convert|formatDuration|parseDuration)/);
  });
});
