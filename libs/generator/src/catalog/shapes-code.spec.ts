import fc from 'fast-check';
import { runCatalogFunction } from './testing/run-function';

/*
 * The emitted code of durations in parts and fixed bases, against answers worked out by hand, and bad input:
 * anything outside the domain is refused (a 400 in the service), nothing throws (never a 500).
 */

const toParts = (seconds: unknown) => runCatalogFunction('duration.to_parts', { seconds }, {});
const fromParts = (input: Record<string, unknown>) => runCatalogFunction('duration.from_parts', input, {});
const fixed = (value: unknown, from: number, to: number[], lowercase = false) =>
  runCatalogFunction('numbers.base_fixed', { value }, { from, to: to.join(','), lowercase });

describe('duration.to_parts', () => {
  it.each([
    [3725, 1, 2, 5], // 3600 + 120 + 5
    [59, 0, 0, 59],
    [60, 0, 1, 0],
    [3599, 0, 59, 59],
    [86400, 24, 0, 0], // a day stays 24 hours
    [90061, 25, 1, 1],
    [0, 0, 0, 0],
  ])('%p seconds is %p h %p min %p s', (seconds, hours, minutes, rest) => {
    expect(toParts(seconds)).toEqual({ ok: true, value: { hours, minutes, seconds: rest } });
  });

  it('refuses negative and non-whole seconds, and never throws', () => {
    for (const bad of [-1, -10, 1.5, '60', null, undefined, NaN, Infinity]) {
      expect([bad, toParts(bad).ok]).toEqual([bad, false]);
    }
    fc.assert(fc.property(fc.anything(), (v) => expect(typeof toParts(v).ok).toBe('boolean')));
  });

  it('puts the parts back together for any whole number of seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        const r = toParts(n);
        if (!r.ok) throw new Error('refused');
        const { hours, minutes, seconds } = r.value as Record<string, number>;
        expect(hours * 3600 + minutes * 60 + seconds).toBe(n);
        expect(minutes).toBeLessThan(60);
        expect(seconds).toBeLessThan(60);
      }),
    );
  });
});

describe('duration.from_parts', () => {
  it.each([
    [{ hours: 2, minutes: 30, seconds: 15 }, 9015],
    [{ hours: 1, minutes: 2, seconds: 5 }, 3725],
    [{ minutes: 90 }, 5400], // parts left out are 0, minutes may pass 59
    [{ seconds: 45 }, 45],
    [{ hours: 25, minutes: null, seconds: 0 }, 90000],
    [{ hours: 0, minutes: 0, seconds: 0 }, 0],
  ])('%p is %p seconds', (input, total) => {
    expect(fromParts(input)).toEqual({ ok: true, value: { total_seconds: total } });
  });

  it('refuses negative or non-whole parts and no part at all, and never throws', () => {
    for (const bad of [
      {},
      { hours: null },
      { hours: -1 },
      { minutes: -5, seconds: 10 },
      { seconds: 1.5 },
      { hours: '2' },
    ]) {
      expect([bad, fromParts(bad).ok]).toEqual([bad, false]);
    }
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (hours, minutes, seconds) => {
        expect(typeof fromParts({ hours, minutes, seconds }).ok).toBe('boolean');
      }),
    );
  });
});

describe('numbers.base_fixed', () => {
  it.each([
    [255, 10, [2, 16], { binary: '11111111', hexadecimal: 'FF' }],
    [10, 10, [2, 16], { binary: '1010', hexadecimal: 'A' }],
    ['1A3F', 16, [10], { decimal: 6719 }], // 1·4096 + 10·256 + 3·16 + 15
    ['0xff', 16, [10], { decimal: 255 }],
    ['777', 8, [10, 16], { decimal: 511, hexadecimal: '1FF' }],
    ['1010', 2, [10, 8], { decimal: 10, octal: '12' }],
    [-255, 10, [16], { hexadecimal: '-FF' }],
    ['18446744073709551615', 10, [16], { hexadecimal: 'FFFFFFFFFFFFFFFF' }], // 2^64 − 1
    [0, 10, [2, 8, 16], { binary: '0', octal: '0', hexadecimal: '0' }],
  ])('%p in base %p is %p', (value, from, to, want) => {
    expect(fixed(value, from, to)).toEqual({ ok: true, value: want });
  });

  it('writes lower-case letters when asked', () => {
    expect(fixed(3054, 10, [16], true)).toEqual({ ok: true, value: { hexadecimal: 'bee' } });
  });

  it('refuses digits outside the source base, non-whole numbers and decimals past 2^53', () => {
    for (const [value, from] of [
      ['XYZ', 16],
      ['1G', 16],
      ['102', 2],
      ['8', 8],
      ['12a', 10],
      [1.5, 10],
      [255, 16], // a JSON number is read as decimal only
      ['', 2],
      ['-', 2],
      ['FFFFFFFFFFFFFFFFFF', 16], // answered as a decimal number it would lose digits
    ] as const) {
      expect([value, from, fixed(value, from, [10]).ok]).toEqual([value, from, false]);
    }
  });

  it('agrees with the platform on safe integers, and never throws on junk', () => {
    const radix = fc.constantFrom(2, 8, 10, 16);
    fc.assert(
      fc.property(fc.maxSafeInteger(), radix, radix, (n, from, to) => {
        const r = fixed(n.toString(from), from, [to]);
        const want = to === 10 ? n : n.toString(to).toUpperCase();
        expect(r).toEqual({
          ok: true,
          value: { [{ 2: 'binary', 8: 'octal', 10: 'decimal', 16: 'hexadecimal' }[to]]: want },
        });
      }),
    );
    fc.assert(
      fc.property(fc.anything(), radix, (v, from) => expect(typeof fixed(v, from, [10]).ok).toBe('boolean')),
    );
  });
});
