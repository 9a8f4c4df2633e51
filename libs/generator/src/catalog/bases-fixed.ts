import {
  integerField,
  stringField,
  type FunctionCode,
  type FunctionDesign,
  type Refusal,
} from './catalog-entry';
import type { Language } from './feature-words';

/*
 * A fixed conversion between named bases: one source base and the target bases a feature names with a direction
 * ("decimal to binary and hexadecimal", "von hexadezimal nach dezimal"). The caller sends only `value`, written
 * in the source base (a JSON integer when the source is decimal); the answer has one field per target, named by
 * the base in English: `binary`, `octal`, `hexadecimal` as strings (letters upper case unless the feature asks
 * for lower case), `decimal` as a number. A digit that does not belong to the source base is refused with 400.
 * Decisions: a leading sign is kept; a "0x"/"0b"/"0o" prefix matching the source base is read; a decimal answer
 * past 2^53 − 1 (no exact JSON number) is refused with 400.
 */

/** The bases a fixed conversion names, by radix. */
export const FIXED_BASE_NAMES: Readonly<Record<number, string>> = {
  2: 'binary',
  8: 'octal',
  10: 'decimal',
  16: 'hexadecimal',
};

export const BASE_FIXED_CODE: FunctionCode = {
  id: 'numbers.base_fixed',
  exportName: 'numbersBaseFixed',
  source: String.raw`/** Each fixed base by radix: its answer field, and the prefix a number written in it may carry. */
const NUMBERS_FIXED_BASES: Readonly<Record<number, { name: string; prefix: string }>> = {
  2: { name: 'binary', prefix: '0b' },
  8: { name: 'octal', prefix: '0o' },
  10: { name: 'decimal', prefix: '' },
  16: { name: 'hexadecimal', prefix: '0x' },
};

/**
 * numbers.base_fixed: the whole number "value" written in base option "from" (a JSON integer too when it is
 * 10), answered in each base of option "to" (radices joined by commas) under that base's English name: decimal
 * as a number, the others as text (upper-case letters unless option lowercase). A leading sign is kept.
 */
export const numbersBaseFixed: CatalogFunction = (input, options) => {
  const from = Number(options.from);
  const source = NUMBERS_FIXED_BASES[from];
  const targets = String(options.to).split(',').map(Number);
  if (!source || targets.some((t) => !NUMBERS_FIXED_BASES[t])) {
    return { ok: false, problems: ['this conversion names no base it can write'] };
  }
  let text = '';
  if (typeof input.value === 'number') {
    if (from !== 10 || !Number.isSafeInteger(input.value)) {
      return { ok: false, problems: ['value must be a whole number written in ' + source.name] };
    }
    text = String(input.value);
  } else if (typeof input.value === 'string') {
    text = input.value.trim();
  }
  if (text.length === 0 || text.length > 1000) {
    return { ok: false, problems: ['value must be a ' + source.name + ' number of 1 to 1000 digits'] };
  }
  const negative = text.startsWith('-');
  let digits = text.replace(/^[-+]/, '').toLowerCase();
  if (source.prefix !== '' && digits.startsWith(source.prefix)) digits = digits.slice(source.prefix.length);
  if (digits.length === 0) return { ok: false, problems: ['value has no digits'] };
  let number = 0n;
  for (const digit of digits) {
    const at = '0123456789abcdef'.indexOf(digit);
    if (at < 0 || at >= from) {
      return { ok: false, problems: [JSON.stringify(digit) + ' is not a ' + source.name + ' digit'] };
    }
    number = number * BigInt(from) + BigInt(at);
  }
  const signed = negative ? -number : number;
  const value: Record<string, unknown> = {};
  for (const to of targets) {
    if (to === 10) {
      if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < -BigInt(Number.MAX_SAFE_INTEGER)) {
        return { ok: false, problems: ['the number is too large to answer exactly as a decimal number'] };
      }
      value.decimal = Number(signed);
      continue;
    }
    const written = number.toString(to);
    const cased = options.lowercase === true ? written : written.toUpperCase();
    value[NUMBERS_FIXED_BASES[to].name] = negative && number !== 0n ? '-' + cased : cased;
  }
  return { ok: true, value };
};`,
};

/** Numbers worked out by hand: 255 = 11111111₂ = 377₈ = FF₁₆; 6719 = 1A3F₁₆; 10 = 1010₂ = 12₈ = A₁₆. */
const NUMBERS = [255, 6719, 10, 0];

/** The reference semantics, written apart from the emitted code: a number written in a base by the platform. */
function writtenIn(n: number, radix: number, lowercase: boolean): string | number {
  if (radix === 10) return n;
  const s = n.toString(radix);
  return lowercase ? s : s.toUpperCase();
}

/** The bases in the feature's languages, for the gloss (radix → name). */
const NAMES_IN: Partial<Record<Language, Record<number, string>>> = {
  de: { 2: 'binär', 8: 'oktal', 10: 'dezimal', 16: 'hexadezimal' },
  es: { 2: 'binario', 8: 'octal', 10: 'decimal', 16: 'hexadecimal' },
  fr: { 2: 'binaire', 8: 'octal', 10: 'décimal', 16: 'hexadécimal' },
  it: { 2: 'binario', 8: 'ottale', 10: 'decimale', 16: 'esadecimale' },
  pt: { 2: 'binário', 8: 'octal', 10: 'decimal', 16: 'hexadecimal' },
};

/** The rule in the feature's languages: a number of the source base written in the target bases. */
const GLOSS: Partial<Record<Language, (from: string, to: string) => string>> = {
  de: (f, t) =>
    ` Eine Zahl von ${f} nach ${t} umrechnen; ein Text, der keine gültige Zahl in dieser Basis ist (eine Ziffer, die es in ${f} nicht gibt), gibt einen Fehler.`,
  es: (f, t) =>
    ` Convertir un número de ${f} a ${t}; si el texto no es un número válido en esa base (un dígito que no existe en ${f}), devolver un error.`,
  fr: (f, t) =>
    ` Convertir un nombre de ${f} en ${t} ; un texte qui n’est pas un nombre valide dans cette base (un chiffre qui n’existe pas en ${f}) renvoie une erreur.`,
  it: (f, t) =>
    ` Convertire un numero da ${f} a ${t}; un testo che non è un numero valido in quella base (una cifra che non esiste in ${f}) restituisce un errore.`,
  pt: (f, t) =>
    ` Converter um número de ${f} para ${t}; um texto que não é um número válido nessa base (um dígito que não existe em ${f}) devolve um erro.`,
};

function glossOf(from: number, targets: number[], languages: Language[]): string {
  return languages
    .map((l) => {
      const names = NAMES_IN[l];
      const gloss = GLOSS[l];
      return names && gloss ? gloss(names[from], targets.map((t) => names[t]).join(', ')) : '';
    })
    .join('');
}

/** A digit each source base does not have. */
const NOT_A_DIGIT: Record<number, { value: string; why: string }> = {
  2: { value: '102', why: '2 is not a binary digit' },
  8: { value: '78', why: '8 is not an octal digit' },
  10: { value: '12a', why: 'a is not a decimal digit' },
  16: { value: 'XYZ', why: 'X, Y and Z are not hexadecimal digits' },
};

export function fixedBaseDesign(
  from: number,
  targets: number[],
  lowercase: boolean,
  languages: Language[],
  stated: { value: string; from: number }[] = [],
): FunctionDesign {
  const source = FIXED_BASE_NAMES[from];
  const names = targets.map((t) => FIXED_BASE_NAMES[t]);
  const input = (n: number) => (from === 10 ? n : (writtenIn(n, from, lowercase) as string));
  const outputOf = (n: number) =>
    Object.fromEntries(targets.map((t) => [FIXED_BASE_NAMES[t], writtenIn(n, t, lowercase)]));
  const bad = NOT_A_DIGIT[from];
  return {
    function: BASE_FIXED_CODE.id,
    method: 'POST',
    path: `/numbers/${source}-to-${names.join('-and-')}`,
    summary:
      `Converts a whole number written in ${source} (base ${from}) to ${names.map((n, i) => `${n} (base ${targets[i]})`).join(' and ')}:` +
      ` the caller sends only the value${from === 10 ? ' (a JSON integer)' : ` (${source} digits, either case)`};` +
      ` the answer has one field per base, ${names.map((n) => (n === 'decimal' ? 'decimal as a number' : `${n} as a string`)).join(', ')}` +
      `${targets.some((t) => t > 10) ? `, letters in ${lowercase ? 'lower' : 'upper'} case` : ''}; a leading minus sign is kept.` +
      ` A value with a digit that is not a ${source} digit is refused with 400.` +
      glossOf(from, targets, languages),
    inputs: [
      {
        param: 'value',
        field:
          from === 10
            ? integerField('value', 'The number, a whole decimal number', 255)
            : stringField('value', `The number written in ${source}`, String(input(255))),
      },
    ],
    outputs: targets.map((t) => ({
      result: FIXED_BASE_NAMES[t],
      field: FIXED_BASE_NAMES[t],
      description: `The number written in ${FIXED_BASE_NAMES[t]}${t === 10 ? ' (a number)' : ''}`,
      example: writtenIn(255, t, lowercase),
    })),
    options: { from, to: targets.join(','), lowercase },
    // The numbers the feature writes in the source base ("48879 -> BEEF") first, answered by the reference.
    examples: [
      ...stated
        .filter((w) => w.from === from && Number.isSafeInteger(parseInt(w.value, from)))
        .map((w) => parseInt(w.value, from)),
      ...NUMBERS,
    ]
      .filter((n, i, all) => all.indexOf(n) === i)
      .map((n) => ({
        description: `${input(n)} in ${source} is ${targets.map((t) => `${writtenIn(n, t, lowercase)} in ${FIXED_BASE_NAMES[t]}`).join(' and ')}.`,
        input: { value: input(n) },
        output: outputOf(n),
      })),
    refusals:
      from === 10
        ? [{ description: 'A value that is not a whole number (1.5) is refused.', input: { value: 1.5 } }]
        : [
            {
              description: `"${bad.value}" is not a ${source} number: ${bad.why}.`,
              input: { value: bad.value },
            },
          ],
  };
}

/**
 * What a feature that refuses numbers not written in their base ("si el texto no es un número válido en esa
 * base, devolver error") adds to a fixed conversion: a value with a digit its source base does not have (a text
 * for a decimal source, refused by the integer field).
 */
export function digitRefusals(design: FunctionDesign): Refusal[] {
  const from = Number(design.options?.from ?? 10);
  const bad = NOT_A_DIGIT[from] ?? NOT_A_DIGIT[10];
  return [
    {
      description: `"${bad.value}" is not a valid ${FIXED_BASE_NAMES[from] ?? 'decimal'} number (${bad.why}) and is refused.`,
      input: { value: bad.value },
    },
  ];
}
