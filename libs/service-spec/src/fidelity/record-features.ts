import { saysFull } from './capacity-fidelity';
import { scopedRepeatHeld } from '../scoped-repeat';
import { readConstraint, withoutClosing400 } from '../constraint-reading';
import { inputRulesHeld } from './input-rule-fidelity';
import { intervalRefusalHeld } from './interval-refusal-fidelity';
import { readRefusedRange } from '../refused-range';
import { constraintProblems } from './constraint-fidelity';
import { expiryHeld } from './ttl-fidelity';
import { readLimitHeld } from './stored-form';
import { shortLinkHeld } from './link-fidelity';
import { notFutureHeld } from './not-future-fidelity';
import { describedRecordsKept } from './described-records';
import { fieldRuleConstraints, holdsRule, type FieldRule } from '../record-rules';
import { overlapRuleHeld } from '../booking-clash';
import type { AcceptanceCheck, Behavior, EndpointSpec, SpecContract } from '../spec-contract';
import { domainTerms, wordsOf } from './domain-terms';
import { startedFields, startedProblems } from './started-fields';
import { lifecycleFlagsIn, namesOtherOutcome } from '../lifecycle-verbs';
import type { FeatureLiterals, LiteralField } from './feature-literals';

/*
 * Two checks on what a realisation does rather than which words it uses: a feature realised only by keeping
 * records must ask for keeping records, and every name a feature writes in code quotes (`today`) must be read
 * or answered by the endpoints that realise it.
 */

/** Behaviours that only keep records: store, read, list, change, delete, search, flag or hold them. */
export const RECORD_KINDS = new Set<Behavior['kind']>([
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
    'add adds adding create creates creating new register registers store stores save saves record records log shorten shortens ' +
    'logs submit submits post enter insert upload keep keeps track tracks tracking maintain write writes signup get gets fetch fetches read reads show shows ' +
    'sort sorts sorted filtered paginate paginated sortieren sortiert filtern trier filtrer filtrar ordenar ' +
    'view views display displays see look retrieve find finds open list lists listing browse update updates edit ' +
    'edits change changes modify rename set delete deletes remove removes erase cancel cancels drop search ' +
    'searches filter filters query mark marks toggle toggles flag complete completes finish archive pin tick ' +
    'reserve reserves book books hold release releases free lend lends borrow borrows loan enrol enrols enroll enrolls ' +
    // Opening a poll, a ballot or an account makes it ("Abrir uma enquete", "ouvrir un sondage").
    'abrir ouvrir aprire eroffnen eintragen tragen tragt traegt einreichen proposer proporre proponer propor sugerir suggerire suggerer ansehen ' +
    'creer ajouter enregistrer lister afficher voir obtenir consulter retrouver recuperer lire modifier changer supprimer effacer ' +
    'chercher rechercher marquer reserver liberer preter rendre ' +
    'crear anadir agregar registrar guardar listar mostrar ver obtener consultar leer modificar actualizar cambiar ' +
    'eliminar borrar buscar marcar reservar liberar prestar devolver ' +
    'erstellen anlegen aufnehmen hinzufugen speichern hinterlegen ablegen erfassen auflisten anzeigen abrufen lesen andern aktualisieren ' +
    'bearbeiten loschen entfernen suchen markieren reservieren buchen freigeben ausleihen zuruckgeben nachschlagen ' +
    'creare aggiungere registrare salvare elencare mostrare visualizzare vedere ottenere leggere modificare aggiornare ' +
    'eliminare cancellare cercare segnare prenotare liberare prestare restituire ' +
    'criar adicionar cadastrar registrar salvar listar mostrar exibir obter consultar alterar atualizar ' +
    'excluir apagar remover buscar pesquisar marcar reservar liberar emprestar devolver ' +
    // Inflected forms ("legt an", "crea", "crée", "cria", "löscht", "supprime", "apaga").
    'legt erstellt speichert hinterlegt erfasst listet zeigt andert aktualisiert bearbeitet loscht entfernt ' +
    'crea anade agrega registra guarda lista muestra actualiza modifica cambia elimina borra ' +
    'cree ajoute enregistre liste affiche modifie supprime efface ' +
    'cria adiciona cadastra salva mostra altera atualiza exclui apaga remove ' +
    // Verbs of noting things down ("Kunden registrieren", "annotare le spese", "noter les interventions").
    'registrieren registriert festhalten notieren protokollieren anotar anota apuntar noter annotare annota ' +
    'segnare registar collect collects ' +
    // Enrolling someone or something ("inscrire un adhérent", "inscribir alumnos", "iscrivere i soci").
    'inscrire inscrit inscris inscribir inscribe iscrivere iscrive inscrever inscreve signs signed anmelden ' +
    // Managing or following records ("Verbrauchsmaterial verwalten: …", "Controlar los repuestos: …").
    'manage manages managing verwalten verwaltet gestionar gestiona gerer gere gestire gestisce gerir gerencie ' +
    'controlar controla controle suivre seguir fuhren tenere ' +
    // Leaving a message or showing entries ("dejar un mensaje", "laisser un avis", "die Einträge zeigen").
    'leave leaves dejar laisser laisse lasciare lascia deixar deixa zeigen ' +
    // Cancelling a booking deletes it ("Cancelar una reserva", "annuler une réservation", "Buchung stornieren").
    'cancelar cancela anular anula annuler annule stornieren storniert annullare annulla disdire disdici'
  ).split(/\s+/),
);

/**
 * Keeping a log, a diary or track of records, written as a phrase: "keep a log of", "llevar un registro de",
 * "garder une trace des", "tenere traccia dei", "manter um registo das", "jot down".
 */
const KEEPING_PHRASE =
  /\b(?:(?:send|sends|sending|hand|hands) in\b|(?:keep|llevar|mantener|garder|tenir|tenere|manter|fuhren)\s+(?:a|an|un|una|une|um|uma|ein|einen)?\s*(?:log|record|diary|journal|list|registro|registo|trace|traccia|registre|liste|lista|buch|protokoll|tagebuch)|jot(?:s)? down|(?:eine?n?) (?:nachricht|notiz|kommentar|eintrag|bewertung|gruss)\b(?:(?! und | oder ).)*\bhinterlass(?:en|t)$)\b/i;

/** Making a booking ("hacer una reserva de pista", "make a booking", "fare una prenotazione") keeps one. */
const BOOKING_MADE =
  /\b(?:make|makes|hacer|haz|hace|faire|fais|fare|fa|machen|fazer|faz)\s+(?:(?:a|an|una|un|une|uma|eine|einen|la|el)\s+)?(?:bookings?|reservations?|reservas?|prenotazion[ei]|buchung(?:en)?|reservierung(?:en)?)\b/;

/** Checking a record in or out (equipment, keys, guests) keeps records too; "check" alone validates. */
const CHECK_IN_OUT = /\bcheck(?:s|ing|ed)?(?:[\s-]?(?:in|out)\b| (?:an?|the) \w+ (?:in|out)\b)/i;
/** Signing up registers; so do "dar de alta" and "melden sich zu einem Kurs an" / "für den Kurs anmelden". */
const SIGN_UP = /\bsign(?:s|ing)?[\s-]?up\b|\bdar(?:se)? de alta\b|\bmeld\w* sich .* an\b|\bzu .*anmelden\b/i;
/** A fragment naming a record and its fields: "workouts: date, type, duration in minutes". */
const FIELD_FRAGMENT =
  /^\s*[\p{L}][\p{L}' -]{0,40}:\s*[\p{L}][\p{L}'_ -]{0,60}(?:,\s*[\p{L}][\p{L}'_ -]{0,60})+\.?\s*$/u;
/**
 * A feature realised only by record endpoints that asks for something else ("translate any English text into
 * Klingon", "increment a named counter"): a record store named after its words is not what it asks for. A
 * short noun phrase ("Refunds", "Customer notes") reads as keeping those records.
 */
export function recordMismatch(
  feature: string,
  endpoints: EndpointSpec[],
  contract?: SpecContract,
): string[] {
  if (endpoints.length === 0 || !endpoints.every((e) => RECORD_KINDS.has(e.behavior?.kind))) return [];
  const words = wordsOf(feature);
  const unordered = unorderedList(words, endpoints);
  if (unordered.length > 0) return unordered;
  if (
    words.some((w) => RECORD_VERBS.has(w)) ||
    KEEPING_PHRASE.test(words.join(' ')) ||
    BOOKING_MADE.test(words.join(' ')) ||
    CHECK_IN_OUT.test(feature) ||
    SIGN_UP.test(feature) ||
    lifecycleHeld(feature, endpoints)
  )
    return [];
  if (FIELD_FRAGMENT.test(feature) && endpoints.some((e) => e.behavior.kind === 'create')) return [];
  if (describedRecordsKept(feature, endpoints)) return [];
  if (contract && overlapRuleHeld(feature, words, endpoints, contract)) return [];
  if (contract && expiryHeld(feature, endpoints, contract)) return [];
  if (contract && readLimitHeld(contract, endpoints, feature)) return [];
  // "Teilnehmer melden sich … an; sind keine Plätze mehr frei, … 409": held by a sign-up counting its parent's places.
  if (saysFull(feature) && endpoints.some((e) => e.behavior.kind === 'create' && e.behavior.parent?.capacity))
    return [];
  // "… no puede inscribirse dos veces en el mismo taller": held by sign-ups kept unique per parent.
  if (scopedRepeatHeld(feature, endpoints)) return [];
  // A bound or a default on a record field ("pages at least 1"), or the values of one it refuses ("a negative
  // number of seats is rejected"), is held by the field, not by a verb.
  // "…; si no, 400" closing the bound is the refusal every bound answers: held as the bound without it.
  const bounded = [feature, withoutClosing400(feature)].find(
    (f) => readConstraint(f) !== null || readRefusedRange(f) !== null,
  );
  if (contract && bounded !== undefined && constraintProblems(contract, bounded, endpoints).length === 0)
    return [];
  // "A birth date later than today is rejected": held by the field the store bounds by today.
  if (contract && (shortLinkHeld(feature, endpoints, contract) || notFutureHeld(contract, feature)))
    return [];
  if (contract && inputRulesHeld(feature, endpoints, contract)) return [];
  if (contract && intervalRefusalHeld(feature, endpoints, contract)) return [];
  const linking = words.some((w) => ['to', 'into', 'from', 'in', 'per', 'of'].includes(w));
  if (domainTerms(feature).length <= 2 && words.length <= 3 && !linking && !/[,;:]/.test(feature)) return [];
  return [
    'it asks for more than keeping records (it names no way of creating, reading, listing, changing or deleting them), but its realisation only keeps records',
  ];
}

/**
 * A lifecycle verb ("pay an invoice", "ein Fahrrad vermieten", "cerrar una votación") moves a record: it is
 * realised by a hold (reserve or release) on the state the verb names (`paid`, `rented`, `closed`), never by one
 * on another state nor by a flag set freely.
 */
function lifecycleHeld(feature: string, endpoints: EndpointSpec[]): boolean {
  const folded = wordsOf(feature.replace(/ß/g, 'ss'));
  if (namesOtherOutcome(folded.join(' '))) return false;
  const flags = lifecycleFlagsIn(folded);
  return endpoints.some(
    (e) =>
      (e.behavior.kind === 'reserve' || e.behavior.kind === 'release') && flags.includes(e.behavior.field),
  );
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
 * A literal `POST /convert` realised by a record store that echoes its body: every literal part may hold, yet nothing
 * is computed. A create realises a literal feature only when it asks for a record (201, an `id` in its answer, a verb
 * of keeping records), and only when every field its answer names is one the request sends (or the id): a store
 * cannot answer a `bmi` nobody sent — only what the service makes for every record (`serverMade`) and the calls left
 * its guard's quota adds (`answer_as`).
 */
export function storeForComputation(
  feature: string,
  target: EndpointSpec,
  literals: FeatureLiterals,
  contract?: SpecContract,
): string[] {
  if (target.behavior?.kind !== 'create') return [];
  const problems: string[] = [];
  const sent = new Set([
    ...literals.request.map((f) => f.name),
    ...(contract ? serverMade(contract, target.behavior.resource) : []),
    ...[target.guard?.quota?.answer_as ?? 'id'],
  ]);
  const computed = literals.response.map((f) => f.name).filter((n) => n !== 'id' && !sent.has(n));
  problems.push(...startedProblems(target, literals, contract));
  if (computed.length > 0) {
    problems.push(
      `${target.method} ${target.path} stores what it is sent, so it cannot answer ${computed.map((n) => `"${n}"`).join(', ')}`,
    );
  }
  // A duplicate refused with 409 needs records to clash with: only a store can answer it.
  const resourceName = target.behavior.resource;
  const unique = new Set(
    (contract?.resources ?? [])
      .find((r) => r.name === resourceName)
      ?.fields.filter((f) => f.unique)
      .map((f) => f.name) ?? [],
  );
  const asksForRecord =
    literals.statuses.includes(201) ||
    (literals.statuses.includes(409) && literals.request.some((f) => unique.has(f.name))) ||
    literals.response.some((f) => f.name === 'id') ||
    namesRecordVerb(feature);
  if (!asksForRecord) {
    problems.push(
      `the feature does not ask to keep records (no 201, no id, no verb of storing), but ${target.method} ${target.path} stores the body instead of computing an answer`,
    );
  }
  return problems;
}

/** Whether a feature's prose (its routes left out) names a verb of keeping records. */
export function namesRecordVerb(feature: string): boolean {
  const prose = feature.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ');
  return wordsOf(prose).some((w) => RECORD_VERBS.has(w) && w !== 'new');
}

/** A refusal of doing something a second time, in the languages intents are written in. */
const REPEAT_REFUSAL =
  /\b(cannot|can't|can not|must not|may not|not be|refus\w*|reject\w*|no se puede|no puede|ne peut|ne doit|kann nicht|darf nicht|nicht)\b[^.;]*\b(again|twice|second time|otra vez|de nuevo|dos veces|encore|deux fois|wieder|erneut|nochmal|zweimal|di nuovo|novamente)\b/i;

/**
 * A feature that refuses doing something again ("a book that is out cannot be lent again", "no se puede prestar
 * otra vez") states a state rule: the second attempt is a conflict with what the first did. Its realisation
 * shows it only with a worked example whose last step answers 409 (after the first attempt succeeded); a 404
 * for an unknown record or a 400 for a bad body says nothing about the second attempt.
 */
export function repeatRefusalProblems(feature: string, checks: AcceptanceCheck[]): string[] {
  if (!REPEAT_REFUSAL.test(feature)) return [];
  const shown = checks.some(
    (c) => c.kind === 'error' && c.steps.length >= 2 && c.steps.at(-1)?.expect.status === 409,
  );
  return shown
    ? []
    : [
        'it refuses a second attempt, but no acceptance check of its endpoints shows a first attempt succeeding and the next one answering 409 CONFLICT',
      ];
}

const foldedText = (feature: string) =>
  feature.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'");

/** A ranking's direction, in the languages intents are written in. */
const DESCENDING =
  /\b(highest|largest|biggest|best|most)(\s+\w+)?\s+first\b|\bdescending\b|\babsteigend\b|\bdescendente\b|\bd(e|é)croissant\b|\bde mayor a menor\b|\b(?:from|vom|von|de|del|du|dal|do|da)\s+(?:the\s+|el\s+|o\s+)?(?:highest|largest|biggest|hochsten|gro(?:ss|ß)ten|mas alto|mayor|plus (?:haut|grand|eleve|élevé)|piu alto|più alto|maggiore|maior|mais alto)\s+(?:to|zum|al|au|para o|ao|a)\s+(?:the\s+)?(?:lowest|smallest|niedrigsten|kleinsten|mas bajo|menor|plus (?:bas|petit)|piu basso|più basso|minore|mais baixo)\b/i;
const ASCENDING =
  /\b(lowest|smallest|cheapest|fewest|least)(\s+\w+)?\s+first\b|\bascending\b|\baufsteigend\b|\bascendente\b|\bcroissant\b|\bde menor a mayor\b|\b(?:from|vom|von|de|del|du|dal|do|da)\s+(?:the\s+|el\s+|o\s+)?(?:lowest|smallest|niedrigsten|kleinsten|mas bajo|menor|plus (?:bas|petit)|piu basso|più basso|minore|mais baixo)\s+(?:to|zum|al|au|para o|ao|a)\s+(?:the\s+)?(?:highest|largest|biggest|hochsten|gro(?:ss|ß)ten|mas alto|mayor|plus (?:haut|grand|eleve|élevé)|piu alto|più alto|maggiore|maior|mais alto)\b/i;
/** How many of the highest a feature asks for: "the N best", "top 10", "the 5 highest". */
const TOP_N =
  /\b(?:top|best|highest|largest|biggest)\s+(?:n|\d+)\b|\b(?:n|\d+)\s+(?:best|highest|largest|biggest|top)\b/i;
/** Words of the best, the fastest, the highest of an owner's records, in the languages intents are written in. */
const BEST_WORD = String.raw`(?:best|fastest|quickest|highest|top|beste[nrs]?|schnellste[nrs]?|hochste[nrs]?|mejor(?:es)?|mas rapid[oa]s?|meilleur(?:e|s|es)?|plus rapides?|miglior[ei]?|piu veloc[ei]|melhor(?:es)?|mais rapid[oa]s?)`;
/**
 * Only an owner's best counts: "a player's best score", "best score per player", "by best score", "each player
 * once with their best score", "jeder Spieler einmal mit seiner besten Punktzahl", "le meilleur score de chaque
 * joueur", "il miglior punteggio di ogni giocatore", "a melhor pontuação de cada jogador".
 */
const BEST_PER = new RegExp(
  [
    String.raw`\b(\w+)(?:'s|s'| s) (?:best|fastest|quickest|top)\b`,
    String.raw`\b${BEST_WORD} \w+ (?:per|of each|for each|for every|pro|je|por|para cada|de cada|par|pour chaque|de chaque|di ogni|per ogni|di ciascun\w*) \w+`,
    // One owner's best: "il miglior punteggio di un giocatore", "la mejor puntuación de un jugador", "le meilleur
    // score d'un joueur", "der beste Punktestand eines Spielers", "the best score of a player".
    String.raw`\b${BEST_WORD} \w+ (?:of an?|di una?|de una?|d'une?|d une?|de uma?|eines|einer) \w+`,
    String.raw`\bby (?:their |its )?best \w+`,
    // Ranked by an owner's best: "the top 3 players by their best score", "nach ihrer besten Punktzahl", "según su
    // mejor puntuación", "selon leur meilleur score", "per miglior punteggio", "pela melhor pontuação".
    String.raw`\b(?:by|nach|segun|selon|per|pela|pelo|secondo) (?:(?:their|there|his|her|its|ihre[nmrs]?|seine[nmrs]?|su|sus|leur|leurs|son|sa|il|la|suo|sua|loro|seu|a|o) )?${BEST_WORD} \w+`,
    // "what counts for a player is their best score so far": one owner's best, said of any owner.
    String.raw`\b(?:for|fur) (?:a|an|each|every|any|jeden|einen) \w+\b[^.;]*?\b(?:their|his|her|its|seine[nmrs]?|ihre[nmrs]?)\s+(?:own\s+)?(?:\w+\s+)?${BEST_WORD}\b`,
    String.raw`\b(?:each|every|jede[rnms]?|cada|chaque|ogni|todo|toda)\s+\w+\b[^.;]*?\b(?:their|his|her|its|seine[nmrs]?|ihre[nmrs]?|su|sus|leur|son|sa|ses|suo|sua|suoi|sue|seu|seus|suas)\s+(?:own\s+)?(?:\w+\s+)?${BEST_WORD}\b`,
    // "una riga per giocatore con il suo punteggio migliore", "una fila por jugador con sus puntos mejores", "une
    // ligne par joueur avec son meilleur score": one row per owner with the owner's best, the best before or after
    // its noun.
    String.raw`\b(?:per|por|par|pour|para|pro|je)\s+\w+\b[^.;]*?\b(?:their|his|her|its|seine[nmrs]?|ihre[nmrs]?|su|sus|leur|son|sa|ses|suo|sua|suoi|sue|seu|seus|suas)\s+(?:own\s+)?(?:\w+\s+)?${BEST_WORD}\b`,
  ].join('|'),
  'i',
);

/**
 * The words by which a feature counts only each owner's best record ("each player's best", "le meilleur score de
 * chaque joueur"), folded; null when it does not. Shared with the generator's ranking reader.
 */
export function ownerBestWords(feature: string): string | null {
  return BEST_PER.exec(foldedText(feature).toLowerCase())?.[0] ?? null;
}

/**
 * A feature that orders records ("highest first", "ascending") is realised only by an endpoint that ranks them
 * in that direction; one that counts only an owner's best ("by best score") only by a ranking that keeps each
 * owner's best. A plain list, a reversed ranking or one that counts every record shows neither.
 */
export function rankingProblems(written: string, endpoints: EndpointSpec[]): string[] {
  // Folded, so that "décroissant" is not read as "croissant" after a word boundary at "é".
  const feature = foldedText(written);
  const up = ASCENDING.test(feature);
  // "the N best results", "top 10" ask for the highest first as surely as "highest first" does.
  const down = DESCENDING.test(feature.replace(ASCENDING, ' ')) || (!up && TOP_N.test(feature));
  // A computation owns the order of what it computes ("most frequent first"); only kept records are ranked here.
  // A tally owns the order of its counts too (ballot-fidelity.ts judges it).
  const computed = endpoints.some((e) => ['function', 'compute', 'tally'].includes(e.behavior?.kind));
  // "only keep each player's best time", "the fastest time per player": no direction written, but only a
  // ranking that keeps each owner's best shows it.
  if (!down && !up && !computed && ownerBestWords(feature) !== null) {
    // A store that takes the records (a create beside the ranking) is judged by the ranking's own feature.
    const reads = endpoints.every((e) =>
      ['get', 'list', 'search', 'static', 'ranking'].includes(e.behavior?.kind),
    );
    // The fastest, or the best of a time, is the lowest: a ranking kept highest first shows the slowest.
    const lowest =
      /\b(fastest|quickest|schnellste\w*|mas rapid\w*|plus rapide\w*)\b|\b(best|beste\w*|mejor\w*|meilleur\w*) (\w+ )?(time|zeit|tiempo|temps)\b/i.test(
        foldedText(feature),
      );
    const kept =
      !reads ||
      endpoints.some(
        (e) =>
          e.behavior?.kind === 'ranking' && e.behavior.best_per && (!lowest || e.behavior.order === 'asc'),
      );
    return kept
      ? []
      : ["it counts only each owner's best, but no endpoint of its realisation keeps each owner's best"];
  }
  // Events a receiver keeps are ordered by arrival: its list newest first is that order ("most recent first"), and
  // webhook-fidelity.ts holds it to it.
  const newestEvents = endpoints.some(
    (e) => e.behavior?.kind === 'webhook_events' && e.behavior.order === 'newest_first',
  );
  if (down && !up && newestEvents) return [];
  if ((!down && !up) || computed) return [];
  const rankings = endpoints.filter((e) => e.behavior?.kind === 'ranking');
  // A list that sorts that way by default, or as the client asks, orders its records too.
  const sorts = endpoints.flatMap((e) =>
    e.behavior?.kind === 'list' && e.behavior.sort ? [e.behavior.sort] : [],
  );
  const wanted = down ? 'desc' : 'asc';
  if (
    rankings.length === 0 &&
    sorts.some((s) => s.default_field === undefined || s.default_order === wanted)
  ) {
    return ownerBestWords(feature) !== null
      ? ["it counts only each owner's best, but its list counts every record"]
      : [];
  }
  if (rankings.length === 0) {
    const asked = (up ? ASCENDING : DESCENDING).exec(feature)?.[0] ?? TOP_N.exec(feature)?.[0] ?? '';
    return [`it orders records ("${asked}"), but no endpoint of its realisation ranks them`];
  }
  const problems: string[] = [];
  const order = down ? 'desc' : 'asc';
  if (!rankings.some((e) => e.behavior.kind === 'ranking' && e.behavior.order === order)) {
    problems.push(
      `it orders records ${down ? 'highest' : 'lowest'} first, but its ranking runs the other way`,
    );
  }
  if (
    ownerBestWords(feature) !== null &&
    !rankings.some((e) => e.behavior.kind === 'ranking' && e.behavior.best_per)
  ) {
    problems.push("it counts only each owner's best, but its ranking counts every record");
  }
  return problems;
}

/** Records past their due date, in the languages intents are written in. */
const OVERDUE = /\b(overdue|past due|u(e)?berfallig\w*|vencid[oa]s?|atrasad[oa]s?|en retard|scadut[oi])\b/i;

/**
 * A feature about overdue records is realised only by an endpoint that filters them by due date and done flag
 * (`overdue`): a list of every record leaves the judging to the client.
 */
export function overdueProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  if (!OVERDUE.test(folded) || endpoints.some((e) => e.behavior?.kind === 'overdue')) return [];
  if (!endpoints.every((e) => RECORD_KINDS.has(e.behavior?.kind))) return [];
  return ['it asks for the overdue records, but no endpoint of its realisation filters them by due date'];
}

/**
 * Whether the endpoint holds the rule a feature writes with a field's type (`"quantity": integer >= 0`,
 * `"start": ISO datetime`): the field the code validates (the resource's, for record behaviours; else the
 * request's) declares exactly those bounds or that format. A rule the reader cannot state as bounds or a format
 * is never held by a record field.
 */
export function ruleHeld(contract: SpecContract, target: EndpointSpec, literal: LiteralField): boolean {
  if (!literal.rule) return true;
  // `[string, ...] (2-10)`: an array's count of elements, held by exactly those min_items / max_items.
  const items = /^items (\d+)\.\.(\d+)$/.exec(literal.rule);
  const rule = items ? null : fieldRuleConstraints(literal.rule);
  if (rule === null && !items) return false;
  const b = target.behavior;
  const resource = b && 'resource' in b ? contract.resources.find((r) => r.name === b.resource) : undefined;
  const request =
    target.method === 'GET' || target.method === 'DELETE'
      ? (target.request.query ?? [])
      : (target.request.body?.fields ?? []);
  // A movement's count is no field of the record: its rule is the movement's own, a whole count of at least 1.
  if (b?.kind === 'adjust' && literal.name === b.amount_field)
    return b.direction !== undefined && rule !== null && movedCount(rule);
  const field = (resource?.fields ?? request).find((f) => f.name === literal.name);
  if (items) return field?.min_items === Number(items[1]) && field.max_items === Number(items[2]);
  return field !== undefined && rule !== null && holdsRule(field, rule);
}

/** Whether a written rule on a movement's count is what a movement holds: at least 1 (or above 0), no more. */
function movedCount(rule: FieldRule): boolean {
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1) return false;
  return rule.minimum === 1 || rule.exclusive_minimum === 0;
}

/** Words asking for records in an order (folded; a stem matches every word it starts). */
const ORDER_STEMS = [
  'sort',
  'ordered',
  'ranked',
  'ranking',
  'ascending',
  'descending',
  'sortier',
  'triee',
  'ordenad',
  'ordinat',
  'aufsteigend',
  'absteigend',
  'croissant',
  'decroissant',
  'ascendente',
  'descendente',
];

/**
 * A feature asking for records in an order ("all bookings of a room sorted by start", "nach Beginn sortiert")
 * is not realised by a plain list, which answers in the order records were created. A list behaviour with
 * options of its own (an order, a filter) is judged by the rules for those options.
 */
function unorderedList(words: string[], endpoints: EndpointSpec[]): string[] {
  if (!words.some((w) => ORDER_STEMS.some((stem) => w.startsWith(stem)))) return [];
  const lists = endpoints.filter((e) => e.behavior?.kind === 'list' || e.behavior?.kind === 'search');
  const ordering = lists.some((e) => e.behavior.kind === 'list' && Object.keys(e.behavior).length > 2);
  const plain = lists.filter((e) => e.behavior.kind === 'search' || Object.keys(e.behavior).length === 2);
  if (plain.length === 0 || ordering) return [];
  return [
    `it asks for records in an order, but ${plain.map((e) => `${e.method} ${e.path}`).join(', ')} answers them in the order they were created`,
  ];
}

/**
 * Fields of `resource` the service fills itself on create, so a create answers them unsent: a generated code
 * (`generate`), the instant it expires (`ttl.answer_field`), the counter a redirect of the resource counts its
 * visits in (`count_field`, from 0), and a field's default.
 */
function serverMade(contract: SpecContract, resource: string): string[] {
  const kept = (contract.resources ?? []).find((r) => r.name === resource);
  const generated = (kept?.fields ?? []).filter((f) => f.generate !== undefined).map((f) => f.name);
  // The instant a record expires, which its store sets when it is created (`ttl.answer_field`).
  if (kept?.ttl?.answer_field !== undefined) generated.push(kept.ttl.answer_field);
  const counted = (contract.endpoints ?? []).flatMap((e) =>
    e.behavior?.kind === 'redirect' && e.behavior.resource === resource && e.behavior.count_field
      ? [e.behavior.count_field]
      : [],
  );
  // A field with a default is filled on every create that leaves it out (`"status": "open"`, `"votes": 0`): a
  // value the answer writes for it is checked against that default (startedProblems).
  const defaulted = (kept?.fields ?? [])
    .filter((f) => f.default !== undefined && f.default !== null)
    .map((f) => f.name);
  // A state a machine drives is the server's too: every record starts in the machine's first state.
  return [...generated, ...counted, ...defaulted, ...startedFields(contract, resource)];
}
