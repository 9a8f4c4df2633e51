import type { FieldSpec } from './spec-contract';
import type { FieldRule } from './record-rules';
import { readRoundingMode, roundingDecimalsIn, SMALL_NUMBER_WORDS, type RoundingMode } from './rounding-mode';
import { readFieldRule, type FieldRuleReading } from './field-rule-reading';
import { IGNORING_CASE, onlyRefusesRepeat, readSameValue } from './unique-phrasings';
import { MEASURE_UNITS, sameTerm } from './same-terms';
import { BINDING, fieldWords, fold } from './field-naming';

export { fold, fieldsNamedBy, inOwnWords, newSubject, separatelyNamed, subjectScore } from './field-naming';

/*
 * Key features that name no operation of their own but constrain another feature's endpoint: "the number of
 * people must be at least 1", "tip percent defaults to 15 when not given", "results rounded to 3 decimals",
 * "also return the sum". Users write them as separate key features. The designer attaches each to the field or
 * computation it names; the fidelity gate counts it realised only when that contract element carries it. Both
 * read the feature here, so they agree on what it asks; the gate checks the contract, never the designer.
 * English, German, Spanish and French key words (accents folded).
 */

/** What a constraint-only feature asks of another feature's endpoint. */
export type ConstraintReading =
  /** A numeric input or record field bounded (`minimum`, `maximum`, exclusive ones). */
  /** `unit`: a unit of measure written after the bound; it holds only on a field in it (`boundFieldFits`). */
  /** `integer`: the feature says the value is a whole number ("servings is a whole number, at least 1"). */
  | { kind: 'bound'; subject: string[]; rule: FieldRule; unit?: string; integer?: true }
  /** An optional input or record field with a default used when it is not sent. */
  | { kind: 'default'; subject: string[]; value: number | string }
  /** A computation's results rounded to a number of decimals (its `decimals` option). */
  | { kind: 'decimals'; subject: string[]; decimals: number }
  /** One more result of the same computation ("also return the sum"). */
  | { kind: 'output'; subject: string[] }
  /** A record field unique, or unique up to letter case ("usernames are unique, case-insensitive"). */
  | { kind: 'unique'; subject: string[]; ignoreCase: boolean }
  /** A computation's results rounded up, down or half to even (its `rounding` option), maybe to decimals. */
  | {
      kind: 'rounding';
      subject: string[];
      mode: Exclude<RoundingMode, 'half_up'>;
      decimals: number | null;
    }
  /** A text field's length, email format or presence (`field-rule-reading.ts`). */
  | FieldRuleReading;

export const N = '(-?\\d+(?:[.,]\\d+)?)';

/**
 * Verbs that make a feature an operation of its own ("split a bill among at least 2 people"), not a
 * constraint on another one's field.
 */
const OPERATIONS =
  /\b(split\w*|convert\w*|conviert\w*|calculat\w*|comput\w*|creat\w*|add|adds|list\w*|stor\w*|sav\w*|regist\w*|delet\w*|updat\w*|book\w*|search\w*|find\w*|check\w*|count\w*|track\w*|teil\w*|berechn\w*|umrechn\w*|erstell\w*|speicher\w*|anleg\w*|divid\w*|calcul\w*|convert\w*|crea\w*|guard\w*|enregistr\w*|ajout\w*|partag\w*|reparti\w*)\b/;

/**
 * Words of a refusal the catalog reads itself ("reject numbers outside the range 1 to 3999"): the computation's
 * own refusal, attached by `catalog-endpoints.ts`, not a bound put on a field.
 */
const REFUSALS =
  /\b(?:refus\w*|reject\w*|rechaz\w*|recus\w*|rifiut\w*|ablehn\w*|verweiger\w*|zuruckweis\w*|deny|denied|error\w*|fehler\w*|outside|out of|beyond|range|fuera|rango|ausserhalb|bereich\w*|hors|plage|fuori)\b/;

/** Content words of a subject phrase, without the words that only bind it to its rule. */
export function subjectWords(phrase: string): string[] {
  return (phrase.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2 && !BINDING.has(w));
}

/** A subject of one to five content words, naming no operation of its own. */
export function subjectOf(phrase: string): string[] | null {
  const lower = phrase.toLowerCase();
  if (OPERATIONS.test(lower) || REFUSALS.test(lower) || /[/{}]/.test(phrase)) return null;
  const words = subjectWords(phrase);
  return words.length >= 1 && words.length <= 5 ? words : null;
}

export const num = (s: string) => Number(s.replace(',', '.'));

/** Bound phrases, each with what it states; the first match of each kind counts. */
const BOUND_PHRASES: { pattern: RegExp; rule: (m: RegExpExecArray) => FieldRule }[] = [
  {
    pattern: new RegExp(
      `\\b(?:between|zwischen|entre|from|von|de)\\s+${N}\\s+(?:and|und|y|et|to|bis|a)\\s+${N}(?:\\s*\\(?inclusive\\)?)?`,
    ),
    rule: (m) => ({ minimum: num(m[1]), maximum: num(m[2]) }),
  },
  {
    pattern: new RegExp(`(?:^|\\s)${N}\\s*(?:-|–|\\.\\.)\\s*${N}(?=\\s|$)`),
    rule: (m) => ({ minimum: num(m[1]), maximum: num(m[2]) }),
  },
  {
    pattern: new RegExp(
      `(?:\\b(?:at least|no less than|not less than|minimum(?: of)?|min\\.?|mindestens|wenigstens|al menos|como minimo|au moins|au minimum|almeno)|>=)\\s*${N}`,
    ),
    rule: (m) => ({ minimum: num(m[1]) }),
  },
  {
    pattern: new RegExp(`\\b${N}\\s+(?:or more|oder mehr|o mas|ou plus)\\b`),
    rule: (m) => ({ minimum: num(m[1]) }),
  },
  {
    pattern: new RegExp(
      `(?:\\b(?:at most|no more than|not more than|up to|maximum(?: of)?|max\\.?|hochstens|hoechstens|maximal|como maximo|a lo sumo|au plus|au maximum|al massimo)|<=)\\s*${N}`,
    ),
    rule: (m) => ({ maximum: num(m[1]) }),
  },
  {
    pattern: new RegExp(`\\b${N}\\s+(?:or less|or fewer|oder weniger|o menos|ou moins)\\b`),
    rule: (m) => ({ maximum: num(m[1]) }),
  },
  {
    pattern: new RegExp(
      `(?:\\b(?:greater than|more than|larger than|above|grosser als|groesser als|mehr als|mayor que|mas de|mas que|superieure? a|plus de)|(?<![-=])>)\\s*${N}`,
    ),
    rule: (m) => ({ exclusive_minimum: num(m[1]) }),
  },
  {
    pattern: new RegExp(
      `(?:\\b(?:less than|smaller than|below|kleiner als|weniger als|menor que|menos de|inferieure? a|moins de)|<)\\s*${N}`,
    ),
    rule: (m) => ({ exclusive_maximum: num(m[1]) }),
  },
  {
    pattern:
      /\b(?:non[- ]?negative|not negative|never negative|zero or (?:more|greater)|nicht negativ|no negativ[oa]s?|non negati(?:f|fs|ve|ves))\b/,
    rule: () => ({ minimum: 0 }),
  },
  {
    pattern:
      /\b(?:positive|strictly positive|greater than zero|above zero|positiv|positivo|positiva|positivos|positivas|positifs?|positives?|mayor(?:es)? que cero|superieure? a zero)\b/,
    rule: () => ({ exclusive_minimum: 0 }),
  },
];

/** What may follow a bound: the unit of the subject, "sein", "inclusive" — nothing that states more. */
const BOUND_TAIL =
  /^(?:(?:sein|liegen|bleiben|be|lie|stay|ser|estar|etre|inclusive|inklusive|incluido|inclus|people|persons|personen|personas|personnes|items?|units?|percent|prozent|por ciento|pour cent|pour-cent|and|und|y|et|,|\s)\s*)*$/;

/** "A whole number", "eine ganze Zahl", "un número entero", "un entier", "un intero", "um número inteiro". */
const WHOLE =
  /\b(?:(?:an? )?whole numbers?|(?:an? )?integers?|(?:eine )?ganze zahl(?:en)?|ganzzahlig\w*|(?:un )?(?:numero )?enteros?|(?:un )?(?:nombre )?entiers?|(?:un )?(?:numero )?inter[oi]|(?:um )?(?:numero )?inteiros?)\b/;

/** A closing 400: "; si no, 400", ", otherwise 400", "sonst 400", "altrimenti 400", "(400)". */
const REFUSED_400 =
  /[,;:]?\s*(?:otherwise|else|if not|sonst|andernfalls|ansonsten|si no|sino|de lo contrario|en caso contrario|sinon|autrement|altrimenti|in caso contrario|caso contrario|senao|se nao)?\s*,?\s*(?:(?:error|errore|erro|fehler|erreur|status)\s+)?\(?400\)?\s*[.!]?$/;

/**
 * A feature without its closing 400 ("el número de personas debe estar entre 1 y 12; si no, 400" → "… entre 1 y
 * 12"): the refusal a record field's bound answers anyway. For the record gate only; a computation's refusal
 * ("jede Zahl muss zwischen 1 und 6 liegen, sonst 400") is read by the input rules as written.
 */
export function withoutClosing400(feature: string): string {
  return feature.replace(REFUSED_400, '');
}

function readBound(text: string): ConstraintReading | null {
  const said = text.toLowerCase();
  // The whole number is what the value is, never part of the field's name.
  const whole = WHOLE.test(said) ? ({ integer: true } as const) : {};
  const lower = said.replace(WHOLE, ' ').replace(/\s+/g, ' ');
  const rule: FieldRule = {};
  let first = lower.length;
  let last = 0;
  let rest = lower;
  for (const { pattern, rule: state } of BOUND_PHRASES) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const at = lower.indexOf(m[0]);
    first = Math.min(first, at < 0 ? first : at);
    last = Math.max(last, at < 0 ? last : at + m[0].length);
    Object.assign(rule, state(m));
    rest = rest.replace(m[0], ' '.repeat(m[0].length));
  }
  if (Object.keys(rule).length === 0 || first >= lower.length) return null;
  const tail = lower.slice(last);
  if (subjectWords(lower.slice(0, first)).length === 0) {
    // The bound comes first ("at most 6 diners per bill", "mindestens 2 Personen"): the words after the number
    // up to a preposition name the field.
    const unit = tail.split(
      /\b(?:per|pro|por|par|je|in|im|en|of|for|each|jede\w*|cada|chaque|may|can|must|should|durfen|konnen|pueden|peuvent)\b/,
    )[0];
    const subject = subjectOf(unit);
    return subject ? { kind: 'bound', subject, rule, ...whole } : null;
  }
  const unit = boundUnit(tail);
  if (!BOUND_TAIL.test(tail.replace(/\b(?:must|muss|debe|doit)\b/g, ' ')) && unit === null) return null;
  // The unit after the bound names the field too: "the group must have between 1 and 12 people".
  const subject = subjectOf(
    `${lower.slice(0, first)} ${tail.replace(/\b(?:sein|be|ser|etre|liegen|bleiben|lie|stay|estar|inclusive|inklusive|incluido|inclus)\b/g, ' ')}`,
  );
  if (!subject) return null;
  // "names at most 40 characters" bounds a length, which no numeric bound realises.
  if (COUNTED_CHARS.test(lower)) return null;
  return unit === null
    ? { kind: 'bound', subject, rule, ...whole }
    : { kind: 'bound', subject, rule, unit, ...whole };
}

/** Words counting characters ("at most 40 characters", "mehr als 50 Zeichen"): a text's length. */
export const COUNTED_CHARS =
  /\b(?:char|chars|characters|zeichen|caracteres|caratteri|carateres|letters|buchstaben|letras|lettres|lettere)\b/;

/** The one word after a bound, beside the words a tail may hold ("1000 kilometros", "500 kg inclusive"). */
function boundUnit(tail: string): string | null {
  const words = tail.match(/\p{L}+|[^\p{L}\s,]+/gu) ?? [];
  const rest = words.filter((w) => !BOUND_TAIL.test(w) && !['must', 'muss', 'debe', 'doit'].includes(w));
  if (rest.length !== 1 || !/^\p{L}{1,20}$/u.test(rest[0])) return null;
  // Only a unit of measure we know (km, Kilometer, millas, kg, Sekunden, bytes…): any other word states more.
  return MEASURE_UNITS.flat().some((u) => sameTerm(u, fold(rest[0]))) ? rest[0] : null;
}

/** Whether a bound may hold on `field`: a number field, measured in the bound's `unit` when it names one. */
export function boundFieldFits(
  reading: Extract<ConstraintReading, { kind: 'bound' }>,
  field: Pick<FieldSpec, 'name' | 'description' | 'type'>,
): boolean {
  if (field.type !== 'number' && field.type !== 'integer') return false;
  const unit = reading.unit;
  if (unit === undefined) return true;
  return [...fieldWords(field.name), ...fieldWords(field.description)].some((w) => sameTerm(w, fold(unit)));
}

const DEFAULT_WORDS =
  '(?:by default|per default|standardmassig|standardmaessig|defaultmassig|por defecto|por omision|par defaut)';
const WHEN_ABSENT = /^(?:(?:when|if|unless|wenn|falls|si|cuando|quand|lorsque|lorsqu)\b.*)?$/;
const VALUE = '(-?\\d+(?:[.,]\\d+)?(?:\\s*percent)?|[A-Za-z][A-Za-z0-9_-]{0,30})';

/** Words of an order ("sorted", "sortiert", "ordenados", "triés"). */
const SORTING = /\b(?:sort\w*|order\w*|rank\w*|ordenad\w*|ordonn\w*|trie\w*|tri|reihenfolge)\b/;

function readDefault(text: string): ConstraintReading | null {
  const patterns = [
    // "page size defaults to 20", "currency default is EUR", "tip percent is 15 by default when not given"
    new RegExp(`^(.+?)\\s+(?:defaults?\\s+(?:to|is)|default(?:s)?\\s*[:=])\\s+${VALUE}(.*)$`, 'i'),
    new RegExp(
      `^(.+?)\\s+(?:is|are|ist|sind|es|son|est|sont|betragt|betraegt)?\\s*(?:de\\s+)?${VALUE}\\s+${DEFAULT_WORDS}(.*)$`,
      'i',
    ),
    new RegExp(
      `^(.+?)\\s+(?:is|are|ist|sind|es|son|est|sont)?\\s*${DEFAULT_WORDS}\\s+(?:de\\s+)?${VALUE}(.*)$`,
      'i',
    ),
    // "the default page size is 20", "Standardwährung ist EUR", "la moneda por defecto es EUR"
    new RegExp(`^(?:the\\s+)?(?:default|standard)\\s*(.+?)\\s+(?:is|ist|:|=)\\s*${VALUE}(.*)$`, 'i'),
    new RegExp(`^(.+?)\\s+${DEFAULT_WORDS}\\s+(?:is|es|est|ist|:)\\s*${VALUE}(.*)$`, 'i'),
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (!m) continue;
    const tail = m[3].trim().replace(/^,\s*/, '');
    if (!WHEN_ABSENT.test(tail.toLowerCase())) continue;
    // "sorted newest first by default" is an order, not a field's default value.
    if (SORTING.test(m[1].toLowerCase())) return null;
    const subject = subjectOf(m[1].replace(/\b(?:default|standard)\b/gi, ' '));
    if (!subject) continue;
    const raw = m[2].replace(/\s*percent$/i, '');
    const value = /^-?\d/.test(raw) ? num(raw) : raw;
    if (typeof value === 'string' && BINDING.has(value.toLowerCase())) continue;
    return { kind: 'default', subject, value };
  }
  return null;
}

const NUMBER_WORDS: Record<string, number> = { zero: 0, five: 5, six: 6, ...SMALL_NUMBER_WORDS };

const DECIMAL_WORDS =
  '(?:decimal places?|decimals?|decimal digits?|digits after the (?:decimal )?point|dezimalstellen?|nachkommastellen?|stellen nach dem komma|decimales?|cifras decimales|posiciones decimales|chiffres? apres la virgule|decimali|decimale|cifre decimali|posizioni decimali|casas decimais|casa decimal|decimais)';
const ROUNDING =
  /\b(?:round\w*|gerundet|runden|aufgerundet|abgerundet|redonde\w*|arrondi\w*|arrotond\w*|arredond\w*|with|to|auf|mit|a|con|avec|en|de)\b/g;

/**
 * Rounding to the cent, said with the coin instead of a number of decimals ("round results to cents", "auf den
 * Cent runden", "redondear al céntimo", "arrondir au centime près", "arrotondare al centesimo", "arredondar ao
 * centavo"): 2 decimals. Read only beside a verb of rounding (a price "in cents" is a unit, not a rounding).
 */
const TO_THE_CENT =
  /\b(?:to (?:the )?(?:nearest |whole )?cents?|auf (?:den |ganze |volle )?(?:cent|cents)(?: genau)?|(?:al|a los|a) (?:centimos?|centavos?)|(?:au|aux) centimes?(?: pres)?|(?:al|ai) centesim[oi]|(?:ao|aos) centavos?)\b/;
const WHOLE_UNITS =
  /\b(?:to (?:the nearest )?whole (?:units?|numbers?)|to (?:the nearest )?(?:integer|unit)|auf (?:ganze|volle) (?:zahlen|einheiten)|(?:a|al|a la) (?:unidad|entero|numero entero)|(?:a l'|a l |al l')unite|all'unita|(?:a|ao|para a) unidade)\b/;
const ROUNDING_VERB = /\b(?:round\w*|\w*rund\w*|redonde\w*|arrondi\w*|arrotond\w*|arredond\w*)\b/;

function readDecimals(text: string): ConstraintReading | null {
  const lower = text.toLowerCase();
  const cent = ROUNDING_VERB.test(lower) ? TO_THE_CENT.exec(lower) : null;
  // "round to whole units", "auf ganze Zahlen runden": no decimals at all.
  const whole = ROUNDING_VERB.test(lower) ? WHOLE_UNITS.exec(lower) : null;
  const m = cent
    ? ([cent[0], '2'] as const)
    : whole
      ? ([whole[0], '0'] as const)
      : new RegExp(`(\\d+|${Object.keys(NUMBER_WORDS).join('|')})\\s+${DECIMAL_WORDS}\\b`).exec(lower);
  if (!m) return null;
  const decimals = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
  if (decimals === undefined || decimals > 10) return null;
  const rest = lower.replace(m[0], ' ');
  if (OPERATIONS.test(rest) || /[/{}]/.test(rest)) return null;
  const subject = subjectWords(rest.replace(ROUNDING, ' ')).filter(
    (w) => !/^(?:places?|stellen|all|alle|todos|tous|results?|ergebnisse?|resultados?|resultats?)$/.test(w),
  );
  if (subject.length > 4) return null;
  return { kind: 'decimals', subject, decimals };
}

const ALSO = /^(?:and|plus|y|et|und)\b/;
const TOO =
  /\b(?:also|too|as well|additionally|auch|ebenfalls|zusatzlich|zusaetzlich|ausserdem|dazu|ademas|tambien|aussi|egalement|en plus)\b/g;
const OUTPUT_VERBS =
  /\b(?:return\w*|give\w*|includ\w*|report\w*|show\w*|output\w*|answer\w*|respond\w*|provide\w*|liefer\w*|zuruckgeb\w*|zurueckgeb\w*|ausgeb\w*|angeb\w*|gib|gibt|enthalt\w*|devuelv\w*|devolver\w*|inclu\w*|muestr\w*|mostrar\w*|dar|da|renvo\w*|donn\w*|fourni\w*|indiqu\w*)\b/g;

/**
 * Words that send something somewhere ("and kilograms back to pounds", "und zurück nach Celsius", "et retour
 * vers …"): a conversion or a move the other way, a feature of its own, never one more field of an answer.
 */
const DIRECTION =
  /\b(?:to|into|back|towards?|nach|zuruck|zurueck|ruckwarts|vers|retour|hacia|vuelta|verso|indietro|volta)\b/;

/** Verbs of deleting a record: a feature that deletes asks for no further result. */
const DELETES = /\b(?:loschen|loeschen|entfernen|delete|deletes|remove|removes|erase|erases)\b/;

function readOutput(text: string): ConstraintReading | null {
  const lower = text.toLowerCase();
  if (!ALSO.test(lower) && !new RegExp(TOO.source).test(lower)) return null;
  if (/[/{}:]/.test(lower) || /\d/.test(lower)) return null;
  if (DIRECTION.test(lower.normalize('NFD').replace(/\p{M}/gu, ''))) return null;
  // "ein Mitglied austreten lassen, also löschen": German "also" (that is) before a delete, no further result.
  if (DELETES.test(lower.normalize('NFD').replace(/\p{M}/gu, ''))) return null;
  const rest = lower.replace(ALSO, ' ').replace(TOO, ' ').replace(OUTPUT_VERBS, ' ');
  // "and the count of items" names a result; any other operation is a feature of its own.
  if (OPERATIONS.test(rest.replace(/\bcount\b/g, ' '))) return null;
  const subject = subjectWords(rest).filter((w) => !/^(?:too|well|the|and|und|y|et)$/.test(w));
  return subject.length >= 1 && subject.length <= 4 ? { kind: 'output', subject } : null;
}

const UNIQUE =
  /\b(?:unique|distinct|eindeutig|einmalig|einzigartig|unico|unica|unicos|unicas|uniques?|univoc[oaie]|only once|nur einmal)\b/;
/** A field unique in other words ("no two members with the same email", `unique-phrasings.ts`). */
function readSameValueRule(lower: string): ConstraintReading | null {
  // A feature that writes its route states its 409 as part of it ("POST /parcels … a duplicate ref -> 409").
  if (/\b(?:get|post|put|patch|delete)\s+\//.test(lower)) return null;
  const said = readSameValue(lower);
  const subject = said && subjectOf(said.phrase);
  return subject ? { kind: 'unique', subject, ignoreCase: said.ignoreCase } : null;
}

function readUnique(text: string): ConstraintReading | null {
  const lower = text.toLowerCase().replace(/\be-mail/g, 'email');
  const m = UNIQUE.exec(lower);
  if (!m) return readSameValueRule(lower);
  const ignoreCase = new RegExp(IGNORING_CASE.source).test(lower);
  const rest = lower
    .slice(m.index + m[0].length)
    .replace(IGNORING_CASE, ' ')
    .replace(/\b(?:zu beachten|beachten|also|too|auch|ebenfalls|aussi|tambien|and|und|y|et|so|that)\b/g, ' ');
  // Nothing but the case rule may follow ("usernames are unique, case-insensitive"), or the refusal of a repeat
  // ("serial numbers are unique, registering one twice must fail").
  const left = rest.replace(/\b(?:across|among|over|in|all|records?|the|service|des|der|de|la|le)\b/g, ' ');
  const named = lower.slice(0, m.index).match(/\p{L}+/gu) ?? [];
  if (/\p{L}/u.test(left) && !onlyRefusesRepeat(left.replace(/[,;:.()]/g, ' '), named))
    return readSameValueRule(lower);
  const subject = subjectOf(lower.slice(0, m.index).replace(/\b(?:unter|entre|parmi)\b/g, ' '));
  return subject ? { kind: 'unique', subject, ignoreCase } : readSameValueRule(lower);
}

/** Words of rounding itself, which name no result ("always rounded up to the next cent"). */
const ROUNDING_WORDS =
  /\b(?:always|immer|siempre|toujours|round\w*|up|down|upwards?|downwards?|next|nearest|whole|full|auf\w*|ab\w*|gerundet|rund\w*|volle[nr]?|ganze[nr]?|nachste[nr]?|nach|oben|unten|redonde\w*|hacia|arriba|abajo|alza|baja|exceso|defecto|arrondi\w*|vers|haut|bas|superieure?|inferieure?|exces|bankers?|banker'?s|half|even|par|pair|mathematisch\w*|cents?|centimes?|centimos?|centavos?|euros?|dollars?|unit\w*|decimal\w*|dezimal\w*|nachkomma\w*|stellen?|\d+|to|zu|a|al|au|en|la|le|los|les|den|die|das|the)\b/g;

/**
 * A rounding mode asked of another feature's computation ("each share is always rounded up to the next cent",
 * "Beträge werden abgerundet"); a feature that names an operation of its own carries its mode itself.
 */
function readRounding(text: string): ConstraintReading | null {
  const mode = readRoundingMode(text);
  if (mode === null) return null;
  const lower = text.toLowerCase();
  if (OPERATIONS.test(lower) || /[/{}]/.test(lower)) return null;
  const subject = subjectWords(lower.replace(ROUNDING_WORDS, ' ')).filter(
    (w) =>
      !/^(?:all|alle|todos|tous|results?|ergebnisse?|resultados?|resultats?|werden|wird|se|sont|est)$/.test(
        w,
      ),
  );
  if (subject.length > 5) return null;
  return { kind: 'rounding', subject, mode, decimals: roundingDecimalsIn(text) };
}

/**
 * A count per unit of time ("pro Nutzer und Minute" too), in the languages intents are written in (folded text).
 * "A tag" is an English label ("registering a tag that is already taken"), never a German day.
 */
export const RATE =
  /\b(?!an? tag(?:e|es|s)?\b)(?:(?:per|pro|por|par|je)\s+\w+\s+(?:und|and|y|et|e)|per|pro|por|par|je|each|every|cada|chaque|a|an|al|la)\s+(?:\d+\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|sekunden?|minuten?|stunden?|tage?s?|wochen?|monate?|segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|secondes?|heures?|jours?|semaines?|mois)\b|\/\s*(?:s|sec|min|h|hr|hour|day|tag|dia|jour)\b/;

/**
 * What a feature asks of another feature's endpoint when it names no operation of its own, or null when it
 * is not such a feature (it names an operation, a route, or something this reader does not know).
 */
export function readConstraint(feature: string): ConstraintReading | null {
  const text = fold(feature);
  if (text.length === 0 || text.length > 160) return null;
  // "at most 5 searches per minute" is a rate (a quota's feature), not a bound on a field; "a second plant with
  // the same name is 409" counts a record again, it is no rate.
  if (RATE.test(text.toLowerCase()))
    return RATE.test(text.toLowerCase().replace(/\b(?:a|the) second (?=\p{L})/gu, ' another '))
      ? null
      : readUnique(text);
  return (
    readFieldRule(feature) ??
    readRounding(text) ??
    readDecimals(text) ??
    readDefault(text) ??
    readUnique(text) ??
    readBound(text) ??
    readOutput(text)
  );
}
