import type { FunctionCode } from './catalog-entry';

/*
 * The code the colours family emits: one conversion between hex (#RRGGBB, or #RGB where allowed), RGB channels
 * (integers 0-255) and HSL (hue in degrees, saturation and lightness in percent, whole numbers as CSS writes
 * them), each direction chosen by options `from` and `to`. Module-level names carry the family's prefix.
 */

export const COLOUR_CODE: FunctionCode = {
  id: 'colour.convert',
  exportName: 'convertColour',
  source: `/** Six hex digits, or three when the short form is allowed; the # is optional, the case free. */
const COLOUR_HEX6 = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
const COLOUR_HEX3 = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i;

/** The red, green and blue channels a colour is sent as, or why it is refused. */
function colourChannels(
  input: Readonly<Record<string, unknown>>,
  from: string,
  short: boolean,
): { ok: true; rgb: [number, number, number] } | { ok: false; problem: string } {
  if (from === 'hex') {
    const hex = typeof input.hex === 'string' ? input.hex.trim() : '';
    const six = COLOUR_HEX6.exec(hex);
    if (six) return { ok: true, rgb: [parseInt(six[1], 16), parseInt(six[2], 16), parseInt(six[3], 16)] };
    const three = short ? COLOUR_HEX3.exec(hex) : null;
    if (three) return { ok: true, rgb: [parseInt(three[1].repeat(2), 16), parseInt(three[2].repeat(2), 16), parseInt(three[3].repeat(2), 16)] };
    const form = short ? '#RRGGBB or #RGB' : '#RRGGBB (6 hex digits)';
    return { ok: false, problem: 'a hex colour must be written ' + form + ', not ' + JSON.stringify(hex.slice(0, 40)) };
  }
  if (from === 'rgb') {
    const channels = [input.r, input.g, input.b];
    if (!channels.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 255)) {
      return { ok: false, problem: 'each channel (r, g, b) must be a whole number from 0 to 255' };
    }
    return { ok: true, rgb: channels as [number, number, number] };
  }
  const [h, s, l] = [input.h, input.s, input.l];
  if (typeof h !== 'number' || !Number.isFinite(h) || h < 0 || h > 360) return { ok: false, problem: 'the hue (h) must be a number of degrees from 0 to 360' };
  if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 100) return { ok: false, problem: 'the saturation (s) must be a percentage from 0 to 100' };
  if (typeof l !== 'number' || !Number.isFinite(l) || l < 0 || l > 100) return { ok: false, problem: 'the lightness (l) must be a percentage from 0 to 100' };
  const chroma = (1 - Math.abs((2 * l) / 100 - 1)) * (s / 100);
  const sector = (h % 360) / 60;
  const x = chroma * (1 - Math.abs((sector % 2) - 1));
  const parts: [number, number, number][] = [[chroma, x, 0], [x, chroma, 0], [0, chroma, x], [0, x, chroma], [x, 0, chroma], [chroma, 0, x]];
  const [r1, g1, b1] = parts[Math.floor(sector)];
  const m = l / 100 - chroma / 2;
  return { ok: true, rgb: [r1, g1, b1].map((c) => Math.round((c + m) * 255)) as [number, number, number] };
}

/** Hue (degrees), saturation and lightness (percent) of RGB channels, whole numbers. */
function colourHsl([r, g, b]: [number, number, number]): { h: number; s: number; l: number } {
  const [rf, gf, bf] = [r / 255, g / 255, b / 255];
  const max = Math.max(rf, gf, bf);
  const min = Math.min(rf, gf, bf);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l: Math.round(l * 100) };
  const s = d / (1 - Math.abs(2 * l - 1));
  const sector = max === rf ? ((gf - bf) / d + 6) % 6 : max === gf ? (bf - rf) / d + 2 : (rf - gf) / d + 4;
  return { h: Math.round(sector * 60) % 360, s: Math.round(s * 100), l: Math.round(l * 100) };
}

/**
 * colour.convert: a colour from notation \`from\` to notation \`to\` (hex, rgb or hsl). Options: \`short\` (a
 * 3-digit hex is read, each digit doubled), \`upper\` (hex answered in upper case), \`hash\` (hex answered with #).
 */
export const convertColour: CatalogFunction = (input, options) => {
  const from = String(options.from);
  const to = String(options.to);
  const read = colourChannels(input, from, options.short !== false);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const [r, g, b] = read.rgb;
  if (to === 'rgb') return { ok: true, value: { r, g, b } };
  if (to === 'hsl') return { ok: true, value: colourHsl(read.rgb) };
  const digits = read.rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
  const cased = options.upper === true ? digits.toUpperCase() : digits;
  return { ok: true, value: { hex: (options.hash === false ? '' : '#') + cased } };
};`,
};
