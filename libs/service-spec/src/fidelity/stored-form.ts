import type { SpecContract } from '../spec-contract';

/*
 * Two things a record feature may ask that no record behaviour of the contract does, so a plain store would
 * realise them as something else:
 *
 * - a value kept in another form than it is sent ("plate is stored upper-case with spaces removed", "E-Mail
 *   wird in Kleinbuchstaben gespeichert", "se guarda en mayúsculas", "stocké sans espaces"): a create stores
 *   what it is sent (`unique_ignore_case` compares letter case but stores as sent);
 * - reads that use a record up ("GET /secrets/{id} uses up one view; after max_views views it returns 404",
 *   "can be read only once", "nach dem ersten Lesen gelöscht", "se puede leer una sola vez", "détruit après
 *   lecture"): a get answers the same record every time.
 *
 * Each is named as a problem of the feature (the gate refuses the intent) until a behaviour holds it. Pure.
 */

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

const STORED =
  /\b(?:stored|stores|saved|saves|kept|keeps|normali[sz]e[sd]?|gespeichert|speichert|abgelegt|guarda\w*|almacena\w*|stocke\w*|enregistre\w*|conserve\w*|salvat\w*|salva|memorizzat\w*|armazena\w*|gravad\w*|guardad\w*)\b/;
const FORM =
  /\b(?:upper[- ]?case\w*|lower[- ]?case\w*|in capitals|capital letters|spaces? removed|without (?:any )?spaces|no spaces|(?:gross|klein)buchstaben|(?:gross|klein)geschrieben|ohne leerzeichen|mayusculas?|minusculas?|sin espacios|majuscules?|minuscules?|sans (?:les )?espaces|maiuscol\w*|minuscol\w*|senza spazi|maiusculas?|sem espacos)\b/;

/** Whether a clause of `feature` says a value is stored in another form than it is sent. */
export function asksStoredForm(feature: string): boolean {
  return fold(feature)
    .split(/[.;]\s|;/)
    .some((clause) => STORED.test(clause) && FORM.test(clause));
}

const READ =
  /\b(?:reads?|read|views?|viewed|opens?|opened|seen|retriev\w*|fetch\w*|gelesen|lesen|abgerufen|abruf\w*|leer|leido|lee|lire|lu|lue|lecture|leggere|letto|letta|lettura|ler|lido|lida|leitura)\b/;
const USED_UP =
  /\b(?:uses? up|used up|only once|just once|one time only|a single time|after (?:\w+ ){0,2}(?:views|reads)|max(?:imum)?[_ ](?:views|reads)|(?:views|reads) (?:left|remaining)|burn\w* after|self[- ]destruct\w*|nur einmal|einmalig\w*|ersten (?:lesen|abruf)|una (?:sola )?vez|une seule fois|qu une fois|une fois lue?s?|apres (?:la )?(?:premiere )?lecture|una (?:sola )?volta|dopo la (?:prima )?lettura|uma (?:unica |so )?vez)\b/;

/** Whether a clause of `feature` says reading a record uses it up (after one or N reads it is gone). */
export function asksUsedUpReads(feature: string): boolean {
  return fold(feature)
    .replace(/[’']/g, ' ')
    .split(/[.;]\s|;/)
    .some((clause) => READ.test(clause) && USED_UP.test(clause));
}

/** What the contract lacks for a record feature that asks a stored form or reads that use a record up. */
export function storedFormProblems(contract: SpecContract, feature: string): string[] {
  const claiming = contract.endpoints.filter((e) => e.features.includes(feature));
  // A computation answers a value in another form ("convert to upper case"); it stores nothing.
  if (
    claiming.length > 0 &&
    claiming.every((e) => e.behavior?.kind === 'function' || e.behavior?.kind === 'static')
  )
    return [];
  const problems: string[] = [];
  if (asksStoredForm(feature))
    problems.push(
      'it asks to store a value in another form than it is sent (letter case, spaces), but its realisation stores what it is sent',
    );
  if (asksUsedUpReads(feature))
    problems.push(
      'it asks that reading a record uses it up (gone after one or a set number of reads), but its realisation answers every read the same',
    );
  return problems;
}
