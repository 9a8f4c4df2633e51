import type { FieldRule } from './record-rules';

/*
 * Phrases of the input-rule reader (`input-rule-reading.ts`) for features that say several things at once: the
 * side a "must be greater than 0" allows (the rest is refused), "zero people" (a value of zero refused), "cannot
 * be split" (a refusal said by the operation it blocks), "at least one person" (a number written as a word), "a
 * unit we do not know"; and a bound counting characters ("longer than 50 characters": a text's length). Folded
 * text (lower case, accents off), five languages and Portuguese.
 */

/** "One" written as a word, where a bound takes a number ("at least one person", "menos de una persona"). */
export const ONE_WORDS = 'one|ein|eine|einen|einer|un|une|una|uno|um|uma';

/** The number a bound's word or digits stand for ("zero" 0, "one" 1, "2,5" 2.5). */
export function boundNumber(s: string): number {
  if (/^\d|^-/.test(s)) return Number(s.replace(',', '.'));
  return new RegExp(`^(?:${ONE_WORDS})$`).test(s) ? 1 : 0;
}

/** "Must be", "has to be", "muss … sein", "debe ser", "doit être", "deve essere", "tem que ser". */
const MUST_BE =
  '(?:must|has to|have to|should|needs? to|muss|mussen|soll|sollen|debe|deben|tiene que|tienen que|doit|doivent|deve|devono|tem que|tem de|precisa|precisam)\\s+(?:be\\s+|sein\\s+|ser\\s+|etre\\s+|essere\\s+|estar\\s+)?(?:strictly\\s+|strikt\\s+|estrictamente\\s+|strictement\\s+)?';

/**
 * Bounds said as what must hold ("the value has to be greater than 0", "muss größer als 0 sein", "doit être
 * positif"): what they allow, the other side refused. Read before the bounds that name the refused side ("weights
 * over 500 are refused"), which the same words say without "must".
 */
export function requiredBounds(n: string): { pattern: RegExp; rule: (n: number) => FieldRule }[] {
  return [
    {
      pattern: new RegExp(
        `\\b${MUST_BE}(?:greater than|more than|larger than|bigger than|higher than|above|over|grosser als|mehr als|hoher als|uber|mayor(?:es)? (?:que|de)|mas de|superior(?:es)? a|plus grand(?:e|s|es)? que|superieure?s? a|plus de|maggiore di|piu di|superiore a|maior(?:es)? (?:que|de)|mais de)\\s+${n}`,
      ),
      rule: (v) => ({ exclusive_minimum: v }),
    },
    {
      pattern: new RegExp(
        `\\b${MUST_BE}(?:less than|smaller than|lower than|below|under|kleiner als|weniger als|unter|menor(?:es)? (?:que|de)|menos de|inferior(?:es)? a|plus petit(?:e|s|es)? que|inferieure?s? a|moins de|minore di|meno di|inferiore a)\\s+${n}`,
      ),
      rule: (v) => ({ exclusive_maximum: v }),
    },
    {
      pattern: new RegExp(
        `\\b${MUST_BE}(?:positive|positiv|positivo|positiva|positivos|positivas|positif|positifs|positives|positivi|positive)\\b`,
      ),
      rule: () => ({ exclusive_minimum: 0 }),
    },
  ];
}

/**
 * A value of zero refused ("zero people", "cero personas", "une quantité nulle", "0 dice"), once the bounds that
 * hold a zero ("zero or less", "from 0 to 10") are read. German "Null" only before a noun (capitalised in the
 * feature, see `markGermanZero`): in English "null" is a value left out, not zero. "Absolute zero" (cero absoluto,
 * zéro absolu) is a temperature, no value of zero.
 */
export const ZERO =
  /(?<!\babsolute\s)\b(?:zero|cero|nul|nulle|nulla|nulo|nula)\b(?!\s+(?:absolu|assolut))|(?<![\d.,§-])\b0\b(?![.,]\d|§|\s*percent)/g;

/** German "Null Personen": "Null" before a capitalised noun is zero; marked before the feature is folded. */
export function markGermanZero(feature: string): string {
  return feature.replace(/\bNull(?=\s+\p{Lu})/gu, 'zero');
}

/**
 * A refusal said by the operation it blocks: "cannot be split", "kann nicht berechnet werden", "no se puede
 * dividir", "ne peut pas être converti", "non si può dividere", "não pode ser calculado". Words of refusal, never
 * words naming an input (nor an operation of the feature's own).
 */
export const CANNOT_BE =
  /\b(?:(?:cannot|can not|may not|must not) be (?:split|divided|shared|computed|calculated|converted|rolled|processed|handled|accepted)|(?:kann|konnen|darf|durfen) nicht (?:aufgeteilt|geteilt|berechnet|umgerechnet|verarbeitet|gewurfelt|angenommen) werden|no se (?:puede|pueden) (?:dividir|repartir|calcular|convertir|procesar|tirar|aceptar)|(?:ne )?(?:peut|peuvent) pas etre (?:partage|divise|calcule|converti|traite|accepte)\w*|non (?:si )?(?:puo|possono) (?:essere )?(?:divis|calcolat|convertit|ripartit|dividere|calcolare|convertire|ripartire)\w*|nao (?:pode|podem) ser (?:dividid|calculad|convertid|repartid|aceit)\w*)\b/g;

/**
 * A value the service does not know, said of the service ("the unit must be one we know", "a currency we do not
 * support"): an unknown value.
 */
export const NOT_KNOWN =
  /\b(?:(?:must|has to|have to|should) be (?:one|a unit|a currency|a value) (?:that )?(?:we|you|it|the service) (?:know|knows|support|supports|list|lists|handle|handles)|(?:we|you|it|the service) (?:do not|does not|cannot) (?:know|support|list|handle))\b/g;

/** A count of characters (folded): a text's length, never a number's value. */
const CHARACTERS =
  /^(?:chars?|characters?|zeichen|caracteres?|caratteri|carateres|letters|buchstaben|letras|lettres|lettere)$/;

/** A bound whose words name characters counts a text's length: the word goes, the clause says so. */
export function countingChars<C extends { kind: string; digits?: boolean; chars?: boolean; words: string[] }>(
  clause: C,
): C {
  if (clause.kind !== 'bound' || clause.digits || !clause.words.some((w) => CHARACTERS.test(w)))
    return clause;
  return { ...clause, chars: true, words: clause.words.filter((w) => !CHARACTERS.test(w)) };
}

/** A 4xx said of a clause after the status ("an unknown unit is 400 as well", "… is 400 too"): no quantity. */
export const STATUS_AGAIN =
  /\b(?:is|are|ist|sind|es|son|est|sont|sono|e|sao)\s+4\d\d\b(?=\s+(?:as well|too|also|auch|ebenfalls|tambien|aussi|egalement|anche|pure|tambem)\b|\s*(?:[,;.]|$))/g;
