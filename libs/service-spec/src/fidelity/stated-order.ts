/*
 * The order a feature states in words for the records of a list: "earliest start first", "most recent first",
 * "cheapest first", "highest score first", "sorted by weight, heaviest first", "in order of due date", "from
 * oldest to newest", "nach Datum sortiert, neueste zuerst", "frühester Beginn zuerst", "la más reciente primero",
 * "les plus récentes d'abord", "le più recenti prima", "os mais baratos primeiro". The designer sorts the list by
 * what it reads here, and the gate holds the list to it: one reader, so both read the words alike.
 *
 * A superlative says the direction and what kind of value it ranks (a date, a price, a weight, any number); the
 * words between it and "first" name the field ("earliest *start* first"). Without such words the kind implies
 * the field when the records hold exactly one of it (the one date for "newest first").
 */

import { readLatestCount } from './latest-count';

export type OrderKind = 'date' | 'price' | 'weight' | 'length' | 'number' | 'name' | 'any';

export interface StatedOrder {
  /** The words naming the field, folded ("start", "due date"); empty when none are written. */
  words: string[];
  dir: 'asc' | 'desc';
  /** What kind of value the words rank ("newest" a date, "cheapest" a price; "any" for "in order of X"). */
  kind: OrderKind;
  /** The words of the feature that state the order, folded. */
  said: string;
}

/** Folded: no accents, lower case, one kind of apostrophe. */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`´]/g, "'").toLowerCase();
}

/** German superlative endings ("früheste", "frühester", "frühesten", "frühestes"). */
const DE = '(?:e|er|en|es|em)?';

/** Superlatives by what they rank and which way, in English, German, Spanish, French, Italian, Portuguese. */
const SUPERLATIVES: [OrderKind, 'asc' | 'desc', string][] = [
  [
    'date',
    'desc',
    `most recent(?:ly \\w+)?|newest|latest|neuest${DE}|jungst${DE}|spatest${DE}|aktuellst${DE}|(?:la |el |los |las )?mas (?:recientes?|nuev[oa]s?)|(?:les? |la )?plus (?:recente?s?|nouveaux|nouvelles?)|(?:il |la |le |i |gli )?piu (?:recent[ie]|nuov[oaie])|(?:o |a |os |as )?mais (?:recentes?|nov[oa]s?)`,
  ],
  [
    'date',
    'asc',
    `earliest|oldest|soonest|least recent|fruhest${DE}|altest${DE}|(?:la |el |los |las )?mas antigu[oa]s?|(?:les? |la )?plus ancien(?:ne)?s?|(?:les? |la )?moins recente?s?|(?:il |la |le |i |gli )?piu (?:vecchi[oae]?|antich[ie]|antic[oa])|(?:il |la |le |i |gli )?meno recent[ie]|(?:o |a |os |as )?mais antig[oa]s?`,
  ],
  [
    'price',
    'asc',
    `cheapest|least expensive|lowest[- ]priced|gunstigst${DE}|billigst${DE}|preiswertest${DE}|(?:la |el |los |las )?mas barat[oa]s?|(?:les? |la )?moins chere?s?|(?:il |la |le |i |gli )?piu economic(?:[oa]|i|he)|(?:il |la |le |i |gli )?meno car[oaie]|(?:o |a |os |as )?mais barat[oa]s?`,
  ],
  [
    'price',
    'desc',
    `most expensive|dearest|priciest|highest[- ]priced|teuerst${DE}|(?:la |el |los |las )?mas car[oa]s?|(?:les? |la )?plus chere?s?|(?:il |la |le |i |gli )?piu (?:car[oaie]|costos[oaie])|(?:o |a |os |as )?mais car[oa]s?`,
  ],
  [
    'weight',
    'desc',
    `heaviest|schwerst${DE}|(?:la |el |los |las )?mas pesad[oa]s?|(?:les? |la )?plus lourde?s?|(?:il |la |le |i |gli )?piu pesant[ei]|(?:o |a |os |as )?mais pesad[oa]s?`,
  ],
  [
    'weight',
    'asc',
    `lightest|leichtest${DE}|(?:la |el |los |las )?mas liger[oa]s?|(?:les? |la )?plus legere?s?|(?:il |la |le |i |gli )?piu legger[oaie]|(?:o |a |os |as )?mais lev[ei]s?`,
  ],
  [
    'length',
    'desc',
    `longest|langst${DE}|(?:la |el |los |las )?mas larg[oa]s?|(?:les? |la )?plus longs?|(?:les? |la )?plus longues?|(?:il |la |le |i |gli )?piu lungh?[oaie]|(?:o |a |os |as )?mais long[oa]s?`,
  ],
  [
    'length',
    'asc',
    `shortest|kurzest${DE}|(?:la |el |los |las )?mas cort[oa]s?|(?:les? |la )?plus courte?s?|(?:il |la |le |i |gli )?piu brev[ei]|(?:o |a |os |as )?mais curt[oa]s?`,
  ],
  [
    'number',
    'desc',
    `highest|biggest|largest|greatest|most|hochst${DE}|grosst${DE}|meist${DE}|(?:la |el |los |las )?mas alt[oa]s?|(?:la |el |los |las )?mayor(?:es)?|(?:les? |la )?plus (?:grande?s?|haute?s?|elevee?s?)|(?:il |la |le |i |gli )?piu (?:alt[oaie]|grand[ei]|elevat[oaie])|(?:o |a |os |as )?maior(?:es)?|(?:o |a |os |as )?mais alt[oa]s?`,
  ],
  [
    'number',
    'asc',
    `lowest|smallest|least|fewest|niedrigst${DE}|kleinst${DE}|wenigst${DE}|(?:la |el |los |las )?mas baj[oa]s?|(?:la |el |los |las )?menor(?:es)?|(?:les? |la )?plus (?:petite?s?|basse?s?)|(?:les? |la )?moins (?:grande?s?|elevee?s?)|(?:il |la |le |i |gli )?piu (?:bass[oaie]|piccol[oaie])|(?:o |a |os |as )?mais baix[oa]s?`,
  ],
];

/** The words that put what the superlative names at the head of the list. */
const FIRST = `first|on top|at the top|at the front|zuerst|oben|vorne|als erstes?|primer[oa]s?|d'abord|en premier|en tete|prima|per prim[ie]|in cima|primeir[oa]s?|no topo`;

/** Words between a superlative and "first" that name no field ("the newest ones first", "die neuesten Einträge"). */
const FILLER = new Set(
  'one ones entry entries item items record records row rows thing things of the a an die der das den los las les gli le la i o os as el il lo uno una one first'.split(
    ' ',
  ),
);

const SUPERLATIVE = SUPERLATIVES.map(([, , s]) => `(${s})`).join('|');

/** "earliest start first", "newest first", "la más reciente primero": superlative, up to two words, first. */
const SUPERLATIVE_FIRST = new RegExp(
  `(?:^|[^a-z0-9_])(?:${SUPERLATIVE})((?:\\s+[a-z][a-z0-9_'-]*){0,2}?)\\s*,?\\s+(?:${FIRST})(?![a-z0-9_])`,
  'g',
);

/** "from oldest to newest", "du moins cher au plus cher", "dal più recente al più vecchio". */
const FROM_TO = new RegExp(
  `(?:^|[^a-z0-9_])(?:from|von|vom|du|dal|dalla|dai|dalle|do|da|desde|del|de)\\s+(?:(?:the|der|dem|den|la|le|les|el|lo|los|las|il|i|gli|o|os|as)\\s+)?(?:${SUPERLATIVE})((?:\\s+[a-z][a-z0-9_'-]*){0,1}?)\\s+(?:to|bis|zum|zur|au|aux|a|al|alla|ai|alle|ao|aos|hasta)\\s+(?:(?:the|la|le|les|el|lo|los|las|il|i|gli|o|os|as)\\s+)?(?:${SUPERLATIVE})(?![a-z0-9_])`,
);

/** "in order of due date", "in chronological order", "in reverse chronological order", "chronologisch". */
const IN_ORDER_OF =
  /\bin (ascending |descending |increasing |decreasing )?order of (?:the |their |its )?([a-z][a-z0-9_]*(?: [a-z][a-z0-9_]*)?)/;
const CHRONOLOGICAL = /\b(chronological(ly)?|chronologisch\w*|cronologic\w*|chronologique\w*)\b/;
const REVERSE = /\b(reverse|reversed|umgekehrt\w*|inverse?|invers[oa]|invertid[oa])\b/;

/** "sorted by year descending", "nach Preis absteigend sortiert", "ordenados por fecha descendente". */
const SORTED_BY =
  /\b(?:sorted|ordered|sortiert|geordnet|ordenad[oa]s?|triee?s?|classee?s?|ordinat[ieao]|classificat[ieao])\s+(?:by|nach|por|par|per|pelo|pela)\s+(?:(?:the|its|their|el|la|los|las|le|les|il|lo|o|a|dem|der|den)\s+)?([a-z][a-z0-9_]*)\s*,?\s*(?:in\s+)?(ascending|descending|asc|desc|aufsteigend|absteigend|ascendente|descendente|croissante?|decroissante?|crescente|decrescente)\b/;
/** "sorted by year" (no direction word): the field a superlative without its own words ranks ("…, newest first"). */
const SORTED_BY_FIELD =
  /\b(?:sorted|ordered|sortiert|geordnet|ordenad[oa]s?|triee?s?|classee?s?|ordinat[ieao]|classificat[ieao])\s+(?:by|nach|por|par|per|pelo|pela)\s+(?:(?:the|its|their|el|la|los|las|le|les|il|lo|o|a|dem|der|den)\s+)?([a-z][a-z0-9_]*)/;
const NACH_FIELD = /\bnach\s+(?:(?:dem|der|den)\s+)?([a-z][a-z0-9_]*)\s+(?:sortiert|geordnet|sortieren)\b/;
const NACH_SORTED =
  /\bnach\s+(?:(?:dem|der|den)\s+)?([a-z][a-z0-9_]*)\s+(aufsteigend|absteigend)\s+(?:sortiert|geordnet|sortieren)\b/;
const DOWN = /^(descending|desc|absteigend|descendente|decroissante?|decrescente)$/;

function wordsOf(between: string | undefined): string[] {
  return (between ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && !FILLER.has(w));
}

function kindOf(groups: (string | undefined)[]): [OrderKind, 'asc' | 'desc'] | null {
  const i = groups.findIndex((g) => g !== undefined);
  return i < 0 ? null : [SUPERLATIVES[i][0], SUPERLATIVES[i][1]];
}

/** The order a feature states in words for the records of a list; null when it states none. */
export function readStatedOrder(feature: string): StatedOrder | null {
  const text = folded(feature);
  for (const m of text.matchAll(SUPERLATIVE_FIRST)) {
    const sups = m.slice(1, SUPERLATIVES.length + 1);
    const kind = kindOf(sups);
    if (!kind) continue;
    const words = wordsOf(m[SUPERLATIVES.length + 1]);
    // "sorted by year, newest first", "nach Datum sortiert, neueste zuerst": the field is the one sorted by.
    const by = words.length === 0 ? (SORTED_BY_FIELD.exec(text) ?? NACH_FIELD.exec(text)) : null;
    return { words: by ? [by[1]] : words, dir: kind[1], kind: kind[0], said: m[0].trim() };
  }
  const range = FROM_TO.exec(text);
  if (range) {
    const kind = kindOf(range.slice(1, SUPERLATIVES.length + 1));
    if (kind)
      return {
        words: wordsOf(range[SUPERLATIVES.length + 1]),
        dir: kind[1],
        kind: kind[0],
        said: range[0].trim(),
      };
  }
  const sorted = SORTED_BY.exec(text) ?? NACH_SORTED.exec(text);
  if (sorted) {
    return { words: [sorted[1]], dir: DOWN.test(sorted[2]) ? 'desc' : 'asc', kind: 'any', said: sorted[0] };
  }
  const of = IN_ORDER_OF.exec(text);
  if (of) {
    const down = /^(descending|decreasing)/.test(of[1] ?? '');
    return { words: wordsOf(of[2]), dir: down ? 'desc' : 'asc', kind: 'any', said: of[0] };
  }
  const chrono = CHRONOLOGICAL.exec(text);
  if (chrono) return { words: [], dir: REVERSE.test(text) ? 'desc' : 'asc', kind: 'date', said: chrono[0] };
  // "the last 10 messages", "die neuesten 20 Einträge": the latest are the newest, first.
  const latest = readLatestCount(feature);
  if (latest) return { words: [], dir: 'desc', kind: 'date', said: latest.said };
  return null;
}

/** A field of a record, as the gate and the designer see it. */
export interface OrderField {
  name: string;
  type: string;
  format?: string;
}

/** A text field holding a date or a date-time, by its format or its name (in the six languages). */
export function isDateField(f: OrderField): boolean {
  return (
    f.type === 'string' &&
    (f.format === 'date-time' ||
      f.format === 'date' ||
      /(^|_)(date|at|on|day|due|start|end|from|to|deadline|datum|fecha|data|beginn|ende|inicio|fin|debut|created|updated|time|timestamp|zeit|zeitpunkt|hora|heure|ora)($|_)/.test(
        f.name,
      ))
  );
}

/** A field holding a year or an age: "newest" of such records may mean theirs, not when they were added. */
export function isYearField(f: OrderField): boolean {
  return /(^|_)(year|years|jahr|jahre|ano|anos|annee|anno|anni|age|alter|edad|eta|idade)($|_)/.test(f.name);
}

const NUMERIC = new Set(['number', 'integer']);
/** A number field holding one year (a book's publication year), not an age: its order is the records' age. */
const YEAR_NAMES = /(^|_)(year|jahr|ano|anio|annee|anno)($|_)/;
const PRICE_NAMES =
  /^(price|cost|amount|fee|rate|preis|kosten|betrag|gebuhr|precio|coste|costo|importe|prix|montant|tarif|prezzo|importo|preco|valor|custo)(_|$)/;
const WEIGHT_NAMES = /^(weight|mass|gewicht|masse|peso|poids)(_|$)/;
const LENGTH_NAMES =
  /^(length|duration|distance|lange|dauer|distanz|longitud|duracion|distancia|longueur|duree|lunghezza|durata|comprimento|duracao)(_|$)/;

function singularish(w: string): string {
  return w.replace(/(ies)$/, 'y').replace(/(es|s|e|en|n)$/, '');
}

/** The field the words name: its name written out ("due date" → due_date), or its first or last part. */
function fieldNamed(words: string[], fields: OrderField[]): OrderField | null {
  if (words.length === 0) return null;
  const joined = words.join('_');
  const exact = fields.find((f) => f.name === joined || singularish(f.name) === singularish(joined));
  if (exact) return exact;
  const one = (found: OrderField[]) => (found.length === 1 ? found[0] : null);
  const last = words.at(-1) ?? '';
  return one(
    fields.filter((f) => {
      const parts = f.name.split('_');
      return (
        singularish(parts.at(-1) ?? '') === singularish(last) || singularish(parts[0]) === singularish(last)
      );
    }),
  );
}

/** The one field of `fields` a kind of value implies: the one date, the one price, the one number. */
function fieldImplied(kind: OrderKind, fields: OrderField[]): OrderField | null {
  const one = (found: OrderField[]) => (found.length === 1 ? found[0] : null);
  const numbers = fields.filter((f) => NUMERIC.has(f.type));
  switch (kind) {
    case 'date': {
      const dates = fields.filter(isDateField);
      // "newest first" of records with a start and an end: the start ("the date it happens").
      // "the books of one author, oldest first" of records holding no date but one year: that year.
      if (dates.length === 0) return one(numbers.filter((f) => YEAR_NAMES.test(f.name)));
      return (
        one(dates) ??
        one(dates.filter((f) => /(^|_)(date|datum|fecha|data|start|beginn|inicio|debut)($|_)/.test(f.name)))
      );
    }
    case 'price':
      return one(fields.filter((f) => PRICE_NAMES.test(f.name) && NUMERIC.has(f.type))) ?? null;
    case 'weight':
      return one(numbers.filter((f) => WEIGHT_NAMES.test(f.name))) ?? one(numbers);
    case 'length':
      return one(numbers.filter((f) => LENGTH_NAMES.test(f.name))) ?? one(numbers);
    case 'number':
      return one(numbers);
    default:
      return null;
  }
}

/**
 * The field of `fields` and the direction the order a feature states means: the field its words name, else
 * (a date or a price the superlative implies, or no words at all) the one field of that kind the records hold.
 * Null when it states no order, or none of `fields` is meant: a list can then not be sorted as asked.
 */
export function orderedField(
  feature: string,
  fields: OrderField[],
): { field: string; dir: 'asc' | 'desc'; said: string } | null {
  const stated = readStatedOrder(feature);
  if (!stated) return null;
  const named = fieldNamed(stated.words, fields);
  // Words that name no field: "newest posts first" (the records) still means the date; "most popular" nothing.
  const implied =
    named ??
    (stated.words.length === 0 || stated.kind === 'date' || stated.kind === 'price'
      ? fieldImplied(stated.kind, fields)
      : null);
  if (!implied) return null;
  return { field: implied.name, dir: stated.dir, said: stated.said };
}
