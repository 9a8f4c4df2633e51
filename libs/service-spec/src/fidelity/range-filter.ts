import type { EndpointSpec } from '../spec-contract';
import { folded } from './counted-words';

/*
 * "Filter the products by a price range", "products with a price between a minimum and a maximum", "rango de
 * precios": records whose field lies between two bounds the client sends. A model writing the SPEC may filter by
 * an equal price, or not at all; only a `range` filter on the field answers what the feature asks.
 */

/** The field of a range a feature asks to filter by ("price range" → price), or '' when it names none. */
const RANGE = new RegExp(
  [
    String.raw`\b(\w+)\s+range\b`,
    String.raw`\b(\w+)\s+(?:between|from)\s+(?:a\s+|the\s+)?(?:min|minimum|lowest)\b.{0,20}\b(?:and|to)\s+(?:a\s+|the\s+)?(?:max|maximum|highest)\b`,
    String.raw`\b(?:min|minimum)\s+and\s+(?:max|maximum)\s+(\w+)`,
    String.raw`\b(?:rango|intervalo|faixa|intervallo|fourchette|plage)\s+de\s+(\w+)`,
    String.raw`\b(\w+)(?:bereich|spanne)\b`,
  ].join('|'),
);

/** The noun of the range a feature asks to filter by, or null. */
export function askedRange(feature: string): string | null {
  const m = RANGE.exec(folded(feature));
  if (!m) return null;
  const noun = m.slice(1).find((x) => x !== undefined) ?? '';
  return /^(?:a|an|the|any|some|given|wide|whole|full|de|la|el|le|il|o)$/.test(noun) ? '' : noun;
}

/**
 * A feature asking for the records whose field lies in a range is realised only by a list with a `range` filter
 * (on the field it names, when a field of the list's records carries that name): a plain list or a filter on one
 * equal value answers other records. Lists only: a computation owns its own bounds.
 */
export function rangeFilterProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const noun = askedRange(feature);
  const lists = endpoints.flatMap((e) => (e.behavior?.kind === 'list' ? [e.behavior] : []));
  if (noun === null || lists.length === 0) return [];
  if (endpoints.some((e) => ['function', 'compute'].includes(e.behavior?.kind))) return [];
  const ranges = lists.flatMap((b) => (b.filters ?? []).filter((f) => f.kind === 'range'));
  const stem = (w: string) => w.replace(/s$/, '');
  const named = ranges.filter(
    (f) =>
      f.kind === 'range' &&
      (noun === '' || stem(f.field).endsWith(stem(noun)) || stem(noun).endsWith(stem(f.field))),
  );
  if (named.length > 0 || (ranges.length > 0 && noun === '')) return [];
  return [
    `the feature asks for the records whose ${noun || 'value'} lies in a range, but no list of its realisation filters ${noun || 'them'} by a minimum and a maximum`,
  ];
}
