import type { FunctionDesign, Refusal } from '../catalog/catalog-entry';
import { featureWords } from '../catalog/feature-words';

/*
 * A refusal feature that lists example values it refuses ("any other unit (e.g. parsec, elle, furlong) -> 400",
 * "cualquier otra unidad (p. ej. legua, vara) -> 400"): each listed value becomes a refusal worked example when
 * the computation really refuses it (it lies outside the values a field of the computation lists); a listed
 * value the computation would accept leaves the feature unread, so the gate refuses it. Pure.
 */

/** Words that say "for example" or "any other", which stand before or beside a list of refused values. */
const OTHER_WORDS = new Set(
  (
    'other others else andere anderen anderer anderes jede jeder jedes otra otras otro otros cualquier ' +
    'autre autres toute tout altra altre altro altri qualsiasi outra outras outro outros qualquer e.g eg zb ' +
    'example examples beispiel ejemplo exemple esempio exemplo such like wie como comme come'
  ).split(' '),
);

/** The values written in parentheses as a list (`(z. B. parsec, elle)`, `(e.g. "XB", "ZB")`), or none. */
export function listedValues(feature: string): string[] {
  const values: string[] = [];
  for (const m of feature.matchAll(/\(([^()]*)\)/g)) {
    const inner = m[1]
      .replace(
        /^\s*(?:e\.\s?g\.|z\.\s?B\.|p\.\s?ej\.|par ex\.|ad es\.|p\.\s?ex\.|for example|such as|like)\s*:?\s*/i,
        '',
      )
      .trim();
    const parts = inner
      .split(/\s*(?:,|;|\/|\bor\b|\boder\b|\bo\b|\bou\b|\bund\b|\band\b)\s*/)
      .filter((p) => p !== '');
    if (parts.length < 2) continue;
    const clean = parts.map((p) => p.replace(/^["'`]|["'`]$/g, ''));
    if (clean.every((p) => /^[\p{L}\p{N}_.+-]{1,24}$/u.test(p))) values.push(...clean);
  }
  return values;
}

/**
 * The refusals the listed values make against `design`: each value put into the first field of the
 * computation that lists its values and does not list this one. Null when a value would be accepted (a
 * field lists it, or no field lists values, so nothing shows it is refused).
 */
export function listedRefusals(design: FunctionDesign, values: string[]): Refusal[] | null {
  const example = design.examples[0]?.input;
  const listing = design.inputs.filter((i) => !i.fromPath && i.field.enum !== undefined);
  if (!example || listing.length === 0 || values.length === 0) return null;
  const refusals: Refusal[] = [];
  for (const value of values) {
    if (listing.some((i) => i.field.enum?.includes(value))) return null;
    const field = listing[0].field;
    refusals.push({
      description: `The field ${field.name} set to "${value}", a value it does not list (unknown), is refused.`,
      input: { ...example, [field.name]: value },
    });
  }
  return refusals;
}

/** The words of a feature left once its listed values and its "any other" words are taken out. */
export function wordsBesideListed(feature: string, values: string[]): string[] {
  const listed = new Set(values.flatMap((v) => featureWords(v)));
  return featureWords(feature).filter((w) => !listed.has(w) && !OTHER_WORDS.has(w));
}
