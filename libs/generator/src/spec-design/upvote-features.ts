import { countedNoun, sameCount, sameTerm, type ResourceSpec } from '@sf/service-spec';
import { asSaid, wordList as w } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import { knownNoun, singular, words } from './lexicon';
import { quote } from './poll-features';
import { asksUnkeptPerVoter, asksUnkeptVote, upvoteVoterField, upvotesOncePerVoter } from './vote-limits';

/*
 * Upvotes ("upvote an idea; list ideas with the most votes first", "votar por una propuesta y listar las
 * propuestas por número de votos, de mayor a menor", "Vorschläge hochvoten"): a counter on each record that an
 * upvote adds one to (`adjust`, never below 0), and the records ranked by it, most first (`ranking`). A vote for
 * an option of a poll is a ballot (poll-features.ts), not an upvote.
 */

/** Verbs of an upvote, and the path segment each designs. */
// "upvotes" is the counter's name more often than a verb ("list them by upvotes").
const UPVOTE = new Set(w('upvote upvoted upvoting hochvoten hochgevotet'));
const VOTE_FOR = new Set(w('vote votar voter votare'));
/** "vote for", "votar por", "voter pour", "votare per", "votar num restaurante", "für eine Idee stimmen". */
const FOR = new Set(w('for por pour per num numa em no na fur'));
/** Portuguese "in" after "votar" ("votar num restaurante"), never after another verb ("a voter no longer …"). */
const PT_IN = new Set(w('num numa em no na'));
/** German votes for a record with "für" before it ("für eine Idee stimmen"). */
const VOTE_AFTER = new Set(w('stimmen abstimmen voten'));
/**
 * Verbs of a like ("like a post", "einen Beitrag liken", "liker une photo", "curtir uma foto"), and the second
 * word of the two-word ones ("mettere mi piace a", "dar me gusta a"), each before the record liked.
 */
const LIKE = new Set(w('like likes liken liker likear curtir'));
const LIKE_PAIRS: [string, string][] = [
  ['mi', 'piace'],
  ['me', 'gusta'],
];
/** Words before "like" that make it a comparison ("looks like a table"), not a like. */
const NOT_A_LIKE = new Set(w('look looks looked seem seems feel feels just something would d much more'));
/** The counted noun in the feature: the counter's name. */
const COUNTS = new Set(w('upvotes votes votos stimmen voti likes'));
/** Words of a poll: a vote there is a ballot. */
const BALLOT = new Set(
  w(`poll polls ballot ballots election elections option options candidate candidates umfrage umfragen option
    optionen encuesta encuestas opcion opciones sondage sondages sondaggio opzione opzioni enquete opcao opcoes
    once einmal vez fois volta closed results tally`),
);
/** Most first, in the languages read. */
const MOST_FIRST =
  /\b(most|meisten|mayor a menor|mas votad\w*|plus populaire|plus votee?s?|piu votat\w*|mais votad\w*|descending|absteigend)\b/;
/** Small counts written as words ("the top three", "die drei", "las tres", "les trois", "le tre", "os três"). */
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  w(`two:2 zwei:2 dos:2 deux:2 due:2 dois:2 duas:2 three:3 drei:3 tres:3 trois:3 tre:3 four:4 vier:4 cuatro:4
    quatre:4 quattro:4 quatro:4 five:5 funf:5 cinco:5 cinq:5 cinque:5 ten:10 zehn:10 diez:10 dix:10 dieci:10 dez:10`).map(
    (pair): [string, number] => [pair.split(':')[0], Number(pair.split(':')[1])],
  ),
);

/**
 * A count of the most upvoted asked for ("the top 3 ideas", "las 3 ideas más votadas", "les 5 idées les plus
 * votées", "die 3 beliebtesten"), the count first.
 */
const COUNT = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const TOP = new RegExp(
  `\\btop ${COUNT}\\b|\\b${COUNT} (?:\\w+ )?(?:(?:les|le|la|os|as) )?(?:mas votad\\w*|plus votee?s?|piu votat\\w*|` +
    `mais votad\\w*|most (?:voted|upvoted|liked|popular)|meistgew\\w*|beliebteste\\w*|mit den meisten|with the most)`,
);

/** The count a TOP match writes, in digits or words; 100 when none. */
function countOf(written: string | undefined): number {
  return written === undefined ? 100 : (NUMBER_WORDS[written] ?? Number(written));
}

/** Where the noun after a verb ends: a conjunction ("Vorschläge hochvoten und …"). */
const CONJUNCTIONS = new Set(w('and und y et e ed'));
const ARTICLES = new Set(
  w(
    'a an the one un una une uno el la le les los las l des ein eine einen die der das den o os as um uma il lo',
  ),
);

/**
 * The record upvoted: the noun after the verb (and "for"), else the one before it ("Vorschläge hochvoten"); of the
 * next words, one that names a record another feature made ("upvote a lunch place" beside "add a lunch place").
 */
function upvotedNoun(b: ContractBuilder, written: string[], at: number): string | null {
  let i = at + 1;
  if (FOR.has(written[i] ?? '')) i += 1;
  while (ARTICLES.has(written[i] ?? '')) i += 1;
  const made = written
    .slice(i, i + 3)
    .find((t) => b.contract.resources.some((r) => sameTerm(r.name, t) || sameTerm(r.plural, t)));
  if (made !== undefined) return made;
  // "Eine Idee hochvoten; jede Person …": the record named just before the verb, when another feature made it.
  const prior = written
    .slice(Math.max(0, at - 2), at)
    .find((t) => b.contract.resources.some((r) => sameTerm(r.name, t)));
  if (prior !== undefined) return prior;
  const after = written[i];
  if (after !== undefined && !COUNTS.has(after) && !CONJUNCTIONS.has(after) && !/^\d+$/.test(after))
    return after;
  const before = written.slice(0, at).filter((t) => !ARTICLES.has(t));
  return before.length > 0 ? before[before.length - 1] : null;
}

/** The resource a written noun names, among those designed (any inflection), else a new one. */
function resourceFor(b: ContractBuilder, noun: string): ResourceSpec {
  const name = knownNoun(noun) ?? singular(noun);
  const found = b.contract.resources.find((r) => sameTerm(r.name, name) || sameTerm(r.plural, noun));
  return found ?? b.resource(name);
}

/** The counter of `r` an upvote designed before, if any. */
function counterOf(b: ContractBuilder, r: ResourceSpec): string | undefined {
  const e = b.contract.endpoints.find((x) => x.behavior.kind === 'adjust' && x.behavior.resource === r.name);
  return e?.behavior.kind === 'adjust' ? e.behavior.field : undefined;
}

/** Whether the word at `i` is a like of a record: "like a post", "mettere mi piace a una pianta". */
function likes(written: string[], i: number): boolean {
  const next = written[i + 1] ?? '';
  if (!ARTICLES.has(next) && !FOR.has(next)) return false;
  if (LIKE.has(written[i])) return !NOT_A_LIKE.has(written[i - 1] ?? '');
  return LIKE_PAIRS.some(([first, second]) => written[i] === second && written[i - 1] === first);
}

/** Where the verb of an upvote or a like is in the written words, else -1. */
function upvoteAt(written: string[]): number {
  return written.findIndex(
    (t, i) =>
      UPVOTE.has(t) ||
      (VOTE_FOR.has(t) && FOR.has(written[i + 1] ?? '') && (t === 'votar' || !PT_IN.has(written[i + 1]))) ||
      (t === 'fur' && written.slice(i + 2, i + 5).some((x) => VOTE_AFTER.has(x))) ||
      likes(written, i),
  );
}

/** Designs the upvote and the ranking by upvotes a feature asks for; false when it asks neither. */
export function realiseUpvotes(b: ContractBuilder, feature: string): boolean {
  const written = words(feature);
  const at = upvoteAt(written);
  const polled = written.some(
    (t) => BALLOT.has(t) && !['once', 'einmal', 'vez', 'fois', 'volta'].includes(t),
  );
  // "the same voter again gets 409" keeps its voters; "a manager's vote counts double", "at most 3 upvotes in
  // total": no upvote keeps them, so the feature is claimed and left unrealised (vote-limits.ts).
  const voter = at >= 0 && !polled && upvotesOncePerVoter(feature) ? upvoteVoterField(feature) : undefined;
  if (at >= 0 && !polled && (voter === null || asksUnkeptVote(feature) || asksUnkeptPerVoter(feature)))
    return true;
  if (polled || (voter === undefined && written.some((t) => BALLOT.has(t)))) return false;
  const liking = at >= 0 && likes(written, at);
  const counted = written.find((t) => COUNTS.has(t));
  // "the top 3 ideas", "las 3 ideas más votadas": the upvoted records named, most first, as many as written.
  const top = TOP.exec(written.join(' '));
  const ranked =
    (counted !== undefined || top !== null) && (MOST_FIRST.test(written.join(' ')) || top !== null);
  let r: ResourceSpec | null = null;
  if (at >= 0) {
    const noun = upvotedNoun(b, written, at);
    if (noun === null) return false;
    r = resourceFor(b, noun);
    // The counter is named as the intent counts it ("list ideas sorted by votes" beside "upvote an idea").
    const named = b.contract.service.features.flatMap((f) => words(f)).find((t) => COUNTS.has(t));
    const field =
      counterOf(b, r) ??
      counted ??
      named ??
      (liking ? 'likes' : UPVOTE.has(written[at]) ? 'upvotes' : 'votes');
    b.ensureField(r.name, {
      name: field,
      type: 'integer',
      required: false,
      description: `How many times the ${r.name.replace(/-/g, ' ')} was ${liking ? 'liked' : 'upvoted'} (written in the intent as: ${written[at]})`,
      example: 0,
      default: 0,
      minimum: 0,
    });
    b.ensureCreate(r.name, null);
    // The summary quotes the feature, so the SPEC carries its own words ("cada voto suma uno").
    quote(
      b.endpoint(
        'POST',
        `${b.collectionPath(r.name)}/{id}/${liking ? 'like' : UPVOTE.has(written[at]) ? 'upvote' : 'vote'}`,
        {
          kind: 'adjust',
          resource: r.name,
          param: 'id',
          field,
          amount_field: 'amount',
          amount_default: 1,
          ...(voter ? { voter_field: voter } : {}),
        },
        feature,
      ),
      feature,
    );
  } else if (ranked) {
    // "Ver las 3 propuestas más votadas" designed before "Votar por una propuesta": that upvote first.
    const other = b.contract.service.features.find((f) => f !== feature && upvoteAt(words(f)) >= 0);
    if (!b.contract.resources.some((x) => counterOf(b, x) !== undefined) && other !== undefined)
      realiseUpvotes(b, other);
    // "List the ideas by upvotes, most first": the records whose counter an upvote feature designed.
    const counting = b.contract.resources.filter((x) => {
      const field = counterOf(b, x);
      return field !== undefined && (field === counted || COUNTS.has(field) || counted === undefined);
    });
    // Without a count word ("the top 3 ideas") the records are the ones the feature names.
    const named = counting.filter((x) => written.some((t) => sameTerm(t, x.name) || sameTerm(t, x.plural)));
    // "le tre idee più votate" beside the one record an upvote counts: that record, however its plural is written.
    const only = named.length === 0 && top !== null && counting.length === 1 ? counting[0] : null;
    r = (counted === undefined ? (named.length === 1 ? named[0] : only) : counting[0]) ?? null;
  }
  if (r === null) return false;
  const field = counterOf(b, r);
  if (ranked && field !== undefined) {
    const ranking = b.endpoint(
      'GET',
      `${b.collectionPath(r.name)}/top`,
      {
        kind: 'ranking',
        resource: r.name,
        score_field: field,
        order: 'desc',
        count_param: 'limit',
        default_count: Math.min(Math.max(countOf(top?.[1] ?? top?.[2]), 1), 100),
        max_count: 100,
        wrap: 'items',
      },
      feature,
    );
    quote(ranking, feature);
  }
  return true;
}

/** Words of a read of every record ("each post shows …", "ogni pianta mostra …", "list the ideas with …"). */
const EVERY = new Set(
  w('each every all list jede jeder jedes alle cada todas todos chaque tous toutes ogni tutti tutte'),
);

/**
 * A read that answers how many likes or votes a record has ("each post shows how many likes it has", "eine Idee
 * ansehen und sehen, wie viele Stimmen sie hat"): the record's own read, whose counter a like or a vote designed
 * before adds to (a list too when it speaks of every record). False when no action of the intent counts what it
 * asks: then nothing can be counted, and the feature is left to the gate.
 */
export function realiseCountRead(b: ContractBuilder, feature: string): boolean {
  const counted = countedNoun(feature);
  if (counted === null) return false;
  const written = words(feature);
  const counters = b.contract.endpoints.flatMap((e) =>
    e.behavior.kind === 'adjust' && sameCount(e.behavior.field, counted) ? [e.behavior] : [],
  );
  const named = counters.filter((c) => written.some((t) => sameTerm(t, c.resource)));
  const counter = named.length === 1 ? named[0] : counters.length === 1 ? counters[0] : undefined;
  if (counter === undefined) return false;
  const resource = counter.resource;
  const found = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'get' && e.behavior.resource === resource,
  );
  const get =
    found ??
    b.endpoint('GET', `${b.collectionPath(resource)}/{id}`, { kind: 'get', resource, param: 'id' }, feature);
  if (!get.features.includes(feature)) get.features.push(feature);
  const reads = [get];
  if (written.some((t) => EVERY.has(t)))
    reads.push(b.endpoint('GET', b.collectionPath(resource), { kind: 'list', resource }, feature));
  // The summary says which count it answers, in the feature's own words.
  const action = b.contract.endpoints.find((e) => e.behavior === counter);
  const by = action ? ` by ${action.method} ${action.path}` : '';
  const said = `Each ${resource.replace(/-/g, ' ')} answers ${counter.field}: how many times it was counted${by} (0 for a new one). In the intent's words: "${asSaid(feature)}".`;
  for (const e of reads) if (!e.summary.includes(said)) e.summary = `${e.summary} ${said}`;
  return true;
}
