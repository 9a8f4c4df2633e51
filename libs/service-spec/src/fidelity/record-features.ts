import type { Behavior, EndpointSpec } from '../spec-contract';
import { domainTerms, wordsOf } from './domain-terms';

/*
 * Two checks on what a realisation does rather than which words it uses: a feature realised only by keeping
 * records must ask for keeping records, and every name a feature writes in code quotes (`today`) must be read
 * or answered by the endpoints that realise it.
 */

/** Behaviours that only keep records: store, read, list, change, delete, search, flag or hold them. */
const RECORD_KINDS = new Set<Behavior['kind']>([
  'create',
  'get',
  'list',
  'update',
  'delete',
  'search',
  'toggle',
  'reserve',
  'release',
]);

/** Verbs of keeping records, in the languages intents are written in (folded, a few inflections each). */
const RECORD_VERBS = new Set(
  (
    'add adds adding create creates creating new register registers store stores save saves record records log ' +
    'logs submit submits post enter insert upload keep keeps track get gets fetch fetches read reads show shows ' +
    'view views display displays see look retrieve find finds open list lists listing browse update updates edit ' +
    'edits change changes modify rename set delete deletes remove removes erase cancel cancels drop search ' +
    'searches filter filters query mark marks toggle toggles flag complete completes finish archive pin tick ' +
    'reserve reserves book books hold release releases free lend lends borrow borrows loan ' +
    'creer ajouter enregistrer lister afficher voir obtenir consulter modifier changer supprimer effacer ' +
    'chercher rechercher marquer reserver liberer preter rendre ' +
    'crear anadir agregar registrar guardar listar mostrar ver obtener consultar modificar actualizar cambiar ' +
    'eliminar borrar buscar marcar reservar liberar prestar devolver ' +
    'erstellen anlegen hinzufugen speichern erfassen auflisten anzeigen abrufen lesen andern aktualisieren ' +
    'bearbeiten loschen entfernen suchen markieren reservieren buchen freigeben ausleihen zuruckgeben ' +
    'creare aggiungere registrare salvare elencare mostrare visualizzare ottenere leggere modificare aggiornare ' +
    'eliminare cancellare cercare segnare prenotare liberare prestare restituire ' +
    'criar adicionar cadastrar registrar salvar listar mostrar exibir obter consultar alterar atualizar ' +
    'excluir apagar remover buscar pesquisar marcar reservar liberar emprestar devolver'
  ).split(/\s+/),
);

/**
 * A feature realised only by record endpoints that asks for something else ("translate any English text into
 * Klingon", "increment a named counter"): a record store named after its words is not what it asks for. A
 * short noun phrase ("Refunds", "Customer notes") reads as keeping those records.
 */
export function recordMismatch(feature: string, endpoints: EndpointSpec[]): string[] {
  if (endpoints.length === 0 || !endpoints.every((e) => RECORD_KINDS.has(e.behavior?.kind))) return [];
  const words = wordsOf(feature);
  if (words.some((w) => RECORD_VERBS.has(w))) return [];
  if (domainTerms(feature).length <= 3 && words.length <= 4 && !/[,;:]/.test(feature)) return [];
  return [
    'it asks for more than keeping records (it names no way of creating, reading, listing, changing or deleting them), but its realisation only keeps records',
  ];
}

/** Names a feature writes in code quotes (`today`, `from`). */
export function quotedNames(feature: string): string[] {
  return [...new Set([...feature.matchAll(/`([A-Za-z_][\w-]*)`/g)].map((m) => m[1]))];
}

/** The names the feature quotes that no realising endpoint reads (body, query, path) or answers. */
export function unreadNames(feature: string, endpoints: EndpointSpec[], resourceFields: string[]): string[] {
  const known = new Set(resourceFields);
  for (const e of endpoints) {
    for (const f of [
      ...(e.request.body?.fields ?? []),
      ...(e.request.query ?? []),
      ...(e.request.params ?? []),
    ]) {
      known.add(f.name);
    }
    for (const r of e.responses) {
      const example = Array.isArray(r.example) ? (r.example as unknown[])[0] : r.example;
      if (example !== null && typeof example === 'object') for (const k of Object.keys(example)) known.add(k);
    }
  }
  return quotedNames(feature)
    .filter((name) => !known.has(name))
    .map((name) => `it names \`${name}\`, which no endpoint of its realisation reads or answers`);
}

/**
 * A literal `POST /convert` realised by a record store that echoes its body: every literal part holds (the route,
 * the fields, even a response field that is also a request field), yet nothing is computed. A create endpoint
 * realises a literal feature only when the route names a collection (a plural last segment) or the feature says
 * it keeps records.
 */
export function storeForComputation(feature: string, target: EndpointSpec): string[] {
  if (target.behavior?.kind !== 'create') return [];
  const segment =
    target.path
      .split('/')
      .filter((s) => s !== '' && !s.startsWith('{'))
      .pop() ?? '';
  const collection = /(s|en|i|es)$/.test(segment.toLowerCase());
  const prose = feature.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ');
  if (collection || wordsOf(prose).some((w) => RECORD_VERBS.has(w))) return [];
  return [
    `${target.method} ${target.path} does not name a collection and the feature does not ask to keep records, but its realisation stores the body instead of computing an answer`,
  ];
}
