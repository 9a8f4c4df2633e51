import type { EndpointSpec } from '../spec-contract';
import { sameTerm } from '../same-terms';
import { wordsOf } from './domain-terms';
import { label } from './worked-examples';

/*
 * A conversion a feature writes one way ("and kilograms back to pounds", "de libras a kilos", "Celsius nach
 * Fahrenheit") realised only by an endpoint converting the other way: its fields, summary and examples name both
 * units, so the domain check passes, yet it never answers what the feature asks. Read from the feature's words
 * and the units a fixed-direction endpoint declares (`behavior.options.from` / `to`); a general converter
 * (from and to in the request) goes either way and is never refused here.
 */

/** Words that send an amount into a unit: "to", "into", "nach", "a", "en", "em", "in". */
const INTO = new Set(['to', 'into', 'nach', 'in', 'a', 'en', 'em', 'vers']);

/** The fixed direction of a conversion endpoint, as its declared units. */
function fixedWay(e: EndpointSpec): { from: string; to: string } | null {
  if (e.behavior?.kind !== 'function') return null;
  const { from, to } = e.behavior.options ?? {};
  return typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
}

/** What the endpoints lack to convert the way the feature writes it, one sentence; empty when nothing. */
export function conversionDirectionProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const ways = endpoints.flatMap((e) => fixedWay(e) ?? []);
  if (ways.length === 0 || ways.length < endpoints.length) return [];
  const units = [...new Set(ways.flatMap((w) => [w.from, w.to]))];
  const words = wordsOf(feature);
  const unitAt = (i: number) => units.find((u) => sameTerm(words[i], u)) ?? null;
  for (let i = 1; i < words.length - 1; i++) {
    if (!INTO.has(words[i])) continue;
    // "the HSL of a hex colour": English "a" after "of" is an article before the source, not Spanish "a" (to).
    if (words[i] === 'a' && words[i - 1] === 'of') continue;
    const target = unitAt(i + 1);
    const source = words
      .slice(0, i)
      .map((_, k) => unitAt(k))
      .filter((u): u is string => u !== null && u !== target)
      .pop();
    if (!target || !source) continue;
    if (ways.some((w) => w.from === source && w.to === target)) return [];
    if (ways.some((w) => w.from === target && w.to === source)) {
      return [
        `it converts ${source} to ${target}, but ${endpoints.map(label).join(', ')} only converts ${target} to ${source}`,
      ];
    }
  }
  return [];
}
