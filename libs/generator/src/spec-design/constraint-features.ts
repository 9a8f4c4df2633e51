import {
  newSubject,
  readsEndBeforeStart,
  boundFieldFits,
  fieldsNamedBy,
  misreadBound,
  readConstraint,
  readInputRules,
  readRefusedRange,
  refusalParts,
  subjectScore,
  withinBounds,
  type ConstraintReading,
  type EndpointSpec,
  type FieldSpec,
  type ResourceSpec,
  readNotFuture,
  readNotFutureJoined,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import {
  catalogDesignOf,
  realiseFromCatalog,
  redesignCatalogEndpoint,
  redesignedCatalogDesign,
} from './catalog-endpoints';
import { showRounding } from './rounding-examples';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { recogniseFeature } from '../catalog/catalog';
import { sampleBody } from './samples';
import { bodyOf, boundInput, checksOf, claim, say, withValue } from './field-bounds-design';
import { applyInputRules, requireInputs, showMissingToo } from './input-rules-apply';
import { attachFieldRule } from './record-field-rules';
import { claimComputation, onlyRefuses, refuseInputs } from './refusal-features';
import { attachWrittenValues } from './catalog-endpoints';
import { attachSignatureRefusal, readsSignatureRefusal } from './signature-refusals';
import { attachEventBodyRule, readsEventBodyRule } from './event-body-rules';
import { joinEarlierFollowUps, joinWrittenRoutes } from './written-route-join';
import { realiseFollowUp } from './follow-up-features';
import { attachTextProperty } from './text-properties';
import { boundSeveral, boundTypedRecord, namedFields, typedOnlyByDefault } from './text-typed-fields';
import { attachNotFuture, attachNotFutureJoined } from './not-future-design';
import { joinsEach } from './each-constraint';
import { asSaid } from '../catalog/feature-words';

/*
 * Key features that constrain another feature's endpoint instead of naming an operation ("the number of
 * people must be at least 1", "tip percent defaults to 15", "results rounded to 3 decimals", "also return the
 * sum"). They are designed after every other feature: each finds the field or computation it names among what
 * the others made and puts itself into the contract there (a field's bounds or default, a computation's
 * decimals or extra result), with a worked example that fails without it. One that names nothing the SPEC
 * has, or names two things equally, is left unrealised: the gate refuses the intent rather than a guess.
 */

/** Whether a feature only constrains another feature's endpoint (it is designed after the others). */
export function onlyConstrains(feature: string): boolean {
  return (
    readConstraint(feature) !== null ||
    refusedRange(feature) !== null ||
    onlyRefuses(feature) ||
    readInputRules(feature) !== null ||
    // "… returns 400; an unknown sku returns 404": a refusal list with a status per group.
    refusalParts(feature) !== null ||
    readsSignatureRefusal(feature) ||
    // "the verified body must be a JSON object with a string id, else 400": a rule of the signed receiver.
    readsEventBodyRule(feature) ||
    // "a publication year in the future is rejected": a rule of a store's year or date field.
    readNotFuture(feature) !== null ||
    readNotFutureJoined(feature) !== null ||
    // "the end must not be before the start": a rule of a record's interval, claimed once it is settled.
    readsEndBeforeStart(feature)
  );
}

/**
 * The bound a feature that only says which values of a field are refused states ("weights over 700 kg are
 * rejected"), unless a catalog family reads the feature itself (its own refusal, "reject numbers above 3999").
 */
function refusedRange(feature: string): ConstraintReading | null {
  const reading = readRefusedRange(feature);
  // "Una cuenta con letras o negativa": a bound beside another kind is one clause of the input rules, which
  // realise every clause or none (`input-rules.ts`). A missing value is no other kind here: every generated
  // service refuses a required field left out, so "a negative or missing score returns 400" stays the field's
  // bound (it was, until the input rules took it whole and left it unclaimed beside a record store).
  const clauses = readInputRules(feature)?.clauses ?? [];
  if (clauses.some((c) => c.kind !== 'bound' && c.kind !== 'missing')) return null;
  return reading && recogniseFeature(feature) === null ? reading : null;
}

/**
 * What a constraint feature states: its constraint, unless it is a bound the input-rule reader reads otherwise
 * ("less than 1 person or a negative tip: 400" is what is refused, not what must hold; "=> 400" is a status).
 */
function constraintOf(feature: string): ConstraintReading | null {
  const reading = readConstraint(feature);
  if (reading?.kind === 'bound' && misreadBound(feature, reading.rule)) return null;
  return reading;
}

/** A field an input or record rule can go on: a function endpoint's input, or a resource's field. */
type Target =
  | { where: 'input'; endpoint: EndpointSpec; field: FieldSpec }
  | { where: 'record'; resource: ResourceSpec; field: FieldSpec };

function inputFields(e: EndpointSpec): FieldSpec[] {
  if (e.behavior.kind !== 'function') return [];
  return e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []);
}

/** Every field the subject names best among those that `fits`, over all function inputs and resource fields. */
function targetsOf(b: ContractBuilder, subject: string[], fits: (f: FieldSpec) => boolean): Target[] {
  const all: Target[] = [
    ...b.contract.endpoints.flatMap((endpoint) =>
      inputFields(endpoint).map((field): Target => ({ where: 'input', endpoint, field })),
    ),
    ...b.contract.resources.flatMap((resource) =>
      resource.fields.map((field): Target => ({ where: 'record', resource, field })),
    ),
  ].filter((t) => fits(t.field));
  const best = fieldsNamedBy(
    subject,
    all.map((t) => t.field),
  );
  return all.filter((t) => best.includes(t.field));
}

const numeric = (f: FieldSpec) => f.type === 'number' || f.type === 'integer';
/** One field the subject names, or null when it names none or several different ones. */
function oneTarget(b: ContractBuilder, subject: string[], fits: (f: FieldSpec) => boolean): Target | null {
  const found = targetsOf(b, subject, fits);
  return found.length === 1 ? found[0] : null;
}

function fitsType(field: FieldSpec, value: number | string): boolean {
  if (field.type === 'integer') return typeof value === 'number' && Number.isInteger(value);
  if (field.type === 'number') return typeof value === 'number';
  if (field.type === 'string') return typeof value === 'string';
  return false;
}

/** The value written as the field holds it: "eur" for a field listing "EUR" is that listed value. */
function asFieldValue(field: FieldSpec, value: number | string): number | string | null {
  if (field.enum) {
    const listed = field.enum.find((v) => String(v).toLowerCase() === String(value).toLowerCase());
    return listed ?? null;
  }
  if (typeof value === 'number' && field.type === 'string') return null;
  return fitsType(field, value) ? value : null;
}

/**
 * A default for a computation's input: the field becomes optional with that default, and a worked example whose
 * request leaves it out answers what it answers with the default (one the catalog wrote with exactly that value).
 */
function defaultInput(
  b: ContractBuilder,
  e: EndpointSpec,
  field: FieldSpec,
  value: number | string,
  feature: string,
): boolean {
  const v = asFieldValue(field, value);
  if (v === null || (field.minimum !== undefined && typeof v === 'number' && !withinBounds(field, v)))
    return false;
  const base = checksOf(b, e).find(
    (c) =>
      c.kind === 'happy' &&
      c.steps.length === 1 &&
      bodyOf(c, e)?.[field.name] !== undefined &&
      String(bodyOf(c, e)?.[field.name]) === String(v),
  );
  if (!base) return false;
  field.required = false;
  field.default = v;
  say(field, `defaults to ${String(v)} when not sent (${asSaid(feature)})`);
  b.contract.acceptance.push({
    id: 'draft',
    endpoint_id: e.id,
    kind: 'happy',
    description: `Without ${field.name}, ${field.name} is ${String(v)} ("${feature.trim()}"): ${base.description}`,
    steps: [withValue(base, e, field.name, undefined)],
  });
  claim(e, feature);
  return true;
}

/** A default for a record field: optional with that default, and a create without it answers the default. */
function defaultRecord(
  b: ContractBuilder,
  r: ResourceSpec,
  field: FieldSpec,
  value: number | string,
  feature: string,
): boolean {
  const create = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name,
  );
  const v = asFieldValue(field, value);
  if (!create || v === null || r.key === field.name || field.unique) return false;
  field.required = false;
  field.default = v;
  say(field, `defaults to ${String(v)} when not sent`);
  const body = sampleBody(r, `default-${field.name}`);
  delete body[field.name];
  b.contract.acceptance.push({
    id: 'draft',
    endpoint_id: create.id,
    kind: 'happy',
    description: `Creating ${r.name.replace(/-/g, ' ')} without ${field.name} stores ${field.name} = ${String(v)} ("${feature.trim()}").`,
    steps: [
      {
        request: { method: create.method, path: create.path, body },
        expect: { status: 201, body_contains: { [field.name]: v } },
      },
    ],
  });
  claim(create, feature);
  return true;
}

/** The function endpoints whose results a subject names. */
function namedComputations(b: ContractBuilder, subject: string[]): EndpointSpec[] {
  return b.contract.endpoints.filter((e) =>
    (catalogDesignOf(e)?.outputs ?? []).some(
      (o) => subjectScore(subject, { name: o.field, description: o.description }) > 0,
    ),
  );
}

/** The function endpoints a rounding or extra-result feature may mean: those its subject names, else all. */
function computations(b: ContractBuilder, subject: string[]): EndpointSpec[] {
  const named = namedComputations(b, subject);
  return named.length > 0 ? named : b.contract.endpoints.filter((e) => catalogDesignOf(e) !== undefined);
}

/** Words saying a rounding is meant of every result ("round all results", "alle Ergebnisse", "cada parte"). */
const EVERY =
  /\b(?:all|every|each|results|values|amounts|figures|alle|jede[snrm]?|ergebnisse|werte|betrage|todos|todas|cada|resultados|valores|tous|toutes|chaque|resultats|valeurs|tutti|tutte|ogni|risultati|valori)\b/;

/**
 * Rounds the computations a feature names (else every one) to `decimals`; 'ambiguous' when it names none of
 * several that could (held, so that nothing else takes it: the gate refuses it unrealised).
 */
function roundTo(
  b: ContractBuilder,
  decimals: number,
  subject: string[],
  feature: string,
): boolean | 'ambiguous' {
  const candidates = computations(b, subject);
  const extra = `, rounded to ${decimals} decimals`;
  const accept = (before: FunctionDesign, after: FunctionDesign) =>
    after.options?.decimals === decimals && before.options?.decimals !== decimals;
  const takes = (e: EndpointSpec) =>
    catalogDesignOf(e)?.options?.decimals === decimals || redesignedCatalogDesign(e, extra, accept) !== null;
  // "The result is rounded to 2 decimals" beside two computations that round names neither: refused, not
  // guessed onto both (a feature saying "all results", "jede", "cada" means every one).
  const folded = feature.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const named = subject.length > 0 && namedComputations(b, subject).length > 0;
  if (!named && !EVERY.test(folded) && candidates.filter(takes).length > 1) return 'ambiguous';
  let done = false;
  for (const e of candidates) {
    // A computation that rounds so already ("round results to cents" beside a converter answering cents) does
    // what the feature says as it is.
    const ok =
      catalogDesignOf(e)?.options?.decimals === decimals || redesignCatalogEndpoint(b, e, extra, accept);
    if (ok) {
      // Its worked examples show the rounding: one that rounds to a decimal more would fail them.
      showRounding(b, e, decimals);
      claimComputation(e, feature);
      done = true;
    }
  }
  return done;
}

/**
 * A rounding mode ("always rounded up to the next cent", "abrunden", banker's rounding) on the computations
 * its subject names (else every one): each is redesigned by the catalog with the mode, and decimals when the
 * feature names them; one the catalog cannot round that way keeps its rounding and the feature is not claimed.
 */
function roundWith(
  b: ContractBuilder,
  reading: Extract<ConstraintReading, { kind: 'rounding' }>,
  feature: string,
): boolean {
  const words = reading.mode === 'half_even' ? 'half to even' : reading.mode;
  const extra = `, rounded ${words}${reading.decimals === null ? '' : ` to ${reading.decimals} decimals`}`;
  let done = false;
  for (const e of computations(b, reading.subject)) {
    const ok = redesignCatalogEndpoint(
      b,
      e,
      extra,
      (_before, after) =>
        after.options?.rounding === reading.mode &&
        (reading.decimals === null || after.options?.decimals === reading.decimals),
    );
    if (ok) {
      claimComputation(e, feature);
      done = true;
    }
  }
  return done;
}

function addOutput(b: ContractBuilder, subject: string[], feature: string): boolean {
  const candidates = b.contract.endpoints.filter((e) => catalogDesignOf(e) !== undefined);
  // A result the computation answers already ("and the count of items" beside statistics) is there.
  // Named by what the feature asks beyond the endpoint's other features: "also the average word length" beside
  // "count the words and sentences" is not answered by the words counted.
  const names = (e: EndpointSpec) => (o: { field: string }) =>
    subjectScore(newSubject(subject, e.features), { name: o.field, description: '' }) > 0;
  const answering = candidates.filter((e) => (catalogDesignOf(e)?.outputs ?? []).some(names(e)));
  for (const e of answering) claimComputation(e, feature);
  if (answering.length > 0) return true;
  const matches = candidates.filter((e) =>
    redesignCatalogEndpoint(b, e, `and also return the ${subject.join(' ')}`, (before, after) => {
      const added = after.outputs.filter((o) => !before.outputs.some((x) => x.field === o.field));
      return added.some(names(e));
    }),
  );
  for (const e of matches) claimComputation(e, feature);
  return matches.length > 0;
}

/**
 * A record field unique (up to letter case when asked): its create answers 409 for a second record with the same
 * value, shown by an example that creates one and then another whose value differs only in case.
 */
function uniqueRecord(b: ContractBuilder, subject: string[], ignoreCase: boolean, feature: string): boolean {
  const fields = b.contract.resources.flatMap((resource) =>
    resource.fields.filter((f) => f.type === 'string').map((field) => ({ resource, field })),
  );
  const best = fieldsNamedBy(
    subject,
    fields.map((x) => x.field),
  );
  const found = fields.filter((x) => best.includes(x.field));
  if (found.length !== 1) return false;
  const { resource: r, field } = found[0];
  const create = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name,
  );
  // An email is compared as written (or ignoring case): its sample stays an email either way.
  if (!create || (field.format !== undefined && field.format !== 'email') || field.enum) return false;
  field.unique = true;
  if (ignoreCase) field.unique_ignore_case = true;
  say(field, `unique${ignoreCase ? ' ignoring letter case' : ''} (${asSaid(feature)})`);
  const body = sampleBody(r, `unique-${field.name}`);
  const sent = body[field.name];
  const value = typeof sent === 'string' && sent !== '' ? sent : 'sample';
  const first = ignoreCase ? `${value.charAt(0).toLowerCase()}${value.slice(1).toLowerCase()}` : value;
  const second = ignoreCase ? first.toUpperCase() : value;
  if (ignoreCase && first === second) return false;
  b.contract.acceptance.push({
    id: 'draft',
    endpoint_id: create.id,
    kind: 'error',
    description: `A second ${r.name.replace(/-/g, ' ')} with ${field.name} "${second}" after "${first}" is 409 CONFLICT ("${feature.trim()}").`,
    steps: [
      {
        request: { method: create.method, path: create.path, body: { ...body, [field.name]: first } },
        expect: { status: 201 },
      },
      {
        request: { method: create.method, path: create.path, body: { ...body, [field.name]: second } },
        expect: { status: 409, body_contains: { error: { code: 'CONFLICT' } } },
      },
    ],
  });
  for (const e of b.contract.endpoints) {
    if ((e.behavior.kind === 'create' || e.behavior.kind === 'update') && e.behavior.resource === r.name)
      claim(e, feature);
  }
  return true;
}

function attach(b: ContractBuilder, feature: string, reading: ConstraintReading): boolean | 'ambiguous' {
  switch (reading.kind) {
    case 'decimals':
      return roundTo(b, reading.decimals, reading.subject, feature);
    case 'rounding':
      return roundWith(b, reading, feature);
    case 'output':
      return addOutput(b, reading.subject, feature);
    case 'unique':
      return uniqueRecord(b, reading.subject, reading.ignoreCase, feature);
    case 'length':
    case 'email':
    case 'required':
      return attachFieldRule(b, reading, feature) || requireInputs(b, reading, feature);
    case 'bound': {
      // "Quantities and reorder levels are never negative" names two fields: each of them takes the bound.
      if (namesSeveralFields(b, reading.subject)) return boundSeveral(b, reading, feature);
      // A record field kept as text only because its feature said nothing of it takes the number the rule states.
      const t =
        oneTarget(b, reading.subject, (f) => boundFieldFits(reading, f)) ??
        oneTarget(b, reading.subject, (f) => reading.unit === undefined && typedOnlyByDefault(f));
      if (!t) return false;
      if (t.where === 'input') {
        // Only a record field changes its type: a computation's text input stays what its computation reads.
        if (!boundFieldFits(reading, t.field) || (reading.integer && t.field.type !== 'integer'))
          return false;
        return boundInput(b, t.endpoint, t.field, reading.rule, feature) && showMissingToo(b, feature);
      }
      return boundTypedRecord(b, t.resource, t.field, reading, feature);
    }
    case 'default': {
      const t = oneTarget(b, reading.subject, typeof reading.value === 'number' ? numeric : () => true);
      if (!t) return false;
      return t.where === 'input'
        ? defaultInput(b, t.endpoint, t.field, reading.value, feature)
        : defaultRecord(b, t.resource, t.field, reading.value, feature);
    }
  }
}

/**
 * Attaches the constraint-only features to what the other features designed: rounding and extra results
 * first (they redesign a computation, request included), then bounds and defaults on its fields, then the
 * features that only say what is refused of another feature's inputs (`refusal-features.ts`). A feature that
 * finds nothing to attach to stays unrealised; a refusal-only one goes to `otherwise` (the designer's own
 * reading, which it would have had without being held back).
 */
export function settleConstraints(
  b: ContractBuilder,
  features: string[],
  otherwise: (feature: string) => void = () => undefined,
  all: string[] = features,
): void {
  // Every feature is designed: a route written in one, its computation stated in another, is served on the
  // written route before any constraint attaches to it.
  joinWrittenRoutes(b, all);
  joinEarlierFollowUps(b);
  // "No repeated hyphens" beside a slug: a property the computation keeps, shown by worked examples of its own.
  features = features.filter((feature) => !attachTextProperty(b, feature));
  // A year or date bounded by today goes on the store field it names, whatever else its words might read as.
  const bounded = new Set(
    features.filter(
      (f) =>
        (readNotFuture(f) !== null && attachNotFuture(b, f)) ||
        (readNotFutureJoined(f) !== null && attachNotFutureJoined(b, f)),
    ),
  );
  const read = features
    .filter((feature) => !bounded.has(feature) && !readsEventBodyRule(feature))
    .map((feature) => ({ feature, reading: constraintOf(feature) ?? refusedRange(feature) }))
    .filter((x): x is { feature: string; reading: ConstraintReading } => x.reading !== null);
  const redesigning = (x: { reading: ConstraintReading }) =>
    x.reading.kind === 'decimals' || x.reading.kind === 'output' || x.reading.kind === 'rounding';
  const redesigns = read.filter(redesigning);
  const fields = read.filter((x) => !redesigning(x));
  for (const { feature, reading } of [...redesigns, ...fields]) {
    if (readsEndBeforeStart(feature)) continue;
    // "malformed numerals and numbers outside 1..3999": said of several computations at once, before any one
    // field's bound or value takes it alone.
    if (joinsEach(b, feature)) continue;
    // Attached, or held as naming none of several computations (left unrealised).
    if (attach(b, feature, reading)) continue;
    // "0, 4000 or a non-integer -> 400" binds to no field by its words: its values are refusals of the
    // computation whose input they are.
    if (attachWrittenValues(b, feature)) continue;
    // "the average word length, to 1 decimal": decimals of a result the catalog adds by refining its computation.
    const found = recogniseFeature(feature);
    if (found && 'constraint' in found && found.constraint.refine && realiseFromCatalog(b, feature)) continue;
    // "el número tiene entre 12 y 19 dígitos" after a Luhn check binds to no field: it is the check's, said again
    // without naming it (follow-up-features.ts).
    if (realiseFollowUp(b, feature)) continue;
    if (constraintOf(feature) !== null) continue;
    // A refused range no field takes may still be a refusal of a computation's inputs, or one it states in
    // its own words.
    if (!refuseInputs(b, feature) && !applyInputRules(b, feature) && !realiseFromCatalog(b, feature))
      realiseFollowUp(b, feature);
  }
  const held = new Set([...read.map((x) => x.feature), ...bounded]);
  for (const feature of features.filter((f) => !held.has(f))) {
    // Left to `settleIntervalRefusals`, once the record rules know each store's interval.
    if (readsEndBeforeStart(feature)) continue;
    // "a wrong or missing signature returns 401": the receiver that checks signatures refuses them already.
    if (attachSignatureRefusal(b, feature)) continue;
    // "the verified body must be a JSON object with a string id, else 400": the receiver parses what it verified.
    if (attachEventBodyRule(b, feature)) continue;
    if (joinsEach(b, feature)) continue;
    // "malformed numerals (IIII, VX, ABC) -> 400": each value it lists is a refusal of the computation that
    // reads it, before any reading of its words alone.
    if (attachWrittenValues(b, feature)) continue;
    if (!refuseInputs(b, feature) && !applyInputRules(b, feature) && !realiseFromCatalog(b, feature))
      otherwise(feature);
  }
}

/** Whether a rule's subject names more than one field of the records (by a shared stem of their names' words). */
function namesSeveralFields(b: ContractBuilder, subject: string[]): boolean {
  const named = namedFields(
    b.contract.resources.flatMap((r) => r.fields),
    subject,
  );
  return new Set(named.map((f) => f.name)).size > 1;
}
