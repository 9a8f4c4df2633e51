import type { EndpointSpec, FieldSpec, SpecContract } from '../spec-contract';
import { folded } from './counted-words';

/*
 * "A priority (low, medium or high)", "status (open, closed oder done)": a field named with the only values it
 * takes. A model writing the SPEC may keep the field as free text, or drop a value; the field's `enum` is what the
 * gate can hold to the values written.
 */

/** A noun and the values in parentheses after it, joined by a word of choice: "priority (low, medium or high)". */
const LISTED = /([\p{L}_]+)\s*\(([^()]{3,120})\)/gu;
const CHOICE = /\s*(?:,|\/|\||\bor\b|\boder\b|\bo\b|\bou\b|\bu\b)\s*/i;
const HAS_CHOICE = /\b(?:or|oder|o|ou|u)\b|\//i;

/**
 * The values a feature lists for a field, as written (a client sends "Tennis" when the feature lists "Fußball,
 * Tennis oder Schwimmen"), and the field's noun folded: `[{noun: "priority", values: ["low", "medium", "high"]}]`.
 */
export function listedValues(feature: string): { noun: string; values: string[] }[] {
  return [...feature.normalize('NFC').matchAll(LISTED)].flatMap((m) => {
    const inner = m[2].trim();
    if (!HAS_CHOICE.test(inner)) return [];
    const values = inner
      .split(CHOICE)
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
    // Values are single words ("low", "in_progress"); numbers, units and prose are something else.
    const words = values.every((v) => /^[\p{L}][\p{L}_-]*$/u.test(v) && v.length <= 20);
    return words && values.length >= 2 && values.length <= 8 ? [{ noun: folded(m[1]), values }] : [];
  });
}

/**
 * Units a record is counted in ("a unit (m or pcs)", "Einheit (Stück, Packung)") are labels the designer keeps as
 * text beside the count: the other rules judge them, not this one.
 */
const UNIT_NOUN = /^(?:unit|units|einheit|einheiten|unidad|unidades|unite|unites|unita|unidade|unidades)$/;

/** The same word, up to a plural ending or case ("priorities" ~ "priority", "Status" ~ "status"). */
function sameName(field: string, noun: string): boolean {
  const stem = (w: string) => folded(w).replace(/(?:ies|es|s|en|e)$/, '');
  return folded(field) === folded(noun) || stem(field) === stem(noun);
}

/**
 * A feature that lists the values of a field it names is realised only when that field of its records (or of the
 * body its endpoints read) takes exactly those values as written: free text takes any, a shorter list refuses one
 * written, and so does a list folded to lower case ("tennis" refuses the "Tennis" a client sends).
 * A feature naming no field of its realisation is left to the other rules.
 */
export function listedValueProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  const resources = new Set(
    endpoints.flatMap((e) =>
      'resource' in (e.behavior ?? {}) ? [String((e.behavior as { resource: string }).resource)] : [],
    ),
  );
  const fields: FieldSpec[] = [
    ...(contract.resources ?? []).filter((r) => resources.has(r.name)).flatMap((r) => r.fields),
    ...endpoints.flatMap((e) => e.request.body?.fields ?? []),
  ];
  return listedValues(feature).flatMap(({ noun, values }) => {
    const named = UNIT_NOUN.test(noun) ? [] : fields.filter((f) => sameName(f.name, noun));
    if (named.length === 0) return [];
    const held = named.some((f) => {
      const taken = (f.enum ?? []).map((v) => String(v).normalize('NFC'));
      return taken.length === values.length && values.every((v) => taken.includes(v));
    });
    if (held) return [];
    const field = named[0];
    const takes = field.enum ? `takes ${field.enum.join(', ')}` : 'takes any text';
    return [
      `the feature lists the values of ${noun} (${values.join(', ')}), but its field "${field.name}" ${takes}`,
    ];
  });
}
