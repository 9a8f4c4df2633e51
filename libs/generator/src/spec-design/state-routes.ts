import {
  readArrowMachine,
  readFeatureLiterals,
  readFinalStates,
  readRefusedMoves,
  readRouteMove,
  routePartTexts,
  type EndpointSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';

/*
 * A record's state set through a literal route whose body names the state it moves to: `POST
 * /tickets/{id}/status with {"status": s} moves it: open -> in_progress -> resolved -> closed`, `PUT
 * /antraege/{id}/status mit {"status": "genehmigt"} oder {"status": "abgelehnt"} entscheidet über einen
 * beantragten Antrag`. The route's last segment is the body's one field (the state field), and the moves are
 * written either as arrows in the route's feature, or as a decision: the states the bodies write, reached from
 * the state every record starts in (the create's answer writes it, `"status": "open"` or `Status "beantragt"`)
 * when the route's feature names that first state ("a pending request", "einen beantragten Antrag"); the states
 * it decides are final. Anything else (no arrows, no first state, a route that does not name where it moves
 * from) is left to the other readings: a guessed machine would refuse or allow moves the feature never said.
 */

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The states `{"field": "x"}` bodies of a feature write, in order (`{"status": "a"} or {"status": "b"}`). */
function bodyStates(feature: string, field: string): string[] {
  const pattern = new RegExp(`\\{\\s*"${escape(field)}"\\s*:\\s*"([^"]+)"\\s*\\}`, 'g');
  return [...new Set([...feature.matchAll(pattern)].map((m) => m[1]))];
}

/**
 * The state a create of `collection` writes for `field` in its answer: `"status": "open"` in a JSON answer, or
 * the field's name and a quoted state (`mit id und Status "beantragt"`), or a bare state after the state's word
 * (`creates a ticket in state open`).
 */
export function createdState(features: string[], collection: string, field: string): string | null {
  for (const feature of features) {
    for (const part of routePartTexts(feature)) {
      const route = readFeatureLiterals(part).routes[0];
      if (!route || route.method !== 'POST' || route.path !== collection) continue;
      const json = new RegExp(`"${escape(field)}"\\s*:\\s*"([^"]+)"`).exec(part);
      if (json) return json[1];
      const worded = new RegExp(
        `(?<![\\p{L}\\d_])${escape(field)}\\s+["„“«]\\s*([^"“”»]+?)\\s*["“”»]`,
        'iu',
      ).exec(part);
      if (worded) return worded[1];
      // "creates a ticket in state open (201)", "with status open": one bare state after the state's word.
      const bare = new RegExp(
        `\\b(?:in|with|as)\\s+(?:the\\s+)?(?:${escape(field)}|status|state)\\s+(?!(?:code|codes|field|of)\\b)([\\p{L}][\\p{L}\\d_-]*)(?![\\p{L}\\d_-]|\\s*(?:,|/|\\||or\\b))`,
        'iu',
      ).exec(part);
      if (bare) return bare[1];
    }
  }
  return null;
}

/** Whether `text` names `state` (a word starting with it, underscores read as spaces: "beantragten", "en attente"). */
export function namesState(text: string, state: string): boolean {
  const words = fold(state)
    .split(/[_\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  const pattern = new RegExp(`(?<![\\p{L}\\d])${words.map(escape).join('[\\s_-]+')}`, 'u');
  return pattern.test(fold(text));
}

/** The moves of a state route: the feature's arrows, else a decision from the first state; null when neither. */
function routeMoves(
  b: ContractBuilder,
  feature: string,
  collection: string,
  field: string,
  input: string,
): Record<string, string[]> | null {
  const machine = readArrowMachine(feature);
  const first = createdState(b.contract.service.features, collection, field);
  if (machine) {
    // The record starts in the first state the arrows write; a create answering another first state disagrees.
    if (first !== null && first !== machine.states[0]) return null;
    // "delivered is final" beside an arrow out of delivered: no machine does both.
    if (readFinalStates(feature).some((s) => (machine.moves[s] ?? ['?']).length > 0)) return null;
    return machine.moves;
  }
  const targets = bodyStates(feature, input);
  if (first === null || targets.length === 0 || targets.includes(first)) return null;
  if (!namesState(feature.replace(/\{[^{}]*\}/g, ' '), first)) return null;
  const moves: Record<string, string[]> = { [first]: targets };
  for (const t of targets) moves[t] = [];
  return moves;
}

/** The state route a feature spells: its route part, route, state field and moves; null when it spells none. */
function plannedStateRoute(
  b: ContractBuilder,
  feature: string,
): { path: string; field: string; moves: Record<string, string[]>; input?: string } | null {
  for (const part of routePartTexts(feature)) {
    const literals = readFeatureLiterals(part);
    const route = literals.routes[0];
    if (!route || !['POST', 'PUT', 'PATCH'].includes(route.method)) continue;
    const segments = route.path.split('/');
    const last = segments[segments.length - 1];
    const names = [...new Set(literals.request.map((f) => f.name))];
    if (names.length !== 1) continue;
    const [input] = names;
    // `PATCH /tickets/{id} with {"status": s}: open → …`: the record itself, its one state field in the body.
    const onRecord = route.method !== 'POST' && segments.length === 3 && /^\{[^}]+\}$/.test(last);
    if (
      !onRecord &&
      (segments.length < 4 || !/^\{[^}]+\}$/.test(segments[segments.length - 2]) || /[{}]/.test(last))
    )
      continue;
    const named = onRecord ? input : last.replace(/-/g, '_');
    const collection = segments.slice(0, onRecord ? -1 : -2).join('/');
    const field = stateFieldOf(b, collection, named, input);
    if (field === null || (onRecord && (field !== input || !stateWordOrStarted(b, collection, field))))
      continue;
    const moves = routeMoves(b, part, collection, field, input);
    if (moves) return { path: route.path, field, moves, ...(input === field ? {} : { input }) };
  }
  return null;
}

/** Whether `field` is a word for a state, or the one field the create of `collection` answers a fixed string in. */
function stateWordOrStarted(b: ContractBuilder, collection: string, field: string): boolean {
  return (
    STATE_SEGMENT.test(fold(field)) || createdState(b.contract.service.features, collection, field) !== null
  );
}

/** Words a route's last segment names a record's state with (`/tickets/{id}/status`, `/antraege/{id}/zustand`). */
const STATE_SEGMENT =
  /^(?:status|state|stage|phase|step|zustand|stufe|phase|estado|etapa|fase|statut|etat|etape|stato|situacao)$/;

/**
 * The record field a state route moves: the one field the create of `collection` answers a fixed string in
 * (`POST /orders … "status": "new"` beside `POST /orders/{id}/state with {"state": s}`), else the body's field
 * when the route's last segment names it (`/status with {"status": s}`), else the state word that segment is
 * (`/stage with {"to": s}`); null when none (`POST /tickets/{id}/transition with {"to": s}` and no state answered).
 */
function stateFieldOf(b: ContractBuilder, collection: string, segment: string, input: string): string | null {
  const written = new Set<string>();
  for (const feature of b.contract.service.features) {
    for (const part of routePartTexts(feature)) {
      const route = readFeatureLiterals(part).routes[0];
      if (!route || route.method !== 'POST' || route.path !== collection) continue;
      for (const m of part.matchAll(/"([a-z][a-z0-9_]*)"\s*:\s*"[^"]+"/g))
        if (m[1] !== 'id') written.add(m[1]);
      // "creates a ticket with status "open"", "legt ein Ticket mit Status "offen" an": the state word, quoted state.
      const worded = /\b(status|state|zustand|estado|statut|stato)\s+["„“«]\s*[\p{L}]/iu.exec(part);
      if (written.size === 0 && worded) written.add(worded[1].toLowerCase());
    }
  }
  if (written.size === 1) return [...written][0];
  if (written.size > 1) return null;
  if (input === segment) return input;
  return STATE_SEGMENT.test(fold(segment)) ? segment : null;
}

/** Stems of words naming a move or change of state, in the languages intents are written in (folded). */
const MOVE_STEMS = [
  'move',
  'moving',
  'chang',
  'transit',
  'wechsel',
  'statuswechsel',
  'anderung',
  'aenderung',
  'statusanderung',
  'andert',
  'ubergang',
  'cambi',
  'transici',
  'transiz',
  'passag',
  'mudanc',
  'muda',
  // "already decided → 409", "bereits entschieden", "ya decidida", "déjà décidée", "già decisa", "já decidido".
  'decid',
  'decis',
  'entschied',
  'geandert',
  // "any other action returns 409" beside action routes.
  'action',
  'accion',
  'aktion',
  'azion',
  'acao',
];

function speaksOfMoves(feature: string): boolean {
  return fold(feature)
    .split(/[^\p{L}]+/u)
    .some((w) => MOVE_STEMS.some((stem) => w.startsWith(stem)));
}

/** What a state route answers: a move (200), an unknown state (400), an unknown record (404), a refused move (409). */
const ROUTE_STATUSES = [200, 400, 404, 409];

/**
 * Whether a feature without a route only says what the moves of a machine with `states` on `field` answer: a
 * refusal (409, or 400 for a state it does not have) beside, perhaps, the 200 of a move and the 404 of an unknown
 * record, that either writes refused arrows between those states ("any other move (e.g. open -> closed) returns
 * 409"), names final states of it ("returned and scrapped are final; any move not listed returns 409"), speaks of
 * moves and changes ("jeder andere Statuswechsel gibt 409", "a valid move returns 200 …; an unknown status value
 * returns 400") or names the state field ("a status value that is not one of those returns 400").
 */
function refusesMovesOf(feature: string, moves: Record<string, string[]>, field: string): boolean {
  const states = Object.keys(moves);
  const literals = readFeatureLiterals(feature);
  if (literals.routes.length > 0 || literals.request.length + literals.response.length > 0) return false;
  const statuses = literals.statuses;
  if (!statuses.some((x) => x === 409 || x === 400)) return false;
  if (statuses.some((x) => !ROUTE_STATUSES.includes(x))) return false;
  if (readArrowMachine(feature)) return false;
  // "leaves hired/rejected": every state a slash list names must be one of this machine's.
  for (const list of feature.replace(/\/\S*\{[^}]*\}\S*/g, ' ').match(/[\p{L}_]+(?:\/[\p{L}_]+)+/gu) ?? [])
    if (list.split('/').some((w) => !states.includes(w))) return false;
  const refused = readRefusedMoves(feature);
  if (refused.length > 0) return refused.every((m) => states.includes(m.from) && states.includes(m.to));
  const finals = readFinalStates(feature);
  if (finals.length > 0) return finals.every((s) => moves[s]?.length === 0);
  return speaksOfMoves(feature) || namesState(feature, field);
}

/** Whether a feature spells a state route whose moves it writes (read as that route before anything else). */
export function spellsStateRoute(b: ContractBuilder, feature: string): boolean {
  return plannedStateRoute(b, feature) !== null;
}

/**
 * Designs `method path` (`/<records>/{param}/<field>`) as the transition of the record's state field when its
 * body is that one field and the features write its moves; false otherwise.
 */
export function realiseStateRoute(
  b: ContractBuilder,
  feature: string,
  resource: string,
  param: string,
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
): boolean {
  const planned = plannedStateRoute(b, feature);
  if (!planned || planned.path !== path) return false;
  const { field, moves, input } = planned;
  const states = Object.keys(moves);
  const record = b.resource(resource);
  if (record.fields.some((f) => f.name === field && f.type !== 'string')) return false;
  record.fields = record.fields.filter((f) => f.name !== field);
  record.fields.push({
    name: field,
    type: 'string',
    required: false,
    description: `Where the ${resource.replace(/-/g, ' ')} stands: ${states.join(', ')}; it starts ${states[0]} and moves only as ${method} ${path} allows`,
    // Never sent by a client to the create (the machine sets it), so samples leave it out.
    example: null,
    enum: states,
    default: states[0],
  });
  const behavior = { kind: 'transition' as const, resource, param, field, moves };
  const e = b.endpoint(method, path, input === undefined ? behavior : { ...behavior, input }, feature);
  claimMoveRefusals(b, e, moves, field);
  return true;
}

/** The features that only refuse moves of this machine are this route's (they name no route of their own). */
export function claimMoveRefusals(
  b: ContractBuilder,
  e: EndpointSpec,
  moves: Record<string, string[]>,
  field: string,
): void {
  for (const feature of b.contract.service.features) {
    if (!e.features.includes(feature) && refusesMovesOf(feature, moves, field)) e.features.push(feature);
  }
}

/**
 * Whether a feature only refuses moves of a state route another feature spells: that route claims it once it
 * is designed, so nothing of its own is designed for it.
 */
export function belongsToStateRoute(b: ContractBuilder, feature: string): boolean {
  if (readFeatureLiterals(feature).routes.length > 0) return false;
  return b.contract.service.features.some((other) => {
    if (other === feature) return false;
    const planned = plannedStateRoute(b, other);
    if (planned !== null) return refusesMovesOf(feature, planned.moves, planned.field);
    // "A ticket goes open → in progress → closed" beside "any other status change is refused with 409": the
    // machine written in words claims it (`realiseMachine`).
    const machine = readFeatureLiterals(other).routes.length === 0 ? readArrowMachine(other) : null;
    if (machine !== null) return refusesMovesOf(feature, machine.moves, machine.word ?? 'status');
    // "POST /tickets/{id}/start moves an open ticket to in_progress": the action routes' moves claim it.
    const moves: Record<string, string[]> = {};
    for (const part of routePartTexts(other)) {
      const move = readFeatureLiterals(part).routes.length > 0 ? readRouteMove(part) : null;
      for (const s of move ? [...move.from, move.to] : []) moves[s] ??= [];
      for (const s of move?.from ?? []) moves[s].push(move?.to ?? s);
    }
    return Object.keys(moves).length > 0 && refusesMovesOf(feature, moves, 'status');
  });
}

/**
 * `PATCH /tickets/{id} with {"status": s}: open → in_progress → …` was designed as the record's update (a route
 * on the record itself); once every feature is designed it becomes the transition of the state field it writes.
 */
export function settleRecordStateRoutes(b: ContractBuilder): void {
  for (const e of b.contract.endpoints) {
    if (e.behavior.kind !== 'update' || (e.method !== 'PATCH' && e.method !== 'PUT')) continue;
    const { resource, param } = e.behavior;
    const planned = e.features.map((f) => plannedStateRoute(b, f)).find((p) => p?.path === e.path);
    if (!planned) continue;
    const { field, moves } = planned;
    const record = b.resource(resource);
    if (record.fields.some((f) => f.name === field && f.type !== 'string')) continue;
    const states = Object.keys(moves);
    record.fields = record.fields.filter((f) => f.name !== field);
    record.fields.push({
      name: field,
      type: 'string',
      required: false,
      description: `Where the ${resource.replace(/-/g, ' ')} stands: ${states.join(', ')}; it starts ${states[0]} and moves only as ${e.method} ${e.path} allows`,
      example: null,
      enum: states,
      default: states[0],
    });
    e.behavior = { kind: 'transition', resource, param, field, moves };
    claimMoveRefusals(b, e, moves, field);
  }
}
