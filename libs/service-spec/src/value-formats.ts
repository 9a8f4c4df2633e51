/*
 * The checked formats of a record's text field beyond the written ones of `record-rules.ts`: a value that must pass
 * a check the behaviour catalog knows (ISBN-13 / ISBN-10 check digits, IBAN mod 97, the Luhn sum of a card number,
 * a UUID) or a common written format (a clock time HH:MM, a two-letter country code, a hex colour #RRGGBB). Here
 * are their names, the words a feature writes for each (six languages, folded: lower case, accents removed) and
 * the sentence the SPEC states; the checks themselves are the catalog's (libs/generator `field-formats.ts`), the
 * gate only holds a contract to declare the format its feature writes. Pure.
 */

/** A checked format of a text field (`FieldSpec.format`). */
export type CheckedFormat =
  'isbn-13' | 'isbn-10' | 'iban' | 'card-number' | 'uuid' | 'time' | 'country-code' | 'hex-colour';

/** Every checked format, in a fixed order. */
export const CHECKED_FORMATS: readonly CheckedFormat[] = [
  'isbn-13',
  'isbn-10',
  'iban',
  'card-number',
  'uuid',
  'time',
  'country-code',
  'hex-colour',
];

/** Whether `format` is a checked format (as opposed to date, date-time, url, hex, email). */
export function isCheckedFormat(format: unknown): format is CheckedFormat {
  return typeof format === 'string' && (CHECKED_FORMATS as readonly string[]).includes(format);
}

/** What a value of each checked format is, for the SPEC's data model (after "must be"). */
export const CHECKED_FORMAT_TEXT: Readonly<Record<CheckedFormat, string>> = {
  'isbn-13':
    'an ISBN-13: 13 digits (hyphens and spaces between them allowed) beginning 978 or 979 whose sum weighted 1 and 3 alternately is divisible by 10 (e.g. `9780306406157`)',
  'isbn-10':
    'an ISBN-10: 9 digits and a check digit 0-9 or X (hyphens and spaces between them allowed) whose sum weighted 10 down to 1 is divisible by 11 (e.g. `0306406152`)',
  iban: "an IBAN (ISO 13616): a country's IBAN length, check digits 02-98 and mod 97 = 1, spaces allowed (e.g. `DE89370400440532013000`)",
  'card-number':
    'a card number: 12 to 19 digits (spaces allowed) passing the Luhn check (e.g. `4539148803436467`)',
  uuid: 'a UUID: 8-4-4-4-12 hexadecimal digits (e.g. `919108f7-52d1-4320-9bac-f847db4148a8`)',
  time: 'a clock time HH:MM on the 24-hour clock, 00:00 to 23:59 (e.g. `09:30`)',
  'country-code': 'a two-letter country code, upper case (ISO 3166-1 alpha-2 shape, e.g. `FR`)',
  'hex-colour': 'a hex colour `#RRGGBB` or `#RGB` (hexadecimal digits, e.g. `#1e90ff`)',
};

/** Words (folded) asking a value to be valid, well formed or checked: they add nothing beyond the format. */
const VALIDITY =
  /\b(?:a|an|one|un|une|una|um|uma|ein|eine|einen|valid|valide?|valido|valida|validos|validas|gultige?r?|gueltige?r?|well[- ]formed|correct[a-z]*|corrett[oa]|real|proper|checked|verified|geprueft|geprufte?|verifie|verificad[oa]|verificat[oa]|with (?:a |its )?(?:verified |valid )?check ?(?:digit|sum)s?(?: verified| checked)?|check ?digit (?:verified|checked)|(?:mit )?(?:gepruefter |geprufter )?pruefziffer|(?:mit )?(?:geprufter )?prufziffer|luhn(?:[- ]?(?:checked|check|geprueft|geprufte?|valid[oa]?|valide))?|mod(?:ulo)? ?97|without (?:dashes|hyphens|spaces)|no (?:dashes|hyphens|spaces)|ohne (?:bindestriche|leerzeichen)|sin (?:guiones|espacios)|sans (?:tirets|espaces)|senza (?:trattini|spazi)|sem (?:hifens|espacos)|(?:iso[ -]?)?(?:3166(?:-1)?|4217|13616)(?:[ -]alpha[ -]?2)?|string|text|texto|texte|testo|zeichenkette|chaine|cadena|stringa)\b/g;

/** The words naming each checked format (folded), whole after the validity words are set aside. */
const FORMAT_WORDS: [RegExp, CheckedFormat][] = [
  [/^isbn[ -]?13$/, 'isbn-13'],
  [/^isbn[ -]?10$/, 'isbn-10'],
  [/^(?:iban|iban[ -]?(?:number|code|nummer|numero)|(?:numero|codice|code) iban)$/, 'iban'],
  [
    /^(?:(?:credit |debit |payment |bank )?card(?: number)?|card ?number|(?:kredit|bank|debit)?kartennummer|(?:numero de )?(?:la )?(?:tarjeta|carte|carta|cartao)(?: (?:de )?(?:credito|debito|bancaire|bancaria|di credito))?|numero de (?:tarjeta|carte|cartao)(?: (?:de )?(?:credito|debito|bancaire))?|numero (?:della |di )?carta(?: di credito)?)$/,
    'card-number',
  ],
  [/^(?:uuid|guid)(?:[ -]?v?[1-8])?$/, 'uuid'],
  [
    /^(?:hh:mm|hh:mm \(24h\)|time of day|clock time|(?:24[ -]?h(?:our)? )?time \(?hh:mm\)?|uhrzeit(?: \(?hh:mm\)?)?|hora(?: \(?hh:mm\)?)?|heure(?: \(?hh:mm\)?)?|ora(?: \(?hh:mm\)?)?|orario(?: \(?hh:mm\)?)?)$/,
    'time',
  ],
  [
    /^(?:(?:2|two)[ -]?letter (?:country|country code|iso country code)|country code|landercode|laendercode|land(?:es)?code|codigo (?:de )?pais|code (?:de )?pays|code pays|codice (?:del )?paese|codigo do pais|alpha[ -]?2(?: country)?(?: code)?)$/,
    'country-code',
  ],
  [
    /^(?:hex ?colou?r(?: code)?|colou?r(?: code)? \(?(?:hex|#rrggbb)\)?|#rrggbb|hex(?:adecimal)? colou?r|hexfarbe|farbe \(?hex\)?|color hex(?:adecimal)?|couleur hex(?:adecimale)?|colore (?:hex|esadecimale)|cor hex(?:adecimal)?)$/,
    'hex-colour',
  ],
];

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The checked format a written type or rule names (`ISBN-13 without dashes`, `valid IBAN`, `número de tarjeta
 * válido (Luhn)`, `"HH:MM"`, `2-letter country code`, `hex colour (#RRGGBB)`), or null when it names none or says
 * more than the format (a rule this reader does not know stays unread, so the gate still asks for it).
 */
export function checkedFormatIn(written: string): CheckedFormat | null {
  const f = fold(written)
    .replace(/^["`]|["`]$/g, '')
    .trim();
  // "HH:MM" alone, and "(#RRGGBB)" as the note of a colour, before the validity words take their characters.
  const exact = FORMAT_WORDS.find(([pattern]) => pattern.test(f));
  if (exact) return exact[1];
  const rest = f
    .replace(/#rrggbb|#rgb\b/g, ' ')
    .replace(/[(),;.:]/g, ' ')
    .replace(VALIDITY, ' ')
    .replace(/\b(?:de|di|du|da|do|of|the|la|le|il)\s*$/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const found = FORMAT_WORDS.find(([pattern]) => pattern.test(rest));
  if (found) return found[1];
  // "ISBN-13 (check digit verified)" or "HH:MM (24h)": the format word first, a note after it.
  const head = /^(.+?)\s*\((.*)\)$/.exec(f);
  if (head && head[2].replace(VALIDITY, ' ').trim() === '') return checkedFormatIn(head[1]);
  return null;
}

/** Names of a checked format that say which one whatever the words around them (folded). */
const NAMED: [RegExp, CheckedFormat][] = [
  [/\bisbn[ -]?13\b/, 'isbn-13'],
  [/\bisbn[ -]?10\b/, 'isbn-10'],
  [/\biban\b/, 'iban'],
  [/\b(?:uuid|guid)s?\b/, 'uuid'],
];

/** The one checked format a feature names outright ("an ISBN-13 whose check digit is wrong"), or null. */
export function checkedFormatNamedIn(feature: string): CheckedFormat | null {
  const f = fold(feature);
  const named = NAMED.filter(([pattern]) => pattern.test(f)).map(([, format]) => format);
  return named.length === 1 ? named[0] : null;
}

/** The written formats a text field may declare besides the checked ones. */
export type WrittenFormat = 'email' | 'url';

const EMAIL =
  /^(?:e ?-?mail|e-?mail[ -]?address|e-?mail-?adresse|mail ?address|adresse (?:e-?mail|de courriel|electronique)|courriel|correo(?: electronico)?|direccion de (?:correo|e-?mail)(?: electronico)?|indirizzo (?:e-?mail|di posta(?: elettronica)?)|endereco de e-?mail|posta elettronica)$/;
const URL_WORDS = /^(?:url|uri|web ?address|webadresse|https? url|absolute url|url https?|link url)$/;

/**
 * The format a written type or rule names: a checked one, or an e-mail address / a URL (`a valid e-mail`, `un
 * e-mail valide`, `E-Mail-Adresse`), or null.
 */
export function writtenFormatIn(written: string): CheckedFormat | WrittenFormat | null {
  const checked = checkedFormatIn(written);
  if (checked) return checked;
  const rest = fold(written)
    .replace(/^["`]|["`]$/g, '')
    .replace(/[(),;.:]/g, ' ')
    .replace(VALIDITY, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (EMAIL.test(rest)) return 'email';
  if (URL_WORDS.test(rest)) return 'url';
  return null;
}
