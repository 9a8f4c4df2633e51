import type { EndpointSpec } from '../spec-contract';
import { folded } from './counted-words';
import { label } from './worked-examples';

/*
 * "Look up a player's best score", "GET /players/{player}/best": one owner's best, asked for one owner. A
 * scoreboard of every owner's best holds the same numbers, but a client asking for one player gets every player:
 * the gate holds such a feature to an endpoint that reads the owner and answers that owner's row.
 */

/** A verb of reading one thing, in the languages intents are written in (folded). */
const READ =
  /\b(?:show|shows|look up|looks up|lookup|get|gets|fetch|fetches|see|read|reads|return|returns|query|check|find|view|display|give|gives|tell|anzeigen|zeigen|abfragen|abrufen|nachschlagen|ver|consultar|mostrar|obtener|voir|afficher|consulter|obtenir|vedere|mostrare|consultare|ottenere|exibir|obter)\b/;
/** The best of one owner: "a player's best", "the best score of a given player", "la mejor marca de un jugador". */
const ONE_OWNERS_BEST = new RegExp(
  [
    String.raw`\b(?:a|one|a given|a single|a particular|a specific|any)\s+(\w+)'s\s+(?:personal\s+)?(?:best|highest|top|fastest|record)\b`,
    String.raw`\b(?:best|highest|top|fastest)\s+\w+\s+(?:of|for)\s+(?:a|one|a given|a single|a particular|a specific)\s+(\w+)\b`,
    String.raw`\bbeste\w*\s+\w+\s+(?:eines|einer)\s+(?:bestimmten\s+)?(\w+)`,
    String.raw`\bmejor\w*\s+\w+\s+de\s+un[a]?\s+(\w+)`,
    String.raw`\bmeilleur\w*\s+\w+\s+d'une?\s+(\w+)`,
    String.raw`\bmiglior\w*\s+\w+\s+di\s+un[oa]?\s+(\w+)`,
    String.raw`\bmelhor\w*\s+\w+\s+de\s+um[a]?\s+(\w+)`,
  ].join('|'),
);
/** A rule of the records rather than a read: "only a player's best counts", "es zählt", "does not change it". */
const RULE =
  /\b(?:counts?|count only|only|zahlt|nur|cuenta|solo|compte|seul\w*|conta|conta so|does not change|never changes|is their|stays)\b/;

/**
 * A feature that reads one owner's best ("show a player's best score") is realised by an endpoint that answers
 * that owner's row: a ranking with `owner_param`, or one owner's highest (lowest) figure. A scoreboard of every
 * owner, a list or a search answers the client who named one player with all of them.
 */
export function ownerBestReadProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const text = folded(feature);
  const m = ONE_OWNERS_BEST.exec(text);
  if (!m || !READ.test(text) || RULE.test(text)) return [];
  const owner = m.slice(1).find((x) => x !== undefined) ?? 'owner';
  const reads = endpoints.some(
    (e) =>
      (e.behavior?.kind === 'ranking' && e.behavior.owner_param !== undefined) ||
      (e.behavior?.kind === 'owner_aggregate' && ['max', 'min'].includes(e.behavior.operation)),
  );
  const lists = endpoints.filter((e) => ['ranking', 'list', 'search'].includes(e.behavior?.kind));
  if (reads || lists.length === 0) return [];
  return [
    `the feature asks for one ${owner}'s best, but no endpoint of its realisation reads one ${owner}: ${lists
      .map(label)
      .join(', ')} answer${lists.length === 1 ? 's' : ''} every ${owner}'s records`,
  ];
}

/**
 * A ranking on a route with a path parameter (`GET /players/{player}/best`) must read the owner from it: without
 * `owner_param` it answers the whole scoreboard whatever player the path names.
 */
export function rankingPathProblems(endpoints: EndpointSpec[]): string[] {
  return endpoints.flatMap((e) => {
    const param = /\{(\w+)\}/.exec(e.path)?.[1];
    if (e.behavior?.kind !== 'ranking' || param === undefined || e.behavior.owner_param !== undefined)
      return [];
    return [
      `${label(e)} takes one ${param} in its path, but its ranking reads no owner from it: it answers every ${param}'s best, not the one the path names`,
    ];
  });
}
