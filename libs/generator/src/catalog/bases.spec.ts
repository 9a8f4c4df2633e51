import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { runCatalogFunction } from './testing/run-function';

/* Positional bases 2 to 36: the emitted code against numbers written out by hand, and its recogniser. */

const convert = (value: unknown, from: unknown, to: unknown, lowercase = false) =>
  runCatalogFunction('numbers.base_convert', { value, from_base: from, to_base: to }, { lowercase });

describe('numbers.base_convert (the emitted code)', () => {
  it.each([
    ['10', 10, 2, '1010'],
    ['FF', 16, 10, '255'],
    ['ff', 16, 2, '11111111'],
    ['100', 10, 36, '2S'], // 2 × 36 + 28
    ['17', 8, 10, '15'],
    ['0', 10, 16, '0'],
    ['-0', 10, 2, '0'],
    ['+42', 10, 16, '2A'],
    ['-255', 10, 16, '-FF'],
    ['18446744073709551615', 10, 16, 'FFFFFFFFFFFFFFFF'], // 2^64 − 1, past a double's exact integers
    ['  7  ', 10, 3, '21'],
  ])('%p in base %p is %p in base %p', (value, from, to, expected) => {
    expect(convert(value, from, to)).toEqual({ ok: true, value: { result: expected } });
  });

  it('answers lower-case letters when asked', () => {
    expect(convert('3054', 10, 16, true)).toEqual({ ok: true, value: { result: 'bee' } });
  });

  it('refuses bases outside 2 to 36, empty values and digits outside their base', () => {
    for (const [value, from, to] of [
      ['10', 1, 10],
      ['10', 10, 37],
      ['10', 2.5, 10],
      ['', 10, 2],
      ['-', 10, 2],
      ['2', 2, 10],
      ['9', 8, 10],
      ['g', 16, 10],
      ['1.5', 10, 2],
      ['1 0', 10, 2],
    ] as const) {
      expect([value, from, to, convert(value, from, to).ok]).toEqual([value, from, to, false]);
    }
  });

  it('agrees with the platform on safe integers, and never throws on junk', () => {
    const base = fc.integer({ min: 2, max: 36 });
    fc.assert(
      fc.property(fc.maxSafeInteger(), base, base, (n, from, to) => {
        const result = convert(n.toString(from), from, to);
        expect(result).toEqual({ ok: true, value: { result: n.toString(to).toUpperCase() } });
      }),
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (value, from, to) => {
        expect(typeof convert(value, from, to).ok).toBe('boolean');
      }),
    );
  });
});

describe('the base-conversion recogniser', () => {
  it.each([
    'convert numbers between binary, octal and hexadecimal',
    'Convertir un número de base 10 a base 2',
    'Converter números de base 8 para base 16',
  ])('reads %p as the general base conversion', (text) => {
    const found = recogniseFeature(text);
    expect(found && 'design' in found ? found.design.function : null).toBe('numbers.base_convert');
  });

  // A source and target bases named with a direction: a fixed conversion (bases-fixed.ts).
  it.each([
    ['turn a decimal number into binary', '/numbers/decimal-to-binary'],
    [
      'Zahlen ins Hexadezimalsystem umrechnen: von dezimal nach hexadezimal',
      '/numbers/decimal-to-hexadecimal',
    ],
    ['Convertir un nombre entier en binaire', '/numbers/decimal-to-binary'],
  ])('reads %p as the fixed conversion %s', (text, path) => {
    const found = recogniseFeature(text);
    const design = found && 'design' in found ? found.design : null;
    expect([design?.function, design?.path]).toEqual(['numbers.base_fixed', path]);
  });

  it('leaves encodings, colours and other bases alone', () => {
    for (const text of [
      'encode a file in base64',
      'convert hex colours to RGB',
      'store the customers in a database',
      'convert 3 miles to kilometres',
    ]) {
      const found = recogniseFeature(text);
      expect([text, found && 'design' in found ? found.design.function : null]).not.toEqual([
        text,
        'numbers.base_convert',
      ]);
    }
  });
});
