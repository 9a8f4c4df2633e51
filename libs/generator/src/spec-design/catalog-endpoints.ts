import type { AcceptanceCheck, EndpointSpec } from '@sf/service-spec';
import type { ConstraintDesign, FunctionDesign, WorkedExample } from '../catalog/catalog-entry';
import { namesRecordVerb, readFeatureLiterals, type FeatureLiterals } from '@sf/service-spec';
import { recogniseFeature } from '../catalog/catalog';
import { featureWords, refuses } from '../catalog/feature-words';
import { bindLiteral } from '../catalog/literal-binding';
import { bindSpelled } from '../catalog/spelled-candidates';
import { continuedRounding } from '../catalog/units-back';
import type { ContractBuilder } from './contract-builder';
import { addChecks, requestFor } from './catalog-checks';
import { listedRefusals, listedValues, wordsBesideListed } from './listed-refusals';
import { readValues, readWrittenValues, writesOnlyValues, type ValueReading } from './written-values';
import { definitionValues } from './unit-scales';
import { refinedAgain } from './refined-again';
import { jointDesign, keepsBoth, readingsAsItStands } from './joint-options';
import { constraintTargets } from './constraint-targets';
import { designSaidBefore } from './same-answer';
import { MISSING, missingRefusals, namesWhatIsMissing, sameStem, UNIT_WORDS } from './missing-inputs';

export { writesOnlyValues };

/** The design each catalog endpoint was made from, for the constraints that attach to it later. */
const designs = new WeakMap<EndpointSpec, FunctionDesign>();

/**
 * Realises a feature with the behaviour catalog when a family recognises it (a route answering "the same fields"
 * read with the earlier answer): an endpoint running the catalog function, its worked examples and refusals as
 * acceptance checks; a constraint attaches to its computation's endpoint. True when the catalog recognised the
 * feature (a constraint with nothing to attach to stays unrealised); false when it is not the catalog's.
 */
export function realiseFromCatalog(b: ContractBuilder, feature: string): boolean {
  const said = designSaidBefore(b, feature);
  if (said) return realiseDesign(b, feature, said);
  const found = recogniseFeature(feature);
  const literals = readFeatureLiterals(feature);
  const literal = literals.routes.length > 0;
  // A route spelled out with little prose ("GET /roemisch?zahl=<Zahl> liefert {"roemisch": Text}") is read by
  // the computation its words and names are about, when exactly one binds onto them.
  const spelledRoute = () =>
    literal && !asksForRecords(feature, literals) ? bindSpelled(feature, null) : null;
  if (!found) {
    const spelled = spelledRoute();
    return spelled
      ? realiseDesign(b, feature, spelled)
      : attachRefusal(b, feature) || attachWrittenValues(b, feature);
  }
  if ('constraint' in found) {
    // A constraint that spells its own route is that route's, never another endpoint's of the same computation.
    const [route] = literals.routes;
    const targets = b.contract.endpoints.filter(
      (e) =>
        e.behavior.kind === 'function' &&
        joins(found.constraint, e.behavior.function) &&
        (!route || (route.method === e.method && route.path === e.path)),
    );
    // The first endpoint the constraint fits, among those running its computation (a digit rule fits the fixed
    // conversion from hexadecimal, not the one from a JSON integer).
    const fitting = (e: (typeof targets)[number]) => {
      const d = designs.get(e);
      return d !== undefined && (found.constraint.fits?.(d) ?? true);
    };
    const attach = (target: EndpointSpec, design: FunctionDesign) => {
      if (!target.features.includes(feature)) target.features.push(feature);
      if (found.constraint.refine) refine(b, target, design, found.constraint.refine(design));
      addChecks(b, target, [], found.constraint.refusals(design));
    };
    const chosen = constraintTargets(found.constraint, targets, fitting);
    for (const e of chosen) attach(e, designs.get(e) as FunctionDesign);
    if (chosen.length > 0) return true;
    // A route spelled out with the constraint beside it ("POST /slug {"titre": texte} …; un titre vide est refusé
    // avec 422") is that computation on the written route, with the constraint's refusals.
    const spelled = spelledRoute();
    if (spelled && joins(found.constraint, spelled.function) && (found.constraint.fits?.(spelled) ?? true)) {
      const design = found.constraint.refine ? found.constraint.refine(spelled) : spelled;
      realiseDesign(b, feature, design);
      const e = b.contract.endpoints.find((x) => designs.get(x) === design);
      if (e) addChecks(b, e, [], withRefusalStatus(design, found.constraint.refusals(design)));
      return true;
    }
    if (targets.length === 0 && found.constraint.alone)
      return realiseDesign(b, feature, found.constraint.alone);
    // A constraint said of several computations, none of them here, is read as if no family had read it.
    if (found.constraint.functions && targets.length === 0)
      return attachRefusal(b, feature) || attachWrittenValues(b, feature);
    // "POST /laps {"driver": string, "seconds": number > 0} records a lap …; seconds zero or negative returns 400"
    // spells records with their own bound: no computation's constraint (it was claimed and left with no endpoint).
    if (literal && asksForRecords(feature, literals) && !spelled) return false;
    // "Zero or negative weight is an error" reads as a rule on a weight conversion; beside a BMI it is the BMI's.
    attachRefusal(b, feature);
    return true;
  }
  // "and hectares back to acres" after "acres to hectares, rounded to 2 decimals": the same rounding back.
  const continued = literal ? null : continuedRounding(feature, found.design, earlierConversions(b));
  const again = continued ? recogniseFeature(continued) : null;
  if (again && 'design' in again && again.design.function === found.design.function)
    return realiseDesign(b, feature, again.design);
  const d = literal ? bindSpelled(feature, found.design) : found.design;
  // A route written out that the computation cannot honour exactly is left to the literal reader when it asks
  // for records; a computation it cannot bind stays unrealised (a record store would echo, not compute).
  if (!d) return !asksForRecords(feature, literals);
  if (!literal && joinWrittenRoute(b, feature, d)) return true;
  return realiseDesign(b, feature, d);
}

/**
 * A feature with no route about a computation another feature runs on a route it writes out ("POST /quote with
 * {lines, code} …", then "code TEN takes 10 % off"): that endpoint, redesigned from both texts, realises it (a
 * second endpoint on the catalog's path would leave the written route without it). False when there is none or
 * the joint reading is not that computation on that route with what each text says.
 */
function joinWrittenRoute(b: ContractBuilder, feature: string, d: FunctionDesign): boolean {
  const writtenBy = (e: EndpointSpec) =>
    e.features.some((f) =>
      readFeatureLiterals(f).routes.some((r) => r.method === e.method && r.path === e.path),
    );
  const twin = b.contract.endpoints.find(
    (e) =>
      e.behavior.kind === 'function' &&
      e.behavior.function === d.function &&
      !(e.method === d.method && e.path === d.path) &&
      writtenBy(e),
  );
  // "; " keeps the texts apart: the route's answer `{"tax", "total"}` is not read with the feature's "10 % off".
  if (
    !twin ||
    !redesignCatalogEndpoint(b, twin, `; ${feature}`, (before, after) => keepsBoth(before, d, after))
  )
    return false;
  if (!twin.features.includes(feature)) twin.features.push(feature);
  return true;
}

/** The computations of the endpoints designed so far, with their options. */
function earlierConversions(b: ContractBuilder): { function: string; options?: Record<string, unknown> }[] {
  return b.contract.endpoints.flatMap((e) =>
    e.behavior.kind === 'function' ? [{ function: e.behavior.function, options: e.behavior.options }] : [],
  );
}

/** The endpoint of design `d` realising `feature` (joined to an endpoint of the same computation and route). */
export function realiseDesign(b: ContractBuilder, feature: string, d: FunctionDesign): boolean {
  // The values the feature writes are worked examples of its computation; an answer it states that the
  // computation does not give ("4 = IIII") leaves the feature unrealised rather than contradicted by its SPEC.
  const readings = readValues(d, readWrittenValues(feature, false), feature, false) ?? [];
  if (readings.some((r) => r.kind === 'contradiction')) return true;
  const e = b.endpoint(
    d.method,
    d.path,
    {
      kind: 'function',
      function: d.function,
      inputs: Object.fromEntries(d.inputs.map((i) => [i.param, i.field.name])),
      outputs: Object.fromEntries(d.outputs.map((o) => [o.result, o.field])),
      ...(d.options ? { options: d.options } : {}),
      ...(d.echo ? { echo: d.echo } : {}),
      ...(d.refusalStatus ? { refusal_status: d.refusalStatus } : {}),
    },
    feature,
  );
  const earlier = designs.get(e);
  if (earlier) {
    // The features read together may name what the first left to the default (the totals of a loan, then its
    // payment "over a number of years"): the endpoint is then the computation they describe together.
    const joint = jointDesign(e, earlier, d);
    if (joint) refine(b, e, earlier, joint);
    const standing = joint ? null : readingsAsItStands(e, earlier, d, feature);
    if (standing) return addReadings(b, e, standing);
    // Another feature asked for the same computation (in other words, or another language): its own words,
    // numbers and examples join the endpoint, so the gate finds them there too.
    if (!e.summary.includes(d.summary)) e.summary = `${e.summary} ${d.summary}`;
    const known = new Set(
      b.contract.acceptance.filter((c) => c.endpoint_id === e.id).map((c) => c.description),
    );
    addChecks(
      b,
      e,
      d.examples.filter((x) => !known.has(x.description)),
      d.refusals.filter((x) => !known.has(x.description)),
    );
    addReadings(b, e, readings);
    return true;
  }
  designs.set(e, d);
  shapeEndpoint(e, d);
  addChecks(b, e, d.examples, d.refusals);
  addReadings(b, e, readings);
  return true;
}

/** The worked examples and refusals of written values the endpoint does not show yet; true (their feature is realised). */
function addReadings(b: ContractBuilder, e: EndpointSpec, readings: ValueReading[]): true {
  const shown = new Set(
    b.contract.acceptance
      .filter((c) => c.endpoint_id === e.id)
      .map((c) => `${c.kind} ${requestKey(c.steps[c.steps.length - 1].request)}`),
  );
  const fresh = (kind: string, input: Record<string, unknown>) => {
    const key = `${kind} ${requestKey(requestFor(e, input))}`;
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  };
  addChecks(
    b,
    e,
    readings.flatMap((r) => (r.kind === 'example' && fresh('happy', r.example.input) ? [r.example] : [])),
    withRefusalStatus(
      designs.get(e),
      readings.flatMap((r) => (r.kind === 'refusal' && fresh('error', r.refusal.input) ? [r.refusal] : [])),
    ),
  );
  return true;
}

/** A request as one text, whatever order its query and body members were written in. */
function requestKey(r: AcceptanceCheck['steps'][number]['request']): string {
  const sorted = (o: unknown) =>
    o && typeof o === 'object' ? Object.entries(o as Record<string, unknown>).sort() : (o ?? null);
  return JSON.stringify([r.method, r.path, sorted(r.query), sorted(r.body)]);
}

/** Whether a constraint joins an endpoint running `fn`: its own computation, or one of its further ones. */
export function joins(constraint: ConstraintDesign, fn: string): boolean {
  return constraint.function === fn || (constraint.functions ?? []).includes(fn);
}

/** Validation refusals answered with the status the feature writes for them (422), when it writes one. */
function withRefusalStatus<T extends { status?: number; code?: string }>(
  design: FunctionDesign | undefined,
  refusals: T[],
): T[] {
  const status = design?.refusalStatus;
  return refusals.map((x) =>
    status && x.code === undefined && (x.status ?? 400) === 400 ? { ...x, status } : x,
  );
}

/**
 * A feature made of the values it writes ("1994 -> MCMXCIV", "malformed numerals (IIII, VX) -> 400"), claimed by
 * the computations whose inputs its values are: each pair and value is read by the catalog endpoints with a
 * reference (a pair in the order written where one reads it so, else the other way); an endpoint that reads some
 * and contradicts none claims it with them as worked examples. When a value is read by none and an endpoint
 * contradicts it ("1994 -> MCMXCV"), the feature stays unrealised (true); false when no computation reads them.
 */
export function attachWrittenValues(b: ContractBuilder, feature: string): boolean {
  if (!writesOnlyValues(feature)) return false;
  const words = featureWords(feature);
  const refusal = refuses(words) || /(?:->|→|=>)\s*4\d\d\b/.test(feature);
  const written = refusal
    ? readWrittenValues(feature, true)
    : definitionValues(b, feature, (e) => designs.get(e));
  // "KB, MB are powers of 1024" beside a converter where 1 KB is 1000 B: the feature's, and not realised.
  if (written === null) return true;
  const read = b.contract.endpoints.flatMap((e) => {
    const d = designs.get(e);
    const readings = d ? readValues(d, written, feature, refusal) : null;
    return readings ? [{ e, readings }] : [];
  });
  const consistent = read.filter(
    (x) => x.readings.some((r) => r.kind !== 'unread') && !x.readings.some((r) => r.kind === 'contradiction'),
  );
  const items = written.pairs.length + written.values.length;
  // A pair read in the order written belongs there ("4 = IV": number → numeral, not numeral → number).
  const homes = (i: number) => {
    const forward = consistent.filter((x) => {
      const r = x.readings[i];
      return r.kind === 'refusal' || (r.kind === 'example' && r.forward);
    });
    return forward.length > 0 ? forward : consistent.filter((x) => x.readings[i].kind === 'example');
  };
  const homed = Array.from({ length: items }, (_v, i) => homes(i));
  if (homed.some((h) => h.length === 0)) {
    return read.some((x) => x.readings.some((r) => r.kind === 'contradiction'));
  }
  for (const x of consistent) {
    const own = x.readings.filter((_r, i) => homed[i].includes(x));
    if (own.length === 0) continue;
    if (!x.e.features.includes(feature)) x.e.features.push(feature);
    addReadings(b, x.e, own);
  }
  return true;
}

/**
 * Whether a spelled-out feature asks to keep records: 201, an `id` in its answer, a verb of keeping them, or
 * routes of a resource (several, or a method beyond GET and POST).
 */
function asksForRecords(feature: string, literals: FeatureLiterals): boolean {
  return (
    literals.routes.length > 1 ||
    literals.statuses.includes(201) ||
    literals.response.some((f) => f.name === 'id') ||
    literals.routes.some((r) => r.method !== 'GET' && r.method !== 'POST') ||
    namesRecordVerb(feature)
  );
}

/** Rebuilds catalog endpoint `e` from the design `from` was refined `to`: summary, options, response, examples. */
export function refine(b: ContractBuilder, e: EndpointSpec, from: FunctionDesign, to: FunctionDesign): void {
  if (e.behavior.kind !== 'function') return;
  designs.set(e, to);
  const summary = e.summary;
  shapeEndpoint(e, to);
  e.summary = summary.split(from.summary).join(to.summary);
  e.behavior = {
    ...e.behavior,
    ...(to.options ? { options: to.options } : {}),
    // A refined design may read more (a discount code a later feature's table brings) and answer more (a
    // spread the statistics now give).
    inputs: Object.fromEntries(to.inputs.map((i) => [i.param, i.field.name])),
    outputs: Object.fromEntries(to.outputs.map((o) => [o.result, o.field])),
  };
  const replaced = new Set(from.examples.map((x) => x.description));
  // A refusal the refined design no longer makes (an unknown code now answered 404, not 400) goes too.
  const kept = new Set(to.refusals.map((x) => x.description));
  const dropped = new Set(from.refusals.map((x) => x.description).filter((d) => !kept.has(d)));
  b.contract.acceptance = b.contract.acceptance.filter(
    (c) =>
      c.endpoint_id !== e.id ||
      (c.kind === 'happy' ? !replaced.has(c.description) : !dropped.has(c.description)),
  );
  // A refusal the refined design makes anew (numbers of fewer digits than a later feature allows) joins it.
  const had = new Set(from.refusals.map((x) => x.description));
  addChecks(
    b,
    e,
    to.examples,
    to.refusals.filter((x) => !had.has(x.description)),
  );
}

/** The endpoint's summary, request and response, as design `d` states them. */
function shapeEndpoint(e: EndpointSpec, d: FunctionDesign): void {
  e.summary = d.summary;
  const fields = d.inputs.filter((i) => !i.fromPath).map((i) => i.field);
  const example = Object.fromEntries(fields.map((f) => [f.name, f.example]));
  const params = d.inputs
    .filter((i) => i.fromPath)
    .map((i) => ({
      name: i.field.name,
      description: i.field.description,
      example: String(i.field.example),
      type: i.field.type === 'integer' || i.field.type === 'number' ? i.field.type : ('string' as const),
    }));
  e.request = {
    ...(params.length > 0 ? { params } : {}),
    ...(d.method === 'GET'
      ? fields.length > 0
        ? { query: fields }
        : {}
      : { body: { fields, allow_unknown: false, example } }),
  };
  if (d.errors) e.errors = [...d.errors];
  // An input the answer repeats is shown as the first worked example sends it.
  const echoed = Object.entries(d.echo ?? {}).map(([field, from]) => ({
    field,
    description: `the ${from} sent, repeated`,
    example: d.examples[0]?.output[field],
  }));
  const answered = [...d.outputs, ...echoed];
  e.responses = [
    {
      status: 200,
      description: answered.map((o) => `${o.field}: ${o.description}`).join('; '),
      example: Object.fromEntries(answered.map((o) => [o.field, o.example])),
    },
  ];
}

/** Words that carry no content in a refusal ("… makes no sense, say so", "que não sejam …"). */
const FILLER = new Set(
  (
    'the and or but any anything that which than then with for from into when where whose its their this these ' +
    'those are was were been being has have had not nor yet also only makes make sense say does should must ' +
    'will would can could cannot may might one lies lie gets given returns return answers answer is a ' +
    'que qui ou oder und les des une pour par sont werden wird ' +
    'los las del con por para nao sejam seja sean sea sont sind ist wenn nicht kein keine che non sono siano ' +
    'contain contains containing enthalt enthalten contiene contienen contient contiennent contem contendo ' +
    'request requests anfrage solicitud requete richiesta requisicao pedido ein einer eines einem uno'
  ).split(' '),
);

/**
 * A feature that only says what to refuse, in the words of a computation the intent already has ("zero people
 * or a negative bill makes no sense, say so" beside a tip split): it is realised by that computation's endpoint
 * when every content word and number it writes belongs to what the computation states it refuses (its summary,
 * inputs and refusal examples). Anything it names beyond them ("before 1900", "on weekends") is not claimed.
 */
function attachRefusal(b: ContractBuilder, feature: string): boolean {
  const listed = listedValues(feature);
  const words = listed.length > 0 ? wordsBesideListed(feature, listed) : featureWords(feature);
  // "… -> 400" says the status with an arrow instead of a verb.
  const arrow = /(?:->|→|=>)\s*4\d\d\b/.test(feature);
  if (!refuses(words) && !arrow && !/\bmakes? no sense\b|\bsay so\b/i.test(feature)) return false;
  const content = words.filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !FILLER.has(w) && !refuses([w]));
  const numbers = words.filter((w) => /^\d+$/.test(w) && !(arrow && /^4\d\d$/.test(w)));
  for (const e of b.contract.endpoints) {
    const design = designs.get(e);
    if (!design) continue;
    const stated = [
      design.summary,
      ...design.refusals.map((r) => `${r.description} ${JSON.stringify(r.input)}`),
      ...design.inputs.map((i) => `${i.field.name.replace(/_/g, ' ')} ${i.field.description}`),
    ].join(' ');
    // A computation with a field of listed units refuses any other unit, whatever the language names it.
    const unitWords = design.inputs.some((i) => i.field.enum) ? UNIT_WORDS : '';
    const vocabulary = featureWords(`${stated} ${unitWords}`);
    // Every input of a computation is required, so a missing one is refused like any value outside its domain.
    const sent = design.inputs.filter((i) => !i.fromPath && i.field.required);
    const known = (w: string) =>
      vocabulary.some((v) => sameStem(v, w)) ||
      (w === 'zero' && vocabulary.includes('0')) ||
      (MISSING.has(w) && sent.length > 0);
    if (
      content.length > 0 &&
      content.every(known) &&
      numbers.every((n) => vocabulary.includes(n)) &&
      namesWhatIsMissing(feature, sent)
    ) {
      // Values the feature lists as refused must each be refused by this computation, else it stays unread.
      const refusals = listed.length > 0 ? listedRefusals(design, listed) : [];
      if (refusals === null) continue;
      if (!e.features.includes(feature)) e.features.push(feature);
      addChecks(b, e, [], refusals);
      if (content.some((w) => MISSING.has(w))) addChecks(b, e, [], missingRefusals(design, sent, words));
      return true;
    }
  }
  return false;
}

/**
 * The design of catalog endpoint `e` redesigned from its feature with `extra` written after it ("… rounded to 3
 * decimals", "… also return the sum"), when the catalog reads that as the same computation with other options or
 * more results that `accept` takes (new design against current), with the text its constraints add up to; null
 * when none does. Changes nothing. `alone` leaves the constraints written before out; `change` changes the design
 * read before it is bound to the feature's written route (a list's items bounded).
 */
export function redesignedCatalogDesign(
  e: EndpointSpec,
  extra: string,
  accept: (before: FunctionDesign, after: FunctionDesign) => boolean,
  alone = false,
  change: (d: FunctionDesign) => FunctionDesign | null = (d) => d,
): { design: FunctionDesign; written: string } | null {
  const before = designs.get(e);
  if (!before || e.behavior.kind !== 'function') return null;
  // Earlier redesigns of the endpoint stay: "also the sum" and then "rounded to 3 decimals" keep the sum
  // (unless `alone`: the same computation with only `extra`, to compare with).
  const written = `${alone ? '' : (extras.get(e) ?? '')} ${extra}`.trim();
  for (const feature of e.features) {
    const found = recogniseFeature(`${feature} ${written}`);
    const changed = found && 'design' in found ? change(found.design) : null;
    if (!changed || changed.function !== before.function) continue;
    const literal = readFeatureLiterals(feature).routes.length > 0;
    const after = literal ? bindLiteral(`${feature} ${written}`, changed) : changed;
    if (after && after.method === e.method && accept(before, after)) return { design: after, written };
  }
  return null;
}

/**
 * The catalog endpoint `e` redesigned as {@link redesignedCatalogDesign} finds it: its summary, options, outputs
 * and worked examples follow the new design. False when nothing changed.
 */
export function redesignCatalogEndpoint(
  b: ContractBuilder,
  e: EndpointSpec,
  extra: string,
  accept: (before: FunctionDesign, after: FunctionDesign) => boolean,
  change?: (d: FunctionDesign) => FunctionDesign | null,
): boolean {
  const before = designs.get(e);
  const found = redesignedCatalogDesign(e, extra, accept, false, change);
  if (!before || !found || e.behavior.kind !== 'function') return false;
  extras.set(e, found.written);
  const design = refinedAgain(e, found.design);
  refine(b, e, before, design);
  e.behavior = { ...e.behavior, outputs: Object.fromEntries(design.outputs.map((o) => [o.result, o.field])) };
  return true;
}

/** Adds a worked example to the design endpoint `e` runs, so a later redesign replaces it like the family's own. */
export function keepExample(e: EndpointSpec, example: WorkedExample): void {
  const d = designs.get(e);
  if (d) designs.set(e, { ...d, examples: [...d.examples, example] });
}

/** What constraints added to the text an endpoint was designed from (`redesignCatalogEndpoint`). */
const extras = new WeakMap<EndpointSpec, string>();

/** The catalog design endpoint `e` runs, if it runs one. */
export function catalogDesignOf(e: EndpointSpec): FunctionDesign | undefined {
  return designs.get(e);
}
