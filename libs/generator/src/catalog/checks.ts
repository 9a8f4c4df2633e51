import type { CatalogFamily, FunctionDesign, Recognised } from './catalog-entry';
import { readFeatureLiterals } from '@sf/service-spec';
import { sameMeaning } from './param-affinity';
import { LUHN_CHECK_DIGIT_CODE, LUHN_CODE, luhnCheckDigitDesign, luhnDesign, withBrand } from './checks-card';
import { EMAIL_CODE, emailDesign, readBlocklist, UUID_CODE, uuidDesign } from './checks-formats';
import {
  asksCountryName,
  asksNormalised,
  asksPrintForm,
  IBAN_CODE,
  ibanDesign,
  withNormalised,
  withCountryName,
  withPrintForm,
  withWrittenLengths,
  writtenIbanLengths,
} from './checks-iban';
import {
  ISBN_CODE,
  ISBN_CONVERT_CODE,
  isbnConvertDesign,
  isbnDesign,
  malformedIsbnRefusals,
  withMalformedRefused,
} from './checks-isbn';
import { GTIN_CODE, GTIN_COMPLETE_CODE } from './checks-gtin';
import { recogniseGtin, unnamedGtin } from './checks-gtin-recognise';
import { asksBrand, brandSettings } from './checks-brand-words';
import { languagesOf, refuses } from './feature-words';
import {
  aboutSomethingElse,
  allowsAny,
  asksComputation,
  asksValidity,
  foldText,
  mentionsCheckDigit,
  refusesDigitCount,
  refusesFailedCheck,
  refusesInvalidValues,
} from './checks-shared';

/*
 * Validators and checksums: card numbers (Luhn, with their brand when asked: checks-brand-words.ts), IBANs,
 * ISBNs, GS1 codes (EAN/UPC/GTIN: checks-gtin-recognise.ts), email addresses and UUIDs. A feature is read
 * as one of them when it names exactly one of these things and asks whether it is valid (or, for ISBNs, to
 * convert between ISBN-10 and ISBN-13; for Luhn, to compute the check digit). An invalid value is a normal
 * answer (`valid: false`) unless the feature says to refuse it; text that is not even the right kind of value
 * (letters in a card number) is always refused with 400. Anything about storing, listing or sending records is
 * left to the other designs, whatever validation it mentions.
 */

type Thing = 'card' | 'iban' | 'isbn' | 'email' | 'uuid' | 'gtin';

/** Words of GS1 codes: EAN, UPC, GTIN, and the barcode they are printed as ("código de barras", "code-barres"). */
const GTIN_WORD =
  /^(?:ean(?:8|13)?|upc(?:a)?|gtin(?:8|12|13|14)?|barcodes?|strichcodes?|barras|barres|barre)$/;

const CARD_PREFIXES = ['creditcard', 'kreditkart', 'kartennummer', 'bankkart', 'debitkart', 'girokart'];
const CARD_BEFORE = ['credit', 'debit', 'bank', 'payment', 'pan'];
const CARTE_AFTER = ['credit', 'credito', 'debit', 'debito', 'paiement', 'pagamento'];
const OF = ['de', 'di', 'della', 'del', 'do', 'da'];

/** Whether the feature speaks of card numbers ("card number", "Kreditkarte", "tarjeta", "numéro de carte"). */
function aboutCards(words: string[]): boolean {
  return words.some((w, i) => {
    const next = words[i + 1] ?? '';
    const prev = words[i - 1] ?? '';
    if (w === 'luhn' || w === 'tarjeta' || w === 'tarjetas' || w === 'cartao' || w === 'cartoes') return true;
    if (CARD_PREFIXES.some((p) => w.startsWith(p))) return true;
    if (w === 'card' || w === 'cards') return next.startsWith('number') || CARD_BEFORE.includes(prev);
    if (w === 'karte' || w === 'karten') return next.startsWith('nummer');
    if (w === 'carte' || w === 'cartes' || w === 'carta') {
      return (
        next.startsWith('bancaire') ||
        (OF.includes(next) && CARTE_AFTER.includes(words[i + 2] ?? '')) ||
        (OF.includes(prev) && /^numer[oi]s?$/.test(words[i - 2] ?? ''))
      );
    }
    return false;
  });
}

const EMAIL_WORDS = ['email', 'emails', 'mail', 'mails', 'courriel', 'courriels', 'correo', 'correos'];

const ADDRESS_WORDS = [
  'address',
  'addresses',
  'adresse',
  'adressen',
  'direccion',
  'direcciones',
  'indirizzo',
  'indirizzi',
  'endereco',
  'enderecos',
];
/** "Local part" in the languages features are written in: only an email address has one. */
const LOCAL_PART = [
  ['local', 'part'],
  ['local', 'parts'],
  ['lokaler', 'teil'],
  ['lokalen', 'teil'],
  ['parte', 'local'],
  ['partie', 'locale'],
  ['parte', 'locale'],
];

/** Whether the feature speaks of an address with a local part ("split an address into local part and domain"). */
function aboutEmailParts(words: string[]): boolean {
  return (
    words.some((w) => ADDRESS_WORDS.includes(w)) &&
    LOCAL_PART.some((phrase) => words.some((_, i) => phrase.every((p, k) => words[i + k] === p)))
  );
}

/** The things the feature names. */
function thingsIn(words: string[]): Set<Thing> {
  const things = new Set<Thing>();
  if (aboutCards(words) || asksBrand(words, false)) things.add('card');
  // ISO 13616 is the IBAN's standard: "the ISO 13616 mod-97 check" names an IBAN check without the word.
  // So does mod 97 (ISO 7064 MOD 97-10, the IBAN's check digits): "valid means the mod-97 check digits are right
  // and the length fits the country".
  const mod97 = words.some((w, i) => w === 'mod97' || (w === 'mod' && words[i + 1] === '97'));
  if (words.includes('iban') || words.includes('ibans') || words.includes('13616') || mod97)
    things.add('iban');
  if (words.some((w) => w.startsWith('isbn'))) things.add('isbn');
  if (
    words.some((w) => EMAIL_WORDS.includes(w)) ||
    aboutEmailParts(words) ||
    (words.includes('posta') && words.some((w) => w.startsWith('elettronic')))
  ) {
    things.add('email');
  }
  if (words.some((w) => w.startsWith('uuid') || w === 'guid' || w === 'guids')) things.add('uuid');
  // An ISBN-13 is an EAN-13 of a book: a feature naming both is an ISBN check.
  if (words.some((w) => GTIN_WORD.test(w)) && !things.has('isbn')) things.add('gtin');
  return things;
}

const HYPHEN_WORDS = [
  'hyphen',
  'hyphenated',
  'hyphens',
  'dash',
  'dashes',
  'bindestrich',
  'bindestriche',
  'guion',
  'guiones',
  'tiret',
  'tirets',
  'trattino',
  'trattini',
  'hifen',
  'hifens',
];
/** A refusal of wrong check digits or invalid codes, not only of codes of the wrong shape. */
const INVALID_CHECK =
  /\b(?:invalid\w*|wrong check|bad check|check digit|checksum|prufziffer|ungultig\w*|invalid[oa]s?|digito de control|chiffre de controle|cifra di controllo|digito verificador)\b/;

/** Words of a code's shape (its length, its characters), in the languages intents are written in (folded). */
const SHAPE_WORDS = [
  ...['characters', 'chars', 'digits', 'length', 'long', 'letters', 'letter', 'malformed'],
  ...['zeichen', 'ziffern', 'stellen', 'stellig', 'lange', 'buchstaben'],
  ...['caracteres', 'digitos', 'longitud', 'letras', 'cifras'],
  ...['lettres', 'chiffres', 'longueur'],
  ...['caratteri', 'cifre', 'lunghezza', 'lettere'],
  ...['comprimento'],
];
const CONVERT_STEMS = ['conver', 'umwand', 'umrechn', 'konvert', 'transform', 'trasform', 'umstell'];
const SPLIT_WORDS = [
  'split',
  'splits',
  'splitting',
  'separate',
  'separates',
  'extract',
  'extracts',
  'parse',
  'parses',
  'divide',
  'divides',
  'teilen',
  'aufteilen',
  'zerlegen',
  'zerlege',
  'trennen',
  'extrahieren',
  'dividir',
  'separar',
  'extraer',
  'descomponer',
  'separer',
  'extraire',
  'diviser',
  'decouper',
  'dividere',
  'separare',
  'estrarre',
  'scomporre',
  'extrair',
];
const COUNTRY_WORDS = ['country', 'land', 'landercode', 'pais', 'pays', 'paese'];

/** Verbs that ask for one thing given another ("given an ISBN-10, return the ISBN-13"). */
const ANSWER_WORDS = [
  'return',
  'returns',
  'give',
  'gives',
  'get',
  'answer',
  'produce',
  'output',
  'zuruckgeben',
  'ausgeben',
  'liefern',
  'devolver',
  'renvoyer',
  'donner',
  'restituire',
  'retornar',
  'obter',
];

/** "10 or 13 characters", "nor 13 digits": the numbers are a code's lengths, not the ISBN-10 and ISBN-13 it converts. */
const LENGTHS =
  /\b10\s*(?:or|nor|oder|noch|o|ni|ou|od|\/)\s*13\s+(?:characters|chars|digits|zeichen|stellen|ziffern|caracteres|digitos|chiffres|caratteri|cifre)\b/;

/** The ISBN conversion a feature asks for ('13': ISBN-10 to ISBN-13; '10': back), or null. */
function isbnConversion(text: string, words: string[]): '10' | '13' | null {
  const folded = foldText(text);
  const from =
    /isbn[\s-]*(1[03])\s+(?:from|aus|von|de|desde|da|a partir de)\s+(?:\S+\s+)?isbn[\s-]*1[03]/.exec(folded);
  if (from) return from[1] === '13' ? '13' : '10';
  const at10 = words.findIndex((w) => w === '10' || w === 'isbn10');
  const at13 = words.findIndex((w) => w === '13' || w === 'isbn13');
  const both = at10 >= 0 && at13 >= 0;
  const asked =
    words.some((w) => CONVERT_STEMS.some((s) => w.startsWith(s))) ||
    /isbn[\s-]*1[03]\s*(?:→|->|=>|⇒)/.test(folded) ||
    /isbn[\s-]*1[03]\s+(?:to|into|in|en|a|nach|zu|para|per|vers|em)\s+(?:\S+\s+)?isbn/.test(folded) ||
    (both &&
      !asksValidity(words) &&
      !LENGTHS.test(folded) &&
      (words.some((w) => ANSWER_WORDS.includes(w)) || asksComputation(words)));
  if (!asked || (at10 < 0 && at13 < 0)) return null;
  if (at13 < 0) return '13';
  if (at10 < 0) return '10';
  return at10 < at13 ? '13' : '10';
}

/** The UUID version a feature requires ("UUID v4", "version 4 UUIDs"), or 0 for any. */
function uuidVersion(text: string): number {
  const folded = foldText(text);
  const found =
    /\b(?:uuid[\s-]*)?v([1-8])\b/.exec(folded) ??
    /\buuid([1-8])\b/.exec(folded) ??
    /\b(?:version|versione|versao)\s*([1-8])\b(?!\s*(?:-|to|bis|a|au|and|or|und|oder|y|o|ou|e|,)\s*\d)/.exec(
      folded,
    );
  return found ? Number(found[1]) : 0;
}

const DIGITS = String.raw`\s*(?:digits?|ziffern|stellen|digitos|chiffres|cifre)\b`;
const FEWEST = String.raw`(?:at least|mindestens|al menos|au moins|almeno|pelo menos|minimum(?: of)?)`;
const MOST = String.raw`(?:at most|up to|hochstens|bis zu|maximal|como maximo|hasta|au plus|jusqu'a|al massimo|fino a|no maximo|ate|maximum(?: of)?)`;
const RANGE = new RegExp(
  String.raw`\b(\d{1,2})\s*(?:-|–|to|and|bis|und|a|y|et|e|ou|or)\s*(\d{1,2})` + DIGITS,
);
const AT_LEAST = new RegExp(String.raw`${FEWEST}\s*(\d{1,2})` + DIGITS);
const AT_MOST = new RegExp(String.raw`${MOST}\s*(\d{1,2})` + DIGITS);
/** "fewer than 12", "under 12", "weniger als 12" (digits said after): 12 is the fewest taken. */
const FEWER_THAN =
  /\b(?:fewer than|less than|shorter than|under|below|weniger als|kurzer als|unter|menos de|moins de|meno di|sotto|abaixo de)\s+(\d{1,2})\b/;
/** "more than 19", "over 19", "mehr als 19", "plus de 19" (digits said after): 19 is the most taken. */
const MORE_THAN =
  /\b(?:more than|longer than|over|above|mehr als|langer als|uber|mas de|plus de|piu di|oltre|mais de|acima de)\s+(\d{1,2})\b/;
const EXACTLY = new RegExp(
  String.raw`(?<!(?:last|first|letzten|ersten|ultimos|primeros|derniers|premiers|ultime|prime|ultimos|primeiros)\s)\b(\d{1,2})[\s-]*` +
    DIGITS,
);

/** How many digits a feature allows a card number ("13 to 19 digits", "16-digit", "at least 12 digits"). */
function digitBounds(text: string): { minDigits: number; maxDigits: number } {
  const folded = foldText(text);
  const plausible = (n: number) => n >= 2 && n <= 40;
  const range = RANGE.exec(folded);
  if (range && plausible(Number(range[1])) && Number(range[2]) >= Number(range[1])) {
    return { minDigits: Number(range[1]), maxDigits: Number(range[2]) };
  }
  // "fewer than 12 or more than 19 digits": the digit word may follow the second number only.
  const counts = new RegExp(String.raw`\d` + DIGITS).test(folded);
  const fewest = AT_LEAST.exec(folded) ?? (counts ? FEWER_THAN.exec(folded) : null);
  const most = AT_MOST.exec(folded) ?? (counts ? MORE_THAN.exec(folded) : null);
  if (fewest || most) {
    const min = fewest ? Number(fewest[1]) : 0;
    const max = most ? Number(most[1]) : 0;
    if ((min === 0 || plausible(min)) && (max === 0 || (plausible(max) && max >= min))) {
      return { minDigits: min, maxDigits: max };
    }
  }
  const exactly = EXACTLY.exec(folded);
  if (exactly && plausible(Number(exactly[1])))
    return { minDigits: Number(exactly[1]), maxDigits: Number(exactly[1]) };
  return { minDigits: 0, maxDigits: 0 };
}

/**
 * Whether a spelled-out feature answers a check digit (`{"checksum": int, …}`, `{"pruefziffer": Ganzzahl}`) and
 * no validity: it asks for the digit to be computed, whatever its verbs.
 */
function answersCheckDigit(text: string): boolean {
  const answered = readFeatureLiterals(text).response.map((f) => f.name);
  return (
    answered.some((name) => sameMeaning(name, 'check_digit')) &&
    !answered.some((name) => sameMeaning(name, 'valid'))
  );
}

/** Words of adding to another feature's answer ("also", "auch", "además", "aussi", "anche", "também"). */
const ADD_ON =
  /\b(?:also|as well|additionally|auch|zusatzlich|ademas|tambien|aussi|egalement|en plus|anche|inoltre|tambem)\b/;

/**
 * A feature that says what valid means rather than asking for a check ("valid means …", "an IBAN is valid when …",
 * "gültig heißt …", "válido significa …", "valide signifie …", "valido significa …"): the rule of a check (folded).
 */
const DEFINES_VALID =
  /^(?:(?:an? |the |eine? |un |una |une |um |uma )?\w+ (?:is|ist|es|est|e) )?(?:valid|gultig|valid[oa]|valide)\s*(?:means|meaning|:|if|when|only if|hei(?:ss|ß)t|bedeutet|wenn|significa|quiere decir|si|cuando|signifie|veut dire|quand|se|quando)\b/;

/** Verbs of checking a value ("validate", "prüfen", "validar", "vérifier"): a feature of its own, not an add-on. */
const CHECK_VERB =
  /\b(?:validat\w*|check\w*|verif\w*|pruf\w*|validar|valider|validare|controll\w*|comprob\w*|conferir)\b/;

/** The answer field a feature names for the print format (`"formatted"`, `"pretty"`), else "formatted". */
function printName(text: string): string {
  const quoted = [...text.matchAll(/"([a-z][a-z0-9_]*)"/g)].map((m) => m[1]);
  return quoted.find((n) => !['iban', 'valid', 'country', 'error'].includes(n)) ?? 'formatted';
}

function recogniseChecks(text: string, words: string[]): Recognised {
  const things = thingsIn(words);
  if (things.size === 0 && !aboutSomethingElse(words, false)) return unnamedGtin(text, words);
  const [thing] = [...things];
  // "on our list: a.com, b.dev" (lista, liste) beside an email check lists blocked domains, not records.
  const listing = thing === 'email' && (readBlocklist(text)?.length ?? 0) > 0;
  const beside = listing ? words.filter((w) => !w.startsWith('list')) : words;
  if (things.size !== 1 || aboutSomethingElse(beside, thing === 'email')) return null;
  const refuseInvalid = refusesInvalidValues(text);
  const validity = asksValidity(words) || refuseInvalid;
  const computesCheckDigit =
    (mentionsCheckDigit(words) && asksComputation(words) && !validity) || answersCheckDigit(text);
  switch (thing) {
    case 'card': {
      if (computesCheckDigit) return { design: luhnCheckDigitDesign() };
      const brand = asksBrand(words, true) ? brandSettings(text, words) : undefined;
      if (brand === null) return null;
      // "Tell the brand by the first digits" adds to the Luhn check another feature asks for.
      if (brand && !validity && !words.includes('luhn')) {
        return {
          constraint: { function: LUHN_CODE.id, refusals: () => [], refine: (d) => withBrand(d, brand) },
        };
      }
      if (!validity && !words.includes('luhn')) return null;
      // "Show only the last 4 digits" masks a card number: another design.
      if (/\b(?:last|letzten|ultimos|derniers|ultime)\s+\d+\s/.test(foldText(text))) return null;
      // "Fewer than 12 or more than 19 digits are rejected": a length refused, while a number of a length it
      // takes that fails the check is still answered not valid.
      const bounds = digitBounds(text);
      const counted = bounds.minDigits > 0 || bounds.maxDigits > 0;
      // An invalid number refused refuses every count already; only a count refused alone is read apart.
      const refuseInvalid =
        refusesFailedCheck(text) || (refusesInvalidValues(text) && !refusesDigitCount(text));
      return {
        design: luhnDesign(text, {
          refuseInvalid,
          refuseLength: counted && !refuseInvalid && refusesDigitCount(text),
          hyphens: allowsAny(text, HYPHEN_WORDS),
          ...bounds,
          brand,
        }),
      };
    }
    case 'iban': {
      const folded = foldText(text);
      const print = asksPrintForm(folded);
      const normal = asksNormalised(folded);
      const name = printName(text);
      // "… the country code and the country name": the name in the feature's language.
      const named = (d: FunctionDesign) =>
        asksCountryName(folded) ? withCountryName(d, languagesOf(words)[0] ?? 'en') : d;
      const forms = (d: FunctionDesign): FunctionDesign => {
        const printed = print ? withPrintForm(named(d), name) : named(d);
        return normal ? withNormalised(printed, print || name === 'formatted' ? 'iban' : name) : printed;
      };
      // "Valid means the ISO 13616 mod-97 check passes and the length fits the country (DE 22, GB 22, FR 27,
      // NL 18)": the rule of the check another feature asks for, its written lengths held to the registry.
      if (DEFINES_VALID.test(folded)) {
        const lengths = writtenIbanLengths(text);
        if (lengths === null) return null;
        return {
          constraint: {
            function: IBAN_CODE.id,
            refusals: () => [],
            refine: (d) => withWrittenLengths(d, lengths),
          },
        };
      }
      // "for a valid IBAN also give back its printed form" adds to the check another feature asks for.
      if ((print || normal) && ADD_ON.test(folded) && !CHECK_VERB.test(folded)) {
        return { constraint: { function: IBAN_CODE.id, refusals: () => [], refine: forms } };
      }
      if (computesCheckDigit || (!validity && !print && !words.some((w) => COUNTRY_WORDS.includes(w))))
        return null;
      // "when the IBAN is valid the response also has "country"" adds an answer to the check another feature
      // asks for (constraint-features.ts reads it there), never a check of its own beside it.
      if (ADD_ON.test(folded) && !CHECK_VERB.test(folded) && !print && !normal) return null;
      return { design: forms(ibanDesign(text, refuseInvalid)) };
    }
    case 'isbn': {
      // "for a valid ISBN-10 also return the 978-prefixed ISBN-13" beside the check: one more answer of it.
      const ten = words.some((w) => w === '10' || w === 'isbn10');
      const thirteen = words.some((w) => w === '13' || w === 'isbn13');
      if (validity && thirteen && ten && ADD_ON.test(foldText(text)) && !refuseInvalid && !computesCheckDigit)
        return { design: isbnDesign(text, false, 'both', true) };
      const to = isbnConversion(text, words);
      if (to) return { design: isbnConvertDesign(text, to) };
      // "a code that is not 10 or 13 characters returns 400": the check refuses codes of the wrong shape.
      // A length counted in characters reads as refusing invalid values (Luhn's "fewer than 12 digits"); for an
      // ISBN it is the code's shape, and a wrong check digit stays a normal answer unless the feature says so.
      if (
        refuses(words) &&
        !asksValidity(words) &&
        !INVALID_CHECK.test(foldText(text)) &&
        !/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//.test(text) &&
        words.some((w) => SHAPE_WORDS.includes(w))
      ) {
        return {
          constraint: {
            function: ISBN_CODE.id,
            refusals: malformedIsbnRefusals,
            refine: withMalformedRefused,
            fits: (d) => d.options?.refuseInvalid !== true,
          },
        };
      }
      if (computesCheckDigit || !validity) return null;
      return { design: isbnDesign(text, refuseInvalid, ten === thirteen ? 'both' : ten ? '10' : '13') };
    }
    case 'email': {
      // "also say whether its domain is on our disposable blocklist: a.com and b.dev": a list the feature writes,
      // answered beside the check; one it does not write, or a check that refuses, is not this computation.
      const blocklist = readBlocklist(text);
      if (blocklist === null) return null;
      if (words.some((w) => SPLIT_WORDS.includes(w)))
        return blocklist.length > 0 ? null : { design: emailDesign(text, 'split') };
      if (!validity && !words.some((w) => /^(?:syntax|sintax|format)/.test(w))) return null;
      if (blocklist.length > 0 && refuseInvalid) return null;
      return { design: emailDesign(text, refuseInvalid ? 'refuse' : 'validate', blocklist) };
    }
    case 'gtin':
      return recogniseGtin(text, words, validity, answersCheckDigit(text));
    case 'uuid':
      if (!validity || asksComputation(words)) return null;
      return {
        design: uuidDesign(text, refuseInvalid, uuidVersion(text), {
          variant: words.some((w) => /^variant[ei]?n?$/.test(w)),
          nil: words.some((w) => w === 'nil' || w === 'nula' || w === 'nulo' || w === 'nulle'),
        }),
      };
  }
}

export const CHECKS: CatalogFamily = {
  name: 'checks',
  functions: [
    LUHN_CODE,
    LUHN_CHECK_DIGIT_CODE,
    IBAN_CODE,
    ISBN_CODE,
    ISBN_CONVERT_CODE,
    EMAIL_CODE,
    UUID_CODE,
    GTIN_CODE,
    GTIN_COMPLETE_CODE,
  ],
  recognise: recogniseChecks,
};
