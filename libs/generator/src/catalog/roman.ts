import {
  integerField,
  stringField,
  type CatalogFamily,
  type FunctionDesign,
  type Recognised,
  type Refusal,
} from './catalog-entry';
import { glossIn, hasAny, languagesOf, refuses, type Language } from './feature-words';
import { FROM_ROMAN_CODE, TO_ROMAN_CODE } from './roman-code';
import { exampleDirection, type Direction } from './roman-example';
import { FROM_ROMAN_REFERENCE, TO_ROMAN_REFERENCE, numberOf, romanOf } from './roman-reference';
import { readFeatureLiterals, readInputRules, type FieldRule } from '@sf/service-spec';
/*
 * Roman numerals both ways: a whole number from 1 to 3999 to its canonical numeral, and a canonical numeral
 * (either case) back to its number, refusing numbers outside 1..3999 and numerals that are not canonical
 * (IIII, VX, IC). The direction is read from where the feature sends the value ("to Roman numerals",
 * "romano a entero", "in Dezimalzahlen"); a feature that only says what to refuse constrains a conversion.
 */

/** Roman numerals written out by hand (clock faces, film copyright years, inscriptions): number → numeral. */
const ROMAN_FACTS: Record<number, string> = {
  1: 'I',
  2: 'II',
  3: 'III',
  4: 'IV',
  5: 'V',
  6: 'VI',
  7: 'VII',
  8: 'VIII',
  9: 'IX',
  10: 'X',
  12: 'XII',
  14: 'XIV',
  19: 'XIX',
  27: 'XXVII',
  40: 'XL',
  42: 'XLII',
  44: 'XLIV',
  49: 'XLIX',
  50: 'L',
  58: 'LVIII',
  90: 'XC',
  99: 'XCIX',
  100: 'C',
  400: 'CD',
  444: 'CDXLIV',
  500: 'D',
  900: 'CM',
  944: 'CMXLIV',
  1000: 'M',
  1066: 'MLXVI',
  1492: 'MCDXCII',
  1666: 'MDCLXVI',
  1776: 'MDCCLXXVI',
  1944: 'MCMXLIV',
  1954: 'MCMLIV',
  1984: 'MCMLXXXIV',
  1987: 'MCMLXXXVII',
  1990: 'MCMXC',
  1994: 'MCMXCIV',
  1999: 'MCMXCIX',
  2000: 'MM',
  2001: 'MMI',
  2019: 'MMXIX',
  2020: 'MMXX',
  2021: 'MMXXI',
  2022: 'MMXXII',
  2023: 'MMXXIII',
  2024: 'MMXXIV',
  2025: 'MMXXV',
  3888: 'MMMDCCCLXXXVIII',
  3999: 'MMMCMXCIX',
};
const NUMBER_OF_NUMERAL = new Map(Object.entries(ROMAN_FACTS).map(([n, r]) => [r, Number(n)]));

/** Strings that are not canonical Roman numerals, and how the number is written instead. */
const NOT_CANONICAL: Record<string, string> = {
  IIII: 'IIII repeats I four times; 4 is written IV',
  VX: 'VX subtracts V, which is never subtracted; 5 is written V',
  IC: 'IC subtracts I from C, which only X may do; 99 is written XCIX',
  IIV: 'IIV subtracts two I; 3 is written III',
  IIX: 'IIX subtracts two I; 8 is written VIII',
  VV: 'VV repeats V; 10 is written X',
  LL: 'LL repeats L; 100 is written C',
  DD: 'DD repeats D; 1000 is written M',
  XXXX: 'XXXX repeats X four times; 40 is written XL',
  CCCC: 'CCCC repeats C four times; 400 is written CD',
  MMMM: 'MMMM would be 4000, beyond MMMCMXCIX (3999)',
  IL: 'IL subtracts I from L; 49 is written XLIX',
  IM: 'IM subtracts I from M; 999 is written CMXCIX',
  XM: 'XM subtracts X from M; 990 is written CMXC',
  VL: 'VL subtracts V; 45 is written XLV',
  ABC: 'ABC has letters that are not Roman numerals',
};

/** Miswritten numerals that are no word, code or format of another kind ("IC", "DD" and "ABC" may well be). */
const UNMISTAKABLE = new Set(['IIII', 'VX', 'IIV', 'IIX', 'XXXX', 'CCCC', 'MMMM', 'VL', 'IL', 'IM', 'XM']);

const ROMAN_WORDS = [
  'roman',
  'romano',
  'romanos',
  'romana',
  'romanas',
  'romain',
  'romains',
  'romaine',
  'romaines',
  'romisch',
  'romische',
  'romischen',
  'romischer',
  'romisches',
  'romani',
  'romane',
];
/** Words for the plain number side of the conversion. */
const INTEGER_WORDS = [
  ...['integer', 'integers', 'int', 'number', 'numbers', 'decimal', 'decimals', 'arabic'],
  ...['zahl', 'zahlen', 'ganzzahl', 'ganzzahlen', 'dezimalzahl', 'dezimalzahlen', 'arabische', 'arabischen'],
  ...['numero', 'numeros', 'entero', 'enteros', 'decimales', 'arabigo', 'arabigos'],
  ...['nombre', 'nombres', 'entier', 'entiers', 'decimaux', 'arabe', 'arabes'],
  ...['numeri', 'intero', 'interi', 'decimale', 'decimali', 'arabo', 'arabi'],
  ...['inteiro', 'inteiros', 'decimais'],
];
/** Words that say a numeral is meant (with a Roman word, the domain is Roman numerals, not a name). */
const NUMERAL_WORDS = [
  ...INTEGER_WORDS,
  ...['numeral', 'numerals', 'ziffer', 'ziffern', 'zahlzeichen', 'chiffre', 'chiffres', 'cifra', 'cifras'],
  ...['numerali', 'numerale', 'cifre', 'algarismo', 'algarismos', 'numeracion', 'numeration', 'numeracao'],
];
/** Words after which the target is named ("to", "para"; what comes back: "… and get the number back"). */
const TARGET_MARKERS =
  'to into as in zu nach ins en al vers para em get gets receive receives returns answers'.split(' ');
/** Words after which the source is named ("from"; what is sent: "send roman numerals and get the number back"). */
const SOURCE_MARKERS =
  'from for von aus desde depuis dai dalla dalle send sends enter enters type given paste submit'.split(' ');
const READ_VERBS = (
  'parse parses parsing decode decodes interpret interprets evaluate read value lesen auswerten wert interpretar ' +
  'decodificar valor lire valeur interpreter leggere interpretare valore ler'
).split(' ');
const WRITE_VERBS = (
  'format formats encode encodes write writes render renders spell formatieren schreiben darstellen escribir ' +
  'formatear ecrire formater scrivere formattare escrever formatar'
).split(' ');
const NOT_CANONICAL_WORDS = [
  ...['canonical', 'noncanonical', 'malformed', 'kanonisch', 'kanonische', 'ungultig', 'ungultige'],
  ...['canonico', 'canonicos', 'canonicas', 'canonique', 'canoniques', 'canonici', 'canonica'],
  ...['invalid', 'invalido', 'invalidos', 'invalida', 'invalidas', 'invalide', 'invalides', 'invalidi'],
];
const RANGE_WORDS = [
  ...['outside', 'range', 'ausserhalb', 'bereich', 'bereichs', 'fuera', 'rango', 'hors', 'plage'],
  ...['fuori', 'intervallo', 'fora', 'intervalo', 'faixa'],
];
/** Words a feature that only states the 1..3999 range may use besides numbers and refusal words. */
const RANGE_ONLY_WORDS = new Set([
  ...RANGE_WORDS,
  ...INTEGER_WORDS,
  ...['value', 'values', 'input', 'inputs', 'wert', 'werte', 'valor', 'valores', 'valeur', 'valeurs'],
  ...['valore', 'valori', 'out', 'of', 'the', 'a', 'an', 'any', 'all', 'is', 'are', 'be', 'must', 'should'],
  ...['will', 'with', 'that', 'than', 'above', 'below', 'greater', 'less', 'larger', 'smaller', 'over'],
  ...['under', 'exceed', 'exceeds', 'exceeding', 'zero', 'negative', 'negatives', 'between', 'from', 'to'],
  ...['and', 'or', 'allowed', 'permitted', 'valid', 'bounds', 'limits', 'status', 'http', 'bad'],
  ...['request', 'bis', 'und', 'oder', 'zwischen', 'von', 'uber', 'unter', 'sind', 'werden', 'mussen'],
  ...['sollen', 'ist', 'die', 'der', 'des', 'den', 'dem', 'alle', 'gultigen', 'erlaubten', 'y', 'o', 'entre'],
  ...['de', 'del', 'el', 'la', 'los', 'las', 'un', 'una', 'deben', 'debe', 'ser', 'son', 'se', 'que'],
  ...['mayores', 'menores', 'permitido', 'et', 'ou', 'les', 'le', 'une', 'doivent', 'doit', 'etre'],
  ...['sont', 'superieurs', 'inferieurs', 'e', 'tra', 'fra', 'da', 'di', 'il', 'i', 'gli', 'devono'],
  ...['deve', 'essere', 'sono', 'maggiori', 'minori', 'consentito', 'os', 'as', 'um', 'uma', 'devem'],
  ...['sao', 'maiores', 'permitidos', 'em', 'en', 'in', 'con', 'com', 'mit', 'par', 'per', 'por'],
  ...['example', 'eg', 'such', 'like', 'beispiel', 'zum', 'wie', 'ejemplo', 'como', 'exemple', 'comme'],
  ...['esempio', 'come', 'exemplo', 'ex', 'z', 'b', 'g', 'non', 'return', 'returns', 'give', 'gives'],
]);

/** The feature's own words with accents folded and case kept (arrows read as "to"), and its punctuation. */
function tokensOf(text: string): string[] {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/->|=>|→|⇒|➔/g, ' to ');
  return folded.match(/[\p{L}\p{N}]+|[.,;:!?()]/gu) ?? [];
}

/** Upper-case tokens the feature writes as Roman numerals (or non-canonical attempts at them). */
function numeralsWritten(tokens: string[]): string[] {
  return tokens.filter((t) => t.length >= 2 && (NUMBER_OF_NUMERAL.has(t) || t in NOT_CANONICAL));
}

/** The integers a feature writes ("1..3999", "-5", "4,000"), a range's dash not read as a minus. */
function integersWritten(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/(^|[^\p{L}\p{N}])(-?)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?![\p{L}\d])/gu)) {
    const minus = m[2] === '-' && (m[1] === '' || /\s|\(/.test(m[1]));
    const value = Number(m[3].replace(/,/g, '')) * (minus ? -1 : 1);
    if (!found.includes(value)) found.push(value);
  }
  return found;
}
const isRomanWord = (token: string | undefined) => ROMAN_WORDS.includes(token?.toLowerCase() ?? '');

/**
 * Which side the words after a marker name, up to the clause's end: Roman numerals ("römische Zahlen",
 * "MCMXCIV", "números romanos"), a plain number ("integers", "Dezimalzahlen"), or neither.
 */
function sideOf(window: string[]): 'roman' | 'integer' | null {
  for (const [i, token] of window.entries()) {
    if (/^[.,;:!?()]$/.test(token)) return null;
    if (isRomanWord(token) || numeralsWritten([token]).length > 0) return 'roman';
    if (INTEGER_WORDS.includes(token.toLowerCase())) return isRomanWord(window[i + 1]) ? 'roman' : 'integer';
  }
  return null;
}

/** The direction the feature converts in, read from where it sends the value; null when it does not say. */
function directionOf(tokens: string[], languages: Language[]): Direction | null {
  const targets = hasAny(languages, ['es', 'it']) ? [...TARGET_MARKERS, 'a'] : TARGET_MARKERS;
  let vote: Direction | null = null;
  tokens.forEach((token, i) => {
    const word = token.toLowerCase();
    // "such as MCMXCIV" gives an example, not a target.
    const target = targets.includes(word) && !(word === 'as' && tokens[i - 1]?.toLowerCase() === 'such');
    if (!target && !SOURCE_MARKERS.includes(word)) return;
    const side = sideOf(tokens.slice(i + 1, i + 5));
    if (side) vote = (side === 'roman') === target ? 'to-roman' : 'from-roman';
  });
  if (vote) return vote;
  const example = exampleDirection(tokens, (t) => numeralsWritten([t]).length > 0);
  if (example) return example;
  const words = tokens.map((t) => t.toLowerCase());
  const reads = hasAny(words, READ_VERBS);
  const writes = hasAny(words, WRITE_VERBS);
  if (reads === writes) return null;
  return reads ? 'from-roman' : 'to-roman';
}

const TO_ROMAN_GLOSS: Partial<Record<Language, string>> = {
  de: ' Dezimalzahlen (ganze Zahlen, Ganzzahlen von 1 bis 3999) in römische Zahlen (römische Ziffern) umwandeln.',
  es: ' Convierte un número entero de 1 a 3999 en números romanos (numeración romana).',
  fr: ' Convertit un nombre entier de 1 à 3999 en chiffres romains (numération romaine).',
  it: ' Converte un numero intero da 1 a 3999 in numeri romani (numerazione romana).',
  pt: ' Converte um número inteiro de 1 a 3999 em números romanos (algarismos romanos).',
};
const FROM_ROMAN_GLOSS: Partial<Record<Language, string>> = {
  de: ' Römische Zahlen (römische Ziffern) in Dezimalzahlen (ganze Zahlen, Ganzzahlen) umwandeln; nur die kanonische Schreibweise gilt.',
  es: ' Convierte un número romano en número entero (decimal); sólo se aceptan numerales romanos canónicos.',
  fr: ' Convertit des chiffres romains en nombre entier (décimal) ; seule l’écriture romaine canonique est acceptée.',
  it: ' Converte un numero romano in numero intero (decimale); solo numeri romani canonici.',
  pt: ' Converte um número romano (algarismos romanos) em número inteiro (decimal); só a forma canônica.',
};

const OUT_OF_RANGE_GLOSS: Partial<Record<Language, string>> = {
  de: ' Zahlen außerhalb des Bereichs 1 bis 3999 werden abgelehnt.',
  es: ' Los números fuera del rango de 1 a 3999 se rechazan.',
  fr: ' Les nombres hors de la plage 1 à 3999 sont refusés.',
  it: " I numeri fuori dall'intervallo da 1 a 3999 vengono rifiutati.",
  pt: ' Números fora do intervalo de 1 a 3999 são recusados.',
};
const NOT_CANONICAL_GLOSS: Partial<Record<Language, string>> = {
  de: ' Keine kanonische (gültige) römische Zahl, ungültige oder falsch geschriebene Zahlzeichen: abgelehnt.',
  es: ' No es un número romano canónico (válido), un numeral mal escrito: se rechaza.',
  fr: ' Pas un chiffre romain canonique (valide), un numéral mal écrit : refusé.',
  it: ' Non è un numero romano canonico (valido), un numerale scritto male: i numeri romani scritti male vengono rifiutati.',
  pt: ' Não é um número romano canônico (válido), um numeral mal escrito: recusado.',
};

/** Why a whole number outside 1..3999 has no Roman numeral, naming 1 and 3999 as the feature does. */
function outOfRange(n: number, field: string, languages: Language[]): Refusal {
  const why =
    n === 0
      ? '0 has no Roman numeral (the Romans wrote no zero)'
      : n < 0
        ? `${n} is negative, below 1`
        : `${n} is above 3999 (MMMCMXCIX), the largest canonical Roman numeral`;
  return {
    description: `${why}: it is out of the range of integers 1 to 3999 that Roman numerals write, so it is refused.${glossIn(OUT_OF_RANGE_GLOSS, languages)}`,
    input: { [field]: n },
  };
}

function rangeRefusals(written: number[], field: string, languages: Language[]): Refusal[] {
  const outside = written.filter((n) => Number.isInteger(n) && (n < 1 || n > 3999));
  return [...new Set([...outside, 0, 4000, -1])]
    .slice(0, Math.max(3, outside.length))
    .map((n) => outOfRange(n, field, languages));
}

function notCanonical(written: string[], field: string, languages: Language[]): Refusal[] {
  const invalid = written.filter((t) => t in NOT_CANONICAL);
  return [...new Set([...invalid, 'IIII', 'VX', 'IC'])]
    .slice(0, Math.max(3, invalid.length))
    .map((numeral) => ({
      description: `${NOT_CANONICAL[numeral]}: "${numeral}" is not a canonical (valid) Roman numeral and is refused.${glossIn(NOT_CANONICAL_GLOSS, languages)}`,
      input: { [field]: numeral },
    }));
}

/** The canonical numeral of `n` by the reference semantics, or null outside 1 to 3999 / not whole. */
function numeralOf(n: number): string | null {
  const answer = romanOf(n);
  return answer.ok ? String(answer.results.roman) : null;
}

/** The number a canonical numeral (either case) writes by the reference semantics, or null. */
function valueOf(numeral: string): number | null {
  const answer = numberOf(numeral);
  return answer.ok ? Number(answer.results.number) : null;
}

function toRomanDesign(languages: Language[], written: number[]): FunctionDesign {
  // Every whole number the feature writes within 1 to 3999 gets its worked example ("2026 is MMXXVI").
  const known = written.filter((n) => numeralOf(n) !== null);
  const numbers = [...new Set([...known, 1994, 4, 3999, 1])].slice(0, Math.max(4, known.length));
  return {
    function: TO_ROMAN_CODE.id,
    method: 'POST',
    path: '/roman/to-roman',
    summary:
      'Converts a whole number (integer) from 1 to 3999 to its canonical Roman numeral, written the classic way (I = 1, V = 5, X = 10, L = 50, ' +
      'C = 100, D = 500, M = 1000; in the standard subtractive notation a smaller numeral before a larger one ' +
      'subtracts, only in IV, IX, XL, XC, CD and CM): 1994 is MCMXCIV. Numbers outside 1 to 3999 (0, negative numbers, 4000 and above) are refused ' +
      `with 400.${glossIn(TO_ROMAN_GLOSS, languages)}`,
    inputs: [
      {
        param: 'number',
        field: integerField('number', 'Whole number from 1 to 3999 to write in Roman numerals', 1994),
      },
    ],
    outputs: [
      { result: 'roman', field: 'roman', description: 'The canonical Roman numeral', example: 'MCMXCIV' },
    ],
    examples: numbers.map((n) => ({
      description: `${n} is ${numeralOf(n)} in Roman numerals.`,
      input: { number: n },
      output: { roman: numeralOf(n) },
    })),
    refusals: rangeRefusals(written, 'number', languages),
    reference: TO_ROMAN_REFERENCE,
  };
}

function fromRomanDesign(languages: Language[], numerals: string[], written: number[]): FunctionDesign {
  const known = [
    ...numerals.filter((t) => valueOf(t) !== null),
    ...written.map(numeralOf).filter((t): t is string => t !== null),
  ];
  const chosen = [...new Set([...known, 'MCMXCIV', 'mmxxiv', 'IX', 'MMMCMXCIX'])];
  return {
    function: FROM_ROMAN_CODE.id,
    method: 'POST',
    path: '/roman/to-number',
    summary:
      'Converts a canonical Roman numeral (I to MMMCMXCIX, upper or lower case) to the whole number it ' +
      'writes, 1 to 3999 (I = 1, V = 5, X = 10, L = 50, C = 100, D = 500, M = 1000; IV, IX, XL, XC, CD, CM ' +
      'subtract): MCMXCIV is 1994. A numeral that is not canonical (IIII, VX, IC), empty or with other ' +
      `letters is refused with 400.${glossIn(FROM_ROMAN_GLOSS, languages)}`,
    inputs: [
      {
        param: 'roman',
        field: stringField(
          'roman',
          'Roman numeral, canonical, upper or lower case (I to MMMCMXCIX)',
          'MCMXCIV',
        ),
      },
    ],
    outputs: [
      {
        result: 'number',
        field: 'number',
        description: 'The whole number the Roman numeral writes (1 to 3999)',
        example: 1994,
      },
    ],
    examples: chosen.slice(0, Math.max(4, known.length)).map((numeral) => {
      const n = valueOf(numeral) ?? 0;
      const lower = numeral !== numeral.toUpperCase();
      return {
        description: lower
          ? `Lower-case ${numeral} is read as ${numeral.toUpperCase()}, the Roman numeral for ${n}.`
          : `${numeral} is ${n} in Roman numerals.`,
        input: { roman: numeral },
        output: { number: n },
      };
    }),
    refusals: notCanonical(numerals, 'roman', languages),
    reference: FROM_ROMAN_REFERENCE,
  };
}

/** Names of a field that holds a Roman numeral (`roman`, `numeral`, `romano`, `roemisch`). */
const NUMERAL_NAME = /roman|numeral|romain|romisch|roemisch|romano/i;

/**
 * The direction the API a feature writes out states (`GET /roman/{n}` answering `{"roman": string}`, or one
 * answering `{"value": integer}` for `{numeral}`): a Roman numeral answered means to Roman, a number answered
 * from it; without an answer typed, the one input's name or type says what is sent. Null when it says neither.
 */
function literalDirection(text: string): Direction | null {
  const literals = readFeatureLiterals(text);
  if (literals.routes.length !== 1) return null;
  const answers = literals.response;
  const answersNumeral = answers.some((f) => f.type === 'string' && NUMERAL_NAME.test(f.name));
  const answersNumber = answers.some((f) => f.type === 'integer' || f.type === 'number');
  if (answersNumeral !== answersNumber) return answersNumeral ? 'to-roman' : 'from-roman';
  // Answers named without types (`{"roman", "n"}`) tell no direction by them: the one input's name does.
  if (answers.some((f) => f.type !== undefined)) return null;
  const inputs = [
    ...[...literals.routes[0].path.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => ({
      name: m[1],
      type: undefined,
    })),
    ...literals.queryFields,
    ...literals.request,
  ];
  if (inputs.length !== 1) return null;
  const [input] = inputs;
  if (NUMERAL_NAME.test(input.name)) return 'from-roman';
  const numberName = /^(n|num|number|zahl|numero|nombre|integer|int|value)$/i.test(input.name);
  return input.type === 'integer' || input.type === 'number' || numberName ? 'to-roman' : null;
}

/** Whether a range a feature accepts is within the numerals' own, 1..3999, with its ends at theirs. */
function numeralRange(rule: FieldRule): boolean {
  const low = rule.minimum ?? (rule.exclusive_minimum === undefined ? undefined : rule.exclusive_minimum + 1);
  const high =
    rule.maximum ?? (rule.exclusive_maximum === undefined ? undefined : rule.exclusive_maximum - 1);
  return (low === undefined || low === 1) && (high === undefined || high === 3999);
}

/**
 * Whether a feature refuses exactly what lies outside 1..3999, both ends written ("only 1 to 3999 can be written
 * the classic way, so anything outside that is refused"): the numerals' own range, whatever it calls the numbers.
 */
function statesNumeralRange(text: string): boolean {
  const clauses = readInputRules(text)?.clauses ?? [];
  return (
    clauses.length > 0 &&
    clauses.every((c) => c.kind !== 'bound' || numeralRange(c.rule ?? {})) &&
    clauses.some((c) => c.kind === 'bound' && c.rule?.minimum === 1 && c.rule?.maximum === 3999)
  );
}

/** Whether a feature only states the 1..3999 range ("reject numbers outside 1..3999", "out of range"). */
function onlyRange(text: string, words: string[], written: number[], roman: boolean): boolean {
  // "numbers outside 1 to 5000 are rejected" states an end the numerals do not have: it says 4000 is answered.
  if ((readInputRules(text)?.clauses ?? []).some((c) => c.kind === 'bound' && !numeralRange(c.rule ?? {})))
    return false;
  const pure = words.every(
    (w) => /^\d+$/.test(w) || RANGE_ONLY_WORDS.has(w) || refuses([w]) || ROMAN_WORDS.includes(w),
  );
  const hasRange = hasAny(words, RANGE_WORDS) || written.some((n) => n === 3999 || n === 4000);
  const numeral = hasAny(words, NUMERAL_WORDS);
  return (pure && hasRange) || (numeral && (written.includes(3999) || (roman && hasRange)));
}

export const ROMAN: CatalogFamily = {
  name: 'roman',
  functions: [TO_ROMAN_CODE, FROM_ROMAN_CODE],
  recognise(text: string, words: string[]): Recognised {
    const tokens = tokensOf(text);
    const numerals = numeralsWritten(tokens);
    const written = integersWritten(text);
    const roman = hasAny(words, ROMAN_WORDS);
    const languages = languagesOf(words);
    const shaped = roman ? literalDirection(text) : null;
    if (roman && (hasAny(words, NUMERAL_WORDS) || numerals.length > 0 || shaped)) {
      // The API written out says it more surely than the words around it (a parameter named `value`).
      const direction = shaped ?? directionOf(tokens, languages);
      if (direction === 'to-roman') return { design: toRomanDesign(languages, written) };
      if (direction === 'from-roman') return { design: fromRomanDesign(languages, numerals, written) };
    }
    // "IIII, VX, IC or MMMM -> 400" says the status with an arrow instead of a verb.
    if (!refuses(words) && !/(?:->|→|=>)\s*4\d\d\b/.test(text)) return null;
    // Numerals that are not canonical, named as such beside a Roman word or written out ("IIII, VX"): the
    // reading's refusals; the range 1..3999 said in words or as its two ends: the writing's.
    // Miswritten numerals no other notation writes (IIII, VX) are the numerals' even where "Roman" is not said.
    const unmistakable = numerals.some((t) => UNMISTAKABLE.has(t));
    const malformed =
      (roman || unmistakable) &&
      (hasAny(words, NOT_CANONICAL_WORDS) || numerals.some((t) => t in NOT_CANONICAL));
    const ranged = onlyRange(text, words, written, roman) || statesNumeralRange(text);
    const notCanonicalOf = (design: FunctionDesign) =>
      notCanonical(numerals, design.inputs[0].field.name, languages);
    const outsideOf = (design: FunctionDesign) =>
      rangeRefusals(written, design.inputs[0].field.name, languages);
    if (malformed && ranged) {
      // "malformed numerals (IIII, VX) and numbers outside 1..3999": each half is said of one direction, so the
      // feature joins every conversion the intent has, each with the refusals of what it reads.
      const refusals = (design: FunctionDesign) =>
        design.function === FROM_ROMAN_CODE.id ? notCanonicalOf(design) : outsideOf(design);
      return {
        constraint: { function: FROM_ROMAN_CODE.id, functions: [TO_ROMAN_CODE.id], each: true, refusals },
      };
    }
    if (malformed) return { constraint: { function: FROM_ROMAN_CODE.id, refusals: notCanonicalOf } };
    if (ranged) return { constraint: { function: TO_ROMAN_CODE.id, refusals: outsideOf } };
    return null;
  },
};
