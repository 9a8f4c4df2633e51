import fc from 'fast-check';
import { recogniseFeature } from './catalog';
import { notationsIn } from './colours';
import { runCatalogFunction } from './testing/run-function';

/*
 * The colours family: the emitted code against colours whose notations are published (CSS named colours:
 * dodgerblue #1e90ff = rgb(30, 144, 255) = hsl(210, 100%, 56%), crimson #dc143c = hsl(348, 83%, 47%), indigo
 * #4b0082 = rgb(75, 0, 130)), its refusals, and its recogniser.
 */

type Options = Record<string, string | boolean>;
const convert = (input: Record<string, unknown>, from: string, to: string, options: Options = {}) =>
  runCatalogFunction('colour.convert', input, {
    from,
    to,
    short: true,
    upper: false,
    hash: true,
    ...options,
  });

describe('colour.convert (the emitted code)', () => {
  it.each([
    ['#1e90ff', { r: 30, g: 144, b: 255 }],
    ['1E90FF', { r: 30, g: 144, b: 255 }],
    ['#4B0082', { r: 75, g: 0, b: 130 }],
    ['#f80', { r: 255, g: 136, b: 0 }],
    [' #FFF ', { r: 255, g: 255, b: 255 }],
  ])('reads hex %p as %p', (hex, rgb) => {
    expect(convert({ hex }, 'hex', 'rgb')).toEqual({ ok: true, value: rgb });
  });

  it('writes channels as hex, lower or upper case, with or without #', () => {
    expect(convert({ r: 255, g: 165, b: 0 }, 'rgb', 'hex')).toEqual({ ok: true, value: { hex: '#ffa500' } });
    expect(convert({ r: 75, g: 0, b: 130 }, 'rgb', 'hex', { upper: true })).toEqual({
      ok: true,
      value: { hex: '#4B0082' },
    });
    expect(convert({ r: 0, g: 0, b: 0 }, 'rgb', 'hex', { hash: false })).toEqual({
      ok: true,
      value: { hex: '000000' },
    });
  });

  it('answers HSL as CSS writes it, and reads it back', () => {
    expect(convert({ hex: '#1e90ff' }, 'hex', 'hsl')).toEqual({ ok: true, value: { h: 210, s: 100, l: 56 } });
    expect(convert({ hex: '#dc143c' }, 'hex', 'hsl')).toEqual({ ok: true, value: { h: 348, s: 83, l: 47 } });
    expect(convert({ r: 128, g: 128, b: 128 }, 'rgb', 'hsl')).toEqual({
      ok: true,
      value: { h: 0, s: 0, l: 50 },
    });
    expect(convert({ h: 120, s: 100, l: 25 }, 'hsl', 'rgb')).toEqual({
      ok: true,
      value: { r: 0, g: 128, b: 0 },
    });
    expect(convert({ h: 360, s: 100, l: 50 }, 'hsl', 'hex')).toEqual({ ok: true, value: { hex: '#ff0000' } });
  });

  it('refuses malformed hex, the short form where six digits are asked, and channels outside 0-255', () => {
    for (const hex of ['#12345G', '#1234', '', '##fff', 'fffffff', 42]) {
      expect(convert({ hex }, 'hex', 'rgb').ok).toBe(false);
    }
    expect(convert({ hex: '#fff' }, 'hex', 'rgb', { short: false }).ok).toBe(false);
    for (const rgb of [
      { r: 256, g: 0, b: 0 },
      { r: 0, g: -1, b: 0 },
      { r: 0, g: 0, b: 1.5 },
      { r: 0, g: 0 },
    ]) {
      expect(convert(rgb, 'rgb', 'hex').ok).toBe(false);
    }
    expect(convert({ h: 0, s: 120, l: 50 }, 'hsl', 'rgb').ok).toBe(false);
  });

  it('goes round the trip rgb -> hex -> rgb for every colour, never throwing (property)', () => {
    const c = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(c, c, c, fc.boolean(), (r, g, b, upper) => {
        const hex = convert({ r, g, b }, 'rgb', 'hex', { upper });
        expect(hex.ok).toBe(true);
        if (hex.ok)
          expect(convert({ hex: hex.value.hex }, 'hex', 'rgb')).toEqual({ ok: true, value: { r, g, b } });
      }),
    );
  });

  it('answers or refuses any input, never throwing (property)', () => {
    const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.boolean());
    const notation = fc.constantFrom('hex', 'rgb', 'hsl');
    fc.assert(
      fc.property(value, value, value, value, notation, notation, (hex, r, g, b, from, to) => {
        const result = convert({ hex, r, g, b, h: r, s: g, l: b }, from, to);
        expect(result.ok || result.problems.length > 0).toBe(true);
      }),
    );
  });
});

describe('the colours recogniser', () => {
  it('reads the notations in order, the one after "of"/"from" as the source', () => {
    expect(notationsIn('turn a hex colour into its red, green and blue values')).toEqual(['hex', 'rgb']);
    expect(notationsIn('three numbers 0-255 into a lower-case hex string')).toEqual(['rgb', 'hex']);
    expect(notationsIn('give me the HSL of a hex colour')).toEqual(['hex', 'hsl']);
    expect(notationsIn('Pasar un color de RGB a hexadecimal')).toEqual(['rgb', 'hex']);
  });

  it('leaves one notation alone, and reads a refusal of hex codes as a constraint', () => {
    expect(recogniseFeature('Tell the dominant colour of an uploaded photo as a hex code')).toBeNull();
    expect(recogniseFeature('Convert a CMYK colour to hex')).toBeNull();
    const found = recogniseFeature("anything that isn't a 6-digit hex colour is a 400");
    expect(found !== null && 'constraint' in found && found.constraint.function).toBe('colour.convert');
  });

  it('reads the style of the hex it answers from the feature', () => {
    const upper = recogniseFeature('Turn an RGB colour into an uppercase hex code');
    expect(upper !== null && 'design' in upper && upper.design.options?.upper).toBe(true);
    const six = recogniseFeature('Convert a 6-digit hex colour to RGB');
    expect(six !== null && 'design' in six && six.design.options?.short).toBe(false);
  });
});
