import { readFeatureLiterals } from '@sf/service-spec';
import { recogniseFeature } from '../catalog/catalog';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { bindSpelled } from '../catalog/spelled-candidates';
import type { ContractBuilder } from './contract-builder';
import { supportedListing } from './supported-listing';

/*
 * A route whose answer is said by reference to an earlier one: "POST /vat/net takes {"gross", "rate"}, works it
 * out backwards and answers with the same fields", "GET /netto?brutto=119&satz=7 rechnet zurück und liefert
 * dieselben drei Felder", "devuelve los mismos campos", "renvoie les mêmes champs", "restituisce gli stessi tre
 * campi", "devolve os mesmos três campos". The feature reads as if it wrote out the answer of the closest earlier
 * feature that spells one (of that many fields, when it says how many).
 */

const COUNT: Record<string, number> = {
  two: 2, zwei: 2, dos: 2, deux: 2, due: 2, dois: 2,
  three: 3, drei: 3, tres: 3, trois: 3, tre: 3, 'três': 3,
  four: 4, vier: 4, cuatro: 4, quatre: 4, quattro: 4, quatro: 4,
}; // prettier-ignore

const NUMBER = `(?:\\d|${Object.keys(COUNT).join('|')})`;
/** "the same (three) fields" and its kin; how many, when said, is read from the match by `countIn`. */
const SAME = new RegExp(
  '\\b(?:(?:the\\s+)?same\\s+(?:' + NUMBER + '\\s+)?(?:fields|answer|response|values)' +
    '|(?:die\\s+)?(?:selben|gleichen)\\s+(?:' + NUMBER + '\\s+)?(?:felder|antwort|werte)|dieselben\\s+(?:' + NUMBER + '\\s+)?(?:felder|werte)|dieselbe\\s+antwort' +
    '|(?:l[oa]s\\s+)?mism[oa]s\\s+(?:' + NUMBER + '\\s+)?(?:campos|valores)|(?:la\\s+)?misma\\s+respuesta' +
    '|(?:les\\s+)?m[eê]mes\\s+(?:' + NUMBER + '\\s+)?(?:champs|valeurs)|(?:la\\s+)?m[eê]me\\s+r[eé]ponse' +
    '|(?:gli\\s+)?stessi\\s+(?:' + NUMBER + '\\s+)?(?:campi|valori)|(?:la\\s+)?stessa\\s+risposta' +
    '|(?:os\\s+)?mesmos\\s+(?:' + NUMBER + '\\s+)?(?:campos|valores)|(?:a\\s+)?mesma\\s+resposta)\\b',
  'iu',
); // prettier-ignore

/** How many fields a "same N fields" phrase names (null: not said). */
function countIn(phrase: string): number | null {
  const word = new RegExp(`\\b${NUMBER}\\b`, 'iu').exec(phrase)?.[0].toLowerCase();
  if (!word) return null;
  return /^\d$/.test(word) ? Number(word) : (COUNT[word] ?? null);
}

/**
 * The feature with its answer written out from the closest earlier feature spelling one (`{"net", "vat",
 * "gross"}` in place of "the same three fields"), or null when it spells a route with no answer of its own but
 * says none by reference, or no earlier feature answers with as many fields.
 */
export function answerSaidBefore(b: ContractBuilder, feature: string): string | null {
  const literals = readFeatureLiterals(feature);
  if (literals.routes.length !== 1 || literals.response.length > 0) return null;
  const said = SAME.exec(feature);
  if (!said) return null;
  const count = countIn(said[0]);
  const earlier = b.contract.endpoints
    .flatMap((e) => e.features)
    .map((f) => readFeatureLiterals(f).response)
    .filter((fields) => fields.length > 0 && (count === null || fields.length === count));
  const answer = earlier.at(-1);
  if (!answer) return null;
  const written = `{${answer.map((f) => JSON.stringify(f.name)).join(', ')}}`;
  return feature.slice(0, said.index) + written + feature.slice(said.index + said[0].length);
}

/**
 * The computation a route answering "the same fields" runs, bound to its route and to the earlier answer; or the
 * listing of what an earlier converter supports (supported-listing.ts).
 */
export function designSaidBefore(b: ContractBuilder, feature: string): FunctionDesign | null {
  // "List the supported units": the values the converter designed before accepts.
  const listing = supportedListing(b, feature);
  if (listing) return listing;
  const text = answerSaidBefore(b, feature);
  if (!text) return null;
  const found = recogniseFeature(text);
  return bindSpelled(text, found && 'design' in found ? found.design : null);
}
