import type { ListBehavior, ListLimit } from '../spec-contract';
import { readLatestCount } from './latest-count';

/*
 * "The last 10 messages", "only the last few", "?limit=<n> (default 10, at most 50)": a list realises the latest N
 * a feature states when it answers only so many — its count parameter (or its pages' size) with the default the
 * feature fixes or states, and the maximum it states, refusing or capping a larger count as it says. A list that
 * answers every record shows none of it.
 */

/** A list's count: its limit, or the size of its pages (a page from the start is the first n). */
function countOf(b: ListBehavior): ListLimit | undefined {
  if (b.limit) return b.limit;
  if (!b.page) return undefined;
  return { param: b.page.limit_param, default_limit: b.page.default_limit, max_limit: b.page.max_limit };
}

/** What the lists realising a feature lack for the latest N it states; empty when it states none. */
export function latestCountProblems(feature: string, lists: ListBehavior[]): string[] {
  const latest = readLatestCount(feature);
  if (!latest) return [];
  const counts = lists.flatMap((b) => countOf(b) ?? []);
  if (counts.length === 0)
    return [
      `it asks for only the latest records ("${latest.said}"), but no list of its realisation answers only so many`,
    ];
  const fixed = latest.count ?? latest.default_count;
  const fits = (l: ListLimit) =>
    (fixed === undefined || l.default_limit === fixed) &&
    (latest.max_count === undefined ||
      (l.max_limit === latest.max_count && (l.clamp === true) === latest.capped));
  if (counts.some(fits)) return [];
  const wanted = [
    ...(fixed === undefined ? [] : [`${fixed} when not asked`]),
    ...(latest.max_count === undefined
      ? []
      : [`at most ${latest.max_count}${latest.capped ? ' (more capped)' : ' (more refused)'}`]),
  ];
  return [
    `it asks for the latest ${wanted.join(', ')}, but no list of its realisation answers that many ("${latest.said}")`,
  ];
}
