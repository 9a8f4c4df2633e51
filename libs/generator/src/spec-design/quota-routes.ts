import { readFeatureLiterals } from '@sf/service-spec';
import { readFeature, type FeatureReading } from './feature-reader';
import { fold } from './lexicon';

/*
 * A quota whose route another feature writes: "POST /anfragen mit {"schluessel": string} zählt eine Anfrage und
 * antwortet {"verbleibend": integer}" beside "Jeder Schlüssel hat ein Tageskontingent von 2 Anfragen …; die
 * dritte wird mit 429 abgelehnt". The route's feature counts and answers what is left, the other one states the
 * limit: one quota endpoint realises both, at the written route, its key the one string the route's body writes.
 */

/** Names a route writes for what is left of a quota ("remaining", "verbleibend", "restantes", "rimanenti"). */
const LEFT =
  /^(remaining|left|\w+_left|remaining_\w+|\w+_remaining|restantes?|restants?|verbleibend\w*|ubrig|rimanenti|quedan|disponibles?)$/;

/** Words saying a request is counted, used or spent: the route's work is the quota's own. */
const COUNTS =
  /\b(counts?|counted|uses?|consumes?|spends?|records? (?:one|a) (?:request|call)|zahlt|verbraucht|cuenta|registra|consume|compte|consomme|conta|consuma|registra)\b/;

/** Whether a feature writes a POST route that counts and answers what is left, and states no quota of its own. */
function countingRoute(feature: string, states: (f: string) => boolean): FeatureReading | null {
  const r = readFeature(feature);
  if (r.literal?.method !== 'POST' || states(feature)) return null;
  const literals = readFeatureLiterals(feature);
  const left = literals.response.some((f) => LEFT.test(f.name));
  // A route that keeps records (201, an id) stores them; its limit is on the creates (quotaCreateProblems).
  const stores = literals.statuses.includes(201) || literals.response.some((f) => f.name === 'id');
  const keyed =
    /\{[^}]+\}/.test(r.literal.path) ||
    literals.request.filter((f) => f.type === 'string' && !f.optional).length === 1;
  // It counts ("zählt eine Anfrage"), or answers nothing but what is left ({"remaining": integer}).
  const counts = COUNTS.test(fold(feature)) || literals.response.every((f) => LEFT.test(f.name));
  return left && !stores && keyed && counts ? r : null;
}

/**
 * The pair a quota feature and the route that counts for it make: for a quota feature without a route, the route
 * another feature writes; for such a route, the quota feature beside it (one each, else none). `states` says
 * whether a feature states a quota. The text joins the route's feature and the quota's, read as one.
 */
export function quotaRoutePair(
  features: string[],
  feature: string,
  states: (f: string) => boolean,
): { route: string; quota: string; text: string; reading: FeatureReading } | null {
  const routes = features.filter((f) => countingRoute(f, states) !== null);
  const quotas = features.filter((f) => states(f) && readFeature(f).literal === null);
  if (routes.length !== 1 || quotas.length !== 1) return null;
  const [route, quota] = [routes[0], quotas[0]];
  if (feature !== route && feature !== quota) return null;
  const reading = countingRoute(route, states);
  return reading && { route, quota, text: `${route}; ${quota}`, reading };
}
