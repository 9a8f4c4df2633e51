import type { EndpointSpec } from '../spec-contract';

/*
 * Polls, ballots and tallies. Votes stored as plain records count nothing and refuse nothing, so a feature that
 * casts votes in a poll is realised only by a `vote` endpoint, with a voter when it says each one votes once, and
 * refusing a closed poll when it says so; a feature asking for the results only by a `tally`, ordered when it asks
 * for the most votes first. Upvotes (a counter on a record) are not ballots.
 */

/** A poll, a ballot or an election, or its options, in the languages intents are written in (folded). */
const POLL =
  /\b(polls?|ballots?|elections?|umfragen?|abstimmung(en)?|wahl(en)?|encuestas?|votacion(es)?|eleccion(es)?|sondages?|scrutins?|sondaggi|sondaggio|votazion[ei]|elezion[ei]|enquetes?|votacao|eleicao|options?|optionen|opciones|opcion|opzion[ei]|opcoes|opcao|candidat\w*|kandidat\w*|choices?)\b/i;
/** Casting a vote (never an upvote or a rating). */
const VOTING =
  /\b(vote[sd]?|voting|cast|abstimm\w*|abgestimmt|stimmen|stimmt|votar|vota|votan|voto|voter|votent|votare|votano)\b/i;
/** Words that make vote words a rate, an average or a counter on a record. */
const NOT_BALLOTS =
  /\b(upvot\w*|hochvot\w*|average|mean|media|moyenne|durchschnitt\w*|per (minute|hour|second)|pro (minute|stunde)|por minuto|par minute|rate limit|ratings?)\b/i;
/** Each voter votes once. */
const ONCE =
  /\b(once|einmal|una (sola )?vez|une (seule )?fois|qu.une fois|una (sola )?volta|uma (unica )?vez|second vote|segundo voto|zweite stimme)\b/i;
/** A closed poll, or votes taken only while it is open ("while the poll is open", "tant que le sondage est ouvert"). */
const CLOSED =
  /\b(closed|geschlossen\w*|beendet\w*|cerrad[ao]s?|fermee?s?|cloturee?s?|clos|chius[ao]|fechad[ao]|encerrad[ao]s?)\b|\b(while|as long as|solange|mientras|tant que|finche|enquanto)\b(?:\s+\w+){0,4}\s+(open|offen|abiert[ao]|ouverte?|apert[ao]|abert[ao])\b/i;
/** The results of a poll. */
const RESULTS =
  /\b(results?|tally|tallies|ergebnis\w*|conteo|recuento|resultados?|resultats?|decompte|risultati|count(s|ed)? per)\b/i;
/** Most votes first. */
const MOST_FIRST =
  /\b(most|highest)(\s+\w+)?\s+first\b|\bdescending\b|\bde mayor a menor\b|\bdu plus \w+ au moins\b|\bdie meisten zuerst\b|\babsteigend\b/i;

/** A voter's repeat refused ("the same voter again gets 409", "wer zweimal … stimmt, bekommt 409"). */
const AGAIN_REFUSED =
  /\b(again|twice|zweimal|nochmal|erneut|otra vez|dos veces|de nouveau|deux fois|di nuovo|due volte|secondo|seconda|de novo|novamente|duas vezes|second|zweite[rs]?)\b[^.;]*\b409\b|\b409\b[^.;]*\b(again|twice|zweimal|otra vez|de nouveau|di nuovo|de novo)\b/i;

/** An upvote, a like or kudos: a counter on a record each voter adds to. */
const UPVOTING = /\b(upvot\w*|hochvot\w*|lik(e|es|ed|en|er|ear)|curt\w*|kudos|piace|gusta)\b/i;

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'");

/** Whether a feature is about ballots in a poll (not upvotes, ratings or a request rate). */
export function asksBallots(feature: string): boolean {
  const text = fold(feature);
  return POLL.test(text) && (VOTING.test(text) || RESULTS.test(text)) && !NOT_BALLOTS.test(text);
}

/**
 * What a ballot feature asks that its realisation does not do: votes cast by a `vote` endpoint (a voter field
 * when each votes once, a closed poll refused when it says so), results counted by a `tally` (most first when
 * asked). Empty for features about something else. `all` (the contract's endpoints) holds the vote a close
 * endpoint of the feature hands its refusal to.
 */
export function ballotProblems(
  feature: string,
  endpoints: EndpointSpec[],
  all: EndpointSpec[] = endpoints,
): string[] {
  if (endpoints.length === 0) return [];
  const text = fold(feature);
  // An upvote or a like each voter gives once is realised only by an adjust that knows who votes.
  const adjusts = endpoints.flatMap((e) => (e.behavior?.kind === 'adjust' ? [e.behavior] : []));
  if (
    adjusts.length > 0 &&
    (VOTING.test(text) || UPVOTING.test(text)) &&
    (ONCE.test(text) || AGAIN_REFUSED.test(text)) &&
    !adjusts.some((a) => a.voter_field)
  )
    return ['each voter counts once, but no upvote endpoint of its realisation knows who votes'];
  if (!asksBallots(feature)) return [];
  // "Close a poll; no votes after": the close realises it with the vote of the same records that refuses then.
  const closes = endpoints.flatMap((e) => (e.behavior?.kind === 'reserve' ? [e.behavior] : []));
  const refusing = all.flatMap((e) => {
    const b = e.behavior;
    return b?.kind === 'vote' && closes.some((c) => c.resource === b.resource && c.field === b.closed_field)
      ? [b]
      : [];
  });
  const votes = [...endpoints.flatMap((e) => (e.behavior?.kind === 'vote' ? [e.behavior] : [])), ...refusing];
  const tallies = endpoints.flatMap((e) => (e.behavior?.kind === 'tally' ? [e.behavior] : []));
  const problems: string[] = [];
  if (VOTING.test(text) && !RESULTS.test(text) && votes.length === 0) {
    problems.push('it casts votes in a poll, but no endpoint of its realisation counts a vote for an option');
  }
  if (ONCE.test(text) && VOTING.test(text) && !votes.some((v) => v.voter_field !== undefined)) {
    problems.push('each voter votes once, but no vote endpoint of its realisation knows who votes');
  }
  if (CLOSED.test(text) && VOTING.test(text) && !votes.some((v) => v.closed_field !== undefined)) {
    problems.push('a closed poll takes no votes, but no vote endpoint of its realisation refuses them');
  }
  if (RESULTS.test(text) && votes.length === 0 && tallies.length === 0) {
    problems.push(
      'it asks for the results of a poll, but no endpoint of its realisation counts the votes per option',
    );
  }
  if (
    MOST_FIRST.test(text) &&
    tallies.length > 0 &&
    !tallies.some((t) => t.shape === 'list' && t.order === 'desc')
  ) {
    problems.push(
      'it lists the results most votes first, but its tally keeps the options in their own order',
    );
  }
  return problems;
}
