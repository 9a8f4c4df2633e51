import {
  stringField,
  type FunctionCode,
  type FunctionDesign,
  type Refusal,
  type WorkedExample,
} from './catalog-entry';
import { VALIDITY_GLOSSARY } from './checks-shared';

/*
 * GS1 codes (GTIN): EAN-8, UPC-A (12 digits), EAN-13 and GTIN-14. Every one ends in a mod-10 check digit: the
 * digits before it, weighted 3 and 1 alternately from the right, plus the check digit make a multiple of 10
 * (GS1 General Specifications §7.9). A check answers whether a code is valid and, when not, why (its length,
 * a character that is not a digit, or its check digit, with the digit it should have); a completion answers
 * the check digit of a code without it and the full code. The codes below are published examples (the GS1 and
 * Wikipedia EAN, UPC and GTIN articles), their answers worked out by `gtinReference`, not by the emitted code.
 */

/** The GS1 lengths, named. */
export const GTIN_NAMES: Record<number, string> = { 8: 'EAN-8', 12: 'UPC-A', 13: 'EAN-13', 14: 'GTIN-14' };

export const GTIN_CODE: FunctionCode = {
  id: 'gtin.validate',
  exportName: 'validateGtin',
  source: `/** gtin.validate: the GS1 check digit of the digits before it (weights 3, 1, 3, … from the right). */
const GTIN_VALIDATE_CHECK_DIGIT = (payload: string): number => {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const digit = payload.charCodeAt(payload.length - 1 - i) - 48;
    sum += i % 2 === 0 ? 3 * digit : digit;
  }
  return (10 - (sum % 10)) % 10;
};

/**
 * gtin.validate: whether a GS1 code (spaces ignored) of one of the lengths allowed ("lengths", e.g. "13" or
 * "8,12,13,14") is valid; when not, the reason (length, non_digit, check_digit) and the check digit it should
 * have. Refused instead with "refuseMalformed" (wrong length, non-digits) or "refuseInvalid" (any reason).
 */
export const validateGtin: CatalogFunction = (input, options) => {
  const code = String(input.code).replace(/ /g, '');
  if (code.length === 0) return { ok: false, problems: ['a code needs digits'] };
  const lengths = String(options.lengths ?? '13').split(',').map(Number);
  const allowed = lengths.join(', ') + ' digits';
  let reason: string | null = null;
  let expected: number | null = null;
  if (!/^[0-9]+$/.test(code)) reason = 'non_digit';
  else if (!lengths.includes(code.length)) reason = 'length';
  else {
    expected = GTIN_VALIDATE_CHECK_DIGIT(code.slice(0, -1));
    if (expected !== code.charCodeAt(code.length - 1) - 48) reason = 'check_digit';
  }
  const malformed = reason === 'non_digit' || reason === 'length';
  if ((malformed && options.refuseMalformed === true) || (reason !== null && options.refuseInvalid === true)) {
    return {
      ok: false,
      problems: [
        reason === 'non_digit'
          ? 'a code has only digits'
          : reason === 'length'
            ? 'a code has ' + allowed
            : 'the check digit should be ' + String(expected),
      ],
    };
  }
  return {
    ok: true,
    value: { valid: reason === null, reason, expectedCheckDigit: reason === 'check_digit' ? expected : null },
  };
};`,
};

export const GTIN_COMPLETE_CODE: FunctionCode = {
  id: 'gtin.complete',
  exportName: 'completeGtin',
  source: `/**
 * gtin.complete: the GS1 check digit of a code without it (spaces ignored; one of the lengths "lengths" allows,
 * e.g. "12") and the full code; anything but digits, or another length, is refused.
 */
export const completeGtin: CatalogFunction = (input, options) => {
  const code = String(input.code).replace(/ /g, '');
  const lengths = String(options.lengths ?? '12').split(',').map(Number);
  if (!/^[0-9]+$/.test(code)) return { ok: false, problems: ['a code has only digits'] };
  if (!lengths.includes(code.length)) return { ok: false, problems: ['a code without its check digit has ' + lengths.join(', ') + ' digits'] };
  let sum = 0;
  for (let i = 0; i < code.length; i++) {
    const digit = code.charCodeAt(code.length - 1 - i) - 48;
    sum += i % 2 === 0 ? 3 * digit : digit;
  }
  const checkDigit = (10 - (sum % 10)) % 10;
  return { ok: true, value: { checkDigit, full: code + String(checkDigit) } };
};`,
};

/** The reference semantics (written here beside the emitted code, not from it): a GS1 check digit. */
export function gtinCheckDigit(payload: string): number {
  const digits = [...payload].map(Number).reverse();
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

/** What a check answers for `code` with these lengths (null: refused as malformed when asked to). */
export function gtinReference(
  code: string,
  lengths: number[],
): { valid: boolean; reason: string | null; expectedCheckDigit: number | null } {
  const compact = code.replace(/ /g, '');
  if (!/^\d+$/.test(compact)) return { valid: false, reason: 'non_digit', expectedCheckDigit: null };
  if (!lengths.includes(compact.length)) return { valid: false, reason: 'length', expectedCheckDigit: null };
  const expected = gtinCheckDigit(compact.slice(0, -1));
  return expected === Number(compact.at(-1))
    ? { valid: true, reason: null, expectedCheckDigit: null }
    : { valid: false, reason: 'check_digit', expectedCheckDigit: expected };
}

/** Published codes of each length (valid ones; a wrong last digit makes the invalid examples). */
const PUBLISHED: Record<number, string[]> = {
  8: ['96385074', '73513537'],
  12: ['036000291452', '012345678905'],
  13: ['4006381333931', '5901234123457'],
  14: ['10012345600019', '00012345600012'],
};

/** Which GS1 lengths a feature's words name: EAN-8, UPC-A, EAN-13, GTIN-14, or every one for "GTIN"/"barcode". */
export function gtinLengths(words: string[]): number[] {
  const found = new Set<number>();
  words.forEach((w, i) => {
    const next = words[i + 1] ?? '';
    const m = /^(ean|gtin|jan)(8|12|13|14)?$/.exec(w);
    if (m) {
      const n = Number(m[2] ?? (['8', '12', '13', '14'].includes(next) ? next : 0));
      if (n > 0 && (m[1] !== 'ean' || n === 8 || n === 13)) found.add(n);
      else if (m[1] === 'ean' || m[1] === 'jan') found.add(13);
    }
    if (/^upc(a)?$/.test(w)) found.add(12);
  });
  return found.size > 0 ? [...found].sort((a, b) => a - b) : [8, 12, 13, 14];
}

const GTIN_WORDS =
  'GTIN/EAN/UPC: Strichcode, Barcode, EAN-Prüfziffer; código de barras, dígito de control; code-barres, clé de contrôle; codice a barre, cifra di controllo; código de barras, dígito verificador';

const named = (lengths: number[]) => lengths.map((n) => `${GTIN_NAMES[n]} (${n} digits)`).join(', ');

const RULE =
  'The check digit is the last digit: the digits before it, weighted 3, 1, 3, 1, … from the right (the one next to the check digit weighted 3), summed with the check digit make a multiple of 10 (check digit = (10 − sum mod 10) mod 10; GS1 mod 10, the same for EAN-8, UPC-A, EAN-13 and GTIN-14).';

/** How a check answers a malformed code (the wrong length, a character that is not a digit). */
export interface GtinCheckSettings {
  lengths: number[];
  /** A code of the wrong length or with a non-digit is refused with 400 instead of answered. */
  refuseMalformed: boolean;
  /** Any invalid code (a wrong check digit too) is refused with 400. */
  refuseInvalid: boolean;
}

/** The check of a GS1 code, answering valid, the reason and the expected check digit. */
export function gtinDesign(settings: GtinCheckSettings): FunctionDesign {
  const { lengths, refuseMalformed, refuseInvalid } = settings;
  const valid = lengths.flatMap((n) => PUBLISHED[n]).slice(0, 3);
  const first = valid[0];
  const wrongDigit = first.slice(0, -1) + String((Number(first.at(-1)) + 1) % 10);
  const tooShort = first.slice(0, -2);
  const letter = first.slice(0, 4) + 'A' + first.slice(5);
  const cases = [
    ...valid.map((code) => ({ code, why: `is a valid ${GTIN_NAMES[code.length]}` })),
    { code: wrongDigit, why: 'has the wrong check digit' },
    { code: tooShort, why: `has ${tooShort.length} digits` },
    { code: letter, why: 'has a letter' },
  ].map((c) => ({ ...c, answer: gtinReference(c.code, lengths) }));
  const refused = (a: ReturnType<typeof gtinReference>) =>
    (refuseInvalid && !a.valid) || (refuseMalformed && (a.reason === 'length' || a.reason === 'non_digit'));
  const examples: WorkedExample[] = cases
    .filter((c) => !refused(c.answer))
    .map((c) => ({
      description: `${c.code} ${c.why}: valid is ${c.answer.valid}${c.answer.reason ? `, reason ${c.answer.reason}` : ''}${c.answer.expectedCheckDigit !== null ? `, the check digit should be ${c.answer.expectedCheckDigit}` : ''}.`,
      input: { code: c.code },
      output: {
        valid: c.answer.valid,
        reason: c.answer.reason,
        expected_check_digit: c.answer.expectedCheckDigit,
      },
    }));
  const refusals: Refusal[] = cases
    .filter((c) => refused(c.answer))
    .map((c) => ({ description: `${c.code} ${c.why} and is refused with 400.`, input: { code: c.code } }));
  const malformed = refuseInvalid
    ? 'An invalid code (wrong length, a non-digit, or a wrong check digit) is refused with 400.'
    : refuseMalformed
      ? 'A code of another length or with a character that is not a digit is refused with 400; a wrong check digit is a normal answer (valid: false, reason check_digit, and the expected check digit).'
      : 'An invalid code is a normal answer: valid false with the reason: length (not ' +
        lengths.join(', ') +
        ' digits), non_digit (a character that is not a digit) or check_digit (with the check digit it should have).';
  return {
    function: GTIN_CODE.id,
    method: 'POST',
    path:
      lengths.length === 1 && lengths[0] !== 14
        ? `/${lengths[0] === 12 ? 'upc' : 'ean'}/validate`
        : '/gtin/validate',
    summary: `Checks a GS1 barcode number: ${named(lengths)}. ${RULE} Spaces are ignored. ${malformed} An empty code is refused with 400. ${GTIN_WORDS}. ${VALIDITY_GLOSSARY}`,
    inputs: [{ param: 'code', field: stringField('code', `The code to check: ${named(lengths)}`, first) }],
    outputs: [
      { result: 'valid', field: 'valid', description: 'Whether the code is valid', example: true },
      {
        result: 'reason',
        field: 'reason',
        description: 'Why the code is not valid: length, non_digit or check_digit (null when valid)',
        example: null,
      },
      {
        result: 'expectedCheckDigit',
        field: 'expected_check_digit',
        description: 'The check digit the code should have when its check digit is wrong (else null)',
        example: null,
      },
    ],
    options: { lengths: lengths.join(','), refuseMalformed, refuseInvalid },
    examples,
    refusals: [...refusals, { description: 'An empty code is refused.', input: { code: '' } }],
  };
}

/**
 * The check of a GS1 code that refuses malformed codes (the wrong length, a non-digit) with 400; `written`: the
 * lengths the refusing feature writes ("anything that isn't 12 or 13 digits"), named in its refusals.
 */
export function withMalformedGtinsRefused(design: FunctionDesign, written: number[] = []): FunctionDesign {
  if (design.function !== GTIN_CODE.id) return design;
  const lengths = String(design.options?.lengths ?? '13')
    .split(',')
    .map(Number);
  const refined = gtinDesign({
    lengths,
    refuseMalformed: true,
    refuseInvalid: design.options?.refuseInvalid === true,
  });
  if (written.length === 0) return refined;
  const [a, b] = [written[0], written[written.length - 1]];
  const counts = a === b ? `${a}` : `${a} or ${b}`;
  const gloss =
    a === b
      ? ''
      : ` (ein Code ohne ${a} oder ${b} Ziffern wird abgelehnt; un código sin ${a} o ${b} dígitos se rechaza; un code sans ${a} ou ${b} chiffres est refusé; un codice senza ${a} o ${b} cifre è rifiutato; um código sem ${a} ou ${b} dígitos é recusado)`;
  return {
    ...refined,
    summary: `${refined.summary} A code that is not ${counts} digits${gloss}, or has a character that is not a digit, is refused with 400.`,
    refusals: refined.refusals.map((r) =>
      r.input.code === ''
        ? r
        : {
            ...r,
            description: `${r.description.replace(/ and is refused with 400\.$/, '')}: a code that isn't ${counts} digits${gloss} is refused with 400.`,
          },
    ),
  };
}

/** The completion of a GS1 code: its check digit and the full code of one of `lengths` (full lengths). */
export function gtinCompleteDesign(lengths: number[]): FunctionDesign {
  const payloads = lengths.flatMap((n) => PUBLISHED[n]).map((c) => c.slice(0, -1));
  const kind = lengths.length === 1 ? GTIN_NAMES[lengths[0]] : 'GTIN';
  const fullField = kind.toLowerCase().replace(/-/g, '').replace('upca', 'upc');
  const first = payloads[0];
  return {
    function: GTIN_COMPLETE_CODE.id,
    method: 'POST',
    path: `/${fullField.replace(/\d+$/, '')}/check-digit`,
    summary: `Computes the GS1 check digit of a code given without it (${lengths.map((n) => `${n - 1} digits for ${GTIN_NAMES[n]}`).join(', ')}) and answers the full ${kind} code (the digits with the check digit appended). ${RULE} Spaces are ignored; any other character, or another number of digits, is refused with 400. ${GTIN_WORDS}; Prüfziffer berechnen, calcular el dígito de control, calculer la clé, calcolare la cifra di controllo, calcular o dígito verificador.`,
    inputs: [
      {
        param: 'code',
        field: stringField(
          'code',
          `The code without its check digit (${lengths.map((n) => n - 1).join(', ')} digits)`,
          first,
        ),
      },
    ],
    outputs: [
      {
        result: 'checkDigit',
        field: 'check_digit',
        description: 'The GS1 check digit (0 to 9)',
        example: gtinCheckDigit(first),
      },
      {
        result: 'full',
        field: fullField,
        description: `The full ${kind} code with its check digit`,
        example: first + String(gtinCheckDigit(first)),
      },
    ],
    options: { lengths: lengths.map((n) => n - 1).join(',') },
    examples: payloads.slice(0, 3).map((p) => ({
      description: `The check digit of ${p} is ${gtinCheckDigit(p)}: the full ${GTIN_NAMES[p.length + 1]} is ${p}${gtinCheckDigit(p)}.`,
      input: { code: p },
      output: { check_digit: gtinCheckDigit(p), [fullField]: p + String(gtinCheckDigit(p)) },
    })),
    refusals: [
      {
        description: `${first.slice(0, 4)}A${first.slice(5)} has a letter and is refused.`,
        input: { code: `${first.slice(0, 4)}A${first.slice(5)}` },
      },
      {
        description: `${first.slice(0, -2)} has too few digits and is refused.`,
        input: { code: first.slice(0, -2) },
      },
    ],
  };
}
