import { readFeatureLiterals, saysFull } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold, knownNoun, plural, singular } from './lexicon';
import { useWrittenFields } from './literal-features';
import { kebabName } from './naming';
import { realisePlacesUnder } from './places-under-features';
import { SIGN_UPS, parentOf, realiseSignUpUnder } from './signup-under-features';
import { wordsOf } from './signup-fields';

/*
 * A parent's sign-ups listed, and sign-ups spelled under their parent's route. In free text, beside sign-ups
 * another feature makes under a kept parent (signup-under-features.ts): "list a workshop's sign-ups", "show all
 * registrations of an event", "die Anmeldungen eines Kurses auflisten", "listar las inscripciones de un taller",
 * "lister les inscriptions d'un atelier", "elencare le iscrizioni di un corso", "listar as inscrições de uma
 * oficina" — `GET /{parents}/{id}/{sign-ups}` answering only the sign-ups made under that parent, 404 for an
 * unknown one. Spelled out: `POST /workshops/{id}/signups with body {"name": string, "email": string}` makes
 * sign-ups under the workshop the route names (404 for an unknown one) and `GET /workshops/{id}/signups` lists
 * them. A feature saying anything more (free places, a mail, a waiting list, a status other than 200/201/404)
 * is left to the other readers, and unrealised when none reads it.
 */

/** Verbs of listing and words a listing may say besides them, its sign-ups and its parent (folded). */
const LIST_VERBS =
  /^(?:list|show|see|view|get|display|auflisten|anzeigen|zeigen|listar|ver|mostrar|lister|voir|afficher|elencare|vedere|mostrare)$/;
const LIST_ALLOWED = new Set(
  (
    'all every the a an its of for s to ' +
    'alle die der des eines einer einem zu zum zur von fur ' +
    'todas todos las los la el de del un una ' +
    'toutes tous les la le l d de du des un une ' +
    'tutte tutti le la il gli di del della dello un una uno ' +
    'todas todos as os a o de do da um uma'
  ).split(' '),
);

/** "(404 if the course does not exist)": the unknown parent's 404, which every such list answers. */
const UNKNOWN_PARENT =
  /\s*[(;,]\s*\(?[^()]*\b404\b[^()]*(?:exist|unknown|not found|unbekannt|gibt|inconnu|desconocid|sconosciut|desconhecid)[^()]*\)?\s*$/i;

/** Route segments naming sign-ups (folded, without hyphens). */
const SIGN_UP_SEGMENT =
  /^(?:signups|registrations|enrol?lments|attendees|participants|anmeldungen|teilnehmer|teilnehmende|inscripciones|inscriptions|iscrizioni|inscricoes|participantes|partecipanti)$/;

/** The create endpoints making records under a parent (the sign-ups), by their resource. */
function createsUnder(
  b: ContractBuilder,
  resource: string,
): { parent: string; param: string; path: string }[] {
  return b.contract.endpoints.flatMap((e) =>
    e.behavior.kind === 'create' && e.behavior.resource === resource && e.behavior.parent
      ? [{ parent: e.behavior.parent.resource, param: e.behavior.parent.param, path: e.path }]
      : [],
  );
}

/** Adds the list of one parent's children at `path`, where a create under that parent makes them. */
function listUnder(
  b: ContractBuilder,
  feature: string,
  child: string,
  made: { parent: string; param: string; path: string },
): void {
  const field = `${made.parent.replace(/-/g, '_')}_id`;
  b.endpoint(
    'GET',
    made.path,
    { kind: 'list', resource: child, parent: { resource: made.parent, param: made.param, field } },
    feature,
  );
}

/** The kept parent a listing names, also in the German genitive ("eines Kurses", "des Workshops"). */
function listedParent(b: ContractBuilder, words: string[]): { name: string; said: string[] } | null {
  const parent = parentOf(b, words);
  if (parent !== null) return parent;
  const stems = words.map((w) => w.replace(/e?s$/, ''));
  const stemmed = parentOf(b, stems);
  if (stemmed === null) return null;
  return { name: stemmed.name, said: words.filter((_w, i) => stemmed.said.includes(stems[i])) };
}

/**
 * Realises "list a workshop's sign-ups" beside sign-ups made under a kept parent (the verb first, or last as in
 * "die Anmeldungen eines Kurses auflisten"); false when the feature is no such list.
 */
function realiseSignUpList(b: ContractBuilder, feature: string): boolean {
  const words = wordsOf(feature.replace(UNKNOWN_PARENT, ''));
  const verb = [words[0], words[words.length - 1]].find((w) => w !== undefined && LIST_VERBS.test(w));
  if (verb === undefined) return false;
  const text = words.join(' ');
  const signUp = SIGN_UPS.map(([re, name]) => ({ m: re.exec(text), name })).find((s) => s.m);
  const parent = listedParent(b, words);
  if (!signUp?.m || parent === null) return false;
  const made = createsUnder(b, signUp.name).filter((c) => c.parent === parent.name);
  const said = new Set([verb, ...signUp.m[0].split(' '), ...parent.said]);
  if (made.length !== 1 || !words.every((w) => said.has(w) || LIST_ALLOWED.has(w))) return false;
  listUnder(b, feature, signUp.name, made[0]);
  return true;
}

/**
 * A list of sign-ups designed before the sign-ups it lists ("elencare le iscrizioni di un corso" beside a sign-up
 * whose refusal of a full course is designed after the other features) was made as a list of every record: once
 * the sign-ups hang under their parent, it moves under the parent too, with the create made only for it dropped.
 */
function relistUnder(b: ContractBuilder): void {
  for (const e of [...b.contract.endpoints]) {
    if (e.behavior.kind !== 'list' || e.behavior.parent || e.features.length !== 1) continue;
    const [feature] = e.features;
    const listed = e.behavior.resource;
    const own = b.contract.endpoints.filter(
      (x) =>
        x !== e &&
        'resource' in x.behavior &&
        x.behavior.resource === listed &&
        !('parent' in x.behavior && x.behavior.parent),
    );
    if (!own.every((x) => x.behavior.kind === 'create' && x.features.every((f) => f === feature))) continue;
    const before = { endpoints: b.contract.endpoints, resources: b.contract.resources };
    b.contract.endpoints = before.endpoints.filter((x) => x !== e && !own.includes(x));
    if (!realiseSignUpList(b, feature)) {
      b.contract.endpoints = before.endpoints;
      continue;
    }
    const used = (name: string) =>
      b.contract.endpoints.some((x) => 'resource' in x.behavior && x.behavior.resource === name) ||
      b.contract.endpoints.some((x) => x.behavior.kind === 'create' && x.behavior.parent?.resource === name);
    b.contract.resources = before.resources.filter((r) => r.name !== listed || used(r.name));
  }
}

/** A sign-up under a parent said in free text (counting its places when it says so), or their list. */
export function realiseSignUps(b: ContractBuilder, feature: string): boolean {
  if (!realisePlacesUnder(b, feature) && !realiseSignUpUnder(b, feature))
    return realiseSignUpList(b, feature);
  relistUnder(b);
  return true;
}

/**
 * Realises a spelled `POST /{parents}/{id}/{sign-ups}` with a body (a create under the parent) or `GET` of the
 * same route (its list), when the parent is a record a spelled create keeps; false for any other route.
 */
export function realiseSpelledSignUps(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  const route = r.literal;
  if (!route || (route.method !== 'POST' && route.method !== 'GET')) return false;
  const segs = route.path.split('/').filter((s) => s !== '');
  const [parentSeg, paramSeg, childSeg] = segs;
  if (segs.length !== 3 || !/^\{\w+\}$/.test(paramSeg) || /[{}]/.test(`${parentSeg}${childSeg}`))
    return false;
  if (!SIGN_UP_SEGMENT.test(fold(childSeg).toLowerCase().replace(/-/g, ''))) return false;
  const kept = b.contract.endpoints.find(
    (e) =>
      e.method === 'POST' && e.path === `/${parentSeg}` && e.behavior.kind === 'create' && !e.behavior.parent,
  );
  const literals = readFeatureLiterals(feature);
  const allowed = route.method === 'POST' ? [201, 404] : [200, 404];
  if (kept?.behavior.kind !== 'create' || saysFull(feature)) return false;
  if (!literals.statuses.every((s) => allowed.includes(s))) return false;
  const parent = kept.behavior.resource;
  const child = knownNoun(childSeg.replace(/-/g, '')) ?? kebabName(singular(childSeg), 'signup');
  if (route.method === 'GET') {
    const made = createsUnder(b, child).filter((c) => c.parent === parent && c.path === route.path);
    if (made.length !== 1) return false;
    listUnder(b, feature, child, made[0]);
    return true;
  }
  if (literals.request.length === 0 || child === parent) return false;
  b.resource(child, kebabName(childSeg, plural(child)));
  useWrittenFields(b, child, feature);
  const param = paramSeg.slice(1, -1);
  const field = `${parent.replace(/-/g, '_')}_id`;
  b.endpoint(
    'POST',
    route.path,
    { kind: 'create', resource: child, parent: { resource: parent, param, field } },
    feature,
  );
  return true;
}
