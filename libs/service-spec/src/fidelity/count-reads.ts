import type { SpecContract } from '../spec-contract';
import { sameTerm } from '../same-terms';

/*
 * A count a record holds, asked on its read: "each post shows how many likes it has", "sehen, wie viele Stimmen
 * sie hat", "ver cuántos votos tiene", "voir une idée avec son nombre de votes", "quanti mi piace ha ricevuto",
 * "com o número de curtidas". Only an action of the intent makes such a count (a like, a vote adds one): the
 * feature is realised by a read of records whose counter an `adjust` endpoint moves. A store of the counted
 * things as records of their own (`POST /likes` with a name) counts nothing, and a read of records no action
 * counts answers a number nobody keeps. A redirect that counts its visits moves a short link's clicks the same way.
 */

const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'");

/** The phrases of a count a record has, each with the counted noun (one or two words) as its first group. */
const COUNT_ASKED: RegExp[] = [
  /\bhow many ([a-z]+(?: [a-z]+)?) (?:it|they|he|she) (?:has|have|got|gets|received|has received|has got)\b/,
  /\bwie viele ([a-z]+) (?:sie|er|es) (?:hat|haben|bekommen hat|erhalten hat)\b/,
  /\bcuant[oa]s ([a-z]+(?: [a-z]+)?) (?:tiene|tienen|ha recibido)\b/,
  /\bcombien de ([a-z']+) (?:il|elle|ils|elles) (?:a|ont|a recu)\b/,
  /\bquant[ie] ([a-z]+(?: [a-z]+)?) (?:ha|hanno|ha ricevuto)\b/,
  /\bquant[oa]s ([a-z]+(?: [a-z]+)?) (?:tem|recebeu|tem recebido)\b/,
  /\b(?:with|and) (?:its|their) (?:current )?(?:number|count) of ([a-z]+)\b/,
  /\bmit (?:der|ihrer|seiner) (?:aktuellen )?anzahl (?:an |der )?([a-z]+)\b/,
  /\b(?:con|y) (?:su|sus) (?:numero|cantidad) de ([a-z]+)\b/,
  /\b(?:avec|et) (?:son|sa|leur) nombre de ([a-z']+)\b/,
  /\b(?:con|e) il (?:suo )?numero di ([a-z]+(?: [a-z]+)?)\b/,
  /\b(?:com|e) o (?:seu )?numero de ([a-z]+)\b/,
];

/** The counted noun of a feature that asks how many of something a record has (folded), or null. */
export function countedNoun(feature: string): string | null {
  const text = fold(feature);
  for (const re of COUNT_ASKED) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return null;
}

/** Words of the counts a like or a vote adds to, in the languages intents are written in (folded). */
const COUNT_WORDS = new Set(
  (
    'vote votes upvote upvotes vote_count votes_count stimme stimmen voto votos voti like likes like_count ' +
    "likes_count mi_piace mi piace me_gusta me gusta megusta curtida curtidas j'aime jaime"
  ).split(/\s+/),
);

/** Whether a field or resource name and a counted noun name the same count ("likes" and "mi piace"). */
export function sameCount(name: string, counted: string): boolean {
  const a = fold(name).replace(/-/g, '_');
  const b = fold(counted);
  if (sameTerm(a, b.replace(/ /g, '_'))) return true;
  if (CLICK_WORDS.has(a) && CLICK_WORDS.has(b)) return true;
  return COUNT_WORDS.has(a) && (COUNT_WORDS.has(b) || COUNT_WORDS.has(b.replace(/ /g, '_')));
}

/** Words of the visits a redirect counts (a short link's clicks), in the languages intents are written in. */
const CLICK_WORDS = new Set(
  'click clicks clic clics klick klicks clique cliques hit hits visit visits visita visitas visite besuche aufrufe'.split(
    ' ',
  ),
);

/**
 * What keeps a feature that asks how many of something a record has from being realised: a store of the counted
 * things as records of their own, or reads only of records whose count no action moves.
 */
export function countReadProblems(contract: SpecContract, feature: string): string[] {
  const counted = countedNoun(feature);
  if (counted === null) return [];
  const served = contract.endpoints.filter((e) => e.features.includes(feature));
  const kept = served.filter((e) => e.behavior.kind === 'create' && sameCount(e.behavior.resource, counted));
  if (kept.length > 0) {
    return [
      `it asks how many ${counted} a record has, but ${kept.map((e) => `${e.method} ${e.path}`).join(', ')} keeps ${counted} as records of their own, which count nothing`,
    ];
  }
  if (served.length === 0 || !served.every((e) => ['get', 'list', 'search'].includes(e.behavior.kind)))
    return [];
  const counters = contract.endpoints.flatMap((e) =>
    e.behavior.kind === 'adjust'
      ? [{ resource: e.behavior.resource, field: e.behavior.field }]
      : e.behavior.kind === 'redirect' && e.behavior.count_field !== undefined
        ? [{ resource: e.behavior.resource, field: e.behavior.count_field }]
        : [],
  );
  const reads = served.some((e) => {
    const b = e.behavior as { resource?: string };
    return counters.some((c) => c.resource === b.resource && sameCount(c.field, counted));
  });
  return reads
    ? []
    : [
        `it asks how many ${counted} a record has, but no read of its realisation answers a count that an action of the intent adds to`,
      ];
}
