import type { EndpointSpec, SpecContract } from '../spec-contract';
import { COUNT, countOf, folded } from './counted-words';
import { label } from './worked-examples';

/*
 * "Show the top three players", "die 3 besten Spieler", "los cinco mejores": a list cut to a stated count, the
 * best first. A model writing the SPEC may answer every record, the records the other way round, or ten of them;
 * the words are all the gate has to hold it to the count and the direction.
 */

/** Words of the best, highest, leading of a list, in the languages intents are written in (folded). */
const TOP = String.raw`(?:best|highest|largest|biggest|fastest|leading|top|besten?|hochsten|schnellsten|mejores|mas altos|mas rapidos|meilleur(?:e)?s|plus rapides|migliori|piu veloci|melhores|mais rapidos)`;
/** "top 3", "top three", "the 3 best", "los tres mejores", "die drei besten". */
const TOP_COUNT = new RegExp(String.raw`\btop\s+(${COUNT})\b|\b(${COUNT})\s+${TOP}\b`);
/** Lower is better: the fastest, the lowest, a best time ("schnellste", "menor", "plus rapide", "tempo"). */
const LOWER_IS_BETTER =
  /\b(?:lower|lowest|fewest|fastest|quickest|cheapest|time|times|zeit|zeiten|tiempo|tiempos|temps|tempo|tempi|niedrigste\w*|schnellste\w*|menor(?:es)?|mas rapid\w*|moins|plus rapide\w*|piu veloc\w*|mais rapid\w*|golf|minigolf)\b/;

/** The count a feature's top-N list states ("the top three players" → 3), or null. */
export function statedTopCount(feature: string): { count: number; written: string } | null {
  const m = TOP_COUNT.exec(folded(feature));
  if (!m) return null;
  const count = countOf(m[1] ?? m[2]);
  return Number.isFinite(count) && count >= 2 ? { count, written: m[0] } : null;
}

/** How many records an endpoint answers when the client asks nothing, or null when it answers all of them. */
function answered(e: EndpointSpec): number | null {
  const b = e.behavior;
  if (b?.kind === 'ranking') return b.default_count;
  if (b?.kind === 'list') return b.limit?.default_limit ?? b.page?.default_limit ?? null;
  return null;
}

/**
 * A feature asking for the top N records is realised only by a ranking (or a list) that answers N records when
 * the client asks nothing, the best first: every record, ten of them, or the lowest first is another answer.
 * Computations, tallies and votes own their counts (their own rules judge them).
 */
export function topCountProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const top = statedTopCount(feature);
  if (!top) return [];
  const kinds = endpoints.map((e) => e.behavior?.kind);
  if (kinds.some((k) => ['function', 'compute', 'tally', 'vote', 'low_stock'].includes(k))) return [];
  const lists = endpoints.filter((e) => e.behavior?.kind === 'ranking' || e.behavior?.kind === 'list');
  if (lists.length === 0) return [];
  const problems: string[] = [];
  const asked = `the feature asks for the ${top.written}`;
  if (!lists.some((e) => answered(e) === top.count)) {
    const what = lists.map((e) => `${label(e)} answers ${answered(e) ?? 'every record'}`).join(', ');
    problems.push(`${asked}; no endpoint limits its list to ${top.count} (${what})`);
  }
  const rankings = lists.flatMap((e) => (e.behavior?.kind === 'ranking' ? [e.behavior] : []));
  const intent = folded([feature, ...(contract.service?.features ?? [])].join(' '));
  if (rankings.length > 0 && !LOWER_IS_BETTER.test(intent) && rankings.every((b) => b.order === 'asc')) {
    problems.push(`${asked}, the highest first, but its ranking answers the lowest first`);
  }
  if (rankings.length === 0 && !lists.some((e) => e.behavior?.kind === 'list' && e.behavior.sort)) {
    problems.push(`${asked}, but no endpoint of its realisation ranks or sorts the records`);
  }
  return problems;
}
