import type { EndpointSpec, SpecContract } from '../spec-contract';
import { readFeatureLiterals } from './feature-literals';
import { label } from './worked-examples';

/**
 * A feature that spells several routes ("POST /trucks … -> 201; GET /trucks/{id} -> … or 404; DELETE
 * /trucks/{id} -> 204") states each route's statuses in the part that follows it, up to the next route. Those
 * statuses belong to that route alone: a DELETE the feature says answers 204 does not realise it by answering
 * 200, even when another of its routes answers 200.
 */
const ROUTE_START = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+\//g;

/** The text of each route's part of `feature`, in the order the routes are written. */
export function routePartTexts(feature: string): string[] {
  const starts = [...feature.matchAll(ROUTE_START)].map((m) => m.index ?? 0);
  return starts.map((start, i) => feature.slice(i === 0 ? 0 : start, starts[i + 1] ?? feature.length));
}

/**
 * The statuses a route's part of a multi-route feature names that its endpoint does not declare (a success it
 * does not answer, an error it does not list). `endpoints[i]` realises the i-th route, undefined when missing.
 */
export function routePartStatusProblems(feature: string, endpoints: (EndpointSpec | undefined)[]): string[] {
  const parts = routePartTexts(feature);
  if (parts.length < 2 || parts.length !== endpoints.length) return [];
  return parts.flatMap((part, i) => {
    const e = endpoints[i];
    if (!e) return [];
    return readFeatureLiterals(part)
      .statuses.filter((status) =>
        status < 400
          ? !e.responses.some((r) => r.status === status)
          : !e.errors.some((x) => x.status === status),
      )
      .map((status) => `${label(e)} does not answer ${status}`);
  });
}

/** Words saying a write replaces the whole record, in the languages intents are written in (folded). */
const REPLACE =
  /\b(?:replac(?:e|es|ing)|overwrit\w*|(?:whole|entire|full) (?:record|body|object|resource)|ersetz\w*|uberschreib\w*|reemplaz\w*|sustitu\w*|remplac\w*|substitu\w*|sostituisc\w*)\b/;
/** Words saying the record written is one that is there already. */
const EXISTING =
  /\b(?:already|exist\w*|same|duplicate\w*|bereits|schon|vorhanden\w*|existe\w*|ya|deja|gia|ja)\b/;
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** Words saying a write changes only what it is sent. */
const PARTIAL =
  /\b(?:partial\w*|subset|only (?:the )?(?:fields|ones|values) (?:sent|given)|nur die|solo los|so os|seulement les|uniquement les|teilweise|parcial\w*|partiel\w*)\b/;

/**
 * Whether a feature's part asks its PUT to replace the whole record ("PUT /x/{id} replaces the x", "ersetzt",
 * "reemplaza", "remplace") rather than change the fields it is sent.
 */
export function asksReplace(part: string): boolean {
  const folded = part.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return REPLACE.test(folded) && !PARTIAL.test(folded);
}

/**
 * A PUT whose part of the feature says it replaces the record is realised only by an update that replaces
 * (`replace`): a partial update keeps the optional fields a replacement leaves out, and takes a body without
 * the required ones.
 */
export function replaceProblems(feature: string, endpoints: (EndpointSpec | undefined)[]): string[] {
  const parts = routePartTexts(feature);
  if (parts.length !== endpoints.length) return [];
  return parts.flatMap((part, i) => {
    const e = endpoints[i];
    // "POST /pages with a title that already exists replaces the page": a create adds or refuses, never replaces.
    if (e?.behavior?.kind === 'create' && asksReplace(part) && EXISTING.test(fold(part)))
      return [
        `${label(e)} creates records (or refuses a taken value), but the feature says it replaces an existing one`,
      ];
    if (e?.method !== 'PUT' || e.behavior?.kind !== 'update' || !asksReplace(part)) return [];
    return e.behavior.replace === true
      ? []
      : [`${label(e)} changes only the fields it is sent, but the feature says it replaces the record`];
  });
}

/**
 * What is wrong with a feature that writes a route the UDC runtime serves ("GET /health calls every registered
 * url …") while an endpoint elsewhere realises it (`GET /api/health`, a health check): a client calling the route
 * written gets the runtime's own answer, not the behaviour the feature asks for.
 */
export function udcRouteClaims(
  contract: SpecContract,
  feature: string,
  route: { method: string; path: string },
): string[] {
  const elsewhere = contract.endpoints.filter(
    (e) => e.features.includes(feature) && !(e.method === route.method && e.path === route.path),
  );
  // Only work the runtime's answer cannot stand for: a fan-out calling other services ("GET /health returns
  // status" moved aside to /api/health is the runtime's own health answered at both).
  const moved = elsewhere.filter((e) => e.method === route.method && e.behavior?.kind === 'health_check');
  if (moved.length === 0) return [];
  const at = moved.map((e) => `${e.method} ${e.path}`).join(', ');
  return [
    `${route.method} ${route.path} belongs to the UDC runtime, which answers it itself; what the feature asks is served at ${at} instead, not where a client calls it`,
  ];
}
