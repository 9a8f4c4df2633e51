import { ONCE, foldedSaid } from './ballot-words';

/*
 * Ways of voting that neither a poll's vote nor an upvote keeps, in six languages: ranked choice ("each voter ranks
 * the options; the winner by instant runoff"), weighted votes ("a manager's vote counts double"), votes refused
 * after a time ("votes after closes_at are refused", "bis zum Stichtag", "hasta la fecha límite"), and, for an
 * upvote, a rule per voter ("the same voter upvoting the same idea again gets 409", "cada persona vota una idea una
 * sola vez"), which no upvote keeps yet. A reader that meets one claims the feature and designs nothing for it, so
 * the gate refuses the intent: a plain vote or a close by hand would be a service doing something else.
 */

/** Ranked or weighted ballots, in the languages read (folded). */
const RANKED_OR_WEIGHTED = new RegExp(
  [
    '\\b(ranked choice|ranked ballots?|ranks? (?:the|all|all the|their|every|each) (?:options|choices|candidates)',
    'order of preference|runoff|preferential|borda|rangfolge|stichwahl|ordena las opciones',
    'segunda vuelta|classe les options|classent|second tour|ordina le opzioni|ballottaggio|ordena as opcoes',
    'segundo turno|weighted|gewichtet\\w*|ponderad[oa]s?|pondere\\w*|ponderat[oi]|points? (?:to|among|across)',
    '(?:counts?|zahlt|cuenta|compte|conta) (?:double|twice|triple|doppelt|doble|el doble|doppio|em dobro|en double))\\b',
  ].join('|'),
);

/** A vote refused after a time rather than after a close ("after closes_at", "past the deadline", "bis zum 1.5."). */
const BY_TIME = new RegExp(
  [
    '\\b(closes_at|close_at|closing_at|closes at|ends_at|ends at|deadline|expires?|expiry|expired|stichtag|frist',
    'ablauf\\w*|fecha limite|plazo|date limite|echeance|scadenza|scade|prazo|data limite|after \\d|nach \\d',
    'despues de las \\d|apres \\d|dopo le \\d|depois das \\d)\\b',
  ].join('|'),
);

/** Words of one voter's repeat of an upvote, beside a 409 or a once. */
const AGAIN =
  /\b(again|twice|zweimal|nochmal|erneut|otra vez|dos veces|de nouveau|deux fois|di nuovo|due volte|de novo|novamente|duas vezes)\b/;

/** Whether a vote or poll feature asks a ranked, weighted or timed vote, which no behaviour keeps. */
export function asksUnkeptVote(feature: string): boolean {
  const text = foldedSaid(feature).replace(/'/g, ' ');
  // "closes_at" keeps its underscore in the spelled form; the folded text writes it "closes at".
  return RANKED_OR_WEIGHTED.test(text) || BY_TIME.test(text) || /\bcloses?_at\b/i.test(feature);
}

/** Whether an upvote feature refuses a voter's second upvote ("only once per idea", "again gets 409"). */
export function upvotesOncePerVoter(feature: string): boolean {
  const text = foldedSaid(feature).replace(/'/g, ' ');
  return ONCE.test(text) || AGAIN.test(text) || /\b409\b/.test(text);
}

/**
 * A per-voter rule no upvote keeps even with its voters: a budget across records ("at most 3 upvotes in total"), a
 * vote per day, a repeat that takes the vote back ("liking it again removes the like") or that is ignored.
 */
const UNKEPT_PER_VOTER = new RegExp(
  [
    '\\b(in total|insgesamt|en total|au total|in totale|no total|at most \\d|hochstens|como maximo|au plus',
    'al massimo|no maximo|per day|a day|each day|daily|pro tag|por dia|al dia|par jour|al giorno|removes?',
    'takes? (?:it )?back|undo\\w*|toggle\\w*|unlike\\w*|entfernt|quita|retire|rimuove|remove|ignored|ignoriert',
    'ignorad[oa]|ignore|ignorat[oa])\\b',
  ].join('|'),
);

/** Whether an upvote feature asks a per-voter rule no upvote keeps (a budget, a vote per day, a repeat undone). */
export function asksUnkeptPerVoter(feature: string): boolean {
  return UNKEPT_PER_VOTER.test(foldedSaid(feature).replace(/'/g, ' '));
}

/** A body of one string field, as a spelled upvote names its voter (`{"voter": string}`). */
const SPELLED_VOTER = /\{\s*"([a-z][a-z0-9_]*)"\s*:\s*string\s*\}/i;

/** A second one of the same voter ("un secondo like", "el segundo voto", "a second like"). */
const SECOND = /\b(second|secondo|seconda|segundo|segunda|zweite[rs]?|deuxieme)\b/;

/** Words naming the voter as a user ("as a user", "der Benutzer", "el usuario", "l'utente"). */
const USER = /\b(users?|benutzer\w*|nutzer\w*|usuari[oa]s?|utilisateur\w*|utent[ei]|usuari[oa])\b/;

/**
 * The body field naming who upvotes, when the feature refuses a voter's repeat as a voter-keeping upvote does (409
 * or said once): the string field a spelled body names (`{"user": string}`), else `user` or `voter`. Null when the
 * feature asks a per-voter rule no upvote keeps (a budget, a vote per day, a repeat taken back or ignored).
 */
export function upvoteVoterField(feature: string): string | null {
  const text = foldedSaid(feature).replace(/'/g, ' ');
  if (asksUnkeptPerVoter(feature) || asksUnkeptVote(feature)) return null;
  const spelled = SPELLED_VOTER.exec(feature);
  if (spelled) return spelled[1].toLowerCase();
  return USER.test(text) ? 'user' : 'voter';
}

/** Voting or liking words of a spelled upvote (folded). */
const VOTED = /\b(vot\w*|upvot\w*|hochvot\w*|stimm\w*|lik\w*|curt\w*|piace|gusta|kudos)\b/;

/**
 * The string field a spelled upvote names its voter by (`with {"voter": string}`), when the feature votes or likes
 * and refuses a voter's repeat in words ("again", "only once", "un secondo like"); null otherwise.
 */
export function spelledVoterOf(feature: string): string | null {
  const text = foldedSaid(feature).replace(/'/g, ' ');
  if (!VOTED.test(text) || !(ONCE.test(text) || AGAIN.test(text) || SECOND.test(text))) return null;
  const spelled = SPELLED_VOTER.exec(feature);
  return spelled && upvoteVoterField(feature) !== null ? spelled[1].toLowerCase() : null;
}
