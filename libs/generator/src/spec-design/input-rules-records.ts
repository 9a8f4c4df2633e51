import {
  fieldOfNamedRecords,
  fieldsNamedBy,
  missingFieldsNamed,
  type FieldRule,
  type FieldSpec,
  type ResourceSpec,
  type RuleClause,
} from '@sf/service-spec';
import { MISSING_ID, errorBody } from './acceptance-steps';
import type { ContractBuilder } from './contract-builder';
import { attachFieldRule, planRecordRefusal } from './record-field-rules';
import { claimComputation } from './refusal-features';
import { boundTypedRecord, typedOnlyByDefault } from './text-typed-fields';
import { asSaid } from '../catalog/feature-words';

/*
 * Input rules stated as a key feature of their own (`input-rules.ts`), on the fields of a record store: each clause
 * on the one resource field it names (bounds, lengths, required, empty, not a number, unknown, malformed), and "an unknown
 * id is a 404" on every record route with an id. Also what fields a clause's kind fits, shared with the
 * computations' side.
 */

/** URL schemes other than http and https. */
const OTHER_SCHEME = /\b(?:s?ftp|file|mailto|ssh|git|wss?|data|tel)\b/i;

export type Step = () => boolean;

export const isNumber = (f: FieldSpec) => f.type === 'number' || f.type === 'integer';

/**
 * A text of digits ("4539 1488 0343 6467", a card number): letters in it are not a number either, as the gate
 * reads them (`input-rule-fidelity.ts`); only the computation's own refusal of letters can show it.
 */
export const isDigitText = (f: FieldSpec) =>
  f.type === 'string' && typeof f.example === 'string' && /^\d[\d -]*$/.test(f.example);

/** Words naming a list itself, not its items. */
const LIST_WORDS = /^(?:lists?|listen?|listas?|listes)$/;
/** Words for the items of a list in general ("numbers", "values"): with a list word they count the list. */
const ITEMS_IN_GENERAL =
  /^(?:numbers?|zahl|zahlen|numeros?|nombres?|numeri|values?|werte?|valor|valores|valeurs?|valori?|words?|items?|elements?|entries|entry|characters?|letters?|wort|worter|zeichen|elemente?|eintrage?|palabras?|elementos?|mots?|caracteres|parole|elementi|palavras?)$/;

/**
 * Whether a bound is one on each number of a list ("every score between 0 and 100", "marks run from 0 to 20"), not
 * on how many the list holds ("a list of more than 100 numbers", "more than 3 words").
 */
function boundsItems(clause: RuleClause): boolean {
  if (clause.digits || clause.chars) return false;
  if (
    clause.words.some((w) =>
      /^(?:words?|characters?|letters?|wort|worter|zeichen|palabras?|mots?|parole)$/.test(w),
    )
  )
    return false;
  return (
    !clause.words.some((w) => LIST_WORDS.test(w)) ||
    clause.words.some((w) => !LIST_WORDS.test(w) && !ITEMS_IN_GENERAL.test(w))
  );
}

/** Whether a field can hold the kind of value a clause refuses. */
export function fits(clause: RuleClause, f: FieldSpec): boolean {
  switch (clause.kind) {
    case 'bound':
      // A digit count bounds a number written as text (a card number), a count of characters a text, a bound
      // of value a number, or each number of a list.
      if (clause.chars) return f.type === 'string' && !f.enum && f.format === undefined;
      if (f.type === 'number[]') return boundsItems(clause);
      return clause.digits ? isDigitText(f) : isNumber(f);
    case 'zero':
      return isNumber(f);
    case 'nan':
      return isNumber(f) || isDigitText(f) || f.type === 'number[]';
    case 'fraction':
      // Only an integer's emitted validation refuses 2.5.
      return f.type === 'integer';
    case 'empty':
      // "An empty list" is one of a list, never an empty text.
      if (clause.words.some((w) => LIST_WORDS.test(w))) return f.type.endsWith('[]');
      return f.type === 'string' || f.type.endsWith('[]');
    case 'blank':
    case 'letterless':
    case 'not_string':
      return f.type === 'string';
    case 'unknown':
    case 'malformed':
      return f.type === 'string';
    case 'missing':
      return true;
  }
}

/** The length in characters a bound on a count of characters allows, or null when it bounds neither end. */
function lengthOf(rule: FieldRule): { min?: number; max?: number } | null {
  const min = rule.minimum ?? (rule.exclusive_minimum !== undefined ? rule.exclusive_minimum + 1 : undefined);
  const max = rule.maximum ?? (rule.exclusive_maximum !== undefined ? rule.exclusive_maximum - 1 : undefined);
  if (min === undefined && max === undefined) return null;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** The one resource field a clause names among resources with a create. */
function recordField(b: ContractBuilder, clause: RuleClause): { r: ResourceSpec; f: FieldSpec } | null {
  return (
    namedRecordField(b, clause, (f) => fits(clause, f)) ??
    // A bound of value on a field kept as text only because its feature said nothing of it: it holds a number.
    (clause.kind === 'bound' && !clause.digits && !clause.chars
      ? namedRecordField(b, clause, typedOnlyByDefault)
      : null)
  );
}

function namedRecordField(
  b: ContractBuilder,
  clause: RuleClause,
  fit: (f: FieldSpec) => boolean,
): { r: ResourceSpec; f: FieldSpec } | null {
  const all = b.contract.resources.flatMap((r) =>
    b.contract.endpoints.some((e) => e.behavior.kind === 'create' && e.behavior.resource === r.name)
      ? r.fields.filter((f) => f.generate === undefined && fit(f)).map((f) => ({ r, f }))
      : [],
  );
  const best = fieldsNamedBy(
    clause.words,
    all.map((x) => x.f),
  );
  const found = all.filter((x) => best.includes(x.f));
  if (found.length === 1) return found[0];
  if (best.length > 0) return null;
  // "Readings that are not numbers" beside a store of readings: the records' one field of the kind (as the gate
  // reads it, `fieldOfNamedRecords`).
  const stores = [...new Set(all.map((x) => x.r))];
  const meant = stores.flatMap((r) => {
    const f = fieldOfNamedRecords(
      clause.words,
      r.name,
      all.filter((x) => x.r === r).map((x) => x.f),
      clause.kind,
    );
    return f ? [{ r, f }] : [];
  });
  return meant.length === 1 ? meant[0] : null;
}

/** The fields of the one store with a create that a missing clause names (several, or any required one). */
function missingOfOneStore(b: ContractBuilder, clause: RuleClause): FieldSpec[] {
  const stores = b.contract.resources.filter((r) =>
    b.contract.endpoints.some((e) => e.behavior.kind === 'create' && e.behavior.resource === r.name),
  );
  if (stores.length !== 1) return [];
  return missingFieldsNamed(
    clause.words,
    stores[0].fields.filter((f) => f.generate === undefined),
  );
}

/** The steps realising every clause on a record's fields (bounds and required ones), or null. */
export function planRecord(
  b: ContractBuilder,
  clauses: RuleClause[],
  status: number | null,
  feature: string,
): Step[] | null {
  if (status !== null && status !== 400) return null;
  const steps: Step[] = [];
  // "Il punteggio deve essere un intero maggiore o uguale a 0": a whole number within a bound is one rule on one
  // field, which may be typed text only by default until the bound makes it an integer.
  const key = (c: RuleClause) => JSON.stringify(c.words);
  const whole = new Set(clauses.filter((c) => c.kind === 'fraction').map(key));
  const bounded = new Set(clauses.filter((c) => c.kind === 'bound' && !c.chars && !c.digits).map(key));
  for (const stated of clauses) {
    if (stated.kind === 'fraction' && bounded.has(key(stated))) continue;
    // "A missing room/start/end", "a missing field": each field it names (any required one) of the one store.
    const several = stated.kind === 'missing' ? missingOfOneStore(b, stated) : [];
    if (several.length > 1) {
      for (const f of several)
        steps.push(() => attachFieldRule(b, { kind: 'required', subject: f.name.split('_') }, feature));
      continue;
    }
    const named = stated.words.length > 0 ? recordField(b, stated) : null;
    if (!named) return null;
    const { r, f } = named;
    // The field's own words where the clause names the records ("readings"): the steps below find it by them.
    const clause =
      fieldsNamedBy(stated.words, [f]).length > 0 ? stated : { ...stated, words: f.name.split('_') };
    if (clause.kind === 'bound' && clause.chars) {
      const length = lengthOf(clause.rule ?? {});
      if (!length) return null;
      steps.push(() =>
        attachFieldRule(b, { kind: 'length', subject: clause.words, ...length }, feature, true),
      );
    } else if (clause.kind === 'bound') {
      const integer = whole.has(key(stated)) ? { integer: true as const } : {};
      steps.push(() => boundTypedRecord(b, r, f, { rule: clause.rule ?? {}, ...integer }, feature));
    } else if (clause.kind === 'missing')
      steps.push(() => attachFieldRule(b, { kind: 'required', subject: clause.words }, feature));
    else if (
      clause.kind === 'empty' ||
      clause.kind === 'nan' ||
      clause.kind === 'fraction' ||
      clause.kind === 'unknown' ||
      clause.kind === 'malformed'
    ) {
      // A URL of another scheme ("not an ftp URL") is no refusal of the http(s) check a URL field makes.
      if (clause.kind === 'malformed' && OTHER_SCHEME.test(feature)) return null;
      const step = planRecordRefusal(b, clause.kind, clause.words, feature);
      if (!step) return null;
      steps.push(step);
    } else return null;
  }
  return steps;
}

/**
 * "An unknown id is a 404": every record route with an id claims it, shown by a request for one that is not there;
 * null when there is none, or the feature writes another status.
 */
export function planUnknownIds(b: ContractBuilder, status: number | null, feature: string): Step[] | null {
  if (status !== null && status !== 404) return null;
  const routes = b.contract.endpoints.filter(
    (e) => /\{[a-z_]+\}/.test(e.path) && 'resource' in e.behavior && e.method === 'GET',
  );
  if (routes.length === 0) return null;
  return [
    () => {
      for (const e of routes) {
        b.contract.acceptance.push({
          id: 'draft',
          endpoint_id: e.id,
          kind: 'error',
          description: `${e.method} ${e.path} for an id that does not exist answers 404 NOT_FOUND ("${asSaid(feature)}").`,
          steps: [
            {
              request: { method: e.method, path: e.path.replace(/\{[a-z_]+\}/g, MISSING_ID) },
              expect: { status: 404, body_contains: errorBody('NOT_FOUND') },
            },
          ],
        });
        claimComputation(e, feature);
      }
      return true;
    },
  ];
}
