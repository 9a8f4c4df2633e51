import { readInputRules, sameTerm } from '@sf/service-spec';
import type { FunctionDesign, Refusal } from '../catalog/catalog-entry';
import { featureWords } from '../catalog/feature-words';

/*
 * Refusals of a request that leaves an input out ("si falta la altura", "weight missing"): which inputs a
 * feature names as missing, and the worked refusals that leave each one out.
 */

/** Whether two words are the same up to an ending (five letters in common, or equal when shorter). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 5;
}

/**
 * Whether what a feature says is missing names a required input ("si falta la altura"): without something it
 * does not read ("a missing currency" beside a one-pair conversion) a request is answered, not refused.
 */
export function namesWhatIsMissing(feature: string, sent: FunctionDesign['inputs']): boolean {
  const missing = (readInputRules(feature)?.clauses ?? []).filter(
    (c) => c.kind === 'missing' && c.words.length > 0,
  );
  return missing.every((c) =>
    sent.some((i) =>
      featureWords(`${i.field.name.replace(/_/g, ' ')} ${i.field.description}`).some((v) =>
        c.words.some((w) => sameTerm(v, w) || sameStem(v, w)),
      ),
    ),
  );
}

/** "Unit" in the languages intents use, singular and plural. */
export const UNIT_WORDS = 'unit units einheit einheiten unidad unidades unite unites unita unidade';

/** Words that say a value is not sent at all ("weight missing", "sin altura", "fehlt"). */
export const MISSING = new Set(
  (
    'missing absent omitted lacking fehlt fehlen fehlend fehlende fehlender falta faltan faltante faltantes ' +
    'ausente ausentes manquant manquante manquants manquantes mancante mancanti'
  ).split(' '),
);

/**
 * Requests that leave out one input each (those the feature names, else every one), built from the design's
 * first worked example: each is refused with 400 because a required field is missing.
 */
export function missingRefusals(
  design: FunctionDesign,
  sent: FunctionDesign['inputs'],
  words: string[],
): Refusal[] {
  const example = design.examples[0]?.input;
  if (!example) return [];
  const named = sent.filter((i) => featureWords(i.field.name).every((w) => words.includes(w)));
  return (named.length > 0 ? named : sent).map((i) => ({
    description: `A request without ${i.field.name} (${i.field.description.toLowerCase()}) is refused: it is missing.`,
    input: Object.fromEntries(Object.entries(example).filter(([k]) => k !== i.field.name)),
  }));
}
