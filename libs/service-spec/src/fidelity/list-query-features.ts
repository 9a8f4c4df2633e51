import { asksNewestFirst, listsEventsNewestFirst } from './webhook-fidelity';
import type { EndpointSpec, ListBehavior, SpecContract } from '../spec-contract';
import { isDateField, isYearField, orderedField, readStatedOrder } from './stated-order';
import { latestCountProblems } from './latest-list';
import { readArrowMachine } from '../state-machine';

/*
 * A feature asking a list to filter, sort or page its records ("filter by status", "nach Preis sortieren",
 * "paginado con total", "trier par date") is realised only by a list endpoint whose contract declares it: a
 * plain list answers every record in creation order, so it shows none of them. Where the feature names the
 * field ("sorted by price", "filtrar por categoría"), the list must sort or filter by that field; so must it for
 * the records of one value of a field ("the books of one author") and for an order written as what comes first
 * ("oldest first"), whether or not a verb of filtering or sorting is written.
 */

const PAGE =
  /\b(paginat\w*|paginad\w*|paginac\w*|paginier\w*|pagine\w*|paged|per[ _]page|page[ _]size|page number|in pages|pro seite|seitenweise|par page|por p(a|á)gina)\b/i;
/** Pages that are the key of a count ("count visits per page", "Besuche pro Seite zählen"), not pages of a list. */
const COUNTED_PER_PAGE =
  /\b(count\w*|track\w*|tally|contar|compter|contare)\s+(the\s+|las\s+|los\s+|les\s+)?\w+\s+(per|pro|por|par)\s+(page|seite|pagina)\b|\b(per|pro|por|par)\s+(page|seite|pagina)\s+(zahlen|zaehlen|erfassen|(are|is|werden|wird) (counted|gezahlt))\b/i;
const TOTAL =
  /\b(total (count|number)|with (a|the) total|gesamtzahl|gesamtanzahl|nombre total|n(u|ú)mero total|total de (registros|elementos|resultados))\b/i;
const FILTER = /\b(filter\w*|filtr\w*)\b/i;
const SORT =
  /\b(sort(?!i[er])\w*|order(ed)? by|ordenar|ordenad\w*|ordena|trier|tri(é|e)e?s?|sortier\w*|ordinat\w*|ordinare)\b/i;
/** An order written as which records come first ("oldest first", "cheapest first", "alphabetically"). */
const ORDER =
  /\b((oldest|newest|latest|earliest|most recent|cheapest|dearest|most expensive|highest|lowest|biggest|largest|smallest|longest|shortest|soonest|best|worst)\s+(ones?\s+)?(first|on top|at the top)|alphabetical(ly)?|in (ascending|descending|alphabetical|chronological|reverse) order|a\s*(-|to|bis|a)\s*z|(alteste|neueste|gunstigste|teuerste)\w*\s+zuerst|aufsteigend|absteigend|alphabetisch|(mas (antiguos?|recientes?|baratos?|caros?)|(les |el |los )?plus (ancien|recent|cher)\w*)\s+(primero|d'abord|en premier)|ascendente|descendente|croissant|decroissant|crescente|decrescente)\b/i;

/** A sort parameter written in a query string (`?sort=`, `&order_by=`): the client chooses the order. */
const SORT_PARAM = /[?&](sort|sort_?by|order_?by|orderby|order|ordering)=/i;
/** An order stated as a fact ("sorted by start", "oldest first"), not offered as a choice ("sort by a or b"). */
const STATED_ORDER =
  /\b(?:sorted|ordered|sortiert|ordenad[oa]s?|tri(?:e|é)e?s?|ordinat[ie])\s+(?:by|nach|por|par|per)\s+(?:the\s+|its\s+|their\s+)?"?[a-z][\w-]*\b"?(?!\s*(?:,\s*)?(?:or|oder|o|ou|either|and|und|y|et)\b)/i;

function statesOrder(feature: string): boolean {
  if (
    SORT_PARAM.test(feature) ||
    /\b(either|both|beide|ambos|deux|any field|choice|can be|may be|konnen|pueden|peuvent|possono)\b/i.test(
      feature,
    )
  )
    return false;
  return STATED_ORDER.test(feature) || ORDER.test(feature) || readStatedOrder(feature) !== null;
}

/** The word right after "by" (or before "sortiert"/"filtern") that a sort or filter names. */
function namedAfter(feature: string, verb: RegExp): string[] {
  const text = feature.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const names: string[] = [];
  const by = new RegExp(
    `\\b(?:${verb.source.replace(/\\b/g, '').slice(1, -1)})\\s+(?:(?:by|nach|por|par|per)\\s+)?(?:(?:the|its|their|la|le|les|el|los|las|die|der|dem|den)\\s+)?(?<name>[a-z][\\w-]*)`,
    'gi',
  );
  for (const m of text.matchAll(by)) names.push(m.groups?.name ?? '');
  const german = new RegExp(
    `\\bnach\\s+(?:(?:dem|der|den)\\s+)?(?<name>[a-z][\\w-]*)\\s+(?:${verb.source.replace(/\\b/g, '').slice(1, -1)})`,
    'gi',
  );
  for (const m of text.matchAll(german)) names.push(m.groups?.name ?? '');
  return names.filter((n) => n !== '');
}

/** "bookings of a room", "eines Raums", "d'une salle", "de una sala": the records of one value of a field. */
const SCOPE =
  /\b(?:of|for)\s+(?:a|an|one|a given|a single|each)\s+([a-z]\w*)|\b(?:eines|einer)\s+(?:bestimmten\s+)?([a-z]\w*)|\bd'une?\s+([a-z]\w*)|\bde\s+una?\s+([a-z]\w*)/gi;

/** The same, said so that it cannot mean "with a description" ("mit einer Beschreibung"): one, a given, a single. */
const ONE_SCOPE =
  /\b(?:of|for|from|by)\s+(?:one|a given|a single|a particular|a specific|one given)\s+([a-z]\w*)|\b(?:eines|einer)\s+bestimmten\s+([a-z]\w*)|\bd'une?\s+seule?\s+([a-z]\w*)|\bde\s+una?\s+sol[oa]\s+([a-z]\w*)/gi;

function scopes(feature: string, pattern: RegExp): string[] {
  const text = feature.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').filter((w) => w !== '');
}

/**
 * Whether a feature asks a list for the records of one value ("of one author") or states an order as what comes
 * first ("oldest first", "alphabetically") without a word of filtering or sorting: the gate holds it to a list
 * that filters or sorts, so the designer reads it as a list with options.
 */
export function asksScopeOrOrder(feature: string): boolean {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  return ORDER.test(folded) || readStatedOrder(feature) !== null || scopes(feature, ONE_SCOPE).length > 0;
}

/** The words of an order stated as what comes first ("newest first", "alphabetically"), folded; null if none. */
export function statedFirst(feature: string): string | null {
  const m = ORDER.exec(feature.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  return m ? m[0] : null;
}

/**
 * The fields of `fields` a feature asks the records of one value of ("the bookings of a room", "eines Raums",
 * "of one author"): what a list realising it must filter by equality. The designer and the gate read it alike.
 */
export function scopedFieldNames(feature: string, fields: { name: string }[]): string[] {
  const { scoped } = listAsks(feature);
  return fields.filter((f) => scoped.some((w) => sameWord(f.name, w))).map((f) => f.name);
}

/** A feature's text without the states its arrows write ("angenommen -> sortiert": a state, no order asked). */
function withoutStates(feature: string): string {
  const machine = readArrowMachine(feature);
  if (!machine) return feature;
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return machine.states.reduce(
    (text, s) => text.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${escaped(s)}(?![\\p{L}\\p{N}_])`, 'gu'), ' '),
    feature,
  );
}

/** What a feature asks of a list: pages, a filter, an order, and the fields it asks the records of one value of. */
function listAsks(written: string): {
  folded: string;
  page: boolean;
  filter: boolean;
  sort: boolean;
  scoped: string[];
} {
  const feature = withoutStates(written);
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  const page = (PAGE.test(folded) && !COUNTED_PER_PAGE.test(folded)) || TOTAL.test(folded);
  const filter = FILTER.test(folded);
  const sort = SORT.test(folded) || ORDER.test(folded) || readStatedOrder(feature) !== null;
  // Without a word of filtering, sorting or paging, only a scope said as "one" or "a given" asks for a filter.
  const scoped = scopes(feature, page || filter || sort ? SCOPE : ONE_SCOPE);
  return { folded, page, filter, sort, scoped };
}

function sameWord(field: string, word: string): boolean {
  const stem = (w: string) => w.replace(/(es|s)$/, '');
  const parts = field.split('_');
  return stem(field) === stem(word.replace(/-/g, '_')) || stem(parts[0]) === stem(word);
}

/** What a list realisation lacks for the filtering, sorting and pages a feature asks for. */
export function listQueryFeatureProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const asked = listAsks(feature);
  const { folded, page, filter, scoped } = asked;
  // Events listed newest first are judged by the webhook rules (webhook-fidelity.ts).
  const sort = asked.sort && !(asksNewestFirst(feature) && endpoints.some(listsEventsNewestFirst));
  if (!page && !filter && !sort && scoped.length === 0) return [];
  // A computation owns what it computes; a ranking or an overdue filter is judged by its own rules.
  if (endpoints.some((e) => ['function', 'compute'].includes(e.behavior?.kind))) return [];
  // A low-stock list sorted by a field is judged by the low-stock rules (stock-fidelity.ts), a tally by its own.
  const ranked = endpoints.some(
    (e) =>
      e.behavior?.kind === 'ranking' ||
      // A tally listing the options most votes first is judged by the ballot rules (ballot-fidelity.ts).
      e.behavior?.kind === 'tally' ||
      (e.behavior?.kind === 'low_stock' && e.behavior.order_by !== undefined),
  );
  const lists = endpoints.flatMap((e) => (e.behavior?.kind === 'list' ? [e.behavior] : []));
  const fieldsOf = (b: ListBehavior) =>
    (contract.resources ?? []).find((r) => r.name === b.resource)?.fields ?? [];
  const problems: string[] = [];
  if (page && !lists.some((b) => b.page)) {
    problems.push('it asks for pages with a total, but no list of its realisation pages its records');
  }
  if (filter && !endpoints.some((e) => e.behavior?.kind === 'overdue')) {
    const filtering = lists.filter((b) => (b.filters?.length ?? 0) > 0);
    if (filtering.length === 0)
      problems.push('it asks to filter records, but no list of its realisation filters them');
    for (const word of namedAfter(feature, FILTER)) {
      const named = filtering.flatMap((b) =>
        fieldsOf(b)
          .filter((f) => sameWord(f.name, word))
          .map((f) => ({ b, f })),
      );
      if (named.length === 0) continue;
      const held = named.some(({ b, f }) =>
        (b.filters ?? []).some((x) => (x.kind === 'text' ? x.fields.includes(f.name) : x.field === f.name)),
      );
      if (!held) problems.push(`it filters by ${word}, but no list of its realisation filters by that field`);
    }
  }
  for (const word of scoped) {
    // The records of one room are those whose room field has that value: only a filter on it shows them.
    const named = lists.flatMap((b) =>
      fieldsOf(b)
        .filter((f) => sameWord(f.name, word))
        .map((f) => ({ b, f })),
    );
    if (named.length === 0) continue;
    const held = named.some(({ b, f }) =>
      (b.filters ?? []).some((x) => x.kind === 'equals' && x.field === f.name),
    );
    if (!held)
      problems.push(`it asks for the records of one ${word}, but no list of its realisation filters by it`);
  }
  const creation = sort && !ranked ? creationOrderProblems(feature, lists, fieldsOf) : null;
  if (creation !== null) problems.push(...creation);
  else if (sort && !ranked) {
    const sorting = lists.filter((b) => b.sort);
    const stated =
      sorting.length > 0 && statesOrder(folded) ? statedOrderProblems(feature, lists, fieldsOf) : [];
    if (sorting.length === 0)
      problems.push('it asks for records in an order, but no list of its realisation sorts them');
    else if (stated.length > 0) problems.push(...stated);
    else if (statesOrder(folded) && !sorting.some((b) => b.sort?.default_field)) {
      // "sorted by start", "oldest first" with no sort parameter: the order every answer has, asked or not.
      problems.push(
        'it states the order the records come in, but no list of its realisation sorts them unless asked (no default sort field)',
      );
    }
    for (const word of namedAfter(feature, SORT)) {
      const named = sorting.flatMap((b) =>
        fieldsOf(b)
          .filter((f) => sameWord(f.name, word))
          .map((f) => ({ b, f })),
      );
      if (named.length === 0) continue;
      if (!named.some(({ b, f }) => b.sort?.fields.includes(f.name))) {
        problems.push(`it sorts by ${word}, but no list of its realisation sorts by that field`);
      }
    }
    // "sort=year oldest first, sort=-year newest first": each value written for a list's sort parameter is one it
    // takes; a leading "-" only where the sign carries the direction (no order parameter).
    for (const m of feature.matchAll(/(?:^|[?&\s,;(])([a-z][\w]*)=(-?)([a-z][\w]*)/gi)) {
      const [, param, minus, name] = m;
      const by = sorting.filter((b) => b.sort?.param === param);
      if (by.length === 0) continue;
      const takes = by.some(
        (b) => b.sort?.fields.includes(name) && (minus === '' || b.sort?.order_param === undefined),
      );
      if (!takes)
        problems.push(
          `it writes ${param}=${minus}${name}, but no list of its realisation takes that value${minus ? ' (a leading - that sorts descending)' : ''}`,
        );
    }
  }
  if (!ranked) problems.push(...latestCountProblems(feature, lists));
  return problems;
}

/**
 * "newest first", "die neuesten zuerst" of records that hold no date at all: only the order they were added in
 * can show it, so a list realises it when its base order is newest created first and no default sort hides it. Null when the order names a date the records hold, or states none.
 */
function creationOrderProblems(
  feature: string,
  lists: ListBehavior[],
  fieldsOf: (b: ListBehavior) => { name: string; type: string; format?: string }[],
): string[] | null {
  const stated = readStatedOrder(feature);
  // "oldest first" of records without a date may mean their age (a book's year): only newest first is read so.
  if (!stated || stated.kind !== 'date' || stated.dir !== 'desc' || lists.length === 0) return null;
  const undated = lists.filter((b) => !fieldsOf(b).some((f) => isDateField(f) || isYearField(f)));
  if (undated.length === 0 || lists.some((b) => orderedField(feature, fieldsOf(b)) !== null)) return null;
  if (undated.some((b) => !b.sort?.default_field && b.newest_first === true)) return [];
  return [
    `it states the order "${stated.said}" of records that hold no date, but no list of its realisation answers them newest created first`,
  ];
}

/**
 * "earliest start first", "le più recenti prima": the order every answer has is the field the words name (or
 * the one date or price they imply) in the direction they say. A list sorted by another field, the other way, or
 * only when a client asks shows the records in an order the feature did not ask for; an order naming nothing the
 * records hold ("most popular first" of songs with a title) cannot be shown by any list of them.
 */
function statedOrderProblems(
  feature: string,
  lists: ListBehavior[],
  fieldsOf: (b: ListBehavior) => { name: string; type: string; format?: string }[],
): string[] {
  const stated = readStatedOrder(feature);
  if (!stated) return [];
  const wanted = lists.flatMap((b) => {
    const want = orderedField(feature, fieldsOf(b));
    return want ? [{ b, want }] : [];
  });
  if (wanted.length === 0) {
    // "in order of X", "sorted by X descending" naming no field: the sort-by-name checks judge the field.
    if (stated.kind === 'any') return [];
    return [
      `it states the order "${stated.said}", but the records of no list of its realisation hold a field it can mean${stated.words.length > 0 ? ` (${stated.words.join(' ')})` : ''}`,
    ];
  }
  if (
    wanted.some(
      ({ b, want }) => b.sort?.default_field === want.field && (b.sort.default_order ?? 'asc') === want.dir,
    )
  )
    return [];
  const { want } = wanted[0];
  return [
    `it states the order "${stated.said}" (${want.field} ${want.dir === 'desc' ? 'descending' : 'ascending'}), but no list of its realisation answers its records in that order unless asked`,
  ];
}
