import { asksNewestFirst, filtersEventsByType, listsEventsNewestFirst } from './webhook-fidelity';
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
// "a room's bookings", "di un'aula", "de uma quadra", "de cada pista": the possessive and the Italian and Portuguese
// forms too.
const SCOPE =
  /\b(?:of|for)\s+(?:a|an|one|a given|a single|each)\s+([a-z]\w*)|\b(?:eines|einer)\s+(?:bestimmten\s+)?([a-z]\w*)|\bd'une?\s+([a-z]\w*)|\bde\s+(?:una?|uma|cada)\s+([a-z]\w*)|\bdi\s+(?:una?\s+|un'\s*|ogni\s+)([a-z]\w*)|\b(?:a|an|one|each)\s+([a-z]\w*)'s\s+[a-z]/gi;

/** The same, said so that it cannot mean "with a description" ("mit einer Beschreibung"): one, a given, a single. */
const ONE_SCOPE =
  /\b(?:of|for|from|by|in|within)\s+(?:one|a given|a single|a particular|a specific|one given)\s+([a-z]\w*)|\b(?:eines|einer)\s+bestimmten\s+([a-z]\w*)|\bd'une?\s+seule?\s+([a-z]\w*)|\bde\s+una?\s+sol[oa]\s+([a-z]\w*)/gi;

/**
 * The same, said after the list as a restriction: "or only the ones in a given room", "just those of one author",
 * "nur die aus einem bestimmten Raum", "nur die eines Zimmers", "solo las de una categoría", "seulement ceux d'un
 * auteur", "solo quelle di una certa stanza", "só as de um autor". "Only" (nur, solo, seulement, só) and the
 * pronoun standing for the records say that one value is asked, whatever article follows.
 */
const ONLY_SCOPE = new RegExp(
  [
    String.raw`\b(?:only|just)\s+(?:the\s+ones|those|ones)\s+(?:in|of|from|for|by|at|with|on)\s+(?:a|an|one|the)\s+(?:(?:given|single|particular|specific|certain)\s+)?([a-z]\w*)`,
    // "list the ideas of an author", "lister les idées d'un auteur", "listar los libros de un autor": a list verb,
    // the records, and "of a" something asks for the records of one value as much as "of one" does.
    String.raw`\b(?:list|show|see|view|consult|lister|afficher|voir|montrer|consulter|listar|mostrar|ver|consultar|elencare|mostrare|vedere|consultare)\s+(?:all\s+|toutes\s+|tous\s+|todos\s+|todas\s+|tutti\s+|tutte\s+)?(?:the|les|los|las|os|as|i|gli|le)\s+[a-z]+\s+(?:of an?|of each|d'une?|de chaque|de una?|de uma?|de cada|di una?|di un'|di ogni)\s*([a-z]\w*)`,
    // "Alle Buchungen eines Boots anzeigen": German names the one value before its verb of listing.
    String.raw`\b(?:alle\s+)?(?:die\s+)?[a-z]+\s+(?:eines|einer)\s+([a-z]\w*)\s+(?:anzeigen|auflisten|zeigen|listen|ansehen|abrufen)\b`,
    // "on a given day" is a scope too: the records of one day.
    String.raw`\b(?:on|at)\s+(?:one|a given|a single|a particular|a specific|one given)\s+([a-z]\w*)`,
    String.raw`\bnur\s+(?:die|jene)\s+(?:(?:aus|in|von|mit|an|fur|bei)\s+(?:einem|einer|dem|der)|eines|einer)\s+(?:bestimmten\s+)?([a-z]\w*)`,
    String.raw`\b(?:solo|solamente|unicamente)\s+(?:los|las|aquellos|aquellas)\s+(?:de|del|en)\s+(?:una?\s+)?(?:(?:determinad[oa]|ciert[oa]|sol[oa])\s+)?([a-z]\w*)`,
    String.raw`\b(?:seulement|uniquement)\s+(?:ceux|celles)\s+(?:d'une?|dans une?)\s+(?:(?:certaine?|seule?)\s+)?([a-z]\w*)`,
    String.raw`\bsolo\s+quell[ie]\s+(?:di|in)\s+(?:una?\s+)?(?:(?:cert[oa]|specific[oa]|sol[oa])\s+)?([a-z]\w*)`,
    String.raw`\b(?:so|somente|apenas)\s+(?:os|as|aqueles|aquelas)\s+(?:de|em)\s+(?:uma?\s+)?(?:(?:determinad[oa]|cert[oa])\s+)?([a-z]\w*)`,
  ].join('|'),
  'gi',
);

function scopes(feature: string, ...patterns: RegExp[]): string[] {
  const text = feature.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const found = patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => m.slice(1).find((g) => g !== undefined) ?? ''),
  );
  return [...new Set(found.filter((w) => w !== ''))];
}

/**
 * Whether a feature asks a list for the records of one value ("of one author") or states an order as what comes
 * first ("oldest first", "alphabetically") without a word of filtering or sorting: the gate holds it to a list
 * that filters or sorts, so the designer reads it as a list with options.
 */
export function asksScopeOrOrder(feature: string): boolean {
  const folded = feature.normalize('NFKD').replace(/\p{M}/gu, '');
  return (
    ORDER.test(folded) ||
    readStatedOrder(feature) !== null ||
    scopes(feature, ONE_SCOPE, ONLY_SCOPE).length > 0
  );
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
  const scoped = scopes(feature, page || filter || sort ? SCOPE : ONE_SCOPE, ONLY_SCOPE);
  return { folded, page, filter, sort, scoped };
}

function sameWord(field: string, word: string): boolean {
  const stem = (w: string) => w.replace(/(es|s)$/, '');
  const parts = field.split('_');
  // "the ideas of one author" kept as `nome_do_autor`, `author_name`: a word of the field's name is the field.
  return stem(field) === stem(word.replace(/-/g, '_')) || parts.some((p) => stem(p) === stem(word));
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
  // "Stimmen pro Antwortmöglichkeit und die Gesamtzahl": the total of a tally's counts, not of a list's pages.
  const totalled = endpoints.some((e) => e.behavior?.kind === 'tally' && e.behavior.total_field);
  if (page && !totalled && !lists.some((b) => b.page)) {
    problems.push('it asks for pages with a total, but no list of its realisation pages its records');
  }
  // "the received events, filtered by type": a receiver's list keeping one type of event (webhook-fidelity.ts).
  const eventTypes = filtersEventsByType(namedAfter(feature, FILTER), endpoints);
  if (filter && !eventTypes && !endpoints.some((e) => e.behavior?.kind === 'overdue')) {
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
  // "consultar las reservas de una sala" realised by a read of one record by its id: no list shows them.
  if (scoped.length > 0 && lists.length === 0 && endpoints.some((e) => e.behavior?.kind === 'get'))
    problems.push(`it asks for the records of one ${scoped[0]}, but its realisation lists none`);
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
  problems.push(...unheldScopes(scoped, endpoints, lists, fieldsOf));
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

/**
 * The scopes no list can answer: "the appointments of a therapist on a given day" kept without a day filters by
 * the therapist and answers every day. A scope naming no field of the listed records is held only by an equality
 * filter no other scope claims (the records' own word for it: "of one author" filtered by `autor`), by a list
 * under its parent (`/rooms/{id}/bookings`), or by a list of the scoping records themselves.
 */
function unheldScopes(
  scoped: string[],
  endpoints: EndpointSpec[],
  lists: ListBehavior[],
  fieldsOf: (b: ListBehavior) => { name: string }[],
): string[] {
  if (lists.length === 0 || endpoints.some((e) => e.method === 'GET' && e.path.includes('{'))) return [];
  const fieldsNamed = (word: string) =>
    lists.flatMap((b) => fieldsOf(b).filter((f) => sameWord(f.name, word)));
  const unnamed = scoped.filter(
    (w) => fieldsNamed(w).length === 0 && !lists.some((b) => sameWord(b.resource.replace(/-/g, '_'), w)),
  );
  const claimed = new Set(scoped.flatMap((w) => fieldsNamed(w).map((f) => f.name)));
  const free = lists.flatMap((b) =>
    (b.filters ?? []).filter((x) => x.kind === 'equals' && !claimed.has(x.field)),
  );
  if (unnamed.length <= free.length) return [];
  return unnamed
    .slice(free.length)
    .map((w) => `it asks for the records of one ${w}, but the records it lists hold no ${w} to filter by`);
}
