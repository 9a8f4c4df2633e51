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
  if (!asksExpiry(feature) || statedSeconds(feature) === undefined) return [];
  if (!endpoints.some((e) => e.behavior && 'resource' in e.behavior)) return [];
  return expiryHeld(feature, endpoints, contract)
    ? []
    : [
        `it asks for records that expire, but no resource of its realisation expires after ${statedSeconds(feature)} seconds`,
      ];
}
