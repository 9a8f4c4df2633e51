import type { AcceptanceCheck, EndpointSpec } from '../spec-contract';
import { lengthPhraseIn } from '../field-rule-reading';
import { lengthText } from '../record-rules';
import { sameTerm } from '../same-terms';
import { wordsOf } from './domain-terms';
import { label, lastStep, sentFields } from './worked-examples';

/*
 * The fields a record feature lists ("save a recipe with a name and how many people it serves", "Kunden mit
 * Name und E-Mail anlegen", "un libro con título y autor") belong to the records its create endpoint makes. A
 * store whose create endpoint has fields of its own choosing (a recipe's `title` and `ingredients`) answers 400 to
 * every record the user sends. Refused when no listed part names a field the endpoint reads or answers (by a word
 * of the field's name or description): the store kept fields of its own choosing. A list is read only right after
 * the record's short name, and one part named is enough, so a part said in other words ("how many people it
 * serves" → `servings`, "eine Frage" → `question`) never refuses a store that took the list.
 */

const WITH = /\b(?:with|having|containing|avec|con|mit|com)\s+(.+?)(?:[;.:]|$)/;
/** Between the parts of a list; a one-letter "e" or "y" only between spaces ("e-mail" is one word). */
const SPLIT = /,|\s(?:and|und|y|et|e|or|oder|o|ou|as well as|sowie)\s/;
/** Words of a listed part that name no field: articles, pronouns, rules on the field, question words. */
const NO_NAME = new Set(
  (
    'the a an its their his her our your some any each every one own der die das den dem des ein eine einen einer ' +
    'einem ihr ihre ihren seine seinen el la los las un una unos unas su sus le les une des du son sa ses leur leurs ' +
    'il lo gli uno suo sua suoi loro o os as um uma seu sua seus suas how many much what which who whether when where ' +
    'it they them is are was be been has have that this there we you optional optionally required mandatory unique ' +
    'default distinct valid validated positive negative always also too well wie viele viel welche ob es sie ist sind ' +
    'cuantos cuantas cual que si es son combien quel quelle est sont quanti quante quale quantos quantas qual'
  ).split(' '),
);

/** What the create endpoint lacks of the fields the feature lists; empty when each part names a field. */
export function listedFieldProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const create = endpoints.find((e) => e.behavior?.kind === 'create');
  if (!create || /\d{3}|[/{}`"]/.test(feature)) return [];
  // The values a field accepts, in parentheses ("a kind (laptop, phone or tablet)"), are no fields.
  const prose = feature
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\be-mail/g, 'email');
  const found = WITH.exec(prose);
  // Only a list right after the record's short name ("save a recipe with …", "Räume anlegen mit …"): "… each is
  // reported up or down with its latency" or "prüft jede Adresse mit einem Timeout" lists no record's fields.
  const before = found ? prose.slice(0, found.index) : '';
  if (!found || /[,:;]/.test(before) || wordsOf(before).length > 5) return [];
  const clause = found[1];
  const fieldWords = [
    ...(create.request.body?.fields ?? []).flatMap((f) => [
      ...wordsOf(f.name.replace(/_/g, ' ')),
      ...wordsOf(f.description ?? ''),
    ]),
    ...create.responses.flatMap((r) => {
      const example = Array.isArray(r.example) ? (r.example as unknown[])[0] : r.example;
      return example !== null && typeof example === 'object'
        ? Object.keys(example).flatMap((k) => wordsOf(k.replace(/_/g, ' ')))
        : [];
    }),
  ].filter((w) => w.length >= 2);
  const parts = clause
    .split(SPLIT)
    .map((part) =>
      part
        .trim()
        .split(/\s+/)
        .filter((w) => w.length >= 3 && !NO_NAME.has(w)),
    )
    .filter((words) => words.length > 0);
  const names = (words: string[]) => words.some((w) => fieldWords.some((f) => sameTerm(w, f)));
  // A store that names one of the parts took the list (a part it words otherwise, "Frage" as `question`, is the
  // words' business, not a sign of another record); one that names none kept fields of its own choosing.
  if (parts.length === 0 || parts.some(names)) return [];
  return [
    `it lists ${parts.map((w) => `"${w.join(' ')}"`).join(', ')} as what each record holds, but ${label(create)} has no field that names any of them`,
  ];
}

/**
 * Determiners that open a noun phrase in the languages read (folded): "sa référence", "seinem Bestand", "su
 * código", "il suo codice", "seu nome", "the title". None opens a field's name. Left out: those that are also
 * nouns or words of a field's name elsewhere ("as", "o", "i", English "die", Spanish "mes", "mi", "sue").
 */
const OPENING_DETERMINERS = new Set(
  (
    'le la les l un une des du de sa son ses leur leurs mon ma notre nos votre vos ' +
    'der das den dem ein eine einen einem einer eines sein seine seinen seinem seiner seines ' +
    'ihr ihre ihren ihrem ihrer ihres mein meine meinen meinem meiner unser unsere unseren unserem unserer ' +
    'el los las una unos unas su sus mis nuestro nuestra nuestros nuestras ' +
    'il lo gli uno suo sua suoi loro mio mia miei mie nostro nostra nostri nostre ' +
    'os um uma seu seus suas meu minha meus minhas nosso nossa nossos nossas ' +
    'a an the its their his her my our your'
  ).split(' '),
);
/** Articles and prepositions written elided, with an apostrophe ("seuil d'alerte", "data dell'ordine"). */
const ELIDED_WORDS = new Set('l d dell dall nell sull'.split(' '));

/**
 * A free-text field list realised with its determiners in the field names ("avec sa référence, son nom et un
 * seuil d'alerte" → `sa_reference`, `son_nom`, `seuil_d_alerte`): the fields a client sends (`reference`, `nom`,
 * `seuil_alerte`) are refused with 400, so the list is not realised. A name counts as polluted when it is the
 * feature's own words with a determiner at its head or an elided article inside; a name the feature writes as a
 * name (in quotes, backticks or a JSON shape) is honoured as written and never read here.
 */
export function listedDeterminerProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  if (/[`"{}]/.test(feature)) return [];
  const prose = ` ${wordsOf(feature.replace(/\be-mail/gi, 'email')).join(' ')} `;
  const problems: string[] = [];
  for (const e of endpoints) {
    for (const f of e.request.body?.fields ?? []) {
      const words = f.name.split('_').filter((w) => w !== '');
      if (words.length < 2 || !prose.includes(` ${words.join(' ')} `)) continue;
      const polluted =
        (OPENING_DETERMINERS.has(words[0]) && !/^(?:de|l)$/.test(words[0])) ||
        (words[0] === 'de' && OPENING_DETERMINERS.has(words[1])) ||
        words.slice(0, -1).some((w) => ELIDED_WORDS.has(w));
      if (!polluted) continue;
      let head = 0;
      while (head < words.length - 1 && OPENING_DETERMINERS.has(words[head])) head += 1;
      const noun = words.slice(head).filter((w) => !ELIDED_WORDS.has(w));
      problems.push(
        `${label(e)} names a field \`${f.name}\` with the feature's determiner in it ("${words.join(' ')}"): a client sends \`${noun.join('_')}\`, the noun the feature lists`,
      );
    }
  }
  return problems;
}

/** Words joining a field's name to its length ("a message of …", "un titre de …", "ein Text von …"). */
const LENGTH_JOIN = new Set('of with von mit de d du del della di da do con com'.split(' '));

/**
 * A field list that gives a text its length ("with a name and a message of at most 280 characters", "mit einem
 * Text von höchstens 500 Zeichen") is realised only by a create endpoint whose text field named by that part
 * holds the length (min_length/max_length), shown by a worked 400 sending a text of the wrong length. A number
 * named after the unit ("message_of_characters" ≤ 280) would refuse every message the user writes.
 */
export function listedLengthProblems(
  feature: string,
  endpoints: EndpointSpec[],
  checks: AcceptanceCheck[],
): string[] {
  const create = endpoints.find((e) => e.behavior?.kind === 'create');
  if (!create) return [];
  const prose = feature
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ');
  const found = WITH.exec(prose) ?? /^[^:]{1,80}:\s*(.+?)(?:[;.]|$)/.exec(prose);
  if (!found) return [];
  const fields = (create.request.body?.fields ?? []).filter((f) => f.type === 'string');
  const problems: string[] = [];
  for (const part of found[1].split(SPLIT)) {
    const length = lengthPhraseIn(part.trim());
    if (!length) continue;
    const words = part
      .trim()
      .slice(0, length.index)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !NO_NAME.has(w) && !LENGTH_JOIN.has(w));
    if (words.length === 0) continue;
    const said = lengthText({ min_length: length.min, max_length: length.max }) ?? '';
    const held = fields.filter(
      (f) =>
        wordsOf(f.name.replace(/_/g, ' ')).some((n) => words.some((w) => sameTerm(w, n))) &&
        (length.min === undefined || f.min_length === length.min) &&
        (length.max === undefined || f.max_length === length.max),
    );
    if (held.length === 0) {
      problems.push(
        `it gives "${words.join(' ')}" ${said}, but no text field of ${label(create)} named so holds that length`,
      );
      continue;
    }
    const shown = checks.some((c) => {
      const step = lastStep(c);
      if (c.kind !== 'error' || step.expect.status !== 400) return false;
      const body = sentFields(step);
      return held.some((f) => {
        const v = body[f.name];
        if (typeof v !== 'string') return false;
        const n = Array.from(v).length;
        return (length.min !== undefined && n < length.min) || (length.max !== undefined && n > length.max);
      });
    });
    if (!shown)
      problems.push(
        `it gives "${words.join(' ')}" ${said}, but no 400 example of ${label(create)} sends a text of the wrong length`,
      );
  }
  return problems;
}
