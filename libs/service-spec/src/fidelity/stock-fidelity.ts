import type { EndpointSpec, FieldSpec, LowStockBehavior, SpecContract } from '../spec-contract';
import { fieldsNamedBy, inOwnWords } from '../constraint-reading';
import { asksWhatToReorder, folded, signedChange, stockMovesIn } from '../stock-moves';

/*
 * Stock running low. A list of every item leaves the judging to the client, so a feature that asks for the items
 * running low ("low stock", "at or below their reorder level") is realised only by an endpoint that filters them
 * by their level against a threshold (`low_stock`).
 */

/** Words for records running low, or below a threshold, in the languages intents are written in (folded). */
const LOW_STOCK =
  /\b(low[- ]stock|low list|running low|runs? low|low inventory|low on stock|(bientot|presque) epuise\w*|niedrig\w* (lager)?bestand|bajo stock|stock bajo|existencias bajas|poco stock|stock faible|stock bas|rupture de stock)\b|\b(below|under|at or below|fewer than|less than|unter\w*|kleiner als|weniger als|por debajo|menos de|inferior\w*|inferieur\w*|menor|minore|en dessous|sous|moins de|au plus|sotto|abaixo)\b[^.;]{0,30}\b(threshold|minimum|min_\w+|reorder[ _](level|point)|mindestbestand|meldebestand|mindestmenge|schwelle\w*|umbral\w*|punto de pedido|stock minimo|stock minimum|cantidad minima|minimo|seuil\w*|scorta minima|quantita minima|punto di riordino|estoque minimo|ponto de reposicao|nivel(es)? (de )?(reposicion|reorden|pedido|reabastecimiento)|livell[oi] (di )?(riordino|riassortimento)|soglia di riordino|niveaux? de (reapprovisionnement|reassort|commande)|(nach)?bestellpunkt\w*|nachbestellgrenze\w*|nivel de reposicao)\b|\b(reorder[ _](level|point)|nivel(es)? (de )?(reposicion|reorden|pedido|reabastecimiento)|livell[oi] (di )?(riordino|riassortimento)|soglia di riordino|niveaux? de (reapprovisionnement|reassort|commande)|(nach)?bestellpunkt\w*|nivel de reposicao|ponto de reposicao|punto di riordino|mindestbestand|meldebestand|stock minimo|scorta minima|estoque minimo)\s+(or|o|oder|ou)\s+(below|under|lower|less|(por )?debajo|inferior|menos|(al di )?sotto|inferiore|meno|darunter|weniger|en dessous|moins|abaixo)\b|\b(mindestbestand|meldebestand|mindestmenge)\b[^.;]{0,10}\b(erreich\w*|unterschreit\w*)|\b(fewer|less) than \d+ (\w+ )?(left|remaining|in stock|on hand|units)\b|\bweniger als \d+ (\w+ )?(stuck|ubrig|auf lager|vorratig|im bestand)\b|\bmenos de \d+ (\w+ )?(en stock|en existencia|restantes|quedan|unidades)\b|\bmoins de \d+ (\w+ )?(en stock|restants?)\b/i;

/**
 * Records running out said as a process ("was wird knapp", "geht zur Neige", "se está acabando", "sta finendo",
 * "está acabando", "what is running out"), folded.
 */
export const RUNNING_OUT =
  /\b(?:(?:wird|werden|ist|sind|wurde|wurden) knapp|knapp (?:wird|werden)|zur neige|running out|run out soon|se (?:esta|estan) (?:acabando|agotando)|(?:esta|estan) por (?:acabarse|agotarse)|se (?:acaba|acaban|agota|agotan)|(?:sta|stanno) (?:finendo|per finire|esaurendo)|in esaurimento|(?:esta|estao) (?:acabando|se esgotando|no fim)|(?:va|vont) (?:bientot )?manquer|s epuise\w*)\b/;

/** Whether a feature asks for the records running low. */
export function asksLowStock(feature: string): boolean {
  return (
    LOW_STOCK.test(feature.normalize('NFKD').replace(/\p{M}/gu, '')) ||
    RUNNING_OUT.test(folded(feature)) ||
    asksWhatToReorder(feature)
  );
}

/** Behaviours that answer records without judging their level. */
const UNJUDGED = new Set(['list', 'get', 'search', 'create', 'update', 'delete', 'static']);

/**
 * A feature that asks for the records running low is not realised by endpoints that only keep and list records
 * (or answer a fixed document): one of its endpoints must filter by level (`low_stock`).
 */
export function lowStockProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  if (!asksLowStock(feature)) return [];
  const low = endpoints.flatMap((e) => (e.behavior?.kind === 'low_stock' ? [e.behavior] : []));
  if (low.length > 0)
    return low.some((b) => lowStockAsWritten(feature, b).length === 0)
      ? []
      : lowStockAsWritten(feature, low[0]);
  if (!endpoints.every((e) => UNJUDGED.has(e.behavior?.kind))) return [];
  return [
    'it asks for the records running low, but no endpoint of its realisation filters them by a threshold',
  ];
}

/**
 * "at or below", "or less", "reaches", "less than or equal to", "bei oder unter", "erreicht oder unterschreitet",
 * "igual o inferior", "inférieure ou égale", "minore o uguale", "menor ou igual": on the limit is low.
 */
export const ON_THE_LIMIT =
  /(at or below|or (?:less|fewer|below|under)|(?:less|lower|smaller|fewer) than or equal|equal to or (?:less|lower|smaller|fewer|below|under)|<=|=<|≤|\breach(?:es|ed)?\b|erreich\w*|oder weniger|(?:bei|auf|gleich) oder (?:unter\w*|kleiner|weniger)|kleiner gleich|hochstens|o menos|igual o (?:inferior|menor|por debajo)|(?:en|a) o por debajo|\bo (?:por )?debajo\b|oder darunter|ou en dessous|\bo (?:al di )?sotto\b|menor o igual|alcanz\w*|ou moins|inferieur\w* ou egal\w*|egal\w* ou inferieur\w*|kleiner oder gleich|atteint\w*|o inferiore|(?:minore|inferiore) o uguale|(?:uguale|pari) o (?:minore|inferiore)|ou abaixo|ou inferior|(?:menor|inferior) ou igual|igual ou (?:menor|inferior))/;

/** Strictly below: "below", "under", "less than", "unter", "por debajo", "en dessous", "sotto", "abaixo". */
const BELOW =
  /\b(below|under|less than|fewer than|unter(?:halb|schreit\w*)?|weniger als|menos de|por debajo|inferior\w*|en dessous|sous|moins de|sotto|abaixo|menor que)\b/;
/** Each record's own threshold ("their own", "its own", "eigenen", "su propio", "leur propre"). */
const OWN =
  /\b(its own|their own|eigene\w*|jeweilige\w*|su propi[oa]|sus propi[oa]s|son propre|sa propre|leur propre|seu proprio|sua propria|il proprio|la propria|loro)\b/;
/** An order written for the low list ("sorted by sku", "nach Nummer sortiert"), with the field it names. */
const SORTED_BY =
  /\b(?:sorted|ordered|sort|order|sortiert|ordenad[oa]s?|ordenar|trie(?:e|es|s)?|ordinat[ie])\s+(?:by|nach|por|par|per)\s+(?:the\s+|their\s+|its\s+|el\s+|la\s+|le\s+|il\s+)?"?([a-z][a-z0-9_-]*)/;
/** A shortfall asked beside each low record ("shortfall", "how many are missing", "Fehlmenge", "faltante"). */
const SHORTFALL =
  /\b(shortfall|short by|how many (?:are )?missing|missing quantity|fehlmenge|fehlbestand|faltante|cantidad faltante|manquant\w*|mancant\w*|em falta)\b/;

/** A fixed number the low records are compared with ("fewer than 10 units", "weniger als 20 Stück", "5 or less"). */
const FIXED_LIMIT = [
  /\b(?:below|under|less than|fewer than|at or below|unter|weniger als|kleiner als|menos de|por debajo de|inferior a|moins de|en dessous de|sous|sotto|meno di|abaixo de|menor que)\s*(\d+)\b/,
  /\b(\d+)\s+(?:or (?:less|fewer|below)|oder weniger|o menos|ou moins)\b/,
];

function fixedLimit(text: string): number | undefined {
  for (const re of FIXED_LIMIT) {
    const m = re.exec(text);
    if (m && Number(m[1]) >= 1) return Number(m[1]);
  }
  return undefined;
}

/**
 * What a low-stock endpoint does otherwise than the feature writes it: on the limit low or not ("at or below"
 * against "below"), each record's own threshold, the order it names, the shortfall it asks beside each record.
 */
function lowStockAsWritten(feature: string, b: LowStockBehavior): string[] {
  const text = folded(feature);
  const problems: string[] = [];
  const inclusive = ON_THE_LIMIT.test(text);
  if (inclusive && !b.inclusive)
    problems.push('it counts a record on its threshold as low, but its low-stock list leaves it out');
  else if (!inclusive && BELOW.test(text) && b.inclusive)
    problems.push(
      'it counts only records strictly below their threshold as low, but its low-stock list counts one on it',
    );
  if (OWN.test(text) && b.threshold_field === undefined)
    problems.push(
      'it compares each record with its own threshold, but its low-stock list uses one fixed number',
    );
  // "fewer than 10 units": that number, not a threshold each record keeps (which may be anything).
  const limit = OWN.test(text) ? undefined : fixedLimit(text);
  if (limit !== undefined && (b.threshold !== limit || b.threshold_field !== undefined))
    problems.push(`it compares every record with ${limit}, but its low-stock list does not`);
  const sorted = SORTED_BY.exec(text)?.[1];
  if (sorted !== undefined && b.order_by?.replace(/_/g, '') !== sorted.replace(/[-_]/g, ''))
    problems.push(`it lists the low records sorted by ${sorted}, but its low-stock list is not`);
  if (SHORTFALL.test(text) && b.shortfall_field === undefined)
    problems.push('it asks for the shortfall of each low record, but its low-stock list answers none');
  return problems;
}

/**
 * A feature that moves stock out (withdraw, Entnahme, salida, sortie) or in (receive, Zugang, entrada) is realised
 * only by an endpoint moving a count that way (`adjust` with that `direction`): a signed adjustment adds what a
 * withdrawal sends, and a record store keeps the movement without changing any stock.
 */
export function stockMoveProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const adjusts = endpoints.flatMap((e) => (e.behavior?.kind === 'adjust' ? [e.behavior] : []));
  const asked = stockMovesIn(feature, adjusts.length > 0);
  if (asked.length === 0 || endpoints.some((e) => e.behavior?.kind === 'function')) return [];
  // "up or down (+ when a delivery comes, - when parts get used)" asks one signed change, either way.
  const signed = signedChange(feature) && adjusts.some((b) => b.direction === undefined);
  const bothWays = ['in', 'out'].every((way) => adjusts.some((b) => b.direction === way));
  if (signedChange(feature) && !signed && !bothWays && adjusts.length > 0)
    return ['it changes the count either way (up or down), but its realisation moves it one way only'];
  // An adjustment without a direction adds what is sent ("aggiunge punti a una squadra"): a move in.
  const moves = (way: string) =>
    adjusts.some((b) => b.direction === way || (way === 'in' && b.direction === undefined));
  return asked
    .filter((way) => !signed && !moves(way))
    .map(
      (way) =>
        `it moves stock ${way}, but no endpoint of its realisation ${way === 'out' ? 'takes a count away from' : 'adds a count to'} a stock level`,
    );
}

/** A stock that never goes below zero ("stock never goes below 0", "der Bestand darf nie unter 0 fallen"). */
const FLOOR =
  /\b(never|nie|niemals|nunca|jamais|mai|cannot|can not|must not|darf nicht|darf nie|no puede|ne peut|non puo)\b[^.;]{0,40}\b(below|under|unter|bajo|por debajo de|en dessous de|sous|sotto)\s*(0|zero|null|cero)\b|\b(never|nie|nunca|jamais|mai)\s+(go(es)?\s+)?negativ\w*/i;
/** Taking or reserving more than there is ("more than is in stock", "mehr als vorhanden"). */
const MORE_THAN_THERE_IS =
  /\bmore than (there is|is in stock|is available|we have|what is left|the stock)\b|\bmehr als (vorhanden|verfugbar|auf lager|da ist)\b|\bmas de lo (que hay|disponible)\b|\bplus que (le stock|ce qui reste|disponible)\b/i;

/** A discount or its code, whose amount a floor may bound ("never more than the subtotal, never below zero"). */
const DISCOUNT_WORDS =
  /\b(discount\w*|coupons?|vouchers?|promo\w*|codes?|rabatt\w*|gutschein\w*|nachlass|descuentos?|cupon\w*|codigos?|remises?|reductions?|sconto|sconti|codice|desconto\w*|cupom)\b/i;
/** What a stock floor is about: a level kept on hand (not the money of an order). */
const STOCK_WORDS =
  /\b(stocks?|inventory|inventar\w*|bestand\w*|lager\w*|vorrat\w*|existencias|inventario|balances?|saldos?|soldes?|units on hand|on hand|available)\b/i;

/**
 * A feature that keeps a stock level from going below zero when it changes is realised only by an endpoint that
 * changes the level within its bounds (`adjust`, 409 past them): records that are only kept, or reserved as a
 * whole with a yes/no flag, never take a quantity away.
 */
export function stockFloorProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract?: Pick<SpecContract, 'endpoints'>,
): string[] {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  if (!FLOOR.test(folded) && !MORE_THAN_THERE_IS.test(folded)) return [];
  // "TENOFF knocks 10.00 off, the total can't go negative": the floor of a discount's money, not of a stock.
  if (DISCOUNT_WORDS.test(folded) && !STOCK_WORDS.test(folded)) return [];
  if (endpoints.length === 0) return [];
  if (endpoints.some((e) => e.behavior?.kind === 'adjust'))
    return contract ? unflooredSubjects(feature, folded, endpoints, contract) : [];
  // "parts with a quantity …; quantities are never negative": the records it keeps hold the floor on create.
  const floored = (e: EndpointSpec) =>
    e.behavior?.kind === 'create' &&
    (e.request.body?.fields ?? []).some(
      (f) => (f.type === 'integer' || f.type === 'number') && f.minimum !== undefined && f.minimum >= 0,
    );
  if (endpoints.some(floored) && !MORE_THAN_THERE_IS.test(folded)) return [];
  return [
    'it keeps a stock from going below what there is, but no endpoint of its realisation changes a quantity within its bounds',
  ];
}

/** What joins the things a floor names ("stock counts and prices", "Bestand oder Mindestmenge"). */
const JOINED = /\s*,\s*|\s+(?:and|or|und|oder|y|o|et|ou|e)\s+/;
const SUBJECT_FILLER = new Set([
  'it',
  'they',
  'es',
  'sie',
  'er',
  'il',
  'elle',
  'ils',
  'ella',
  'ello',
  'esso',
  'essa',
  'ele',
  'ela',
  'the',
  'a',
  'an',
  'its',
  'their',
  'der',
  'die',
  'das',
  'el',
  'la',
  'los',
  'las',
  'le',
  'les',
  'il',
  'lo',
  'gli',
  'o',
  'os',
  'as',
]);

/**
 * "Stock counts and prices can never be below zero" beside a store that floors the stock and has no price: each
 * thing a floor names must be a field of the realisation that the adjustment keeps within bounds, or that its
 * create bounds at zero or above. A single subject is the adjusted stock (its words are the store's own).
 */
function unflooredSubjects(
  feature: string,
  folded: string,
  endpoints: EndpointSpec[],
  contract: Pick<SpecContract, 'endpoints'>,
): string[] {
  const at = FLOOR.exec(folded)?.index ?? -1;
  if (at <= 0) return [];
  // The clause right before the floor ("…; nunca por debajo de cero": none).
  const subject = (
    folded
      .slice(0, at)
      .split(/[;:.()]/)
      .pop() ?? ''
  )
    .toLowerCase()
    .replace(/\b(?:can|could|must|may|will|shall|are|is|should)\s*$/, '')
    .trim();
  const groups = subject
    .split(JOINED)
    .map((g) => g.split(/[^a-z0-9_]+/).filter((w) => w !== '' && !SUBJECT_FILLER.has(w)))
    .filter((g) => g.length > 0);
  // A list of things, each said in a few words; a sentence ("adjust the stock by adding or taking units") is none.
  if (groups.length < 2 || groups.some((g) => g.length > 3)) return [];
  const adjusted = new Set(
    endpoints.flatMap((e) => (e.behavior?.kind === 'adjust' ? [e.behavior.field] : [])),
  );
  // Only a field's own words name it (the floor put on it quotes the feature in its description).
  const fields: FieldSpec[] = contract.endpoints
    .flatMap((e) => (e.behavior?.kind === 'create' ? (e.request.body?.fields ?? []) : []))
    .map((f) => inOwnWords(f, feature));
  const floored = (f: FieldSpec) => adjusted.has(f.name) || (f.minimum !== undefined && f.minimum >= 0);
  return groups
    .filter((words) => !fieldsNamedBy(words, fields).some(floored))
    .map(
      (words) =>
        `it keeps "${words.join(' ')}" from going below zero, but no field of its realisation that it names is kept there`,
    );
}
