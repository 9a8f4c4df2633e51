import ts from 'typescript';
import { runInNewContext } from 'node:vm';
import { FUNCTION_RESULT_TYPE, type FunctionDesign } from './catalog-entry';
import { functionCode, recogniseFeature } from './catalog';
import { FORM_ROWS } from './testing/units-forms';
import { runCatalogFunction } from './testing/run-function';
import { recogniseWrittenFacts } from './units-written';
import { tokensOf } from './units-read';

/*
 * The emitted code of the conversion forms (durations "1h 2m 3s" / ISO 8601, readable sizes, written unit facts)
 * against every worked example and refusal its designs state, published values, properties over any input, and
 * mutants (a factor off by one unit of its last digit, a rounding or a prefix step slipped) that the worked
 * examples catch.
 */

type Result = ReturnType<typeof runCatalogFunction>;
type Fn = (input: Record<string, unknown>, options: Record<string, string | number | boolean>) => Result;

function designOf(text: string): FunctionDesign {
  const found = recogniseFeature(text);
  if (!found || !('design' in found)) throw new Error(`not read: ${text}`);
  return found.design;
}

const cache = new Map<string, Fn>();

/** Emitted source, changed by `slip`, compiled as a generated service runs it. */
function compiled(id: string, slip: [string, string] = ['', '']): Fn {
  const key = JSON.stringify([id, slip]);
  const known = cache.get(key);
  if (known) return known;
  const code = functionCode(id)!;
  if (slip[0] !== '' && !code.source.includes(slip[0])) throw new Error(`slip not found: ${slip[0]}`);
  const js = ts.transpileModule(`${FUNCTION_RESULT_TYPE}\n${code.source.replace(slip[0], slip[1])}`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, unknown> = {};
  runInNewContext(js, { exports, module: { exports } });
  cache.set(key, exports[code.exportName] as Fn);
  return exports[code.exportName] as Fn;
}

/** The examples and refusals of a design that `fn` gets wrong. */
function wrongs(design: FunctionDesign, fn: Fn, options = design.options ?? {}): string[] {
  const byParam = (input: Record<string, unknown>) =>
    Object.fromEntries(design.inputs.map((i) => [i.param, input[i.field.name]]));
  const out = design.outputs;
  return [
    ...design.examples
      .filter((x) => {
        const r = fn(byParam(x.input), options);
        return (
          !r.ok || out.some((o) => JSON.stringify(r.value[o.result]) !== JSON.stringify(x.output[o.field]))
        );
      })
      .map((x) => x.description),
    ...design.refusals.filter((x) => fn(byParam(x.input), options).ok).map((x) => x.description),
  ];
}

const designs = [...new Set(FORM_ROWS.map((r) => r.text))].flatMap((text) => {
  const found = recogniseFeature(text);
  return found && 'design' in found && /^(duration|size|units\.facts)/.test(found.design.function)
    ? [{ text, design: found.design }]
    : [];
});

describe('the emitted code of the conversion forms', () => {
  it.each(designs.map((d) => [d.text, d.design] as const))(
    'answers every worked example and refusal of %j',
    (_, design) => {
      expect(wrongs(design, compiled(design.function))).toEqual([]);
    },
  );

  it('formats and parses published values', () => {
    const size = (bytes: number, system: string, decimals = 1) =>
      runCatalogFunction('size.format', { bytes }, { system, decimals });
    expect(size(1023, 'binary')).toMatchObject({ value: { size: '1023 B' } });
    expect(size(1024, 'binary')).toMatchObject({ value: { size: '1.0 KiB' } });
    expect(size(999999, 'decimal')).toMatchObject({ value: { size: '1.0 MB' } });
    expect(size(1288490189, 'binary', 2)).toMatchObject({ value: { size: '1.20 GiB' } });
    expect(size(Number.MAX_SAFE_INTEGER, 'binary')).toMatchObject({ value: { size: '8.0 PiB' } });
    const parse = (size: string) => runCatalogFunction('size.parse', { size }, {});
    expect(parse('1 TiB')).toMatchObject({ value: { bytes: 1099511627776 } });
    expect(parse('0.5kb')).toMatchObject({ value: { bytes: 500 } });
    expect(parse('1.0001 KiB').ok).toBe(false);
    expect(parse('9 EiB').ok).toBe(false);
    const iso = (duration: string) => runCatalogFunction('duration.parse', { duration }, { style: 'iso' });
    expect(iso('P2D')).toMatchObject({ value: { seconds: 172800 } });
    expect(iso('PT1.5H').ok).toBe(false);
    expect(iso('P1W').ok).toBe(false);
    expect(iso('P1DT').ok).toBe(false);
  });

  it('reads back every duration it writes, and never throws on any input', () => {
    const format = compiled('duration.format');
    const parse = compiled('duration.parse');
    const junk = [
      '',
      ' ',
      'PT',
      'P',
      '1h 1h',
      '-1s',
      '1e3s',
      'PT-1S',
      '٣s',
      'x'.repeat(10000),
      '9'.repeat(400) + 'h',
    ];
    for (const style of ['units', 'iso']) {
      for (let seconds = 0; seconds < 200000; seconds += 997) {
        const written = format({ seconds }, { style });
        expect(written.ok).toBe(true);
        if (written.ok)
          expect(parse({ duration: written.value.duration }, { style })).toMatchObject({
            value: { seconds },
          });
      }
      for (const value of [...junk, -1, 1.5, NaN, null, {}, [], 1e300]) {
        expect(() => format({ seconds: value }, { style })).not.toThrow();
        expect(() => parse({ duration: value }, { style })).not.toThrow();
        if (typeof value === 'string') expect(parse({ duration: value }, { style }).ok).toBe(false);
      }
    }
  });

  it('never throws on any size, and refuses what is no whole number of bytes', () => {
    const format = compiled('size.format');
    const parse = compiled('size.parse');
    for (const value of [-1, 0.5, NaN, Infinity, 2 ** 60, '12', null, {}, []]) {
      for (const system of ['binary', 'decimal'])
        expect(format({ bytes: value }, { system }).ok).toBe(
          Number.isSafeInteger(value) && Number(value) >= 0,
        );
    }
    for (const value of [
      '',
      'KiB',
      '1.5',
      '1,5 KiB',
      '-1 KiB',
      '1 XB',
      '0.001 B',
      '1'.repeat(40) + ' B',
      12,
      null,
    ]) {
      expect(() => parse({ size: value }, {})).not.toThrow();
      expect(parse({ size: value }, {}).ok).toBe(false);
    }
    // Below 1 MiB, a multiple of 64 bytes is a KiB amount with at most 4 decimals: written with 6, it reads back.
    for (let bytes = 0; bytes < 1_000_000; bytes += 997) {
      const r = format({ bytes }, { system: 'binary', decimals: 6 });
      if (r.ok && bytes % 64 === 0)
        expect(parse({ size: r.value.size }, {})).toMatchObject({ value: { bytes } });
    }
  });

  it('refuses tables of facts that leave units apart, disagree or are ambiguous', () => {
    const read = (text: string) => recogniseWrittenFacts(text, [], tokensOf(text));
    expect(read('convert between a and b: 1 a = 2 b, 1 b = 3 a')).toBeNull();
    expect(read('convert using 1 yd = 3 ft, 1 ft = 12 in, 1 yd = 37 in')).toBeNull();
    expect(read('convert using 1 yd = 3 ft and 1 m = 100 cm')).toBeNull();
    expect(read('convert using 1 l = 1,000 ml')).toBeNull();
    expect(read('convert using 1 yd = 3 ft, 1 ft = 12 in, 1 yd = 36 in')).toMatchObject({
      design: { function: 'units.facts' },
    });
  });
});

describe('mutants of the conversion forms fail their worked examples', () => {
  const slipped = (text: string, slip: [string, string]) => {
    const design = designOf(text);
    return wrongs(design, compiled(design.function, slip));
  };

  it.each<[string, [string, string]]>([
    ['Format a number of seconds as an ISO 8601 duration (PT1H2M3S)', ["(iso === '' ? '0S' : iso)", 'iso']],
    ['Convert a duration in seconds to "1h 2m 3s"', ['.filter(([n]) => n > 0)', '.filter(([n]) => n >= 0)']],
    [
      'Parse an ISO 8601 duration like PT1H2M3S into seconds',
      ['[86400, 3600, 60, 1]', '[86401, 3600, 60, 1]'],
    ],
    [
      'Parse a duration like "2h 30m" into seconds',
      ["scale: [3600, 60, 1] };\n  if (style === 'iso')", "scale: [3600, 61, 1] };\n  if (style === 'iso')"],
    ],
    [
      'Format a byte count as a readable size: 1536 bytes -> 1.5 KiB',
      ['(whole * scale * 2n + divisor) / (divisor * 2n)', '(whole * scale) / divisor'],
    ],
    ['Format a byte count as a readable size: 1536 bytes -> 1.5 KiB', ['units < base * scale ||', 'true ||']],
    [
      'Format a byte count as a readable size: 1536 bytes -> 1.5 KiB',
      ["system === 'binary' ? 1024 : 1000", "system === 'binary' ? 1000 : 1000"],
    ],
    ['Parse a readable size like "1.5 KiB" back into bytes', ['kib: 1024n', 'kib: 1000n']],
    ['Parse a readable size like "1.5 KiB" back into bytes', ['gb: 1000n ** 3n', 'gb: 1024n ** 3n']],
  ])('%j with %j', (text, slip) => {
    expect(slipped(text, slip)).not.toEqual([]);
  });

  it.each([
    [
      'Convert volumes using these facts: 1 us_gal = 3.785411784 l, 1 l = 1000 ml',
      '3.785411784',
      '3.785411785',
    ],
    ['1 knot = 1.852 km/h; convert speeds between knots and km/h', '1.852', '1.853'],
    ['a stone is 14 lb; convert between stones and pounds', '14 lb', '15 lb'],
    ['1 Zoll = 2,54 cm. Rechne zwischen Zoll und Zentimeter um.', '2,54', '2,55'],
    ['Convertir longitudes entre pies y metros sabiendo que 1 pie = 0,3048 m', '0,3048', '0,3049'],
  ])('%j with %s written as %s (a factor off by one unit of its last digit)', (text, fact, off) => {
    const design = designOf(text);
    const mutant = designOf(text.replace(fact, off));
    expect(wrongs(design, compiled(design.function), mutant.options)).not.toEqual([]);
  });
});
