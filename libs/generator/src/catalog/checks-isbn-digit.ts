import { stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';

/*
 * The check digit of an ISBN-13 computed from its first 12 digits (ISO 2108: weights 1 and 3 alternately from
 * the left, the check digit making the sum divisible by 10). The worked examples were summed by hand:
 * 978030640615 → 9+21+8+0+3+0+6+12+0+18+1+15 = 93, check digit 7; 978080442957 → 117, check 3;
 * 978316148410 → 100, check 0.
 */

export const ISBN_CHECK_DIGIT_CODE: FunctionCode = {
  id: 'isbn.check_digit',
  exportName: 'isbnCheckDigit',
  source: `/** isbn.check_digit: the ISBN-13 check digit of 12 digits (hyphens and spaces ignored), and the full ISBN-13. */
export const isbnCheckDigit: CatalogFunction = (input) => {
  const text = String(input.digits);
  if (!/^[0-9 -]*$/.test(text)) return { ok: false, problems: ['the first 12 digits of an ISBN-13 are digits only'] };
  const digits = text.replace(/[ -]/g, '');
  if (digits.length !== 12) return { ok: false, problems: ['the first 12 digits of an ISBN-13 are exactly 12 digits'] };
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i % 2 === 0 ? 1 : 3) * (digits.charCodeAt(i) - 48);
  const checkDigit = (10 - (sum % 10)) % 10;
  return { ok: true, value: { checkDigit, isbn13: digits + String(checkDigit) } };
};`,
};

/** Twelve digits and their ISBN-13 check digit, summed by hand (above). */
const DIGIT_FACTS = [
  { digits: '978030640615', check: 7 },
  { digits: '978080442957', check: 3 },
  { digits: '978316148410', check: 0 },
];

/** The reference check digit (written here beside the emitted code, not from it). */
export function isbn13CheckDigit(digits: string): number {
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}

const WORDS =
  'Prüfziffer einer ISBN-13 aus den ersten 12 Ziffern berechnen; calcular el dígito de control de un ISBN-13 a partir de los 12 primeros dígitos (cifras); calculer le chiffre (la clé) de contrôle d’un ISBN-13 à partir des 12 premiers chiffres; calcolare la cifra di controllo di un ISBN-13 a partire dalle prime 12 cifre; calcular o dígito verificador de um ISBN-13 a partir dos 12 primeiros dígitos';

/** The computation of an ISBN-13's check digit from its first 12 digits. */
export function isbnCheckDigitDesign(): FunctionDesign {
  return {
    function: ISBN_CHECK_DIGIT_CODE.id,
    method: 'POST',
    path: '/isbn/check-digit',
    summary: `Computes the check digit of an ISBN-13 from its first 12 digits (ISO 2108): the digits weighted 1, 3, 1, 3, … from the left are summed and the check digit is (10 − sum mod 10) mod 10; it also answers the full 13-digit ISBN-13 (the 12 digits with the check digit appended). Hyphens and spaces are ignored; anything that is not exactly 12 digits is refused with 400 (alles, was nicht genau 12 Ziffern sind, ergibt einen Fehler 400; lo que no sean exactamente 12 dígitos da error 400; tout ce qui n’est pas exactement 12 chiffres donne une erreur 400; se non sono esattamente 12 cifre si risponde con errore 400; o que não for exatamente 12 dígitos dá erro 400). ${WORDS}.`,
    inputs: [
      {
        param: 'digits',
        field: stringField(
          'digits',
          'The first 12 digits of the ISBN-13, without its check digit (die ersten 12 Ziffern; los 12 primeros dígitos; les 12 premiers chiffres; le prime 12 cifre; os 12 primeiros dígitos)',
          '978030640615',
        ),
      },
    ],
    outputs: [
      {
        result: 'checkDigit',
        field: 'check_digit',
        description: 'The ISBN-13 check digit (0 to 9)',
        example: 7,
      },
      {
        result: 'isbn13',
        field: 'isbn13',
        description: 'The full ISBN-13: the 12 digits and the check digit, digits only',
        example: '9780306406157',
      },
    ],
    examples: DIGIT_FACTS.map((f) => ({
      description: `The first 12 digits ${f.digits} get the check digit ${f.check}: ISBN-13 ${f.digits}${f.check}.`,
      input: { digits: f.digits },
      output: { check_digit: f.check, isbn13: `${f.digits}${f.check}` },
    })),
    refusals: [
      {
        description:
          '11 digits (97803064061) are not exactly 12 digits and are refused with 400: alles, was nicht genau 12 Ziffern sind, ergibt 400; no son exactamente 12 dígitos; pas exactement 12 chiffres; non sono esattamente 12 cifre; não são exatamente 12 dígitos.',
        input: { digits: '97803064061' },
      },
      {
        description: '13 digits (9780306406157, a whole ISBN-13) are not 12 and are refused.',
        input: { digits: '9780306406157' },
      },
      {
        description: 'A letter (97803064061A) is not a digit and is refused.',
        input: { digits: '97803064061A' },
      },
    ],
  };
}
