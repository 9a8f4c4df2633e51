import { asksExpiryShown, expiryShownName, type ResourceSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import type { FeatureReading } from './feature-reader';
import { fold } from './lexicon';
import { windowText } from './quota-endpoints';

/*
 * Records that expire: "notes expire after 10 minutes", "a share link is valid for 24 hours", "each entry sets
 * its own ttl_seconds", "Sitzungen verfallen nach 30 Minuten", "los códigos caducan a los 5 minutos", "les
 * liens expirent après 2 heures". The resource gets a `ttl`: a fixed time from the feature, or each record's
 * own seconds field.
 */

/** Words that say records stop existing after a time. */
const EXPIRES =
  /\b(expir\w*|ttl(?:_seconds)?|time[- ]to[- ]live|lifetime|lives? for|valid for|(?:deleted|removed|gone) after|verfall\w*|verfallt|laufen? nach \d+ \w+ ab|ablauf\w*|gultig|caduc\w*|venc\w*|validos? (?:durante|por)|duree de vie|valables?|supprime\w* apres|disparai\w* apres|(?:gelten|gilt)(?= (?:fur |nur |noch )?\d)|(?:gone|deleted|removed) (?=\d+ \w+ after)|disappear\w* after|scad\w*)\b/;

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(seconds?|secs?|s|sekunden?|segundos?|secondes?|secondi)$/, 1],
  [/^(minutes?|mins?|minuten?|minutos?|minuti)$/, 60],
  [/^(hours?|hrs?|h|stunden?|horas?|heures?|ore)$/, 3600],
  [/^(days?|tage?n?|dias?|jours?|giorni)$/, 86400],
];

const DURATION =
  /(?<![\d.,])\b(\d+)\s*(seconds?|secs?|s|sekunden?|segundos?|secondes?|secondi|minutes?|mins?|minuten?|minutos?|minuti|hours?|hrs?|h|stunden?|horas?|heures?|ore|days?|tage?n?|dias?|jours?|giorni)\b/;

/** Words that say the time counts from the last use, not from the create. */
const SLIDING =
  /\b(inactiv\w*|idle|unused for|without (?:use|activity)|since (?:the )?last|untatig\w*|inaktiv\w*|letzte[nrm]? (?:nutzung|zugriff)|inactividad|sin uso|desde (?:el|la) ultim\w*|inactivite|sans activite|depuis (?:le|la) dernier\w*)\b/;

/** Field names that hold a record's own time to live in seconds. */
const OWN_TTL_NAMES = /^(ttl|ttl_seconds|ttl_s|expires_in|expires_in_seconds|lifetime_seconds|lifetime)$/;
/** A feature that gives each record its own time to live ("its own ttl", "a ttl_seconds field", "ttl in seconds"). */
const OWN_TTL =
  /\b(ttl_seconds|expires_in|own (?:ttl|time[- ]to[- ]live|lifetime)|(?:ttl|time[- ]to[- ]live) in seconds)\b/;

/** What a feature says about expiry: a fixed time in seconds, each record's own seconds, or both. */
export interface TtlReading {
  seconds?: number;
  own: boolean;
  /** The feature's words it was read by. */
  words: string[];
  /** The fixed time as the feature writes it ("24 hours"). */
  written?: string;
}

/** The expiry a feature states, or null when it states none (a duration without an expiry word is none). */
export function readTtl(feature: string): TtlReading | null {
  const text = fold(feature).replace(/[’'`]/g, ' ');
  const expires = EXPIRES.exec(text);
  // "after 30 minutes of inactivity" counts from the last use, which a lifetime from the create is not.
  if (!expires || SLIDING.test(text)) return null;
  const own = OWN_TTL.exec(text);
  const duration = DURATION.exec(text.slice(Math.max(0, expires.index - 40)));
  const unit = duration ? UNIT_SECONDS.find(([re]) => re.test(duration[2]))?.[1] : undefined;
  const seconds = duration && unit !== undefined ? Number(duration[1]) * unit : undefined;
  if (seconds === undefined && !own) return null;
  if (seconds !== undefined && (seconds < 1 || seconds > 31_536_000)) return null;
  const words = [expires[0], own?.[0], duration?.[0]?.replace(/\d+/g, '').trim()].filter(
    (w): w is string => w !== undefined && w !== '',
  );
  return {
    ...(seconds === undefined ? {} : { seconds, written: duration?.[0] }),
    own: own !== null,
    words,
  };
}

/** Gives `resource` the expiry `reading` states, declaring its own-seconds field when asked for. */
function applyTtl(b: ContractBuilder, resource: ResourceSpec, reading: TtlReading): void {
  let field = resource.fields.find((f) => OWN_TTL_NAMES.test(f.name) && f.name !== resource.key);
  if (field && field.type !== 'integer' && field.type !== 'number') {
    // A ttl the records were given without a type ("with a text and ttl_seconds") counts seconds.
    field.type = 'integer';
    field.minimum = 1;
    field.example = 600;
    delete field.enum;
  }
  if (!field && reading.own) {
    field = b.ensureField(resource.name, {
      name: 'ttl_seconds',
      type: 'integer',
      required: reading.seconds === undefined,
      minimum: 1,
      description: `Seconds the ${resource.name.replace(/-/g, ' ')} lives after it is created; then it is gone`,
      example: 600,
    });
  }
  resource.ttl = {
    ...(reading.seconds === undefined ? {} : { seconds: reading.seconds }),
    ...(field && reading.own ? { field: field.name } : {}),
  };
  if (reading.seconds === undefined && !resource.ttl.field) {
    delete resource.ttl;
    return;
  }
  const own = resource.ttl.field ? `its own ${resource.ttl.field} seconds` : null;
  // The time in the feature's own numbers too ("24 hours" is 86400 seconds, 1 day).
  const window = reading.seconds === undefined ? null : windowText(reading.seconds);
  const fixed =
    window !== null && reading.written && !window.includes(reading.written)
      ? `${window}, the ${reading.written} the intent writes,`
      : window;
  const said = `It expires ${[own, fixed].filter((x) => x !== null).join(', else ')} after it is created; then it is gone (404).`;
  if (!resource.description.includes(said)) resource.description = `${resource.description} ${said}`.trim();
  b.writtenAs(resource.name, reading.words);
}

/** The resource a feature about expiry means: one whose name it writes, else the only one. */
function resourceFor(b: ContractBuilder, feature: string): ResourceSpec | undefined {
  const text = ` ${fold(feature)} `;
  const named = b.contract.resources.filter(
    (r) => text.includes(` ${r.name.replace(/-/g, ' ')}`) || text.includes(` ${r.plural.replace(/-/g, ' ')}`),
  );
  if (named.length === 1) return named[0];
  return b.contract.resources.length === 1 ? b.contract.resources[0] : undefined;
}

/**
 * A feature that only says records expire ("notes expire after 10 minutes"): the resource it means gets the
 * expiry, and its reading and listing endpoints realise the feature. False when it is not one (a feature that
 * also creates records is designed as usual, and {@link settleExpiry} gives its resource the expiry); true
 * without a change when it names no resource the service keeps (the feature stays unrealised).
 */
export function realiseExpiry(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  const reading = readTtl(feature);
  if (!reading || r.literal || r.actions.some((a) => a !== 'delete' && a !== 'view' && a !== 'get'))
    return false;
  const resource = resourceFor(b, feature);
  if (!resource) return true;
  applyTtl(b, resource, reading);
  for (const e of b.contract.endpoints) {
    const kind = e.behavior.kind;
    const mine = 'resource' in e.behavior && e.behavior.resource === resource.name;
    if (mine && (kind === 'get' || kind === 'list' || kind === 'create') && !e.features.includes(feature)) {
      e.features.push(feature);
    }
  }
  return true;
}

/** Whether a feature only says records expire (it is designed after the features that keep them). */
export function onlyExpires(feature: string, r: FeatureReading): boolean {
  return (
    readTtl(feature) !== null &&
    !r.literal &&
    r.actions.every((a) => a === 'delete' || a === 'view' || a === 'get')
  );
}

/**
 * "… the answer shows when it expires (expires_at)", "returns 201 {"id", "expires_at"}": the expiring resources
 * of the feature's endpoints answer the instant each record expires, under the name the feature writes.
 */
function settleShownExpiry(b: ContractBuilder, feature: string): void {
  if (!asksExpiryShown(feature)) return;
  const name = expiryShownName(feature) ?? 'expires_at';
  const names = new Set(
    b.contract.endpoints
      .filter((e) => e.features.includes(feature))
      .map((e) => ('resource' in e.behavior ? e.behavior.resource : '')),
  );
  for (const r of b.contract.resources) {
    if (!names.has(r.name) || !r.ttl || r.ttl.answer_field !== undefined) continue;
    if (r.fields.some((f) => f.name === name) || name === 'id') continue;
    r.ttl.answer_field = name;
    const said = `Every answer carries ${name}: the instant it expires.`;
    if (!r.description.includes(said)) r.description = `${r.description} ${said}`.trim();
  }
}

/** Gives the resources of the endpoints realising an expiry feature (one that also creates them) their expiry. */
export function settleExpiry(b: ContractBuilder, features: string[]): void {
  for (const feature of features) {
    const reading = readTtl(feature);
    if (!reading) continue;
    const names = new Set(
      // "GET /secrets/{id} … once ttl_seconds have passed it returns 404": the records it reads expire too.
      b.contract.endpoints
        .filter(
          (e) => e.features.includes(feature) && (e.behavior.kind === 'create' || e.behavior.kind === 'get'),
        )
        .map((e) => ('resource' in e.behavior ? e.behavior.resource : '')),
    );
    for (const resource of b.contract.resources) {
      if (names.has(resource.name) && !resource.ttl) applyTtl(b, resource, reading);
    }
  }
  for (const feature of features) settleShownExpiry(b, feature);
}
