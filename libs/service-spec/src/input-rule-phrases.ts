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

/** "Greater than or equal to", "≥": a bound including its number, in the six languages (folded). */
const AT_OR_ABOVE =
  '(?:>=|≥|greater than or equal to|more than or equal to|grosser oder gleich|groesser oder gleich|mayor(?:es)? o igual (?:a|que)|superieure?s? ou egale?s? a|maggiore o uguale a|maior(?:es)? ou igua(?:l|is) a)';
const AT_OR_BELOW =
  '(?:<=|≤|less than or equal to|kleiner oder gleich|menor(?:es)? o igual (?:a|que)|inferieure?s? ou egale?s? a|minore o uguale a|menor(?:es)? ou igua(?:l|is) a)';
/** "0 or more", "null oder mehr", "0 o más", "0 ou plus", "0 o più", "0 ou mais" after a number (folded). */
const OR_MORE =
  '(?:or more|or greater|or above|or higher|oder mehr|oder hoher|oder grosser|o mas|ou plus|o piu|ou mais)';

/**
 * A bound including its number, said as what must hold ("score must be an integer >= 0, else 400", "has to be a
 * whole number of 0 or more", "deve essere un intero maggiore o uguale a 0"): the rest is refused. Only where the
 * feature says what must hold (a "must" before it, or a symbol beside "otherwise"); "100 or more is refused" names
 * the refused side and is not read here. The kind of number ("an integer") is left for its own reading.
 */
export function allowedInclusive(
  n: string,
  outside: boolean,
): { pattern: RegExp; rule: (n: number) => FieldRule }[] {
  const kind =
    '(?:(?:an? |un |une |uno |una |um |uma |eine )?(?:integer|whole number|number|ganze zahl|zahl|entero|numero entero|entier|nombre entier|intero|numero intero|inteiro|numero inteiro)\\s*,?\\s*(?:(?:of|von|de|di|da)\\s+)?)?';
  const must = `(?<=\\b${MUST_BE}${kind})`;
  return [
    {
      pattern: new RegExp(`${must}${AT_OR_ABOVE}\\s*${n}|${must}${n}\\s+${OR_MORE}\\b`),
      rule: (v) => ({ minimum: v }),
    },
    { pattern: new RegExp(`${must}${AT_OR_BELOW}\\s*${n}`), rule: (v) => ({ maximum: v }) },
    ...(outside
      ? [
          { pattern: new RegExp(`${AT_OR_ABOVE}\\s*${n}`), rule: (v: number) => ({ minimum: v }) },
          { pattern: new RegExp(`${AT_OR_BELOW}\\s*${n}`), rule: (v: number) => ({ maximum: v }) },
        ]
      : []),
  ];
}

/**
 * A value that does not exist among those a field lists ("a status value that does not exist", "ein Status, den es
 * nicht gibt", "un estado que no existe", "un statut qui n'existe pas"): an unknown value. Never a digit that does
 * not exist in a base (`NOT_IN_BASE`, "does not exist in the source base").
 */
export const NOT_EXISTING =
  /\b(?:(?:that |which )?(?:does|do) not exist|(?:den|die|das) es nicht gibt|(?:que )?no exist(?:e|en|a|an)|(?:qui )?n exist(?:e|ent) pas|(?:che )?non esist(?:e|ono)|(?:que )?nao exist(?:e|em)|non-?existent|inexistent\w*)\b(?!\s+(?:in|en|dans|nella|nel|na|no)\b)/g;

/**
 * A text that leaves nothing to work on ("a title that leaves nothing", "text that produces an empty slug", "un
 * titre qui ne donne rien", "um título que não deixa nada"): no letter or digit in it (folded text).
 */
export const NOTHING_LEFT =
  /\b(?:(?:leaves|leave|gives|give|produces|produce|yields|yield|makes|make) (?:nothing|an empty (?:slug|result|string))|(?:ergibt|ergeben|liefert|liefern|ubrig lasst) (?:nichts|einen leeren slug)|(?:no )?(?:deja|da|produce) (?:nada|un slug vacio)|ne (?:donne|laisse|produit) rien|non (?:lascia|da|produce) (?:nulla|niente)|nao (?:deixa|da|produz) nada)\b/g;

/**
 * Text where a number belongs, said as what may not be sent ("no text where a number should be", "kein Text, wo
 * eine Zahl hingehört", "nada de texto donde va un número", "pas de texte là où il faut un nombre", "niente testo
 * dove serve un numero", "nada de texto onde deveria haver um número"): a refusal of a value that is no number,
 * with no word of refusal besides (folded text).
 */
export const NO_TEXT_FOR_NUMBER =
  /\b(?:no|never|keine?n?|nie|nada de|ningun\w*|pas de|jamais de|jamais|niente|nessun\w*|mai|nenhum\w*|nunca)\s+(?:text|texts|letters|words|texto|textos|letras|texte|textes|lettres|testo|testi|lettere|buchstaben)\s*,?\s+(?:where|wo|donde|la ou|ou|dove|onde|in place of|instead of|anstelle einer|statt einer|en lugar de|au lieu d|al posto di|em vez de)(?:\s+(?:va|van|debe ir|deberia ir|deberia haber|hace falta|il faut|faut|devrait aller|serve|servirebbe|ci vuole|va messo|deveria haver|deveria estar|deveria ir|vai))?\s+(?:a |an |eine |un |une |um |uma )?(?:number|zahl|numero|nombre)(?:\s+(?:should be|should go|belongs|is expected|goes|is needed|hingehort|gehort|stehen sollte|sein sollte|steht|va|est attendu|devrait etre|dovrebbe esserci|dovrebbe stare))?\b/g;

/**
 * Quoted values given as examples of the refused ones ("(e.g. "!!!")", "comme "???"", "wie "IIII""), with their
 * introducer: they name no input and are read by the gate on their own (`quoted-refusals.ts`); "???" is no question.
 */
export const QUOTED_EXAMPLE =
  /\(?\b(?:e\.g\.|for example|for instance|such as|like|z\.\s?b\.|zum beispiel|etwa|wie|por ejemplo|p\. ?ej\.|como|par exemple|p\. ?ex\.|comme|tels? que|ad esempio|per esempio|come|por exemplo|ex\.)\s*:?\s*(?:"[^"]{1,24}"[\s,;/]*(?:(?:and|or|und|oder|y|o|et|ou|e)\s+)?)+\)?/g;

/** "An unknown id is a 404": a refusal of an id no record has, on every record route with one. */
export const UNKNOWN_ID =
  /^(?:an? |the |any |eine? |un |una |une |um |uma )?(?:(?:unknown|nonexistent|non-existent|unbekannt\w*|desconocid\w*|inconnu\w*|sconosciut\w*|desconhecid\w*|inexistent\w*) (?:\p{L}+ )?(?:id|ids|identifier|kennung|identificador|identifiant|identificativo|codes?|slugs?|kurzcodes?|codigos?|codice|codici)\b|(?:id|ids|identificador|identifiant|identificativo|codes?|codigos?|codice|codici|slugs?)(?: \p{L}+)? (?:desconocid\w*|inconnu\w*|sconosciut\w*|desconhecid\w*|inexistent\w*)\b)/u;

/** Words of a whole number or a number, as the kind of value a bound describes ("whole numbers above zero"). */
const KIND_WORDS =
  '(?:an? |un |une |uno |una |um |uma |eine? )?(?:whole numbers?|integers?|numbers?|ganze zahlen?|zahlen?|(?:numeros )?enteros?|(?:nombres )?entiers?|(?:numeri )?interi|(?:numero )?intero|(?:numeros )?inteiros?)\\s+';
/**
 * What must hold, or a kind of value said of what is accepted ("scores are whole numbers above zero", "Punkte sind
 * ganze Zahlen über 0"): the bound after it is the allowed side. The kind is left in the text (a lookbehind), where
 * "whole numbers" still says that fractions are refused.
 */
const MUST_BE_KIND = `(?:\\b${MUST_BE}|(?<=\\b(?:${MUST_BE}|(?:are|is|sind|ist|son|es|sont|est|sono|e|sao)\\s+)${KIND_WORDS}))`;

/**
 * Bounds said as what must hold ("the value has to be greater than 0", "muss größer als 0 sein", "doit être
 * positif"): what they allow, the other side refused. Read before the bounds that name the refused side ("weights
 * over 500 are refused"), which the same words say without "must".
 */
export function requiredBounds(n: string): { pattern: RegExp; rule: (n: number) => FieldRule }[] {
  return [
    {
      pattern: new RegExp(
        `${MUST_BE_KIND}(?:greater than|more than|larger than|bigger than|higher than|above|over|grosser als|mehr als|hoher als|uber|mayor(?:es)? (?:que|de)|mas de|superior(?:es)? a|plus grand(?:e|s|es)? que|superieure?s? a|plus de|maggiore di|piu di|superiore a|maior(?:es)? (?:que|de)|mais de)\\s+${n}`,
      ),
      rule: (v) => ({ exclusive_minimum: v }),
    },
    {
      pattern: new RegExp(
        `${MUST_BE_KIND}(?:less than|smaller than|lower than|below|under|kleiner als|weniger als|unter|menor(?:es)? (?:que|de)|menos de|inferior(?:es)? a|plus petit(?:e|s|es)? que|inferieure?s? a|moins de|minore di|meno di|inferiore a)\\s+${n}`,
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
  /\b(?:(?:is|it is|it s) (?:impossible|not possible)|impossible|cannot work|does not work|(?:ist )?(?:unmoglich|nicht moglich)|(?:no es posible|es imposible|imposible)|(?:n est pas possible|c est impossible)|(?:non e possibile|e impossibile|impossibile)|(?:nao e possivel|e impossivel|impossivel)|nao da para (?:dividir|repartir|calcular|converter)|(?:cannot|can not|may not|must not) be (?:split|divided|shared|computed|calculated|converted|rolled|processed|handled|accepted)|(?:kann|konnen|darf|durfen) nicht (?:aufgeteilt|geteilt|berechnet|umgerechnet|verarbeitet|gewurfelt|angenommen) werden|no se (?:puede|pueden) (?:dividir|repartir|calcular|convertir|procesar|tirar|aceptar)|(?:ne )?(?:peut|peuvent) pas etre (?:partage|divise|calcule|converti|traite|accepte)\w*|non (?:si )?(?:puo|possono) (?:essere )?(?:divis|calcolat|convertit|ripartit|dividere|calcolare|convertire|ripartire)\w*|nao (?:pode|podem) ser (?:dividid|calculad|convertid|repartid|aceit)\w*)\b/g;

/**
 * A value the service does not know, said of the service ("the unit must be one we know", "a currency we do not
 * support", "an sku we have never seen", "a code we don't have"): an unknown value.
 */
export const NOT_KNOWN =
  /\b(?:(?:must|has to|have to|should) be (?:one|a unit|a currency|a value) (?:that )?(?:we|you|it|the service) (?:know|knows|support|supports|list|lists|handle|handles)|(?:we|you|it|the service) (?:do not|does not|cannot) (?:know|support|list|handle)|(?:we|you|i) (?:have |has )?never (?:seen|heard of|had|stocked)|(?:we|you|i) do not have)\b/g;

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

/** A value said to be not valid ("not a valid zone", "nicht gültig"): a malformed value where no other kind is read. */
export const MALFORMED =
  /\b(?:no (?:sea|es) (?:una? )?(?=https?\b)|not (?:a |an )?valid|not (?:in )?(?:a )?(?:well-formed )?|kein\w* gultig\w*|nicht gultig\w*|no (?:es )?(?:un |una )?valid\w*|pas (?:un |une )?valide|non (?:e )?(?:un |una )?valid\w*|nao (?:e )?(?:um |uma )?valid\w*)\b/;

/** Words that only say a value is malformed: read beside other kinds too ("unknown zone or malformed time"). */
export const ILL_FORMED =
  /\b(?:malformed|ill-formed|(?:does|do|did|can|will) not parse|unpars(?:e)?able|cannot be parsed|nicht lesbar|no se puede leer|illisible|mal formad\w*|mal forme\w*|malformat\w*)\b/g;

/**
 * A value outside the table or the list of values a computation holds, said as such: "not in the rate table",
 * "missing from the table" (never a value left out), "nicht in der Kurstabelle", "que no figure en la tabla",
 * "absente de la table", "non presente nella tabella", "não está na tabela"; and one besides those listed ("any unit
 * besides those four", "Unità diverse da queste quattro", "außer diesen"). An unknown value, read before the
 * other kinds.
 */
export const NOT_LISTED =
  /\b(?:(?:is |are )?(?:not|never) (?:in|on|listed in|found in|part of) (?:the|our|that|this) (?:[a-z]+ )?table|(?:missing|absent) from (?:the|our|that|this) (?:[a-z]+ )?table|nicht in der \w*tabelle(?: (?:steht|stehen|enthalten|vorkommt|vorkommen))?|(?:que )?no (?:esta|estan|este|esten|figura|figuran|figure|figuren|aparece|aparecen|aparezca|aparezcan) en la tabla|(?:n est |ne sont )?pas dans la table|absente?s? de la table|non (?:e |sono )?(?:present[ei] )?nella tabella|non (?:compare|compaiono|figura|figurano) nella tabella|nao (?:esta|estao|consta|constam|aparece|aparecem) na tabela|(?:besides|apart from|except|other than) (?:those|these|the) (?:[a-z]+ )?(?:listed|ones|units|currencies|values|one|two|three|four|five|six|seven|eight|nine|ten)?|ausser (?:diesen|den genannten)(?: \w+)?|(?:distint[oa]s?|diferentes?) de (?:esas|esos|estas|estos)(?: \w+)?|(?:autres?|differente?s?) (?:que|de) (?:ces|celles-ci|ceux-ci)(?: \w+)?|divers[eia] da (?:queste|questi|quelle|quelli)(?: \w+)?|diferentes? d(?:essas|esses|estas|estes)(?: \w+)?)\b/g;

/** A number of digits ("19 digits", "12 Ziffern", "19 dígitos"): the word is dropped, the bound counts digits. */
export const DIGIT_COUNT = /\b(\d+)\s*(?:digits?|ziffern|stellen|digitos|cifras|chiffres|cifre)\b/g;

/**
 * An example of the refused value in parentheses, with a number in it ("(such as 8 in base 8)", "(z. B. 2 in Basis
 * 2)", "(como 9 en base 8)"): it illustrates a clause, naming no input nor a bound of its own (folded text).
 */
export const WRITTEN_EXAMPLE =
  /\((?:e\.? ?g\.?|such as|like|for example|for instance|say|z\. ?b\.?|wie|etwa|por ejemplo|p\. ?ej\.?|como|par exemple|comme|p\. ?ex\.?|ad esempio|per esempio|come|por exemplo|ex\.?)\s[^()]*\d[^()]*\)/g;

/**
 * A digit the base a number is written in does not have ("a digit that the source base does not have", "un chiffre
 * qui n'existe pas dans la base de départ", "una cifra que no existe en la base de origen"): a malformed number.
 */
export const NOT_IN_BASE =
  /\b(?:(?:that |which )?the (?:source |from |input |given |original )?base (?:does not|do not|cannot) (?:have|has|contain|allow)|(?:that |which )?(?:does not|do not) (?:exist|belong) in the (?:source |from |input |given )?base|not (?:a )?(?:valid )?digits? (?:of|in) the (?:source |from |input |given )?base|(?:qui )?n existe pas dans la base(?: de depart| source| d origine)?|(?:que )?no existe en la base(?: de origen)?|(?:die |der )?es in der (?:ausgangsbasis|quellbasis|basis) nicht gibt|(?:che )?non esiste nella base(?: di partenza| di origine)?|(?:que )?nao existe na base(?: de origem)?)\b/g;

/**
 * "Only http and https links are accepted", "nur https-Adressen sind erlaubt": the addresses of other schemes are
 * refused, said as what is accepted (folded text; the noun is group 1). Only a feature that says nothing else: a
 * clause of a feature that also does something ("shorten a URL …; only http and https URLs are accepted") is that
 * feature's own rule.
 */
export const HTTP_ONLY_ACCEPTED =
  /^\s*(?:only|nur|solo|solamente|seulement|uniquement|apenas|somente|soltanto)\s+(?:http\s+(?:and|or|und|oder|y|o|et|ou|e)\s+https|https?)(?:\s+|-)(urls?|links?|address(?:es)?|adressen|enlaces|liens|indirizzi|enderecos)\s+(?:(?:are|is|sind|werden|wird|son|se|sont|sono|vengono|sao)\s+)?(?:accepted|allowed|supported|akzeptiert|erlaubt|zulassig|aceptad\w*|permitid\w*|admitid\w*|accepte\w*|autorise\w*|accettat\w*|ammess\w*|consentit\w*|aceit\w*)\b\s*[.!]?\s*$/g;

const ONLY_WORD =
  '(?:only|nur|solo|solamente|seulement|uniquement|seule?s?|apenas|somente|soltanto|unicamente)';
const WEB_SCHEMES = '(?:http-?\\s+(?:and|or|und|oder|y|o|et|ou|e)\\s+https|https?|http\\s*\\(s\\))';
/** What a short link points to, said as its target ("only http(s) targets", "nur https-Ziele", "destinos http"). */
const WEB_TARGETS = 'targets|destinations|ziele|zieladressen|destinos|cibles|destinazioni';
const WEB_NOUNS = `(urls?|links?|address(?:es)?|adressen|adresses|enlaces|liens|indirizzi|enderecos|direcciones|${WEB_TARGETS})`;
const WEB_ACCEPTED =
  '(?:accepted|allowed|supported|akzeptiert|erlaubt|zulassig|angenommen|aceptad\\w*|aceptan|permitid\\w*|permiten|admitid\\w*|admiten|accepte\\w*|autorise\\w*|accettat\\w*|ammess\\w*|consentit\\w*|aceit\\w*)';
/** What the rest of the values gets ("…, sonst 400", "(400 si no)", "altrimenti 400"): its status, group 1 or 2. */
const WEB_ELSE =
  '(?:\\s*[,;]?\\s*(?:sonst|else|otherwise|si no|sinon|altrimenti|senao|caso contrario|de lo contrario|(?:anything|everything)\\s+else\\s+(?:is|gets|returns|gives)(?:\\s+an?)?)\\s*(?:->|=>|:)?\\s*(4\\d\\d)|\\s*\\(\\s*(4\\d\\d)(?:\\s+(?:si no|sinon|sonst|otherwise|else|altrimenti|senao|caso contrario))?\\s*\\))?';

/**
 * The same said in the other orders languages write it ("solo se aceptan URLs http y https (400 si no)", "solo URL
 * http e https, altrimenti 400", "Nur http- und https-Adressen sind erlaubt, sonst 400"), with the status the rest
 * gets: the noun is group 1, the status group 2 or 3 (folded text, the whole feature).
 */
const HTTP_ONLY_WRITTEN = [
  new RegExp(
    `^\\s*${ONLY_WORD}\\s+${WEB_SCHEMES}(?:\\s+|-)${WEB_NOUNS}\\s+(?:(?:are|is|sind|werden|wird|son|se|sont|sono|vengono|sao)\\s+)?${WEB_ACCEPTED}\\b${WEB_ELSE}\\s*[.!]?\\s*$`,
  ),
  new RegExp(
    `^\\s*${ONLY_WORD}\\s+(?:se\\s+)?${WEB_ACCEPTED}\\s+${WEB_NOUNS}\\s+${WEB_SCHEMES}\\b${WEB_ELSE}\\s*[.!]?\\s*$`,
  ),
  new RegExp(`^\\s*${ONLY_WORD}\\s+${WEB_NOUNS}\\s+${WEB_SCHEMES}\\b${WEB_ELSE}\\s*[.!]?\\s*$`),
  // "we only accept http and https links", "accettiamo solo link http o https": the one accepting is the service.
  new RegExp(
    `^\\s*(?:we\\s+)?${ONLY_WORD}\\s+(?:accept|accepts)\\s+${WEB_SCHEMES}(?:\\s+|-)${WEB_NOUNS}\\b${WEB_ELSE}\\s*[.!]?\\s*$`,
  ),
  new RegExp(
    `^\\s*(?:we\\s+|wir\\s+)?(?:accept|accettiamo|akzeptieren|nehmen|aceptamos|admitimos|acceptons|aceitamos)\\s+${ONLY_WORD}\\s+${WEB_NOUNS}\\s+${WEB_SCHEMES}\\b${WEB_ELSE}\\s*[.!]?\\s*$`,
  ),
  // "links must start with http:// or https://, anything else is a 400".
  new RegExp(
    `^\\s*(?:(?:the|all|every)\\s+)?${WEB_NOUNS}\\s+(?:must|have to|need to|muss|mussen|debe|deben|doit|doivent|deve|devono|devem)\\s+(?:start|begin|beginnen|anfangen|empezar|comenzar|commencer|iniziare|comecar)\\s+(?:with|mit|con|por|par|avec|com|by)\\s+https?(?::\\/\\/)?\\s+(?:or|oder|o|ou|e|y|et)\\s+https?(?::\\/\\/)?${WEB_ELSE}\\s*[.!]?\\s*$`,
  ),
  // "seules les URL http et https sont acceptées, sinon 400", "apenas URLs http e https são aceites, senão 400".
  new RegExp(
    `^\\s*${ONLY_WORD}\\s+(?:(?:les|as|os|los|las|i|gli|le|die)\\s+)?${WEB_NOUNS}\\s+${WEB_SCHEMES}\\s+(?:(?:are|is|sind|werden|son|se|sont|sono|vengono|sao)\\s+)?${WEB_ACCEPTED}\\b${WEB_ELSE}\\s*[.!]?\\s*$`,
  ),
];

/**
 * "URL que não começa com http:// ou https://", "una URL que no empieza por http:// o https://", "an address that
 * does not start with http:// or https://": the address of another scheme, named as the reader reads it (group 1
 * the noun).
 */
const NOT_STARTING_WEB =
  /\b(urls?|links?|address(?:es)?|adressen?|adresses?|enlaces?|liens?|indirizz[oi]|enderecos?|direccion(?:es)?)\s+(?:que|that|which|die|qui|che)\s+(?:nao|no|non|ne|not|does not|do not|nicht)\s+(?:comeca|comecam|empieza|empiezan|comienza|comienzan|inicia|iniciam|commence|commencent|inizia|iniziano|beginnt|beginnen|starts?|begins?)\s+(?:pas\s+)?(?:com|con|por|par|avec|mit|with|by)\s+https?(?::\/\/)?\s+(?:ou|o|or|oder|e|y|et)\s+https?(?::\/\/)?/g;

/**
 * A code that does not exist ("a code that doesn't exist", "um código que não existe", "un codice che non esiste",
 * "un code qui n'existe pas"): a short code names its record as an id does, so it is an unknown id (group 1 the
 * noun); "gives not found" its 404.
 */
const CODE_NOT_EXISTING =
  /^(?:(?:a|an|the|any|um|uma|un|una|une|ein|eine|einen)\s+)?(?:short\s+)?(codes?|slugs?|codigos?|codice|codici|kurzcodes?|kurzel)\s+(?:that|which|que|qui|che|den|der|die)\s+(?:does not|do not|no|nao|n|non|es nicht)\s+(?:exists?|existe|existent|esiste|gibt)(?:\s+pas)?\b(?:\s+(?:gives|returns|answers|is|yields)\s+(?:a\s+)?(not found)\s*[.!]?\s*$)?/;

/**
 * "reject anything that is not an http or https URL": any other scheme refused, in the English order, at the
 * start of the feature (group 1 the noun). What follows stays ("…, and an unknown code is simply not found").
 */
const REJECT_NOT_WEB =
  /^\s*(?:reject|refuse)\s+(?:anything|everything)\s+(?:that is|that's|which is)\s+not\s+(?:an?\s+)?http\s+(?:or|nor)\s+https\s+(urls?|links?|address(?:es)?)\b/;

/**
 * The noun the reader reads an address by: words for an address are the URL ("addresses", "Adressen"); a link is
 * its URL too, and stays a link for a record whose field is one ("bookmarks with a title and a link").
 */
function webNoun(noun: string): string {
  if (/^urls?$/.test(noun)) return noun;
  return /^(?:links?|enlaces|liens)$/.test(noun) ? `${noun} urls` : 'urls';
}

/**
 * Folded text with what a value may be written as read as what is refused: only http(s) addresses accepted (any
 * other scheme refused), "not #RRGGBB" (the notation of a hex colour).
 */
export function withNotationsRead(text: string): string {
  let read = text.replace(
    HTTP_ONLY_ACCEPTED,
    (_m, noun: string) => `${webNoun(noun)} that are not http or https are refused`,
  );
  for (const pattern of HTTP_ONLY_WRITTEN) {
    read = read.replace(pattern, (_m, noun: string, a?: string, b?: string) => {
      const status = a ?? b;
      return `${webNoun(noun)} that are not http or https are refused${status ? ` with ${status}` : ''}`;
    });
  }
  read = read.replace(
    REJECT_NOT_WEB,
    (_m, noun: string) => `${webNoun(noun)} that are not http or https are refused`,
  );
  read = read.replace(
    CODE_NOT_EXISTING,
    (_m, noun: string, notFound?: string) => `an unknown ${noun} id${notFound ? ' returns 404' : ''}`,
  );
  return read
    .replace(NOT_STARTING_WEB, (_m, noun: string) => `${webNoun(noun)} that are not http or https`)
    .replace(/#rrggbb\b|#rgb\b/g, 'hex colour');
}

/** "Only EUR, USD and GBP are accepted": two or more short values, the only ones accepted (folded text). */
export const ONLY_LISTED =
  /\b(?:only|nur|solo|solamente|seulement|uniquement|apenas|somente|soltanto)\s+((?:[a-z0-9]{1,12}(?:\s*,\s*|\s+(?:and|or|und|oder|y|o|et|ou|e)\s+))+[a-z0-9]{1,12})\s+(?:(?:are|is|sind|werden|wird|son|se|sont|sono|vengono|sao)\s+)?(?:accepted|allowed|supported|akzeptiert|erlaubt|zulassig|unterstutzt|aceptad\w*|permitid\w*|admitid\w*|soportad\w*|accepte\w*|autorise\w*|accettat\w*|ammess\w*|consentit\w*|supportat\w*|aceit\w*|suportad\w*)\b/;

/** A list of accepted values named as such ("not in that list"), not an operation listing things. */
export const LISTED =
  /\b(?:in|on|from) (?:that|the|this|our) list\b|\b(?:an?|the|empty|blank|whole|une?|unas?|uma|la|eine?|leere?n?|vide|vacia|vuota|vazia) (?:empty )?(?:list|liste|lista)\b|\b(?:liste|lista) (?:vide|vacia|vuota|vazia)\b|\ben la lista\b|\bdans la liste\b|\bin der liste\b|\bnella lista\b|\bna lista\b/g;

/** "Nothing sent", "no title sent", "not given": a value absent from the request ("sent" moves nothing). */
export const NOTHING_SENT =
  /\b(?:(nothing|no body) |no ((?:[a-z]+ ){1,2}))(?:is |was |are |were |at all )?(?:sent|given|provided|supplied)\b/g;

/** The same said with the verb first: "sending no text (at all)", "giving nothing". */
export const SENDING_NOTHING =
  /\b(?:sending|send|sends|giving|providing|supplying)\s+(?:(nothing|no body)|no ((?:[a-z]+ )?[a-z]+?))(?= at all\b| is\b| are\b| returns?\b| gets?\b| -> | => |$| [,;])(?: at all)?/g;

/** "Any other", "jede andere": beside a number, the rest of a range rather than an unknown value. */
export const OTHER_VALUE =
  /\b(?:any other|other than|jede andere|cualquier otr\w*|tout autre|toute autre|qualsiasi altr\w*|qualquer outr\w*|anything else|everything else|alles andere|cualquier otra cosa|todo lo demas|tout le reste|tutto il resto|qualquer outra coisa)\b/;

/**
 * A negated copula saying what a value may not be ("cannot be negative", "must not be zero", "darf nicht negativ
 * sein", "no puede ser negativa", "ne peut pas être nul", "non può essere vuoto", "não pode ser negativo"): words
 * of refusal; the kind after them (negative, zero, empty) says what is refused (folded text). German only with its
 * "sein": "darf nie unter 0 fallen" is a stock that must not fall, no value sent.
 */
export const NOT_BE =
  /\b(?:(?:cannot|can not|may not|must not|should not|can never|may never|must never|should never|is never|are never) be|(?:darf|durfen|kann|konnen|soll|sollen) (?:nie(?:mals)?|nicht)(?= (?:\w+ ){0,3}sein\b)|(?:no|nunca) (?:puede|pueden|debe|deben) (?:ser|estar)|(?:ne )?(?:peut|peuvent|doit|doivent) (?:pas|jamais) etre|non (?:puo|possono|deve|devono) (?:mai )?essere|nao (?:pode|podem|deve|devem) (?:nunca )?(?:ser|estar|ficar))\b/g;

/**
 * What must hold, said with the allowed side of a bound and no word of refusal ("there must always be at least one
 * person", "the number of people has to be one or more", "es muss mindestens eine Person sein", "il faut au moins
 * une personne", "tiene que haber al menos una persona", "deve esserci almeno una persona"): the rest is refused.
 */
export const MUST_HOLD = new RegExp(
  `\\b(?:must|has to|have to|needs? to|muss|mussen|tiene que|tienen que|hay que|debe|deben|doit|doivent|il faut|faut|deve|devono|tem que|tem de|precisa|precisam)\\b.*\\b(?:(?:at least|no less than|mindestens|wenigstens|al menos|como minimo|au moins|au minimum|almeno|pelo menos|no minimo)\\s+(?:\\d|${ONE_WORDS}\\b)|(?:\\d+|${ONE_WORDS}) (?:or more|oder mehr|o mas|ou plus|o piu|ou mais)\\b)`,
);

/**
 * The sharers a count of zero is said of ("split between zero people", "entre cero personas", "auf null Personen",
 * "tra zero persone"): the words after the count name the input, never the thing shared before it.
 */
export const SHARED_AMONG = /\b(?:between|among|amongst|across|entre|zwischen|unter|auf|tra|fra|par)\s*$/;

/**
 * Everyday phrases saying a request is refused ("a bad request", "a client error", "not accepted", "no good",
 * "nonsense", "invalid input", "eine ungültige Anfrage", "una petición incorrecta", "n'est pas acceptée", "returns
 * an error", "devuelve un error", "gibt einen Fehler zurück"): words of refusal, never words naming an input nor an
 * operation of the feature's own (`withoutRefusalPhrases`).
 */
export const REFUSAL_PHRASES =
  /\b(?:(?:returns?|gives?|answers?|devuelve|devuelven|da|renvoie|renvoient|donne|restituisce|restituiscono|devolve|devolvem) (?:an?|un|una|une|um|uma) (?:error|erreur|errore|erro)(?=\s*(?:$|[,;.:(]|\d|(?:with|mit|con|avec|com|if|when|wenn|si|se|cuando|quand|quando)\b))|(?:gibt|liefert|ergibt) (?:einen )?fehler(?: zuruck)?(?=\s*(?:$|[,;.:(]|\d))|(?:a |an )?(?:bad|invalid|malformed) requests?|(?:a |an )?(?:client|validation|input) errors?|(?:invalid|bad) inputs?|nonsense|no good|(?:is |are |will be |(?:we |i )?(?:do|does|will|can) )?not (?:be )?accept(?:ed|able)?|(?:is |are |will be |(?:we |i )?(?:will |would )?)?never (?:be )?accept(?:ed|able)?|(?:wird |werden )?nie(?:mals)? (?:akzeptiert|angenommen)|(?:no )?(?:se )?acepta\w* nunca|nunca (?:se )?acepta\w*|(?:n )?(?:est|sont) jamais accept\w*|(?:non )?(?:e |sono |viene |vengono )?mai accettat\w*|nunca (?:e |sao )?aceit\w*|(?:we |i )?(?:do|does) not take|(?:wird |werden )?nicht (?:akzeptiert|angenommen|zulassig)|(?:eine? )?(?:ungultig\w*|fehlerhaft\w*) anfrage|no (?:se )?(?:acepta\w*|admit\w*)|(?:una? )?(?:peticion|solicitud) (?:incorrecta|invalida|erronea)|(?:n )?(?:est|sont) pas accept\w*|(?:une )?requete (?:invalide|incorrecte)|non (?:e |sono |viene |vengono )?accettat\w*|(?:una )?richiesta non valida|nao (?:e |sao )?aceit\w*|(?:um )?pedido invalido|(?:is |are |will be )?not (?:be )?(?:permitted|admitted)|(?:ist |sind |wird |werden )?nicht (?:zugelassen|gestattet)|no (?:son |es )?(?:admitid\w*|permitid\w*)|(?:n )?(?:est|sont) pas (?:admis\w*|permis\w*)|non (?:e |sono |viene |vengono )?(?:ammess\w*|permess\w*)|nao (?:e |sao )?(?:admitid\w*|permitid\w*))\b/g;

/** Values without repeats, equal by their JSON (clauses read twice from overlapping phrases). */
export function distinct<T>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A value that fails its check (folded): "whose check digit is wrong", "a wrong checksum", "fails the Luhn check",
 * "mit falscher Prüfsumme", "dígito de control incorrecto", "clé de contrôle fausse", "cifra di controllo errata",
 * "dígito verificador errado". A malformed value of a field of a checked format (`value-formats.ts`).
 */
export const FAILED_CHECK =
  /\b(?:(?:wrong|bad|incorrect|invalid|failing|broken) (?:check ?(?:digit|sum|character)s?|mod(?:ulo)? ?97 check)|check ?(?:digit|sum)s? (?:is |are )?(?:wrong|incorrect|invalid|bad|off)|(?:fails?|failing|does not pass|do not pass|not passing) (?:its |the |a )?(?:check ?(?:digit|sum)s?|luhn|mod(?:ulo)? ?97)(?: (?:check|test|validation))?|(?:falsche\w*|fehlerhafte\w*|ungultige\w*) (?:prufziffer|prufsumme|kontrollziffer)|(?:prufziffer|prufsumme) (?:ist |stimmt )?(?:falsch|ungultig|nicht)|digitos? de control (?:incorrect\w*|erroneo\w*|invalid\w*|equivocad\w*|mal)|(?:cle|chiffre) de controle (?:fausse?|incorrecte?|erronee?|invalide|mauvaise?)|(?:mauvaise?|fausse?) (?:cle|chiffre) de controle|cifra di controllo (?:errata|sbagliata|non valida)|digitos? verificador(?:es)? (?:errad\w*|incorret\w*|invalid\w*))\b/g;
