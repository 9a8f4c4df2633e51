import type { FieldSpec, ResourceSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { asksListQuery } from './list-query-design';
import { CONJUNCTIONS, fold, isStopWord, singular } from './lexicon';
import { namedFields } from './named-fields';
import { isDateLike } from './list-query-order';

/*
 * A list query on a field no feature declared ("list expenses, filter by cost", "sort by priority", "nach
 * Betrag sortieren", "filter tickets by status (open, closed)"): the feature names the field, so the records
 * get it, optional, with the type its words give (cost, price, amount → number; date, due → a date; values
 * listed after it → an enumeration; else text), read by the same reader as a record's own field list. A name
 * the reader cannot take as a field ("sorted by how urgent they feel") declares nothing, and the gate then
 * refuses the feature for the option it does not get.
 */

/** An option word, then (after at most one word, the records) the word that opens the field: "filter … by". */
const OPTION_BY =
  /\b(?:filter(?:s|ed|ing)?|filtr[a-z]*|sort(?:s|ed|ing)?|sortier[a-z]*|order(?:ed)?|ordenad[a-z]*|ordena[rd]?|ordinat[a-z]*|trie[a-z]*|trier|classe[a-z]*|search(?:es|ed|ing)?|busca[a-z]*|recherch[a-z]*|cerca[a-z]*)\s+(?:[a-z]+\s+)?(?:by|por|par|per|pelo|pela)\s+(?:(?:the|its|their|el|la|los|las|le|les|il|lo|o|a)\s+)?([a-z][a-z0-9_]*)/g;
/** German puts the verb last: "nach Betrag sortieren", "nach Kategorie filtern". */
const NACH = /\bnach\s+(?:(?:dem|der|den)\s+)?([a-z][a-z0-9_]*)\s+(?:sortier[a-z]*|filter[a-z]*|geordnet)\b/g;
/** Words after the field name that are no part of it: "price range", "cost descending". */
const NOT_NAME = new Set(
  'range asc desc ascending descending either way first last then only newest oldest highest lowest per'.split(
    ' ',
  ),
);
/** Values listed right after the name: "status (open, closed)", "status: pending, shipped or delivered". */
const LISTED = /^\s*(?:\(([^()]+)\)|:\s*([a-z][a-z0-9_ ,/|-]*))/;

function nameWords(first: string, second: string | undefined): string[] {
  const more =
    second !== undefined &&
    !isStopWord(second) &&
    !CONJUNCTIONS.has(second) &&
    !NOT_NAME.has(second) &&
    !asksListQuery(second);
  return more ? [first, second] : [first];
}

/** The field phrases (as a record's field list writes them) a list query names, in the feature's words. */
export function queryFieldPhrases(feature: string): string[] {
  const text = fold(feature).toLowerCase();
  const phrases: string[] = [];
  for (const m of text.matchAll(OPTION_BY)) {
    let rest = text.slice((m.index ?? 0) + m[0].length);
    const next = /^\s+([a-z][a-z0-9_]*)/.exec(rest);
    const words = nameWords(m[1], next?.[1]);
    if (next && words.length === 2) rest = rest.slice(next[0].length);
    const listed = LISTED.exec(rest);
    const values = listed ? (listed[1] ?? listed[2]).trim() : null;
    phrases.push(values && /[,/|]|\bor\b/.test(values) ? `${words.join(' ')} (${values})` : words.join(' '));
  }
  for (const m of text.matchAll(NACH)) phrases.push(m[1]);
  return phrases;
}

/** Words after a date or time field's name that add nothing to it: "start time", "due date", "Beginn Zeit". */
const TIME_WORD = /^(?:time|date|datetime|timestamp|day|zeit|datum|uhrzeit|fecha|hora|data|heure|ora)$/;

function declared(r: ResourceSpec, field: FieldSpec): boolean {
  const parts = field.name.split('_').map(singular);
  if (
    r.fields.some(
      (f) => f.name === field.name || f.name.split('_').map(singular).join('_') === parts.join('_'),
    )
  )
    return true;
  // "ordered by start time" beside a date-time `start`: that field, not a new `start_time`.
  const [head, tail, ...more] = field.name.split('_');
  return (
    more.length === 0 &&
    tail !== undefined &&
    TIME_WORD.test(tail) &&
    r.fields.some((f) => f.name === head && isDateLike(f))
  );
}

/**
 * Declares on each list's records the fields its query features name and no feature declared, optional and
 * typed from their words, so the list can filter and sort by them (`settleListQueries` then reads the options).
 */
export function declareQueryFields(b: ContractBuilder): void {
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if (e.method !== 'GET' || (x.kind !== 'list' && x.kind !== 'search') || e.path.includes('{')) continue;
    const r = b.findResource(x.resource);
    if (!r) continue;
    for (const feature of e.features.filter(asksListQuery)) {
      for (const phrase of queryFieldPhrases(feature)) {
        const field = namedFields(`records with ${phrase}`)?.[0];
        if (!field || field.name === 'id' || declared(r, field)) continue;
        b.ensureField(r.name, {
          ...field,
          required: false,
          description: `${field.description} (the list filters or sorts by it)`,
        });
      }
    }
  }
}
