import {
  asksWhatToReorder,
  ON_THE_LIMIT,
  RUNNING_OUT,
  whatToReorderWords,
  readFeatureLiterals,
  type AcceptanceStep,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type LowStockBehavior,
  type SpecContract,
} from '@sf/service-spec';
import { check, resourceOf, setup, type DraftCheck } from './acceptance-steps';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold } from './lexicon';
import { snakeName } from './naming';
import { sampleBody } from './samples';
import { carryStockLeadIn } from './stock-lead-in';
import { isLevel, OWN_THRESHOLD_NAMES } from './stock-levels';

/*
 * Low-stock thresholds: "list the items at or below their reorder level", "show products with fewer than 5
 * in stock", "Artikel unter dem Mindestbestand anzeigen", "productos con stock bajo (menos de 3)", "articles
 * sous le seuil d'alerte". The records of a stock resource whose quantity is at or below a threshold: the
 * feature's fixed number, or each record's own threshold field.
 */

/** Words that say records are running low. */
const LOW =
  /\b(low[- ]stock|low list|running low|runs? low|low inventory|low on stock|(?:bientot|presque) epuise\w*|fast leer|casi agotad\w*|quasi esaurit\w*|quase esgotad\w*|niedrig\w* (?:lager)?bestand|bajo stock|stock bajo|existencias bajas|poco stock|stock faible|stock bas|rupture de stock)\b/;
/**
 * A reorder level said in other languages: "nivel de reposición", "livello di riordino", "niveau de réassort",
 * "Nachbestellpunkt", "nível de reposição" (folded).
 */
const LEVEL_OF_REORDER = String.raw`nivel(?:es)? (?:de )?(?:reposicion|reorden|pedido|reabastecimiento)|livell[oi] (?:di )?(?:riordino|riassortimento)|soglia di riordino|niveau(?:x)? de (?:reapprovisionnement|reassort|commande)|(?:nach)?bestellpunkt\w*|nachbestell(?:grenze|menge|schwelle)\w*|nivel de reposicao`;
/** Words naming a threshold ("reorder level", "Mindestbestand"), asking for records only beside a comparison. */
const THRESHOLD = new RegExp(
  String.raw`\b(thresholds?|minimum|minimums|min stock|min_\w+|\w+_min|\w+_minim(?:o|a|um|os|as)|reorder[ _](?:level|point|threshold)|restock(?:ing)? (?:level|threshold)|mindestbestand\w*|meldebestand\w*|schwelle\w*|umbral\w*|punto de (?:pedido|reorden)|stock minimo|stock minimum|seuils?(?: d alerte)?|minimo|minima|scorta minima|estoque minimo|mindestmenge\w*|cantidad minima|quantita minima|punto di riordino|ponto de reposicao|reapprovisionnement|${LEVEL_OF_REORDER})\b`,
);
const STOCK =
  /\b(stock|units|unidades|unites|unita|unidades|pieces|boxes|bags|inventory|quantity|quantities|qty|count|giacenz[ae]|left|remaining|on hand|bestand|lager\w*|menge|stuck|ubrig|vorratig|existencias|inventario|cantidad|restantes|quedan|quantite|restants?|quantita|scorta|magazzino|quantidade|estoque)\b/;
/** "… or below" after the threshold ("en su nivel de reposición o por debajo", "al livello di riordino o sotto"). */
const OR_BELOW = String.raw`(?:or|o|oder|ou)\s+(?:below|under|lower|less|(?:por )?debajo|inferior|menos|(?:al di )?sotto|inferiore|meno|darunter|weniger|en dessous|moins|abaixo)\b`;
/** A comparison with a threshold word ("below their minimum", "sotto la loro scorta minima"): low stock. */
const BELOW_THRESHOLD = new RegExp(
  `\\b(?:below|under|at or below|less than|fewer than|unter\\w*|kleiner als|weniger als|por debajo|menos de|menos que|inferior\\w*|en dessous|sous|moins de|au plus|sotto|abaixo|menor)\\b[^.;]{0,30}${THRESHOLD.source}|${THRESHOLD.source}[^.;]{0,10}\\b(?:erreich\\w*|unterschreit\\w*)|${THRESHOLD.source}\\s+${OR_BELOW}`,
);
/** A list asked as what to buy or reorder ("my shopping list", "Einkaufsliste", "lista de la compra"). */
const SHOPPING =
  /\b(shopping list|reorder list|einkaufsliste|nachbestell\w*|lista de (?:la )?compras?|liste de courses|a reapprovisionner|lista della spesa|da riordinare)\b/;
/** Records described by a clause on their level ("Artikel, deren Menge kleiner als …", "the parts whose …"). */
const WHOSE = /\b(whose|deren|dessen|dont|cuy[oa]s?|cui|cuj[oa]s?)\b/;
/** A comparison with each record's own threshold ("fewer than their minimum", "unter seiner Mindestmenge"). */
const OWN_COMPARED = new RegExp(
  `\\b(?:their|its|seine[nmrs]?|ihre[nmrs]?|su|sus|leur|leurs|loro|seu|sua)\\s+(?:own\\s+)?${THRESHOLD.source}`,
);
/** A warning about records running low, which a service answers as the listing of them ("warn when …"). */
const WARN =
  /\b(warn\w*|alert\w*|flag\w*|notify|warnen|warnung|melden|avis\w*|alerta\w*|alerter|signal\w*)\b/;

/** "its own", "each item's", "per item": every record carries its threshold. */
const PER_RECORD =
  /\b(its own|their own|own threshold|own reorder|each (?:item|product|article|sku) s|per (?:item|product|sku)|for each (?:item|product)|eigene[nmrs]?|jeweilige[nmrs]?|propio|propia|su propio|son propre|sa propre|leur propre|loro|seu proprio|sua propria)\b/;

/** On the limit is low ("at or below", "less than or equal to"): the reading the gate holds the list to. */
const INCLUSIVE = ON_THE_LIMIT;
const STRICT =
  /(?<![<=])<(?!=)|\b(below|under|less than|fewer than|unter(?:halb|schreit\w*)?|weniger als|menos de|por debajo|inferior a|moins de|inferieur\w*|en dessous|sous|sotto|abaixo|menor que)\b/;
const REFUSES =
  /\b(refus\w*|reject\w*|never|cannot|can not|must not|not allowed|errors?|ablehn\w*|abgelehnt|niemals|nie|rechaz\w*|nunca|jamas|interdit\w*|jamais)\b|\b4\d\d\b/;

/** A fixed threshold number after a comparison word, or before "or less". */
const FIXED = [
  /\b(?:below|under|less than|fewer than|at or below|threshold (?:of |is |at )?|unter|weniger als|hochstens|menos de|por debajo de|inferior(?:e|es)? a|moins de|en dessous de|sous|seuil de|umbral de|schwelle von|abaixo de|menos de|meno di|sotto|sotto i|sotto le)\s*(\d+)\b/,
  // "pari o inferiore a 3", "inférieure ou égale à 5", "igual ou inferior a 2": on the limit, with its number.
  /\b(?:inferior|inferiore|inferieure?s?|menor|minore|less)\s+(?:ou|o|or)\s+(?:egale?s?|igual|uguale|equal)\s+(?:a|to)\s*(\d+)\b/,
  // "sotto la scorta minima di 4 pezzi": one minimum for every record, written with its number.
  /\b(?:minimum|minimo|minima|mindestbestand|mindestmenge|stock minimo|estoque minimo|seuil minimum)\s+(?:of|de|di|von|du|do|da)\s+(\d+)\b/,
  /(?:<=?|≤)\s*(\d+)\b/,
  /\b(\d+)\s+(?:or (?:less|fewer|below)|oder weniger|o menos|ou moins)\b/,
];

/** The one key a feature's written answer holds its list under, if it writes one. */
function writtenWrap(feature: string): string | undefined {
  const answer = readFeatureLiterals(feature).response;
  return answer.length === 1 ? snakeName(answer[0].name, 'items') : undefined;
}

/** An order the feature writes for the list, with the field it names ("sorted by SKU", "nach Nummer sortiert"). */
const SORTED_BY =
  /\b(?:sorted|ordered|sort|order|sortiert|ordenad[oa]s?|ordenar|trie(?:e|es|s)?|ordinat[ie])\s+(?:by|nach|por|par|per)\s+(?:the\s+|their\s+|its\s+|el\s+|la\s+|le\s+|il\s+)?"?([a-z][a-z0-9_-]*)/;
/** The shortfall of each low record asked beside it ("each with its shortfall", "Fehlmenge", "faltante"). */
const SHORTFALL =
  /\b(shortfall|short by|how many (?:are )?missing|missing quantity|fehlmenge|fehlbestand|faltante|cantidad faltante|manquant\w*|mancant\w*|em falta)\b/;

/** Whether a feature asks for the records running low (it is designed after the features that keep them). */
export function readsAsLowStock(feature: string): boolean {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  // "stock can never go below zero", "refuse a quantity under 0": a rule on the records, not a listing.
  if (REFUSES.test(text)) return false;
  // "show me what I need to reorder", "was wird knapp?": the records at or below their own level.
  if (asksWhatToReorder(text) || RUNNING_OUT.test(text)) return true;
  const compared = STRICT.test(text) || INCLUSIVE.test(text);
  if (STOCK.test(text) && fixedThreshold(text) !== undefined) return true;
  return (
    LOW.test(text) ||
    BELOW_THRESHOLD.test(text) ||
    (THRESHOLD.test(text) && (STOCK.test(text) || /reorder|bestand|pedido|stock/.test(text)) && compared)
  );
}

function fixedThreshold(text: string): number | undefined {
  for (const re of FIXED) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Realises a low-stock feature on a resource with a number stock level: a fixed threshold the feature writes,
 * each record's own threshold field (declared when the feature asks for one), or both (the record's, else the
 * fixed one). False when it is not one; true without an endpoint when no resource keeps a stock level or no
 * threshold can be read (the feature then stays unrealised).
 */
export function realiseLowStock(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  // A feature that creates or changes the records (with a reorder level among their fields) is not the listing.
  if (!readsAsLowStock(feature) || (r.literal && r.literal.method !== 'GET')) return false;
  const text = fold(feature).replace(/[’'`]/g, ' ');
  // "below their minimum": the threshold's word, not a minimum to compute.
  const reads = ['list', 'view', 'get', 'search', ...(BELOW_THRESHOLD.test(text) ? ['aggregate'] : [])];
  if (!r.literal && r.actions.some((a) => !reads.includes(a))) return false;
  // A level compared with a number ("orders with a quantity under 5") is a listing only when the feature lists.
  if (
    !r.literal &&
    !LOW.test(text) &&
    !WARN.test(text) &&
    !SHOPPING.test(text) &&
    !asksWhatToReorder(text) &&
    !RUNNING_OUT.test(text) &&
    !(BELOW_THRESHOLD.test(text) && (OWN_COMPARED.test(text) || WHOSE.test(text))) &&
    !r.actions.some((a) => ['list', 'view', 'get', 'search'].includes(a))
  ) {
    return false;
  }
  const resource = b.contract.resources.find((x) => x.fields.some(isLevel));
  if (!resource) return true;
  const level = resource.fields.find(isLevel);
  if (!level) return true;
  carryStockLeadIn(b, resource.name);
  const threshold = fixedThreshold(text);
  // "alert of products with fewer than 10 units" compares with 10, whatever threshold each record keeps; a
  // number named like a threshold (or a bare "threshold" given no type) is each record's own otherwise.
  const fixedOnly = threshold !== undefined && !PER_RECORD.test(text) && !OWN_COMPARED.test(text);
  // "y nivel de reposición" gives the records a field named as the threshold the feature compares with.
  const written = THRESHOLD.exec(text)?.[0];
  const writtenName = written === undefined ? undefined : snakeName(written, 'threshold');
  let own = fixedOnly
    ? undefined
    : resource.fields.find(
        (f) =>
          f.name !== resource.key &&
          OWN_THRESHOLD_NAMES.test(f.name) &&
          (f.type === 'integer' ||
            f.type === 'number' ||
            f.name === writtenName ||
            /^(?:threshold|seuil|schwelle|umbral)$/.test(f.name)),
      );
  if (own && own.type !== 'integer' && own.type !== 'number') {
    // A threshold the records were given without a type ("with a name and a threshold") is compared with
    // the stock level, so it is a number of the level's kind.
    own.type = level.type;
    own.example = 5;
    delete own.enum;
  }
  // "below their reorder level", "at or below its minimum": each record keeps the threshold it is compared with.
  // A record that keeps a level under a name of its own ("level_at" from "the level at which we should reorder")
  // is not given a second one: two fields for one threshold would store the user's in one and compare the other
  // (the eval's h16-bike-shop and h7-workshop-consumables deployed so). Unread: the feature stays unrealised.
  const kept = resource.fields.find(
    (f) => f !== level && /(?:^|_)(?:level|reorder|threshold|minimum|min)(?:_|$)/.test(f.name),
  );
  if (!own && kept) return true;
  if (!own && (PER_RECORD.test(text) || OWN_COMPARED.test(text))) {
    const name = /\breorder\b/.test(text) ? 'reorder_level' : 'threshold';
    own = b.ensureField(resource.name, {
      name,
      type: level.type,
      required: threshold === undefined,
      minimum: 0,
      description: `The ${resource.name.replace(/-/g, ' ')}'s own low-stock threshold: it is low when its ${level.name} is at or below it`,
      example: 5,
    });
  }
  if (!own && threshold === undefined) return true;
  const inclusive = INCLUSIVE.test(text) || !STRICT.test(text);
  const behavior: LowStockBehavior = {
    kind: 'low_stock',
    resource: resource.name,
    field: level.name,
    ...(threshold === undefined ? {} : { threshold }),
    ...(own ? { threshold_field: own.name } : {}),
    inclusive,
    // The envelope the feature writes (`{"low": [...]}`), else the usual `items`.
    wrap: writtenWrap(feature) ?? 'items',
  };
  // "sorted by SKU": the field it names orders the list; "each with its shortfall": the missing count beside.
  const sorted = SORTED_BY.exec(text)?.[1];
  const by =
    sorted === undefined
      ? undefined
      : resource.fields.find((f) => f.name.replace(/_/g, '') === sorted.replace(/[-_]/g, ''));
  if (by) behavior.order_by = by.name;
  if (SHORTFALL.test(text) && !resource.fields.some((f) => f.name === 'shortfall'))
    behavior.shortfall_field = 'shortfall';
  if (own?.description.startsWith(`The ${resource.name.replace(/-/g, ' ')}'s own low-stock threshold`)) {
    own.description = `${own.description.replace(/ at or below it$| below it$/, '')} ${inclusive ? 'at or below it' : 'below it'}`;
  }
  const e = b.endpoint('GET', r.literal?.path ?? `/${resource.plural}/low-stock`, behavior, feature);
  const said = [LOW, THRESHOLD, STOCK, INCLUSIVE, STRICT, PER_RECORD, WARN, RUNNING_OUT]
    .map((re) => re.exec(text)?.[0])
    .concat(reorderClause(feature))
    .filter((w) => !!w);
  if (said.length > 0 && !e.summary.includes('Written in the intent as')) {
    e.summary = `${e.summary} Written in the intent as: ${[...new Set(said)].join(', ')}.`;
  }
  return true;
}

/**
 * The clause asking what to order again, as written ("Zeig mir, was nachbestellt werden muss"): the list it
 * asks for is this endpoint's, so its summary quotes it.
 */
function reorderClause(feature: string): string | undefined {
  if (whatToReorderWords(feature) === undefined) return undefined;
  return feature
    .split(/[;:.?!]/)
    .map((c) => c.trim())
    .find((c) => whatToReorderWords(c) !== undefined);
}

function limitText(b: LowStockBehavior): string {
  const own = b.threshold_field === undefined ? null : `its own ${b.threshold_field.replace(/_/g, ' ')}`;
  const fixed = b.threshold === undefined ? null : String(b.threshold);
  return [own, fixed].filter((x) => x !== null).join(', else ');
}

/** Request and responses of a low-stock endpoint (its errors are the methods its path refuses). */
export function lowStockDocs(
  c: SpecContract,
  b: LowStockBehavior,
): { request: EndpointRequest; responses: EndpointResponse[] } {
  const r = resourceOf(c, b.resource);
  const example: Record<string, unknown> = { id: `${b.resource}-1`, ...(r ? sampleBody(r, 'example') : {}) };
  const limit = b.threshold_field === undefined ? (b.threshold ?? 0) : 5;
  if (b.threshold_field !== undefined) example[b.threshold_field] = limit;
  example[b.field] = b.inclusive ? limit : Math.max(0, limit - 1);
  return {
    request: {},
    responses: [
      {
        status: 200,
        description: `The ${b.resource.replace(/-/g, ' ')} records running low: ${b.field.replace(/_/g, ' ')} ${b.inclusive ? 'at or below' : 'below'} ${limitText(b)}, oldest first`,
        example: { [b.wrap]: [example] },
      },
    ],
  };
}

/**
 * The rows a worked example creates: one running low (on its level when that counts as low, else just below), one
 * well stocked and, for a record's own level, one further below it (compared with its own level, not a number).
 */
function rows(b: LowStockBehavior): {
  low: Record<string, unknown>;
  below?: Record<string, unknown>;
  plenty: Record<string, unknown>;
} | null {
  if (b.threshold_field !== undefined) {
    const own = 7;
    return {
      low: { [b.field]: b.inclusive ? own : own - 1, [b.threshold_field]: own },
      below: { [b.field]: 2, [b.threshold_field]: 4 },
      plenty: { [b.field]: own + 10, [b.threshold_field]: own },
    };
  }
  const t = b.threshold ?? 0;
  const low = b.inclusive ? t : t - 1;
  if (low < 0) return null;
  return { low: { [b.field]: low }, plenty: { [b.field]: t + 10 } };
}

/** Worked example: a record at (or just below) its threshold is listed, one well above is created beside it. */
export function lowStockHappyCheck(c: SpecContract, e: EndpointSpec, b: LowStockBehavior): DraftCheck | null {
  const made = rows(b);
  if (!made) return null;
  const tag = `${e.id}-ok`;
  const low = setup(c, b.resource, `${tag}-low`, made.low);
  const below = made.below ? setup(c, b.resource, `${tag}-below`, made.below) : null;
  const plenty = setup(c, b.resource, `${tag}-plenty`, made.plenty);
  if (!low || !plenty || (made.below && !below)) return null;
  const listed = below ? [low.body, below.body] : [low.body];
  const steps: AcceptanceStep[] = [
    ...low.steps,
    ...(below?.steps ?? []),
    ...plenty.steps,
    {
      request: { method: e.method, path: e.path },
      expect: { status: 200, body_contains: { [b.wrap]: listed } },
    },
  ];
  const what = b.resource.replace(/-/g, ' ');
  const further =
    made.below && b.threshold_field
      ? `, as is one with ${String(made.below[b.field])} under its own ${b.threshold_field.replace(/_/g, ' ')} of ${String(made.below[b.threshold_field])}`
      : '';
  return check(
    e,
    'happy',
    `A ${what} with ${b.field.replace(/_/g, ' ')} ${String(made.low[b.field])} is running low (${b.inclusive ? 'at or below' : 'below'} ${limitText(b)}) and is listed${further}; one with ${String(made.plenty[b.field])} is not low.`,
    steps,
  );
}
