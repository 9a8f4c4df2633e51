import { fold } from './lexicon';

/*
 * The page size of a paged list as a feature states it: "10 per page", "limit (default 10)", "limit ist
 * standardmäßig 10", "5 por defecto", "limit par défaut 5"; 20 when it states none, and always 1 to 100.
 */

const PER_PAGE = /\b(\d{1,3})\s+(per page|pro seite|por pagina|par page|a page|items per page)\b/;
/** A page size a clause about the page size states as its default ("limit (default 10)", "standardmäßig 10"). */
const DEFAULT_SIZE = [
  /\b(?:defaults? to|default(?: is| of| value)?|by default|standardmassig|standardwert|por defecto|por omision|par defaut|predefinit[oa]|per default|di default|por padrao|padrao)\s*(?:is|ist|es|est|e|de|:|=)?\s*(\d{1,3})\b/,
  /\b(\d{1,3})\s+(?:by default|standardmassig|por defecto|par defaut|per default|di default|por padrao)\b/,
];
/** Words naming a page size: the clause a default belongs to. */
const PAGE_SIZE_WORDS =
  /\b(?:limit|per[_ ]?page|page[_ ]?size|size|pro seite|seitengr\w*|eintrage pro|tamano|por pagina|par page|taille|per pagina|dimensione|tamanho)\b/;

function statedDefault(text: string): number | undefined {
  for (const clause of text.split(/[;.]/)) {
    if (!PAGE_SIZE_WORDS.test(clause)) continue;
    for (const re of DEFAULT_SIZE) {
      const m = re.exec(clause.replace(/[^a-z0-9_;]+/g, ' '));
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}

/** Words saying a count holds for one answer ("per request", "pro Anfrage", "par requête"). */
const PER_ANSWER =
  /\b(?:per (?:request|call|response|answer|query)|pro (?:anfrage|abruf|aufruf|antwort)|por (?:peticion|solicitud|consulta|llamada|respuesta|requisicao|chamada)|par (?:requete|appel|reponse)|per (?:richiesta|chiamata|risposta))\b/;
const AT_A_TIME =
  /\b(?:at a time|at once|auf einmal|a la vez|de una vez|a la fois|alla volta|de cada vez|por vez)\b/;
const LISTING =
  /\b(?:list\w*|show\w*|display\w*|auflist\w*|anzeig\w*|zeig\w*|listar|mostrar|list(?:er|ez)|affich\w*|elenc\w*|mostra\w*)\b/;
const AT_MOST =
  /\b(?:at most|up to|no more than|max(?:imum)?(?: of)?|hochstens|maximal|bis zu|como maximo|como mucho|hasta|au plus|au maximum|jusqu a|al massimo|fino a|no maximo|ate)\s+(\d{1,3})\b([a-z_ ]{0,40})/;

/**
 * A cap on how many records one answer holds ("at most 10 per request", "no more than 20 per call", "höchstens 10
 * pro Anfrage", "como máximo 10 por petición", "au plus 10 par requête", "al massimo 10 per richiesta"), or "at
 * most 5 at a time" said of a list; `text`: the folded words. Undefined when it states none.
 */
export function statedCap(text: string): number | undefined {
  const m = AT_MOST.exec(text);
  if (!m) return undefined;
  const after = ` ${m[2]} `;
  const capped = PER_ANSWER.test(after) || (AT_A_TIME.test(after) && LISTING.test(text));
  const n = Number(m[1]);
  return capped && n >= 1 && n <= 100 ? n : undefined;
}

/** The default page size `feature` states (`text`: its folded words), else 20; within 1 to 100. */
export function statedPageSize(feature: string, text: string): number {
  const perPage = PER_PAGE.exec(text)?.[1];
  return Math.min(Math.max(Number(perPage ?? statedDefault(fold(feature)) ?? 20), 1), 100);
}
