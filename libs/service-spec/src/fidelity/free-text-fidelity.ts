import { quotedRefusalProblems } from './quoted-refusals';
import { answerCaseProblems } from './answer-case';
import { answeredCodesProblems } from './answered-codes';
import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { quotaScopeProblems } from './quota-scope-fidelity';
import { saysKeysApart } from './keys-apart';
import { quotaCreateProblems, quotaWindowProblems, tokenBucketProblems } from './quota-fidelity';
import { quotaKeyProblems } from './quota-key-fidelity';
import { linkProblems } from './link-fidelity';
import { lowStockProblems, stockFloorProblems, stockMoveProblems } from './stock-fidelity';
import { ballotProblems } from './ballot-fidelity';
import { ttlProblems } from './ttl-fidelity';
import { capacityProblems } from './capacity-fidelity';
import { carriedTerms, domainTerms, termsNeeded, wordsOf } from './domain-terms';
import { readFeatureLiterals, withoutErrorBodies } from './feature-literals';
import { foreignFunctionProblem, foreignFunctions } from './function-domains';
import { uuidVersionProblems } from './uuid-version-fidelity';
import { generatedValueOf, generatedValueProblems } from './generated-values-fidelity';
import { featureFigures, realisationOf, type Realisation } from './realisation';
import { byFieldProblems, byIdProblems, ownerFigureProblems } from './owner-reads';
import {
  overdueProblems,
  rankingProblems,
  recordMismatch,
  repeatRefusalProblems,
  unreadNames,
} from './record-features';
import { listQueryFeatureProblems } from './list-query-features';
import { constraintProblems } from './constraint-fidelity';
import { inputRuleProblems, writtenStatusProblems } from './input-rule-fidelity';
import { deviationProblems } from '../deviation-reading';
import { termUnitProblems } from '../term-unit-reading';
import { readConstraint } from '../constraint-reading';
import { readScopedRepeat } from '../scoped-repeat';
import { readInputRules, refusesAbsence, ruleWords } from '../input-rule-reading';
import { concreteExpectation, label, lastStep, sentFields } from './worked-examples';
import { statedAnswerProblems } from './stated-answers';
import { conversionDirectionProblems } from './conversion-direction';
import { listedDeterminerProblems, listedFieldProblems, listedLengthProblems } from './listed-fields';
import { misplacedRefusalProblems } from './misplaced-refusal';
import { fixedSourceProblems } from './fixed-source';
import { daylightSavingProblems } from './daylight-saving';
import { caseStyleProblems } from './case-styles';
import { holdTakerProblems, whoHasProblems } from './hold-taker';
import { guardRealises } from './header-guard-fidelity';

/**
 * A feature that says something must be refused, in the languages intents are written in ("refuse negative
 * amounts", "an empty list is an error", "rechazar", "ablehnen", …).
 */
export const REFUSAL =
  /\b(refus\w*|reject\w*|rejet\w*|rejeit\w*|rechaz\w*|recus\w*|rifiut\w*|ablehn\w*|abgelehnt|verweiger\w*|zur(u|ü)ckweis\w*|deny|denied|forbid\w*|disallow\w*|not allowed|not (?:be )?(?:permitted|admitted)|nicht (?:erlaubt|zul(?:a|ä)ssig|zugelassen|gestattet)|no (?:se )?admit\w*|no (?:son |es )?(?:admitid\w*|permitid\w*)|pas (?:admis\w*|permis\w*)|non (?:(?:è|e|sono|viene|vengono) )?(?:ammess\w*|permess\w*|consentit\w*|accettat\w*)|n(?:ã|a)o (?:(?:é|e|s(?:ã|a)o) )?(?:admitid\w*|permitid\w*|aceit\w*)|(is|are) an? error|errors? out|invalid|makes no sense|say so|fail\w* with|cannot be|can't be|turn(?:ed|s)? away|not accepted|won't be accepted|(?:is|are) declined|(returns?|answers?|responds?( with)?|gives?|give|sonst|ergibt|ergeben|else|otherwise|sinon|renvoie|renvoient|altrimenti|devuelve|devuelven|devolve|devolvem|senao|senão|responder|responde|respondre|r[ée]pond\w*|rispond\w*|restituisce|restituiscono|retorna\w*|d[áàa]|dan|danno|d[ãa]o|gibt|geben|liefert|liefern|antwortet|antworten)\s+4\d\d\b)|(?:→|->|=>|[:：])\s*4\d\d\b|\(4\d\d\b/i;

/**
 * What the SPEC lacks to realise a key feature written in free text (no `METHOD /path`), one sentence each;
 * empty when it is realised. Free text states no shapes to compare, so the rule asks for what any faithful
 * realisation has and a template from another domain lacks:
 * - an endpoint that lists the feature;
 * - a worked example: an acceptance check of such an endpoint that expects a concrete answer (a field value
 *   other than `ok`/`service`/`endpoint`, a header, or a redirect); a feature that only constrains another
 *   feature's endpoint ("refuse anything colder than absolute zero") needs none of its own;
 * - for a feature that says what to refuse, an acceptance check of its endpoint that expects a 4xx for a value
 *   it sends; for one that only constrains another feature's endpoint, a 4xx example of its own (`ownRefusal`);
 * - its domain: the endpoint, its fields, summaries and worked examples (not their descriptions, see
 *   `realisationOf`) use the feature's own terms (`termsNeeded`), so a currency template cannot stand in for a
 *   temperature feature;
 * - its computation: a `function` endpoint's catalog function is about the feature (`foreignFunctions`);
 * - its quantities: every number the feature writes appears in the realisation.
 */
export function freeTextProblems(contract: SpecContract, feature: string): string[] {
  const endpoints = contract.endpoints.filter((e) => e.features.includes(feature));
  if (endpoints.length === 0) return ['no endpoint lists it among the features it realises'];
  // A header requirement or a per-key quota realised by the endpoints' guards is judged by them (feature-fidelity).
  if (endpoints.every((e) => guardRealises(e, feature)))
    return missingQuantities(featureFigures(feature), realisationOf(contract, endpoints, false));
  const ids = new Set(endpoints.map((e) => e.id));
  const checks = contract.acceptance.filter((c) => ids.has(c.endpoint_id));
  const where = endpoints.map(label).join(', ');
  const problems: string[] = [];
  const terms = domainTerms(withoutErrorBodies(ruleWords(feature)));
  // An input rule stated on its own ("ein leerer Text ist ungültig", "… und ein negativer Wert -> 400") says what to
  // refuse in words the verbs above do not hold.
  const refusal = REFUSAL.test(feature) || readInputRules(feature) !== null;
  // A scoped repeat put on the sign-ups this feature makes ("… au même atelier : 409") constrains them; it makes none.
  const others = (e: EndpointSpec) => e.features.some((f) => f !== feature && readScopedRepeat(f) === null);
  const constraintOnly = refusal && endpoints.every(others);
  if (!constraintOnly && !checks.some((c) => c.kind === 'happy' && concreteExpectation(lastStep(c)))) {
    problems.push(
      `no worked example: no acceptance check of ${where} expects a concrete answer (a response field's value, a header or a redirect)`,
    );
  }
  if (refusal && !checks.some((c) => c.kind === 'error' && isClientError(lastStep(c).expect.status))) {
    problems.push(`it says what to refuse, but no acceptance check of ${where} expects a 4xx refusal`);
  } else if (
    refusal &&
    !ABOUT_MISSING.test(feature) &&
    !refusesAbsence(feature) &&
    !checks.some((c) => refusesAValue(c, endpoints))
  ) {
    // A refusal of a value is shown by a request that sends every required field and still gets a 4xx; a body
    // with a field missing shows only the generic validation every endpoint has.
    problems.push(
      `it says what to refuse, but every 4xx example of ${where} leaves a required field out instead of sending a value to refuse`,
    );
  } else if (
    constraintOnly &&
    !checks.some((c) => ownRefusal(c, feature, endpoints, terms)) &&
    !namesNoTerm(feature, endpoints, terms)
  ) {
    // A feature that only constrains another feature's endpoint has no worked example of its own, so one of the
    // endpoint's refusals must be its: the unknown-unit refusal a converter has anyway does not show "refuse
    // anything colder than absolute zero".
    problems.push(
      `it only says what ${where} must refuse, but no 4xx example there is its own: none names what it refuses (${terms.join(', ')}) or sends a number it writes`,
    );
  }
  if (refusal) problems.push(...writtenStatusProblems(feature, checks, where));
  if (constraintOnly) problems.push(...inputRuleProblems(feature, endpoints, checks));
  if (refusal && EMPTY.test(feature.normalize('NFD').replace(/\p{M}/gu, ''))) {
    // "Empty text is rejected": an endpoint that lets an empty string through (allow_empty) answers it instead.
    for (const e of endpoints) {
      const fields = e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []);
      for (const f of fields.filter((x) => x.allow_empty === true)) {
        problems.push(`it refuses empty values, but ${label(e)} accepts an empty ${f.name} (allow_empty)`);
      }
    }
  }
  const realisation = realisationOf(contract, endpoints, refusal);
  for (const e of foreignFunctions(endpoints, terms)) {
    // A feature that only constrains a computation is vouched for by a feature of that endpoint it constrains.
    // So is "each key counts apart" by the guard quota of every endpoint claiming it (keys-apart.ts).
    const vouched =
      (saysKeysApart(feature) && endpoints.every((x) => x.guard?.quota !== undefined)) ||
      ((constraintOnly ||
        (readConstraint(feature) !== null && endpoints.every((x) => x.features.length > 1))) &&
        e.features.some((f) => f !== feature && foreignFunctions([e], domainTerms(f)).length === 0));
    if (!vouched) problems.push(foreignFunctionProblem(e, terms));
  }
  // "a valid UUID v4" claimed by a check whose examples take every version.
  for (const e of endpoints) problems.push(...uuidVersionProblems(feature, e, contract));
  problems.push(...generatedValueProblems(feature, endpoints, contract));
  const carried = carriedTerms(terms, realisation.words);
  if (carried.length < termsNeeded(terms)) {
    problems.push(
      `its realisation (${where}) uses ${carried.length === 0 ? 'none' : `only ${carried.map((t) => `"${t}"`).join(', ')}`} of its terms (${terms.join(', ')}): it looks like another domain; carry the feature's own terms into the fields, summaries and worked examples`,
    );
  }
  problems.push(...missingQuantities(withoutShownStatuses(feature, checks), realisation));
  // "4 = IV" realised by an example answering 4 with "IIII": the SPEC would test the opposite of the feature.
  problems.push(...statedAnswerProblems(feature, checks, where));
  // "and kilograms back to pounds" claimed by the pounds → kilograms endpoint: both units named, the other way.
  problems.push(...conversionDirectionProblems(feature, endpoints));
  // "the number of years" claimed by a loan payment reading its term in months (blind h20: 7105.87 a month).
  problems.push(...termUnitProblems(feature, endpoints));
  // "a moment in UTC and a time zone name", "a temperature in Celsius … back in Fahrenheit": a converter asking for
  // the source the feature fixes.
  problems.push(...fixedSourceProblems(feature, endpoints));
  // "upper, lower, title or snake case - the caller says which one" claimed by a conversion answering other cases.
  problems.push(...caseStyleProblems(feature, endpoints));
  // "summer time must come out right" claimed by a conversion whose examples never cross a clock change.
  problems.push(...daylightSavingProblems(feature, endpoints, contract));
  // "check an item out to a person" realised by a check-out that stores nobody.
  problems.push(...holdTakerProblems(feature, endpoints));
  // "see an item and who has it right now" realised by a read of records that keep no taker.
  problems.push(...whoHasProblems(feature, endpoints, contract));
  // "save a recipe with a name and …" realised by a store of `title` and `ingredients`: every record sent is a 400.
  problems.push(...listedFieldProblems(feature, endpoints));
  // "avec sa référence, son nom" realised by `sa_reference`, `son_nom`: a client sending `reference` gets a 400.
  problems.push(...listedDeterminerProblems(feature, endpoints));
  // "… and a message of at most 280 characters" realised by a number `message_of_characters` ≤ 280.
  problems.push(...listedLengthProblems(feature, endpoints, checks));
  // "a code that is not 10 or 13 characters returns 400" claimed by an ISBN converter while GET /isbn/{code} reads it.
  if (refusal) problems.push(...misplacedRefusalProblems(feature, endpoints, contract.endpoints));
  problems.push(
    ...recordMismatch(feature, endpoints, contract),
    ...answeredCodesProblems(feature, endpoints),
    ...repeatRefusalProblems(feature, checks),
    ...rankingProblems(feature, endpoints),
    ...overdueProblems(feature, endpoints),
    ...ownerFigureProblems(feature, endpoints),
    ...byIdProblems(feature, endpoints),
    ...byFieldProblems(feature, endpoints, contract),
    ...listQueryFeatureProblems(feature, endpoints, contract),
    ...tokenBucketProblems(feature, endpoints),
    ...quotaWindowProblems(feature, endpoints),
    ...quotaCreateProblems(feature, endpoints, contract),
    ...quotaKeyProblems(feature, endpoints),
    ...quotaScopeProblems(feature, endpoints, contract),
    ...linkProblems(feature, endpoints, contract),
    ...lowStockProblems(feature, endpoints),
    ...ballotProblems(feature, endpoints, contract.endpoints),
    ...stockFloorProblems(feature, endpoints, contract),
    ...answerCaseProblems(contract, feature),
    ...quotedRefusalProblems(contract, feature),
    ...stockMoveProblems(feature, endpoints),
    ...ttlProblems(feature, endpoints, contract),
    ...capacityProblems(feature, endpoints),
    // A range a drawn number comes from bounds the answer, not an input (generated-values-fidelity.ts).
    ...(generatedValueOf(feature)?.kind === 'integer'
      ? []
      : constraintProblems(contract, feature, endpoints)),
    ...deviationProblems(feature, endpoints, checks, where),
    ...unreadNames(feature, endpoints, servedFields(contract, endpoints)),
  );
  return problems;
}

/** The fields of the resources record endpoints serve. */
function servedFields(contract: SpecContract, endpoints: EndpointSpec[]): string[] {
  const names = new Set(
    endpoints.map((e) => (e.behavior && 'resource' in e.behavior ? e.behavior.resource : '')),
  );
  return (contract.resources ?? [])
    .filter((r) => names.has(r.name))
    .flatMap((r) => r.fields.map((f) => f.name));
}

/** Words that bound a value from below, from above, or on both sides, in six languages. */
const BELOW =
  /\b(below|under|less than|smaller than|lower than|colder than|lighter than|shorter than|younger than|earlier than|at least|minimum|min|unter|unterhalb|weniger als|kleiner als|mindestens|debajo|menos de|menor que|al menos|en dessous|moins de|inf[eé]rieur|au moins|sotto|meno di|minore di|almeno|abaixo|menor que|pelo menos)\b/i;
const ABOVE =
  /\b(above|over|more than|bigger than|greater than|larger than|higher than|heavier than|longer than|older than|later than|wider than|hotter than|exceed\w*|at most|maximum|max|limit|[uü]ber|oberhalb|mehr als|gr[oö](ß|ss)er als|h[oö]chstens|encima|m[aá]s de|mayor que|como m[aá]ximo|au[- ]dessus|plus de|sup[eé]rieur|au plus|sopra|pi[uù] di|maggiore di|al massimo|acima|mais de|maior que|no m[aá]ximo)\b/i;
const OUTSIDE =
  /\b(outside|out of|beyond|range|between|au(ß|ss)erhalb|bereich|zwischen|fuera|rango|entre|hors|plage|fuori|intervallo|tra|fora|intervalo)\b|\d\s*\.\.\s*-?\d/i;

/** Words that mark a German sentence (where "null" is zero). */
const GERMAN =
  /\b(oder|und|ist|sind|wird|werden|gleich|kleiner|größer|als|unter|über|nicht|mit|von|der|die|das|ein|eine|einem|einen)\b/i;
/** Empty or blank values, in the languages intents are written in (accents folded). */
const EMPTY = /\b(empty|blank|leer\w*|vacio\w*|vacia\w*|vide\w*|vuot[oaie]|vazi[oa]s?)\b/i;
/** A feature about fields being present ("a title is required", "missing weight"), in six languages. */
const ABOUT_MISSING =
  /\b(required|mandatory|missing|without|empty|blank|omitted|obligatoire|manquant|obligatorio|falta|vac[ií]o|pflicht|fehlt|fehlend\w*|leer|obbligatorio|mancante|vuoto|obrigat[oó]rio|ausente|vazio)\b/i;

/**
 * Whether a 4xx example of the endpoints is the refusal a constraint feature asks for: it sends a value to
 * refuse (every required field, unless the feature is about missing fields), and its description and request
 * carry as many of the feature's terms as its realisation must (`termsNeeded`), or it sends a number the
 * feature writes ("-300 C") or one beyond the numbers it writes ("outside 1..3999": 0 or 4000).
 */
function ownRefusal(
  c: AcceptanceCheck,
  feature: string,
  endpoints: EndpointSpec[],
  terms: string[],
): boolean {
  const step = lastStep(c);
  if (c.kind !== 'error' || !isClientError(step.expect.status)) return false;
  if (!ABOUT_MISSING.test(feature) && !refusesAbsence(feature) && !refusesAValue(c, endpoints)) return false;
  const sent = sentFields(step);
  const words = [
    c.description,
    step.request.path,
    ...Object.values(sent).map((v) => JSON.stringify(v)),
  ].flatMap((t) => (typeof t === 'string' ? wordsOf(t) : []));
  if (terms.length > 0 && carriedTerms(terms, words).length >= termsNeeded(terms)) return true;
  // Or one of its own words that the endpoint's other features do not use ("missing", "negative", "heavier"):
  // the words it shares with them (the fields, the domain) say nothing about which refusal this is.
  const shared = endpoints
    .flatMap((e) => e.features)
    .filter((f) => f !== feature)
    .flatMap((f) => domainTerms(withoutErrorBodies(f)));
  const distinctive = terms.filter((t) => carriedTerms([t], shared).length === 0);
  if (carriedTerms(distinctive, words).length > 0) return true;
  // A number the feature writes, or one on the side of the bound it names ("outside 1..3999": 0 or 4000;
  // "at most 10000": 10001; "below -273.15": -300).
  // "Zero" written as a word is the number 0 ("zero or negative", "null oder negativ", "cero", "zéro"); "null"
  // only in a German sentence — in English it is the absent value, not a number.
  const zero = wordsOf(feature).some(
    (w) => ['zero', 'cero', 'nulo', 'nula'].includes(w) || (w === 'null' && GERMAN.test(feature)),
  );
  const numbers = [...featureFigures(feature).numbers, ...(zero ? [0] : [])];
  if (numbers.length === 0) return false;
  const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
  const under = BELOW.test(feature) || OUTSIDE.test(feature);
  const over = ABOVE.test(feature) || OUTSIDE.test(feature);
  return Object.values(sent).some((v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) && (numbers.includes(n) || (under && n < low) || (over && n > high));
  });
}

/**
 * A rule on a computation's inputs in words naming none of them ("anything that is not a number is rejected",
 * "input with letters -> 400"): no refusal can carry its terms, so each of its clauses must be shown instead by a
 * 4xx example sending a value of that kind (`inputRuleProblems`, which holds computations only).
 */
function namesNoTerm(feature: string, endpoints: EndpointSpec[], terms: string[]): boolean {
  const read = readInputRules(feature);
  return (
    read !== null &&
    !read.unknownId &&
    read.clauses.length > 0 &&
    terms.length === 0 &&
    endpoints.every((e) => e.behavior?.kind === 'function')
  );
}

/** An error check whose last request sends every required field of its endpoint (body, or query for GET). */
function refusesAValue(c: AcceptanceCheck, endpoints: EndpointSpec[]): boolean {
  const step = lastStep(c);
  if (c.kind !== 'error' || !isClientError(step.expect.status)) return false;
  const e = endpoints.find((x) => x.id === c.endpoint_id);
  if (!e) return false;
  const required = (e.method === 'GET' ? (e.request.query ?? []) : (e.request.body?.fields ?? []))
    .filter((f) => f.required)
    .map((f) => f.name);
  const sent = sentFields(step);
  return required.every((name) => name in sent && sent[name] !== null);
}

/**
 * The figures of a feature, less the status codes it answers ("a valid move returns 200 …; … returns 400") that a
 * worked example of its realisation expects: a status shown by an example is carried, as a literal route's is.
 */
function withoutShownStatuses(feature: string, checks: AcceptanceCheck[]): ReturnType<typeof featureFigures> {
  const figures = featureFigures(feature);
  const statuses = readFeatureLiterals(feature).statuses;
  const shown = new Set(checks.flatMap((c) => c.steps.map((s) => s.expect.status)));
  return { ...figures, numbers: figures.numbers.filter((n) => !(statuses.includes(n) && shown.has(n))) };
}

function isClientError(status: number): boolean {
  return status >= 400 && status < 500;
}

/**
 * The feature's quantities its realisation never writes: a rate of 1.10, a capacity of 3, 30 free minutes,
 * a range of 1 to 3999; and the dates and times it writes ("like 1:01:05") that no text of the realisation
 * holds. `stated` is read off the feature (its routes and status codes left out) by `featureFigures`.
 */
export function missingQuantities(
  stated: {
    numbers: number[];
    datesAndTimes: string[];
    decimalCommas?: Record<string, number>;
    codes?: string[];
    source?: string;
  },
  realisation: Realisation,
): string[] {
  const carried = (n: number | undefined) =>
    n !== undefined && realisation.numbers.some((m) => Math.abs(m - n) < 1e-9);
  const missing = [
    ...stated.numbers.filter((n) => !carried(n) && !carried(stated.decimalCommas?.[String(n)])),
    ...stated.datesAndTimes.filter((t) => !realisation.texts.some((text) => text.includes(t))),
  ];
  // The feature quoted in a summary states none of its codes.
  const unquoted = (text: string) => (stated.source ? text.split(stated.source).join(' ') : text);
  const codes = (stated.codes ?? []).filter(
    (c) => !realisation.texts.some((text) => unquoted(text).includes(c)),
  );
  return [
    ...(missing.length === 0
      ? []
      : [
          `its realisation never states ${missing.join(', ')}, which the feature writes: carry the feature's numbers into the fields, summaries and worked examples`,
        ]),
    ...(codes.length === 0
      ? []
      : [
          `its realisation never states ${codes.join(', ')}, codes the feature writes: answer them as written (a client expects them)`,
        ]),
  ];
}
