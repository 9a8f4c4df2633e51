import { actionOf, fold, isFillerNoun, isStopWord, withoutContainers } from './lexicon';
import { countedPhrase } from './phrase-fields';

/*
 * Record fields written as a paraphrase rather than a name, and the record's own noun:
 * "how many we have in stock" → in_stock (an integer count), "the minimum before we order more" → minimum,
 * "the room it was left in" → room, "dem Raum, in dem sie gefunden wurden" → raum. Only these shapes are read:
 * a count of what is somewhere ("how many … in <noun>") and a short noun phrase followed by a clause that only
 * describes it. A phrase whose words are a pronoun or a question word ("how it went", "whatever …") reads as
 * no field at all, so the record's fields stay unread rather than guessed.
 */

/** "how many we have in stock", "wie viele wir auf Lager haben", "cuántos tenemos en stock", … */
const HOW_MANY =
  /^(?:how many|wie viele?|cuantos|cuantas|combien|quantos|quantas|quanti|quante)\b.*?\b(in|on|auf|im|en|em|in|a)\s+(?:the\s+|dem\s+|el\s+|la\s+)?([a-z]+)(?:\s+(?:haben|sind|gibt|liegen|hay|avons|temos|abbiamo))?$/;

/**
 * A count said without a place: "how many we have", "how many boxes we have", "how many I always want at least",
 * "how many people it serves", "how many pages it has", "cuántas personas sirve",
 * "wie viele wir haben", "cuántos tenemos", "combien il en reste". The thing counted names the field when the
 * feature writes one ("boxes"); else a count of what is on hand is its quantity, and one the user wants to keep
 * at least is its minimum.
 */
const HOW_MANY_HERE =
  /^(?:how many|wie viele?|cuantos|cuantas|combien(?: de| d)?|quantos|quantas|quanti|quante)(?:\s+([a-z]+))?\s+(?:we|i|you|they|there|are|is|it|he|she|wir|ich|es|er|sie|hay|tenemos|tengo|sirve|tiene|nous|on|il|elle|je|temos|tenho|serve|tem|abbiamo|ho|ci)\b(.*)$/;
/** A count said with the thing counted and more words after it ("quantas consultas já fez"). */
const HOW_MANY_THING =
  /^(?:how many|wie viele?n?|cuantos|cuantas|combien de|combien d|quantos|quantas|quanti|quante)\s+([a-z]+)\s+\S/;
/** Places where counted things sit, which name no field of their own ("on the shelf" counts the quantity). */
const SHELVES = new Set(
  'shelf shelves hand bin bins rack racks site regal regalen fach estante estantes estanteria balda etagere etageres rayon scaffale scaffali prateleira prateleiras'.split(
    ' ',
  ),
);
/** Words of a paraphrased count that say it is the least wanted ("how many I always want at least"). */
const AT_LEAST_WANTED =
  /\b(?:at least|always want|want to keep|mindestens|immer haben|al menos|siempre|au moins|toujours|almeno|sempre|pelo menos)\b/;
/** "what it is", "was es ist", "qué es", "ce que c est", "cos e", "o que e": a description of the record. */
const WHAT_IT_IS =
  /^(?:what it is|what they are|was es ist|que es|ce que c est|ce que c est|cosa e|cos e|o que e)$/;

/**
 * Words that open a clause describing the noun phrase before them: "the room it was left in", "the minimum
 * before we order more", "la sala donde se dejó", "la salle où il a été laissé", "dem Raum, in dem …".
 */
const CLAUSE_OPENERS =
  'it they he she we you i which that where before after until when in which in dem in der in denen wo wenn bevor ' +
  'die der das den donde cuando antes que en que ou quand avant dont dove quando prima onde em que cui';
const CLAUSE = new RegExp(`\\s+(?:${CLAUSE_OPENERS.split(' ').join('|')})\\s+.+$`);
/** A part of a field list that only goes on describing the part before it ("…, in dem sie gefunden wurden"). */
const CONTINUES = /^(?:in dem|in der|in denen|wo|donde|ou|dove|onde|where|in which|which|that|dont|cui)\b/;

/** Words that never name a field: pronouns, question words, "everything", "whatever". */
const NO_FIELD = new Set(
  (
    'how what whatever why who whom whose it they them we us you i me this that these those everything ' +
    'anything something nothing however whichever all any as little much many few more less wie was warum wer alles etwas como que todo algo ' +
    'comment quoi tout rien come cosa tutto'
  ).split(' '),
);

/** True when a part of a field list only describes the part before it. */
export function continuesPart(part: string): boolean {
  return CONTINUES.test(part);
}

/**
 * The words naming a field that `text` (folded, lower case, no punctuation) paraphrases, and whether it is a
 * count; `text` itself when it is no paraphrase; null when its head is a pronoun or question word.
 */
export function paraphrasedName(text: string): { text: string; count: boolean } | null {
  // "how many days between waterings", "the number of pages": a count named after what it counts.
  const counted = countedPhrase(text);
  if (counted !== null) return { text: counted, count: true };
  const many = HOW_MANY.exec(text);
  // "how many are on the shelf", "wie viele im Regal liegen": a count kept somewhere is the quantity on hand.
  if (many && SHELVES.has(many[2])) return { text: 'quantity', count: true };
  if (many) return { text: many[1] === 'in' ? `in ${many[2]}` : many[2], count: true };
  if (WHAT_IT_IS.test(text)) return { text: 'description', count: false };
  const here = HOW_MANY_HERE.exec(text);
  if (here) {
    if (AT_LEAST_WANTED.test(here[2])) return { text: 'minimum', count: true };
    const counted = here[1];
    const named = counted !== undefined && !NO_FIELD.has(counted) && !isStopWord(counted);
    return { text: named ? counted : 'quantity', count: true };
  }
  // "quantas consultas já fez", "how many visits so far": the counted noun names the count, whatever follows it.
  const thing = HOW_MANY_THING.exec(text)?.[1];
  if (thing !== undefined && !NO_FIELD.has(thing) && !isStopWord(thing)) return { text: thing, count: true };
  const head = text.replace(CLAUSE, '').trim();
  // After an article a word is a noun: "a comment" is a field, French "comment" (how) opens a paraphrase.
  const words = head.split(/\s+/);
  if (words.some((word, i) => NO_FIELD.has(word) && !/^(?:a|an|the|its|their)$/.test(words[i - 1] ?? '')))
    return null;
  return { text: head, count: false };
}

/** English verbs that open a record feature: the record's noun is then the last of the words after them. */
const ENGLISH_VERBS =
  /^(?:keep|keeps|log|logs|register|registers|add|adds|record|records|track|tracks|create|creates|store|stores|save|saves|enter|enters|note|notes)$/;
/** A feature that opens by keeping records: "keep …", "keep track of …", "track …". */
export function opensWithKeeping(feature: string): boolean {
  return /^\s*(?:keep|keeps|track|tracks)\b/i.test(feature);
}

/** "As a manager I want to …", "Als Leiter möchte ich …", "Como gerente quiero …". */
const STORY_ROLE =
  /^.*?\b(?:want to|wants to|would like to|need to|mochte ich|will ich|quiero|necesito|je veux|je voudrais|voglio|quero|preciso)\s+/;

/** Prepositions that end the record's noun phrase: "add a book to the catalogue" keeps books. */
const ENDS_NOUN = new Set('to into in on at from zu im dans au na no nel nella'.split(' '));

/** Words before the record's noun that are no part of its name. */
const NOT_NOUN = new Set(
  (
    'our my your their all every each some new des de del della dei degli delle du nos nossos nossas nuestros ' +
    'nuestras unsere unserer alle neue neuen track of keep'
  ).split(' '),
);
/** "… for a customer", "… by a member", "für einen Kunden", "para un cliente": the record's owner. */
const OWNER_WORDS = /\s+(?:for|by|fur|von|pour|par|para|per|por)\s+.*$/;

/**
 * The noun a record feature keeps, as written, from the text before its field list: "keep our stock items" →
 * items, "log lost property" → property, "Fundsachen erfassen" → fundsachen, "registrar objetos perdidos" →
 * objetos. Null when the words before the list are no short noun phrase.
 */
export function recordNoun(before: string): string | null {
  let words = fold(before)
    .toLowerCase()
    .replace(OWNER_WORDS, '')
    // A user story's role is not the record: "As a manager I want to add employees" adds employees.
    .replace(STORY_ROLE, '')
    .split(/[^a-z0-9]+/)
    .filter((x) => x !== '');
  // "a registry of vehicles" keeps vehicles.
  words = withoutContainers(words);
  let english = false;
  let verbFirst = false;
  // One verb opens the feature ("register loans": loans is the noun); "keep track of" is one verb.
  while (words.length > 0 && (ENGLISH_VERBS.test(words[0]) || (!verbFirst && actionOf(words[0]) !== null))) {
    english = english || ENGLISH_VERBS.test(words[0]);
    verbFirst = true;
    words = words.slice(1);
  }
  // German puts the verb last: "Fundsachen erfassen".
  const last = words[words.length - 1];
  if (!verbFirst && last !== undefined && /(?:en|ern)$/.test(last) && actionOf(last) !== null)
    words = words.slice(0, -1);
  else if (!verbFirst && last !== undefined && /^(?:erfassen|verwalten|festhalten)$/.test(last))
    words = words.slice(0, -1);
  while (words.length > 0 && (NOT_NOUN.has(words[0]) || isStopWord(words[0]))) words = words.slice(1);
  const end = words.findIndex((x) => ENDS_NOUN.has(x));
  if (end > 0) words = words.slice(0, end);
  words = words.filter((x) => !NOT_NOUN.has(x) && !isStopWord(x));
  if (words.length === 0 || words.length > 3 || words.some((x) => NO_FIELD.has(x))) return null;
  // Romance languages put adjectives after the noun ("objetos perdidos"); English and German before it.
  if (verbFirst && !english) return words[0];
  // "pantry items" keeps pantry records, as the feature reader reads it ("items" only pads the noun).
  const head = words[words.length - 1];
  return words.length > 1 && isFillerNoun(head) ? words[words.length - 2] : head;
}
