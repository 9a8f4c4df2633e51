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
