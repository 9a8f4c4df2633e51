/**
 * Reads a field type written as a domain word instead of a JSON type: a unit (of length, mass, temperature, data
 * size…), a numeral base, a currency code, a time-zone name, a language or locale tag, dice notation, in the
 * languages intents use (`Einheit`, `unidad de temperatura`, `code devise`, `IANA-Zeitzone`, `Würfelnotation`).
 * The kind says what the field carries; the rule stays as written, so a contract that does not hold it (a record
 * field with no listed units) is still refused. A numeral base is an integer and keeps only its bounds. Pure.
 */

/** What a field written as a domain word carries. */
export type LiteralKind = 'unit' | 'base' | 'currency' | 'time_zone' | 'locale' | 'dice';

/** The domain words (folded: lower case, accents removed), a whole type expression each, optional bounds after. */
const KIND_WORDS: [RegExp, LiteralKind][] = [
  [
    /^(?:(?:[a-z]+ )?(?:unit|units|einheit|einheiten|unidad|unidades|unite|unites|unita|unidade|unidades)(?: (?:of|de|der|di|da|du) (?:[a-z]+ )?[a-z]+)?|[a-z]+einheit|(?:length|mass|weight|temperature|speed|volume|data[ -]size|size|duration|time) units?)$/,
    'unit',
  ],
  [
    /^(?:(?:numeral |number |numeric )?(?:base|radix|basis|zahlenbasis)|base (?:numerica|numerique|numerale))\b/,
    'base',
  ],
  [
    /^(?:(?:iso[ -]?4217 )?(?:currency|curr)(?: code)?(?: \(?iso[ -]?4217\)?)?|iso[ -]?4217(?: code)?|wahrungs?code|wahrung|waehrung|waehrungscode|(?:codigo|code|codice) (?:de |di )?(?:moneda|devise|la devise|valuta|moeda)|moneda|devise|valuta|moeda)$/,
    'currency',
  ],
  [
    /^(?:(?:iana[ -]?)?(?:time ?zone|tz|zeitzone)(?: name| id)?(?: \(?iana\)?)?|iana[ -]?(?:tz|zone|zeitzone)|(?:zona|fuso) horari[ao](?: iana)?|fuseau horaire(?: iana)?|fuseau|fuso|zona)$/,
    'time_zone',
  ],
  [
    /^(?:(?:bcp[ -]?47 )?(?:locale|language|lang)(?: tag| code| id)?(?: \(?bcp[ -]?47\)?)?|bcp[ -]?47(?: tag)?|sprach(?:code|kennung|tag)|gebietsschema|(?:etiqueta|codigo|code|codice) (?:de |di )?(?:idioma|langue|la langue|lingua|locale)|idioma|langue|lingua)$/,
    'locale',
  ],
  [
    /^(?:dice(?: notation| expression| formula)?(?: \(.*\))?|wurfel(?:notation|ausdruck)?|notacion de dados|notation de des|notazione dei dadi|notacao de dados)$/,
    'dice',
  ],
];

const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The kind a type expression names, and for a numeral base the bounds written after the word. */
export function readLiteralKind(written: string): { kind: LiteralKind; bounds?: string } | null {
  const f = fold(written.replace(/^`|`$/g, ''));
  for (const [pattern, kind] of KIND_WORDS) {
    const m = pattern.exec(f);
    if (!m) continue;
    if (kind !== 'base') return { kind };
    const rest = f
      .slice(m[0].length)
      .replace(/^\s*\((.*)\)\s*$/, '$1')
      .trim();
    return rest === '' ? { kind } : { kind, bounds: rest };
  }
  return null;
}
