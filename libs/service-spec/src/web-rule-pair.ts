import { readInputRules, type InputRules } from './input-rule-reading';
import { withNotationsRead } from './input-rule-phrases';
import { foldText } from './input-rule-text';

/*
 * A short link's two everyday rules said in one sentence: "only http(s) targets are accepted and an unknown code
 * returns 404", "nur http- und https-Ziele sind erlaubt, ein unbekannter Code gibt 404", "solo se aceptan destinos
 * http o https; un código desconocido devuelve 404". The http(s) rule writes no status of its own: it is the
 * 400 every other refused value gets, and the unknown code its 404. Each is read as a group of a refusal list.
 */

/** Where the unknown-record clause starts: after ";", ",", or a conjunction, naming an unknown record. */
const SPLIT =
  /^(.*)\s*(?:[;,]\s*(?:(?:and|und|y|et|e)\s+)?|\s+(?:and|und|y|et|e)\s+)((?:(?:an?|the|any|ein|eine|einen|un|una|une|um|uma|uno)\s+)?[^;,]*\b(?:unknown|unbekannte[rns]?|desconocid[oa]s?|inconnue?s?|sconosciut[oi]|desconhecid[oa]s?)\b[^;,]*\b404\b[^;,]*?)\s*[.!]?\s*$/i;

/** The http(s)-only group and the unknown-record group of such a sentence, each read; null for any other. */
export function webRulePair(feature: string): { text: string; rules: InputRules }[] | null {
  if ((feature.match(/\b4\d\d\b/g) ?? []).length !== 1) return null;
  const m = SPLIT.exec(feature);
  if (!m) return null;
  const [, rule, unknown] = m;
  if (/\b4\d\d\b/.test(rule) || !/not http or https are refused/.test(withNotationsRead(foldText(rule))))
    return null;
  const web = readInputRules(rule);
  const missing = readInputRules(unknown);
  if (web === null || missing === null || web.status !== null || missing.status !== 404) return null;
  return [
    { text: `${rule} -> 400`, rules: { ...web, status: 400 } },
    { text: unknown, rules: missing },
  ];
}
