import type { EndpointSpec } from '../spec-contract';
import { wordsOf } from './domain-terms';
import { label } from './worked-examples';

/*
 * "Type in a temperature in Celsius and get it back in Fahrenheit and in Kelvin": the scale the user gives is
 * said, so the user sends a number and nothing else. A general temperature converter that reads the scales from
 * the request (`from` and `to`) answers every such request with 400 (the user never sends them), though its
 * domain and examples fit. Refused unless the endpoint fixes the source (`behavior.options.from`). A feature
 * converting between scales in any direction ("between Celsius and Fahrenheit", "from either scale", "Celsius or
 * Fahrenheit") asks for the source and is never refused here; the same holds of time zones (zone-source.ts).
 */

const SCALES = new Set(['celsius', 'fahrenheit', 'kelvin']);
/** Words of a conversion whose source the user chooses, in the languages intents are written in (folded). */
const ANY_WAY = new Set(
  (
    'between any either or both each another other scale scales unit units ' +
    'zwischen beliebig oder jede jeder andere einheit skala ' +
    'entre cualquier cualquiera otra otro escala unidad ' +
    'quelconque autre echelle unite ou ' +
    'qualsiasi altra altro scala unita o ' +
    'qualquer outra outro ou'
  ).split(' '),
);

/** The one scale the feature gives its temperature in, or null when the source is the user's choice. */
export function givenScale(feature: string): string | null {
  const words = wordsOf(feature);
  const first = words.findIndex((w) => SCALES.has(w));
  if (first < 0 || words.some((w) => ANY_WAY.has(w))) return null;
  return words[first];
}

/** What the endpoints lack to take a temperature in the one scale the feature gives; empty when nothing. */
export function temperatureSourceProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const scale = givenScale(feature);
  if (!scale) return [];
  return endpoints.flatMap((e) => {
    const b = e.behavior;
    if (b?.kind !== 'function' || b.function !== 'temperature.convert' || b.options?.from !== undefined)
      return [];
    const field = b.inputs.from;
    return field === undefined
      ? []
      : [
          `it gives the temperature in ${scale}, but ${label(e)} reads the scale it is in from the request ("${field}"), which the user never sends`,
        ];
  });
}
