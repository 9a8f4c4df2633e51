import type { EndpointSpec } from '../spec-contract';
import { wordsOf } from './domain-terms';
import { label } from './worked-examples';

/*
 * A conversion whose source the feature fixes: "give it a moment in UTC and a time zone name, and it tells the
 * local time there", "type in a temperature in Celsius and get it back in Fahrenheit and in Kelvin". The user sends
 * the value (and the target) only. A general converter that still reads the source from the request (its `from`
 * input) answers every such request with 400, though its domain and examples fit: refused unless the endpoint fixes
 * the source (`behavior.options.from`). A feature converting between any two ("from one zone to another", two zone
 * names, "between Celsius and Fahrenheit", "Celsius or Fahrenheit") asks for the source and is never refused here.
 */

/** A zone name written out: Area/Location. */
const ZONE_NAME =
  /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_]+/g;
/** Words of a second zone or a conversion between two, in the languages intents are written in. */
const TWO_ZONES =
  /\b(?:another|other|two|both|between|andere[nrs]?|otra|otro|autre|altro|outro|entre|zwischen)\b/i;

/** Whether the feature gives the moment in UTC and names one zone to tell the time in. */
export function givesMomentInUtc(written: string): boolean {
  // "UTC+2 in July", "with the UTC offset", "mit UTC-Versatz": an offset from UTC, not a moment given in UTC.
  const feature = written
    .replace(/\b(?:utc|gmt)\s*[+\u2212-]\s*\d{1,2}(?::?\d{2})?/gi, ' ')
    .replace(/\b(?:utc|gmt)[\s-]*(?:offset|versatz|desfase|d[ée]calage|scostamento|deslocamento)\w*/gi, ' ')
    // "lo scostamento da UTC", "the offset from UTC", "le décalage par rapport à UTC": the offset named first.
    .replace(
      /\b(?:offset|versatz|abstand|desfase|diferencia|d[ée]calage|scostamento|differenza|deslocamento|diferen[cç]a)\w*(?:\s+\p{L}+){0,3}?\s+(?:utc|gmt)\b/giu,
      ' ',
    );
  const words = wordsOf(feature);
  if (!words.includes('utc') && !words.includes('gmt')) return false;
  if ((feature.match(ZONE_NAME) ?? []).length >= 2 || TWO_ZONES.test(feature)) return false;
  // "… to UTC", "nach UTC", "vers UTC": UTC is where the time goes, not where the moment is.
  if (/\b(?:to|into|nach|zu|vers|para|per)\s+(?:utc|gmt)\b/i.test(feature)) return false;
  return !(words.includes('from') && words.includes('to') && !/\bfrom\s+(?:utc|gmt)\b/i.test(feature));
}

const SCALES = new Set(['celsius', 'fahrenheit', 'kelvin']);
/** Words of a conversion whose source the user chooses, in the languages intents are written in (folded). */
const ANY_WAY = new Set(
  (
    'between any either or both each another other scale scales unit units ' +
    'zwischen beliebig oder jede jeder andere einheit skala ' +
    'entre cualquier cualquiera otra otro escala unidad ' +
    'quelconque autre echelle unite ou ' +
    'qualsiasi altra altro scala unita o tra fra ' +
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

/** Words that leave the units of a conversion to the user: both ways, back again, or units given as examples. */
const OPEN_UNITS = new Set(
  (
    'back versa vice viceversa ways directions direction reverse inverse zuruck zurueck umgekehrt ruckwarts ' +
    'retour inversement inverse vuelta reves inverso indietro volta like such example examples e.g eg ' +
    'beispiel beispielsweise etwa ejemplo exemple esempio exemplo whatever chosen choice pick picks picked ' +
    'wahl gewahlt gewunscht elegida elegido choisie choisi scelta scelto escolhida escolhido'
  ).split(' '),
);
/** Verbs of converting, in the languages intents are written in (folded). */
const CONVERTING =
  /^(?:conver\w*|umrechn\w*|umrechen|umzurechnen|umwand\w*|turn\w*|transform\w*|change\w*|passer|pasar|trasforma\w*)$/;
/** Words sending a value into a unit ("to", "in", "nach", "en", "a", "em", "vers", "into"). */
const INTO = new Set('to into in nach zu en a em para vers per'.split(' '));

/**
 * The direction a unit conversion feature fixes ("convertire tazze americane in millilitri", "convert US cups
 * to millilitres"): a word sending the value into a unit, and none leaving the units to the user ("between",
 * "any", "another", "and back", "e.g."). Null when the feature names no direction.
 */
export function fixedDirection(feature: string): string | null {
  const words = wordsOf(feature);
  // Only a conversion says where a value goes: "a negative speed is a bad request" sends nothing anywhere.
  if (!words.some((w) => CONVERTING.test(w))) return null;
  if (words.some((w) => ANY_WAY.has(w) || OPEN_UNITS.has(w))) return null;
  return words.some((w, i) => i > 0 && i < words.length - 1 && INTO.has(w))
    ? 'it converts one unit into another it names'
    : null;
}

/** Per catalog function: what the feature fixes as the source (null: nothing), said as the refusal says it. */
const FIXED_SOURCES: { function: string; fixed: (feature: string) => string | null; source: string }[] = [
  {
    function: 'timezone.convert',
    fixed: (f) => (givesMomentInUtc(f) ? 'it gives the moment in UTC and asks for one zone' : null),
    source: 'the zone the moment is in',
  },
  {
    function: 'temperature.convert',
    fixed: (f) => {
      const scale = givenScale(f);
      return scale ? `it gives the temperature in ${scale}` : null;
    },
    source: 'the scale it is in',
  },
  ...[
    'units.length',
    'units.mass',
    'units.volume',
    'units.speed',
    'units.data_size',
    'units.pressure',
    'units.energy',
    'units.area',
  ].map((id) => ({
    function: id,
    fixed: fixedDirection,
    source: 'the unit the value is in',
  })),
];

/** What the endpoints lack to take the source the feature fixes without asking for it; empty when nothing. */
export function fixedSourceProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  return endpoints.flatMap((e) => {
    const b = e.behavior;
    const kind = b?.kind === 'function' ? FIXED_SOURCES.find((s) => s.function === b.function) : undefined;
    if (b?.kind !== 'function' || !kind || b.options?.from !== undefined || b.inputs.from === undefined)
      return [];
    const said = kind.fixed(feature);
    return said
      ? [
          `${said}, but ${label(e)} reads ${kind.source} from the request ("${b.inputs.from}"), which the user never sends`,
        ]
      : [];
  });
}
