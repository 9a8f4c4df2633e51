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
  /\b(?:reads?|read|reading|views?|viewed|opens?|opened|seen|retriev\w*|fetch\w*|gelesen|lesen|abgerufen|abruf\w*|leer|leido|lee|lire|lu|lue|lecture|leggere|letto|letta|lettura|ler|lido|lida|leitura|leerl[ao]s?|leggerl[aeio]|lerl[ao]s?)\b/;
const USED_UP =
  /\b(?:uses? up|used up|only once|just once|one time only|a single time|after (?:\w+ ){0,2}(?:views|reads)|(?:read|viewed|opened|seen) once|after (?:the |its )?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:read|view|reading)|(?:at most|no more than|up to|maximal|hochstens|como maximo|maximo|au plus|al massimo|no maximo) (?:\d+|two|three|zwei|drei|dos|tres|deux|trois|due|duas) (?:times|mal|veces|fois|volte|vezes)|(?:read|viewed|opened|gelesen|abgerufen|leer|leida|leido|lu|lue|lus|letto|letta|lido|lida) (?:\d+|two|three|zwei|drei|dos|tres|deux|trois|due|duas) (?:times|mal|veces|fois|volte|vezes)|twice|max(?:imum)?[_ ](?:views|reads)|(?:views|reads) (?:left|remaining)|burn\w* after|self[- ]destruct\w*|nur einmal|einmalig\w*|ersten (?:lesen|abruf)|una (?:sola )?vez|une seule fois|qu une fois|une fois lue?s?|apres (?:la )?(?:premiere )?lecture|una (?:sola )?volta|dopo la (?:prima )?lettura|uma (?:unica |so )?vez|(?:read|viewed|opened|seen|gelesen|abgerufen|geoffnet) (?:exactly |only |just |genau |nur )?(?:once|einmal)|exactly once|(?:a|one) single time|genau einmal|ein einziges mal|einmal (?:gelesen|abgerufen|geoffnet)|exactamente una vez|exactement une fois|esattamente una volta|exatamente uma vez)\b/;

/** Whether a clause of `feature` says reading a record uses it up (after one or N reads it is gone). */
export function asksUsedUpReads(feature: string): boolean {
  return usedUpClauses(feature).length > 0;
}

/**
 * Reads used up said of a route or in other words: "GET /notes/{id} returns the text once and deletes the note",
 * "a second GET returns 404"; and a record that destroys itself once read ("la nota se autodestruye después de
 * leerla", "s'autodétruit après lecture", "si autodistrugge dopo la lettura").
 */
const SELF_DESTRUCTS = /\b(?:autodestru\w*|autodestroi\w*|autodetrui\w*|autodistru\w*|selbstzerstor\w*)\b/;
/**
 * Gone once read, said as what happens after the read: "a nota some depois de lida", "desaparece después de
 * leerla", "disappears after being read", "verschwindet nach dem Lesen", "sparisce dopo la lettura".
 */
const GONE_ONCE_READ =
  /\b(?:some|somem|sumir|desaparec\w*|disappear\w*|vanish\w*|verschwind\w*|sparisc\w*|scompar\w*|disparai\w*|s efface|gone|deleted|geloscht|borrad[oa]|apagad[oa]|cancellat[oa])\s+(?:(?:for good|para sempre|para siempre|pour toujours|per sempre|fur immer)\s+)?(?:right\s+|logo\s+|justo\s+|subito\s+|sofort\s+)?(?:depois de(?: ser)?|apos(?: ser)?|after(?: (?:being|it is|it s|it has been))?|nach dem|apres(?: avoir ete)?|dopo(?: essere(?: stat[ao])?)?|despues de(?: ser)?)\s+(?:(?:the|its|la|le|a|o|il|su|sua|seiner|ihrer|dem)\s+)?(?:(?:first|primeira|primera|premiere|prima|ersten)\s+)?(?:lida|lido|lidas|read|reading|lesen|lecture|lue|lu|lettura|letta|leida|leido|leerla|leerlo|leitura|opened|viewed|seen|abruf|aberta|abierta|ouverte|aperta)\b/;
const SPELLED_ONCE =
  /\b(?:get|returns?|answers?|shows?)\b[^.;]*\bonce\b[^.;]*\b(?:delet\w*|remov\w*|destroy\w*|gone|burn\w*)|\bsecond (?:get|read|reading|request|fetch|view|open\w*)\b[^.;]*\b(?:404|410|not found|gone)\b/;

/** The clauses of `feature` (folded) that say reading a record uses it up. */
export function usedUpClauses(feature: string): string[] {
  const text = fold(feature).replace(/[’']/g, ' ');
  // "DELETE … ; a second GET returns 404" is a delete, not a read that uses the record up.
  const deletes = /\bdelete \//.test(text);
  return text
    .split(/[.;]\s|;/)
    .filter(
      (clause) =>
        (READ.test(clause) && (USED_UP.test(clause) || SELF_DESTRUCTS.test(clause))) ||
        GONE_ONCE_READ.test(clause) ||
        (!deletes && SPELLED_ONCE.test(clause)),
    );
}

const GONE =
  /\b(?:deleted|gone|removed|destroyed|self[- ]destructs?|burns?|weg|geloscht|vernichtet|borrad[oa]|eliminad[oa]|desaparec\w*|disappear\w*|vanish\w*|verschwind\w*|verschwunden|disparai\w*|disparu\w*|spari\w*|scompar\w*|detruite?|supprimee?|cancellat[oa]|eliminat[oa]|apagad[oa])\b/;

/**
 * The words a feature says reads use records up with ("read", "once", "deleted"; "gelesen", "nur einmal"), as
 * it writes them (folded): what a realisation carries to show it holds the feature.
 */
export function usedUpWords(feature: string): string[] {
  const words: string[] = [];
  const clauses = usedUpClauses(feature);
  for (const clause of clauses) {
    for (const re of [READ, USED_UP, GONE, SELF_DESTRUCTS]) {
      const m = re.exec(clause);
      if (m && !words.includes(m[0])) words.push(m[0]);
    }
  }
  // "… can be read once; after that it is gone for good": the record's end may be a clause of its own.
  const gone = clauses.length > 0 ? GONE.exec(fold(feature).replace(/[’']/g, ' ')) : null;
  if (gone && !words.includes(gone[0])) words.push(gone[0]);
  return words;
}

const TIMES =
  /\b(\d+|two|three|zwei|drei|dos|tres|deux|trois|due|duas) (?:times|mal|veces|fois|volte|vezes)\b/;
const WORD_COUNTS: Record<string, number> = {
  two: 2,
  zwei: 2,
  dos: 2,
  deux: 2,
  due: 2,
  duas: 2,
  three: 3,
  drei: 3,
  tres: 3,
  trois: 3,
};
const ORDINAL =
  /\bafter (?:the |its )?(first|second|third|fourth|fifth|(\d+)(?:st|nd|rd|th)) (?:read|view|reading)\b/;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/**
 * How many reads a feature that uses records up gives each record when it writes a number ("read 3 times",
 * "after the third read", "como máximo 2 veces", "twice"); 1 when it says once; undefined when it writes no
 * number (a per-record field such as max_views says it).
 */
export function statedReadCount(feature: string): number | undefined {
  for (const clause of usedUpClauses(feature)) {
    const times = TIMES.exec(clause);
    if (times) return WORD_COUNTS[times[1]] ?? Number(times[1]);
    if (/\btwice\b/.test(clause)) return 2;
    const nth = ORDINAL.exec(clause);
    if (nth) return nth[2] !== undefined ? Number(nth[2]) : ORDINALS[nth[1]];
    if (/\bmax(?:imum)?[_ ](?:views|reads)\b|\b(?:views|reads) (?:left|remaining)\b/.test(clause))
      return undefined;
    return 1;
  }
  return undefined;
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
  if (asksUsedUpReads(feature) && !readLimitHeld(contract, claiming, feature))
    problems.push(
      'it asks that reading a record uses it up (gone after one or a set number of reads), but its realisation answers every read the same',
    );
  else if (asksUsedUpReads(feature)) problems.push(...listedAroundLimit(contract, claiming));
  return problems;
}

/**
 * Lists and searches of a store whose reads use records up: they answer the records (a one-time secret's text)
 * without using a read, so the limit the feature asks for is no limit at all.
 */
function listedAroundLimit(contract: SpecContract, claiming: SpecContract['endpoints']): string[] {
  const limited = new Set(
    claiming
      .filter((e) => e.behavior?.kind === 'get')
      .map((e) => (e.behavior as { resource: string }).resource)
      .filter((name) => contract.resources.find((r) => r.name === name)?.reads),
  );
  return contract.endpoints
    .filter(
      (e) =>
        (e.behavior?.kind === 'list' || e.behavior?.kind === 'search') &&
        limited.has((e.behavior as { resource: string }).resource),
    )
    .map(
      (e) =>
        `${e.method} ${e.path} answers the records whose reads it asks to use up without using a read: the limit is no limit`,
    );
}

/**
 * Whether a `get` endpoint realising the feature reads records of a resource whose `reads` rule uses them up after
 * the number of reads the feature writes (or after each record's own number, when the rule reads a field).
 */
export function readLimitHeld(
  contract: SpecContract,
  claiming: SpecContract['endpoints'],
  feature: string,
): boolean {
  if (!asksUsedUpReads(feature)) return false;
  const stated = statedReadCount(feature);
  return claiming.some((e) => {
    if (e.behavior?.kind !== 'get') return false;
    const name = e.behavior.resource;
    const reads = contract.resources.find((r) => r.name === name)?.reads;
    if (!reads) return false;
    return stated === undefined || reads.field !== undefined || (reads.count ?? 1) === stated;
  });
}
