import type { EndpointSpec } from '../spec-contract';
import { sameTerm } from '../same-terms';
import { wordsOf } from './domain-terms';
import { label } from './worked-examples';

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
