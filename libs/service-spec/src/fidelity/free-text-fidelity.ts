import type { AcceptanceCheck, EndpointSpec, SpecContract } from '../spec-contract';
import { carriedTerms, domainTerms, numbersIn, termsNeeded } from './domain-terms';
import { realisationOf, type Realisation } from './realisation';
import {
  overdueProblems,
  rankingProblems,
  recordMismatch,
  repeatRefusalProblems,
  unreadNames,
} from './record-features';
import { concreteExpectation, label, lastStep, sentFields } from './worked-examples';

/**
 * A feature that says something must be refused, in the languages intents are written in ("refuse negative
 * amounts", "an empty list is an error", "rechazar", "ablehnen", …).
 */
const REFUSAL =
  /\b(refus\w*|reject\w*|rechaz\w*|recus\w*|rifiut\w*|ablehn\w*|verweiger\w*|zur(u|ü)ckweis\w*|deny|denied|forbid\w*|disallow\w*|not allowed|(is|are) an? error|errors? out|invalid|makes no sense|say so|fail\w* with|cannot be|can't be|(returns?|answers?|responds?( with)?|gives?)\s+4\d\d)/i;

/**
 * What the SPEC lacks to realise a key feature written in free text (no `METHOD /path`), one sentence each;
 * empty when it is realised. Free text states no shapes to compare, so the rule asks for what any faithful
 * realisation has and a template from another domain lacks:
 * - an endpoint that lists the feature;
 * - a worked example: an acceptance check of such an endpoint that expects a concrete answer (a field value
 *   other than `ok`/`service`/`endpoint`, a header, or a redirect); a feature that only constrains another
 *   feature's endpoint ("refuse anything colder than absolute zero") needs none of its own;
 * - for a feature that says what to refuse, an acceptance check of its endpoint that expects a 4xx;
 * - its domain: the endpoint, its fields, summaries and worked examples use the feature's own terms
 *   (`termsNeeded`), so a currency template cannot stand in for a temperature feature;
 * - its quantities: every number the feature writes appears in the realisation.
 */
export function freeTextProblems(contract: SpecContract, feature: string): string[] {
  const endpoints = contract.endpoints.filter((e) => e.features.includes(feature));
  if (endpoints.length === 0) return ['no endpoint lists it among the features it realises'];
  const ids = new Set(endpoints.map((e) => e.id));
  const checks = contract.acceptance.filter((c) => ids.has(c.endpoint_id));
  const where = endpoints.map(label).join(', ');
  const problems: string[] = [];
  const refusal = REFUSAL.test(feature);
  const constraintOnly = refusal && endpoints.every((e) => e.features.some((f) => f !== feature));
  if (!constraintOnly && !checks.some((c) => c.kind === 'happy' && concreteExpectation(lastStep(c)))) {
    problems.push(
      `no worked example: no acceptance check of ${where} expects a concrete answer (a response field's value, a header or a redirect)`,
    );
  }
  if (refusal && !checks.some((c) => c.kind === 'error' && isClientError(lastStep(c).expect.status))) {
    problems.push(`it says what to refuse, but no acceptance check of ${where} expects a 4xx refusal`);
  } else if (refusal && !ABOUT_MISSING.test(feature) && !checks.some((c) => refusesAValue(c, endpoints))) {
    // A refusal of a value is shown by a request that sends every required field and still gets a 4xx; a body
    // with a field missing shows only the generic validation every endpoint has.
    problems.push(
      `it says what to refuse, but every 4xx example of ${where} leaves a required field out instead of sending a value to refuse`,
    );
  }
  const realisation = realisationOf(contract, endpoints);
  const terms = domainTerms(feature);
  const carried = carriedTerms(terms, realisation.words);
  if (carried.length < termsNeeded(terms)) {
    problems.push(
      `its realisation (${where}) uses ${carried.length === 0 ? 'none' : `only ${carried.map((t) => `"${t}"`).join(', ')}`} of its terms (${terms.join(', ')}): it looks like another domain; carry the feature's own terms into the fields, summaries and worked examples`,
    );
  }
  problems.push(...missingQuantities(numbersIn(feature), realisation));
  problems.push(
    ...recordMismatch(feature, endpoints),
    ...repeatRefusalProblems(feature, checks),
    ...rankingProblems(feature, endpoints),
    ...overdueProblems(feature, endpoints),
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

/** A feature about fields being present ("a title is required", "missing weight"), in six languages. */
const ABOUT_MISSING =
  /\b(required|mandatory|missing|without|empty|blank|omitted|obligatoire|manquant|obligatorio|falta|vac[ií]o|pflicht|fehlt|leer|obbligatorio|mancante|vuoto|obrigat[oó]rio|ausente|vazio)\b/i;

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

function isClientError(status: number): boolean {
  return status >= 400 && status < 500;
}

/**
 * The feature's quantities its realisation never writes: a rate of 1.10, a capacity of 3, 30 free minutes,
 * a range of 1 to 3999. `stated` are the numbers read off the feature (its routes and status codes left out).
 */
export function missingQuantities(stated: number[], realisation: Realisation): string[] {
  const missing = stated.filter((n) => !realisation.numbers.some((m) => Math.abs(m - n) < 1e-9));
  return missing.length === 0
    ? []
    : [
        `its realisation never states ${missing.join(', ')}, which the feature writes: carry the feature's numbers into the fields, summaries and worked examples`,
      ];
}
