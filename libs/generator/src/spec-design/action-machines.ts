import {
  readFeatureLiterals,
  readRouteMove,
  routePartTexts,
  type EndpointSpec,
  type TransitionBehavior,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { claimMoveRefusals, createdState, namesState } from './state-routes';

/*
 * State machines spelled as action routes: `POST /polls/{id}/close → 200 {"state": "closed"}; closing twice →
 * 409`, `POST /pedidos/{id}/enviar … {"estado": "enviado"}`. The route's answer names the state field and the
 * state it moves to, the create's answer (`201 {"id": string, "state": "open"}`) the state every record starts
 * in. Each action route becomes a `transition` endpoint with `to` set; once every feature is designed,
 * {@link settleActionMachines} gives the resource's routes one machine: an action moves into its state from the
 * state the feature writes ("from pendiente to enviado"), else, in a machine of two states, from the other one.
 * Anything else (no first state written, three states and no "from") is left unrealised: a guessed machine
 * would refuse or allow moves the feature never said.
 */

const FIELD_NAME = /^[a-z][a-z0-9_]*$/;

/** The one state an answer writes (`{"state": "closed"}` → state, closed), or null. */
export function writtenState(feature: string): { field: string; state: string } | null {
  const fixed = readFeatureLiterals(feature).response.filter(
    (f) =>
      f.enum?.length === 1 && typeof f.enum[0] === 'string' && FIELD_NAME.test(f.name) && f.name !== 'id',
  );
  if (fixed.length !== 1) return null;
  return { field: fixed[0].name, state: String(fixed[0].enum?.[0]) };
}

/**
 * The one state a route's part sets without braces around it: `POST /antraege/{id}/genehmigen setzt einen
 * beantragten Antrag auf "status": "genehmigt"`, `POST /claims/{id}/approve sets it to "status": "approved"`.
 */
function setState(part: string): { field: string; state: string } | null {
  if (/[{}]/.test(part.replace(/\{[a-z_]+\}/gi, ''))) return null;
  const pairs = [...part.matchAll(/"([a-z][a-z0-9_]*)"\s*:\s*"([\p{L}][\p{L}\p{N}_-]*)"/gu)];
  if (pairs.length !== 1 || pairs[0][1] === 'id') return null;
  return { field: pairs[0][1], state: pairs[0][2] };
}

/**
 * Designs the action route `method path` of a feature part that writes the state it moves to; false when the
 * part writes none (it is then a flag or an update, as before).
 */
export function realiseActionMove(
  b: ContractBuilder,
  feature: string,
  resource: string,
  param: string,
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
): boolean {
  // "POST /work-orders/{id}/start moves open -> in_progress": the move is written, the field is the one another
  // route's answer writes one of its states in (`201 {"id": string, "status": "open"}`).
  // "POST /tickets/{id}/start moves open -> in_progress; POST /tickets/{id}/resolve moves …": this route's part.
  const part =
    routePartTexts(feature).find((p) => readFeatureLiterals(p).routes[0]?.path === path) ?? feature;
  const move = writtenState(feature) === null ? readRouteMove(part) : null;
  const field = move ? stateFieldOf(b.contract.service.features, machineStates(b, path, move)) : null;
  const written = move && field ? { field, state: move.to } : (writtenState(feature) ?? setState(part));
  if (!written) return false;
  const record = b.resource(resource);
  if (record.fields.some((f) => f.name === written.field && f.type !== 'string')) return false;
  b.ensureField(resource, {
    name: written.field,
    type: 'string',
    required: false,
    description: `Where the ${resource.replace(/-/g, ' ')} stands; it changes only through its action routes`,
    // Never sent by a client (the machine sets it), so samples leave it out.
    example: null,
  });
  const behavior: TransitionBehavior = {
    kind: 'transition',
    resource,
    param,
    field: written.field,
    // The states the route's arrow moves from, until the machine is settled.
    moves: move && field ? Object.fromEntries(move.from.map((s) => [s, [move.to]])) : {},
    to: written.state,
  };
  b.endpoint(method, path, behavior, feature);
  return true;
}

/**
 * The states the arrows of the action routes beside `path` write (`/work-orders/{id}/start` beside
 * `/work-orders/{id}/complete`): in_progress -> done names its field through open -> in_progress.
 */
function machineStates(b: ContractBuilder, path: string, move: { from: string[]; to: string }): string[] {
  const base = path.split('/').slice(0, -1).join('/');
  const states = new Set([...move.from, move.to]);
  for (const feature of b.contract.service.features) {
    for (const part of routePartTexts(feature)) {
      const route = readFeatureLiterals(part).routes[0];
      const other = route ? readRouteMove(part) : null;
      if (!other || route.path.split('/').slice(0, -1).join('/') !== base) continue;
      for (const s of [...other.from, other.to]) states.add(s);
    }
  }
  return [...states];
}

/**
 * The one field whose single state some route's answer writes among `states` (`{"status": "open"}` for open ->
 * in_progress), or null when none or several do: a move with no field written is left unrealised.
 */
function stateFieldOf(features: string[], states: string[]): string | null {
  const names = new Set<string>();
  for (const feature of features) {
    for (const part of routePartTexts(feature)) {
      for (const f of readFeatureLiterals(part).response) {
        const value = f.enum?.length === 1 ? f.enum[0] : undefined;
        if (typeof value === 'string' && states.includes(value) && FIELD_NAME.test(f.name) && f.name !== 'id')
          names.add(f.name);
      }
      // "returns 201 with "status": "open"": a state written without braces around it.
      for (const m of part.matchAll(/"([a-z][a-z0-9_]*)"\s*:\s*"([^"]+)"/g))
        if (m[1] !== 'id' && states.includes(m[2])) names.add(m[1]);
      // "POST /tickets … creates a ticket in state open", "legt ein Ticket mit Status "offen" an": the state's
      // word and one (maybe quoted) state of the moves.
      const bare =
        /\b(?:in|with|as|mit|im|con|en|avec|com)\s+(?:the\s+|dem\s+|el\s+|le\s+|lo\s+|il\s+|o\s+)?(status|state|zustand|estado|statut|stato)\s+["„“«]?([\p{L}][\p{L}\d_-]*)(?![\p{L}\d_-])/iu.exec(
          part,
        );
      if (bare && states.includes(bare[2]) && /^POST\s/.test(part.trim())) names.add(bare[1].toLowerCase());
    }
  }
  return names.size === 1 ? [...names][0] : null;
}

/** The state written as where an action starts ("from pendiente to enviado", "de X a Y", "von X nach Y"). */
function writtenFrom(features: string[], to: string): string | null {
  const quoted = (w: string) => `["'\`]?(${w})["'\`]?`;
  const pattern = new RegExp(
    `\\b(?:from|de|von|du|da)\\s+${quoted('[\\p{L}_][\\p{L}\\d_]*')}\\s+(?:to|a|à|au|zu|nach|auf|para)\\s+${quoted(to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))}(?![\\p{L}\\d_])`,
    'iu',
  );
  for (const f of features) {
    const m = pattern.exec(f);
    if (m) return m[1];
  }
  return null;
}

/**
 * The one state other than `to` a route's own part names, maybe inflected: "setzt einen beantragten Antrag auf
 * …", "sets a submitted claim to …" (route and quoted values aside); null when it names none or several.
 */
function namedFrom(e: EndpointSpec, states: string[], to: string): string | null {
  const part = e.features
    .flatMap((f) => routePartTexts(f))
    .find((p) => readFeatureLiterals(p).routes[0]?.path === e.path);
  if (part === undefined) return null;
  const text = part.replace(/\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ').replace(/"[^"]*"/g, ' ');
  const named = states.filter((s) => s !== to && namesState(text, s));
  return named.length === 1 ? named[0] : null;
}

/** The state a create writes for `field` in its answer (`201 {"id": string, "state": "open"}`). */
function firstState(b: ContractBuilder, resource: string, field: string): string | null {
  const creates = b.contract.endpoints.filter(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === resource && !e.behavior.parent,
  );
  for (const create of creates) {
    for (const feature of create.features) {
      for (const part of routePartTexts(feature)) {
        const literals = readFeatureLiterals(part);
        const route = literals.routes[0];
        if (!route || route.method !== create.method || route.path !== create.path) continue;
        const state = literals.response.find((f) => f.name === field);
        if (state?.enum?.length === 1 && typeof state.enum[0] === 'string') return state.enum[0];
      }
    }
    // "POST /tickets … returns 201 with "status": "open"", "mit Status "beantragt"".
    const written = createdState(create.features, create.path, field);
    if (written !== null) return written;
  }
  return null;
}

/** Gives each resource's action routes their one machine; drops the routes whose machine the features leave open. */
export function settleActionMachines(b: ContractBuilder): void {
  const actions = (e: EndpointSpec): e is EndpointSpec & { behavior: TransitionBehavior & { to: string } } =>
    e.behavior.kind === 'transition' && e.behavior.to !== undefined;
  const groups = new Map<string, EndpointSpec[]>();
  for (const e of b.contract.endpoints.filter(actions)) {
    if (e.behavior.kind !== 'transition') continue;
    const key = `${e.behavior.resource}\u0000${e.behavior.field}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const [key, routes] of groups) {
    const [resource, field] = key.split('\u0000');
    const targets = routes.map((e) => (e.behavior.kind === 'transition' ? (e.behavior.to ?? '') : ''));
    const first = firstState(b, resource, field);
    const states = first === null ? [] : [...new Set([first, ...targets])];
    const from = new Map<string, string[]>();
    for (const [i, to] of targets.entries()) {
      const b0 = routes[i].behavior;
      // The states the route's own arrow moves from ("open or in_progress -> cancelled").
      const arrowed = b0.kind === 'transition' ? Object.keys(b0.moves) : [];
      if (arrowed.length > 0) {
        if (arrowed.every((s) => states.includes(s) && s !== to))
          from.set(to, [...(from.get(to) ?? []), ...arrowed]);
        else from.set(to, []);
        continue;
      }
      const said = writtenFrom(routes[i].features, to) ?? namedFrom(routes[i], states, to);
      if (said !== null && states.includes(said) && said !== to)
        from.set(to, [...(from.get(to) ?? []), said]);
      else if (said === null && states.length === 2)
        from.set(
          to,
          states.filter((s) => s !== to),
        );
    }
    const settled = states.length >= 2 && targets.every((t) => (from.get(t) ?? []).length > 0);
    if (!settled) {
      // Unrealised: no machine the features write, so no route claims them and the gate names what is missing.
      b.contract.endpoints = b.contract.endpoints.filter((e) => !routes.includes(e));
      const record = b.resource(resource);
      record.fields = record.fields.filter((f) => f.name !== field);
      continue;
    }
    const moves = Object.fromEntries(
      states.map((s) => [s, [...new Set(targets.filter((t) => (from.get(t) ?? []).includes(s)))]]),
    );
    for (const e of routes) if (e.behavior.kind === 'transition') e.behavior.moves = moves;
    // "any other action returns 409 and the status stays": the first action route claims it.
    claimMoveRefusals(b, routes[0], moves, field);
    const state = b.resource(resource).fields.find((f) => f.name === field);
    if (state) {
      state.enum = states;
      state.default = states[0];
      state.description = `Where the ${resource.replace(/-/g, ' ')} stands: ${states.join(', ')}; it starts ${states[0]} and changes only through its action routes`;
    }
  }
}
