import { sameTerm, type EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign } from '../catalog/catalog-entry';
import { recogniseFeature } from '../catalog/catalog';
import { featureWords, refuses } from '../catalog/feature-words';
import type { ContractBuilder } from './contract-builder';
import { catalogDesignOf, redesignCatalogEndpoint } from './catalog-endpoints';
import { claimComputation } from './refusal-features';
import { realiseTolerance } from './tolerance-features';

/*
 * Follow-up features: one feature asks for a computation ("tell me whether a card number passes the Luhn
 * checksum"), a later one says more about it without naming it again ("spaces or dashes between the digit groups
 * should be ignored", "quand elle est valide, donner aussi son nom de domaine"). Neither a family nor a
 * constraint reads the follow-up alone; written after the feature the computation was designed from, the
 * family reads both as one feature. The follow-up is that computation's when the family then designs it with
 * other options or more answers, or when it names an answer the computation gives and the first feature did not
 * name (the domain of a valid address). Anything else (a history of checks, the issuing bank) is left to the
 * other readings: the family would design the same computation, so the follow-up adds nothing it can honour.
 */

/**
 * Words of adding to another feature's answer ("also", "auch", "dazu", "außerdem", "además", "aussi", "anche",
 * "também"), folded: the gate reads these as adding to another answer (feature-fidelity.ts).
 */
const ADD_ON =
  /\b(?:also|as well|additionally|in addition|auch|zusatzlich|dazu|au(?:ss|ß)erdem|zudem|ademas|tambien|aussi|egalement|en plus|anche|inoltre|tambem|alem disso)\b/;

/** Whether a feature says it adds to what another answers ("also tell which word is used most often"). */
export function addsToAnother(feature: string): boolean {
  return ADD_ON.test(featureWords(feature).join(' '));
}

/** Whether `after` runs the computation of `before` otherwise: other options, or more answers. */
function changes(before: FunctionDesign, after: FunctionDesign): boolean {
  if (after.function !== before.function) return false;
  const was = before.options ?? {};
  const now = after.options ?? {};
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  if ([...keys].some((k) => was[k] !== now[k])) return true;
  return after.outputs.some((o) => !before.outputs.some((x) => x.field === o.field));
}

/**
 * Whether what a redesign changes is the follow-up's own doing: read after the first feature alone, without the
 * follow-ups before it, the follow-up changes the same options to the same values and adds the same answers.
 * "anything with letters is rejected" read after "spaces or dashes are ignored" must not take the hyphens back.
 */
function ownChanges(first: string, feature: string, before: FunctionDesign, after: FunctionDesign): boolean {
  const base = recogniseFeature(first);
  const alone = recogniseFeature(`${first} ${feature}`);
  if (!base || !alone || !('design' in base) || !('design' in alone)) return false;
  if (alone.design.function !== after.function) return false;
  const was = before.options ?? {};
  const now = after.options ?? {};
  const from = base.design.options ?? {};
  const own = alone.design.options ?? {};
  const keys = new Set([...Object.keys(was), ...Object.keys(now)]);
  const optionsOwn = [...keys]
    .filter((k) => was[k] !== now[k])
    .every((k) => (own[k] === now[k] || ownElements(was[k], now[k], own[k])) && from[k] !== own[k]);
  const added = after.outputs.filter((o) => !before.outputs.some((x) => x.field === o.field));
  return optionsOwn && added.every((o) => alone.design.outputs.some((x) => x.field === o.field));
}

/** The elements of an option written as a JSON array (a rating's tiers), or null. */
function elementsOf(option: unknown): string[] | null {
  if (typeof option !== 'string' || !option.startsWith('[')) return null;
  try {
    const parsed: unknown = JSON.parse(option);
    return Array.isArray(parsed) ? parsed.map((x) => JSON.stringify(x)) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the elements a follow-up changes in a JSON-array option are its own: each one it adds is one the
 * follow-up read after the first feature alone gives too, and each one it drops that reading lacks too. Tiers said
 * in two follow-ups ("weak: …", then "strong: …") each change their own tier of the one rating.
 */
function ownElements(was: unknown, now: unknown, own: unknown): boolean {
  const [before, after, alone] = [elementsOf(was ?? '[]'), elementsOf(now), elementsOf(own)];
  if (before === null || after === null || alone === null) return false;
  const added = after.filter((x) => !before.includes(x));
  const dropped = before.filter((x) => !after.includes(x));
  return (
    added.length > 0 && added.every((x) => alone.includes(x)) && dropped.every((x) => !alone.includes(x))
  );
}

/** Verbs of answering ("return", "zurückgeben", "devolver", "donner", "restituire", "retornar"), folded. */
const ANSWER_VERBS = new Set(
  (
    'return returns give gives answer answers respond responds reply include includes tell say show ' +
    'zuruckgeben zurueckgeben liefern liefert ausgeben angeben nennen zeigen ' +
    'devolver devuelve dar indicar decir mostrar donner renvoyer retourner indiquer dire afficher ' +
    'restituire restituisce dare indicare dire mostrare retornar retorna informar mostrar'
  ).split(' '),
);

/**
 * The answers of `e` the follow-up asks for (with a word of adding or of answering) that none of the features it
 * realises named: "quand elle est valide, donner aussi son nom de domaine", not "log the domain to a file".
 */
function newlyNamedAnswers(e: EndpointSpec, design: FunctionDesign, feature: string): string[] {
  const words = featureWords(feature);
  if (!addsToAnother(feature) && !words.some((w) => ANSWER_VERBS.has(w))) return [];
  // Read with the feature it follows, the family designs nothing: the follow-up asks what the computation cannot
  // answer ("whether its domain is a disposable one", with no list of such domains), whatever answer it names.
  if (recogniseFeature(`${e.features[0] ?? ''} ${feature}`) === null) return [];
  return namedAnswers(e, design, feature);
}

/**
 * Whether each part a follow-up joins with "and" names an answer of `design` no feature before it says: "the
 * country code and the country name" asks the code (answered already) and the name (added); "which bank it belongs
 * to and the country name" asks a bank no answer names.
 */
function everyPartNamed(e: EndpointSpec, design: FunctionDesign, feature: string): boolean {
  const parts = askedParts(feature);
  return parts.length > 1 && parts.every((part) => namedAnswers(e, design, part).length > 0);
}

/** The answers of `design` a text names that none of the features `e` realises said. */
function namedAnswers(e: EndpointSpec, design: FunctionDesign, feature: string): string[] {
  const words = featureWords(feature);
  // The follow-up names an answer by a word of its name, or of the words naming it in the intents' languages
  // ("quanti giorni" names days_in_year), that no feature before it says: "which weekday Christmas falls on that
  // year" says only the year a leap-year check already asks about.
  const earlier = e.features.flatMap((f) => featureWords(f));
  const naming = (o: FunctionDesign['outputs'][number]) =>
    [
      ...o.field
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2),
      ...(o.names ?? '').split(' '),
    ].filter((w) => w !== '');
  const named = (o: FunctionDesign['outputs'][number]) =>
    words.some((w) => naming(o).some((n) => sameTerm(w, n)) && !earlier.some((x) => sameTerm(x, w)));
  return design.outputs
    .filter(named)
    .map((o) => o.field)
    .filter(() => words.length > 0);
}

/** A domain name alone, as a list in a feature writes it. */
const LISTED_VALUE = /^\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*[.,;]?\s*$/i;

/** "… and …" between the answers a follow-up asks for, in the intents' languages. */
const AND = /\s(?:and|as well as|plus|und|sowie|y|e|et|ainsi que|oltre a|além de)\s/i;

/**
 * Whether `added` answers are all a follow-up asks for: one per part it joins with "and" ("the average word
 * length and the most frequent word" asks two), remarks in parentheses left out. A follow-up that only changes
 * options adds none and asks nothing here. Blind h8-draft-stats-free was claimed by the most frequent word alone.
 */
function answersAll(feature: string, added: number): boolean {
  if (added === 0) return true;
  return added >= askedParts(feature).length;
}

/** The parts a follow-up joins with "and", remarks in parentheses and listed values left out. */
function askedParts(feature: string): string[] {
  return (
    feature
      .replace(/\([^()]*\)/g, ' ')
      .split(AND)
      // A part that is only a value the feature lists ("a.com and b.dev") asks for no answer of its own.
      .filter((part) => part.trim() !== '' && !LISTED_VALUE.test(part))
  );
}

/**
 * Whether a redesign takes a listed value the computation did not take before ("anything but those three units,
 * ounces for instance, gets a 400" read together with the conversion made "ounces" one of its units): a feature
 * that says what is refused may narrow what a computation takes, never widen it.
 */
function widens(before: FunctionDesign, after: FunctionDesign): boolean {
  return after.inputs.some((i) => {
    const was = before.inputs.find((x) => x.param === i.param)?.field.enum;
    return was !== undefined && (i.field.enum ?? []).some((v) => !was.includes(v));
  });
}

/**
 * Realises `feature` as a follow-up of the computations other features designed; false when it is none's (a
 * feature a family reads alone is its own computation, unless it says it adds to another's answer).
 */
export function realiseFollowUp(b: ContractBuilder, feature: string): boolean {
  // "spaces in the IBAN are ignored": how a check reads its input, shown by an example written so.
  if (realiseTolerance(b, feature)) return true;
  // One that adds to another's answer ("also tell which word is used most often") may be read alone too: it is
  // the other's when the family reads both as that computation with more answers.
  const alone = recogniseFeature(feature);
  if (alone !== null && !addsToAnother(feature)) return false;
  // Read alone as another computation on inputs none of the other's are ("also tell a zone's UTC offset for a
  // given date" beside a conversion of a time between two zones): its own request, no answer added to the other.
  const own = alone !== null && 'design' in alone ? alone.design : null;
  const apart = (design: FunctionDesign) =>
    own !== null &&
    own.function !== design.function &&
    !own.inputs.some((i) => design.inputs.some((x) => x.param === i.param));
  const computations = b.contract.endpoints.filter((e) => catalogDesignOf(e) !== undefined);
  let done = false;
  for (const e of computations) {
    const design = catalogDesignOf(e);
    if (!design || e.features.includes(feature) || apart(design)) continue;
    const changed = redesignCatalogEndpoint(
      b,
      e,
      feature,
      (before, after) =>
        changes(before, after) &&
        !(refuses(featureWords(feature)) && widens(before, after)) &&
        ownChanges(e.features[0], feature, before, after) &&
        (answersAll(
          feature,
          after.outputs.filter((o) => !before.outputs.some((x) => x.field === o.field)).length,
        ) ||
          everyPartNamed(e, after, feature)),
    );
    // Claimed in the feature's words, kept in the summary beside the design's (as every constraint that changes
    // a computation is): only once the family read it as changing the computation, or naming an answer it gives.
    const named = newlyNamedAnswers(e, design, feature).length;
    if (changed || (named > 0 && answersAll(feature, named))) {
      claimComputation(e, feature);
      done = true;
    }
  }
  return done;
}
