import { asksUsedUpReads } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { actionOf, fold, knownNoun, singular, words } from './lexicon';
import { outsideWorld } from './outside-world';

/*
 * Deleting one record said in words, with the caller's reason or the moment it happens: "delete a recipe we don't
 * cook any more", "remove a book once somebody has taken it home", "ein Mitglied austreten lassen, also löschen",
 * "borrar una tarea que ya no hace falta", "when the owner collects it the record is deleted". The reason is the
 * caller's to judge: the service deletes the one record the caller names (DELETE /<records>/{id}), and the
 * endpoint's summary keeps the words as written.
 *
 * Read narrowly: one record of a store an earlier feature keeps (named by its noun after a singular article, or,
 * said passively, "the record"/"it" of the only store), a delete verb and no other action, and nothing that
 * selects records by time or quantity ("recipes nobody cooked for a year are deleted", "delete all done tasks")
 * or reaches outside the service ("… and e-mail the owner"): those stay unrealised.
 */

/** Singular articles before the one record deleted (en, de, es, fr, it, pt). */
const ONE = new Set('a an one ein eine einen einem un una une uno um uma lo la le il o'.split(' '));

/** Words that name "the record" itself in a passive delete ("the record is deleted", "der Eintrag wird gelöscht"). */
const RECORD = new Set(
  'record entry item it eintrag datensatz registro entrada enregistrement entree fiche record voce'.split(
    ' ',
  ),
);

/** Words that select records by time, count or all at once, or say the service acts on its own. */
const SELECTS =
  /\b(all|every|each|alle|jede[nrsm]?|todos?|todas?|tous|toutes|tutti|tutte|automatic\w*|automatisch\w*|automatica\w*|automatiqu\w*|older|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|dia|dias|semana|semanas|mes|meses|ano|anos|jour|jours|semaine|semaines|mois|an|ans|annee|annees|giorno|giorni|settimana|settimane|mese|mesi|anno|anni|expire\w*|expired|unless|except|only if|if)\b|\d/;

/** Words that send something out of the service (a delete that also notifies is more than a delete). */
const SENDS =
  /\b(e-?mail\w*|mail\w*|notif\w*|send\w*|sms|text(?:s|ed)? (?:him|her|them|the)|message\w*|benachrichtig\w*|avis\w*|envia\w*|envoy\w*|inform\w*)\b/;

/** A passive delete of "the record"/"it" of the only store: "when the owner collects it the record is deleted". */
const PASSIVE =
  /(?:^|\b)(?:the|its|this|that|der|das|die|el|la|le|il|o|a) (\w+) (?:is|gets|will be|wird|es|est|e|viene|e) (?:\w+ )?(deleted|removed|erased|geloscht|entfernt|borrad[oa]|eliminad[oa]|supprimee?|efface|cancellat[oa]|eliminat[oa]|apagad[oa]|excluid[oa]|removid[oa])\b/;

/** The resource one record of which the feature deletes, or null when the feature is not such a delete. */
export function readWordedDelete(b: ContractBuilder, feature: string): string | null {
  if (/\b(GET|POST|PUT|PATCH|DELETE)\s+\//.test(feature) || /[{}[\]"]/.test(feature)) return null;
  const text = fold(feature).replace(/['’]/g, '');
  if (SELECTS.test(text) || SENDS.test(text) || outsideWorld(feature) !== null) return null;
  const ws = words(feature);
  const deletes = ws.filter((w) => actionOf(w) === 'delete');
  // Any other action ("add", "list", "archive") is more than this reader reads; "record" of "the record is
  // deleted" is the record, not the verb.
  const others = ws.filter((w) => !RECORD.has(w) && actionOf(w) !== null && actionOf(w) !== 'delete');
  if (deletes.length !== 1 || others.length > 0) return null;
  const stores = b.contract.endpoints
    .filter((e) => e.behavior.kind === 'create' && e.method === 'POST' && !e.path.includes('{'))
    .map((e) => (e.behavior.kind === 'create' ? e.behavior.resource : ''));
  const known = new Set(stores);
  const passive = PASSIVE.exec(text);
  if (passive && RECORD.has(passive[1])) return known.size === 1 ? [...known][0] : null;
  for (const [i, w] of ws.entries()) {
    if (!ONE.has(w) || i + 1 >= ws.length) continue;
    const noun = ws[i + 1];
    const resource = knownNoun(noun) ?? singular(noun);
    if (!known.has(resource)) continue;
    // A plain "delete a recipe" is read by the record reader; this reads only the words around it.
    const rest = ws.filter((x, j) => j !== i && j !== i + 1 && actionOf(x) !== 'delete');
    return rest.length > 0 ? resource : null;
  }
  return null;
}

/**
 * Realises a delete said in words (see above) on the store it names: `DELETE /<records>/{id}`, its summary
 * carrying the words as written. False when the feature is not one.
 */
export function realiseWordedDelete(b: ContractBuilder, feature: string): boolean {
  // "a note can only be viewed once, then it is deleted": the service deletes it when read (read-limit-features).
  if (asksUsedUpReads(feature)) return false;
  const resource = readWordedDelete(b, feature);
  if (resource === null) return false;
  const e = b.endpoint(
    'DELETE',
    `${b.collectionPath(resource)}/{id}`,
    { kind: 'delete', resource, param: 'id' },
    feature,
  );
  const said = `Written in the intent as: "${feature.trim()}" (the caller names the record; any record can be deleted).`;
  if (!e.summary.includes(said)) e.summary = `${e.summary.replace(/\.?$/, '.')} ${said}`;
  return true;
}
