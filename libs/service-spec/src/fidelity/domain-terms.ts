/**
 * The words a key feature is about (its domain terms) and whether a realisation uses them (rubric 1.1, domain).
 * A temperature feature realised with amounts and currency codes uses none of "temperature", "celsius",
 * "fahrenheit": that realisation belongs to another domain, whatever its points. Pure and deterministic.
 */

import { storyBody } from './story-frame';
import { sameVerb } from './verb-forms';

/** Function words of the languages intents are written in (en, fr, es, pt, it, de), folded to ASCII. */
const FUNCTION_WORDS = new Set(
  // German pronominal adverbs ("dafür eine ID zurückbekommen"): never a term of a domain.
  (
    'dafur dazu damit davon darauf daran darin dabei dadurch dagegen hierfur wofur ' +
    'the and for with from into onto that this these those then than when where which while what who whom whose ' +
    'are was were been being has have had does did not nor but any all each every some its his her their our ' +
    'your you they them him she one two three per via out off too very just only also still yet both either ' +
    'neither such same other another more most less least much many few can could should would will shall may ' +
    'might must let lets about above below before after over under between within without across along among ' +
    'again there here how why whether anything something everything nothing someone anyone everyone nobody ' +
    'thing things way ways etc already least once else otherwise never always whole up down any ' +
    'les des une dans pour par sur avec sans qui que quoi est sont son ses leur leurs aux cette ces pas plus ' +
    'los las del una uno por para con sin que como entre sus sobre ' +
    'dos das uma com sem por para que entre seu sua seus suas ' +
    'gli della delle dei degli una uno per con senza che tra fra suo sua ' +
    'der die das den dem des ein eine einer eines einem einen und oder mit ohne fur von vom zum zur bei nach zwischen ' +
    'aus auf ist sind wenn sich nicht alle comme como come wie als ainsi tout todos todas tutti ogni jeder ' +
    // Modal and auxiliary verbs and adverbs of repetition ("kann nicht erneut … werden", "ne peut pas").
    'kann konnen darf durfen soll sollen muss mussen wird werden wurde erneut wieder noch schon bereits auch ' +
    'puede pueden debe deben otra vez peut peuvent doit doivent encore deja puo possono deve devono ancora ' +
    'pode podem ser depois despues apres dopo ' +
    // "Is", "already" and "again" of a refused repeat ("si ya está prestada", "già prestato … di nuovo").
    'esta estan gia essere sao estao ' +
    // Conditions around a refusal ("geht nur, wenn …, sonst 409", "solo se …, altrimenti 409", "sinon 409").
    'geht nur sonst anhand uber seiner seine ihrer solo altrimenti sinon senao seulement ' +
    // "Non", "nao", and "the other way round" ("al contrario", "umgekehrt"): a direction, no domain.
    'non nao contrario umgekehrt kein keine keinen keiner elle elles ils etwas gar sein ausser davor danach ' +
    // "Any other", "every further" ("jeder andere Wechsel", "jede weitere Änderung", "cualquier otro cambio").
    'andere anderer anderes anderen anderem jede jedes jeden jedem weitere weiterer weiteres weiteren ' +
    'cualquier cualquiera otro otros otras autre autres altro altra altri altre outro outra outros qualquer qualsiasi ' +
    // Possessive determiners before a field's noun ("mit ihrem Namen", "avec notre code", "con nuestro precio").
    'ihr ihre ihren ihrem ihres seinen seinem seines mein meine meinen meinem meiner unser unsere unseren unserem ' +
    'unserer mon mes notre nos votre vos nuestro nuestra nuestros nuestras suoi sue loro mio mia miei mie nostro ' +
    'nostra nostri nostre vostro vostra meu minha meus minhas nosso nossa nossos nossas ' +
    // The records a restriction points back at and how it opens ("or only the ones in …", "oppure solo quelle di una
    // certa …", "seulement celles d'un …", "solo aquellas de …", "só aquelas de uma certa …").
    'ones oppure quelle quelli quella quello certa certo certi certe ceux celles aquellos aquellas aqueles aquelas jene'
  ).split(/\s+/),
);

/**
 * Words that say what any service does rather than what this one is about: asking for them would let any
 * template pass (every service "returns" and "creates"), so they never count as domain terms.
 */
const GENERIC_WORDS = new Set(
  (
    'add adds added create creates created make makes get gets fetch fetches read reads list lists listing ' +
    'show shows return returns returned give gives given tell tells take takes turn turns work works check ' +
    'checks compute computes calculate calculates find finds say says store stores save saves keep keeps ' +
    'delete deletes remove removes update updates change changes set sets mark marks accept accepts allow ' +
    'allows refuse refuses refused refusing reject rejects rejected rejecting deny error errors invalid valid ' +
    'sense makes use uses using look looks want wants need needs like into back ' +
    'value values number numbers item items data record records request requests response responses input ' +
    'output result results field fields endpoint endpoints service services api user users new existing ' +
    'single whole given current properly first required optional simple json body string integer boolean ' +
    'true false null convert converts converted converting conversion negative positive empty missing ' +
    // The same everyday verbs in the other languages intents are written in.
    'creer ajouter lister afficher obtenir chercher rechercher marquer supprimer modifier calculer convertir ' +
    'verifier indiquer refuser rejeter crear anadir agregar listar mostrar obtener buscar marcar borrar ' +
    'eliminar actualizar calcular convertir rechazar criar adicionar apagar atualizar recusar erstellen ' +
    'anlegen auflisten anzeigen suchen markieren loschen entfernen andern berechnen umrechnen ablehnen ' +
    // Reading one record back ("über seine ID abrufen", "retrouver par son identifiant", "consultar por su id").
    'abrufen nachschlagen retrouver recuperer consultar recuperar ' +
    'creare aggiungere elencare mostrare cercare segnare eliminare cancellare modificare calcolare ' +
    'convertire rifiutare converte converti converter konvertieren umwandeln wandle transformar ' +
    // "Number", "like" and "give" in the other languages ("un numero di secondi", "testo tipo …", "donner").
    'numero numeros nummer zahl zahlen tipo donner donne dar dare geben liefern ' +
    // "Gives" and "returns" in the other languages ("gibt 409", "devuelve 409", "renvoie 409", "restituisce").
    'gibt liefert devuelve devuelven renvoie renvoient restituisce devolve ergibt ergeben retorna retornam ' +
    // "Body" and "request" in the other languages ("um corpo sem "iban" retorna 400", "une requête sans …").
    'corpo cuerpo corps korper koerper requete requisicao pedido peticion solicitud richiesta anfrage payload ' +
    // "New", also "again" in "di nuovo", "de nuevo", "de novo".
    'nuovo nuova nuevo nueva novo nova neu neue neuen nouveau nouvelle ' +
    // "Error" in the other languages ("soll ein Fehler 400 kommen").
    'fehler erreur errore erro kommen ' +
    // "Get back" and "receive" in the other languages ("… und dafür eine ID zurückbekommen"). Not the verbs of storing:
    // "die E-Mail wird in Kleinbuchstaben gespeichert" says how a value is kept, which a plain store does not do.
    'bekommen bekommt zuruckbekommen erhalten erhalt recevoir recoit recibir recibe ricevere riceve receber recebe ' +
    // Depositing a thing to fetch later ("einen Text hinterlegen"), as "store" is in English.
    'hinterlegen hinterlegt ablegen ' +
    // Sending a value to the service and receiving its answer ("send roman numerals and get the number back").
    'send sends receive receives enter enters paste pastes submit submits senden sende schicken schickt ' +
    'enviar envia envoyer envoie inviare invia mandar manda ' +
    // Keeping, as "keep" ("garder une note secrète").
    'garder garde'
  ).split(/\s+/),
);

/** A word folded to lower-case ASCII letters and digits (accents dropped). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** Letter runs of a text, camelCase and snake_case split, folded. */
export function wordsOf(text: string): string[] {
  // Two lower-case letters before a capital: "GiB" and "MiB" stay unit symbols.
  const spaced = text.replace(/([a-z]{2})([A-Z])/g, '$1 $2');
  return (spaced.match(/\p{L}+/gu) ?? []).map(foldWord);
}

/**
 * Unit symbols (two or three letters) that no language writes as a word: the terms of a feature that writes
 * only symbols ("kg -> lb", "GB -> MB", "MiB to KiB", "°C -> °F"; a currency sign by a number: currency).
 */
const UNIT_SYMBOLS = new Set('km mi cm mm ft yd kg lb oz ml gb mb kb tb pb kn gib mib kib tib'.split(' '));

/** The id a create answers, said as handed back ("hand back an id", "rendre son identifiant", "devolver o id"). */
const ID_HANDED_BACK =
  /\b(?:hands? back|gives? back|rendre|rend|devolver|devolve|devuelve|restituire|restituisce|zur(?:ü|ue|u)ckgeben|retornar)\s+(?:(?:its|an|the|their|son|sa|un|o|seu|su|el|il|suo|la|sua|ihre|seine|eine|die)\s+){0,2}(?:id|ids|identifiant|identificador|identificativo|kennung)\b/giu;

/**
 * The feature's domain terms: content words of three letters or more, in order, one per word up to its ending;
 * a feature without any is read by the unit symbols it writes. A user story is read without its frame.
 */
export function domainTerms(written: string): string[] {
  // Who asks and why ("As a shopper I want … so that I know what I pay") is not what the feature is about.
  // "E-Mail", "e-mail": one word, as the fields name it (`email`), not "e" and "mail".
  const feature = storyBody(written)
    .replace(/\be-mail/gi, 'email')
    .replace(ID_HANDED_BACK, ' ');
  const terms: string[] = [];
  for (const word of wordsOf(feature)) {
    if (word.length < 3 || FUNCTION_WORDS.has(word) || GENERIC_WORDS.has(word)) continue;
    if (!terms.some((term) => sameWord(term, word))) terms.push(word);
  }
  if (terms.length > 0) return terms;
  const scales = [...feature.matchAll(/°\s*([CFK])\b/gi)].map((m) => SCALES[m[1].toUpperCase()]);
  const money = /[$€£¥]\s?\d|\d\s?[$€£¥]/.test(feature) ? ['currency'] : [];
  return [...new Set([...scales, ...money, ...wordsOf(feature).filter((word) => UNIT_SYMBOLS.has(word))])];
}

/** The temperature scales a degree sign writes ("°C -> °F"). */
const SCALES: Readonly<Record<string, string>> = { C: 'celsius', F: 'fahrenheit', K: 'kelvin' };

/**
 * Whether a term and a word of the realisation are the same word up to an ending: equal once a plural ending is
 * dropped ("zeros"/"zero", "urls"/"url"), or the shorter (five letters at least) begins the longer
 * ("count"/"counter"); a four-letter abbreviation ("temp" for "temperature") is not the word.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b || stem(a) === stem(b) || sameVerb(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A German weak noun after a dative or accusative ("mit seinem Namen", "dem Kunden") is its noun.
  if (short.length >= 4 && short.endsWith('e') && long === `${short}n`) return true;
  return short.length >= 5 && long.startsWith(short);
}

/** A word without a plural ending ("urls" → "url", "categories" → "category"). */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The terms a realisation's words carry. */
export function carriedTerms(terms: string[], realisation: Iterable<string>): string[] {
  const words = new Set(realisation);
  return terms.filter((term) => [...words].some((word) => sameWord(term, word)));
}

/**
 * How many of a feature's terms its realisation must carry: one of one or two, two of three, half of more. A
 * realisation that shares a word or two with a rich feature ("zero" of "colder than absolute zero", "task"
 * and "title" of a task with a title, a due date and a done flag) has usually picked a word up as a
 * resource name and left the rest of the feature out.
 */
export function termsNeeded(terms: string[]): number {
  if (terms.length <= 2) return Math.min(terms.length, 1);
  return terms.length === 3 ? 2 : Math.ceil(terms.length / 2);
}

/**
 * The numbers a text writes (decimal commas read as points, thousands separators dropped), leaving out numbers
 * that are part of a name ("ISBN-10", "mod-97", "h2"): the feature's quantities (a rate of 1.10, capacity 3,
 * 30 free minutes) must reach its realisation like its words.
 */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  // A number in a standard's name (ISO 8601, RFC 4122, UTF-8) is not a quantity.
  const number =
    /(?<![\p{L}\d.,_])(?<!\p{L}-)(?<!\b(?:ISO|RFC|UTF|SHA|IEEE|ECMA|HTTP|TLS|IPv|ISBN|EAN|ASCII)[\s-]?)(-?\d+(?:,\d{3})*(?:[.,]\d+)?)(?![\p{L}\d_])(?!-\p{L})/gu;
  for (const m of text.matchAll(number)) {
    const raw = m[1];
    const normal =
      /,\d{3}(?!\d)/.test(raw) && !raw.includes('.') ? raw.replace(/,/g, '') : raw.replace(',', '.');
    const value = Number(normal);
    if (Number.isFinite(value) && !found.includes(value)) found.push(value);
  }
  return found;
}
