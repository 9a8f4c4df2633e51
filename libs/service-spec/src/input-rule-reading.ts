import type { FieldRule } from './record-rules';
import { readConstraint } from './constraint-reading';
import { REFUSED, contracted, foldText, listsCodedRules, refusalAside } from './input-rule-text';
import {
  CANNOT_BE,
  MUST_HOLD,
  NOT_BE,
  REFUSAL_PHRASES,
  SHARED_AMONG,
  distinct,
  DIGIT_COUNT,
  ILL_FORMED,
  FAILED_CHECK,
  LISTED,
  MALFORMED,
  NOT_IN_BASE,
  WRITTEN_EXAMPLE,
  NOT_KNOWN,
  NOT_EXISTING,
  NOTHING_LEFT,
  NO_TEXT_FOR_NUMBER,
  OTHER_VALUE,
  QUOTED_EXAMPLE,
  NOTHING_SENT,
  SENDING_NOTHING,
  NOT_LISTED,
  ONLY_LISTED,
  withNotationsRead,
  UNKNOWN_ID,
  ONE_WORDS,
  STATUS_AGAIN,
  ZERO,
  boundNumber,
  countingChars,
  allowedInclusive,
  markGermanZero,
  requiredBounds,
} from './input-rule-phrases';

/*
 * A key feature that only says which inputs of another feature's computation or record are refused, read into
 * clauses: each a kind of refused value (a bound, not a number, empty, blank — only spaces —, without any letter or
 * digit, not a string, missing, unknown, malformed) and the words
 * that name its input ("weights above 500 kg or heights over 3 m are refused" → two bounds; "a missing name or an
 * age outside 0..130 -> 400" → missing + a range; "an unknown id is a 404"). Five languages, accents folded. Pure:
 * the designer (`libs/generator` `input-rules.ts`) puts the rules on the inputs they name, and the
 * gate (`fidelity/input-rule-fidelity.ts`) holds the contract to them: both read the feature here.
 */

export type RuleKind =
  | 'bound'
  | 'zero'
  | 'nan'
  | 'fraction'
  | 'empty'
  | 'blank'
  | 'letterless'
  | 'not_string'
  | 'missing'
  | 'unknown'
  | 'malformed';

export interface RuleClause {
  kind: RuleKind;
  /** For a bound: what is allowed (values outside are refused). */
  rule?: FieldRule;
  /** The words naming the input (none: the one input the kind fits). */
  words: string[];
  /**
   * For a bound: it counts the digits of a number written as text ("card numbers with fewer than 12 or more than
   * 19 digits"), not the value of a number.
   */
  digits?: boolean;
  /** For a bound: it counts the characters of a text ("names longer than 50 characters"), not a number's value. */
  chars?: boolean;
  /**
   * For an unknown value: the values the feature lists as the only ones accepted ("only EUR, USD and GBP are
   * accepted; anything else returns 400"); the input they name is the one listing them.
   */
  accepted?: string[];
}

export interface InputRules {
  clauses: RuleClause[];
  /** The 4xx status the feature writes, else null. */
  status: number | null;
  /** "An unknown id is a 404": every record route with an id answers 404 for one that does not exist. */
  unknownId: boolean;
}

const N = '(-?\\d+(?:[.,]\\d+)?|zero|null|cero|nul|nulle)';
/** A bound's number: also "one" as a word ("at least one person", "menos de una persona"). */
const NB = `(-?\\d+(?:[.,]\\d+)?|zero|null|cero|nul|nulle|${ONE_WORDS})(?![a-z\\d])`;
const num = boundNumber;

/** The folded feature with its everyday phrases of refusal blanked: what is left names inputs. */
function withoutRefusalPhrases(folded: string): string {
  return folded.replace(REFUSAL_PHRASES, ' ').replace(CANNOT_BE, ' ').replace(NOT_BE, ' ');
}

/**
 * The words of a feature this reader reads, its error bodies and everyday phrases of refusal left out ("a bad
 * request", "a client error": not what the feature is about); the feature itself when it reads none.
 */
export function ruleWords(feature: string): string {
  return readInputRules(feature) === null ? feature : withoutRefusalPhrases(contracted(feature));
}

/** Verbs of an operation of its own: "return an error count", "list the rejected orders". */
const OPERATION =
  /\b(?:count\w*|return\w*|list(?!ed\b)\w*|show\w*|comput\w*|calculat\w*|log|logs|store\w*|save\w*|keep\w*|berechn\w*|devuelv\w*|calcul\w*|compt\w*|contar|muestr\w*|affich\w*|elenc\w*|zahle|zaehl\w*)\b/;

/**
 * A range allowed only: refused outside it ("outside 1..100", "between 1 and 20, anything else", "a base outside
 * 2-36": a hyphen between two plain numbers, never inside a date, a time or a longer run of them).
 */
const RANGE = new RegExp(
  `\\b(?:(?:between|zwischen|entre|tra|from|von|de|da)\\s+${N}\\s+(?:and|und|y|et|e|to|bis|a)\\s+${N}|${N}\\s*(?:\\.\\.|–|—|to|bis)\\s*${N}|(?<![\\d.,:-])(\\d+(?:[.,]\\d+)?)-(\\d+(?:[.,]\\d+)?)(?![\\d:-]|[.,]\\d))`,
);
const OUTSIDE =
  /\b(?:outside|out of|not between|ausserhalb|nicht zwischen|no esta entre|non e tra|nao esta entre|n est pas entre|fuera|hors|fuori|fora|else|otherwise|sonst|andere\w*|si no|sinon|altrimenti|senao|must|muss|mussen|debe\w*|doit|doivent|deve\w*|only|nur|solo|seulement|solamente|has to|have to|tiene\w* que|tem (?:que|de)|(?:los|las|lo|os) dema(?:s|is)|les autres|le reste|gli altri|il resto|o resto)\b/;

/** Kinds that carry a number, each with the rule allowing the rest. */
const BOUNDS: { pattern: RegExp; rule: (n: number) => FieldRule }[] = [
  // "has to be greater than 0": what must hold, read before the same words naming the refused side.
  ...requiredBounds(NB),
  {
    pattern: new RegExp(
      `\\b${N}\\s*(?:[a-z]{1,3}\\s+)?(?:or less|or below|or fewer|or under|oder weniger|oder darunter|o menos|ou moins|o meno|ou menos)\\b`,
    ),
    rule: (n) => ({ exclusive_minimum: n }),
  },
  {
    pattern:
      /\b(?:zero or (?:less|below|negative)|negative or zero|not positive|non[- ]?positive|null oder (?:weniger|negativ)|negativ oder null|nicht positiv|cero o (?:menos|negativ\w*)|negativ[oa]s? o cero|no positiv\w*|(?:zero|nul|nulle) ou (?:moins|negati\w*)|negati\w* ou (?:nul|nulle|zero)|zero o (?:meno|negativ\w*)|zero ou (?:menos|negativ\w*))\b/,
    rule: () => ({ exclusive_minimum: 0 }),
  },
  {
    pattern: new RegExp(
      `\\b(?:over|above|more than|greater than|larger than|higher than|heavier than|taller than|longer than|exceeding|beyond|uber|mehr als|grosser als|hoher als|schwerer als|mas de|mayor(?:es)? (?:de|que)|superior(?:es)? a|plus de|au-dessus de|au-dela de|piu di|superiore a|oltre|acima de|mais de|maior(?:es)? (?:de|que))\\s+${NB}`,
    ),
    rule: (n) => ({ maximum: n }),
  },
  {
    pattern: new RegExp(
      `\\b(?:at most|no more than|not more than|up to|hochstens|hoechstens|maximal|como maximo|a lo sumo|au plus|au maximum|al massimo|no maximo)\\s+${NB}`,
    ),
    rule: (n) => ({ maximum: n }),
  },
  {
    pattern: new RegExp(
      `\\b(?:at least|no less than|mindestens|wenigstens|al menos|como minimo|au moins|au minimum|almeno|pelo menos|no minimo)\\s+${NB}`,
    ),
    rule: (n) => ({ minimum: n }),
  },
  {
    pattern: new RegExp(
      `\\b(?:below|under|less than|fewer than|lower than|smaller than|shorter than|lighter than|unter|unterhalb|weniger als|kleiner als|menos de|menor(?:es)? (?:de|que)|inferior(?:es)? a|moins d(?:e)?|en dessous de|sotto|meno di|inferiore a|abaixo de)\\s+${NB}`,
    ),
    rule: (n) => ({ minimum: n }),
  },
  { pattern: /\bnegati\w*/, rule: () => ({ minimum: 0 }) },
];

const OTHER_KINDS: { kind: Exclude<RuleKind, 'bound' | 'malformed'>; pattern: RegExp }[] = [
  {
    // A value of another type where a text is read: "not a string", "kein String", "no es un string".
    kind: 'not_string',
    pattern:
      /\b(?:not (?:a |an )?(?:text )?string|non[- ]string|kein(?:e|en)? string|no es (?:un )?string|(?:n est )?pas (?:une? )?(?:chaine|string)|non (?:e )?(?:una )?string|nao (?:e )?(?:uma )?string)\b/,
  },
  {
    // A text with nothing to work on: "no letters or digits (at all)", "only punctuation", "ohne Buchstaben oder
    // Ziffern", "sin letras ni números", "sans aucune lettre ni chiffre", "senza lettere né cifre", "só pontuação".
    kind: 'letterless',
    pattern:
      /\b(?:(?:no|without|not a single|not one|ohne|kein\w*|sin|sans|senza|sem|nessuna?|aucune?|ningun\w*|nenhum\w*)\s+(?:(?:single|any|aucune?|einzige\w*|alguna?|qualche|nenhuma?)\s+)?(?:letters?|buchstaben|letras?|lettres?|lettere|lettera)\s+(?:or|and|nor|oder|und|noch|ni|o|y|ne|nem|ou|e)\s+(?:any\s+|aucune?\s+)?(?:digits?|numbers?|ziffern?|zahlen|digitos?|cifras?|numeros?|chiffres?|cifre|numeri|algarismos?)|(?:only|just|nothing but|purely|nur|solo|unicamente|seulement|uniquement|que|solamente|soltanto|apenas|somente|so)\s+(?:(?:of|aus|de|di|con|des|da|com)\s+)?(?:la\s+)?(?:punctuation|satzzeichen|signos de puntuacion|puntuacion|ponctuation|punteggiatura|pontuacao|symbols|sonderzeichen|simbolos|symboles|simboli)|(?:punctuation|satzzeichen|puntuacion|ponctuation|punteggiatura|pontuacao)\s+(?:alone|only|allein|sola|seule))\b/,
  },
  {
    // Only spaces: "whitespace-only", "blank", "nur aus Leerzeichen", "solo con espacios", "que des espaces",
    // "in bianco", "em branco". An empty text is another kind ("empty or whitespace-only": both).
    kind: 'blank',
    pattern:
      /\b(?:blank|whitespace(?:[- ]only)?|white space|only (?:white ?space|spaces|blanks)|(?:white ?space|spaces)[- ]only|(?:of|made of|consisting of) (?:only )?spaces|nur (?:aus )?leerzeichen|(?:lauter )?leerzeichen allein|lauter leerzeichen|en blanco|solo (?:con |de )?espacios|(?:que|seulement|uniquement) (?:des |d )?espaces|in bianco|solo (?:di |da )?spazi|em branco|(?:so|apenas|somente) (?:com |de )?espacos)\b/,
  },
  {
    // Integers only: "must be a whole number", "not an integer", "keine ganze Zahl", "no es un entero".
    kind: 'fraction',
    pattern:
      /\b(?:not (?:a |an )?(?:whole number|integer)|(?:is|are) (?:a |an )?(?:whole number|integer)s?|non[- ]?integer\w*|(?:must|has to|have to|should|needs? to) be (?:a |an )?(?:whole number|integer)s?|(?:whole numbers|integers) only|only (?:whole numbers|integers)|keine ganze zahl|(?:muss|mussen) (?:eine )?ganze zahl(?:en)? sein|nur ganze zahlen|no (?:es )?(?:un )?(?:numero )?entero|(?:debe|deben|tiene que) ser (?:un )?(?:numero )?entero|(?:n est )?pas un (?:nombre )?entier|(?:doit|doivent) etre (?:un )?(?:nombre )?entier|non (?:e )?(?:un )?(?:numero )?intero|(?:deve|devono) essere (?:un )?(?:numero )?intero|nao (?:e )?(?:um )?(?:numero )?inteiro|(?:precisa|deve|tem de|tem que) ser (?:um )?(?:numero )?inteiro|with (?:a )?(?:fraction|fractional part|decimals?)|mit (?:nachkommastellen|dezimalstellen)|con decimales|avec (?:des )?decimales|con (?:i )?decimali|com (?:casas )?decimais)\b/,
  },
  {
    kind: 'nan',
    pattern:
      /\b(?:non[- ]?numeric\w*|non[- ]numbers?|not (?:a )?(?:numbers?|numeric)|(?:no son|non sono|nao sao|ne sont pas des|sind keine) (?:zahlen|numeros|nombres|numeri)|(?:(?:a|an|ein|einen|un|une) )?(?:text|texto|texte|testo) (?:statt|instead of|en lugar de|au lieu d) (?:a |an |einer |un |une )?(?:number|zahl|numero|nombre)|instead of a number|statt (?:einer )?zahl|letters|keine zahl|nicht numerisch\w*|no (?:es )?(?:un )?numer\w*|pas un nombre|non numerique\w*|non (?:e )?(?:un )?numer\w*|con lettere|nao (?:e )?(?:um )?numer\w*|letras|lettres|buchstaben|(?:as|als|como|comme|come|en|in) (?:a )?(?:text|texto|texte|testo)|(?:must|has to|have to|should|needs? to) be (?:a )?(?:number|numeric)|muss (?:eine )?zahl sein|(?:debe|tiene que) ser (?:un )?numer\w*|doit etre (?:un )?(?:nombre|numerique)|deve essere (?:un )?numer\w*|(?:precisa|deve|tem de|tem que) ser (?:um )?numer\w*)\b/,
  },
  { kind: 'empty', pattern: /\b(?:empty|leer\w*|vaci[oa]s?|vides?|vuot[oaie]|vazi[oa]s?)\b/ },
  {
    kind: 'missing',
    pattern:
      /\b(?:missing|absent|omitted|left out|not (?:sent|given|provided)|(?:without|ohne|sans|sin|senza|sem|(?:with|has|having) no)(?= )|fehlend\w*|fehlt|nicht angegeben|nichts gesendet|falta\w*|no se envia|nada enviado|sin enviar|manquant\w*|manque|manquent|rien (?:n est )?envoye|mancant\w*|niente inviato|manca|mancano|ausente\w*|nada enviado)\b/,
  },
  {
    kind: 'unknown',
    pattern:
      /\b(?:unknown|unrecogni[sz]ed|unsupported|not supported|not one of (?:those|these|them|the listed|the supported|the allowed|the accepted)|none of (?:those|these|them|the listed)|nicht in der liste(?: steht| stehen| enthalten)?|no (?:esta|estan) en la lista|(?:n est|ne sont) pas dans la liste|non (?:e|sono) nella lista|nao (?:esta|estao) na lista|keine? der (?:genannten|aufgezahlten)|no es una? de (?:esas|esos|estas|estos|las listadas|los listados)|n est pas (?:une?|l une|l un) de (?:celles|ceux)(?: la| ci)?|non e una? di (?:quelle|quelli|queste|questi)|nao e uma? de(?:ssas|sses|stas|stes)|not in (?:that|the|this|our) list|not listed|any other|other than|unbekannt\w*|nicht unterstutzt\w*|jede andere|desconocid\w*|no (?:esta )?en la lista|no soportad\w*|cualquier otr\w*|inconnu\w*|non pris en charge|pas dans la liste|tout autre|toute autre|sconosciut\w*|non supportat\w*|qualsiasi altr\w*|desconhecid\w*|nao suportad\w*|qualquer outr\w*|anything else|everything else|alles andere|cualquier otra cosa|todo lo demas|tout le reste|tutto il resto|qualquer outra coisa)\b/,
  },
];

/** Words that name no input: articles, binding verbs, refusal words, units. */
const FILLER = new Set(
  (
    'the a an any of or and is are be with when if request requests value values given sent treated as answer answered ' +
    'requete requetes anfrage anfragen peticion peticiones solicitud solicitudes richiesta richieste pedido pedidos ' +
    'answers http https code it its than other one ones instead that this those these anything everything else must ' +
    'should gets get got has have by then will be also too which what who whose there thing string ' +
    'der die das den dem des ein eine einer eines einem von oder und ist sind wird werden mit wenn als nicht ' +
    'alles andere anderes sonst muss mussen soll einen zu sein die ' +
    'el la los las un una de del o y es son se si con que debe deben estar ser lo no esta otro otra alguna alguno ' +
    'le les une des du ou et est sont avec il doit doivent etre au dela requete pas qui ce cette ' +
    'lo gli uno di viene vengono va con sono deve essere che qualche ' +
    'os as um uma do da com sao nao deve ser alguma algum qualquer ' +
    'kg g lb lbs cm mm m km s ms min h eur usd percent prozent por ciento pour cent kilos grams metres meters hh mm ' +
    'mehr more less fewer weniger menos moins plus meno mais equal pari igual iguais egal gleich nur ' +
    // Verbs giving a status ("dão erro 400", "gibt 400", "donne 400") and "too", "both".
    'give gives gibt ergibt donne donnent danno dan dao both too auch tambien aussi anche tambem renvoie renvoient ' +
    'sich lasst lassen written write schreiben geschrieben escribir escrito ecrire ecrit scrivere scritto escrever ' +
    // "A value that contains letters", "ein Wert, der Buchstaben enthält".
    'contain contains containing enthalt enthalten contient contiennent contiene contienen contem contendo ' +
    // "(letters, for example)", "(des lettres par exemple)": an example of the kind, naming no input.
    'example examples instance beispiel ejemplo exemple esempio exemplo par per por for ' +
    // "… otherwise 400", "caso contrário, 400", "sending no text at all", "requests where nothing was sent".
    'otherwise sinon altrimenti caso contrario senao all where wherever wo donde dove onde ' +
    // "fait seulement d'espaces", "nur aus Leerzeichen bestehend": how a text is made, naming no input.
    'made consisting composed fait faite hecho hecha fatto fatta feito feita bestehend bestehender bestehende bestehenden ' +
    // "There has to be", "il faut", "hace falta", "bisogna": a value is needed, naming none.
    'faut falta hace bisogna serve braucht always there haber hay immer siempre toujours sempre esserci haver'
  ).split(' '),
);

/** The 4xx status a feature writes, else null. */
export function writtenStatus(text: string): number | null {
  const m = STATUS.exec(text);
  return m ? Number(m[1]) : null;
}

/** A status written after an arrow or a word of answering ("-> 400", "with 422", "is a 404"), not "400 kg". */
const STATUS =
  /(?:(?:->|=>|[:(]|=(?=\s*4\d\d))\s*|\b(?:with|mit|con|avec|com|answers?|answered with|returns?|gets?(?: an?)?|gives?|is an?|ist ein|es un|est un|e um|status|code|http|both|error|erro|errore|erreur|fehler|devuelve\w*|responde\w*|repond\w*|risponde\w*|antwortet|dao|(?:otherwise|else|sonst|andernfalls|sinon|altrimenti|senao|si no|de lo contrario|caso contrario),?)\s+|\b(?:ergibt|ergeben|gibt|geben|liefert|liefern|donne|donnent|renvoie\w*|retourne\w*|devolve\w*|da|danno|dan|restituisc\w*|ritorna\w*)\s+(?=4\d\d))(\d{3})\b(?!\s*(?:[.,]\d|percent\b|(?:kg|g|lb|lbs|m|cm|mm|km|s|ms|min|h|eur|usd|mph|kmh)\b))/;

interface Marker {
  kind: RuleKind;
  rule?: FieldRule;
  digits?: boolean;
}

/**
 * Whether a bound another reader took from a feature is not one this reader reads there: a status read as a
 * bound ("nothing sent => 400"), what a refusal names read as what must hold ("weniger als 1 Person …: 400"), or
 * one clause of several ("the value has to be greater than 0 and the unit must be one we know": each is read here).
 */
export function misreadBound(feature: string, rule: FieldRule): boolean {
  const read = readInputRules(feature);
  if (!read || read.unknownId) return false;
  if (read.clauses.length > 1) return true;
  const key = (r: FieldRule | undefined) => JSON.stringify(Object.entries(r ?? {}).sort());
  return !read.clauses.some((c) => c.kind === 'bound' && key(c.rule) === key(rule));
}

/** Whether a feature says a request without a value is refused ("sent" there is no verb of a lifecycle). */
export function saysNothingSent(feature: string): boolean {
  const text = foldText(feature);
  return (
    (new RegExp(NOTHING_SENT.source).test(text) || new RegExp(SENDING_NOTHING.source).test(text)) &&
    readInputRules(feature) !== null
  );
}

/** Whether a refusal-only feature refuses a value left out ("une requête sans titre", "nothing sent => 400"). */
export function refusesAbsence(feature: string): boolean {
  return readInputRules(feature)?.clauses.some((c) => c.kind === 'missing') ?? false;
}

/** The rules a refusal-only feature states, or null when it is not one (or says something else besides). */
/** A minimum asked past a length of time ("over 6 hours … at least 30 minutes", "mehr als 6 Stunden … mindestens"). */
const CONDITIONAL_MINIMUM =
  /\b(?:more than|over|above|longer than|beyond|exceeding|mehr als|uber|langer als|mas de|plus de|au-dela de|piu di|oltre|mais de|acima de)\s+\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|stunden|std|horas?|heures?|ore)\b[^;.]*?\b(?:at least|mindestens|al menos|au moins|almeno|pelo menos|no minimo|needs?|requires?|required|brauch\w*|notig|necesit\w*|exig\w*|richied\w*|precisa\w*)\b/;

export function readInputRules(feature: string): InputRules | null {
  const whole = listsCodedRules(feature) ? null : readWhole(feature);
  // "add an instrument with its name, the room, the price and the date (price can't be negative)": the refusal in
  // parentheses is all such a feature refuses; the parts before it are no subjects of it (the date was bounded).
  const aside = whole === null ? null : refusalAside(feature);
  return aside === null ? whole : readWhole(aside);
}

function readWhole(feature: string): InputRules | null {
  // "(such as 8 in base 8)": an example of a value refused for its form, naming no input nor a bound of its own.
  const folded = foldText(markGermanZero(feature));
  let text = folded.replace(WRITTEN_EXAMPLE, ' ').replace(QUOTED_EXAMPLE, ' ');
  text = withNotationsRead(text);
  // "An ISBN-13 whose check digit is wrong": the number names the format, no quantity (the designer reads which
  // ISBN from the feature); only beside a failed check, where nothing else of the ISBN is said.
  if (new RegExp(FAILED_CHECK.source).test(text)) text = text.replace(/\bisbn[ -]?1[03]\b/g, 'isbn');
  if (text.length === 0 || text.length > 200 || /[{}?¿]|\s\/\w/.test(text)) return null;
  // "More than 6 hours of work require a break of at least 30 minutes": a minimum that holds past a length of
  // something else is a rule between two quantities, not a bound on one input.
  if (CONDITIONAL_MINIMUM.test(text)) return null;
  // "Cannot be negative", "there must be at least one person": refusals said as what may not be or must hold, where
  // no constraint reads the feature (`constraint-reading.ts` keeps "people must be at least 1").
  const said = new RegExp(NOT_BE.source).test(text) || MUST_HOLD.test(text);
  const refused = REFUSED.test(text) || new RegExp(NO_TEXT_FOR_NUMBER.source).test(text);
  if (!refused && !new RegExp(CANNOT_BE.source).test(text) && !(said && !readConstraint(feature)))
    return null;
  const status = writtenStatus(text);
  if (status !== null && (status < 400 || status > 499)) return null;
  // "From 1 to 60, otherwise 400": the word saying the rest is refused goes with the status it gives.
  const outside = OUTSIDE.test(text);
  // "returns 400", "devuelve 400" answer a refusal; a verb of an operation beside them is one of its own.
  text = withoutRefusalPhrases(text.replace(new RegExp(STATUS.source, 'g'), ' ').replace(STATUS_AGAIN, ' '));
  if (OPERATION.test(text.replace(LISTED, ' '))) return null;
  const absent = (_m: string, all: unknown, named: unknown) =>
    typeof all === 'string' ? ' missing ' : ` ${String(named)} missing `;
  text = text.replace(NOTHING_SENT, absent).replace(SENDING_NOTHING, absent);
  // "Younger than 18", "older than 120": an age, bounded ("jünger als 18", "plus jeune que 18").
  text = text
    .replace(
      /\b(?:younger than|junger als|plus jeunes? que|mas jovenes? que|piu giovan[ie] di|mais nov[oa]s? que)\s+(?=\d)/g,
      ' age under ',
    )
    .replace(
      /\b(?:older than|alter als|plus ages? que|mas viej[oa]s? que|piu vecchi[oe]? di|mais velh[oa]s? que)\s+(?=\d)/g,
      ' age over ',
    );
  // "Only EUR, USD and GBP are accepted; anything else …": the values listed are the only ones accepted.
  const only = ONLY_LISTED.exec(text);
  const accepted = only
    ? only[1].split(/\s*,\s*|\s+(?:and|or|und|oder|y|o|et|ou|e)\s+/).filter((v) => v !== '')
    : [];
  if (only) text = text.replace(ONLY_LISTED, ' ; ');
  if (UNKNOWN_ID.test(text)) return { clauses: [], status, unknownId: true };
  const markers: Marker[] = [];
  // "fewer than 12 or more than 19 digits": bounds of a digit count, read as bounds once the word is dropped.
  const digits = new RegExp(DIGIT_COUNT.source).test(text);
  if (digits) text = text.replace(DIGIT_COUNT, '$1');
  const mark = (m: Marker) =>
    ` §${markers.push(digits && m.kind === 'bound' ? { ...m, digits: true } : m) - 1}§ `;
  text = text.replace(NO_TEXT_FOR_NUMBER, () => mark({ kind: 'nan' }));
  // Every range the feature allows ("1 to 50 dice and 2 to 100 sides; anything outside that is refused").
  if (RANGE.test(text)) {
    if (!outside) return null;
    let reversed = false;
    text = text.replace(new RegExp(RANGE.source, 'g'), (...range: (string | undefined)[]) => {
      const [a, b] = (
        range[1] !== undefined
          ? [range[1], range[2]]
          : range[3] !== undefined
            ? [range[3], range[4]]
            : [range[5], range[6]]
      ).map((n) => num(n ?? ''));
      reversed ||= a > b;
      return mark({ kind: 'bound', rule: { minimum: a, maximum: b } });
    });
    if (reversed) return null;
    // "Not" only where it negates the range ("not between 1 and 5", "not in 1..5"): another "not" is a clause's
    // own ("a digit that is not valid …, or a base outside 2-36").
    text = text
      .replace(/\b(?:outside|out of|ausserhalb|fuera|hors|fuori|fora)\b/g, ' ')
      .replace(/\b(?:not|nicht|no esta|non e|nao esta|n est pas)\s+(?:in\s+(?:the\s+range\s+)?)?(?=§)/g, ' ');
  }
  for (const { pattern, rule } of [...allowedInclusive(NB, outside), ...BOUNDS]) {
    const g = new RegExp(pattern.source, 'g');
    // The number is the group of whichever alternative matched ("must be >= 1" or "must be one or more").
    text = text.replace(g, (...m: unknown[]) => {
      const n = m.slice(1, -2).find((x): x is string => typeof x === 'string');
      return mark({ kind: 'bound', rule: rule(num(n ?? '0')) });
    });
  }
  // "Zero people", "cero personas", "0 dice": a value of zero, once the bounds holding a zero are read.
  text = text.replace(new RegExp(ZERO.source, 'g'), () => mark({ kind: 'zero' }));
  // "The unit must be one we know", "a currency we do not support": an unknown value.
  text = text
    .replace(NOT_KNOWN, () => mark({ kind: 'unknown' }))
    .replace(NOT_EXISTING, () => mark({ kind: 'unknown' }))
    .replace(NOTHING_LEFT, () => mark({ kind: 'letterless' }))
    .replace(NOT_LISTED, () => mark({ kind: 'unknown' }));
  const numeric = markers.some((m) => m.kind === 'bound' || m.kind === 'zero');
  for (const { kind, pattern } of OTHER_KINDS) {
    // "anything else", "alles andere" beside a number is the rest of a range, not an unknown value; "an unknown
    // currency" beside "a negative amount" is one.
    text = text.replace(new RegExp(pattern.source, 'g'), (m) =>
      kind === 'unknown' && numeric && OTHER_VALUE.test(m) ? m : mark({ kind }),
    );
  }
  text = text
    .replace(ILL_FORMED, () => mark({ kind: 'malformed' }))
    .replace(FAILED_CHECK, () => mark({ kind: 'malformed' }))
    .replace(NOT_IN_BASE, () => mark({ kind: 'malformed' }));
  if (markers.length === 0)
    text = text.replace(new RegExp(MALFORMED.source, 'g'), () => mark({ kind: 'malformed' }));
  // Beside other kinds, "not valid" is a kind of its own only in a clause that has none ("a digit that is not
  // valid in the from base, or a base outside 2-36"); in one that has ("weights over 500 are not valid") it only
  // says the value is refused.
  else
    text = text
      .split(CLAUSE_BREAK)
      .map((segment, i) =>
        // Odd entries are the separators; a clause with a kind keeps it alone.
        i % 2 === 1 || /§\d+§/.test(segment)
          ? segment
          : segment.replace(new RegExp(MALFORMED.source, 'g'), (said) =>
              // A bare "not" ("a currency we don't handle") says no more than that the value is refused.
              /valid|gultig|formed/.test(said) ? mark({ kind: 'malformed' }) : said,
            ),
      )
      .join('');
  // An example beside a bound or a zero may be a number the bound does not refuse: none is left unread there.
  if (markers.length === 0 || (numeric && new RegExp(WRITTEN_EXAMPLE.source).test(folded))) return null;
  // Numbers left over say something this reader did not read ("a tip of 15 is refused").
  if (/\d/.test(text.replace(/§\d+§/g, ' '))) return null;
  const clauses = clausesOf(text, markers).map(countingChars);
  if (accepted.length > 0) {
    // The listed values belong to an unknown value's clause ("anything else"): without one they say nothing refused.
    const unknown = clauses.filter((c) => c.kind === 'unknown' && c.words.length === 0);
    if (unknown.length === 0) return null;
    for (const c of unknown) c.accepted = accepted;
  }
  return { clauses, status, unknownId: false };
}

/** "Between zero people": the words after a count said of those sharing something name its input. */
function sharedAmong(segment: string): string[] | null {
  const m = /^(.*?)§\d+§([^§]*)$/.exec(segment);
  const after = m && SHARED_AMONG.test(m[1]) ? contentWords(m[2]) : [];
  return after.length > 0 ? after : null;
}

/** Where `clausesOf` splits the marked text, kept as separators (`split` with a capture group). */
const CLAUSE_BREAK = /(,(?!\d)|;|\b(?:or|oder|o|ou|and|und|y|et|e)\b)/;

/** Words for "the value" a computation reads, whatever it is called. */
const THE_VALUE =
  /\b(?:value|values|wert|werte|valor|valores|valeur|valeurs|valore|valori|input|inputs|eingabe|eingaben|entrada|entradas|entree|entrees)\b/;

/** Content words of a stretch of text (markers and filler left out). */
function contentWords(segment: string): string[] {
  return (segment.replace(/§\d+§/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => w.length >= 3 && !FILLER.has(w) && !REFUSED.test(w) && !/^\d/.test(w),
  );
}

/**
 * Clauses of the marked text: split at conjunctions and commas; a stretch with words and no kind lends its
 * words to the next kind ("a weight or height of zero or less": both); a kind with no words of its own takes
 * those lent, else the ones just before ("Personen von 1 bis 12, alles andere ist ungültig").
 */
function clausesOf(text: string, markers: Marker[]): RuleClause[] {
  const segments = text.split(/,(?!\d)|;|\b(?:or|oder|o|ou|and|und|y|et|e)\b/);
  const clauses: RuleClause[] = [];
  let lent: string[][] = [];
  // Whether the first kind's stretch names "the value" ("value must be greater than 0, …"): it names the one
  // input a computation reads, never what the next kind names.
  let valueFirst: boolean | undefined;
  // What the kind before names, all of it ("a height or a weight that is missing, zero or …": both, each time).
  let before: string[][] = [];
  for (const segment of segments) {
    const ids = [...segment.matchAll(/§(\d+)§/g)].map((m) => Number(m[1]));
    const words = sharedAmong(segment) ?? contentWords(segment);
    if (ids.length > 0 && valueFirst === undefined) valueFirst = THE_VALUE.test(segment);
    if (ids.length === 0) {
      if (words.length > 0) lent.push(words);
      continue;
    }
    // A kind with no words of its own and none lent names what the kind before it names ("una cuenta con
    // letras o negativa": the bill, both times).
    const subjects =
      words.length > 0 ? [...lent, words] : lent.length > 0 ? lent : before.length > 0 ? before : [[]];
    before = subjects;
    // Several kinds in one stretch, each followed by its own words ("1 to 10 dice of 4 to 20 sides"): each
    // names what follows it.
    const after = segment
      .split(/§\d+§/)
      .slice(1)
      .map((part) => contentWords(part));
    if (ids.length > 1 && after.every((w) => w.length > 0)) {
      ids.forEach((id, i) => clauses.push({ ...markers[id], words: after[i] }));
      before = [after[after.length - 1]];
    } else for (const id of ids) for (const w of subjects) clauses.push({ ...markers[id], words: w });
    lent = [];
  }
  // Words after the last kind name its input ("Au plus 50 personnes" reads the words after the bound).
  if (lent.length > 0) {
    const bare = clauses.filter((c) => c.words.length === 0);
    for (const c of bare) c.words = lent.flat();
  }
  // A kind that opens the feature with no words names what the next kind names ("a missing or non-numeric qty").
  if (clauses.length > 1 && clauses[0].words.length === 0 && clauses[1].words.length > 0 && !valueFirst)
    clauses[0] = { ...clauses[0], words: clauses[1].words };
  return distinct(clauses);
}
