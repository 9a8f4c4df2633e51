/*
 * The words of a ballot's two refusals, shared by the poll reader (poll-features.ts) and the worked examples that
 * show them (ballot-endpoints.ts), on folded text (lower case, accents dropped, one space between words).
 */

/** Words saying each voter votes once ("una sola vez", "qu'une fois", "uma única vez", "a second vote"). */
export const ONCE =
  /\b(once|einmal|una (sola )?vez|une (seule )?fois|qu.une fois|una (sola )?volta|uma (unica )?vez|apenas uma|second vote|segundo voto|zweite stimme|deuxieme vote|secondo voto)\b/;

/**
 * Votes taken only while the poll is open ("while the poll is open", "solange die Umfrage offen ist", "tant que le
 * sondage est ouvert"): the vote refuses a closed poll as surely as "no votes after it is closed" says.
 */
export const WHILE_OPEN =
  /\b(while|as long as|solange|mientras|tant que|finche|enquanto)\b(?: \w+){0,4} (open|offen|abierta|abierto|ouvert|ouverte|aperto|aperta|aberta|aberto)\b/;

/** A closed poll, or closing one, as a refusal says it ("a vote on a closed poll", "votar numa enquete encerrada"). */
export const CLOSED_SAID =
  /\b(close[sd]?|closing|geschlossen\w*|schlie\w*|beende\w*|cerrad[ao]s?|cerrar|fermee?s?|fermer|cloture\w*|clos|clore|chius[ao]|chiudere|fechad[ao]s?|fechar|encerrad[ao]s?|encerrar)\b/;

/** Folds a feature for these patterns: lower case, accents dropped, punctuation as spaces. */
export function foldedSaid(feature: string): string {
  return feature
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}
