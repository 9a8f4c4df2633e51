import { stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { bothForms, invalidAnswer, pickFacts, VALIDITY_GLOSSARY } from './checks-shared';
import { CARD_BRANDS, cardBrand, type BrandSettings } from './checks-card-brands';

export { CARD_BRANDS, cardBrand, type BrandSettings };

/*
 * Card numbers and the Luhn check (mod 10): whether a number passes it, and the check digit that makes a
 * number pass it. The facts below are published test values (card networks' test numbers, the Wikipedia and
 * exercism Luhn examples), written out by hand.
 */

interface LuhnFact {
  value: string;
  valid: boolean;
  why: string;
}

/** Published card numbers and whether they pass the Luhn check. */
export const LUHN_FACTS: LuhnFact[] = [
  { value: '4539 1488 0343 6467', valid: true, why: 'a valid card number' },
  { value: '8273 1232 7352 0569', valid: false, why: 'fails the Luhn check' },
  { value: '4111 1111 1111 1111', valid: true, why: 'the Visa test card number, passes the Luhn check' },
  { value: '79927398713', valid: true, why: 'the classic Luhn example, passes the check' },
  { value: '79927398710', valid: false, why: 'fails the Luhn check (only 3 as the last digit passes)' },
  { value: '5555 5555 5555 4444', valid: true, why: 'the Mastercard test card number, passes' },
  { value: '3782 822463 10005', valid: true, why: 'the American Express test card number, passes' },
  { value: '4012 8888 8888 1881', valid: true, why: 'a Visa test card number, passes' },
  { value: '6011 1111 1111 1117', valid: true, why: 'the Discover test card number, passes' },
  { value: '055 444 285', valid: true, why: 'passes the Luhn check' },
  { value: '4539 3195 0343 6467', valid: true, why: 'a valid card number' },
  { value: '055 444 286', valid: false, why: 'fails the Luhn check' },
];
const USUAL = [LUHN_FACTS[0], LUHN_FACTS[1], LUHN_FACTS[2], LUHN_FACTS[3]];

/** Published payloads and their Luhn check digits. */
const CHECK_DIGITS = [
  { value: '7992739871', digit: 3, full: '79927398713' },
  { value: '4539 1488 0343 646', digit: 7, full: '4539148803436467' },
  { value: '4111 1111 1111 111', digit: 1, full: '4111111111111111' },
];

export const LUHN_CODE: FunctionCode = {
  id: 'luhn.validate',
  exportName: 'validateLuhn',
  source: `/** luhn.validate: the Luhn sum (mod 10) of a string of digits, every second digit from the right doubled. */
const LUHN_VALIDATE_SUM = (digits: string): number => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10;
};

/**
 * luhn.validate: card brands by IIN prefix (ranges of leading digits, inclusive) and length; the first that fits
 * names the brand (ISO/IEC 7812 registrations as the networks publish them).
 */
const LUHN_VALIDATE_BRANDS: { id: string; name: string; prefixes: [number, number][]; lengths: number[] }[] = [
  { id: 'amex', name: 'American Express', prefixes: [[34, 34], [37, 37]], lengths: [15] },
  { id: 'diners', name: 'Diners Club', prefixes: [[300, 305], [36, 36], [38, 39]], lengths: [14, 15, 16, 17, 18, 19] },
  { id: 'jcb', name: 'JCB', prefixes: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  { id: 'visa', name: 'Visa', prefixes: [[4, 4]], lengths: [13, 16, 19] },
  { id: 'mastercard', name: 'Mastercard', prefixes: [[51, 55], [2221, 2720]], lengths: [16] },
  { id: 'discover', name: 'Discover', prefixes: [[6011, 6011], [644, 649], [65, 65], [622126, 622925]], lengths: [16, 17, 18, 19] },
  { id: 'maestro', name: 'Maestro', prefixes: [[5018, 5018], [5020, 5020], [5038, 5038], [5893, 5893], [6304, 6304], [6759, 6759], [6761, 6763]], lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

/**
 * luhn.validate: whether a card number (digits and spaces; hyphens when allowed) of the digits allowed passes the
 * Luhn check; with option refuseLength a number of another digit count is refused, with refuseInvalid any invalid one.
 */
export const validateLuhn: CatalogFunction = (input, options) => {
  const text = String(input.number);
  const hyphens = options.hyphens === true;
  if (!(hyphens ? /^[0-9 -]*$/ : /^[0-9 ]*$/).test(text)) {
    return { ok: false, problems: [hyphens ? 'a card number has only digits, spaces and hyphens' : 'a card number has only digits and spaces'] };
  }
  const digits = text.replace(/[ -]/g, '');
  if (digits.length === 0) return { ok: false, problems: ['a card number needs digits'] };
  const min = Math.max(2, Number(options.minDigits ?? 0));
  const max = Number(options.maxDigits ?? 0);
  const length = digits.length >= min && (max === 0 || digits.length <= max);
  const valid = length && LUHN_VALIDATE_SUM(digits) === 0;
  if (!length && (options.refuseInvalid === true || options.refuseLength === true)) {
    return { ok: false, problems: ['a card number has ' + (max === 0 ? String(min) + ' or more' : min === max ? String(min) : String(min) + ' to ' + String(max)) + ' digits'] };
  }
  if (!valid && options.refuseInvalid === true) return { ok: false, problems: ['the card number fails the Luhn check'] };
  if (options.brand !== true) return { ok: true, value: { valid } };
  const listed = String(options.brands ?? '').split(',').filter((b) => b.length > 0);
  const found = LUHN_VALIDATE_BRANDS.find(
    (b) => b.lengths.includes(digits.length) && b.prefixes.some(([from, to]) => {
      const head = Number(digits.slice(0, String(from).length));
      return head >= from && head <= to;
    }),
  );
  const brand = found && (listed.length === 0 || listed.includes(found.id)) ? found.name : String(options.unknown ?? 'unknown');
  return { ok: true, value: { valid, brand } };
};`,
};

export const LUHN_CHECK_DIGIT_CODE: FunctionCode = {
  id: 'luhn.check_digit',
  exportName: 'luhnCheckDigit',
  source: `/** luhn.check-digit: the digit that, appended to \`number\` (digits and spaces), makes it pass the Luhn check. */
export const luhnCheckDigit: CatalogFunction = (input) => {
  const text = String(input.number);
  if (!/^[0-9 ]*$/.test(text)) return { ok: false, problems: ['a number has only digits and spaces'] };
  const digits = text.replace(/ /g, '');
  if (digits.length === 0) return { ok: false, problems: ['a number needs digits'] };
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  const checkDigit = (10 - (sum % 10)) % 10;
  return { ok: true, value: { checkDigit, fullNumber: digits + String(checkDigit) } };
};`,
};

const CARD_WORDS =
  'Kartennummer/Kreditkartennummer (Karte); número de tarjeta de crédito (tarjeta); numéro de carte bancaire ou de crédit (carte); numero di carta di credito (carta); número do cartão de crédito (cartão)';
const CHARACTERS =
  'Ziffern und Leerzeichen erlaubt, alles andere abgelehnt; dígitos y espacios permitidos, lo demás rechazado; chiffres et espaces acceptés, le reste refusé; cifre e spazi ammessi, il resto rifiutato; dígitos e espaços permitidos, o resto recusado';
const CHARACTERS_HYPHENS =
  'Ziffern, Leerzeichen und Bindestriche erlaubt, alles andere abgelehnt; dígitos, espacios y guiones permitidos, lo demás rechazado; chiffres, espaces et tirets acceptés, le reste refusé; cifre, spazi e trattini ammessi, il resto rifiutato; dígitos, espaços e hífens permitidos, o resto recusado';
const LUHN_WORDS =
  'Luhn-Algorithmus/Luhn-Prüfung, algoritmo de Luhn, algorithme de Luhn (formule de Luhn), algoritmo di Luhn, algoritmo de Luhn';

/** How a Luhn check reads card numbers: what it refuses, whether hyphens pass, how many digits are allowed. */
export interface LuhnSettings {
  refuseInvalid: boolean;
  /**
   * A number of a digit count outside minDigits..maxDigits is refused with 400 (not answered `valid: false`);
   * one of a count it takes that fails the check is still answered not valid (unless `refuseInvalid`).
   */
  refuseLength?: boolean;
  hyphens: boolean;
  /** Digits a valid number has at least / at most (0: no bound beyond 2 digits). */
  minDigits: number;
  maxDigits: number;
  /** The card brand answered beside `valid`: the brands a feature lists (all when empty) and its word for others. */
  brand?: BrandSettings;
}

/** Test numbers of each brand, at the edges of their ranges (all pass the Luhn check), and one of no brand. */
const BRAND_FACTS: LuhnFact[] = [
  { value: '4111 1111 1111 1111', valid: true, why: 'the Visa test number (prefix 4, 16 digits)' },
  { value: '5105 1051 0510 5100', valid: true, why: 'a Mastercard test number (prefix 51)' },
  {
    value: '2221 0000 0000 0009',
    valid: true,
    why: 'a Mastercard number at the start of the 2221–2720 range',
  },
  { value: '2720 9900 0000 0007', valid: true, why: 'a Mastercard number at the end of the 2221–2720 range' },
  { value: '2721 0000 0000 0004', valid: true, why: 'just past the Mastercard 2221–2720 range' },
  { value: '3782 822463 10005', valid: true, why: 'the American Express test number (prefix 37, 15 digits)' },
  { value: '3400 000000 00009', valid: true, why: 'an American Express number (prefix 34, 15 digits)' },
  { value: '6011 1111 1111 1117', valid: true, why: 'the Discover test number (prefix 6011)' },
  { value: '3530 1113 3330 0000', valid: true, why: 'the JCB test number (prefix 3528–3589)' },
  { value: '3528 0000 0000 0007', valid: true, why: 'a JCB number at the start of the 3528–3589 range' },
  { value: '3527 0000 0000 0008', valid: true, why: 'just before the JCB 3528–3589 range' },
  { value: '4222 2222 2222 2', valid: true, why: 'a Visa test number of 13 digits' },
  {
    value: '3800 000000 00000',
    valid: true,
    why: 'a Diners Club number of 15 digits (prefix 38; 15 digits beginning 34 or 37 would be American Express)',
  },
  { value: '3056 930902 5904', valid: true, why: 'the Diners Club test number (prefix 305, 14 digits)' },
  { value: '6759 6498 2643 8453', valid: true, why: 'a Maestro test number (prefix 6759)' },
  { value: '5600 0000 0000 0003', valid: true, why: 'just past the Mastercard 51–55 range' },
  { value: '9999 9999 9999 9995', valid: true, why: 'passes the Luhn check but has no brand prefix' },
];

function digitsRule({ minDigits: min, maxDigits: max, refuseLength }: LuhnSettings): string {
  if (min === 0 && max === 0)
    return 'Card numbers usually have 16 digits (13 to 19); any number of 2 or more digits is checked.';
  const count = max === 0 ? `${min} or more` : min === max ? `${min}` : `${Math.max(min, 2)} to ${max}`;
  return refuseLength
    ? `A card number has ${count} digits: a number with fewer or more digits is refused with 400 (the digit count, Anzahl der Ziffern, número de dígitos, nombre de chiffres, numero di cifre); one with ${count} digits that fails the check is not valid.`
    : `A valid card number has ${count} digits; a number with fewer or more is not valid.`;
}

/** Digits cycled to make card numbers of any length for the examples at a digit count's ends. */
const SOME_DIGITS = '4539148803436467';

/** A number of `n` digits that passes the Luhn check (its last digit chosen by the reference check), grouped by 4. */
function luhnNumberOf(n: number): string {
  const head = SOME_DIGITS.repeat(Math.ceil(n / SOME_DIGITS.length)).slice(0, n - 1);
  const digits = [...'0123456789'].map((d) => head + d).find(passesLuhn) ?? head + '0';
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * Worked examples at the ends of a refused digit count: numbers passing the Luhn check with exactly the fewest
 * and the most digits taken (valid), and with one digit fewer and one more (refused, for the length alone).
 */
function digitCountEnds({ minDigits: min, maxDigits: max }: LuhnSettings): {
  taken: LuhnFact[];
  refused: LuhnFact[];
} {
  const taken: LuhnFact[] = [];
  const refused: LuhnFact[] = [];
  if (min > 2) {
    taken.push({
      value: luhnNumberOf(min),
      valid: true,
      why: `has ${min} digits, the fewest taken, and passes the Luhn check`,
    });
    refused.push({
      value: luhnNumberOf(min - 1),
      valid: false,
      why: `has ${min - 1} digits, fewer than ${min}, though it passes the Luhn check,`,
    });
  }
  if (max > 0) {
    if (max !== min)
      taken.push({
        value: luhnNumberOf(max),
        valid: true,
        why: `has ${max} digits, the most taken, and passes the Luhn check`,
      });
    refused.push({
      value: luhnNumberOf(max + 1),
      valid: false,
      why: `has ${max + 1} digits, more than ${max}, though it passes the Luhn check,`,
    });
  }
  return { taken, refused };
}

/** The Luhn check of a card number, answering `valid` (or refusing an invalid number when asked to). */
export function luhnDesign(text: string, settings: LuhnSettings): FunctionDesign {
  const { refuseInvalid, hyphens, minDigits, maxDigits, brand } = settings;
  if (brand) return withBrand(luhnDesign(text, { ...settings, brand: undefined }), brand);
  const separators = hyphens ? 'digits, spaces and hyphens' : 'digits and spaces';
  const allowed = (value: string) => (hyphens ? /^[0-9 -]+$/ : /^[0-9 ]+$/).test(value);
  const counted = (f: LuhnFact): LuhnFact => {
    const n = f.value.replace(/\D/g, '').length;
    return n < minDigits || (maxDigits > 0 && n > maxDigits)
      ? { ...f, valid: false, why: `has ${n} digits, which a card number here may not have` }
      : f;
  };
  const outOfCount = (f: LuhnFact) => {
    const n = f.value.replace(/\D/g, '').length;
    return n < minDigits || (maxDigits > 0 && n > maxDigits);
  };
  const picked = pickFacts(text, LUHN_FACTS, USUAL, 4, true).map((f) =>
    counted(allowed(f.value) ? f : { ...f, value: f.value.replace(/-/g, ' ') }),
  );
  const ends = settings.refuseLength ? digitCountEnds(settings) : { taken: [], refused: [] };
  // A refused digit count: the facts of another count are refusals (for their length), the ends are shown.
  const facts = settings.refuseLength ? [...picked.filter((f) => !outOfCount(f)), ...ends.taken] : picked;
  const examples = facts.filter((f) => !refuseInvalid || f.valid);
  const invalid = refuseInvalid ? facts.filter((f) => !f.valid).slice(0, 1) : [];
  if (refuseInvalid && invalid.length === 0) invalid.push(counted(LUHN_FACTS[1]));
  if (settings.refuseLength) invalid.push(...ends.refused);
  return {
    function: LUHN_CODE.id,
    method: 'POST',
    path: '/luhn/validate',
    summary: `Checks a card number (ISO/IEC 7812) with the Luhn algorithm (mod 10): starting from the rightmost digit, every second digit is doubled (9 is subtracted when the double is over 9), and the number is valid when the sum of all its digits is divisible by 10 (sum mod 10 = 0; a single digit never is). ${digitsRule(settings)} ${invalidAnswer(refuseInvalid, 'card number (one that fails the Luhn check)')} Only ${separators} are accepted: any other character is refused with 400, as is a number without digits. ${LUHN_WORDS}. ${VALIDITY_GLOSSARY}`,
    inputs: [
      {
        param: 'number',
        field: stringField(
          'card_number',
          `Card number to check, ${separators} (${CARD_WORDS}); ${hyphens ? CHARACTERS_HYPHENS : CHARACTERS}`,
          '4539 1488 0343 6467',
        ),
      },
    ],
    outputs: [
      {
        result: 'valid',
        field: 'valid',
        description: 'Whether the card number passes the Luhn check',
        example: true,
      },
    ],
    options: {
      refuseInvalid,
      hyphens,
      minDigits,
      maxDigits,
      ...(settings.refuseLength ? { refuseLength: true } : {}),
    },
    examples: [
      ...examples,
      // Hyphens accepted: one number written in hyphenated groups shows it (16 digits, the Visa test number).
      ...(hyphens && !examples.some((f) => f.value.includes('-'))
        ? [
            counted({
              value: '4111-1111-1111-1111',
              valid: true,
              why: 'written with hyphens, passes the Luhn check',
            }),
          ]
        : []),
    ]
      .filter((f) => (!refuseInvalid || f.valid) && !(settings.refuseLength && outOfCount(f)))
      .map((f) => ({
        description: `Card number ${bothForms(f.value)} ${f.why}: valid is ${f.valid}.`,
        input: { card_number: f.value },
        output: { valid: f.valid },
      })),
    refusals: [
      ...invalid.map((f) => ({
        description: `Card number ${bothForms(f.value)} ${f.why} and is refused.`,
        input: { card_number: f.value },
      })),
      {
        description: `A card number with a letter (055a 444 285) is not ${separators} and is refused.`,
        input: { card_number: '055a 444 285' },
      },
      ...(hyphens
        ? []
        : [
            {
              description: `A card number with hyphens (4539-1488-0343-6467) is not ${separators} and is refused.`,
              input: { card_number: '4539-1488-0343-6467' },
            },
          ]),
    ],
  };
}

function brandNames(brand: BrandSettings): string {
  return CARD_BRANDS.filter((b) => brand.brands.length === 0 || brand.brands.includes(b.id))
    .map(
      (b) =>
        `${b.name}${b.id === 'amex' ? ' (Amex)' : ''} (prefix ${b.prefixes.map(([a, z]) => (a === z ? `${a}` : `${a}–${z}`)).join(', ')}; ${b.lengths.length > 3 ? `${b.lengths[0]}–${b.lengths.at(-1)}` : b.lengths.join(', ')} digits)`,
    )
    .join(', ');
}

function brandRule(brand: BrandSettings): string {
  return `The brand (Kartenmarke, marca, réseau, circuito, bandeira) is told by the start of the number, its leading digits (the IIN prefix; Anfang, inicio, début, inizio, início) and its number of digits, whether or not the Luhn check passes: ${brandNames(brand)}; any other start answers brand "${brand.unknown}".`;
}

/** The reference Luhn check (written here beside the emitted one, not from it). */
export function passesLuhn(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map(Number)
    .reduce((s, d, i) => s + (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return digits.length > 1 && sum % 10 === 0;
}

/** The check of a card number that also answers its brand (a feature asking for the brand beside the Luhn check). */
export function withBrand(design: FunctionDesign, brand: BrandSettings): FunctionDesign {
  if (design.function !== LUHN_CODE.id || design.options?.brand === true) return design;
  const o = design.options ?? {};
  const field = design.inputs[0]?.field.name ?? 'card_number';
  const min = Number(o.minDigits ?? 0);
  const max = Number(o.maxDigits ?? 0);
  const counts = (value: string) => {
    const digits = value.replace(/\D/g, '');
    return digits.length >= Math.max(2, min) && (max === 0 || digits.length <= max);
  };
  const fits = (value: string) => counts(value) && passesLuhn(value.replace(/\D/g, ''));
  const shown = new Set(design.examples.map((e) => String(e.input[field])));
  // A number the check refuses (an invalid one, or one of a digit count refused) is no answered example.
  const added = BRAND_FACTS.filter(
    (f) =>
      !shown.has(f.value) &&
      (o.refuseInvalid !== true || fits(f.value)) &&
      (o.refuseLength !== true || counts(f.value)),
  ).map((f) => ({
    description: `Card number ${bothForms(f.value)} ${f.why}: valid is ${fits(f.value)}, brand ${cardBrand(f.value, brand)}.`,
    input: { [field]: f.value },
    output: { valid: fits(f.value), brand: cardBrand(f.value, brand) },
  }));
  return {
    ...design,
    summary: `${design.summary} ${brandRule(brand)}`,
    outputs: [
      ...design.outputs,
      {
        result: 'brand',
        field: 'brand',
        description: `The card brand (network) by its IIN prefix and length: ${brandNames(brand)}; otherwise ${brand.unknown}`,
        example: 'Visa',
      },
    ],
    options: { ...o, brand: true, brands: brand.brands.join(','), unknown: brand.unknown },
    examples: [
      ...design.examples.map((e) => ({
        ...e,
        output: { ...e.output, brand: cardBrand(String(e.input[field]), brand) },
      })),
      ...added,
    ],
  };
}

/** The Luhn check digit of a number. */
export function luhnCheckDigitDesign(): FunctionDesign {
  return {
    function: LUHN_CHECK_DIGIT_CODE.id,
    method: 'POST',
    path: '/luhn/check-digit',
    summary: `Computes the Luhn check digit (mod 10) of a number: the digit that, appended to it, makes the whole number pass the Luhn check (every second digit from the right of the full number doubled, 9 subtracted from a double over 9, the sum divisible by 10); 7992739871 gets 3 (79927398713). Digits and spaces are accepted; any other character, or a number without digits, is refused with 400. ${LUHN_WORDS}: Prüfziffer berechnen, calcular el dígito de control, calculer le chiffre de contrôle (clé de Luhn), calcolare la cifra di controllo, calcular o dígito verificador.`,
    inputs: [
      {
        param: 'number',
        field: stringField(
          'number',
          'Number without its check digit, digits and spaces (Nummer/Kartennummer; número de tarjeta; numéro de carte; numero di carta; número do cartão)',
          '7992739871',
        ),
      },
    ],
    outputs: [
      {
        result: 'checkDigit',
        field: 'check_digit',
        description: 'The Luhn check digit (0 to 9)',
        example: 3,
      },
      {
        result: 'fullNumber',
        field: 'full_number',
        description: 'The number with its check digit appended, digits only',
        example: '79927398713',
      },
    ],
    examples: CHECK_DIGITS.map((c) => ({
      description: `The Luhn check digit of ${c.value} is ${c.digit} (the full number ${c.full} passes the Luhn check).`,
      input: { number: c.value },
      output: { check_digit: c.digit, full_number: c.full },
    })),
    refusals: [
      {
        description: 'A number with a letter (79927398A1) is not digits and spaces and is refused.',
        input: { number: '79927398A1' },
      },
      { description: 'A number without digits is refused.', input: { number: ' ' } },
    ],
  };
}
