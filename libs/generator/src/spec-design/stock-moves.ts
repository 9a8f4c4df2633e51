import {
  balanceMoveOfSegment,
  balanceMovesIn,
  readFeatureLiterals,
  stockMoveOfSegment,
  stockMoveWords,
  stockMovesIn,
  signedChange,
  talksOtherThanStock,
  type AdjustBehavior,
  type ResourceSpec,
} from '@sf/service-spec';
import { languageOf } from '../catalog/calc-language';
import { featureWords } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold, knownNoun, singular, words } from './lexicon';
import { isBalance, isLevel, movedLevel } from './stock-levels';
import { namedFields } from './named-fields';
import { snakeName } from './naming';
import { carryStockLeadIn } from './stock-lead-in';
import { computesBeyondStatistics } from './kept-or-computed';

/*
 * Stock movements: "take items out of the pantry; taking more than there is is refused", "Entnahme buchen",
 * "registrar una salida de stock", "sortie de stock", "POST /items/{sku}/withdraw {"quantity": integer >= 1}".
 * The records keeping a stock level get an `adjust` endpoint with a direction: the count moved is a whole number
 * of at least 1, `out` takes it away and refuses to go below the level's floor (0 unless the feature says
 * otherwise) with 409, changing nothing; `in` adds it. Movements are designed after the features that keep the
 * records they move.
 */

/** Path segments of the movements a free-text feature asks for. */
const SEGMENT = { out: 'withdraw', in: 'receive' } as const;

/** The name a free-text movement reads its count from, in the feature's language. */
const AMOUNT_BY_LANGUAGE: Record<string, string> = {
  de: 'menge',
  es: 'cantidad',
  fr: 'quantite',
  it: 'quantita',
  pt: 'quantidade',
};

/** The name a free-text movement of a balance of money reads its amount from, in the feature's language. */
const MONEY_BY_LANGUAGE: Record<string, string> = {
  de: 'betrag',
  es: 'importe',
  fr: 'montant',
  it: 'importo',
  pt: 'valor',
};

/** Whether a feature moves stock in or out (designed after the records it moves are kept). */
export function readsAsStockMove(feature: string, r: FeatureReading): boolean {
  if (r.literal) {
    const last = r.literal.path.split('/').filter(Boolean).pop() ?? '';
    // "POST /consume … at most 5 per client per minute" spends a quota: it moves no stock. A gift card's
    // "POST /cards/{code}/redeem … 20 €" moves its balance all the same.
    if (talksOtherThanStock(feature) && balanceMovesIn(feature).length === 0) return false;
    if (r.literal.method !== 'POST' || last.startsWith('{')) return false;
    return (
      stockMoveOfSegment(last) !== null ||
      (balanceMoveOfSegment(last) !== null && balanceMovesIn(feature, true).length > 0)
    );
  }
  return !signedChange(feature) && stockMovesIn(feature).length > 0;
}

function mentions(feature: string, r: ResourceSpec): boolean {
  const said = words(feature);
  const names = [r.name, r.plural, ...r.name.split('-')];
  return said.some(
    (w) => names.includes(w) || names.includes(singular(w)) || knownNoun(singular(w)) === r.name,
  );
}

/**
 * Realises a free-text movement on the one resource keeping a stock level; false when the feature is none.
 * True without an endpoint when no resource (or more than one the feature does not tell apart) keeps a level:
 * the feature then stays unrealised.
 */
export function realiseStockMove(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  if (r.literal || signedChange(feature)) return false;
  const stocked = b.contract.resources.filter((x) => x.fields.some((f) => isLevel(f) || isBalance(f)));
  const named = stocked.filter((x) => mentions(feature, x));
  // "log every delivery with the driver and the weight" keeps records of its own, whatever the intent stocks:
  // a word that moves stock only in a stock's context needs a feature that keeps nothing itself.
  const keepsOwn = r.actions.includes('create') && namedFields(feature) !== null;
  const said = stockMovesIn(feature);
  const moves =
    said.length > 0 || keepsOwn ? said : stockMovesIn(feature, named.length > 0 || stocked.length === 1);
  if (moves.length === 0) return false;
  const resource = named.length === 1 ? named[0] : stocked.length === 1 ? stocked[0] : undefined;
  // "10 loyalty points for every 5 dollars spent" moves no stock when nothing keeps one: a computation the
  // catalog reads in it is realised there instead of being left unrealised.
  if (!resource) return stocked.length > 0 || !computesBeyondStatistics(feature);
  carryStockLeadIn(b, resource.name);
  const language = languageOf(featureWords(feature));
  const written = readFeatureLiterals(feature).request.filter(
    (f) => f.type === 'integer' || f.type === 'number',
  );
  // A balance moves by an amount (of money in the feature's language); a stock by a quantity.
  const balance = resource.fields.some(isLevel) ? undefined : resource.fields.find(isBalance);
  const amount =
    written.length === 1
      ? snakeName(written[0].name, 'quantity')
      : balance?.type === 'number'
        ? (MONEY_BY_LANGUAGE[language] ?? 'amount')
        : (AMOUNT_BY_LANGUAGE[language] ?? (balance ? 'amount' : 'quantity'));
  const param = resource.key ?? 'id';
  // "Devolver unidades al almacén" beside "Sacar unidades …": one name for the count every movement sends.
  const sibling = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'adjust' && e.behavior.resource === resource.name && e.behavior.direction,
  );
  const siblingAmount = sibling?.behavior.kind === 'adjust' ? sibling.behavior.amount_field : undefined;
  for (const direction of moves) {
    const level = movedLevel(resource, direction);
    if (!level) return true;
    const adjust: AdjustBehavior = {
      kind: 'adjust',
      resource: resource.name,
      param,
      field: level.name,
      amount_field:
        written.length !== 1 && siblingAmount !== undefined
          ? siblingAmount
          : amount === resource.key
            ? 'quantity'
            : amount,
      direction,
    };
    const path = `${b.collectionPath(resource.name)}/{${param}}/${SEGMENT[direction]}`;
    const e = b.endpoint('POST', path, adjust, feature);
    const said = realisedClauses(feature, direction);
    if (said.length > 0 && !e.summary.includes('Written in the intent as'))
      e.summary = `${e.summary} Written in the intent as: ${said.map((x) => `"${x}"`).join('; ')}.`;
  }
  b.writtenAs(resource.name, stockMoveWords(feature));
  return true;
}

/** A clause refusing to take out more than there is (what an `out` movement's floor refuses with 409). */
const REFUSAL =
  /\b(409|more than|mehr als|uber den bestand|hinaus|mas de|plus que|superar|depass\w*|exceed\w*|piu di|mais do que|negativ\w*|(?:below|under) (?:zero|0)|unter (?:null|0)|sous (?:zero|0)|debajo de (?:cero|0)|sotto (?:zero|0)|abaixo de (?:zero|0)|on hand|vorhanden|disponible|disponibile|disponivel|lo que hay|what is left|there is)\b/;
/** A clause on the count moved: a whole number of at least 1. */
const COUNT_RULE =
  /(\bat least (?:1|one)\b|\bwhole number|\binteger|ganzzahlig|mindestens (?:1|eins)\b|\bentero|al menos (?:1|uno)\b|\bentier|au moins (?:1|un)\b|\bintero|almeno (?:1|uno)\b|\binteiro|pelo menos (?:1|um)\b|>= ?1\b)/;

/**
 * The clauses of a free-text movement its endpoint realises, quoted in its summary: the one naming the movement,
 * the refusal of more than is on hand (an `out` movement's), the rule on the count moved. A clause saying
 * anything else is not quoted, so the gate still finds its words missing.
 */
function realisedClauses(feature: string, direction: 'in' | 'out'): string[] {
  const clauses = feature
    .split(/[;(]|\)/)
    .map((x) => x.trim().replace(/[.,:]$/, ''))
    .filter((x) => x.length > 0);
  return clauses.filter((clause) => {
    const text = fold(clause).replace(/[’'`]/g, ' ');
    return (
      stockMovesIn(clause, true).includes(direction) ||
      (direction === 'out' && REFUSAL.test(text)) ||
      COUNT_RULE.test(text)
    );
  });
}
