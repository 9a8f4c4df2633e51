import {
  stringField,
  type CatalogFamily,
  type FunctionCode,
  type FunctionDesign,
  type Recognised,
  type WorkedExample,
} from './catalog-entry';
import { VALIDITY_GLOSSARY, asksValidity, refusesShape } from './checks-shared';
import { cpfFormatAsked, cpfPrinted } from './cpf-format-words';
import { asSaid, hasAny, refuses } from './feature-words';

/*
 * National identifiers with a published check: the Brazilian CPF (Cadastro de Pessoas Físicas: 11 digits, the last
 * two mod-11 check digits — the first over the nine digits weighted 10 down to 2, the second over the ten weighted
 * 11 down to 2, each 11 − sum mod 11, or 0 when that is 10 or 11; written with or without its dots and dash, as
 * 529.982.247-25; eleven equal digits are invalid whatever the sums say, Receita Federal) and the Spanish DNI (8
 * digits and the letter of the number mod 23 in TRWAGMYFPDXBNJZSQVHLCKE, Real Decreto 1553/2005) with, when the
 * feature accepts it, the NIE of foreigners (X, Y or Z for 0, 1 or 2, then 7 digits and the letter of the whole).
 * The worked examples are published numbers (529.982.247-25, 111.444.777-35; 12345678Z, X1234567L) answered by the
 * references below, not by the emitted code. Other national numbers (the Portuguese NIF, the French NIR, the
 * German tax id) are not kept here: a feature naming them stays unrealised.
 */

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export const CPF_CODE: FunctionCode = {
  id: 'cpf.validate',
  exportName: 'validateCpf',
  source: `/** cpf.validate: a CPF check digit over "digits" weighted from "first" down to 2 (0 when 11 − sum mod 11 > 9). */
const CPF_VALIDATE_DIGIT = (digits: string, first: number): number => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * (first - i);
  const r = 11 - (sum % 11);
  return r > 9 ? 0 : r;
};

/**
 * cpf.validate: whether a Brazilian CPF (dots, dash and spaces ignored) is valid; when not, the reason (non_digit,
 * length, repeated: eleven equal digits, check_digit). "refuseMalformed" refuses non_digit and length with 400.
 */
export const validateCpf: CatalogFunction = (input, options) => {
  if (typeof input.cpf !== 'string') return { ok: false, problems: ['cpf must be a string'] };
  const cpf = input.cpf.replace(/[.\\-\\s]/g, '');
  if (cpf.length === 0) return { ok: false, problems: ['a CPF needs digits'] };
  let reason: string | null = null;
  if (!/^[0-9]+$/.test(cpf)) reason = 'non_digit';
  else if (cpf.length !== 11) reason = 'length';
  else if (/^(\\d)\\1{10}$/.test(cpf)) reason = 'repeated';
  else if (
    CPF_VALIDATE_DIGIT(cpf.slice(0, 9), 10) !== cpf.charCodeAt(9) - 48 ||
    CPF_VALIDATE_DIGIT(cpf.slice(0, 10), 11) !== cpf.charCodeAt(10) - 48
  )
    reason = 'check_digit';
  if ((reason === 'non_digit' || reason === 'length') && options.refuseMalformed === true) {
    return { ok: false, problems: [reason === 'length' ? 'a CPF has 11 digits' : 'a CPF has only digits'] };
  }
  if (options.formatted !== true) return { ok: true, value: { valid: reason === null, reason } };
  // The printed form 000.000.000-00 of eleven digits (null when it has not eleven digits).
  const formatted = /^[0-9]{11}$/.test(cpf)
    ? cpf.slice(0, 3) + '.' + cpf.slice(3, 6) + '.' + cpf.slice(6, 9) + '-' + cpf.slice(9)
    : null;
  return { ok: true, value: { valid: reason === null, reason, formatted } };
};`,
};

export const DNI_CODE: FunctionCode = {
  id: 'dni.validate',
  exportName: 'validateDni',
  source: `/** dni.validate: the control letters, indexed by the number mod 23. */
const DNI_VALIDATE_LETTERS = '${DNI_LETTERS}';

/**
 * dni.validate: whether a Spanish DNI (8 digits and its control letter; spaces and dashes ignored, any case) is
 * valid, and with "nie" an NIE (X, Y or Z for 0, 1, 2, then 7 digits and the letter); when not, the reason (format,
 * letter) and the letter the number should have. "refuseMalformed" refuses a format that is no DNI (or NIE) with 400.
 */
export const validateDni: CatalogFunction = (input, options) => {
  if (typeof input.dni !== 'string') return { ok: false, problems: ['dni must be a string'] };
  const dni = input.dni.replace(/[\\s-]/g, '').toUpperCase();
  if (dni.length === 0) return { ok: false, problems: ['a DNI needs digits and a letter'] };
  const nie = options.nie === true && /^[XYZ][0-9]{7}[A-Z]$/.test(dni);
  if (!nie && !/^[0-9]{8}[A-Z]$/.test(dni)) {
    if (options.refuseMalformed === true) return { ok: false, problems: ['a DNI is 8 digits and a letter'] };
    return { ok: true, value: { valid: false, reason: 'format', expectedLetter: null } };
  }
  const digits = nie ? String('XYZ'.indexOf(dni[0])) + dni.slice(1, 8) : dni.slice(0, 8);
  const expected = DNI_VALIDATE_LETTERS[Number(digits) % 23];
  const right = expected === dni[8];
  return { ok: true, value: { valid: right, reason: right ? null : 'letter', expectedLetter: right ? null : expected } };
};`,
};

/** The CPF check digit of `digits` weighted from `first` down to 2 (reference, independent of the emitted code). */
function cpfDigit(digits: string, first: number): number {
  const sum = [...digits].reduce((s, d, i) => s + Number(d) * (first - i), 0);
  return sum % 11 < 2 ? 0 : 11 - (sum % 11);
}

/** What a CPF check answers (reference). */
export function cpfReference(written: string): { valid: boolean; reason: string | null } {
  const cpf = written.replace(/[.\-\s]/g, '');
  const reason = !/^\d+$/.test(cpf)
    ? 'non_digit'
    : cpf.length !== 11
      ? 'length'
      : new Set(cpf).size === 1
        ? 'repeated'
        : cpfDigit(cpf.slice(0, 9), 10) === Number(cpf[9]) &&
            cpfDigit(cpf.slice(0, 10), 11) === Number(cpf[10])
          ? null
          : 'check_digit';
  return { valid: reason === null, reason };
}

/** What a DNI check answers (reference). */
export function dniReference(
  written: string,
  nie: boolean,
): { valid: boolean; reason: string | null; expectedLetter: string | null } {
  const dni = written.replace(/[\s-]/g, '').toUpperCase();
  const asNie = nie && /^[XYZ]\d{7}[A-Z]$/.test(dni);
  if (!asNie && !/^\d{8}[A-Z]$/.test(dni)) return { valid: false, reason: 'format', expectedLetter: null };
  const n = Number(asNie ? `${'XYZ'.indexOf(dni[0])}${dni.slice(1, 8)}` : dni.slice(0, 8));
  const letter = DNI_LETTERS[n % 23];
  return letter === dni[8]
    ? { valid: true, reason: null, expectedLetter: null }
    : { valid: false, reason: 'letter', expectedLetter: letter };
}

const CPF_WORDS =
  'CPF (Cadastro de Pessoas Físicas): os dois dígitos verificadores, com ou sem pontos e traço; todos os dígitos iguais (111.111.111-11) é inválido; brasilianische CPF: zwei Prüfziffern, mit oder ohne Punkte und Bindestrich; CPF brasileño: dos dígitos de control, con o sin puntos y guion; CPF brésilien : deux chiffres de contrôle, avec ou sans points et tiret; CPF brasiliano: due cifre di controllo, con o senza punti e trattino';

/** The check of a CPF, answering valid and the reason; `refuseMalformed`: non-digits and lengths are a 400. */
export function cpfDesign(
  refuseMalformed: boolean,
  repeatedSaid?: string,
  repeated = '111.111.111-11',
  formatted = false,
): FunctionDesign {
  const cases: { cpf: string; why: string }[] = [
    { cpf: '529.982.247-25', why: 'is a valid CPF written with its dots and dash' },
    { cpf: '11144477735', why: 'is a valid CPF written as 11 digits' },
    { cpf: '529.982.247-24', why: 'has a wrong second check digit' },
    { cpf: repeated, why: 'has eleven equal digits' },
    { cpf: '5299822472', why: 'has 10 digits' },
    { cpf: '529.982.24A-25', why: 'has a letter' },
  ];
  const answered = cases.map((c) => ({ ...c, answer: cpfReference(c.cpf) }));
  const malformed = (r: string | null) => r === 'length' || r === 'non_digit';
  const examples: WorkedExample[] = answered
    .filter((c) => !(refuseMalformed && malformed(c.answer.reason)))
    .map((c) => ({
      description: `${c.cpf} ${c.why}: valid is ${c.answer.valid}${c.answer.reason ? `, reason ${c.answer.reason}` : ''}${c.answer.reason === 'repeated' && repeatedSaid ? ` ("${repeatedSaid}")` : ''}.`,
      input: { cpf: c.cpf },
      output: {
        valid: c.answer.valid,
        reason: c.answer.reason,
        ...(formatted ? { formatted: cpfPrinted(c.cpf) } : {}),
      },
    }));
  const refusals = answered
    .filter((c) => refuseMalformed && malformed(c.answer.reason))
    .map((c) => ({ description: `${c.cpf} ${c.why} and is refused with 400.`, input: { cpf: c.cpf } }));
  return {
    function: CPF_CODE.id,
    method: 'POST',
    path: '/cpf/validate',
    summary: `Checks a Brazilian CPF: 11 digits, dots, dash and spaces ignored; the first check digit is 11 − (sum of the nine digits weighted 10 down to 2) mod 11, the second 11 − (sum of the ten digits weighted 11 down to 2) mod 11, each 0 when that is 10 or 11; a CPF of eleven equal digits is invalid even when its sums check out. ${
      refuseMalformed
        ? 'A CPF with a character other than digits, dots, dash and spaces, or without exactly 11 digits, is refused with 400; a wrong check digit or equal digits are a normal answer (valid false with the reason).'
        : 'An invalid CPF is a normal answer: valid false and the reason: non_digit, length (not 11 digits), repeated (eleven equal digits) or check_digit.'
    } An empty or missing CPF is refused with 400.${formatted ? ' It answers the CPF formatted as 000.000.000-00 (its 11 digits grouped 3.3.3-2; null when it has not 11 digits): formatado, formatiert, formateado, formaté, formattato.' : ''} ${CPF_WORDS}. ${VALIDITY_GLOSSARY}`,
    inputs: [
      { param: 'cpf', field: stringField('cpf', 'The CPF, with or without dots and dash', '529.982.247-25') },
    ],
    outputs: [
      { result: 'valid', field: 'valid', description: 'Whether the CPF is valid', example: true },
      {
        result: 'reason',
        field: 'reason',
        description: 'Why it is not valid: non_digit, length, repeated or check_digit (null when valid)',
        example: null,
      },
      ...(formatted
        ? [
            {
              result: 'formatted',
              field: 'formatted',
              description: 'The CPF formatted as 000.000.000-00 (null when not 11 digits)',
              example: '529.982.247-25',
            },
          ]
        : []),
    ],
    options: formatted ? { refuseMalformed, formatted } : { refuseMalformed },
    examples,
    refusals: [...refusals, { description: 'An empty CPF is refused.', input: { cpf: '' } }],
  };
}

const DNI_WORDS =
  'DNI (Documento Nacional de Identidad): 8 números y la letra de control, el resto de dividir entre 23 en la tabla TRWAGMYFPDXBNJZSQVHLCKE; Kontrollbuchstabe; lettre de contrôle; lettera di controllo; letra de controle';

/** The check of a Spanish DNI (and, with `nie`, an NIE), answering valid, the reason and the expected letter. */
export function dniDesign(nie: boolean, refuseMalformed = false, said?: string): FunctionDesign {
  const cases = [
    { dni: '12345678Z', why: 'is a valid DNI' },
    { dni: '00000000T', why: 'is a valid DNI (0 mod 23 is T)' },
    ...(nie ? [{ dni: 'X1234567L', why: 'is a valid NIE (X stands for 0)' }] : []),
    { dni: '12345678A', why: 'has the wrong letter' },
    { dni: '1234567Z', why: 'has 7 digits' },
    ...(nie ? [] : [{ dni: 'X1234567L', why: 'is an NIE, not a DNI' }]),
  ];
  const refused = (dni: string) => refuseMalformed && dniReference(dni, nie).reason === 'format';
  const examples: WorkedExample[] = cases
    .filter((c) => !refused(c.dni))
    .map((c) => {
      const a = dniReference(c.dni, nie);
      return {
        description: `${c.dni} ${c.why}: valid is ${a.valid}${a.reason ? `, reason ${a.reason}` : ''}${a.expectedLetter ? `, the letter should be ${a.expectedLetter}` : ''}.`,
        input: { dni: c.dni },
        output: { valid: a.valid, reason: a.reason, expected_letter: a.expectedLetter },
      };
    });
  return {
    function: DNI_CODE.id,
    method: 'POST',
    path: '/dni/validate',
    summary: `Checks a Spanish DNI: 8 digits and a control letter, the letter at position (number mod 23) of TRWAGMYFPDXBNJZSQVHLCKE; spaces and dashes ignored, upper or lower case. ${
      nie
        ? 'An NIE is accepted too: X, Y or Z (standing for 0, 1, 2) then 7 digits and the letter of the whole number.'
        : 'An NIE (starting with X, Y or Z) is no DNI: format.'
    } ${refuseMalformed ? 'Text that has not the form of a DNI (or NIE) is refused with 400; a wrong letter is a normal answer: valid false, reason letter, and the letter it should have.' : 'An invalid one is a normal answer: valid false with the reason format (not 8 digits and a letter) or letter (with the letter it should have).'} An empty or missing DNI is refused with 400. ${DNI_WORDS}${nie ? '; NIE (Número de Identidad de Extranjero): X, Y o Z' : ''}. ${VALIDITY_GLOSSARY}`,
    inputs: [{ param: 'dni', field: stringField('dni', 'The DNI (or NIE), e.g. 12345678Z', '12345678Z') }],
    outputs: [
      { result: 'valid', field: 'valid', description: 'Whether the DNI is valid', example: true },
      {
        result: 'reason',
        field: 'reason',
        description: 'Why it is not valid: format or letter (null when valid)',
        example: null,
      },
      {
        result: 'expectedLetter',
        field: 'expected_letter',
        description: 'The control letter the number should have when the letter is wrong (else null)',
        example: null,
      },
    ],
    options: { nie, refuseMalformed },
    examples,
    refusals: [
      ...cases
        .filter((c) => refused(c.dni))
        .map((c) => ({
          description: `${c.dni} ${c.why} and is refused with 400${said ? ` ("${said}")` : ''}.`,
          input: { dni: c.dni },
        })),
      { description: 'An empty DNI is refused.', input: { dni: '' } },
    ],
  };
}

/** Words that make a feature about producing numbers, not checking them ("generate valid CPFs"). */
const GENERATE = [
  'generate',
  'generates',
  'random',
  'gerar',
  'gere',
  'generar',
  'genera',
  'generer',
  'erzeugen',
  'generieren',
  'generare',
  'aleatorio',
  'aleatoire',
  'zufallig',
];
/** Words of identifiers this family does not check, beside which "DNI" or "CPF" is another document. */
const OTHERS = ['nif', 'nir', 'cnpj', 'rg', 'nss', 'steuerid', 'curp', 'rut', 'ssn'];
/** "Equal", "the same", "repeated" digits, in the languages features are written in. */
const EQUAL = [
  'equal',
  'same',
  'identical',
  'repeated',
  'iguais',
  'iguales',
  'iguals',
  'repetidos',
  'gleich',
  'gleiche',
  'gleichen',
  'identiques',
  'identici',
  'uguali',
  'ripetute',
  'mesmo',
  'mesmos',
];
/** Words of a value's form ("no tiene forma de DNI", "not in the form of", "formato"). */
const FORM = ['form', 'forma', 'format', 'formato', 'shape', 'aspecto', 'aussehen', 'forme', 'formed'];
/** Words accepting the NIE beside the DNI ("también se aceptan NIE"). */
const ACCEPT = [
  'accept',
  'accepts',
  'accepted',
  'also',
  'too',
  'aceptan',
  'acepta',
  'aceptar',
  'aceptados',
  'tambien',
  'akzeptiert',
  'auch',
  'accepte',
  'acceptes',
  'aussi',
  'accetta',
  'accettati',
  'anche',
  'aceita',
  'aceitos',
  'tambem',
];

function recogniseNationalId(text: string, words: string[]): Recognised {
  if (hasAny(words, OTHERS) || hasAny(words, GENERATE)) return null;
  const cpf = words.includes('cpf') || words.includes('cpfs');
  const dni = words.includes('dni') || words.includes('dnis');
  const nie = words.includes('nie') || words.includes('nies');
  if (cpf === (dni || nie)) return null;
  if (cpf) {
    // "Um CPF com os onze dígitos iguais … é inválido": the check's own rule said again, shown by its example.
    if (hasAny(words, EQUAL) && !asksValidity(words.filter((w) => !/^(?:invalid|inval|ungult)/.test(w)))) {
      const said = asSaid(text);
      // The equal digits it writes ("como 222.222.222-22") are its worked example.
      const written = (text.match(/\b\d{3}\.?\d{3}\.?\d{3}-?\d{2}\b/g) ?? []).find(
        (v) => cpfReference(v).reason === 'repeated',
      );
      return {
        constraint: {
          function: CPF_CODE.id,
          refusals: () => [],
          refine: (d) =>
            cpfDesign(d.options?.refuseMalformed === true, said, written, d.options?.formatted === true),
        },
      };
    }
    // "Devolver também o CPF formatado" adds the printed form to the check another feature asks for.
    const format = cpfFormatAsked(text, words);
    if (format === 'add-on') {
      const refine = (d: FunctionDesign) =>
        cpfDesign(d.options?.refuseMalformed === true, undefined, undefined, true);
      return { constraint: { function: CPF_CODE.id, refusals: () => [], refine } };
    }
    if (format === 'own') return { design: cpfDesign(refusesShape(text), undefined, undefined, true) };
    return asksValidity(words) ? { design: cpfDesign(refusesShape(text)) } : null;
  }
  // "También se aceptan NIE, que empiezan por X, Y o Z": the DNI check takes them too.
  if (nie && !dni && hasAny(words, ACCEPT)) {
    return {
      constraint: {
        function: DNI_CODE.id,
        refusals: () => [],
        refine: (d) => dniDesign(true, d.options?.refuseMalformed === true),
      },
    };
  }
  // "Si el texto no tiene forma de DNI ni de NIE, devolver un error 400": a malformed one is refused, not answered.
  if (
    refuses(words) &&
    hasAny(words, FORM) &&
    !asksValidity(words.filter((w) => !/^(?:valid|valido|valida)$/.test(w)))
  ) {
    const said = asSaid(text);
    const refined = (d: FunctionDesign) => dniDesign(d.options?.nie === true, true, said);
    return {
      constraint: {
        function: DNI_CODE.id,
        refusals: (d) => refined(d).refusals.filter((r) => r.input.dni !== ''),
        refine: refined,
      },
    };
  }
  return asksValidity(words) ? { design: dniDesign(nie) } : null;
}

export const NATIONAL_IDS: CatalogFamily = {
  name: 'national-ids',
  functions: [CPF_CODE, DNI_CODE],
  recognise: recogniseNationalId,
};
