import type { FieldSpec } from './spec-contract';
import { sameTerm } from './same-terms';

/*
 * Which fields a constraint's subject names ("number of people" names `people`, "Umsatz" names jahresumsatz):
 * the matching the designer and the gate share, apart from the readers of constraint-reading.ts.
 */

/** A feature's text folded for reading: accents and ß dropped, ≥ ≤ and % spelled, a final stop removed. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/%/g, ' percent ')
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!;]+$/, '')
    .trim();
}

/** Words that bind a subject to its rule ("must be", "muss … sein", "debe ser", "doit être"): no content. */
export const BINDING = new Set(
  (
    'the a an each every any all of is are be must should shall has have to needs need may can only always will ' +
    'it its their always never value values number numbers amount given sent ' +
    'der die das den dem des ein eine einer eines jede jeder jedes muss mussen muessen soll sollen darf ' +
    'durfen duerfen sein ist sind immer wert werte anzahl wird werden ' +
    'el la los las un una cada todo todos de del debe deben tiene tienen que ser estar es son siempre valor numero ' +
    'le les une chaque tout tous doit doivent etre est sont toujours valeur nombre ' +
    'il lo gli di del della dei delle deve devono essere sempre valore ogni os um uma do dos das devem ser valor'
  ).split(' '),
);

/** Words of a field's name and description (snake_case split, folded). */
export function fieldWords(text: string): string[] {
  return (
    fold(text.replace(/_/g, ' '))
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).filter((w) => w.length >= 2);
}

/**
 * A German word naming a field's one-word name by its last part or a weak plural ("Umsatz" for jahresumsatz,
 * "Beitrag" for mitgliedsbeitrag, "ohne Namen" for name): a compound's head of five letters or more after a part of
 * four or more, never an English word ending alike by chance ("count" in discount: three letters before it).
 */
function namesGermanCompound(n: string, w: string): boolean {
  if (w.length >= 5 && n.length - w.length >= 4 && n.endsWith(w)) return true;
  return n.length >= 4 && n.endsWith('e') && w === `${n}n`;
}

/**
 * How well a constraint's subject names a field: words of its name count 2, words of its description 1; 0
 * when the subject names nothing of it. "number of people" names `people`; "tip percent" names `tip_percent`
 * better than `bill` ("Bill amount before the tip").
 */
export function subjectScore(subject: string[], field: Pick<FieldSpec, 'name' | 'description'>): number {
  const name = fieldWords(field.name);
  const description = fieldWords(field.description).filter((w) => !BINDING.has(w));
  let score = 0;
  for (const w of subject) {
    if (name.some((n) => sameTerm(n, w) || (name.length === 1 && namesGermanCompound(n, w)))) score += 2;
    else if (description.some((d) => sameTerm(d, w))) score += 1;
  }
  // A field whose name the subject covers entirely is meant more surely than one it touches.
  if (name.length > 0 && name.every((n) => subject.some((w) => sameTerm(n, w)))) score += 1;
  return score;
}

/**
 * The words of what a feature asks for as well that the other features (`others`) do not say: "also the average
 * word length" beside "count the words and sentences" asks for an average length, which the words counted do not
 * answer. The whole subject when the others say all of it.
 */
export function newSubject(subject: string[], others: string[]): string[] {
  const said = others.flatMap((f) => fieldWords(f));
  const fresh = subject.filter((w) => !said.some((x) => sameTerm(x, w)));
  return fresh.length > 0 ? fresh : subject;
}

/**
 * A field as its own words name it: a rule put on a field quotes its feature in the field's description, and
 * those words would name every field the rule was put on alike ("1 to 50 dice and 2 to 100 sides" in both).
 */
export function inOwnWords<T extends Pick<FieldSpec, 'description'>>(field: T, feature: string): T {
  const quoted = feature.trim().replace(/[.!]$/, '');
  return { ...field, description: field.description.split(quoted).join(' ') };
}

/** The fields a subject names best (several when they tie), or none. */
export function fieldsNamedBy<T extends Pick<FieldSpec, 'name' | 'description'>>(
  subject: string[],
  fields: T[],
): T[] {
  const scored = fields.map((f) => ({ f, s: subjectScore(subject, f) })).filter((x) => x.s > 0);
  const best = Math.max(0, ...scored.map((x) => x.s));
  return scored.filter((x) => x.s === best).map((x) => x.f);
}

/**
 * The fields a subject names each in full, grouped by name, when it names two or more that share no word
 * ("quantities and reorder levels": quantity, reorder_level); empty otherwise. A rule on such a subject holds
 * for each of them, where {@link fieldsNamedBy} keeps only the best named (reorder_level: two words matched).
 */
export function separatelyNamed<T extends Pick<FieldSpec, 'name' | 'description'>>(
  subject: string[],
  fields: T[],
): T[][] {
  const groups = new Map<string, T[]>();
  for (const f of fields) {
    const name = fieldWords(f.name);
    if (name.length === 0 || !name.every((n) => subject.some((w) => sameTerm(n, w)))) continue;
    groups.set(f.name, [...(groups.get(f.name) ?? []), f]);
  }
  const names = [...groups.keys()].map(fieldWords);
  const overlap = names.some((a, i) =>
    names.slice(i + 1).some((b) => a.some((x) => b.some((y) => sameTerm(x, y)))),
  );
  return names.length >= 2 && !overlap ? [...groups.values()] : [];
}

/** Words that stand for any field of a record ("a missing field", "un campo que falta", "ein fehlendes Feld"). */
const ANY_FIELD =
  /^(?:fields?|felder|feldern|feld|campos?|campi|champs?|datos?|dati|dados?|angaben?|parameters?|parametros?|parametres?|parametri)$/;

/**
 * The fields a refusal of missing input names: each of several named apart ("a missing room/start/end", "sin
 * sala ni inicio"), every required one when it names any field ("a missing field"), else those it names best.
 * Shared by the designer (worked refusals per field) and the gate (each field required and shown left out).
 */
export function missingFieldsNamed<T extends Pick<FieldSpec, 'name' | 'description' | 'required'>>(
  subject: string[],
  fields: T[],
): T[] {
  if (subject.length > 0 && subject.every((w) => ANY_FIELD.test(w))) return fields.filter((f) => f.required);
  const apart = separatelyNamed(subject, fields);
  if (apart.length > 0 && apart.every((group) => group.length === 1)) return apart.flat();
  return fieldsNamedBy(subject, fields);
}
