/*
 * The words of password ratings, as features write them in the intents' languages (folded): the character
 * classes, lengths ("at least 12", "unter 8 Zeichen", "12 ou mais"), counts of classes, "only one kind of
 * character", "no matter what it contains", what is missing, an empty password refused. Patterns only; the
 * reading of tiers is password-tiers.ts.
 */

/** The character classes a tier may need. */
export const CLASSES = ['lowercase', 'uppercase', 'digit', 'symbol'] as const;
export type CharacterClass = (typeof CLASSES)[number];

/** One tier: its name as the feature writes it and what a password needs to get it. */
export interface Tier {
  name: string;
  /** Length at least this many characters. */
  minLength?: number;
  /** Length below this many characters. */
  below?: number;
  classes: CharacterClass[];
  /** At least this many of the four classes. */
  classCount?: number;
  /** At most this many kinds of character ("only one kind of character"). */
  maxKinds?: number;
}

/** A rating read whole: its tiers in the order they are tried, and the tier of every other password. */
export interface TierRating {
  tiers: Tier[];
  fallback: string | null;
  /** Whether a kind of character counts letters of either case as one kind ("only letters"). */
  lettersOneKind?: boolean;
}

const N = String.raw`(\d{1,3})`;
const UNIT = String.raw`(?:\s*(?:characters?|chars?|zeichen|caracteres?|caratteri|letters? long|long))?`;
/** Length conditions: [pattern, what it sets from its numbers]. */
export const LENGTHS: [RegExp, (a: number, b: number) => Partial<Tier>][] = [
  [
    new RegExp(`\\b(?:between|zwischen|entre|tra|fra)\\s+${N}\\s+(?:and|und|y|et|e)\\s+${N}${UNIT}`),
    (a, b) => ({ minLength: a, below: b + 1 }),
  ],
  [new RegExp(`\\b${N}\\s*(?:-|–|to|bis|a)\\s*${N}${UNIT}`), (a, b) => ({ minLength: a, below: b + 1 })],
  [
    new RegExp(
      `\\b(?:shorter than|fewer than|less than|under|below|kurzer als|weniger als|unter|menos de|mas corta de|moins de|plus court que|meno di|sotto(?: gli| i| le)?|sous|abaixo de|inferior a)\\s+${N}${UNIT}`,
    ),
    (a) => ({ below: a }),
  ],
  [
    new RegExp(
      `\\b(?:up to|at most|hochstens|bis zu|hasta|como maximo|au plus|jusqu'a|fino a|ate)\\s+${N}${UNIT}`,
    ),
    (a) => ({ below: a + 1 }),
  ],
  [
    new RegExp(`\\b${N}${UNIT}\\s+(?:or fewer|or less|oder weniger|o menos|ou moins|o meno|ou menos)\\b`),
    (a) => ({ below: a + 1 }),
  ],
  [
    new RegExp(
      `\\b(?:more than|longer than|over|above|mehr als|langer als|uber|mas de|plus de|piu di|oltre|mais de|acima de)\\s+${N}${UNIT}`,
    ),
    (a) => ({ minLength: a + 1 }),
  ],
  [
    new RegExp(
      `\\b(?:at least|a minimum of|minimum of|minimum|min\\.?|no fewer than|from|starting at|mindestens|ab|al menos|como minimo|desde|a partir de|au moins|des|almeno|da|pelo menos|no minimo)\\s+${N}${UNIT}`,
    ),
    (a) => ({ minLength: a }),
  ],
  // "12 ou mais caracteres", "12 or more characters": the "or more" before the unit.
  [
    new RegExp(`\\b${N}\\s+(?:or more|oder mehr|o mas|ou plus|o piu|ou mais)${UNIT}`),
    (a) => ({ minLength: a }),
  ],
  [
    new RegExp(
      `\\b${N}\\s*(?:\\+${UNIT}|${UNIT}\\s*(?:\\+|or more|or longer|and (?:more|up|above)|oder mehr|o mas|ou plus|o piu|ou mais)\\b)`,
    ),
    (a) => ({ minLength: a }),
  ],
];

export const COUNT_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  zwei: 2,
  drei: 3,
  vier: 4,
  dos: 2,
  tres: 3,
  cuatro: 4,
  deux: 2,
  trois: 3,
  quatre: 4,
  due: 2,
  quattro: 4,
  duas: 2,
  quatro: 4,
};
const COUNT = String.raw`(\d|one|two|three|four|zwei|drei|vier|dos|tres|cuatro|deux|trois|quatre|due|quattro|duas|quatro)`;
const KINDS = String.raw`(?:character |zeichen)?(?:classes|class|types|kinds|categories|klassen|arten|clases|tipos|categorias|classi|tipi)`;
/** "all four classes", "the four character types", "mixing every class", "alle vier Zeichenklassen". */
export const ALL_CLASSES = new RegExp(
  `\\b(?:(?:all|the|alle|die|las|los|les|toutes les|tous les|tutte le|i|as|todas as|todos os)\\s+)?(?:four|4|vier|cuatro|quatre|quattro|quatro)\\s+(?:character\\s+|de\\s+|di\\s+)?${KINDS}|\\b(?:every|each|all) (?:character )?(?:class|classes|type|types)\\b`,
);
/** "at least 3 of the 4 character classes", "three of the four types". */
export const SOME_CLASSES = new RegExp(
  `\\b(?:at least |mindestens |al menos |au moins |almeno |pelo menos )?${COUNT}\\s+(?:of|out of|der|von|de|des|di|dos|das)\\s+(?:the\\s+|las\\s+|les\\s+|le\\s+|as\\s+)?(?:four|4|vier|cuatro|quatre|quattro|quatro)\\s+(?:character\\s+)?${KINDS}?`,
);

/** Each class as features write it (folded); German may write "Groß- und Kleinbuchstaben". */
const B = String.raw`(?<![\p{L}\d])`;
const E = String.raw`(?![\p{L}\d])`;
export const CLASS_PATTERNS: [CharacterClass, RegExp][] = [
  [
    'uppercase',
    new RegExp(
      `${B}(?:(?:upper[- ]?case|capital)(?: letters?| characters?)?${E}|upper-?(?=\\s+(?:and|&)\\s+lower[- ]?case)|upper(?=[\\s,&]*(?:and\\s+)?[\\s,]*(?:lower|digits?|numbers?|symbols?|special)${E})|capitals${E}|gro(?:ss|ß)buchstaben?${E}|gro(?:ss|ß)-(?=\\s*(?:und|oder)\\s+klein)|mayusculas?${E}|majuscules?${E}|maiuscol[ae]${E}|maiusculas?${E})`,
      'gu',
    ),
  ],
  [
    'lowercase',
    new RegExp(
      `${B}(?:(?:lower[- ]?case|small)(?: letters?| characters?)?${E}|lower-?(?=\\s+(?:and|&)\\s+upper[- ]?case(?: letters?)?)|lower(?=[\\s,&]*(?:and\\s+)?[\\s,]*(?:upper|digits?|numbers?|symbols?|special)${E})|kleinbuchstaben?${E}|klein-(?=\\s*(?:und|oder)\\s+gro)|minusculas?${E}|minuscules?${E}|minuscol[ae]${E})`,
      'gu',
    ),
  ],
  [
    'digit',
    new RegExp(
      `${B}(?:digits?|numbers?|numerals?|ziffern?|zahlen?|digitos?|numeros?|chiffres?|cifr[ae]|numeri|numero)${E}`,
      'gu',
    ),
  ],
  [
    'symbol',
    new RegExp(
      `${B}(?:special (?:characters?|chars?|symbols?)|symbols?|symboles?|specials?|sonderzeichen|simbolos?|simboli|caracteres especial(?:es|s)|caracteres speciaux|caractere special|caratteri speciali|carattere speciale|caracteres especiais|punctuation)${E}`,
      'gu',
    ),
  ],
];

/**
 * "no matter what it contains", "egal was es enthält", "sin importar lo que contenga": a length alone decides,
 * which is how a tier said only of a length is read anyway.
 */
export const WHATEVER =
  /\b(?:no matter what (?:it contains|it has|else)|whatever (?:it contains|else it has|its characters)|regardless of (?:what it contains|its characters|the characters)|egal,? was (?:es|sie|darin) enthalt|unabhangig vom inhalt|sin importar (?:lo que contenga|los caracteres)|(?:sea cual sea|da igual) (?:su contenido|lo que contenga)|quel que soit (?:son contenu|ce qu'il contient)|peu importe (?:son contenu|ce qu'il contient)|qualunque cosa contenga|indipendentemente dal contenuto|nao importa o que (?:contem|contenha)|independentemente do conteudo|seja qual for o conteudo)\b/;

/**
 * "only one kind of character", "a single type of character", "nur eine Zeichenart", "un solo tipo de carácter",
 * "un seul type de caractère", "un solo tipo di carattere", "um só tipo de caractere": at most one kind.
 */
export const ONE_KIND =
  /\b(?:(?:only|just) (?:one|a single) (?:kind|type|class|sort) of characters?|(?:only|just) (?:one|a single) character (?:kind|type|class)|a single (?:kind|type|class) of characters?|one (?:kind|type|class) of characters? only|nur (?:eine|einer) (?:zeichenart|zeichenklasse|art von zeichen|sorte von zeichen)|nur aus einer (?:zeichenart|zeichenklasse|art von zeichen)|(?:un )?(?:solo|unico|único) tipo de caracter(?:es)?|una sola clase de caracteres|un seul (?:type|genre) de caracteres?|une seule (?:sorte|categorie|classe) de caracteres?|un solo tipo di caratter[ei]|una sola (?:classe|categoria) di caratteri|(?:um so|apenas um|um unico) tipo de caracteres?)\b/;

/**
 * "an empty password is an error", "ein leeres Passwort ist ein Fehler", "una contraseña vacía es un error", "un
 * mot de passe vide est une erreur": a refusal of the empty password, not a tier (folded text).
 */
export const EMPTY_REFUSED =
  /\b(?:empty|blank|leer|leeres|leere|vacia|vacio|vide|vuota|vuoto|vazia|vazio)\b[^.;\n]*?\b(?:error|errors|invalid|refused|rejected|reject|400|fehler|ungultig|abgelehnt|abweisen|invalida|invalido|rechaza|rechazada|rechazado|erreur|invalide|refuse|rejete|rejetee|errore|rifiutata|rifiutato|erro|recusada|recusado|rejeitada|rejeitado)\b/;

/**
 * "also say what is missing so the person can fix it", "sagen, was noch fehlt", "decir lo que falta", "dire ce
 * qui manque", "dire cosa manca", "dizer o que falta": the answer lists what the password lacks (folded text).
 */
export const MISSING =
  /\b(?:what(?: is|'s)? (?:missing|lacking)|what it (?:lacks|is missing)|(?:which|what) (?:rules?|requirements?|criteria|parts?|things?) (?:are |is )?(?:missing|lacking|unmet)|(?:the )?missing (?:rules|requirements|criteria|parts|pieces|items)|was (?:noch |ihm )?fehlt|welche (?:regeln|kriterien|anforderungen) (?:noch )?fehlen|lo que (?:le )?falta|que (?:le )?falta|ce qui (?:lui )?manque|ce qu'il (?:lui )?manque|cosa (?:le |gli )?manca|quello che (?:le |gli )?manca|o que (?:lhe )?falta)\b/;

/** A request before what is missing ("… the rest is medium also say"): words of adding and of answering. */
export const ASKING =
  /(?:\s+(?:also|and|as well|please|auch|und|bitte|ademas|tambien|y|aussi|et|anche|e|tambem))*(?:\s+(?:say|tell|show|list|return|give|explain|sagen|angeben|zeigen|nennen|ausgeben|decir|indicar|mostrar|dar|dire|indiquer|montrer|afficher|donner|indicare|mostrare|dare|dizer|mostrar))*\s*$/;

/** "only letters", "nur Buchstaben", "solo letras", "que des lettres", "solo lettere", "só letras". */
export const ONLY_LETTERS =
  /\b(?:only letters|letters only|just letters|nur buchstaben|solo letras|solamente letras|unicamente letras|que des lettres|seulement des lettres|uniquement des lettres|solo lettere|soltanto lettere|so letras|apenas letras|somente letras)\b/;
