import type { AcceptanceCheck, EndpointSpec, FunctionBehavior } from './spec-contract';

/*
 * Population or sample spread. "The standard deviation is the population one (divide by n)", "Stichproben-
 * Standardabweichung (n − 1)", "desviación típica poblacional": the designer and the gate read here which one a
 * feature asks for; the gate then holds the statistics computation to `options.deviation`.
 */

/** Which variance and standard deviation: squared deviations divided by n, or by n − 1. */
export type DeviationKind = 'population' | 'sample';

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[−–]/g, '-').toLowerCase();
}

/** Words of a spread: standard deviation or variance, in English, German, Spanish, French. */
export const SPREAD =
  /\b(?:standard[- ]?deviations?|std\.? ?dev\w*|stddev|deviations?|variances?|standardabweichung\w*|varianz\w*|streuung|desviacion(?:es)? (?:tipica|estandar)\w*|desviacion\w*|varianza\w*|ecarts?[- ]types?|ecart\w*|variance\w*)\b/;

const SAMPLE =
  /\bsample\b|\bn ?- ?1\b|\bbessel\w*|\bunbiased\b|\bstichprobe\w*|\bmuestra\w*|\bmuestral\w*|\bechantillon\w*|\bcorrig\w*/;
const POPULATION =
  /\bpopulation\w*|\bdivid\w* by (?:n|the count|the number)\b(?! ?- ?1)|\bby n\b(?! ?- ?1)|\bdurch n\b(?! ?- ?1)|\bgrundgesamtheit\b|\bpoblacion\w*|\bentre n\b(?! ?- ?1)|\bpar n\b(?! ?- ?1)|\bbiased\b/;
const NOT_SAMPLE =
  /\bnot (?:the |a )?sample\b|\bno sample\b|\bnicht (?:die |der )?stichprobe\w*|\bno (?:la |el )?muestra\w*|\bpas (?:l'|de l'|d'|un )?echantillon\w*|\bnot (?:by |divided by )?n ?- ?1\b|\bnicht (?:durch )?n ?- ?1\b|\bno (?:entre )?n ?- ?1\b|\bpas (?:par )?n ?- ?1\b/;
const NOT_POPULATION =
  /\bnot (?:the )?population\b|\bnot (?:divided )?by n\b(?! ?- ?1)|\bnicht (?:die )?grundgesamtheit\b|\bnicht durch n\b(?! ?- ?1)|\bno (?:la )?poblacion\w*|\bno (?:dividid[oa] )?entre n\b(?! ?- ?1)|\bpas (?:divise )?par n\b(?! ?- ?1)/;

/** Whether a feature speaks of a spread (a standard deviation or a variance). */
export function asksSpread(text: string): boolean {
  return SPREAD.test(fold(text));
}

/** The spread a feature asks for by name, or null when it names neither (or both). */
export function readDeviationKind(text: string): DeviationKind | null {
  const t = fold(text);
  if (!SPREAD.test(t) && !/\bdivid\w* by n\b|\bn ?- ?1\b/.test(t)) return null;
  const sample = (SAMPLE.test(t.replace(NOT_SAMPLE, ' ')) || NOT_POPULATION.test(t)) && !NOT_SAMPLE.test(t);
  const population =
    (POPULATION.test(t.replace(NOT_POPULATION, ' ')) || NOT_SAMPLE.test(t)) && !NOT_POPULATION.test(t);
  if (sample === population) return null;
  return sample ? 'sample' : 'population';
}

/** Answer fields that carry a spread. */
const SPREAD_FIELDS = /^(?:standard_deviation|std_dev|stddev|variance)$/;

/**
 * What a SPEC lacks to realise a feature that names a population or sample spread: the statistics computation
 * set to it (`options.deviation`) among `endpoints`, with a worked example answering a spread field.
 */
export function deviationProblems(
  feature: string,
  endpoints: EndpointSpec[],
  checks: AcceptanceCheck[],
  where: string,
): string[] {
  const kind = readDeviationKind(feature);
  if (kind === null) return [];
  const set = endpoints.filter(
    (e) =>
      e.behavior.kind === 'function' &&
      e.behavior.function === 'calc.statistics' &&
      e.behavior.options?.deviation === kind,
  );
  if (set.length === 0) {
    return [
      `it asks for the ${kind} spread (${kind === 'population' ? 'divided by n' : 'divided by n − 1'}), but no statistics computation of ${where} is set to it (options.deviation "${kind}")`,
    ];
  }
  const ids = new Set(set.map((e) => e.id));
  const shown = checks.some((c) => {
    const body = c.steps[c.steps.length - 1].expect.body_contains;
    return (
      ids.has(c.endpoint_id) &&
      c.kind === 'happy' &&
      body !== null &&
      typeof body === 'object' &&
      Object.entries(body).some(([k, v]) => SPREAD_FIELDS.test(k) && typeof v === 'number')
    );
  });
  return shown ? [] : [`it asks for the ${kind} spread, but no worked example of ${where} answers it`];
}

/** What is wrong with a `function` endpoint's `options.deviation`, one sentence each. */
export function deviationOptionProblems(b: FunctionBehavior): string[] {
  const deviation = b.options?.deviation;
  if (deviation === undefined) return [];
  if (deviation !== 'population' && deviation !== 'sample') {
    return [`set options.deviation to "population" or "sample" (not ${JSON.stringify(deviation)})`];
  }
  return b.function === 'calc.statistics'
    ? []
    : [`drop options.deviation: only calc.statistics answers a spread (not ${b.function})`];
}
