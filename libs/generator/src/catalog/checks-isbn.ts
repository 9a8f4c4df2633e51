import { stringField, type FunctionCode, type FunctionDesign, type Refusal } from './catalog-entry';
import { isbnReference } from './text-checks-reference';
import { bothForms, invalidAnswer, pickFacts, spelledIn, VALIDITY_GLOSSARY } from './checks-shared';

/*
 * ISBNs: ISBN-10 (weights 10 to 1, mod 11, X for 10) and ISBN-13 (978/979, weights 1 and 3, mod 10), and the
 * conversion between them. The facts are the ISBNs Wikipedia and the exercism exercises publish, by hand.
 */

type IsbnType = 'ISBN-10' | 'ISBN-13';

interface IsbnFact {
  value: string;
  valid: boolean;
  type: IsbnType;
  why: string;
}

export const ISBN_FACTS: IsbnFact[] = [
  { value: '0-306-40615-2', valid: true, type: 'ISBN-10', why: 'is a valid ISBN-10' },
  { value: '978-0-306-40615-7', valid: true, type: 'ISBN-13', why: 'is a valid ISBN-13' },
  { value: '0-8044-2957-X', valid: true, type: 'ISBN-10', why: 'is a valid ISBN-10 with check digit X (10)' },
  { value: '978-0-306-40615-8', valid: false, type: 'ISBN-13', why: 'has the wrong ISBN-13 check digit' },
  { value: '0-306-40615-3', valid: false, type: 'ISBN-10', why: 'has the wrong ISBN-10 check digit' },
  { value: '3-598-21508-8', valid: true, type: 'ISBN-10', why: 'is a valid ISBN-10' },
  { value: '3-598-21507-X', valid: true, type: 'ISBN-10', why: 'is a valid ISBN-10 with check digit X' },
  { value: '3-598-21508-9', valid: false, type: 'ISBN-10', why: 'has the wrong ISBN-10 check digit' },
  { value: '978-3-16-148410-0', valid: true, type: 'ISBN-13', why: 'is a valid ISBN-13' },
  { value: '9780306406157', valid: true, type: 'ISBN-13', why: 'is a valid ISBN-13' },
  { value: '0306406152', valid: true, type: 'ISBN-10', why: 'is a valid ISBN-10' },
];
const USUAL = [ISBN_FACTS[0], ISBN_FACTS[1], ISBN_FACTS[2], ISBN_FACTS[3]];

/** Published ISBN-10s and the ISBN-13 of the same book. */
export const ISBN_PAIRS = [
  {
    isbn10: '0-306-40615-2',
    digits10: '0306406152',
    isbn13: '9780306406157',
    hyphens13: '978-0-306-40615-7',
  },
  {
    isbn10: '3-16-148410-X',
    digits10: '316148410X',
    isbn13: '9783161484100',
    hyphens13: '978-3-16-148410-0',
  },
  {
    isbn10: '3-598-21508-8',
    digits10: '3598215088',
    isbn13: '9783598215087',
    hyphens13: '978-3-598-21508-7',
  },
];

/** Shared by both functions' sources, renamed per function so that both may live in one module. */
const checksums = (
  prefix: string,
) => `/** ${prefix}: the ISBN-10 sum (weights 10 to 1, X = 10) mod 11 of 10 characters. */
const ${prefix}_MOD11 = (isbn: string): number => {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (10 - i) * (isbn[i] === 'X' ? 10 : isbn.charCodeAt(i) - 48);
  return sum % 11;
};

/** ${prefix}: the ISBN-13 sum (weights 1 and 3) mod 10 of the first \`count\` digits. */
const ${prefix}_MOD10 = (isbn: string, count: number): number => {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += (i % 2 === 0 ? 1 : 3) * (isbn.charCodeAt(i) - 48);
  return sum % 10;
};

/** ${prefix}: whether a compact ISBN (no hyphens or spaces, upper case) is a valid ISBN-10. */
const ${prefix}_VALID10 = (isbn: string): boolean => /^[0-9]{9}[0-9X]$/.test(isbn) && ${prefix}_MOD11(isbn) === 0;

/** ${prefix}: whether a compact ISBN is a valid ISBN-13 (978 or 979, but not 979-0, which is an ISMN). */
const ${prefix}_VALID13 = (isbn: string): boolean =>
  /^97[89][0-9]{10}$/.test(isbn) && !isbn.startsWith('9790') && ${prefix}_MOD10(isbn, 13) === 0;`;

export const ISBN_CODE: FunctionCode = {
  id: 'isbn.validate',
  exportName: 'validateIsbn',
  source: `${checksums('ISBN_VALIDATE')}

/** isbn.validate: whether an ISBN (digits, hyphens, spaces, X) is a valid ISBN-10 or ISBN-13, and which. */
export const validateIsbn: CatalogFunction = (input, options) => {
  // Only text or a number is an ISBN: an object (even one whose toString is not a function) is none.
  const text = typeof input.isbn === 'string' || typeof input.isbn === 'number' ? String(input.isbn) : '?';
  if (!/^[0-9Xx -]*$/.test(text)) return { ok: false, problems: ['an ISBN has only digits, hyphens, spaces and X'] };
  const isbn = text.replace(/[ -]/g, '').toUpperCase();
  if (isbn.length === 0) return { ok: false, problems: ['an ISBN needs digits'] };
  const accept = String(options.accept ?? 'both');
  const type = /^[0-9]{9}[0-9X]$/.test(isbn) ? 'ISBN-10' : /^[0-9]{13}$/.test(isbn) ? 'ISBN-13' : null;
  if (type === null && options.refuseMalformed === true) {
    return { ok: false, problems: ['an ISBN has 10 characters (ISBN-10) or 13 digits (ISBN-13) once hyphens and spaces are removed'] };
  }
  let valid = type === 'ISBN-10' ? ISBN_VALIDATE_VALID10(isbn) : type === 'ISBN-13' && ISBN_VALIDATE_VALID13(isbn);
  if ((accept === '10' && type !== 'ISBN-10') || (accept === '13' && type !== 'ISBN-13')) valid = false;
  if (!valid && options.refuseInvalid === true) {
    return { ok: false, problems: ['not a valid ' + (accept === 'both' ? 'ISBN-10 or ISBN-13' : 'ISBN-' + accept)] };
  }
  if (options.isbn13 !== true) return { ok: true, value: { valid, type } };
  // options.isbn13: also the ISBN-13 of a valid ISBN: 978, the ISBN-10's first nine digits and a new check digit.
  const core = '978' + isbn.slice(0, 9);
  const isbn13 = !valid ? null : type === 'ISBN-13' ? isbn : core + String((10 - ISBN_VALIDATE_MOD10(core, 12)) % 10);
  return { ok: true, value: { valid, type, isbn13 } };
};`,
};

export const ISBN_CONVERT_CODE: FunctionCode = {
  id: 'isbn.convert',
  exportName: 'convertIsbn',
  source: `${checksums('ISBN_CONVERT')}

/** isbn.convert: a valid ISBN-10 as ISBN-13 (978, new check digit), or with \`to\` 10 a 978 ISBN-13 as ISBN-10. */
export const convertIsbn: CatalogFunction = (input, options) => {
  // Only text or a number is an ISBN: an object (even one whose toString is not a function) is none.
  const text = typeof input.isbn === 'string' || typeof input.isbn === 'number' ? String(input.isbn) : '?';
  if (!/^[0-9Xx -]*$/.test(text)) return { ok: false, problems: ['an ISBN has only digits, hyphens, spaces and X'] };
  const isbn = text.replace(/[ -]/g, '').toUpperCase();
  if (String(options.to) === '10') {
    if (!ISBN_CONVERT_VALID13(isbn)) return { ok: false, problems: ['not a valid ISBN-13'] };
    if (!isbn.startsWith('978')) return { ok: false, problems: ['an ISBN-13 beginning with 979 has no ISBN-10'] };
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += (10 - i) * (isbn.charCodeAt(3 + i) - 48);
    const check = (11 - (sum % 11)) % 11;
    return { ok: true, value: { isbn: isbn.slice(3, 12) + (check === 10 ? 'X' : String(check)) } };
  }
  if (!ISBN_CONVERT_VALID10(isbn)) return { ok: false, problems: ['not a valid ISBN-10'] };
  const core = '978' + isbn.slice(0, 9);
  return { ok: true, value: { isbn: core + String((10 - ISBN_CONVERT_MOD10(core, 12)) % 10) } };
};`,
};

const ISBN_WORDS =
  'ISBN: Buchnummer (ISBN prüfen, Prüfziffer, Bindestriche und Leerzeichen); número de libro (validar el ISBN, dígito de control, guiones y espacios); numéro de livre (vérifier l’ISBN, chiffre ou clé de contrôle, tirets et espaces); codice ISBN del libro (controllare il codice ISBN, cifra di controllo, trattini e spazi); número do livro (validar o ISBN, dígito verificador, hífens e espaços). An ISBN-10 may end in X, meaning 10, upper or lower case (its last character): endet auf X (steht für 10, groß oder klein); el último carácter puede ser una X (vale 10), en mayúscula o minúscula; le dernier caractère peut être un X (vaut 10), majuscule ou minuscule; l’ultimo carattere può essere una X (vale 10), maiuscola o minuscola; o último caractere pode ser um X (vale 10), maiúsculo ou minúsculo';
const ISBN_RULES =
  'An ISBN-10 has 9 digits and a check digit (0 to 9, or X for 10) and is valid when the sum of its digits weighted 10 down to 1 is divisible by 11 (sum mod 11 = 0); an ISBN-13 has 13 digits beginning 978 or 979 and is valid when the sum of its digits weighted 1 and 3 alternately is divisible by 10 (sum mod 10 = 0). ISBNs are defined by ISO 2108.';

const TYPE_NAMES: Record<string, string> = { both: 'ISBN-10 or ISBN-13', '10': 'ISBN-10', '13': 'ISBN-13' };

/** The check of an ISBN, answering `valid` and `type` (or refusing an invalid ISBN when asked to). */
export function isbnDesign(
  text: string,
  refuseInvalid: boolean,
  accept: 'both' | '10' | '13',
  isbn13 = false,
): FunctionDesign {
  const [f0, f1, f2, f3, f4, , , , f8] = ISBN_FACTS;
  const usual = accept === 'both' ? USUAL : accept === '10' ? [f0, f2, f4, f1] : [f1, f8, f3, f0];
  const accepted = (f: IsbnFact) => f.valid && (accept === 'both' || f.type === `ISBN-${accept}`);
  const facts = pickFacts(text, ISBN_FACTS, usual, 4, true).map((f) => ({ ...f, valid: accepted(f) }));
  const examples = facts.filter((f) => !refuseInvalid || f.valid);
  const invalid = refuseInvalid ? facts.filter((f) => !f.valid).slice(0, 1) : [];
  if (refuseInvalid && invalid.length === 0) invalid.push(accept === '13' ? ISBN_FACTS[3] : ISBN_FACTS[4]);
  const name = TYPE_NAMES[accept];
  const only =
    accept === 'both'
      ? ''
      : ` Only an ${name} is accepted: anything else answers valid: false as an ${name}.`;
  return {
    function: ISBN_CODE.id,
    method: 'POST',
    path: '/isbn/validate',
    summary: `Checks an ${name}; hyphens and spaces are ignored. ${ISBN_RULES}${only} The type answers ISBN-10 or ISBN-13 by the ISBN's shape (10 or 13 characters), null for neither (außerdem angeben, ob es sich um eine ISBN-10 oder ISBN-13 handelt; indicar si se trata de un ISBN-10 o un ISBN-13; préciser s’il s’agit d’un ISBN-10 ou d’un ISBN-13; indicare se si tratta di un ISBN-10 o di un ISBN-13; indicar se é um ISBN-10 ou um ISBN-13). ${invalidAnswer(refuseInvalid, 'ISBN')} Anything but digits, hyphens, spaces and X is refused with 400, as is an empty ISBN. ${ISBN_WORDS}. ${VALIDITY_GLOSSARY}${isbn13 ? THIRTEEN_SUMMARY : ''}`,
    inputs: [
      {
        param: 'isbn',
        field: stringField('isbn', `${name} to check: digits, hyphens, spaces, X`, '978-0-306-40615-7'),
      },
    ],
    outputs: [
      {
        result: 'valid',
        field: 'valid',
        description: `Whether the ISBN is a valid ${name}`,
        example: true,
      },
      {
        result: 'type',
        field: 'type',
        description: 'ISBN-10 or ISBN-13 (null for neither)',
        names: 'isbn10 isbn13 10 13 type kind typ tipo',
        example: 'ISBN-13',
      },
      ...(isbn13
        ? [
            {
              result: 'isbn13',
              field: 'isbn13',
              description:
                'The ISBN-13 of a valid ISBN, without hyphens: a valid ISBN-10 gets 978 in front and a new check digit; null when invalid',
              example: '9780306406157',
            },
          ]
        : []),
    ],
    options: { refuseInvalid, accept, ...(isbn13 ? { isbn13: true } : {}) },
    examples: [...examples, ...(isbn13 ? THIRTEEN_FACTS.filter((f) => !examples.includes(f)) : [])].map(
      (f) => ({
        description: `ISBN ${bothForms(f.value)} ${f.valid || !f.why.startsWith('is a valid') ? f.why : `is an ${f.type}, not an ${name}`}: valid is ${f.valid}, type ${f.type}${isbn13 ? `, ISBN-13 ${String(thirteenOf(f))}` : ''}.`,
        input: { isbn: f.value },
        output: { valid: f.valid, type: f.type, ...(isbn13 ? { isbn13: thirteenOf(f) } : {}) },
      }),
    ),
    refusals: [
      ...invalid.map((f) => ({
        description: `ISBN ${bothForms(f.value)} ${f.why} and is refused.`,
        input: { isbn: f.value },
      })),
      {
        description: 'An ISBN with a letter other than X (3-598-P1581-X) is refused.',
        input: { isbn: '3-598-P1581-X' },
      },
    ],
    ...(refuseInvalid ? {} : { reference: isbnReference(accept) }),
  };
}

/** The ISBN-13 of the same book, from the published pairs: the answer for a valid ISBN-10 written by hand. */
const THIRTEEN_OF: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ISBN_PAIRS.map((p) => [p.digits10, p.isbn13])),
  // 978080442957 weighted 1, 3, 1, …: 9+21+8+0+8+0+4+12+2+27+5+21 = 117, check digit 10 - 7 = 3.
  '080442957X': '9780804429573',
  // 978359821507: 9+21+8+9+5+27+8+6+1+15+0+21 = 130, check digit 0.
  '359821507X': '9783598215070',
};

/** The ISBN-13 a check answering it gives for fact `f` (null when not valid). */
function thirteenOf(f: IsbnFact): string | null {
  const compact = f.value.replace(/[ -]/g, '').toUpperCase();
  if (!f.valid) return null;
  return f.type === 'ISBN-13' ? compact : (THIRTEEN_OF[compact] ?? null);
}

/** Facts whose ISBN-13 a check answering it shows: a valid ISBN-10 of each kind of check digit, an ISBN-13. */
const THIRTEEN_FACTS = [ISBN_FACTS[0], ISBN_FACTS[5], ISBN_FACTS[2], ISBN_FACTS[1], ISBN_FACTS[4]];

const THIRTEEN_SUMMARY =
  ' It also answers the ISBN-13 of a valid ISBN (isbn13), without hyphens: for an ISBN-10, 978 in front of its first nine digits and a new ISBN-13 check digit (weights 1 and 3, the sum made divisible by 10); a valid ISBN-13 as it is; null when the ISBN is not valid. Zusätzlich die passende ISBN-13 (978 davor, Prüfziffer neu); además el ISBN-13 correspondiente (prefijo 978); aussi l’ISBN-13 correspondant (préfixe 978); anche il codice ISBN-13 corrispondente (prefisso 978); também o ISBN-13 correspondente (prefixo 978).';

/** Codes of the wrong shape: 5 digits, 12 digits, and an X that is not the last of ten characters. */
const MALFORMED_ISBNS = [
  { value: '12345', why: 'has 5 digits, neither 10 nor 13' },
  { value: '978-0-306-40615', why: 'has 12 digits, neither 10 nor 13' },
  { value: 'X-306-40615-2', why: 'has an X that is not its last character' },
];

/** The malformed codes a check that refuses them sends, with 400 as their answer. */
export function malformedIsbnRefusals(design: FunctionDesign): Refusal[] {
  const input = design.inputs[0]?.field.name ?? 'isbn';
  return MALFORMED_ISBNS.map((m) => ({
    description: `${m.value} ${m.why}: an ISBN is 10 or 13 characters long once hyphens are removed (10 oder 13 Zeichen lang; 10 o 13 caracteres; 10 ou 13 caractères; 10 o 13 caratteri), so this malformed code is refused with 400 (a wrong check digit is not: it answers valid: false).`,
    input: { [input]: m.value },
  }));
}

/**
 * The check of an ISBN that refuses a code of the wrong shape (neither 10 characters nor 13 digits once hyphens
 * and spaces are removed, an X anywhere but last) with 400, while a well-formed ISBN with a wrong check digit is
 * still a normal answer (valid: false): "a code that is not 10 or 13 characters returns 400".
 */
export function withMalformedRefused(design: FunctionDesign): FunctionDesign {
  if (design.function !== ISBN_CODE.id) return design;
  const reference = design.reference;
  return {
    ...design,
    summary: `${design.summary} A code that is neither 10 characters (ISBN-10) nor 13 digits (ISBN-13) once hyphens and spaces are removed is malformed and refused with 400. Falsche Länge oder Buchstaben (außer einem X am Ende der ISBN-10): Fehler 400; longitud incorrecta o letras: error 400; mauvaise longueur ou lettres : erreur 400; lunghezza sbagliata o lettere: errore 400; comprimento errado ou letras: erro 400.`,
    options: { ...design.options, refuseMalformed: true },
    examples: design.examples.filter((e) => e.output.type !== null),
    refusals: [...design.refusals, ...malformedIsbnRefusals(design)],
    ...(reference
      ? {
          reference: {
            read: (value, stated, base) => reference.read(value, stated, base),
            compute: (params) => {
              const answer = reference.compute(params);
              return answer.ok && answer.results.type === null
                ? { ok: false, why: 'a malformed ISBN: neither 10 nor 13 characters' }
                : answer;
            },
          },
        }
      : {}),
  };
}

/** The conversion of a valid ISBN-10 to ISBN-13 (or, with `to` '10', of a 978 ISBN-13 to ISBN-10). */
export function isbnConvertDesign(text: string, to: '10' | '13'): FunctionDesign {
  const from = to === '13' ? '10' : '13';
  const inputName = `isbn${from}`;
  const outputName = `isbn${to}`;
  const rule =
    to === '13'
      ? 'prefix 978, drop the ISBN-10 check digit, and append the ISBN-13 check digit (weights 1 and 3, the sum made divisible by 10)'
      : 'drop the prefix 978 and the ISBN-13 check digit, and append the ISBN-10 check digit (weights 10 to 2, the sum made divisible by 11; X for 10); an ISBN-13 beginning with 979 has no ISBN-10';
  return {
    function: ISBN_CONVERT_CODE.id,
    method: 'POST',
    path: `/isbn/isbn${from}-to-isbn${to}`,
    summary: `Converts an ISBN-${from} to its ISBN-${to} (13 digits vs 10 characters): ${rule}. The ISBN-${from} may have hyphens and spaces; the ISBN-${to} is answered without them. ${ISBN_RULES} An invalid ISBN-${from} (ungültig, inválido, invalide, non valido) is refused with 400, as is anything but digits, hyphens, spaces and X; only a valid one (gültig, válido, valide, valido) is converted. ${ISBN_WORDS}; umwandeln/umrechnen, convertir, convertir, convertire, converter.`,
    inputs: [
      {
        param: 'isbn',
        field: stringField(
          inputName,
          `The ISBN-${from} to convert (digits, hyphens, spaces${from === '10' ? ', X' : ''})`,
          from === '10' ? '0-306-40615-2' : '9780306406157',
        ),
      },
    ],
    outputs: [
      {
        result: 'isbn',
        field: outputName,
        description: `The ISBN-${to}, without hyphens`,
        example: to === '13' ? '9780306406157' : '0306406152',
      },
    ],
    options: { to },
    examples: ISBN_PAIRS.map((p) =>
      to === '13'
        ? {
            description: `ISBN-10 ${p.isbn10} (${p.digits10}) is ISBN-13 ${p.isbn13} (${p.hyphens13}).`,
            input: { [inputName]: spelledIn(text, p.isbn10, true) ?? p.isbn10 },
            output: { [outputName]: p.isbn13 },
          }
        : {
            description: `ISBN-13 ${p.hyphens13} (${p.isbn13}) is ISBN-10 ${p.digits10} (${p.isbn10}).`,
            input: { [inputName]: spelledIn(text, p.isbn13, true) ?? p.isbn13 },
            output: { [outputName]: p.digits10 },
          },
    ),
    refusals:
      to === '13'
        ? [
            {
              description: 'ISBN-10 0-306-40615-3 has the wrong check digit: it is refused.',
              input: { [inputName]: '0-306-40615-3' },
            },
            {
              description: 'An ISBN-10 with a letter other than X (3-598-P1581-X) is refused.',
              input: { [inputName]: '3-598-P1581-X' },
            },
          ]
        : [
            {
              description: 'ISBN-13 978-0-306-40615-8 has the wrong check digit: it is refused.',
              input: { [inputName]: '978-0-306-40615-8' },
            },
            {
              description: 'ISBN-13 979-10-90636-07-1 begins with 979 and has no ISBN-10: it is refused.',
              input: { [inputName]: '979-10-90636-07-1' },
            },
          ],
  };
}
