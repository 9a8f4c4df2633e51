import { featureRowTests, type FeatureProbe, type FeatureRow } from './testing/function-rows';

/*
 * Phrasing table of colour conversions (written before the code): features as users write them in English,
 * German, Spanish, French, Italian and Portuguese, with what a faithful service answers. A hex colour is
 * `#RRGGBB` (or the short `#RGB`, each digit doubled: #f80 = #ff8800), case-insensitive, the `#` optional; its
 * pairs of digits are the red, green and blue channels, each 0–255. HSL is hue in degrees (0–359), saturation and
 * lightness in percent, rounded to whole numbers (as CSS writes them); worked by hand from the usual formulas
 * (L = (max + min) / 2, S = (max − min) / (1 − |2L − 1|), H from the channel that is largest). A hex the
 * feature does not allow (malformed, the short form where it says 6 digits) or a channel outside 0–255:
 * 'refused' (400). Rows not read yet are in NOT_YET_READ; each must really fail, so the set only shrinks.
 */

const FN = 'colour.convert';

type Rgb = [number, number, number];
const rgb = ([r, g, b]: Rgb) => ({ r, g, b });
const hsl = ([h, s, l]: Rgb) => ({ h, s, l });

const hexToRgb = (feature: number, hex: string, want: Rgb | 'refused'): FeatureProbe => ({
  feature,
  from: 'hex',
  to: 'rgb',
  input: { hex },
  want: want === 'refused' ? 'refused' : rgb(want),
});
const rgbToHex = (feature: number, channels: Rgb, want: string): FeatureProbe => ({
  feature,
  from: 'rgb',
  to: 'hex',
  input: rgb(channels),
  want: want === 'refused' ? 'refused' : { hex: want },
});

const colour = (probes: FeatureProbe[], path?: string) => ({ fn: FN, probes, ...(path ? { path } : {}) });

const ROWS: FeatureRow[] = [
  {
    name: 'en: hex to RGB, with or without #, any case',
    features: ['Convert a hex colour like #1E90FF to RGB (the # is optional, upper or lower case)'],
    expect: colour([
      hexToRgb(0, '#1E90FF', [30, 144, 255]),
      hexToRgb(0, 'ffa500', [255, 165, 0]),
      hexToRgb(0, '#f80', [255, 136, 0]),
      hexToRgb(0, '#12345G', 'refused'),
      hexToRgb(0, '#1234', 'refused'),
    ]),
  },
  {
    name: 'en: RGB to hex, lower case with #',
    features: ['Convert RGB values (0-255 each) to a hex color code'],
    expect: colour([
      rgbToHex(0, [255, 165, 0], '#ffa500'),
      rgbToHex(0, [0, 0, 0], '#000000'),
      rgbToHex(0, [256, 0, 0], 'refused'),
      rgbToHex(0, [-1, 0, 0], 'refused'),
    ]),
  },
  {
    name: 'en: hex to red/green/blue, back, and a 6-digit-only rule',
    features: [
      'turn a hex colour such as #1e90ff (with or without the #, upper or lower case) into its red, green and blue values',
      'and back: three numbers 0-255 into a lower-case hex string with the #',
      "anything that isn't a 6-digit hex colour, or a channel outside 0-255, is a 400",
    ],
    expect: colour([
      hexToRgb(0, '#1E90FF', [30, 144, 255]),
      hexToRgb(0, 'ffa500', [255, 165, 0]),
      rgbToHex(1, [255, 165, 0], '#ffa500'),
      hexToRgb(2, '#fff', 'refused'),
      hexToRgb(2, '#12345G', 'refused'),
      // The channel rule is shown on the endpoint that takes channels (the intent's own probe does the same).
      rgbToHex(1, [256, 0, 0], 'refused'),
    ]),
  },
  {
    name: 'en: RGB to upper-case hex',
    features: ['Turn an RGB colour into an uppercase hex code like #FFA500'],
    expect: colour([rgbToHex(0, [30, 144, 255], '#1E90FF')]),
  },
  {
    name: 'en: hex to HSL',
    features: ['Convert a hex color to HSL (hue in degrees, saturation and lightness in percent)'],
    expect: colour([
      { feature: 0, from: 'hex', to: 'hsl', input: { hex: '#1e90ff' }, want: hsl([210, 100, 56]) },
      { feature: 0, from: 'hex', to: 'hsl', input: { hex: '#DC143C' }, want: hsl([348, 83, 47]) },
      { feature: 0, from: 'hex', to: 'hsl', input: { hex: '#808080' }, want: hsl([0, 0, 50]) },
    ]),
  },
  {
    name: 'en: HSL to RGB',
    features: ['Convert an HSL colour to RGB'],
    expect: colour([
      { feature: 0, from: 'hsl', to: 'rgb', input: hsl([210, 100, 50]), want: rgb([0, 128, 255]) },
      { feature: 0, from: 'hsl', to: 'rgb', input: hsl([39, 100, 50]), want: rgb([255, 166, 0]) },
      { feature: 0, from: 'hsl', to: 'rgb', input: hsl([0, 120, 50]), want: 'refused' },
    ]),
  },
  {
    name: 'de: Hex-Farbe in RGB',
    features: ['Wandelt eine Hex-Farbe (#RRGGBB) in ihre RGB-Werte Rot, Grün und Blau um'],
    expect: colour([hexToRgb(0, '#ff8800', [255, 136, 0]), hexToRgb(0, '#GG0000', 'refused')]),
  },
  {
    name: 'de: RGB in Hex-Code',
    features: ['Rechnet RGB-Werte (je 0 bis 255) in einen Hex-Farbcode um'],
    expect: colour([rgbToHex(0, [220, 20, 60], '#dc143c'), rgbToHex(0, [0, 300, 0], 'refused')]),
  },
  {
    name: 'es: color hexadecimal a RGB',
    features: ['Convertir un color hexadecimal a RGB'],
    expect: colour([hexToRgb(0, '#00FF7F', [0, 255, 127])]),
  },
  {
    name: 'es: RGB a hexadecimal',
    features: ['Pasar un color de RGB a hexadecimal'],
    expect: colour([rgbToHex(0, [75, 0, 130], '#4b0082')]),
  },
  {
    name: 'fr: couleur hexadécimale en RVB',
    features: ['Convertir une couleur hexadécimale en RVB (rouge, vert, bleu)'],
    expect: colour([hexToRgb(0, '#4B0082', [75, 0, 130])]),
  },
  {
    name: 'it: colore RGB in esadecimale',
    features: ['Converte un colore RGB in codice esadecimale'],
    expect: colour([rgbToHex(0, [255, 255, 255], '#ffffff')]),
  },
  {
    name: 'pt: cor hexadecimal para RGB',
    features: ['Converter uma cor hexadecimal para RGB'],
    expect: colour([hexToRgb(0, '#008000', [0, 128, 0])]),
  },
  {
    name: 'spelled route: POST /colors/hex-to-rgb',
    features: [
      'POST /colors/hex-to-rgb with body {"hex": string} returns {"r": integer, "g": integer, "b": integer}',
    ],
    expect: colour([hexToRgb(0, '#1e90ff', [30, 144, 255])], '/colors/hex-to-rgb'),
  },
  {
    name: 'spelled route: the fields, not the path, say the direction (hex sent, channels answered)',
    features: [
      'POST /colour/rgb with body {"hex": string} returns {"r": integer, "g": integer, "b": integer}',
      'POST /colour/hex with body {"r": integer, "g": integer, "b": integer} returns {"hex": string} in upper case',
    ],
    expect: colour([hexToRgb(0, 'DC143C', [220, 20, 60]), rgbToHex(1, [75, 0, 130], '#4B0082')]),
  },
  // Refused: not a conversion between colour notations the catalog knows.
  {
    name: 'refused: CMYK to hex is no RGB conversion',
    features: ['Convert a CMYK colour to hex'],
    expect: 'refused',
  },
  {
    name: 'refused: naming a colour from a photo',
    features: ['Tell the dominant colour of an uploaded photo as a hex code'],
    expect: 'refused',
  },
];

const NOT_YET_READ = new Set<string>([]);

describe('colour conversions (phrasing table)', () => {
  featureRowTests(ROWS, NOT_YET_READ, 'colour-codes', 'Colour codes for designers.');
});
