import {
  asksScopeOrOrder,
  readFeatureLiterals,
  readStatedOrder,
  scopedFieldNames,
  type FieldSpec,
  type ListBehavior,
  type ListFilter,
  type ListPage,
  type ListSort,
  type ResourceSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { listQuerySummary } from './list-query-checks';
import { readFeature, type FeatureReading } from './feature-reader';
import { fold, singular } from './lexicon';
import { statedCap, statedPageSize } from './list-query-page-size';
import { SORTABLE, firstOrder, isDateLike, statedOrderAt, statedOrderOn } from './list-query-order';
import { spelledParams } from './list-query-params';
import { readLatest } from './list-query-latest';
import { STEMS, matchesStem, type Kind } from './list-query-stems';
import { settleEventFilters } from './webhook-filters';

/*
 * Lists that filter, sort and page (`ListBehavior` options): "list products filtered by category, sorted by
 * price either way, 20 per page with a total count", "nach Preis sortieren", "paginado", "trier par date",
 * "min_price and max_price", or the parameters spelled out (`?status=&sort=&page=`). A feature asking for any
 * of these is realised by a list of its resource; once every feature is designed (the fields may come from
 * another feature), `settleListQueries` reads the options each list's features ask for against the
 * resource's fields. Spelled parameter names are kept exactly.
 */

/** Words that make a sort run high to low when no parameter says so. */
const DESCENDING =
  /\b(desc|descending|absteigend|descendente|decroissant|newest|latest|highest|most expensive|neueste|recientes|recents?)\b/;
/** Words that offer a low-to-high sort beside any high-to-low one ("asc/desc"). */
const ASCENDING = /\b(asc|ascending|aufsteigend|ascendente|croissant|crescente)\b/;
/** Words asking for a total beside the records. */
const TOTAL =
  /\b(total (count|number)|with (a|the) total|gesamtzahl|gesamtanzahl|anzahl insgesamt|nombre total|numero total|total de (registros|elementos|resultados))\b/;

const SORT_PARAMS = new Set(['sort', 'sort_by', 'sortby', 'order_by', 'orderby', 'sort_field']);
const ORDER_PARAMS = new Set(['order', 'dir', 'direction', 'sort_order', 'sort_dir', 'sort_direction']);
const LIMIT_PARAMS = new Set([
  'limit',
  'per_page',
  'page_size',
  'pagesize',
  'perpage',
  'size',
  'take',
  'count',
]);
const OFFSET_PARAMS = new Set(['offset', 'skip', 'start']);
/** A page size's parameter named in prose ("limit (default 10)", "limit defaults to 10"). */
const PROSE_LIMIT = /\b(limit|per_page|page_size)\b/;
/** A page number's parameter named in prose ("page (from 1)", "page a partir de 1"). */
const PROSE_PAGE = /\bpage (?:from|starting|starts|desde|a partir|ab|da|des) /;
const PAGE_PARAMS = new Set(['page', 'page_number', 'pagina', 'seite']);
const TEXT_PARAMS = new Set(['q', 'query', 'search', 'text', 'term', 'keyword']);

function folded(feature: string): string {
  return ` ${fold(feature)
    .replace(/[^a-z0-9_]+/g, ' ')
    .trim()} `;
}

/** The kinds of option a feature asks for, by its words alone. */
function kindsAsked(text: string): Set<Kind> {
  const ws = text.trim().split(' ');
  const kinds = new Set<Kind>();
  for (const kind of ['filter', 'sort', 'page'] as const) {
    if (ws.some((_, i) => STEMS[kind].some((stem) => matchesStem(ws, i, stem)))) kinds.add(kind);
  }
  if (TOTAL.test(text) || statedCap(text) !== undefined) kinds.add('page');
  return kinds;
}

/** The feature's own words that ask for options ("sortieren", "paginado", "Gesamtzahl"), as written. */
function optionWords(feature: string): string[] {
  const raw = feature.split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== '');
  const ws = raw.map((w) => fold(w));
  const found: string[] = [];
  ws.forEach((_, i) => {
    if (kindAt(ws, i) !== null && kindAt(ws, i) !== 'range') found.push(raw[i]);
  });
  // "früheste zuerst", "i più economici prima": the words that state the order, as written.
  const said = readStatedOrder(feature)?.said.split(/[^a-z0-9_]+/) ?? [];
  raw.forEach((w, i) => {
    if (said.includes(ws[i]) && !found.includes(w)) found.push(w);
  });
  const total = TOTAL.exec(folded(feature))?.[0];
  return total
    ? [...found, ...raw.filter((w) => fold(w) === total.split(' ')[0] || total.includes(fold(w)))]
    : found;
}

/** True when a feature asks a list to filter, sort or page its records. */
export function asksListQuery(feature: string): boolean {
  return asksListOptions(feature) || asksScopeOrOrder(feature);
}

/** True when a feature asks for list options in words or spelled parameters (not a scope or a first-order). */
function asksListOptions(feature: string): boolean {
  const text = folded(feature);
  if (kindsAsked(text).size > 0) return true;
  return spelledParams(feature).some(
    (p) =>
      SORT_PARAMS.has(p) || LIMIT_PARAMS.has(p) || PAGE_PARAMS.has(p) || /^(min|max)_|_(min|max)$/.test(p),
  );
}

/**
 * A feature that pages or filters a list is that list even when it also sorts with a number in it ("sorted by
 * price, 10 per page"); one that only sorts with a number ("the 5 cheapest") is a ranking.
 */
export function listBeforeRanking(feature: string): boolean {
  // "the k best teams, highest first" is a ranking: an order said as what comes first is no list option here.
  if (!asksListOptions(feature)) return false;
  const asked = kindsAsked(folded(feature));
  const spelled = spelledParams(feature);
  // "GET /scores/top?limit=N: the N best scores": one count parameter beside "the N best" says how many, not a page.
  const only = spelled.length === 1 ? spelled[0] : '';
  const atMost = new RegExp(`\\b(at most|up to|hochstens|höchstens|hasta|au plus)\\s+${only}\\b`, 'i');
  // "GET /leaderboard?limit=N …": a route named as a ranking takes its one count parameter as how many.
  const count =
    (LIMIT_PARAMS.has(only) || /^(n|k|top)$/.test(only)) &&
    (TOP_N.test(feature) || (atMost.test(feature) && ORDERED.test(feature)) || RANKING_ROUTE.test(feature));
  if (count && !asked.has('page') && !asked.has('filter')) return false;
  return asked.has('page') || asked.has('filter') || spelled.length > 0;
}

/** A GET route named as a ranking (`GET /top?limit=5`, `GET /leaderboard`, `GET /bestenliste`, `GET /classement`). */
const RANKING_ROUTE =
  /\bGET\s+\/(?:[\w-]+\/)*(?:top|leaderboard|leaderboards|ranking|rankings|highscores?|high-scores|podium|bestenliste|rangliste|clasificacion|classement|classifica)(?=[?/\s]|$)/i;

/** A direction written out: without one, "at most n, sorted by price" is a page of a list, not a ranking. */
const ORDERED =
  /\b(descending|ascending|absteigend|aufsteigend|descendente|ascendente|d[eé]croissant|croissant|first)\b/i;

/** "the N best", "top 10", "die 5 besten", "los 3 mejores", "les 10 meilleurs": how many of a ranking. */
const TOP_N =
  /\b(?:top|best|highest|largest|biggest|besten?|hochsten|mejores|meilleur(?:e)?s)\s+(?:n|\d+)\b|\b(?:n|\d+)\s+(?:best|highest|largest|biggest|top|besten|hochsten|mejores|meilleur(?:e)?s)\b/i;

/**
 * The reading a list query is designed from: "filter products by category" is a list of products (the search
 * verb names the filter), and "show products sorted by price" a list, not a single product.
 */
export function listQueryReading(feature: string, full: FeatureReading): FeatureReading {
  // The records are named before the options ("show all readings sorted by value"): "sorted" is no record.
  const ws = folded(feature).trim().split(' ');
  const option = ws.findIndex((_, i) => kindAt(ws, i) !== null && kindAt(ws, i) !== 'range');
  // "alle Spieler anzeigen, höchste Punktzahl zuerst": the order's words ("zuerst") are no record either.
  const ordered = statedOrderAt(feature, ws);
  const first = option < 0 ? ordered : ordered < 0 ? option : Math.min(option, ordered);
  // "die Pflanzen auflisten, auf Wunsch nur die …", "elencare le piante, oppure solo quelle …": a first clause that
  // lists records names them; the words after its comma ("auf Wunsch", "oppure") only open the option.
  const [opening, ...after] = feature.split(/[,;]/);
  // Only a clause that ends before the first option word ("list parcels sorted by weight, heaviest first" sorts).
  const before = after.length > 0 && folded(opening).trim().split(' ').length <= first;
  const clause = first > 0 && before ? readFeature(opening) : null;
  const listing = clause?.noun != null && clause.actions.some((a) => a === 'list' || a === 'view');
  const head = listing ? clause : first > 0 ? readFeature(ws.slice(0, first).join(' ')) : null;
  // "sort by priority" names no records: the option word is no noun, and neither is the field after "by".
  const optionNoun =
    first === 0 &&
    full.noun !== null &&
    !full.nounKnown &&
    (kindAt([full.noun], 0) !== null ||
      ws.slice(1).some((w, i) => /^(by|por|par|nach)$/.test(ws[i]) && singular(w) === full.noun));
  const r = head?.noun
    ? { ...full, noun: head.noun, nounIsPlural: head.nounIsPlural, nounKnown: head.nounKnown }
    : optionNoun
      ? { ...full, noun: null, nounIsPlural: false, nounKnown: false }
      : full;
  const actions = r.actions.filter((a) => a !== 'search' && a !== 'view' && a !== 'get');
  return { ...r, actions: actions.includes('list') ? actions : [...actions, 'list'], all: true };
}

/** Where a field is written in the feature's words: the word indexes it starts at. */
function mentions(written: string[], f: FieldSpec): number[] {
  // "nach dem Namen sortiert": a German weak noun after its article is the field's noun (name), as the field
  // lists read it.
  const ws = written.map((w) => w.replace(/namen$/, 'name'));
  const parts = f.name.split('_').map(singular);
  const at: number[] = [];
  for (let i = 0; i + parts.length <= ws.length; i += 1) {
    if (parts.every((p, k) => singular(ws[i + k]) === p)) at.push(i);
  }
  if (at.length === 0 && parts.length > 1) {
    // "due date" written as "due", "created_at" as "created".
    ws.forEach((w, i) => {
      const part = [parts[0], parts.at(-1) ?? ''].find((p) => p.length > 3 && singular(w) === p);
      if (part !== undefined) at.push(i);
    });
  }
  return at;
}

function kindAt(ws: string[], i: number): Kind | null {
  for (const kind of ['text', 'range', 'sort', 'filter', 'page'] as const) {
    if (STEMS[kind].some((stem) => matchesStem(ws, i, stem))) return kind;
  }
  return null;
}

/** The option a field is mentioned for: the nearest option word before it in its clause, else after it. */
function fieldKinds(feature: string, fields: FieldSpec[]): Map<string, Set<Kind>> {
  const found = new Map<string, Set<Kind>>();
  for (const clause of fold(feature).split(/[,;:.()]|\bthen\b/)) {
    const ws = clause.split(/[^a-z0-9]+/).filter((w) => w !== '');
    const kinds = ws.map((_, i) => kindAt(ws, i));
    for (const f of fields) {
      for (const at of mentions(ws, f)) {
        let kind: Kind | null = null;
        const after = () => {
          for (let i = at + f.name.split('_').length; i < ws.length && kind === null; i += 1) {
            // "eines Raums nach Beginn sortiert": the option belongs to the field after "nach".
            if (ws[i] === 'nach' && ws[at - 1] !== 'nach') break;
            // "that desk's bookings sorted by from": an option word before "by" belongs to what follows it.
            if (kinds[i] !== null && /^(by|por|par|per)$/.test(ws[i + 1] ?? '')) break;
            kind = kinds[i];
          }
        };
        // German puts the verb last: "nach Preis sortieren" sorts by the field "nach" comes before.
        if (ws[at - 1] === 'nach') after();
        for (let i = at - 1; i >= 0 && kind === null; i -= 1) kind = kinds[i];
        after();
        if (kind === null) continue;
        // "between a min and a max price" is a range even when "filter" comes first; "filter by room and a
        // min/max price" still filters a text field by its value.
        if (kind === 'filter' && kinds.includes('range') && rangeable(f)) kind = 'range';
        const set = found.get(f.name) ?? new Set<Kind>();
        set.add(kind);
        found.set(f.name, set);
      }
    }
  }
  return found;
}

const EQUATABLE = new Set(['string', 'number', 'integer', 'boolean', 'string[]']);

/** A field a range can bound: a number or a date. */
function rangeable(f: FieldSpec): boolean {
  return f.type === 'number' || f.type === 'integer' || isDateLike(f);
}

/** The options one feature asks of a list of `r`. */
export function listOptionsFor(feature: string, r: ResourceSpec): Omit<ListBehavior, 'kind' | 'resource'> {
  const text = folded(feature);
  const asked = kindsAsked(text);
  const spelled = spelledParams(feature);
  const byField = fieldKinds(feature, r.fields);
  const filters: ListFilter[] = [];
  const field = (name: string) => r.fields.find((f) => f.name === name);
  // Spelled parameters first: their names are kept exactly.
  const ranges = new Map<string, { min_param?: string; max_param?: string }>();
  for (const p of spelled) {
    const m = /^(?:(min|max)_(\w+)|(\w+?)_(min|max|from|to|after|before))$/.exec(p);
    const target = m ? field(m[2] ?? m[3]) : undefined;
    if (m && target && (target.type === 'number' || target.type === 'integer' || isDateLike(target))) {
      const low = ['min', 'from', 'after'].includes(m[1] ?? m[4]);
      const range = ranges.get(target.name) ?? {};
      if (low) range.min_param = p;
      else range.max_param = p;
      ranges.set(target.name, range);
    } else if (['from', 'to', 'since', 'until', 'after', 'before'].includes(p)) {
      const dates = r.fields.filter(isDateLike);
      const target2 = dates.find((f) => byField.has(f.name)) ?? (dates.length === 1 ? dates[0] : undefined);
      if (!target2) continue;
      const range = ranges.get(target2.name) ?? {};
      if (['from', 'since', 'after'].includes(p)) range.min_param = p;
      else range.max_param = p;
      ranges.set(target2.name, range);
    } else if (field(p) && EQUATABLE.has(field(p)?.type ?? '')) {
      filters.push({ kind: 'equals', field: p, param: p });
    }
  }
  for (const [name, kinds] of byField) {
    const f = field(name);
    if (!f || ranges.has(name) || filters.some((x) => x.kind !== 'text' && x.field === name)) continue;
    if (kinds.has('range') && (f.type === 'number' || f.type === 'integer' || isDateLike(f))) {
      const date = isDateLike(f) && f.type === 'string';
      ranges.set(
        name,
        date
          ? { min_param: `${name}_from`, max_param: `${name}_to` }
          : { min_param: `min_${name}`, max_param: `max_${name}` },
      );
    } else if ((kinds.has('filter') || (kinds.has('text') && f.type !== 'string')) && EQUATABLE.has(f.type)) {
      // "search expenses by cost": a number is found by its value, not by a piece of text.
      filters.push({ kind: 'equals', field: name, param: name });
    }
  }
  // "the bookings of a room", "alle Buchungen eines Raums": the records of one value, by an equality filter.
  for (const name of scopedFieldNames(feature, r.fields)) {
    const f = field(name);
    if (!f || ranges.has(name) || !EQUATABLE.has(f.type)) continue;
    if (!filters.some((x) => x.kind !== 'text' && x.field === name))
      filters.push({ kind: 'equals', field: name, param: name });
  }
  for (const [name, range] of ranges) filters.push({ kind: 'range', field: name, ...range });
  const textParam = spelled.find((p) => TEXT_PARAMS.has(p) && !field(p));
  const textFields = [...byField]
    .filter(([n, k]) => k.has('text') && field(n)?.type === 'string')
    .map(([n]) => n);
  if (textParam || textFields.length > 0) {
    const fields =
      textFields.length > 0
        ? textFields
        : r.fields.filter((f) => f.type === 'string' && !f.enum && !isDateLike(f)).map((f) => f.name);
    if (fields.length > 0) filters.push({ kind: 'text', param: textParam ?? 'q', fields });
  }
  const out: Omit<ListBehavior, 'kind' | 'resource'> = {};
  if (filters.length > 0) out.filters = filters;
  const sortFields = [...byField]
    .filter(([n, k]) => k.has('sort') && SORTABLE.has(field(n)?.type ?? ''))
    .map(([n]) => n);
  const sortParam = spelled.find((p) => SORT_PARAMS.has(p));
  const orderParam = spelled.find((p) => ORDER_PARAMS.has(p));
  if (sortFields.length > 0 || sortParam) {
    const fields =
      sortFields.length > 0 ? sortFields : r.fields.filter((f) => SORTABLE.has(f.type)).map((f) => f.name);
    // "sort=-price" written as the example says the direction rides on the sign; otherwise an order parameter.
    // "sort=year oldest first, sort=-year newest first" written as prose says so as much as "?sort=-year".
    const signed = new RegExp(`(?:^|[?&\\s,;(])${sortParam ?? 'sort'}=-\\w`).test(feature) && !orderParam;
    const sort: ListSort = {
      param: sortParam ?? 'sort',
      fields,
      ...(signed ? {} : { order_param: orderParam ?? 'order' }),
      // "sort by price (asc/desc)" offers both ways: the first way is ascending.
      default_order:
        DESCENDING.test(text) && !/\b(either|both|beide|ambos|deux)\b/.test(text) && !ASCENDING.test(text)
          ? 'desc'
          : 'asc',
    };
    // "sorted by start" without a parameter says the order the list always has.
    if (!sortParam && sortFields.length === 1 && asked.has('sort')) sort.default_field = sortFields[0];
    // "sorted by weight, heaviest first", "ordinate per data, le più recenti prima": the words say the way.
    const stated = statedOrderOn(feature, r.fields);
    if (stated && (sort.default_field === undefined || sort.default_field === stated.field)) {
      if (!sort.fields.includes(stated.field)) sort.fields = [...sort.fields, stated.field];
      if (!sortParam || sort.default_field !== undefined) {
        sort.default_field = stated.field;
        sort.default_order = stated.dir;
      }
    }
    out.sort = sort;
  }
  if (!out.sort) {
    const first = firstOrder(feature, r.fields);
    if (first) out.sort = first;
  }
  // "page (from 1) and limit (default 10)": parameters named in prose are kept as named.
  const limitParam = spelled.find((p) => LIMIT_PARAMS.has(p)) ?? PROSE_LIMIT.exec(text)?.[1];
  const pageParam = spelled.find((p) => PAGE_PARAMS.has(p)) ?? (PROSE_PAGE.test(text) ? 'page' : undefined);
  const offsetParam = spelled.find((p) => OFFSET_PARAMS.has(p));
  // "the last 10 messages", "?limit=<n> keeps only the n newest": a count of the latest, not pages.
  if (readLatest(feature, r, out, spelled, asked.has('page') || !!pageParam || !!offsetParam)) return out;
  if (asked.has('page') || limitParam || pageParam || offsetParam) {
    const offsetStyle =
      offsetParam !== undefined || (limitParam === 'limit' && !pageParam) || /\boffset\b/.test(text);
    const response = readFeatureLiterals(feature).response;
    const items = response.find((f) => f.type === 'array')?.name ?? 'items';
    const total = response.find((f) => f.type === 'number' || f.type === 'integer')?.name ?? 'total';
    // "at most 10 per request": the cap is each answer's size, by default and at most.
    const cap = statedCap(text);
    const defaultLimit = cap ?? statedPageSize(feature, text);
    const page: ListPage = {
      style: offsetStyle ? 'offset' : 'page',
      limit_param: limitParam ?? (offsetStyle ? 'limit' : 'per_page'),
      offset_param: offsetStyle ? (offsetParam ?? 'offset') : (pageParam ?? 'page'),
      default_limit: defaultLimit,
      max_limit: cap ?? Math.max(100, defaultLimit),
      items,
      total,
    };
    out.page = page;
  }
  return out;
}

/** Whether a feature spells `GET <path>?name=…` for the list at `path`. */
function spellsOwnQuery(feature: string, path: string): boolean {
  const literals = readFeatureLiterals(feature);
  return literals.query.length > 0 && literals.routes.some((r) => r.method === 'GET' && r.path === path);
}

function merged(b: ListBehavior, more: Omit<ListBehavior, 'kind' | 'resource'>): ListBehavior {
  const filters = [...(b.filters ?? [])];
  for (const f of more.filters ?? []) {
    const same = (x: ListFilter) =>
      x.kind === f.kind &&
      (x.kind === 'text' ? x.param === (f as typeof x).param : x.field === (f as typeof x).field);
    if (!filters.some(same)) filters.push(f);
  }
  return {
    ...b,
    ...(filters.length > 0 ? { filters } : {}),
    ...((b.sort ?? more.sort) ? { sort: b.sort ?? more.sort } : {}),
    ...((b.page ?? more.page) ? { page: b.page ?? more.page } : {}),
    ...((b.newest_first ?? more.newest_first) ? { newest_first: true } : {}),
    ...((b.limit ?? more.limit) && !(b.page ?? more.page) ? { limit: b.limit ?? more.limit } : {}),
  };
}

/**
 * Gives every list endpoint the filters, sort and pages its features ask for, read against its resource's
 * fields now that every feature is designed; a list none of whose features asks keeps answering every record.
 */
export function settleListQueries(b: ContractBuilder): void {
  settleEventFilters(b);
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if (e.method !== 'GET' || (x.kind !== 'list' && x.kind !== 'search') || e.path.includes('{')) continue;
    const r = b.findResource(x.resource);
    // "GET /books?author=<name> returns only that author's books": a parameter spelled on the list's own route
    // asks for it (read against the fields below; one that is no field filters nothing and stays unrealised).
    const askers = e.features.filter((f) => asksListQuery(f) || spellsOwnQuery(f, e.path));
    if (!r || askers.length === 0) continue;
    let list: ListBehavior = { kind: 'list', resource: x.resource };
    if (x.kind === 'search') list.filters = [{ kind: 'text', param: x.query_param, fields: x.fields }];
    for (const feature of askers) list = merged(list, listOptionsFor(feature, r));
    if (list.filters === undefined && !list.sort && !list.page && !list.newest_first && !list.limit) continue;
    e.behavior = list;
    const written = [...new Set(askers.flatMap(optionWords))];
    e.summary = `${listQuerySummary(b.contract, list)}${written.length > 0 ? ` (written in the intent as: ${written.join(', ')})` : ''}`;
  }
}
