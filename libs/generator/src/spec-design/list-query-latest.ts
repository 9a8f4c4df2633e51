import {
  isYearField,
  readLatestCount,
  readStatedOrder,
  type ListBehavior,
  type ListLimit,
  type ResourceSpec,
} from '@sf/service-spec';
import { isDateLike } from './list-query-order';
import { singular, words } from './lexicon';

/*
 * Lists of the latest records: "the most recent entries first", "the last 10 messages", "only the last few",
 * "?limit=<n> keeps only the n newest (default 10, at most 50)", "die neuesten 20 Einträge", "los últimos 5". The
 * count and the order are read by the gate's readers (`readLatestCount`, `readStatedOrder`), so the list the
 * designer writes is the one the gate holds the feature to.
 */

/** Names of a count parameter a feature may spell. */
const COUNT_PARAMS = /^(limit|per_page|page_size|pagesize|perpage|size|take|count|n|k|last|latest|top)$/;

/** The count parameter of the latest N a feature states (the name it spells, else `limit`); null if none. */
function latestLimit(feature: string, spelled: string[]): ListLimit | null {
  const latest = readLatestCount(feature);
  if (!latest) return null;
  const fixed = latest.count ?? latest.default_count;
  return {
    param: spelled.find((p) => COUNT_PARAMS.test(p)) ?? 'limit',
    ...(fixed === undefined ? {} : { default_limit: fixed }),
    ...(latest.max_count === undefined ? {} : { max_limit: latest.max_count }),
    ...(latest.capped && latest.max_count !== undefined ? { clamp: true } : {}),
    ...(latest.example === undefined ? {} : { example: latest.example }),
  };
}

/**
 * "Newest first" on records that hold no date: newest created first. On records sorted by their date newest
 * first, two of the same date come newest created first too (the one added later is the more recent).
 */
function newestFirst(feature: string, r: ResourceSpec, out: Omit<ListBehavior, 'kind' | 'resource'>): void {
  const stated = readStatedOrder(feature);
  if (stated?.kind !== 'date' || stated.dir !== 'desc') return;
  const by = out.sort?.default_field;
  if (by === undefined) {
    if (!r.fields.some((f) => isDateLike(f) || isYearField(f))) out.newest_first = true;
    return;
  }
  const f = r.fields.find((x) => x.name === by);
  if (f && isDateLike(f) && out.sort?.default_order === 'desc') out.newest_first = true;
}

/**
 * Gives the options `out` of a list the order a feature's newest first asks for and, unless the list pages, the
 * count of the latest N it states; true when it set a count.
 */
export function readLatest(
  feature: string,
  r: ResourceSpec,
  out: Omit<ListBehavior, 'kind' | 'resource'>,
  spelled: string[],
  pages: boolean,
): boolean {
  newestFirst(feature, r, out);
  const limit = pages ? null : latestLimit(feature, spelled);
  if (limit) out.limit = limit;
  return limit !== null;
}

/** Words a reader may take for the records of a newest-first list that name none ("the latest entries first"). */
const NO_RECORD =
  /^(first|firsts|entry|entries|item|items|record|records|row|rows|one|ones|last|latest|newest|recent|nur|wer|neueste\w*|letzte\w*|jungste\w*|ultim\w*|dernier\w*|recent\w*)$/;

/**
 * The kept records a newest-first or latest-N list shows when its reading named none of them ("show the most
 * recent entries first", "die 3 neuesten Einträge anzeigen", "show the latest readings first"): the one kept
 * resource the feature names, else the only one kept when the reading took an order word for the records.
 * Undefined to keep the reading.
 */
export function latestListNoun(
  feature: string,
  noun: string | null,
  resources: ResourceSpec[],
): string | undefined {
  if (readStatedOrder(feature)?.kind !== 'date') return undefined;
  // "messaggi" of a "messaggio", "Einträge" of an "Eintrag": a plural the lexicon does not know is its stem and more.
  const stemOf = (a: string, b: string) => a.length >= 4 && b.startsWith(a) && b.length - a.length <= 2;
  const same = (r: ResourceSpec, w: string) =>
    singular(w) === singular(r.name) ||
    w === r.plural.replace(/-/g, '_') ||
    stemOf(w, r.name) ||
    stemOf(r.name, w);
  const meant = noun === null ? undefined : resources.find((r) => same(r, noun));
  if (meant) return meant.name === noun ? undefined : meant.name;
  const written = words(feature);
  const named = resources.filter((r) => written.some((w) => same(r, w)));
  if (named.length === 1) return named[0].name;
  if ((noun === null || NO_RECORD.test(noun)) && resources.length === 1) return resources[0].name;
  return undefined;
}
