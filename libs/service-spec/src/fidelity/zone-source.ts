import type { EndpointSpec } from '../spec-contract';
import { wordsOf } from './domain-terms';
import { label } from './worked-examples';

/*
 * "Give it a moment in UTC and a time zone name, and it tells the local time there": the moment's zone is said,
 * and only one zone is asked for. A time-zone conversion that still reads the source zone from the request (its
 * `from` input) makes every request the user sends a 400 (they never send one), though its domain and examples
 * fit. Refused unless the source is fixed by the endpoint (`behavior.options.from`). A feature converting between
 * two zones ("from one zone to another", two zone names written out) asks for the source and is never refused here.
 */

/** A zone name written out: Area/Location. */
const ZONE_NAME =
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_]+/g;
/** Words of a second zone or a conversion between two, in the languages intents are written in. */
const TWO_ZONES =
  /\b(?:another|other|two|both|between|andere[nrs]?|otra|otro|autre|altro|outro|entre|zwischen)\b/i;

/** Whether the feature gives the moment in UTC and names one zone to tell the time in. */
export function givesMomentInUtc(feature: string): boolean {
  const words = wordsOf(feature);
  if (!words.includes('utc') && !words.includes('gmt')) return false;
  if ((feature.match(ZONE_NAME) ?? []).length >= 2 || TWO_ZONES.test(feature)) return false;
  // "… to UTC", "nach UTC", "vers UTC": UTC is where the time goes, not where the moment is.
  if (/\b(?:to|into|nach|zu|vers|para|per)\s+(?:utc|gmt)\b/i.test(feature)) return false;
  return !(words.includes('from') && words.includes('to') && !/\bfrom\s+(?:utc|gmt)\b/i.test(feature));
}

/** What the endpoints lack to take a moment in UTC without asking for its zone; empty when nothing. */
export function zoneSourceProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  if (!givesMomentInUtc(feature)) return [];
  return endpoints.flatMap((e) => {
    const b = e.behavior;
    if (b?.kind !== 'function' || b.function !== 'timezone.convert' || b.options?.from !== undefined)
      return [];
    const field = b.inputs.from;
    return field === undefined
      ? []
      : [
          `it gives the moment in UTC and asks for one zone, but ${label(e)} reads the zone the moment is in from the request ("${field}"), which the user never sends`,
        ];
  });
}
