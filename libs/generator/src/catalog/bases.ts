import {
  integerField,
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, writesArrow, type Language } from './feature-words';
import { spellsConversion } from './param-affinity';
import { baseConvertReference } from './bases-reference';
import { BASE_FIXED_CODE, FIXED_BASE_NAMES, digitRefusals, fixedBaseDesign } from './bases-fixed';
import { saysRefuse } from './units-read';

/*
 * Whole numbers between positional bases 2 to 36 (binary, octal, decimal, hexadecimal and the rest): digits 0-9
 * then letters a-z, read in either case, written in upper case (or lower case when the feature asks), a sign
 * kept, any size (BigInt). Recognised from the names of the bases or "base N" / "radix" beside a conversion;
 * Base64 and other encodings are not positional bases and are left alone.
 */

export const BASE_CONVERT_CODE: FunctionCode = {
  id: 'numbers.base_convert',
  exportName: 'numbersBaseConvert',
  source: String.raw`/** The digits of bases up to 36, in order. */
const NUMBERS_BASE_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * numbers.base_convert: the whole number "value" written in base "from_base" (2 to 36, digits 0-9 then a-z in
 * either case, an optional sign), written in base "to_base"; upper-case letters unless option lowercase.
 */
export const numbersBaseConvert: CatalogFunction = (input, options) => {
  const from = input.from_base;
  const to = input.to_base;
  const problems: string[] = [];
  for (const [name, base] of [['from_base', from], ['to_base', to]] as const) {
    if (typeof base !== 'number' || !Number.isInteger(base) || base < 2 || base > 36) {
      problems.push(name + ' must be a whole number from 2 to 36');
    }
  }
  const text = typeof input.value === 'string' ? input.value.trim() : '';
  if (text.length === 0 || text.length > 1000) problems.push('value must be a number written with 1 to 1000 digits');
  if (problems.length > 0) return { ok: false, problems };
  const negative = text.startsWith('-');
  const digits = text.replace(/^[-+]/, '').toLowerCase();
  if (digits.length === 0) return { ok: false, problems: ['value has no digits'] };
  let number = 0n;
  for (const digit of digits) {
    const at = NUMBERS_BASE_DIGITS.indexOf(digit);
    if (at < 0 || at >= (from as number)) {
      return { ok: false, problems: [JSON.stringify(digit) + ' is not a digit of base ' + String(from)] };
    }
    number = number * BigInt(from as number) + BigInt(at);
  }
  const written = number.toString(to as number);
  const cased = options.lowercase === true ? written : written.toUpperCase();
  return { ok: true, value: { result: negative && number !== 0n ? '-' + cased : cased } };
};`,
};

/** Numbers as every textbook writes them: value, its base, the base asked for, the answer (upper case). */
const FACTS: { value: string; from: number; to: number; result: string; why: string }[] = [
  { value: '255', from: 10, to: 16, result: 'FF', why: '255 = 15 × 16 + 15' },
  { value: '11111111', from: 2, to: 10, result: '255', why: 'eight ones in binary are 2^8 − 1' },
  { value: '777', from: 8, to: 16, result: '1FF', why: '777 octal is 511 = 1 × 256 + 15 × 16 + 15' },
  { value: 'zz', from: 36, to: 10, result: '1295', why: 'z is 35: 35 × 36 + 35' },
  { value: '-1010', from: 2, to: 10, result: '-10', why: 'the sign is kept' },
];

const GLOSS: Partial<Record<Language, string>> = {
  de: ' Ganze Zahlen zwischen Zahlensystemen (Basis 2 bis 36: binär, oktal, dezimal, hexadezimal) umrechnen; eine ungültige Ziffer oder Basis wird abgelehnt.',
  es: ' Convertir números enteros entre bases (sistemas de numeración de base 2 a 36: binario, octal, decimal, hexadecimal); un dígito o una base inválidos se rechazan.',
  fr: ' Convertir des nombres entiers entre bases (systèmes de numération de base 2 à 36 : binaire, octal, décimal, hexadécimal) ; un chiffre ou une base invalide est refusé.',
  it: ' Convertire numeri interi tra basi (sistemi di numerazione in base da 2 a 36: binario, ottale, decimale, esadecimale); una cifra o una base non valida viene rifiutata.',
  pt: ' Converter números inteiros entre bases (sistemas de numeração de base 2 a 36: binário, octal, decimal, hexadecimal); um dígito ou uma base inválidos são recusados.',
};

/** The radix each base name stands for. */
const RADIX: Readonly<Record<string, number>> = {
  binary: 2,
  binar: 2,
  binaren: 2,
  binario: 2,
  binarios: 2,
  binaria: 2,
  binaire: 2,
  binaires: 2,
  octal: 8,
  oktal: 8,
  oktalen: 8,
  ottale: 8,
  octale: 8,
  decimal: 10,
  dezimal: 10,
  dezimalen: 10,
  decimale: 10,
  decimales: 10,
  dezimalzahl: 10,
  dezimalzahlen: 10,
  hexadecimal: 16,
  hex: 16,
  hexadezimal: 16,
  hexadezimalen: 16,
  esadecimale: 16,
  hexadecimale: 16,
  hexadecimales: 16,
};

/** `digits` read in base `from` and written in base `to` (upper case), or null when it is not a number of `from`. */
function rewritten(digits: string, from: number, to: number): string | null {
  let value = 0n;
  for (const c of digits.toLowerCase()) {
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || d >= from) return null;
    value = value * BigInt(from) + BigInt(d);
  }
  return value.toString(to).toUpperCase();
}

/** A conversion the feature shows by example ("5 → 101" beside Dezimal and Binär). */
interface StatedBase {
  value: string;
  from: number;
  to: number;
  result: string;
}

/**
 * The conversions a feature writes as examples between the bases it names ("decimal to hex: 255 → FF"): a pair
 * joined by an arrow or "=" is kept when exactly one order of the named bases (decimal implied when one is named)
 * turns the first into the second.
 */
export function statedBases(text: string, words: string[]): StatedBase[] {
  const radices = [...new Set(words.flatMap((w) => (Object.hasOwn(RADIX, w) ? [RADIX[w]] : [])))];
  if (radices.length === 1 && radices[0] !== 10) radices.push(10);
  const found: StatedBase[] = [];
  for (const m of text.matchAll(
    /(?<![\w.])([0-9A-Za-z]{1,16})\s*(?:→|->|=>|=)\s*([0-9A-Za-z]{1,16})(?![\w.])/g,
  )) {
    const fits = radices.flatMap((from) =>
      radices
        .filter((to) => to !== from && rewritten(m[1], from, to) === m[2].toUpperCase())
        .map((to) => ({ value: m[1], from, to, result: m[2] })),
    );
    if (fits.length === 1) found.push(fits[0]);
  }
  return found;
}

export function baseConvertDesign(
  lowercase: boolean,
  languages: Language[],
  stated: StatedBase[] = [],
): FunctionDesign {
  const cased = (text: string) => (lowercase ? text.toLowerCase() : text);
  return {
    function: BASE_CONVERT_CODE.id,
    method: 'POST',
    path: '/numbers/convert-base',
    summary:
      'Converts a whole number between positional bases (radix) 2 to 36: binary (bin, base 2), octal (oct, 8), ' +
      'decimal (dec, 10), hexadecimal (hex, 16) and any other, digits 0-9 then letters A-Z (read in either case, answered in ' +
      `${lowercase ? 'lower' : 'upper'} case), a leading minus sign kept, numbers of any size. A base outside ` +
      '2 to 36, an empty value or a digit that does not belong to its base (2 in binary, G in hexadecimal) is ' +
      'refused with 400.' +
      glossIn(GLOSS, languages),
    inputs: [
      { param: 'value', field: stringField('value', 'The number, written in from_base', FACTS[0].value) },
      { param: 'from_base', field: integerField('from_base', 'Base the value is written in (2 to 36)', 10) },
      { param: 'to_base', field: integerField('to_base', 'Base to write the number in (2 to 36)', 16) },
    ],
    outputs: [
      {
        result: 'result',
        field: 'result',
        description: 'The number written in to_base',
        example: cased(FACTS[0].result),
      },
    ],
    options: { lowercase },
    reference: baseConvertReference(lowercase),
    examples: [
      ...FACTS.map((f) => ({
        description: `${f.value} in base ${f.from} is ${cased(f.result)} in base ${f.to} (${f.why}).`,
        input: { value: f.value, from_base: f.from, to_base: f.to },
        output: { result: cased(f.result) },
      })),
      ...stated.map((f) => ({
        description: `${f.value} in base ${f.from} is ${cased(f.result.toUpperCase())} in base ${f.to}, as the feature writes ${f.value} → ${f.result}.`,
        input: { value: f.value, from_base: f.from, to_base: f.to },
        output: { result: cased(f.result.toUpperCase()) },
      })),
    ],
    refusals: [
      {
        description: 'Base 37 is outside 2 to 36 and is refused.',
        input: { value: '10', from_base: 10, to_base: 37 },
      },
      {
        description: '102 is not a binary (base 2) number: 2 is not a digit of base 2.',
        input: { value: '102', from_base: 2, to_base: 10 },
      },
      {
        description: 'G is not a hexadecimal digit and is refused.',
        input: { value: '1G', from_base: 16, to_base: 10 },
      },
    ],
  };
}

const BASE_NAMES =
  `binary binaries binar binaren binario binarios binaria binaire binaires octal oktal oktalen
  ottale octale hexadecimal hex hexadezimal hexadezimalen esadecimale hexadecimale hexadecimales
  duodecimal base32 radix basis`.split(/\s+/);
const BASE_WORDS = 'base bases basis radix'.split(' ');
const CONVERT =
  `convert converts converting conversion converter translate transform turn change write express
  umrechnen umwandeln konvertieren convertir conversion transformar convertire converter converta
  pasar passer`.split(/\s+/);
/** Encodings and representations that are not positional bases, or other "bases" (databases, knowledge base). */
const OTHER = `base64 base58 base85 base64url ascii utf utf8 unicode encode encoding decode decoding encoded
  image images file files bytes database databases knowledge user users price prices salary salaries data
  rounded rounding decimals color colors colour colours rgb farbe farben`.split(/\s+/);

/** A base or its digits, named in a rule about them. */
const DIGIT_WORDS =
  `base basis digit digits ziffer ziffern digito digitos chiffre chiffres cifra cifre`.split(/\s+/);
/** An error answered ("devolver error", "returns an error"). */
const ERROR_WORDS =
  'error errors fehler erreur errore erro invalid invalido invalida valido valida ungultig'.split(' ');
/** Words that make a conversion general: between bases, any base, both ways. */
const GENERAL = `between entre zwischen tra fra any either cualquier cualquiera beliebig beliebigen beliebige
  qualsiasi qualquer importe vice versa viceversa back umgekehrt inversement inverse reverse both ambos beide
  bases basen radix basis radices`.split(/\s+/);
/** Words that point from a source base to a target ("to", "a", "en", "nach", "para", "in"…). */
const TOWARDS = 'to into in a al en nach zu ins para pra per vers au aux em as als como come comme'.split(
  ' ',
);
/** Words that name the source ("from", "von", "de", "da", "desde"). */
const FROM = 'from von de da desde du'.split(' ');
/** What a number is called after an article ("a binary number", "a hex string"). */
const NOUNS = 'number numbers value values string strings digit digits integer integers representation'.split(
  ' ',
);
/** A base the value is already written in ("given in hex", "geschrieben in"). */
const WRITTEN =
  `given written expressed represented gegeben geschrieben dado dada escrito escrita ecrit ecrite donne
  scritto scritta dato data`.split(/\s+/);
/** Alternatives between sources ("binary or hexadecimal to decimal"): a general conversion. */
const OR = 'or oder o ou oppure'.split(' ');

/**
 * A fixed conversion the feature names with a direction: one source base, then one or more target bases after a
 * word or an arrow pointing to them ("decimal to binary and hexadecimal", "von hexadezimal nach dezimal",
 * "decimal → binary, octal"); a single target named after "to"/"en"/"in" converts from decimal ("convert an
 * integer to binary"). Null when the feature names bases without a direction, both ways or in general terms.
 */
export function fixedBases(text: string): { from: number; to: number[] } | null {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // "decimal <-> hex": both ways.
  if (/<->|<=>|↔|⇄|⇔/.test(folded)) return null;
  const tokens = [...folded.matchAll(/[a-z0-9]+|→|->|=>|[,;:()]/g)].map((m) => m[0]);
  if (tokens.some((t) => GENERAL.includes(t) || t === 'base')) return null;
  const named = tokens.flatMap((t, i) => (Object.hasOwn(RADIX, t) ? [{ at: i, radix: RADIX[t] }] : []));
  // "hexadecimal (hex)": one base named twice in a row is one mention.
  const mentions = named.filter((m, i) => i === 0 || named[i - 1].radix !== m.radix);
  const towards = (from: number, to: number) =>
    tokens.slice(from, to).some((t) => TOWARDS.includes(t) || ['→', '->', '=>'].includes(t));
  if (mentions.length === 0) return null;
  if (new Set(mentions.map((m) => m.radix)).size === 1) {
    const [only] = mentions;
    const before = tokens.slice(Math.max(0, only.at - 3), only.at);
    const word = tokens[only.at - 1] ?? '';
    // "a binary number" is an article, "given in hex" names the source: neither points to a target.
    const article = word === 'a' && NOUNS.includes(tokens[only.at + 1] ?? '');
    const source = before.some((t) => FROM.includes(t) || WRITTEN.includes(t));
    if (only.radix === 10 || source || article || !TOWARDS.includes(word)) return null;
    return { from: 10, to: [only.radix] };
  }
  const [source, ...rest] = mentions;
  const next = rest.find((m) => m.radix !== source.radix)!;
  if (!towards(source.at + 1, next.at)) return null;
  if (tokens.slice(source.at + 1, next.at).some((t) => OR.includes(t))) return null;
  const targets = [...new Set(rest.map((m) => m.radix))];
  // The source named again after the targets ("decimal to hex and hex to decimal") is both ways.
  if (targets.includes(source.radix)) return null;
  return { from: source.radix, to: targets };
}

function recogniseBases(text: string, words: string[]): Recognised {
  if (hasAny(words, OTHER)) return null;
  const named = words.filter((w) => BASE_NAMES.includes(w)).length;
  const baseNumber = words.some(
    (w, i) => BASE_WORDS.includes(w) && /^(?:[2-9]|[12]\d|3[0-6])$/.test(words[i + 1] ?? ''),
  );
  // A base range written for a parameter (`?in=<2..36>`, "base 2 bis 36") and bases in the plural with a verb
  // ("converts between bases") say it too.
  const range =
    /(?<![\d.])2\s*(?:\.\.|–|-|to|bis|a|à|au)\s*36(?![\d.])/.test(text) &&
    hasAny(words, [...BASE_NAMES, ...BASE_WORDS]);
  // A direction between named bases ("hex to decimal") is a conversion too.
  const fixed = fixedBases(text);
  const converts = hasAny(words, CONVERT) || writesArrow(text) || spellsConversion(text) || fixed !== null;
  const plural = hasAny(words, ['bases', 'basen', 'radices']) && converts;
  const signals = named + (baseNumber ? 1 : 0) + (range ? 1 : 0) + (plural ? 1 : 0);
  // "If the text is not a valid number in that base, answer an error": a rule on a fixed conversion's digits.
  if (signals === 0 && hasAny(words, DIGIT_WORDS) && (saysRefuse(text, words) || hasAny(words, ERROR_WORDS)))
    return {
      constraint: {
        function: BASE_FIXED_CODE.id,
        refusals: digitRefusals,
        // Digits are checked where they are written in a base of their own, not where a JSON integer is sent.
        fits: (design) => Number(design.options?.from) !== 10,
      },
    };
  if (signals === 0) return null;
  if (!converts && signals < 2) return null;
  // Accents folded: "en minúsculas" is Spanish for lower case.
  const lowercase = /\blower[\s-]?case\b|\bminuscul|\bkleinbuchstaben\b|\bminuscol/i.test(
    text.normalize('NFD').replace(/\p{M}/gu, ''),
  );
  if (fixed && [fixed.from, ...fixed.to].every((r) => Object.hasOwn(FIXED_BASE_NAMES, r))) {
    return {
      design: fixedBaseDesign(fixed.from, fixed.to, lowercase, languagesOf(words), statedBases(text, words)),
    };
  }
  return { design: baseConvertDesign(lowercase, languagesOf(words), statedBases(text, words)) };
}

export const BASES: CatalogFamily = {
  name: 'bases',
  functions: [BASE_CONVERT_CODE, BASE_FIXED_CODE],
  recognise: recogniseBases,
};
