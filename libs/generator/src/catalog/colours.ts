import { readFeatureLiterals, type FieldSpec } from '@sf/service-spec';
import {
  integerField,
  stringField,
  type CatalogFamily,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { COLOUR_CODE } from './colours-code';
import { glossIn, refuses, type Language } from './feature-words';
import { glossLanguages } from './gloss-match';

/*
 * Colours between hex codes (#RRGGBB, the short #RGB unless a feature says six digits; any case, # optional),
 * RGB channels (integers 0-255) and HSL (hue in degrees, saturation and lightness in percent, whole numbers).
 * Recognised when a feature speaks of colours in two notations, the source first or after "of"/"from"
 * ("give me the HSL of a hex colour"); a feature naming one notation ("the dominant colour as hex", "CMYK to
 * hex") is left alone. A feature that only says what is refused ("anything that isn't a 6-digit hex colour is a
 * 400") constrains the conversion instead.
 */

export type Notation = 'hex' | 'rgb' | 'hsl';

/** Reference colours, their notations written out (CSS named colours), not computed. */
const REFERENCE: {
  name: string;
  hex: string;
  rgb: [number, number, number];
  hsl: [number, number, number];
}[] = [
  { name: 'dodger blue', hex: '#1e90ff', rgb: [30, 144, 255], hsl: [210, 100, 56] },
  { name: 'orange', hex: '#ffa500', rgb: [255, 165, 0], hsl: [39, 100, 50] },
  { name: 'black', hex: '#000000', rgb: [0, 0, 0], hsl: [0, 0, 0] },
  { name: 'crimson', hex: '#dc143c', rgb: [220, 20, 60], hsl: [348, 83, 47] },
];
/** HSL colours whose RGB channels are exact (no rounding at a half), for examples from HSL. */
const FROM_HSL: {
  name: string;
  hex: string;
  rgb: [number, number, number];
  hsl: [number, number, number];
}[] = [
  { name: 'red', hex: '#ff0000', rgb: [255, 0, 0], hsl: [0, 100, 50] },
  { name: 'white', hex: '#ffffff', rgb: [255, 255, 255], hsl: [0, 0, 100] },
  { name: 'lime', hex: '#00ff00', rgb: [0, 255, 0], hsl: [120, 100, 50] },
];

const HEX_WORDS = String.raw`\bhex\w*|\bhexadecimal\w*|\bhexadezimal\w*|\besadecimal\w*|#rrggbb|#rgb\b`;
const RGB_WORDS = String.raw`\brgb\w*|\brvb\b|\bred,? green,? (?:and )?blue\b|\brot,? grun,? (?:und )?blau\b|\brojo,? verde,? (?:y )?azul\b|\brouge,? vert,? (?:et )?bleu\b|\brosso,? verde,? (?:e )?blu\b|\bvermelho,? verde,? (?:e )?azul\b|\b(?:three|drei|tres|trois|tre|tres) (?:numbers|zahlen|numeros|nombres|numeri|composantes|componentes|componenti|channels|kanale|canales|canaux|canali|canais)\b|\bchannels?\b|\bcomposantes?\b|\bcomponentes?\b|\bcomponenti\b|\bfarbkanal\w*`;
const HSL_WORDS = String.raw`\bhsl\b|\bhue\b|\bfarbton\b|\bteinte\b|\btonalita\b|\bmatiz\b`;
const MENTION = new RegExp(`(${HEX_WORDS})|(${RGB_WORDS})|(${HSL_WORDS})`, 'g');
const COLOUR =
  /\b(?:colou?rs?|farbe\w*|farb\w*|couleurs?|colore|colori|cor|cores|css|#[0-9a-f]{3,6})\b|#[0-9a-f]{3,6}\b/;
/** Words before a notation that make it the source ("of a hex colour", "from RGB", "de RGB"). */
const SOURCE =
  /\b(?:of|from|von|aus|de|desde|du|da|dal|dalla|do|della)\s+(?:(?:a|an|the|une?|una?|um|uma|einer?|la|le|il)\s+)?$/;

function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The notations a text names, in order of first mention, the one written as a source ("of", "from") first. */
export function notationsIn(text: string): Notation[] {
  const t = folded(text);
  const found: { n: Notation; at: number; source: boolean }[] = [];
  for (const m of t.matchAll(MENTION)) {
    const n: Notation = m[1] ? 'hex' : m[2] ? 'rgb' : 'hsl';
    if (found.some((f) => f.n === n)) continue;
    found.push({ n, at: m.index, source: SOURCE.test(t.slice(Math.max(0, m.index - 25), m.index)) });
  }
  const sources = found.filter((f) => f.source);
  const ordered = sources.length === 1 ? [sources[0], ...found.filter((f) => !f.source)] : found;
  return ordered.map((f) => f.n);
}

/** The notation a written field name is in (`hex`, `r`/`red`, `h`/`hue`), if any. */
function notationNamed(name: string): Notation | null {
  const n = name.toLowerCase();
  if (/^(?:hex|hex_?code|colou?r_?hex)$/.test(n)) return 'hex';
  if (/^(?:r|g|b|red|green|blue)$/.test(n)) return 'rgb';
  if (/^(?:h|s|l|hue|saturation|lightness)$/.test(n)) return 'hsl';
  return null;
}

/**
 * The direction a spelled-out route writes in its fields: the notation of every field it sends, to the notation
 * of every field it answers (`POST /colour/rgb {"hex": string} returns {"r": …}` is hex to RGB, whatever its
 * path says first). Null when the names do not say it.
 */
function writtenDirection(text: string): [Notation, Notation] | null {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1) return null;
  const one = (names: string[]): Notation | null => {
    const found = [...new Set(names.map(notationNamed))];
    return found.length === 1 ? found[0] : null;
  };
  // A path parameter names what is sent too (`GET /colors/{hex}` answering `{"r", "g", "b"}`).
  const inPath = [...literals.routes[0].path.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => m[1]);
  const from = one([...[...literals.request, ...literals.queryFields].map((f) => f.name), ...inPath]);
  const to = one(literals.response.map((f) => f.name));
  return from && to && from !== to ? [from, to] : null;
}

/** Words that say a hex colour has six digits, never three. */
const SIX_ONLY =
  /\b(?:6|six|sechs|seis|sei)[- ]?(?:digit|digits|hex digits|stellig\w*|ziffern|digitos|chiffres|cifre|caracteres|characters|char)\b|\bexactly 6\b|\bonly #rrggbb\b/;
const UPPER =
  /\b(?:upper[- ]?case|uppercase|capital\w*|gross\w*|grossbuchstaben|mayuscul\w*|majuscul\w*|maiuscol\w*|maiuscul\w*)\b/;
const LOWER = /\b(?:lower[- ]?case|lowercase|klein\w*|minuscul\w*|minuscol\w*)\b/;
/** Verbs of converting: a feature with one converts, whatever it also refuses. */
const CONVERTS =
  /\b(?:convert\w*|turn\w*|into|transform\w*|umrechn\w*|rechnet|wandel\w*|umwandeln|convierte\w*|convertir|pasar|converti\w*|converte\w*|give|gib|and back|und zuruck|inversement|viceversa)\b/;
const NO_HASH = /\b(?:without|ohne|sin|sans|senza|sem)\s+(?:the\s+|el\s+|le\s+|il\s+|o\s+)?#|\bno #/;

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Rechnet Farben um: Hex-Farbcode, RGB-Werte (Rot, Grün, Blau, je 0 bis 255), HSL; ein ungültiger Code oder ein Wert außerhalb von 0 bis 255 wird abgelehnt.',
  es: ' Convierte colores: código hexadecimal, RGB (rojo, verde, azul, de 0 a 255), HSL; un código mal formado o un valor fuera de 0 a 255 se rechaza.',
  fr: ' Convertit des couleurs : code hexadécimal, RVB (composantes rouge, vert, bleu, de 0 à 255), TSL ; un code mal formé ou une composante hors de 0 à 255 est refusé.',
  it: ' Converte colori: codice esadecimale, RGB (rosso, verde, blu, da 0 a 255), HSL; un codice malformato o un valore fuori da 0 a 255 è rifiutato.',
  pt: ' Converte cores: código hexadecimal, RGB (vermelho, verde, azul, de 0 a 255), HSL; um código malformado ou um valor fora de 0 a 255 é recusado.',
};

const channel = (name: string, label: string, example: number): FieldSpec => ({
  ...integerField(name, `The ${label} channel, a whole number from 0 to 255`, example),
  minimum: 0,
  maximum: 255,
});

function inputsOf(from: Notation, short: boolean): FunctionDesign['inputs'] {
  const [c] = REFERENCE;
  if (from === 'hex') {
    const form = short ? '#RRGGBB or #RGB' : '#RRGGBB (6 hex digits)';
    return [
      { param: 'hex', field: stringField('hex', `Hex colour code, ${form}; any case, # optional`, c.hex) },
    ];
  }
  if (from === 'rgb')
    return [
      { param: 'r', field: channel('r', 'red', c.rgb[0]) },
      { param: 'g', field: channel('g', 'green', c.rgb[1]) },
      { param: 'b', field: channel('b', 'blue', c.rgb[2]) },
    ];
  const hsl = FROM_HSL[0].hsl;
  return [
    { param: 'h', field: { ...integerField('h', 'Hue in degrees, 0 to 360', hsl[0]), type: 'number' } },
    {
      param: 's',
      field: { ...integerField('s', 'Saturation in percent, 0 to 100', hsl[1]), type: 'number' },
    },
    { param: 'l', field: { ...integerField('l', 'Lightness in percent, 0 to 100', hsl[2]), type: 'number' } },
  ];
}

interface Style {
  short: boolean;
  upper: boolean;
  hash: boolean;
}

function valuesOf(n: Notation, c: (typeof REFERENCE)[number], style: Style): Record<string, string | number> {
  if (n === 'rgb') return { r: c.rgb[0], g: c.rgb[1], b: c.rgb[2] };
  if (n === 'hsl') return { h: c.hsl[0], s: c.hsl[1], l: c.hsl[2] };
  const digits = c.hex.slice(1);
  return { hex: (style.hash ? '#' : '') + (style.upper ? digits.toUpperCase() : digits) };
}

const LABELS: Record<Notation, string> = {
  hex: 'a hexadecimal (hex) colour code (#RRGGBB: red, green and blue as two hex digits each)',
  rgb: 'RGB channels (red, green and blue, each a whole number from 0 to 255)',
  hsl: 'HSL (hue in degrees 0-360, saturation and lightness in percent 0-100, whole numbers)',
};

/** The endpoint converting a colour from one notation into another. */
export function colourDesign(
  from: Notation,
  to: Notation,
  style: Style,
  languages: Language[],
): FunctionDesign {
  const sources = from === 'hsl' ? FROM_HSL : REFERENCE;
  const examples = sources.slice(0, 3).map((c) => {
    const input =
      from === 'hex' && c === sources[1] ? { hex: c.hex.slice(1).toUpperCase() } : valuesOf(from, c, style);
    return {
      description: `${c.name}: ${JSON.stringify(input)} is ${JSON.stringify(valuesOf(to, c, style))}.`,
      input,
      output: valuesOf(to, c, style),
    };
  });
  if (from === 'hex' && style.short)
    examples.push({
      description: 'The short form #f80 is #ff8800 (each digit doubled): red 255, green 136, blue 0.',
      input: { hex: '#f80' },
      output: valuesOf(to, { name: '', hex: '#ff8800', rgb: [255, 136, 0], hsl: [32, 100, 50] }, style),
    });
  const hexAnswer =
    to !== 'hex'
      ? ''
      : ` The hex code is answered in ${style.upper ? 'upper' : 'lower'} case ${style.hash ? 'with' : 'without'} the #.`;
  const refusals: Refusal[] = [];
  if (from === 'hex') {
    refusals.push({
      description: 'A malformed hex colour (#12345G, G is no hex digit) is refused.',
      input: { hex: '#12345G' },
    });
    refusals.push({ description: 'A hex colour of 4 digits (#1234) is refused.', input: { hex: '#1234' } });
    if (!style.short)
      refusals.push({
        description: 'A 3-digit hex colour (#fff) is refused: 6 digits are asked for.',
        input: { hex: '#fff' },
      });
  } else if (from === 'rgb') {
    refusals.push({
      description: 'A channel above 255 (red 256) is refused.',
      input: { r: 256, g: 0, b: 0 },
    });
    refusals.push({ description: 'A negative channel (blue -1) is refused.', input: { r: 0, g: 0, b: -1 } });
    refusals.push({
      description: 'A malformed channel (red written as "ff", not a number) is refused.',
      input: { r: 'ff', g: 0, b: 0 },
    });
  } else {
    refusals.push({ description: 'A saturation above 100 % is refused.', input: { h: 0, s: 120, l: 50 } });
  }
  return {
    function: COLOUR_CODE.id,
    method: 'POST',
    path: `/colour/${from}-to-${to}`,
    summary: `Converts a colour (color) from ${LABELS[from]} to ${LABELS[to]}.${from === 'hex' ? ` The hex code may be written with or without the #, in upper or lower case${style.short ? ', and as the short #RGB (each digit doubled)' : ''}.` : ''}${hexAnswer} A malformed colour or a value outside its range (a channel outside 0-255) is refused with 400.${glossIn(GLOSS, languages)}`,
    inputs: inputsOf(from, style.short),
    outputs: Object.entries(examples[0].output).map(([k, v]) => ({
      result: k,
      field: k,
      description:
        {
          hex: 'The hex colour code',
          r: 'Red, 0-255',
          g: 'Green, 0-255',
          b: 'Blue, 0-255',
          h: 'Hue in degrees',
          s: 'Saturation in percent',
          l: 'Lightness in percent',
        }[k] ?? k,
      example: v,
    })),
    options: { from, to, short: style.short, upper: style.upper, hash: style.hash },
    examples,
    refusals,
  };
}

/** A channel's range written out: 0-255, 0–255, 0 to 255, 0 bis 255, 0 a 255. */
const CHANNEL_RANGE = /\b0\s*(?:-|–|to|a|bis|al|e)\s*255\b/;

/** The constraint of a feature that only says which colours are refused ("anything not 6-digit hex is a 400"). */
function refusing(t: string, notations: Notation[], languages: Language[]): Recognised {
  const six = SIX_ONLY.test(t);
  // "a channel outside 0-255" is shown where channels are sent; "not a 6-digit hex" where hex is read.
  const aboutHex = notations.includes('hex') && (six || !notations.includes('rgb'));
  // "un hex non valido o un valore fuori da 0–255": said of reading hex and of reading channels, each its own.
  const both = aboutHex && CHANNEL_RANGE.test(t);
  return {
    constraint: {
      function: COLOUR_CODE.id,
      ...(both ? { each: true } : {}),
      fits: (d) =>
        both
          ? d.options?.from === 'hex' || d.options?.from === 'rgb'
          : aboutHex
            ? d.options?.from === 'hex'
            : d.options?.from === 'rgb',
      refine: (d) => {
        const refined =
          six && d.options?.from === 'hex' && d.options.short === true
            ? colourDesign(
                'hex',
                d.options.to as Notation,
                { short: false, upper: d.options.upper === true, hash: d.options.hash !== false },
                languages,
              )
            : d;
        const missing = languages.filter(
          (l) => GLOSS[l] !== undefined && !refined.summary.includes(GLOSS[l]),
        );
        return missing.length === 0
          ? refined
          : { ...refined, summary: refined.summary + glossIn(GLOSS, missing) };
      },
      refusals: (d) => d.refusals,
    },
  };
}

export const COLOURS: CatalogFamily = {
  name: 'colours',
  functions: [COLOUR_CODE],
  recognise(text: string, words: string[]): Recognised {
    const t = folded(text);
    const notations = notationsIn(text);
    // "a component outside 0 to 255" speaks of colour channels too.
    const channels = CHANNEL_RANGE.test(t) && notations.length > 0;
    if (!COLOUR.test(t) && !channels && !(notations.includes('hex') && notations.length >= 2)) return null;
    const written = writtenDirection(text);
    const converts = notations.length >= 2 || written !== null;
    // A route answering channels for a hex it reads converts, whatever else it refuses ("anything else is 400").
    const refusal = !CONVERTS.test(t) && written === null;
    if (refuses(words) && refusal && (notations.length > 0 || CHANNEL_RANGE.test(t)))
      return refusing(t, notations, glossLanguages(words, GLOSS));
    if (!converts) return null;
    const [from, to] = written ?? notations;
    const style: Style = {
      short: !SIX_ONLY.test(t),
      upper: to === 'hex' && UPPER.test(t) && !LOWER.test(t),
      hash: !(to === 'hex' && NO_HASH.test(t)),
    };
    return { design: colourDesign(from, to, style, glossLanguages(words, GLOSS)) };
  },
};
