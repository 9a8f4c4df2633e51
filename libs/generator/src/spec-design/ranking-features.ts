import {
  ownerBestWords,
  readFeatureLiterals,
  type RankingBehavior,
  type ResourceSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold, singular, words } from './lexicon';
import { listBeforeRanking } from './list-query-design';
import { lookupOwner, rankingRow, writtenOwner } from './ranking-rows';
import { asSaid } from '../catalog/feature-words';
import { countsInDigits, countWord, looksUpOne, ranksByFigure } from './board-words';

/*
 * Ranking features: "GET /top?n=10 returns the n best players by best score, highest first", "show the 5
 * cheapest products by price", "die 10 besten Spieler nach Punkten", "los 3 mejores jugadores por puntos",
 * "les 10 meilleurs joueurs par score". Records ranked by a number field, optionally best per owner.
 */

const RANK_WORDS = new Set(
  `top best highest lowest cheapest fewest smallest largest biggest ranking ranked rank leaderboard
   bestenliste rangliste beste besten hochste hochsten niedrigste mejores mejor ranking clasificacion mayores
   menores meilleurs meilleures classement plus descending ascending sorted absteigend aufsteigend sortiert
   descendente ascendente ordenados decroissant croissant tries expensive priciest teuerste teuersten caros
   caras chers cheres heaviest lightest cheap billigste billigsten baratos baratas fastest quickest
   schnellste schnellsten rapido rapidos rapida rapidas rapide rapides classifica migliore migliori miglior
   classificacao melhor melhores`.split(/\s+/),
);
const ASCENDING = new Set(
  `lowest cheapest fewest smallest ascending asc niedrigste niedrigsten billigste billigsten menores baratos
   croissant moins least lightest fastest quickest schnellste schnellsten rapido rapidos rapida rapidas rapide
   rapides`.split(/\s+/),
);
const BEST = new Set(
  'best highest top bester besten beste mejor mejores meilleur meilleurs meilleure miglior migliore migliori melhor melhores'.split(
    ' ',
  ),
);

/** Only an owner's best counts: "only keep each player's best time", "le meilleur score par joueur" (the gate's reader). */
export function ownerBest(feature: string): boolean {
  return ownerBestWords(feature) !== null;
}

/**
 * Whether a feature only says that an owner's best counts ("only a player's best score counts, not the latest
 * one"), asking for no list of its own (no route, no count): it holds on the ranking another feature asks for.
 */
export function onlyOwnerBest(feature: string): boolean {
  return ownerBest(feature) && !/\d/.test(feature) && !/\b(GET|POST)\s+\//.test(feature);
}

/**
 * Whether a ranking feature is designed as a ranking rather than as a list query ("per player" beside an owner's
 * best names whose best counts, not a filter).
 */
export function ranksBeforeList(feature: string): boolean {
  return readsAsRanking(feature) && (!listBeforeRanking(feature) || ownerBest(feature));
}

/** True when the feature asks for records ranked (a rank word and a number to rank by, or an owner's best). */
export function readsAsRanking(feature: string): boolean {
  const w = words(feature);
  if (ownerBest(feature)) return true;
  // "the top three players": a count written as a word counts as one written in digits.
  const counted = w.some((x) => /^\d+$/.test(x)) || countWord(feature) !== undefined;
  return w.some((x) => RANK_WORDS.has(x)) && (/\bGET\s+\//.test(feature) || counted);
}

function mentioned(feature: string, name: string): boolean {
  const w = words(feature);
  return name.split('_').every((part) => w.some((x) => sameNoun(x, part)));
}

/** One noun in two numbers: "players"/"player", "jugadores"/"jugador", "giocatori"/"giocatore". */
function sameNoun(written: string, name: string): boolean {
  if (singular(written) === singular(name)) return true;
  if (written.length > 5 && written === `${name}es`) return true;
  // Italian plurals end in -i where the singular ends in -e or -o.
  return (
    written.length > 5 &&
    /i$/.test(written) &&
    /[eo]$/.test(name) &&
    written.slice(0, -1) === name.slice(0, -1)
  );
}

/** Field names of a time or duration, where the best is the lowest. */
const TIME_LIKE =
  /time|duration|seconds|secs|millis|ms$|latency|zeit|dauer|tiempo|duracion|temps|duree|tempo|tempi/;

/** Adjectives that rank by a field they do not name ("the 5 most expensive"), and the fields they mean. */
const MEANT: [RegExp, RegExp][] = [
  [
    /^(expensive|priciest|cheap|cheapest|teuerste|teuersten|billigste|billigsten|caros|caras|baratos|baratas|chers|cheres)$/,
    /^(price|cost|preis|precio|prix|preco|prezzo|amount|betrag|importe|montant)$/,
  ],
  [/^(heaviest|lightest)$/, /^(weight|gewicht|peso|poids)$/],
  // "each runner's quickest run": the quickest is the lowest of the records' one time field.
  [/^(fastest|quickest|slowest|schnellste[nrs]?|rapid[oa]s?|rapides?|veloc[ei])$/, TIME_LIKE],
];

/** A descending order written out, not implied by "best". */
const EXPLICIT_DOWN =
  /\b(highest|largest|biggest|longest|most|descending|absteigend|descendente|d[eé]croissant)\b/i;

/** Names of a score (the resource or its field): more is better. */
const SCORE_NAME =
  /^(score|scores|points|punkte|punktzahl|puntos|puntaje|puntuacion|pontos|pontuacao|punti|punteggio)$/;

/** The resource and number field to rank by: a resource whose number field the feature names, or means. */
function target(b: ContractBuilder, feature: string): { r: ResourceSpec; score: string } | null {
  const isNumber = (f: ResourceSpec['fields'][number]) => f.type === 'number' || f.type === 'integer';
  for (const r of b.contract.resources) {
    const numbers = r.fields.filter((f) => isNumber(f) && mentioned(feature, f.name));
    if (numbers.length === 1) return { r, score: numbers[0].name };
  }
  const w = words(feature);
  for (const [adjective, field] of MEANT) {
    if (!w.some((x) => adjective.test(x))) continue;
    // The records named in the feature, else the one resource that has such a field (another language's noun).
    const fits = b.contract.resources.flatMap((r) => {
      const meant = r.fields.filter((f) => isNumber(f) && field.test(f.name));
      return meant.length === 1 ? [{ r, score: meant[0].name }] : [];
    });
    const named = fits.filter(({ r }) => w.map(singular).includes(singular(r.plural)) || w.includes(r.name));
    if (named.length === 1) return named[0];
    if (named.length === 0 && fits.length === 1) return fits[0];
  }
  // Scores the feature names ("the N best scores", `GET /scores/top`) rank by their one number field, higher
  // first; a number that is not a score (a race time) is not ranked on a guess.
  const named = b.contract.resources.filter(
    (r) => w.map(singular).includes(singular(r.plural)) || w.includes(r.name),
  );
  const numbers = named.length === 1 ? named[0].fields.filter(isNumber) : [];
  const scores = numbers.length === 1 && [named[0].name, numbers[0].name].some((n) => SCORE_NAME.test(n));
  if (scores) return { r: named[0], score: numbers[0].name };
  // `GET /top → {"top": [{"player": string, "best": integer}]}`: the records whose owner the entries name beside
  // a best, ranked by their one number field.
  const literals = readFeatureLiterals(feature);
  const arrays = literals.response.filter((f) => f.type === 'array');
  const entries = arrays.length === 1 ? (arrays[0].items ?? []) : literals.response;
  const owning = b.contract.resources.filter(
    (r) => r.fields.filter(isNumber).length === 1 && writtenOwner(entries, r) !== undefined,
  );
  if (owning.length === 1) return { r: owning[0], score: owning[0].fields.filter(isNumber)[0].name };
  // "the top 3 players, highest first" beside scores kept per player: the records whose owner is ranked, by their one
  // number.
  const ranked = b.contract.resources.filter(
    (r) =>
      r.fields.filter(isNumber).length === 1 &&
      rankedOwner(
        feature,
        r.fields.filter((f) => f.type === 'string'),
      ) !== undefined,
  );
  return ranked.length === 1 ? { r: ranked[0], score: ranked[0].fields.filter(isNumber)[0].name } : null;
}

/** The owner whose best record alone counts: a text field named in the feature, with "best score" or "per owner". */
function bestPer(feature: string, r: ResourceSpec, score: string): string | undefined {
  // "the n highest scores" beside a shape naming `player` ranks every score: the owner must be named in the prose
  // ("the n best players by best score") unless the feature says outright that only an owner's best counts.
  const owns = ownerBest(feature);
  const said = owns ? feature : prose(feature);
  const w = words(said);
  const bestScore = w.some(
    (x, i) => BEST.has(x) && singular(w[i + 1] ?? '') === singular(score.split('_')[0]),
  );
  const texts = r.fields.filter((f) => f.type === 'string' && f.name !== score);
  // "the top 3 players by score", "the 5 fastest runners": owners ranked stand once each, with their best.
  const ranked = rankedOwner(feature, texts);
  if (!bestScore && !owns && ranked === undefined) return undefined;
  if (!bestScore && !owns) return ranked;
  // "a player's best" names `player_name` by its first word when no other text field starts so.
  const named = texts.find((f) => mentioned(said, f.name));
  const first = texts.filter((f) => mentioned(said, f.name.split('_')[0]));
  if (named || first.length === 1) return named?.name ?? first[0].name;
  // "each runner's quickest run" of runs kept with a name: the one name of a record is its owner's.
  const names = texts.filter((f) => /^(name|nombre|nom|nome)$/.test(f.name));
  return owns && texts.length === 1 && names.length === 1 ? names[0].name : undefined;
}

/** Words between a count or rank word and the noun it ranks ("the top 3 players", "die 3 besten Spieler"). */
const RANKED_OWNER =
  /\b(?:top|best|leading|fastest|quickest|highest|\d+)\s+(?:(?:\d+|best|leading|fastest|quickest|highest|besten|schnellsten|mejores|meilleurs|meilleures|migliori|melhores|mas rapidos|plus rapides)\s+)?([a-z]+)/g;

/**
 * The owner field a ranking's counted noun names ("the top 3 players", "the 5 fastest runners", "los 3 mejores
 * jugadores"): each owner is ranked once, by their best record. Undefined when the noun ranked is no owner's.
 */
function rankedOwner(feature: string, texts: ResourceSpec['fields']): string | undefined {
  const text = countsInDigits(fold(prose(feature)).toLowerCase());
  for (const m of text.matchAll(RANKED_OWNER)) {
    const owner = texts.find((f) => sameNoun(m[1], f.name));
    if (owner) return owner.name;
  }
  return undefined;
}

/** Words of an owner never seen, in six languages: the lookup answers 404 for one. */
const UNKNOWN_OWNER =
  /\b404\b|\b(?:unknown|never seen|unbekannt\w*|nie gesehen\w*|desconocid\w*|inconnu\w*|sconosciut\w*|mai vist\w*|desconhecid\w*|nunca vist\w*)\b/;
/** Words of a board of many owners: such a feature lists them, it looks up no one. */
const BOARD_WORDS =
  /\b(?:leaderboard|ranking|rankings|board|top|list|rangliste|bestenliste|tabelle|clasificacion|ranking|classement|classifica|graduatoria|classificacao|lista|liste|primi|primeros|premiers|primeiros|first)\b/;

/**
 * The owner whose best a free-text feature looks up: one owner's best said with an owner never seen answered 404
 * ("Il miglior punteggio di un giocatore …; per un giocatore mai visto: 404"), and no board of many. Undefined
 * otherwise.
 */
function askedOwner(feature: string, r: ResourceSpec, score: string): string | undefined {
  const text = fold(feature);
  if (!ownerBest(feature) || !UNKNOWN_OWNER.test(text) || BOARD_WORDS.test(text)) return undefined;
  return bestPer(feature, r, score);
}

/** A feature's words without its routes and JSON shapes. */
function prose(feature: string): string {
  let text = feature.replace(/\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/g, ' ');
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/\{[^{}]*\}|\[[^[\]]*\]/g, ' ');
  }
  return text;
}

/** A last path segment naming an owner's best (`/players/{player}/best`, `/spieler/{name}/bestwert`). */
const BEST_SEGMENT =
  /(?<=\})\/(?:best|best-score|best-time|highscore|high-score|record|personal-best|pb|bestwert|bestzeit|rekord|mejor|mejor-tiempo|meilleur|meilleur-temps|migliore|miglior-tempo|melhor|melhor-tempo)$/;

/**
 * An answer written as a bare array of entries: "JSON array of {…}", "an array [{…}]", "-> [{…}]", "devuelve [{…}]",
 * "restituisce [{…}]", "renvoie [{…}]".
 */
const BARE_ARRAY =
  /\b(?:json\s+)?(?:array|arreglo|tableau|liste|lista)\b(?:\s+(?:of|von|de|di|des))?\s*(?:\[\s*)?\{|(?:->|→|returns|answers|liefert|gibt|devuelve|responde|renvoie|retourne|restituisce|risponde|devolve|retorna)\s*(?:200\s*,?\s*)?\[\s*\{/i;

/** Realises a ranking feature on an existing resource; false when it is none or names nothing to rank. */
export function realiseRanking(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  if (!readsAsRanking(feature)) return false;
  if (r.literal && r.literal.method !== 'GET') return false;
  const found = target(b, feature);
  // "by the total of all their points", "the highest average score": a figure over each one's records, no best.
  if (!found || ranksByFigure(feature, found.score)) return false;
  // One owner's best looked up with no answer for an owner never seen: no board, and no lookup guessed.
  if (!r.literal && looksUpOne(feature) && askedOwner(feature, found.r, found.score) === undefined)
    return false;
  // "the N best lap times": best is the lowest of a time, the highest of a score; a time ranked without a
  // direction written out is not guessed.
  // The best of a time is its lowest ("each player's best time"): lower is better where "best" names a time.
  // Only where an owner's best is kept: "the N best lap times" alone stays unguessed (the gate reads it highest first).
  const ascending = rankAscending(feature, found.score);
  if (!ascending && !EXPLICIT_DOWN.test(feature) && TIME_LIKE.test(found.score)) return false;
  // "Only a player's best score counts": the ranking another feature designed of those scores keeps each owner's
  // best, in the order it ranks them (one that ranks the other way is not this feature's).
  if (!r.literal && onlyOwnerBest(feature)) {
    const held = heldRanking(b, feature, found, ascending);
    if (held !== null) return held;
  }
  const literals = readFeatureLiterals(feature);
  // "Il miglior punteggio di un giocatore …; per un giocatore mai visto: 404": one owner's best, looked up by the
  // owner at `/…/{owner}/best`.
  const asked = r.literal ? undefined : askedOwner(feature, found.r, found.score);
  const path = r.literal?.path ?? (asked ? `/${found.r.plural}/{${asked}}/best` : undefined);
  // `GET /players/{player}` (or `…/{player}/best`) → one player's row of the board: their best, and what else
  // the answer writes.
  const ownerPath = path?.replace(BEST_SEGMENT, '');
  const lookup = ownerPath && /\}$/.test(ownerPath) ? lookupOwner(ownerPath, found.r) : null;
  if (ownerPath && /\}$/.test(ownerPath) && lookup === null) return false;
  const arrays = literals.response.filter((f) => f.type === 'array');
  // "-> JSON array of {"name": string, …}", "-> [{…}]": the entries answered as a bare array.
  const bare = !lookup && arrays.length === 0 && literals.response.length > 0 && BARE_ARRAY.test(feature);
  if (!lookup && !bare && literals.response.length > 0 && arrays.length !== 1) return false;
  if (literals.query.length > 1 || (lookup && literals.query.length > 0)) return false;
  // A lookup answering the record's own fields answers the best record's as a row.
  const shape = lookup || bare ? literals.response : (arrays[0]?.items ?? []);
  const owner = lookup?.owner ?? bestPer(feature, found.r, found.score) ?? writtenOwner(shape, found.r);
  const read = rankingRow(shape, found.r, found.score, owner);
  const row = lookup && read === undefined ? { best: found.score } : read;
  if (row === null || (lookup && literals.response.length === 0 && asked === undefined)) return false;
  const countParam = literals.query[0] ?? 'limit';
  const written =
    new RegExp(`[?&]${countParam}=(\\d+)`).exec(feature)?.[1] ??
    /\b(\d+)\b/.exec(feature.replace(/\b(GET|POST)\s+\/\S*/g, ''))?.[1] ??
    countWord(prose(feature));
  const defaultCount = lookup ? 10 : Math.min(Math.max(Number(written ?? 10), 1), 100);
  const behavior: RankingBehavior = {
    kind: 'ranking',
    resource: found.r.name,
    score_field: found.score,
    order: ascending ? 'asc' : 'desc',
    ...(owner ? { best_per: owner } : {}),
    count_param: countParam,
    default_count: defaultCount,
    max_count: Math.max(100, defaultCount),
    ...(bare ? {} : { wrap: arrays[0]?.name ?? 'items' }),
    ...(row ? { row } : {}),
    ...(lookup ? { owner_param: lookup.param } : {}),
  };
  const e = b.endpoint('GET', path ?? `/${found.r.plural}/top`, behavior, feature);
  // "the 3 cheapest", "los 3 más baratos": the words that chose the field go with the summary.
  const said = ownerBestWords(feature);
  if (behavior.best_per && said && !e.summary.includes(said)) {
    e.summary = `${e.summary} Only each ${behavior.best_per.replace(/_/g, ' ')}'s best ${found.score.replace(/_/g, ' ')} counts (written in the intent as: ${asSaid(feature)}).`;
  }
  const meant = words(feature).filter((x) => MEANT.some(([adjective]) => adjective.test(x)));
  if (meant.length > 0 && !mentioned(feature, found.score)) {
    e.summary = `${e.summary} (written in the intent as: ${meant.join(', ')})`;
  }
  return true;
}

/** Whether a feature ranks `score` lowest first: the best of a time where an owner's best is kept, or "fastest". */
function rankAscending(feature: string, score: string): boolean {
  const bestTime = TIME_LIKE.test(score) && ownerBest(feature) && words(feature).some((x) => BEST.has(x));
  return bestTime || words(feature).some((x) => ASCENDING.has(x));
}

/**
 * Holds "only a player's best counts" ("a worse run does not lower it", "lower is better: a driver's best is their
 * fastest lap") on the one ranking another feature designed, before any other reading takes its words ("not the
 * sum" is no sum). False when the feature says more, or there is no such ranking of the same direction.
 */
export function holdOwnerBest(b: ContractBuilder, feature: string): boolean {
  // "look up a player's best score: the best round counts" asks for an answer of its own, no rule on the board.
  if (!onlyOwnerBest(feature) || looksUpOne(feature) || /\bGET\s+\//.test(feature)) return false;
  const boards = b.contract.endpoints.flatMap((e) =>
    e.behavior.kind === 'ranking' && e.behavior.owner_param === undefined ? [e.behavior] : [],
  );
  const only =
    boards.length === 1 ? b.contract.resources.find((r) => r.name === boards[0].resource) : undefined;
  const found = target(b, feature) ?? (only ? { r: only, score: boards[0].score_field } : null);
  if (found === null || ranksByFigure(feature, found.score)) return false;
  return heldRanking(b, feature, found, rankAscending(feature, found.score)) === true;
}

/**
 * Claims the ranking of `found`'s records another feature designed for a feature saying only that an owner's best
 * counts: true when claimed (its owner set), false when the ranking counts another owner or ranks the other way, null
 * when there is none yet.
 */
function heldRanking(
  b: ContractBuilder,
  feature: string,
  found: { r: ResourceSpec; score: string },
  ascending: boolean,
): boolean | null {
  const e = b.contract.endpoints.find(
    (x) =>
      x.behavior.kind === 'ranking' &&
      x.behavior.resource === found.r.name &&
      x.behavior.score_field === found.score &&
      x.behavior.owner_param === undefined,
  );
  if (e === undefined || e.behavior.kind !== 'ranking') return null;
  const owner = bestPer(feature, found.r, found.score);
  const ranking = e.behavior;
  if (owner === undefined || (ranking.best_per !== undefined && ranking.best_per !== owner)) return false;
  if ((ranking.order === 'asc') !== ascending) return false;
  ranking.best_per = owner;
  if (!e.features.includes(feature)) e.features.push(feature);
  const said = ` Only each ${owner.replace(/_/g, ' ')}'s best ${found.score.replace(/_/g, ' ')} counts (written in the intent as: ${asSaid(feature)}).`;
  if (!e.summary.includes(said)) e.summary += said;
  return true;
}

/**
 * Moves the example of every ranked field off the ends of what it accepts ("integer > 0" gives 1): records other
 * checks make from examples would otherwise hold the best (or worst) score a ranking's worked example needs.
 */
export function settleRankingExamples(b: ContractBuilder): void {
  for (const e of b.contract.endpoints) {
    const ranking = e.behavior;
    if (ranking.kind !== 'ranking') continue;
    const f = b.contract.resources
      .find((x) => x.name === ranking.resource)
      ?.fields.find((x) => x.name === ranking.score_field);
    if (!f || typeof f.example !== 'number') continue;
    const lo = f.minimum ?? (f.exclusive_minimum === undefined ? undefined : f.exclusive_minimum + 1);
    const hi = f.maximum ?? (f.exclusive_maximum === undefined ? undefined : f.exclusive_maximum - 1);
    const near = (end: number | undefined) => end !== undefined && Math.abs(Number(f.example) - end) <= 100;
    if (!near(lo) && !near(hi)) continue;
    if (lo !== undefined && hi !== undefined) f.example = Math.round((lo + hi) / 2);
    else if (lo !== undefined) f.example = lo + 1000;
    else if (hi !== undefined) f.example = hi - 1000;
  }
}
