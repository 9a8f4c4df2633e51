import type { EndpointSpec, SpecContract } from '../spec-contract';

/*
 * Records that expire. Only the resource's `ttl` makes a record disappear when its time has passed: a store that
 * keeps records for ever answers the same as one with expiry until the time passes, so a feature that asks for
 * expiry is realised only by endpoints of a resource whose `ttl` says that time (or reads each record's own).
 */

const EXPIRES =
  /\b(expir\w*|ttl|time[- ]to[- ]live|lifetime|lives? for|valid for|(deleted|removed|gone) after|verfall\w*|verfallt|ablauf\w*|gultig|caduc\w*|venc\w*|validos? (durante|por)|duree de vie|valables?|supprime\w* apres|disparai\w* apres|(?:gelten|gilt)(?= (?:fur |nur |noch )?\d)|(?:gone|deleted|removed) (?=\d+ \w+ after)|disappear\w* after|scad\w*)\b/i;
const DURATION =
  /(?<![\d.,])\b(\d+)\s*(seconds?|secs?|s|sekunden?|segundos?|secondes?|secondi|minutes?|mins?|minuten?|minutos?|minuti|hours?|hrs?|h|stunden?|horas?|heures?|ore|days?|tage?n?|dias?|jours?|giorni)\b/i;
const UNITS: [RegExp, number][] = [
  [/^(seconds?|secs?|s|sekunden?|segundos?|secondes?|secondi)$/i, 1],
  [/^(minutes?|mins?|minuten?|minutos?|minuti)$/i, 60],
  [/^(hours?|hrs?|h|stunden?|horas?|heures?|ore)$/i, 3600],
  [/^(days?|tage?n?|dias?|jours?|giorni)$/i, 86400],
];

function folded(feature: string): string {
  return feature.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Whether a feature asks for records that expire ("expire after 10 minutes", "verfallen nach", "caducan"). */
export function asksExpiry(feature: string): boolean {
  return EXPIRES.test(folded(feature).replace(/_/g, ' '));
}

/** The fixed time a feature gives its records, in seconds (undefined when it writes none). */
function statedSeconds(feature: string): number | undefined {
  const m = DURATION.exec(folded(feature));
  const unit = m ? UNITS.find(([re]) => re.test(m[2]))?.[1] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

function expiringResources(endpoints: EndpointSpec[], contract: SpecContract) {
  const names = new Set(
    endpoints.map((e) => (e.behavior && 'resource' in e.behavior ? e.behavior.resource : '')),
  );
  return contract.resources.filter((r) => names.has(r.name) && r.ttl !== undefined);
}

/** Whether the endpoints realise an expiry feature: one of their resources expires, after the time it writes. */
export function expiryHeld(feature: string, endpoints: EndpointSpec[], contract: SpecContract): boolean {
  if (!asksExpiry(feature)) return false;
  const seconds = statedSeconds(feature);
  return expiringResources(endpoints, contract).some(
    (r) =>
      seconds === undefined || r.ttl?.seconds === seconds || (r.ttl?.seconds === undefined && !!r.ttl?.field),
  );
}

/**
 * A feature that asks for records that expire is realised only by endpoints of a resource with a `ttl` (of the
 * time it writes, when it writes one); record endpoints that keep records for ever do not show it.
 */
export function ttlProblems(feature: string, endpoints: EndpointSpec[], contract: SpecContract): string[] {
  if (!asksExpiry(feature)) return [];
  if (!endpoints.some((e) => e.behavior && 'resource' in e.behavior)) return [];
  // "… and the answer shows when it expires (expires_at)": only a `ttl` with an `answer_field` answers it, named
  // as the feature names it; a realisation that keeps the records for a time would otherwise answer without it.
  if (asksExpiryShown(feature)) {
    const named = expiryShownName(feature);
    const shown = expiringResources(endpoints, contract).some(
      (r) => r.ttl?.answer_field !== undefined && (named === undefined || r.ttl.answer_field === named),
    );
    if (!shown)
      return [
        named === undefined
          ? 'it asks that the answer shows when a record expires, but no record behaviour of its realisation answers an expiry time'
          : `it asks that the answer shows when a record expires as "${named}", but no record behaviour of its realisation answers it`,
      ];
  }
  const seconds = statedSeconds(feature);
  if (seconds === undefined) {
    // "once ttl_seconds have passed it returns 404": each record's own time, which only a ttl reading it holds.
    const own = OWN_TTL_FIELD.exec(folded(feature).toLowerCase())?.[1];
    if (own === undefined || expiringResources(endpoints, contract).some((r) => r.ttl?.field === own))
      return [];
    return [
      `it asks for records that expire after their own ${own}, but no resource of its realisation expires by it`,
    ];
  }
  return expiryHeld(feature, endpoints, contract)
    ? []
    : [
        `it asks for records that expire, but no resource of its realisation expires after ${seconds} seconds`,
      ];
}

/** A record's own time-to-live field as a feature writes it. */
const OWN_TTL_FIELD = /\b(ttl_seconds|ttl_s|expires_in|expires_in_seconds|lifetime_seconds)\b/;

/** A record's expiry time as a feature names it in an answer ("expires_at", "valid_until"). */
const EXPIRY_TIME_FIELD =
  /\b(?:expires_at|expiry_at|expiration_at|expiry_time|expiration_time|expiry_date|expiration_date|valid_until)\b/;
/** Words saying the answer shows when a record expires ("shows when it expires", "zeigt, wann sie verfällt"). */
const SHOWS_WHEN =
  /\b(?:shows?|returns?|answers?|includes?|tells?|zeigt|nennt|liefert|muestra|devuelve|indica|affiche|renvoie|indique|mostra|restituisce|mostra)\b[^.;]{0,20}\b(?:when|wann|cuando|quand|quando)\b/;

/** The name a feature gives a record's expiry time in its answers ("expires_at", "valid_until"), if any. */
export function expiryShownName(feature: string): string | undefined {
  return EXPIRY_TIME_FIELD.exec(folded(feature).toLowerCase())?.[0];
}

/** Whether a feature asks that a record's answer shows the time it expires. */
export function asksExpiryShown(feature: string): boolean {
  const text = folded(feature).toLowerCase();
  return EXPIRY_TIME_FIELD.test(text) || (asksExpiry(feature) && SHOWS_WHEN.test(text));
}
