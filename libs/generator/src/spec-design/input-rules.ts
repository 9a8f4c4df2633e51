import {
  readInputRules,
  type FieldRule,
  type RuleClause,
  withinBounds,
  type EndpointSpec,
  type FieldSpec,
} from '@sf/service-spec';
import type { FunctionDesign, Refusal } from '../catalog/catalog-entry';
import { asSaid, featureWords } from '../catalog/feature-words';
import { writesAmountInUnit } from '../catalog/units-read';
import { foldText } from '../catalog/checks-shared';
import { addChecks } from './catalog-checks';
import { recogniseFeature } from '../catalog/catalog';
import { catalogDesignOf, redesignCatalogEndpoint } from './catalog-endpoints';
import { beyond, beyondTop, bodyOf, boundInput, readNumber } from './field-bounds-design';
import type { ContractBuilder } from './contract-builder';
import { answersEnds, refusesByReference } from './reference-answers';
import { blankRedesign } from './blank-redesign';
import { inputNaming, same, type NamedInput } from './refusal-features';
import { fits, isDigitText, isNumber, type Step } from './input-rules-records';
import { itemBoundStep, listWithLetters, sending } from './item-bounds';

/*
 * Input rules stated as a key feature of their own (`input-rule-reading.ts`), put on the computations or the ONE
 * record whose inputs the words name. When the computation already refuses so, its own refusal is the worked
 * example; when it does not, the rule goes on the field (bounds; an empty text no longer allowed) so the emitted
 * validation refuses it, worked examples it now refuses go, and 4xx examples send the value the feature names.
 * Planned first, then applied: a clause that names nothing, names a record and a computation alike, cannot be
 * shown, or answers another status than the one the feature writes leaves the whole feature unrealised (the
 * contract untouched).
 */

/** Words naming the one input a computation reads, whatever it is called ("values", "Werte", "input"). */
const DOMAIN_WORDS = new Set(
  (
    'valor valores value values wert werte valeur valeurs valore valori input inputs eingabe eingaben entrada ' +
    'entradas entree entrees'
  ).split(' '),
);

/** Words naming the one NUMBER a computation reads ("amounts", "Beträge"): never a text. */
const NUMBER_WORDS = new Set(
  (
    'amount amounts betrag betrage importe importes montant montants importo importi measurement measurements ' +
    'messwert messwerte medida medidas mesure mesures misura misure number numbers zahl zahlen numero numeros ' +
    'nombre nombres numeri quantity quantities menge mengen cantidad cantidades quantite quantites quantita ' +
    'quantidade quantidades'
  ).split(' '),
);

/** Words saying a value holds what follows ("contenant des lettres"): they name no input. */
const CONTAINING = new Set(
  'contain contains containing contenant contient enthalt enthalten enthaltend contiene contengan contem contendo'.split(
    ' ',
  ),
);

function inputsOf(d: FunctionDesign): NamedInput[] {
  return d.inputs.filter((i) => !i.fromPath).map((i) => ({ field: i.field }));
}

/**
 * The inputs of `d` a clause names: by name or description, else by its domain when one input fits (the words of
 * the computation's summary and of the features it realises: "a reading that is not numeric" beside "convert the
 * temperature readings of our sensors").
 */
/** Words pointing back at what the feature named before ("eine Note außerhalb davon"): they name no input. */
const POINTING_BACK = new Set(
  'davon daraus dessen deren thereof it them ello ellos eso cela ca esso ne isso'.split(' '),
);

function namedInputs(d: FunctionDesign, read: RuleClause, told: string[] = []): FieldSpec[] {
  const named = inputsNamed(d, read, told);
  if (read.kind !== 'unknown' || read.accepted) return named;
  // An unknown value is refused of an input listing values only when the features do not name some of them alone
  // ("entre km, m, mi y ft" beside nine units: a yard, unknown to the user, would be answered).
  // A value is named as written, whole ("us_gal", "km/h" are one value each, not the words they split into).
  const toldText = foldText(told.join(' '));
  const written = (v: string) => {
    const value = v.toLowerCase().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    return new RegExp(`(?:^|[^\\p{L}\\p{N}_/])${value}(?:$|[^\\p{L}\\p{N}_/])`, 'u').test(toldText);
  };
  // A value the design spells with a qualifier ("mpg_imp" for "UK mpg") is told by its own part.
  const isTold = (v: string | number) =>
    written(String(v)) ||
    String(v)
      .split('_')
      .some((part) => part.length >= 2 && written(part));
  const namesSome = (f: FieldSpec) => {
    const listed = (f.enum ?? []).filter(isTold);
    return listed.length >= 2 && listed.length < (f.enum ?? []).length;
  };
  return named.some(namesSome) ? [] : named;
}

function inputsNamed(d: FunctionDesign, read: RuleClause, told: string[] = []): FieldSpec[] {
  const clause = { ...read, words: read.words.filter((w) => !POINTING_BACK.has(w)) };
  const inputs = inputsOf(d).filter((i) => fits(clause, i.field));
  // "Only EUR, USD and GBP are accepted; anything else …": the inputs listing exactly those values.
  if (clause.kind === 'unknown' && clause.accepted) {
    const accepted = clause.accepted.map((v) => v.toLowerCase());
    return inputs
      .map((i) => i.field)
      .filter((f) => {
        const values = (f.enum ?? []).map((v) => String(v).toLowerCase());
        return values.length === accepted.length && accepted.every((a) => values.includes(a));
      });
  }
  const scored = inputs.map((i) => ({
    f: i.field,
    s: clause.words.reduce((sum, w) => sum + inputNaming(w, i), 0),
  }));
  const best = Math.max(0, ...scored.map((x) => x.s));
  const chosen = scored.filter((x) => x.s === best).map((x) => x.f);
  // Letters in a digit text are refused only of the text its words name ("the name on the card" is no card number).
  if (best > 0 && clause.kind === 'nan' && chosen.some(isDigitText)) {
    const named = (w: string) =>
      DOMAIN_WORDS.has(w) ||
      NUMBER_WORDS.has(w) ||
      CONTAINING.has(w) ||
      chosen.some((f) => inputNaming(w, { field: f }) > 0);
    return clause.words.every(named) ? chosen : [];
  }
  if (best > 0) return chosen;
  // "Anything that is not a number is rejected": every number the computation reads refuses letters.
  if (clause.kind === 'nan' && clause.words.every((w) => DOMAIN_WORDS.has(w) || NUMBER_WORDS.has(w)))
    return inputs.map((i) => i.field);
  // "Unknown values are rejected": every input listing its values refuses one it does not list.
  if (
    clause.kind === 'unknown' &&
    clause.words.every((w) => DOMAIN_WORDS.has(w)) &&
    inputs.length > 0 &&
    inputs.every((i) => (i.field.enum ?? []).length > 0)
  )
    return inputs.map((i) => i.field);
  // "Fehlende Beträge", "a missing amount": the one number the computation reads, named by a word for numbers.
  const numbers = inputs.filter((i) => isNumber(i.field));
  if (
    clause.kind === 'missing' &&
    numbers.length === 1 &&
    clause.words.some((w) => NUMBER_WORDS.has(w)) &&
    clause.words.every((w) => DOMAIN_WORDS.has(w) || NUMBER_WORDS.has(w))
  )
    return [numbers[0].field];
  // "Valor que falta" beside a conversion reading one number called "value" (and units): that input.
  const valued = inputs.filter((i) => DOMAIN_WORDS.has(i.field.name) && i.field.required);
  const valueSaid = clause.words.length > 0 && clause.words.every((w) => DOMAIN_WORDS.has(w));
  if (clause.kind === 'missing' && valueSaid && valued.length === 1) return [valued[0].field];
  // A value left out is refused only of an input the feature names, or of none ("nothing sent"); not "a missing
  // currency" beside a conversion that reads no currency.
  if (clause.kind === 'missing' && clause.words.some((w) => !DOMAIN_WORDS.has(w))) return [];
  // "A quantity below 1" beside order lines names the lines' quantity, never the one number left (a VAT rate).
  const elements = inputsOf(d).flatMap((i) => (i.field.items ?? []).flatMap((f) => f.name.split('_')));
  if (clause.words.some((w) => elements.some((n) => same(n, w)))) return [];
  const vocabulary = [d.summary, ...told].flatMap((t) => featureWords(t));
  const numeric = inputs.length === 1 && isNumber(inputs[0].field);
  const generic = clause.words.every(
    (w) =>
      DOMAIN_WORDS.has(w) ||
      (numeric && NUMBER_WORDS.has(w)) ||
      vocabulary.some((v) => same(v, w) || (w.length >= 5 && v.startsWith(w.slice(0, 5)))),
  );
  // Only a required input is what the computation's own words name: "more than 50 dice" beside a roll whose one
  // number is its optional seed names the dice, which the seed is not.
  return generic && inputs.length === 1 && inputs[0].field.required ? [inputs[0].field] : [];
}

function happyChecks(b: ContractBuilder, e: EndpointSpec) {
  return b.contract.acceptance.filter(
    (c) => c.endpoint_id === e.id && c.kind === 'happy' && c.steps.length === 1,
  );
}

/** Numbers the other features write: a worked example sending one of them is the user's, never dropped. */
function statedNumbers(b: ContractBuilder, feature: string): number[] {
  return b.contract.service.features
    .filter((f) => f !== feature)
    .flatMap((f) => (f.match(/-?\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.'))));
}

/** The computation's own refusal sending `field` a value of the clause's kind (a string it cannot read). */
function ownRefusal(d: FunctionDesign, field: FieldSpec, clause: RuleClause): Refusal | undefined {
  const happy = new Set(d.examples.map((x) => JSON.stringify(x.input[field.name])));
  return d.refusals.find((r) => {
    const v = r.input[field.name];
    if (clause.kind === 'unknown' || clause.kind === 'malformed')
      return typeof v === 'string' && v !== '' && !happy.has(JSON.stringify(v));
    if (clause.kind === 'empty') return v === '' || (Array.isArray(v) && v.length === 0);
    if (clause.kind === 'blank') return typeof v === 'string' && v !== '' && v.trim() === '';
    if (clause.kind === 'letterless')
      return typeof v === 'string' && v.trim() !== '' && !/[\p{L}\p{N}]/u.test(v);
    if (clause.kind === 'not_string') return v !== undefined && typeof v !== 'string';
    if (clause.kind === 'nan')
      return typeof v === 'string' && /\p{L}/u.test(v) && !happy.has(JSON.stringify(v));
    return false;
  });
}

/** How many digits a number written as text holds ("4539 1488 033": 11), else null. */
function digitsIn(v: unknown): number | null {
  return typeof v === 'string' && /^[\d -]+$/.test(v) ? v.replace(/\D/g, '').length : null;
}

/** The computation's own refusal of a digit text whose digit count is outside `rule` (and answers none such). */
function ownCountRefusal(d: FunctionDesign, field: FieldSpec, rule: FieldRule): Refusal | undefined {
  const outside = (v: unknown) => {
    const n = digitsIn(v);
    return n !== null && !withinBounds(rule, n);
  };
  if (d.examples.some((x) => outside(x.input[field.name]))) return undefined;
  return d.refusals.find((r) => outside(r.input[field.name]));
}

/**
 * A digit count the computation does not refuse yet ("fewer than 12 or more than 19 digits are rejected" beside a
 * card check): its family reads the feature together with the one it was designed from, and the endpoint is
 * redesigned when that design refuses the count (its refusals then hold the example); null when it does not.
 */
function countRedesign(
  b: ContractBuilder,
  e: EndpointSpec,
  d: FunctionDesign,
  field: FieldSpec,
  rule: FieldRule,
  feature: string,
): Step | null {
  const param = d.inputs.find((i) => i.field === field)?.param;
  const refuses = (x: FunctionDesign) => {
    const input = x.inputs.find((i) => i.param === param)?.field;
    return input !== undefined && ownCountRefusal(x, input, rule) !== undefined;
  };
  // Read with everything the endpoint's features say of it (a brand asked beside the check stays asked).
  const others = e.features.slice(1).filter((f) => f !== feature);
  const told = [...others, feature].join(' ');
  const keeps = (before: FunctionDesign, after: FunctionDesign) =>
    before.outputs.every((o) => after.outputs.some((x) => x.field === o.field));
  const found = recogniseFeature(`${e.features[0] ?? ''} ${told}`);
  if (!found || !('design' in found) || found.design.function !== d.function || !refuses(found.design))
    return null;
  return () => {
    const now = catalogDesignOf(e);
    const done =
      (now !== undefined && refuses(now)) ||
      redesignCatalogEndpoint(b, e, told, (before, after) => refuses(after) && keeps(before, after));
    // The refusals of the count carry the feature's words, as every refusal this file adds does.
    const name = e.behavior.kind === 'function' && param ? e.behavior.inputs[param] : undefined;
    const quoted = ` ("${asSaid(feature)}")`;
    for (const c of b.contract.acceptance) {
      const n = digitsIn(name ? bodyOf(c, e)?.[name] : undefined);
      const refused = c.endpoint_id === e.id && c.kind === 'error' && n !== null && !withinBounds(rule, n);
      if (refused && !c.description.includes(quoted))
        c.description = `${c.description.replace(/\.$/, '')}${quoted}.`;
    }
    return done;
  };
}

/** The step bounding a number input by a rule the feature states, or null when the computation cannot take it. */
function boundStep(
  b: ContractBuilder,
  e: EndpointSpec,
  d: FunctionDesign,
  field: FieldSpec,
  rule: FieldRule,
  feature: string,
): Step | null {
  if (!answersEnds(d, field, rule)) return null;
  const dropped = happyChecks(b, e).filter((c) => {
    const v = readNumber(bodyOf(c, e)?.[field.name]);
    return v !== null && !withinBounds(rule, v);
  });
  const stated = statedNumbers(b, feature);
  if (dropped.some((c) => stated.includes(readNumber(bodyOf(c, e)?.[field.name]) ?? NaN))) return null;
  if (!happyChecks(b, e).some((c) => !dropped.includes(c) && bodyOf(c, e)?.[field.name] !== undefined))
    return null;
  return () => boundInput(b, e, field, rule, feature);
}

/**
 * The refusals showing a bound the input already holds, as tight or tighter (a Roman numeral's 1 to 3999 when
 * "below zero" is refused): each value just beyond the bound, which the field's declared bounds exclude and the
 * family's reference semantics refuse; null when the field does not hold it (the bound then goes on the field,
 * never loosening what it declares).
 */
function heldBound(d: FunctionDesign, field: FieldSpec, rule: FieldRule): Refusal[] | null {
  const declared: FieldRule = {
    ...(field.minimum === undefined ? {} : { minimum: field.minimum }),
    ...(field.maximum === undefined ? {} : { maximum: field.maximum }),
    ...(field.exclusive_minimum === undefined ? {} : { exclusive_minimum: field.exclusive_minimum }),
    ...(field.exclusive_maximum === undefined ? {} : { exclusive_maximum: field.exclusive_maximum }),
  };
  const values = [beyond(rule, field.type), beyondTop(rule, field.type)].filter(
    (v): v is number => v !== null,
  );
  // A range whose ends the computation refuses ("outside 1 to 5000" beside 1 to 3999) is none it holds.
  if (values.length === 0 || Object.keys(declared).length === 0 || !answersEnds(d, field, rule)) return null;
  if (!values.every((v) => !withinBounds(declared, v) && refusesByReference(d, field, v))) return null;
  const refusals = values.map((v) => sending(d, field, v, `= ${v}, outside the bound it already holds,`));
  return refusals.every((r): r is Refusal => r !== null) ? refusals : null;
}

/** The step putting one clause on one input of computation `e`, or null when it cannot be shown. */
function planInput(
  b: ContractBuilder,
  e: EndpointSpec,
  d: FunctionDesign,
  field: FieldSpec,
  clause: RuleClause,
  feature: string,
  zeroBounded = false,
): Step | null {
  const refuse = (r: Refusal | null | undefined): Step | null =>
    r
      ? () => (addChecks(b, e, [], [{ ...r, description: `${r.description} ("${asSaid(feature)}")` }]), true)
      : null;
  switch (clause.kind) {
    case 'bound': {
      const rule = clause.rule ?? {};
      // A digit count is the computation's own to refuse (a card check told its digit count): its refusal of a
      // number of another count is the example.
      if (clause.digits) {
        const own = ownCountRefusal(d, field, rule);
        return own ? refuse(own) : countRedesign(b, e, d, field, rule, feature);
      }
      if (field.type === 'number[]') return itemBoundStep(b, e, d, field, rule, feature);
      // "Speeds above 300 km/h" beside a converter reading its unit from `from`: no bound on the value says it.
      if (writesAmountInUnit(feature) && d.inputs.some((i) => i.param === 'from')) return null;
      const held = heldBound(d, field, rule);
      if (held) return () => held.every((r) => refuse(r)?.() ?? false);
      return boundStep(b, e, d, field, rule, feature);
    }
    case 'zero': {
      // "Zero people": the computation's own refusal of 0, or 0 sent where its semantics refuse it; where they
      // answer 0 but refuse every negative, the field carries "above 0" (only 0 is new). One answering negative
      // values too would refuse more than the feature says: not shown.
      const own = d.refusals.find((r) => r.input[field.name] === 0);
      if (own) return refuse(own);
      // The same feature bounding the input so that 0 is refused ("missing, zero or below zero"): that bound,
      // put on the field with the others, refuses it.
      if (zeroBounded || refusesByReference(d, field, 0))
        return refuse(sending(d, field, 0, 'set to 0 (zero)'));
      if (!refusesByReference(d, field, -1)) return null;
      return boundStep(b, e, d, field, { exclusive_minimum: 0 }, feature);
    }
    case 'nan':
      if (field.type === 'number[]') return refuse(listWithLetters(d, field));
      // A digit text is read by the computation's own code: the letters it refuses are its own example.
      if (isDigitText(field)) return refuse(ownRefusal(d, field, clause));
      return refuse(sending(d, field, 'abc', 'sent as letters ("abc"), not a number,'));
    case 'fraction':
      return refuse(sending(d, field, 2.5, 'sent as 2.5, not a whole number,'));
    case 'missing':
      return field.required ? refuse(sending(d, field, undefined, 'left out (missing)')) : null;
    case 'unknown':
      // "any other unit, such as ounces" beside a converter taking ounces: the intent contradicts itself.
      if (namesAcceptedExample(d, field, feature)) return null;
      if (field.enum && field.enum.length > 0)
        return refuse(
          sending(d, field, 'zz-unknown', 'set to "zz-unknown", a value it does not list (unknown),'),
        );
      return refuse(ownRefusal(d, field, clause));
    case 'malformed':
      return refuse(ownRefusal(d, field, clause));
    case 'blank':
    case 'letterless': {
      // The computation's own refusal of such a text, else one its reference semantics refuse (a slug of "   "):
      // a computation that answers it (words counted in "   ") does not refuse what the feature says.
      const own = ownRefusal(d, field, clause);
      if (own) return refuse(own);
      const text = clause.kind === 'blank' ? '   ' : '?!';
      // A count that answers a blank text may refuse it once its family reads the feature beside its own.
      if (!refusesByReference(d, field, text))
        return clause.kind === 'blank' ? blankRedesign(b, e, d, field, feature) : null;
      return refusesByReference(d, field, text)
        ? refuse(
            sending(
              d,
              field,
              text,
              `sent as ${JSON.stringify(text)} (${clause.kind === 'blank' ? 'only spaces' : 'no letter or digit'})`,
            ),
          )
        : null;
    }
    case 'not_string':
      // A text field's emitted validation refuses a value of another type.
      return refuse(
        ownRefusal(d, field, clause) ?? sending(d, field, 42, 'sent as the number 42, not a string,'),
      );
    case 'empty': {
      const own = ownRefusal(d, field, clause);
      if (own && field.allow_empty !== true) return refuse(own);
      if (field.type !== 'string') return null;
      return () => {
        delete field.allow_empty;
        b.contract.acceptance = b.contract.acceptance.filter(
          (c) => !(c.endpoint_id === e.id && c.kind === 'happy' && bodyOf(c, e)?.[field.name] === ''),
        );
        const r = sending(d, field, '', 'sent empty ("")');
        if (r) addChecks(b, e, [], [{ ...r, description: `${r.description} ("${asSaid(feature)}")` }]);
        return r !== null;
      };
    }
  }
}

/** Words after which a feature gives examples of what it refuses ("such as ounces", "z. B. parsec"). */
const EXAMPLE_MARKER =
  /\b(?:such as|like|e\.?\s?g\.?|for (?:example|instance)|z\.\s?b\.?|zum beispiel|por ejemplo|p\.\s?ej\.?|par exemple|comme|ad esempio|per esempio|come|por exemplo|como)\s+([^,.;:)]+)/giu;

/**
 * Whether a feature's examples of refused values name one the input takes: a value it lists, or a word of the
 * description or summary saying what it takes ("oz = ounces (oz)").
 */
function namesAcceptedExample(d: FunctionDesign, field: FieldSpec, feature: string): boolean {
  const examples = [...foldText(feature).matchAll(EXAMPLE_MARKER)].flatMap((m) =>
    (m[1].match(/[\p{L}\p{N}/_]+/gu) ?? []).filter((w) => w.length >= 2),
  );
  if (examples.length === 0) return false;
  const taken = new Set([
    ...(field.enum ?? []).map((v) => foldText(String(v))),
    ...featureWords(`${d.summary} ${field.description ?? ''}`),
  ]);
  return examples.some(
    (w) => taken.has(w) && !['or', 'and', 'und', 'oder', 'o', 'y', 'ou', 'et', 'e'].includes(w),
  );
}

/** The statuses a clause's worked examples answer. */
function statusOf(clause: RuleClause, d: FunctionDesign, field: FieldSpec): number {
  if (clause.kind === 'unknown' && !field.enum) return ownRefusal(d, field, clause)?.status ?? 400;
  if (clause.kind === 'malformed') return ownRefusal(d, field, clause)?.status ?? 400;
  return 400;
}

/**
 * Whether computation `e` already refuses, by its family's reference semantics, the values the clauses' bounds
 * exclude on the inputs they name ("Negative Mengen" beside a volume conversion, which refuses -1 itself): a rule
 * said of several computations goes on them only so, never changing what one of them answers (a temperature below
 * 0 is a temperature). Clauses of other kinds (letters, missing, empty, unknown values) change no answer.
 */
export function refusesAlready(e: EndpointSpec, clauses: RuleClause[], feature: string): boolean {
  const d = catalogDesignOf(e);
  if (!d) return false;
  const told = e.features.filter((f) => f !== feature && readInputRules(f) === null);
  return clauses.every((clause) => {
    if (clause.kind !== 'bound' && clause.kind !== 'zero') return true;
    return namedInputs(d, clause, told).every((field) => {
      const value = clause.kind === 'zero' ? 0 : beyond(clause.rule ?? {}, field.type);
      return value !== null && refusesByReference(d, field, value);
    });
  });
}

/** The steps realising every clause on computation `e`, or null when one cannot be. */
export function planComputation(
  b: ContractBuilder,
  e: EndpointSpec,
  clauses: RuleClause[],
  status: number | null,
  feature: string,
): Step[] | null {
  const d = catalogDesignOf(e);
  // A count of characters is a record's text length here; a computation refuses long texts itself or not at all.
  if (!d || clauses.some((c) => c.chars)) return null;
  const steps: Step[] = [];
  // Only the features that design it lend their words, not another refusal claimed there.
  const told = e.features.filter((f) => readInputRules(f) === null);
  for (const clause of clauses) {
    const fields = namedInputs(d, clause, told);
    // "Ein leerer oder fehlender Link": missing is what the same words name as empty (never "a missing currency").
    const twin = clauses.find((c) => c.kind !== 'missing' && c.words.join(' ') === clause.words.join(' '));
    if (fields.length === 0 && clause.kind === 'missing' && clause.words.length > 0 && twin)
      fields.push(...namedInputs(d, twin, told).filter((f) => f.required));
    if (fields.length === 0) return null;
    for (const field of fields) {
      // A status other than the clause's is not answered, save 422 for a refusal of the computation's validation:
      // the endpoint then answers 422 for every such refusal (`answering422`).
      const answered = statusOf(clause, d, field);
      if (status !== null && answered !== status && !(status === 422 && answered === 400)) return null;
      // A bound of the same words refusing 0 ("zero or below") makes a value of zero refused on that input.
      const zeroBounded =
        clause.kind === 'zero' &&
        clauses.some(
          (c) =>
            c.kind === 'bound' &&
            !c.digits &&
            !c.chars &&
            c.rule !== undefined &&
            !withinBounds(c.rule, 0) &&
            c.words.join(' ') === clause.words.join(' '),
        );
      const step = planInput(b, e, d, field, clause, feature, zeroBounded);
      if (!step) return null;
      steps.push(step);
    }
  }
  return steps;
}
