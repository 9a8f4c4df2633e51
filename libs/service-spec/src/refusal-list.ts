import { readInputRules, writtenStatus, type InputRules } from './input-rule-reading';
import { foldText } from './input-rule-text';
import { sameNoun } from './noun-forms';
import { sameTerm } from './same-terms';
import type { EndpointSpec } from './spec-contract';
import { webRulePair } from './web-rule-pair';

/*
 * A refusal-only feature that lists its conditions in groups, each with its own status ("a negative quantity or a
 * missing name returns 400; taking from an unknown sku returns 404", "fehlt der Name oder ist die Menge negativ,
 * gibt es 400; unbekannte Artikel 404"): split where a status ends a group (or at ";"), each group read by the
 * input-rule reader with the status written for it. A status standing alone in a group ("unbekannte Artikel 404",
 * "gibt es 400") is that group's status. Pure: the designer (`libs/generator` `input-rules.ts`) realises every
 * group or none, and the gate (`fidelity/input-rule-fidelity.ts`) holds each group to its own status.
 */

/** One group of a refusal list: its text as the reader reads it, and what it states. */
export interface RefusalPart {
  text: string;
  rules: InputRules;
}

/** Where a group ends: at ";", or after a status followed by a comma, a full stop or a conjunction. */
const GROUP_END =
  /\s*;\s*|(?<=\b4\d\d)\s*(?:[.,]\s*(?:(?:and|und|y|et|e|but|aber|pero|mais|ma|mas)\s+)?|\s+(?:and|und|y|et|e|but|aber|pero|mais|ma|mas)\s+)/i;

/**
 * A group with its one status written as a status ("-> 404") when it stands alone ("unbekannte Artikel 404", "…,
 * 400"); null when it writes several.
 */
export function statusWritten(group: string): string | null {
  const statuses = group.match(/\b4\d\d\b/g) ?? [];
  if (statuses.length > 1) return null;
  if (statuses.length === 0) return group;
  if (writtenStatus(foldText(group)) !== null) return group;
  return group.replace(/\s*:?\s*\b(4\d\d)\b/, ' -> $1');
}

/**
 * The groups of a refusal list writing two or more statuses, each read with its own; null when the feature writes
 * fewer, or when a group has no status of its own or is no refusal the reader reads.
 */
export function refusalParts(feature: string): RefusalPart[] | null {
  const pair = webRulePair(feature);
  if (pair !== null) return pair;
  if (new Set(feature.match(/\b4\d\d\b/g) ?? []).size < 2) return null;
  const groups = feature
    .split(GROUP_END)
    .map((g) => g.trim())
    .filter((g) => g !== '');
  const parts: RefusalPart[] = [];
  for (const group of groups) {
    const text = statusWritten(group);
    const rules = text === null ? null : readInputRules(text);
    if (text === null || rules === null || rules.status === null) return null;
    parts.push({ text, rules });
  }
  return parts.length >= 2 ? parts : null;
}

/**
 * The words of each clause naming the records a group refuses when they are unknown ("taking from an unknown sku →
 * 404", "unbekannte Artikel → 404"): a group answering 404 whose every clause is an unknown value (none listed as
 * the only ones accepted); null for any other group. "An unknown id" is read by the reader itself (`unknownId`).
 */
export function unknownRecordWords(rules: InputRules): string[][] | null {
  if (rules.status !== 404 || rules.unknownId || rules.clauses.length === 0) return null;
  if (!rules.clauses.every((c) => c.kind === 'unknown' && !c.accepted && c.words.length > 0)) return null;
  return rules.clauses.map((c) => c.words);
}

/** Whether `word` names a path segment: the same term, or the segment's verb said in another form ("taking"). */
function namesSegment(word: string, segment: string): boolean {
  if (sameTerm(word, segment)) return true;
  const stem = segment.slice(0, Math.max(3, segment.length - 1));
  return segment.length >= 3 && word.startsWith(stem);
}

/**
 * The routes an unknown-record group is said of: for each clause, every route of a store with a path parameter
 * whose parameter or store its words name ("sku", "producto" of products), narrowed to the action they name when
 * they name one ("taking" → `/items/{sku}/take`). Empty when a clause names no such record (an "unknown category"
 * is no record of any route), so the group binds nowhere.
 */
export function routesOfUnknownRecords(clauses: string[][], endpoints: EndpointSpec[]): EndpointSpec[] {
  const routes = endpoints.filter((e) => /\{[^}]+\}/.test(e.path) && e.behavior && 'resource' in e.behavior);
  const segments = (e: EndpointSpec) => e.path.split('/').filter((s) => s !== '' && !s.startsWith('{'));
  const params = (e: EndpointSpec) => [...e.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const record = (e: EndpointSpec, w: string) => {
    const store = e.behavior && 'resource' in e.behavior ? String(e.behavior.resource) : '';
    // The collection's own segment names its records as the user wrote them ("/artikel" of articles).
    const names = [...params(e), ...store.split(/[-_]/), segments(e)[0] ?? ''];
    return names.some((n) => n !== '' && (sameTerm(w, n) || sameNoun(w, n)));
  };
  const action = (e: EndpointSpec, w: string) =>
    segments(e)
      .slice(1)
      .some((s) => namesSegment(w, s));
  const found: EndpointSpec[] = [];
  for (const words of clauses) {
    const named = routes.filter((e) => words.some((w) => record(e, w)));
    if (named.length === 0) return [];
    const acting = named.filter((e) => words.some((w) => action(e, w) && !record(e, w)));
    for (const e of acting.length > 0 ? acting : named) if (!found.includes(e)) found.push(e);
  }
  return found;
}
