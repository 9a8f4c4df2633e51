import { stringField, type FunctionCode, type FunctionDesign } from './catalog-entry';
import { ibanReference } from './text-checks-reference';
import { invalidAnswer, pickFacts, VALIDITY_GLOSSARY } from './checks-shared';

/*
 * IBANs (ISO 13616): the country's length and the ISO 7064 MOD 97-10 check. The facts are the IBANs the
 * standard's registry and the usual references publish as examples, written out by hand.
 */

interface IbanFact {
  value: string;
  valid: boolean;
  country: string;
  why: string;
}

export const IBAN_FACTS: IbanFact[] = [
  { value: 'GB82 WEST 1234 5698 7654 32', valid: true, country: 'GB', why: 'is a valid British IBAN' },
  { value: 'DE89 3704 0044 0532 0130 00', valid: true, country: 'DE', why: 'is a valid German IBAN' },
  { value: 'GB82 TEST 1234 5698 7654 32', valid: false, country: 'GB', why: 'fails the mod 97 check' },
  { value: 'FR14 2004 1010 0505 0001 3M02 606', valid: true, country: 'FR', why: 'is a valid French IBAN' },
  { value: 'NL91 ABNA 0417 1643 00', valid: true, country: 'NL', why: 'is a valid Dutch IBAN' },
  { value: 'BE68 5390 0754 7034', valid: true, country: 'BE', why: 'is a valid Belgian IBAN' },
  { value: 'CH93 0076 2011 6238 5295 7', valid: true, country: 'CH', why: 'is a valid Swiss IBAN' },
  { value: 'ES91 2100 0418 4502 0005 1332', valid: true, country: 'ES', why: 'is a valid Spanish IBAN' },
  { value: 'IT60 X054 2811 1010 0000 0123 456', valid: true, country: 'IT', why: 'is a valid Italian IBAN' },
  { value: 'AT61 1904 3002 3457 3201', valid: true, country: 'AT', why: 'is a valid Austrian IBAN' },
  { value: 'GB29 NWBK 6016 1331 9268 19', valid: true, country: 'GB', why: 'is a valid British IBAN' },
  { value: 'GB82 WEST 1234 5698 7654 33', valid: false, country: 'GB', why: 'fails the mod 97 check' },
  { value: 'DE89 3704 0044 0532 0130 01', valid: false, country: 'DE', why: 'fails the mod 97 check' },
  {
    value: 'GB82 WEST 1234 5698 7654 3',
    valid: false,
    country: 'GB',
    why: 'is 21 characters long (a British IBAN has 22)',
  },
];
const USUAL = [IBAN_FACTS[0], IBAN_FACTS[1], IBAN_FACTS[2], IBAN_FACTS[3]];

/** IBAN lengths by country, from the SWIFT IBAN registry (ISO 13616). */
const LENGTHS =
  'AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BI:27 BR:29 BY:28 CH:21 CR:22 CY:28 CZ:24 DE:22 DJ:27 ' +
  'DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FK:18 FO:18 FR:27 GB:22 GE:22 GI:23 GL:18 GR:27 GT:28 HN:28 HR:21 HU:28 ' +
  'IE:22 IL:23 IQ:23 IS:26 IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 LI:21 LT:20 LU:20 LV:21 LY:25 MC:27 MD:24 ME:22 ' +
  'MK:19 MN:20 MR:27 MT:31 MU:30 NI:28 NL:18 NO:15 OM:23 PK:24 PL:28 PS:29 PT:25 QA:29 RO:24 RS:22 RU:33 SA:24 ' +
  'SC:31 SD:18 SE:24 SI:19 SK:24 SM:27 SO:23 ST:25 SV:28 TL:23 TN:24 TR:26 UA:29 VA:22 VG:24 XK:20 YE:30';

export const IBAN_CODE: FunctionCode = {
  id: 'iban.validate',
  exportName: 'validateIban',
  source: `/** iban.validate: IBAN lengths by country (SWIFT IBAN registry, ISO 13616). */
const IBAN_VALIDATE_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  ${JSON.stringify(LENGTHS)}.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(3))]),
);

/** iban.validate: the remainder mod 97 of an IBAN's characters read as digits (A = 10 … Z = 35). */
const IBAN_VALIDATE_MOD97 = (text: string): number => {
  let rest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = (value >= 10 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest;
};

/** iban.validate: whether an IBAN (letters, digits and spaces) is valid, and its 2-letter country prefix. */
export const validateIban: CatalogFunction = (input, options) => {
  const text = String(input.iban);
  if (!/^[A-Za-z0-9 ]*$/.test(text)) return { ok: false, problems: ['an IBAN has only letters, digits and spaces'] };
  const iban = text.replace(/ /g, '').toUpperCase();
  if (iban.length === 0) return { ok: false, problems: ['an IBAN needs letters and digits'] };
  const country = /^[A-Z]{2}/.test(iban) ? iban.slice(0, 2) : null;
  let problem: string | null = null;
  if (country === null || !Object.hasOwn(IBAN_VALIDATE_LENGTHS, country)) {
    problem = 'the IBAN does not begin with the code of a country that uses IBANs';
  } else if (iban.length !== IBAN_VALIDATE_LENGTHS[country]) {
    problem = 'an IBAN of ' + country + ' has ' + String(IBAN_VALIDATE_LENGTHS[country]) + ' characters, not ' + String(iban.length);
  } else if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban) || Number(iban.slice(2, 4)) < 2 || Number(iban.slice(2, 4)) > 98) {
    problem = 'the IBAN check digits must be 2 digits from 02 to 98';
  } else if (IBAN_VALIDATE_MOD97(iban.slice(4) + iban.slice(0, 4)) !== 1) {
    problem = 'the IBAN fails the mod 97 check';
  }
  if (problem !== null && options.refuseInvalid === true) return { ok: false, problems: [problem] };
  // The print format (ISO 13616 / EBS 204): upper case, in groups of four separated by one space; the electronic
  // format: upper case without spaces.
  const formatted = problem === null ? iban.replace(/(.{4})(?!$)/g, '$1 ') : null;
  const normalized = problem === null ? iban : null;
  const value: Record<string, unknown> = { valid: problem === null, country, formatted, normalized };
  // options.country_name: also the country's name in that language (a locale: en, de, es, …), null when invalid.
  if (typeof options.country_name === 'string' && options.country_name !== '') {
    const names = new Intl.DisplayNames([options.country_name], { type: 'region' });
    value.country_name = problem === null && country !== null ? (names.of(country) ?? null) : null;
  }
  // options.mask_keep: also the valid IBAN masked, every character but the last mask_keep replaced by "*".
  const keep = Number(options.mask_keep ?? 0);
  if (keep > 0) value.masked = problem === null ? '*'.repeat(Math.max(0, iban.length - keep)) + iban.slice(-keep) : null;
  return { ok: true, value };
};`,
};

const IBAN_WORDS =
  'IBAN: internationale Bankkontonummer (Kontonummer, Ländercode, Prüfsumme); número de cuenta bancaria internacional (código de país, suma de control); numéro de compte bancaire international (code pays, clé de contrôle); codice IBAN del conto bancario (codice paese); número de conta bancária internacional (código do país). Spaces are allowed and dropped before the check: Leerzeichen sind erlaubt (werden ignoriert), Kleinbuchstaben akzeptiert; se admiten espacios (espacios permitidos, ignorados) y minúsculas (aceptadas); les espaces sont autorisés (ignorés) et les minuscules acceptées; gli spazi sono ammessi (consentiti, ignorati) e le minuscole accettate; espaços são permitidos (ignorados) e minúsculas são aceitas. Modulo 97 and the length for its country: Modulo 97 und Länge je Land; módulo 97 y longitud según el país; modulo 97 et longueur selon le pays; modulo 97 e lunghezza secondo il paese; módulo 97 e comprimento conforme o país';

/** The check of an IBAN, answering `valid` and `country` (or refusing an invalid IBAN when asked to). */
export function ibanDesign(text: string, refuseInvalid: boolean): FunctionDesign {
  const facts = pickFacts(text, IBAN_FACTS, USUAL, 4, true);
  const examples = facts.filter((f) => !refuseInvalid || f.valid);
  const invalid = refuseInvalid ? facts.filter((f) => !f.valid).slice(0, 1) : [];
  if (refuseInvalid && invalid.length === 0) invalid.push(IBAN_FACTS[2]);
  return {
    function: IBAN_CODE.id,
    method: 'POST',
    path: '/iban/validate',
    summary: `Checks an IBAN (International Bank Account Number, ISO 13616), whether its format is correct: spaces are ignored and letters may be lower-case; the first 2 letters are the country code, then come 2 check digits (02 to 98) and the account number (BBAN); the length is fixed per country (22 characters for GB and DE, 27 for FR, 15 to 34 in all); the first 4 characters are moved to the end, each letter becomes 2 digits (A = 10 … Z = 35), and the IBAN is valid when that number mod 97 is 1 (ISO 7064 MOD 97-10). The country is the 2-letter prefix. ${invalidAnswer(refuseInvalid, 'IBAN')} A string with anything but letters, digits and spaces is refused with 400, as is an empty one. ${IBAN_WORDS}. ${VALIDITY_GLOSSARY}`,
    inputs: [
      {
        param: 'iban',
        field: stringField(
          'iban',
          'IBAN to check: letters, digits and spaces (IBAN prüfen; validar el IBAN; vérifier l’IBAN; controllare il codice IBAN; validar o IBAN)',
          'GB82 WEST 1234 5698 7654 32',
        ),
      },
    ],
    outputs: [
      {
        result: 'valid',
        field: 'valid',
        description: 'Whether the IBAN is valid (country length and mod 97 check)',
        example: true,
      },
      {
        result: 'country',
        field: 'country',
        description:
          'The country code: the 2-letter prefix of the IBAN (null when it does not begin with 2 letters)',
        names: 'country land landes landercode laendercode pais pays paese',
        example: 'GB',
      },
    ],
    options: { refuseInvalid },
    examples: examples.map((f) => ({
      description: `IBAN ${f.value} ${f.why}: valid is ${f.valid}, country ${f.country}.`,
      input: { iban: f.value },
      output: { valid: f.valid, country: f.country },
    })),
    refusals: [
      ...invalid.map((f) => ({
        description: `IBAN ${f.value} ${f.why} and is refused.`,
        input: { iban: f.value },
      })),
      {
        description:
          'An IBAN written with hyphens (GB82-WEST-1234-5698-7654-32) has characters other than letters, digits and spaces and is refused.',
        input: { iban: 'GB82-WEST-1234-5698-7654-32' },
      },
      { description: 'An empty IBAN is refused.', input: { iban: '' } },
    ],
    // An invalid IBAN refused instead of answered is not what the reference answers.
    ...(refuseInvalid ? {} : { reference: IBAN_REFERENCE }),
  };
}

/** The IBAN length of each country, read from the registry line above. */
const LENGTH_OF: Readonly<Record<string, number>> = Object.fromEntries(
  LENGTHS.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(3))]),
);

/** The reference IBAN check (country lengths of the registry, mod 97 = 1). */
export const IBAN_REFERENCE = ibanReference(LENGTH_OF);

/** Words asking for an IBAN's print format: upper case in groups of four (folded text). */
const PRINTED =
  /\b(?:print(?:ed)? (?:form|format|version)|groups? of (?:4|four)|formatted|pretty[- ]printed|vierergruppen|(?:gruppen|blocken|blocke) (?:zu|von|mit) (?:4|vier)|druckformat|grupos de (?:4|cuatro|quatro)|formato (?:de )?impres\w*|groupes de (?:4|quatre)|format (?:d )?impression|forme imprimee|gruppi di (?:4|quattro)|formato di stampa)\b/;

/** Whether a feature asks for the IBAN in its print format. */
export function asksPrintForm(folded: string): boolean {
  return PRINTED.test(folded.replace(/['’]/g, ' '));
}

const PRINT_WORDS =
  'Print format, also returned: zusätzlich das Druckformat in Vierergruppen zurückgeben; devolver además el formato de impresión en grupos de cuatro; renvoyer aussi le format d’impression par groupes de quatre; restituire anche il formato di stampa in gruppi di quattro; devolver também o formato de impressão em grupos de quatro';

/** An IBAN in its print format: upper case, spaces dropped, in groups of four. */
const printed = (value: string) =>
  value
    .replace(/ /g, '')
    .toUpperCase()
    .replace(/(.{4})(?!$)/g, '$1 ');

/** A form of a valid IBAN the check may answer too (its print format, or normalised). */
interface IbanForm {
  /** The function's result holding it. */
  result: 'formatted' | 'normalized';
  /** The IBAN as a request writes it, in this form. */
  write: (value: string) => string;
  /** What the summary adds, after the field's name. */
  rule: string;
  /** The summary's words of the form in five languages. */
  words: string;
  description: string;
  example: string;
  /** A worked example of its own: the description, the IBAN sent, its country and the answer in this form. */
  shown: { description: string; sent: string; country: string; answer: string };
}

/** The check answering a valid IBAN in `form` too, in field `name`, null for an invalid one. */
function withIbanForm(d: FunctionDesign, name: string, form: IbanForm): FunctionDesign {
  if (d.function !== IBAN_CODE.id || d.outputs.some((o) => o.result === form.result)) return d;
  const valid = d.outputs.find((o) => o.result === 'valid')?.field ?? 'valid';
  const country = d.outputs.find((o) => o.result === 'country')?.field ?? 'country';
  const param = d.inputs.find((i) => i.param === 'iban')?.field.name ?? 'iban';
  return {
    ...d,
    summary: `${d.summary} Also answers a valid IBAN ${form.rule.replace('%s', name)}, null when invalid. ${form.words}.`,
    outputs: [
      ...d.outputs,
      { result: form.result, field: name, description: form.description, example: form.example },
    ],
    examples: [
      ...d.examples.map((x) => ({
        ...x,
        output: { ...x.output, [name]: x.output[valid] === true ? form.write(String(x.input[param])) : null },
      })),
      {
        description: form.shown.description,
        input: { [param]: form.shown.sent },
        output: { [valid]: true, [country]: form.shown.country, [name]: form.shown.answer },
      },
    ],
  };
}

/**
 * The check answering the IBAN's print format too, in field `name` ("formatted", or the name the feature writes):
 * the valid IBAN upper case in groups of four separated by single spaces, null for an invalid one.
 */
export function withPrintForm(d: FunctionDesign, name: string): FunctionDesign {
  return withIbanForm(d, name, {
    result: 'formatted',
    write: printed,
    rule: 'in its print format (%s): upper case, in groups of four characters separated by single spaces (de89370400440532013000 → DE89 3704 0044 0532 0130 00)',
    words: PRINT_WORDS,
    description:
      'The valid IBAN in print format: upper case, groups of four separated by single spaces (null when invalid)',
    example: 'GB82 WEST 1234 5698 7654 32',
    shown: {
      description:
        'A valid IBAN written in lower case without spaces (de89370400440532013000) is answered in print format DE89 3704 0044 0532 0130 00.',
      sent: 'de89370400440532013000',
      country: 'DE',
      answer: 'DE89 3704 0044 0532 0130 00',
    },
  });
}

/** Words asking for an IBAN normalised: the electronic format, upper case without spaces (folded text). */
const NORMALISED =
  /\b(?:normali[sz]\w*|normalizad\w*|normalisiert\w*|normalizzat\w*|without spaces|sin espacios|ohne leerzeichen|sans espaces|senza spazi|sem espacos|electronic format)\b/;

/** Whether a feature asks for the IBAN normalised (upper case, no spaces). */
export function asksNormalised(folded: string): boolean {
  return NORMALISED.test(folded);
}

/**
 * The check answering the valid IBAN normalised too, in field `name` ("iban", or the name the feature writes):
 * upper case without spaces (the electronic format), null for an invalid one.
 */
export function withNormalised(d: FunctionDesign, name: string): FunctionDesign {
  return withIbanForm(d, name, {
    result: 'normalized',
    write: (value) => value.replace(/ /g, '').toUpperCase(),
    rule: 'normalised (%s): upper case without spaces (gb82 west 1234 5698 7654 32 → GB82WEST12345698765432)',
    words: NORMAL_WORDS,
    description: 'The valid IBAN normalised: upper case, without spaces (null when invalid)',
    example: 'GB82WEST12345698765432',
    shown: {
      description:
        'A valid IBAN in lower case with spaces (gb82 west 1234 5698 7654 32) is answered normalised: GB82WEST12345698765432.',
      sent: 'gb82 west 1234 5698 7654 32',
      country: 'GB',
      answer: 'GB82WEST12345698765432',
    },
  });
}

const NORMAL_WORDS =
  'Normalised, also returned: das IBAN normalisiert (ohne Leerzeichen, in Großbuchstaben) zurückgeben; devolver también el IBAN normalizado (sin espacios y en mayúsculas); renvoyer aussi l’IBAN normalisé (sans espaces, en majuscules); restituire anche l’IBAN normalizzato (senza spazi, in maiuscolo); devolver também o IBAN normalizado (sem espaços, em maiúsculas)';

/**
 * The country lengths a feature writes beside an IBAN check ("DE 22, GB 22, FR 27, NL 18", "NL: 18"), each as
 * the registry has it; null when one of them is not the registry's (a check with another length table is not this
 * computation), an empty list when it writes none.
 */
export function writtenIbanLengths(text: string): { country: string; length: number }[] | null {
  const written = [...text.matchAll(/\b([A-Z]{2})\s*(?:[:=]|→|->)?\s*(\d{2})\b(?!\s*[.,]\d)/g)].map((m) => ({
    country: m[1],
    length: Number(m[2]),
  }));
  return written.every((w) => LENGTH_OF[w.country] === w.length) ? written : null;
}

/** The check with the country lengths a feature writes stated in its summary (the registry's, checked). */
export function withWrittenLengths(
  d: FunctionDesign,
  lengths: { country: string; length: number }[],
): FunctionDesign {
  if (d.function !== IBAN_CODE.id || lengths.length === 0) return d;
  const listed = lengths.map((l) => `${l.country} ${l.length}`).join(', ');
  const said = `The lengths the intent writes are the registry's: ${listed} characters (the length fits the country: Länge je Land; longitud según el país; longueur selon le pays; lunghezza secondo il paese; comprimento conforme o país).`;
  return d.summary.includes(said) ? d : { ...d, summary: `${d.summary} ${said}` };
}

/** The IBAN countries' names as the CLDR writes them, by language: worked examples written out by hand. */
const COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    GB: 'United Kingdom',
    DE: 'Germany',
    FR: 'France',
    NL: 'Netherlands',
    BE: 'Belgium',
    CH: 'Switzerland',
    ES: 'Spain',
    IT: 'Italy',
    AT: 'Austria',
  },
  de: {
    GB: 'Vereinigtes Königreich',
    DE: 'Deutschland',
    FR: 'Frankreich',
    NL: 'Niederlande',
    BE: 'Belgien',
    CH: 'Schweiz',
    ES: 'Spanien',
    IT: 'Italien',
    AT: 'Österreich',
  },
  es: {
    GB: 'Reino Unido',
    DE: 'Alemania',
    FR: 'Francia',
    NL: 'Países Bajos',
    BE: 'Bélgica',
    CH: 'Suiza',
    ES: 'España',
    IT: 'Italia',
    AT: 'Austria',
  },
  fr: {
    GB: 'Royaume-Uni',
    DE: 'Allemagne',
    FR: 'France',
    NL: 'Pays-Bas',
    BE: 'Belgique',
    CH: 'Suisse',
    ES: 'Espagne',
    IT: 'Italie',
    AT: 'Autriche',
  },
  it: {
    GB: 'Regno Unito',
    DE: 'Germania',
    FR: 'Francia',
    NL: 'Paesi Bassi',
    BE: 'Belgio',
    CH: 'Svizzera',
    ES: 'Spagna',
    IT: 'Italia',
    AT: 'Austria',
  },
  pt: {
    GB: 'Reino Unido',
    DE: 'Alemanha',
    FR: 'França',
    NL: 'Países Baixos',
    BE: 'Bélgica',
    CH: 'Suíça',
    ES: 'Espanha',
    IT: 'Itália',
    AT: 'Áustria',
  },
};

/** Words asking for the country's name beside its code (folded text). */
const COUNTRY_NAME =
  /\b(?:country(?:'s|s)? names?|names? of (?:the |its )?country|full country name|landesnamen?|landernamen?|namen? des landes|nombre del pais|nom du pays|nome del paese|nome do pais)\b/;

/** Whether a feature asks for the name of an IBAN's country ("the country code and the country name"). */
export function asksCountryName(folded: string): boolean {
  return COUNTRY_NAME.test(folded.replace(/['’]/g, "'"));
}

/**
 * The check answering the name of a valid IBAN's country too (`country_name`, in `language`: the feature's
 * language, English by default), null for an invalid one; the worked examples' names written out by hand.
 */
export function withCountryName(d: FunctionDesign, language: string): FunctionDesign {
  const names = COUNTRY_NAMES[language] ?? COUNTRY_NAMES.en;
  const locale = COUNTRY_NAMES[language] ? language : 'en';
  if (d.function !== IBAN_CODE.id || d.outputs.some((o) => o.result === 'country_name')) return d;
  const valid = d.outputs.find((o) => o.result === 'valid')?.field ?? 'valid';
  const country = d.outputs.find((o) => o.result === 'country')?.field ?? 'country';
  const examples = d.examples.filter((x) => x.output[valid] !== true || names[String(x.output[country])]);
  return {
    ...d,
    summary: `${d.summary} Also answers the name of a valid IBAN's country (country_name) in the language "${locale}" as the Unicode CLDR writes it (DE: ${names.DE}, GB: ${names.GB}), null when the IBAN is invalid: Ländername; nombre del país; nom du pays; nome del paese; nome do país.`,
    options: { ...d.options, country_name: locale },
    outputs: [
      ...d.outputs,
      {
        result: 'country_name',
        field: 'country_name',
        description: `The name of the IBAN's country in "${locale}" (null when the IBAN is invalid)`,
        names: 'name names landesname landername nombre nom nome',
        example: names.GB,
      },
    ],
    examples: examples.map((x) => ({
      ...x,
      description: `${x.description}${x.output[valid] === true ? ` Its country is ${names[String(x.output[country])]}.` : ''}`,
      output: {
        ...x.output,
        country_name: x.output[valid] === true ? names[String(x.output[country])] : null,
      },
    })),
  };
}
