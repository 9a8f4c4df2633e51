import { fitText, lengthPhraseIn, lengthText, readRating, type FieldSpec } from '@sf/service-spec';
import { readFeature } from './feature-reader';
import { isUnitName, withoutRuleTail } from './field-list-rules';
import { actionOf, fold, withoutContainers } from './lexicon';
import { continuesPart, paraphrasedName, recordNoun } from './paraphrased-fields';
import { applyProseRule, partRule, withoutOthersRule } from './record-rules-design';
import { snakeName } from './naming';
import { writtenField } from './samples';
import { typedValues, valuesAsWritten } from './value-fields';
import { ARTICLES, nounWords } from './field-words';
import { DATE_HINT, TIME_HINT, NUMBER_HINT, THRESHOLD_HINT, DECIMAL_HINT } from './field-hints';
import { dateTimeName, joinedPhrases } from './phrase-fields';

/*
 * The fields a record feature names in free text: "add a task with a title, a due date (YYYY-MM-DD) and
 * whether it is already done; a title is required" → title (required), due_date (a date), done (a flag).
 * Read only when every part is plainly a field: a clause the reader cannot split into short noun phrases
 * leaves the resource's fields as they were (the fidelity gate then says what is missing).
 */

/**
 * "… for a room" / "by a member" / "für einen Kunden" / "pour une salle" / "para una sala" right before the
 * "with" clause (a German verb may close it: "für einen Kunden anlegen mit …").
 */
const FOR_OWNER =
  /\b(?:for|by|fur|von|pour|par|para|per|por)\s+(?:a|an|the|one|einen|eine|ein|einem|einer|un|une|una|uno|um|uma|el|la|le|il)\s+([a-z]+)(?:\s+([a-z]+))?\s*$/;
const WITH = /\b(?:with|having|containing|avec|con|mit|com)\b\s+(.+?)(?:[;.]|$)/i;
/** A record that has its fields: "Cleaning supplies have a name and a quantity", "Werkzeuge haben …". */
const HAVE =
  /^\s*([\p{L}][\p{L} -]{0,40}?)\s+(?:have|has|haben|tienen|ont|hanno|tem|teem)\s+(.+?)(?:[;.]|$)/iu;
/** Fields in parentheses after the record: "register their bikes (frame number, colour)", "save notes (a text)". */
const PARENTHESES =
  /^(.*\S)\s*\(([^()]+,[^()]+|(?:an?|the|eine?n?|une?|una?|uno|um|uma)\s[^(),]+)\)\s*[.;]?\s*$/i;
/**
 * A fragment that lists a record's fields after its name: "workouts: date, type, duration in minutes",
 * "Registrare il punteggio di una partita per un giocatore: nome e punti".
 */
const FRAGMENT = /^\s*([\p{L}][\p{L}' -]{0,60}?)\s*:\s*(.+?)\s*[.;]?\s*$/u;
/**
 * Elided articles and prepositions (folded): "l'auteur", "d'alerte", "de l'achat", "dell'ordine", "un'email".
 * They go with their apostrophe; a written "de" inside a compound noun stays ("temps de cuisson").
 */
const ELIDED = /\b(?:de\s+l|l|d|un|dell|dall|nell|sull|all|quell)['’‘`]\s*/g;
/** "amount in euros", "duration in minutes": the unit says the type, the name is the words before it. */
const IN_UNIT = /\s+(?:in|en|em|auf)\s+([a-z]+)$/;
/** Where a user story gives its reason. */
const PURPOSE = /\s+(?:so that|in order to|damit|um zu|para que|afin de|afin que|pour que|perche)\s+/i;
const OPTIONAL = /\b(?:optional|optionally|opcional|optionnel|optionnelle|facoltativo|facoltativa)\b/;
const FLAG = /^(?:whether|if)\s+(?:it|the \w+)\s+(?:is|has been|was)\s+(?:already\s+)?(\w+)$/;
/** "one of low/medium/high", "either draft or final": the values a field accepts, after its name. */
const VALUE_LIST =
  '[a-z][a-z0-9_-]*(?:\\s*(?:/|\\||,|\\bor\\b|\\bo\\b|\\bou\\b|\\boder\\b)\\s*[a-z][a-z0-9_-]*)+';
const ONE_OF = new RegExp(
  `,?\\s*\\b(?:one of|either|any of|uno de|una de|l'un de|l'une de|eines von|einer von|um de|uma de|uno tra)\\s+(${VALUE_LIST})`,
  'g',
);
const PARENTHESISED = new RegExp(`\\s*\\((${VALUE_LIST})\\)`, 'g');
/** Names written for one field in several ways. */
const NAME_ALIASES: Record<string, string> = {
  email_address: 'email',
  e_mail: 'email',
  mail_address: 'email',
  e_mail_address: 'email',
  email_adresse: 'email',
  phone: 'phone_number',
};

function valuesOf(list: string): string[] {
  const values = list.split(/\s*(?:\/|\||,|\bor\b|\bo\b|\bou\b|\boder\b)\s*/);
  // "a status (open, in_progress, done): create …": the colon ends the clause, it is no part of "done".
  return values.map((v) => v.trim().replace(/[:;.!?]+$/, '')).filter((v) => v !== '');
}

/** The record's name and the clause listing its fields, from "… with …" or a "name: fields" fragment. */
function fieldClause(feature: string): { clause: string; before: string } | null {
  const found = fieldClauseOf(feature);
  const clause = found ? withoutRuleTail(found.clause) : undefined;
  return found && clause !== found.clause ? { ...found, clause: clause ?? found.clause } : found;
}

function fieldClauseOf(feature: string): { clause: string; before: string } | null {
  const found = WITH.exec(feature);
  // "… with a name and a salary so that I keep our records": a user story's reason is no field.
  if (found?.[1])
    return { clause: found[1].split(PURPOSE)[0] ?? found[1], before: feature.slice(0, found.index) };
  const fragment = FRAGMENT.exec(feature);
  if (fragment?.[2] && !/[/{]/.test(fragment[2]) && !operationsOnly(fragment[2]))
    // "log an entry: who, a mood and a note; a mood outside 1-5 is rejected": the rule after ";" is no field.
    return { clause: firstClause(fragment[2]), before: '' };
  const listed = PARENTHESES.exec(feature);
  // One field or fields joined by "and" ("notes (a text)") only after a verb making records: "(the day maximum)".
  const makes = (before: string) =>
    fold(before)
      .split(/\s+/)
      .some((w) => actionOf(w) === 'create');
  if (listed?.[2] && !/[/{:]/.test(listed[2]) && (listed[2].includes(',') || makes(listed[1])))
    return { clause: listed[2], before: listed[1] };
  // "Cleaning supplies have a name, a quantity and a minimum": a short noun phrase that has its fields.
  const has = HAVE.exec(feature);
  if (has?.[2] && !/[/{:]/.test(has[2]) && has[1].trim().split(/\s+/).length <= 3)
    return { clause: has[2], before: has[1] };
  return null;
}

/** A clause up to its first ";" outside parentheses ("punti (interi da 0 a 100; fuori …)" stays whole). */
function firstClause(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/**
 * A clause that lists operations, not fields: "products: add, list and look one up", "Produkte: anlegen,
 * auflisten und nachschlagen". Every part opens with a verb (or "look … up"); its verbs are what to do with the
 * records, never what a record holds.
 */
function operationsOnly(clause: string): boolean {
  const parts = fold(clause)
    .toLowerCase()
    .split(/\s*(?:,|;|&|\band\b|\bor\b|\bund\b|\boder\b|\by\b|\bo\b|\bet\b|\bou\b|\be\b)\s*/)
    .filter((p) => p.trim() !== '');
  return (
    parts.length >= 2 &&
    parts.every((p) => {
      const first = p.trim().split(/\s+/)[0] ?? '';
      return first === 'look' || actionOf(first) !== null;
    })
  );
}

/** The record a "name: fields" fragment names ("workouts: date, type"), or null. */
export function fragmentNoun(feature: string): string | null {
  const fragment = FRAGMENT.exec(feature);
  if (!fragment?.[1] || WITH.test(feature) || /[/{]/.test(fragment[2] ?? '')) return null;
  const head = fold(fragment[1]).toLowerCase().trim().split(/\s+/);
  return head.length <= 3 ? (head[head.length - 1] ?? null) : null;
}

/** The record a fragment of storing names before its colon: "store feedback from customers: …" → feedback. */
export function fragmentRecordNoun(feature: string): string | null {
  const fragment = FRAGMENT.exec(feature);
  if (!fragment?.[1] || WITH.test(feature) || /[/{]/.test(fragment[2] ?? '')) return null;
  // "the books we lend out": a clause describing the record is no part of its name.
  const head = fold(fragment[1])
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim();
  return recordNoun(paraphrasedName(head)?.text ?? head);
}

/** Verbs of keeping records that name no single action: "keep track of books with …", "track expenses with …". */
const KEEP =
  /\b(?:keep track|track|tracks|tracking|keep|keeps|maintain|maintains|verfolgen|erfassen|seguir|suivre|tenere traccia)\b/;

/**
 * The record a feature keeps when it names no action but lists the record's fields ("keep track of our books
 * with title, author and year", "workouts: date, type, duration"): its noun as written, or null.
 */
export function keptRecords(feature: string): { noun: string | null } | null {
  if (namedFields(feature) === null) return null;
  // "keep track of parts: …", "Verbrauchsmaterial verwalten: …": the noun after (or before) the verb.
  const written = fragmentNoun(feature);
  const fragment = written === null || actionOf(written) !== null ? fragmentRecordNoun(feature) : written;
  if (fragment !== null) return { noun: fragment };
  if (KEEP.test(fold(feature).toLowerCase())) return { noun: null };
  const bare = bareRecordNoun(feature);
  return bare === null ? null : { noun: bare };
}

/**
 * The record a feature names by a bare noun phrase before its field list, with no verb ("Office supplies with a
 * name, a count and a reorder point", "Lagerartikel mit SKU, Name und Menge", "Productos con código y nombre"):
 * such a feature keeps those records. Null when a word before the list is a verb or the list has one field.
 */
export function bareRecordNoun(feature: string): string | null {
  const found = fieldClause(feature);
  const fields = namedFields(feature);
  if (!found || fields === null || fields.length < 2) return null;
  // "a registry of vehicles with …" keeps vehicles: the container word and its "of" go first.
  const before = withoutContainers(
    fold(found.before)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((x) => x !== ''),
  );
  if (before.length === 0 || before.length > 4 || before.some((w) => actionOf(w) !== null)) return null;
  // "Fournitures de bureau", "bins of screws": the record is the noun before "of".
  const of = before.findIndex((w, i) => i > 0 && /^(?:of|de|des|du|del|della|di|do|da|dos|das)$/.test(w));
  return recordNoun((of > 0 ? before.slice(0, of) : before).join(' '));
}

/**
 * The noun of the record a feature lists fields for, as written before the list ("keep our stock items with …"
 * → items), or null when the feature lists no fields or the words before them are no short noun phrase.
 */
export function listedRecordNoun(feature: string): string | null {
  const found = fieldClause(feature);
  if (!found || found.before.trim() === '' || namedFields(feature) === null) return null;
  return bareRecordNoun(feature) ?? recordNoun(found.before);
}

/** The fields named after "with" in a record feature, or null when the text names none it can read. */
/** A closing clause saying the create answers the record's id ("and get its id back"), in several languages. */
const ID_BACK =
  /\s*,?\s*\b(?:and|und|y|et|e)\s+(?:(?:get|gets|getting|receive|return|obtain|hand|hands|give|gives|devolver|devuelve|recibir|obtener|recevoir|obtenir|renvoyer|ricevere|restituire|ottenere|receber|obter|devolve)\s+(?:back\s+)?(?:(?:an?|its|the|their|su|el|un|son|sa|le|l|il|la|o|seu|sua|suo|loro|lo|new)\s+){0,2}id\b(?:\s+back)?|(?:(?:ihre|seine|die|eine|deren|dessen)\s+)?id\s+(?:zuruckbekommen|zurueckbekommen|bekommen|erhalten|zuruckgeben|zurueckgeben))\s*$/;

export function namedFields(feature: string): FieldSpec[] | null {
  const found = fieldClause(feature);
  if (!found) return null;
  const requiredWords = requiredNames(feature);
  // "between 1 and 5" is one field's range and "one of low/medium/high" one field's values, not several
  // fields: kept apart from the split and read back per part.
  const kept: string[] = [];
  const glosses: string[] = [];
  const keep = (m: string) => {
    kept.push(m);
    return ` «${kept.length - 1}»`;
  };
  // "the start date and time" is one field, "the patient's name" the patient's.
  const parts = joinedPhrases(fold(found.clause).toLowerCase())
    // "… with a text and get its id back", "… und ihre id zurückbekommen", "… y devolver su id": what the
    // create answers (every record has its id), not a field to send.
    .replace(ID_BACK, '')
    // "a mood from 1 (awful) to 5 (great)": words glossing a number say what it means, not another field; kept
    // aside for the field's description.
    .replace(/(\d)\s*(\([^()\d,]*\))/g, (_, digit: string, gloss: string) => {
      glosses.push(gloss);
      return `${digit} ‹${glosses.length - 1}›`;
    })
    // "who (a name)", "wer (ein Name)": a question word glossed by the field it stands for.
    .replace(
      /\b(?:who|what|when|where|wer|was|wann|quien|que|cuando|qui|quoi|quand|chi|cosa|quando|quem)\s*\(([^()]+)\)/g,
      ' $1 ',
    )
    .replace(ONE_OF, (_, list: string) => keep(`one of ${list}`))
    .replace(PARENTHESISED, (_, list: string) => keep(`one of ${list}`))
    .replace(
      /\b(?:between|entre|zwischen|tra)\s+-?\d+(?:[.,]\d+)?\s+(?:and|et|y|und|e)\s+-?\d+(?:[.,]\d+)?/gi,
      keep,
    )
    // "nome, e-mail e telefone": the "e" of "e-mail" joins nothing.
    .split(/,|\band\b|\bet\b|(?<!-)\by\b(?!-)|\bund\b|(?<!-)\be\b(?!-)|\bed\b/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  // "… con titolo e anno, elencarli e cancellarli": a verb standing alone after the fields ends their list.
  // So does one with only the records after it: "… und alle auflisten", "…, y ver la lista de todos".
  const verbAt = parts.findIndex((p, i) => i > 0 && closesList(p));
  if (verbAt > 0) parts.splice(verbAt);
  // A verb closing the clause ("… mit Beginn und Ende anlegen") is not part of the last field.
  const last = parts.length - 1;
  if (last >= 0) {
    const tail = parts[last].split(/\s+/);
    // "the title of the book" ends in a noun that is also a verb: after an article it is the noun.
    const before = tail[tail.length - 2];
    // "un stock minimum", "a quantity maximum": a word of an aggregate names the field's kind, not a verb.
    const verb = actionOf(tail[tail.length - 1]);
    if (tail.length > 1 && verb !== null && verb !== 'aggregate' && !ARTICLES.has(before))
      parts[last] = tail.slice(0, -1).join(' ');
  }
  // "a booking for a room with …": the record names what it is for.
  const ownerFound = FOR_OWNER.exec(fold(found.before).toLowerCase());
  const owner =
    ownerFound && (ownerFound[2] === undefined || actionOf(ownerFound[2]) !== null) ? ownerFound[1] : null;
  if (owner) parts.unshift(owner);
  const fields: FieldSpec[] = [];
  // "dem Raum, in dem sie gefunden wurden": a part that only describes the one before it belongs to it.
  const joined = parts.reduce<string[]>((all, p) => {
    if (all.length > 0 && continuesPart(p)) all[all.length - 1] = `${all[all.length - 1]} ${p}`;
    else all.push(p);
    return all;
  }, []);
  for (const raw of joined) {
    const part = raw.replace(/«(\d+)»/g, (_, i: string) => kept[Number(i)]);
    const field = partField(part.replace(/\s*‹\d+›/g, ''), requiredWords);
    if (field === null) return null;
    // The glosses say what the bounds mean, in the feature's words: "1 (awful) to 5 (great)".
    const glossed = [...part.matchAll(/(\S+)\s*‹(\d+)›/g)].map((m) => `${m[1]} ${glosses[Number(m[2])]}`);
    if (glossed.length > 0) field.description = `${field.description} (${glossed.join(', ')})`;
    fields.push(field);
  }
  const names = fields.map((f) => f.name);
  if (fields.length === 0 || new Set(names).size !== names.length) return null;
  return typedValues(fields.map((f) => valuesAsWritten(feature, f)));
}

/** Words that may stand beside a verb closing a field list: the records, all of them, their list. */
const CLOSING_WORDS = new Set(
  'them all it everything alle sie todos todas los las la lista de tous toutes les tutti tutte li le elenco o os as a'.split(
    ' ',
  ),
);

/** A part that only says what to do with the records: a verb, alone or with {@link CLOSING_WORDS} ("list them all"). */
function closesList(part: string): boolean {
  const words = part.split(/\s+/);
  return (
    words.every((w) => /^\p{L}+$/u.test(w)) &&
    words.some((w) => isVerb(w)) &&
    words.every((w) => isVerb(w) || CLOSING_WORDS.has(w)) &&
    (words.length === 1 || words.some((w) => CLOSING_WORDS.has(w) && !ARTICLES.has(w)))
  );
}

/** A word naming an operation on records ("elencarli", "listarlos"), not a kind of value ("total"). */
function isVerb(word: string): boolean {
  const action = actionOf(word);
  return action !== null && action !== 'aggregate';
}

/** Words joining a field's name to the length it is given ("a message of …", "un titre de …", "Text von …"). */
const LENGTH_JOIN = /\s+(?:of|with|von|mit|de|d|du|del|della|di|da|do|con|com)\s*$/;

/**
 * A part naming a text and its length ("a message of at most 280 characters", "un titre de 60 caractères au plus",
 * "a username of 3 to 20 characters long"): a string field with min_length/max_length, never a number named after
 * the unit. Null when the part states no length; undefined when it states one but names no field.
 */
function lengthField(raw: string, requiredWords: Set<string>): FieldSpec | null | undefined {
  const text = fold(raw).toLowerCase();
  const length = lengthPhraseIn(text);
  if (!length) return null;
  const after = text
    .slice(length.end)
    .replace(/\b(?:long|lang|de long|de largo|di lunghezza)\b/g, ' ')
    .trim();
  if (after !== '') return undefined;
  const before = text.slice(0, length.index).replace(LENGTH_JOIN, '').trim();
  const named = before === '' ? null : partField(before, requiredWords);
  if (!named || named.type !== 'string' || named.enum || named.format !== undefined) return undefined;
  const field: FieldSpec = { ...named };
  if (length.min !== undefined) field.min_length = length.min;
  if (length.max !== undefined) field.max_length = length.max;
  if (typeof field.example === 'string') field.example = fitText(field, field.example);
  field.description = `${field.description}; ${lengthText(field) ?? ''}`;
  return field;
}

/** One part of a field list as a field ("a priority one of low/medium/high"), or null when it is no field. */
function partField(raw: string, requiredWords: Set<string>): FieldSpec | null {
  const sized = lengthField(raw, requiredWords);
  if (sized !== null) return sized ?? null;
  let values: string[] | undefined;
  const listed = / one of (.+)$/.exec(raw);
  const phrase = withoutOthersRule(listed ? raw.slice(0, listed.index) : raw);
  if (listed) values = valuesOf(listed[1]);
  const { rest, rule } = partRule(phrase);
  const hint = fold(rest).toLowerCase();
  let text = hint
    .replace(/\([^)]*\)/g, ' ')
    .replace(ELIDED, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const flag = FLAG.exec(text);
  if (flag) return { ...writtenField(snakeName(flag[1], 'flag'), 'boolean', false), default: false };
  const optional = OPTIONAL.test(text);
  text = text.replace(OPTIONAL, ' ').replace(/\s+/g, ' ').trim();
  // "a list of ingredients", "eine Liste von Zutaten", "une liste d'articles": the record holds the things listed,
  // an array named after them (never a text named "list_of_ingredients").
  const listOf = LIST_OF.exec(text);
  if (listOf && !values && rule === null) {
    const things = listOf[1].split(' ').filter((w) => w !== '' && !ARTICLES.has(w));
    if (things.length === 0 || things.length > 2 || things.some((w) => /^\d/.test(w))) return null;
    return writtenField(
      snakeName(things.join('_'), 'field'),
      'string[]',
      !optional && (requiredWords.size === 0 || requiredWords.has(snakeName(things.join('_'), 'field'))),
    );
  }
  // "the start date and time", "la fecha y hora de inicio": one date-time named after what it dates.
  const dated = dateTimeName(text);
  if (dated !== null) {
    const name = snakeName(dated, 'field');
    return {
      ...writtenField(name, 'string', !optional && (requiredWords.size === 0 || requiredWords.has(name))),
      format: 'date-time',
      example: '2026-03-02T09:00:00Z',
    };
  }
  // "how many we have in stock" names a count; "the room it was left in" names the room.
  const plain = paraphrasedName(text);
  if (plain === null) return null;
  const unit = plain.count ? null : IN_UNIT.exec(plain.text);
  const named = unit ? plain.text.slice(0, unit.index) : plain.text;
  const words = nounWords(
    named
      .replace(/\bnumber of\b/, ' ')
      // "the title of the book": the field is the title.
      .replace(/^(.+?)\s+of\s+(?:the|a|an)\s+\w+$/, '$1')
      .split(/\s+/)
      .filter((w) => w !== ''),
  );
  if (words.length === 0 || words.length > 3) return null;
  // "2–10 options", "3 tags": a counted list, no written field ("field_2_10_options"); "… und alle auflisten": nor is "all".
  if (/^(?:\d|(?:alle|all|todos|todas|tous|toutes|tutti|tutte)$)/.test(words[0])) return null;
  const written = snakeName(words.join('_'), 'field');
  const name = NAME_ALIASES[written] ?? written;
  // "the unit we count them in", "Einheit": the unit an amount is counted in (pcs, m, kg) is text, never a count.
  const number =
    !values &&
    !isUnitName(name) &&
    (plain.count || NUMBER_HINT.test(text) || THRESHOLD_HINT.test(text) || rule !== null);
  const type: FieldSpec['type'] = !number
    ? 'string'
    : !plain.count && DECIMAL_HINT.test(text)
      ? 'number'
      : 'integer';
  const required = !optional && (requiredWords.size === 0 || requiredWords.has(name));
  // "Einheit (Stück, Packung)", "a unit (m or pcs)": units it is counted in, said by example — plain text that
  // takes them as written (a list of folded values would refuse "Stück").
  const field = writtenField(name, type, required, isUnitName(name) ? undefined : values);
  // A paraphrased field says what the feature wrote for it ("room: the room it was left in").
  if (plain.text !== text) field.description = `${field.description}: "${text}"`;
  // A count is never below zero ("how many days between waterings").
  if (plain.count && type === 'integer') field.minimum = 0;
  if (rule) applyProseRule(field, rule);
  if (type === 'string' && !values && /(?:^|_)e_?mail$/.test(name))
    return { ...field, format: 'email', example: 'ada@example.com' };
  if (type === 'string' && !values && DATE_HINT.test(hint))
    return TIME_HINT.test(hint) ? field : { ...field, format: 'date', example: '2025-06-01' };
  return field;
}

/** "a list of X" in six languages (the part's words, folded, punctuation gone): X is what the record holds. */
const LIST_OF =
  /^(?:(?:a|an|the|its|their|eine?|einer|die|una?|une|uma|la|le|sa|leur)\s+)?(?:list|liste|lista|array)\s+(?:of|von|de|d|di|da|des|der|dei|degli|delle|do|dos|das)\s+([a-z][a-z ]*)$/;

/** Fields the feature says are required ("a title is required", "title is mandatory"), by name. */
function requiredNames(feature: string): Set<string> {
  const found = new Set<string>();
  for (const m of fold(feature)
    .toLowerCase()
    .matchAll(
      /\b(?:an?|the)?\s*(\w+(?: \w+)?) (?:is|are) (?:required|mandatory|obligatoire|obligatorio|pflicht)\b/g,
    )) {
    found.add(snakeName(m[1].replace(/^(a|an|the) /, '').replace(/ /g, '_'), 'field'));
  }
  return found;
}

export { uniqueNamed, withUniqueNamed } from './unique-named';

/**
 * A feature that creates records and lists their fields ("Registrare il punteggio …: nome e punti (…)"), or a
 * rating on a scale (its item and its rating); a rule naming one field ("you cannot sign up twice with the same
 * username (409)") lists none.
 */
export function makesNamedRecords(feature: string): boolean {
  if (readRating(feature) !== null) return true;
  return readFeature(feature).actions.includes('create') && (namedFields(feature) ?? []).length >= 2;
}
