import { fold } from './lexicon';

/*
 * A short link opened "takes you to" its address, said without a verb of redirecting: "opening the short code
 * takes you to the long URL", "aprire il codice porta al link lungo", "abrir o código leva para o link",
 * "abrir el código lleva a la URL", "le code ouvert mène à l'adresse", "der Kurzcode führt zur URL". Read only
 * with a code or short link opened or visited and an address it leads to, so a door ("porta"), a port or a
 * page that "leads to checkout" is not a redirect.
 */

/** A code or short link (folded), in six languages. */
const CODE =
  /\b(?:codes?|slugs?|short (?:links?|urls?|codes?)|kurzcodes?|kurzlinks?|codigos?|codices?|codici|enlaces? cortos?|liens? courts?|links? (?:brev[ei]|curtos?))\b/;

/** Opening or visiting it (folded). */
const OPENED =
  /\b(?:open\w*|visit\w*|click\w*|follow\w*|calling|offn\w*|aufruf\w*|aufgerufen|besuch\w*|abrir|abre|abrirlo|abri-lo|visitar|visita|ouvr\w*|ouvert\w*|visiter|aprir\w*|apert\w*|visitare)\b/;

/** Leading to an address (folded): the phrase, then an address word within a few words. */
const LEADS_TO =
  /\b(?:takes? (?:you |the visitor |the user )?to|leads? (?:you )?to|sends? (?:you |the visitor |the user )?to|brings? (?:you )?to|fuhrt (?:zu[mr]?|auf)|bringt (?:zu[mr]?|auf)|lleva (?:a|al|hacia)|llevan (?:a|al)|mene (?:a|au|vers)|renvoie (?:a|au|vers)|porta (?:a|al|alla|allo|all)|portano (?:a|al|alla)|leva (?:a|ao|para|pro)|levam (?:a|ao|para))\b(?:\s+\S+){0,4}?\s+(?:urls?|links?|address\w*|adresse\w*|enderecos?|direccion\w*|indirizz\w*|enlaces?|liens?|collegament\w*|original\w*|destin\w*|ziel\w*)\b/;

/** Whether a feature without a route says a code, once opened, leads to its address. */
export function leadsToAddress(feature: string): boolean {
  const text = fold(feature).replace(/['’‘`]/g, ' ');
  return CODE.test(text) && OPENED.test(text) && LEADS_TO.test(text);
}
