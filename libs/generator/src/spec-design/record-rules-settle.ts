import { readBuffer, type EndpointSpec, type FieldSpec, type ResourceSpec } from '@sf/service-spec';
import { settleActionMachines } from './action-machines';
import type { ContractBuilder } from './contract-builder';
import { fold, words } from './lexicon';
import { snakeName } from './naming';
import {
  applyConstraints,
  asksNoOverlap,
  counterField,
  describe,
  proseBounds,
  targetField,
} from './record-rules-design';
import { settleIntervalRefusals } from './interval-refusals';
import { lookupKey, settleLookupSearches } from './lookup-key';
import { settleRecordStateRoutes } from './state-routes';

/*
 * The record rules settled once every feature is designed (record-rules-design.ts reads them feature by
 * feature): keys from item paths, adjust targets, bounds from prose, intervals from start/end pairs, overlap
 * scopes, and records created on first use.
 */

/** Start and end field names of an interval, paired (folded, snake_case). */
const INTERVAL_PAIRS: [string, string][] = [
  ['start', 'end'],
  ['starts_at', 'ends_at'],
  ['start_time', 'end_time'],
  ['start_at', 'end_at'],
  ['begin', 'end'],
  ['from', 'to'],
  ['check_in', 'check_out'],
  ['beginn', 'ende'],
  ['anfang', 'ende'],
  ['debut', 'fin'],
  ['inicio', 'fin'],
  ['inicio', 'fim'],
  ['inizio', 'fine'],
  ['von', 'bis'],
];

/**
 * Settles the rules once every feature is designed: records addressed by a field the paths name get that field
 * as their key; adjust targets read bounds from the features' prose; start/end pairs become intervals; overlap
 * features forbid overlaps (per the field after "same"); adjustments and resets create records on first use
 * when nothing else creates them; action routes get their state machine (action-machines.ts).
 */
export function settleRecordRules(b: ContractBuilder): void {
  settleRecordStateRoutes(b);
  settleActionMachines(b);
  const c = b.contract;
  for (const r of c.resources) {
    let mine = c.endpoints.filter((e) => 'resource' in e.behavior && e.behavior.resource === r.name);
    // Child records find their parent by id (CONTRACT.md), so a parent keeps being addressed by its id.
    const parent = c.endpoints.some(
      (e) => e.behavior.kind === 'create' && e.behavior.parent?.resource === r.name,
    );
    if (!parent) mine = settleLookupSearches(b, r, mine);
    if (!parent) settleKey(r, mine);
    for (const e of mine) {
      const beh = e.behavior;
      if (beh.kind !== 'adjust' && beh.kind !== 'reset') continue;
      const current = r.fields.find((f) => f.name === beh.field);
      if (current && (current.type === 'integer' || current.type === 'number')) continue;
      // Designed before the feature that wrote the fields: aim at the number the feature names now.
      const found = e.features
        .map((f) => targetField(r, f, beh.kind === 'adjust' ? beh.amount_field : null))
        .find((f) => f !== undefined);
      if (found) beh.field = found.name;
      else r.fields.push(counterField(beh.field));
    }
    for (const e of mine) {
      for (const feature of e.features) {
        for (const [name, rule] of proseBounds(feature, r.fields)) {
          const f = r.fields.find((x) => x.name === name);
          if (f && f.minimum === undefined && f.maximum === undefined && f.exclusive_minimum === undefined)
            applyConstraints(f, rule, describe(rule));
        }
      }
    }
    detectInterval(r);
  }
  // Overlap features need every resource's interval known first (one that alone spans intervals takes them).
  for (const r of c.resources) {
    const mine = c.endpoints.filter((e) => 'resource' in e.behavior && e.behavior.resource === r.name);
    forbidOverlaps(b, r, mine);
    datedRefusals(b, r, mine);
    const creatable = mine.some((e) => e.behavior.kind === 'create');
    for (const e of mine) {
      const beh = e.behavior;
      if ((beh.kind === 'adjust' || beh.kind === 'reset') && !creatable && r.key) beh.create_missing = true;
    }
  }
  // "The end must not be before the start", said on its own: the store whose interval is now known claims it.
  settleIntervalRefusals(b);
}

/**
 * Refusals worked out before the interval was known ("personas = 13 → 400", designed while inicio was plain text)
 * send the interval's ends as sample text, which an interval refuses by itself: they get the interval's example
 * date-times, so that the 400 shows the rule they quote and nothing else.
 */
function datedRefusals(b: ContractBuilder, r: ResourceSpec, mine: EndpointSpec[]): void {
  const iv = r.interval;
  if (!iv) return;
  const ends = [iv.start, iv.end].map((name) => r.fields.find((f) => f.name === name));
  if (ends.some((f) => f?.format !== 'date-time')) return;
  const ids = new Set(mine.filter((e) => e.behavior.kind === 'create').map((e) => e.id));
  for (const c of b.contract.acceptance.filter((x) => ids.has(x.endpoint_id) && x.kind === 'error')) {
    for (const step of c.steps) {
      const body = step.request.body as Record<string, unknown> | undefined;
      if (step.expect.status !== 400 || typeof body !== 'object' || body === null) continue;
      // Only the sample text a plain field starts with ("sample inicio"): a value chosen to be refused stays.
      const sampled = (v: unknown) => typeof v === 'string' && v.startsWith('sample ');
      if (ends.some((f) => f !== undefined && sampled(body[f.name])))
        for (const f of ends) if (f !== undefined && body[f.name] !== undefined) body[f.name] = f.example;
    }
  }
}

/** Item paths that all name one text field of the resource (`{sku}`) make it the key. */
function settleKey(r: ResourceSpec, mine: EndpointSpec[]): void {
  // A redirect names its own key field (and an owner's figure its owner); the other item paths decide how records
  // are addressed.
  const params = new Set(
    mine.flatMap((e) =>
      'param' in e.behavior &&
      e.behavior.param !== undefined &&
      e.behavior.kind !== 'redirect' &&
      // An owner's figure names the owner of many records, never one record's key.
      e.behavior.kind !== 'owner_aggregate'
        ? [e.behavior.param]
        : [],
    ),
  );
  if (r.key === undefined && params.size === 1) {
    const [param] = [...params];
    const field = r.fields.find((f) => f.name === param && f.type === 'string');
    if (field) r.key = param;
  }
  // "Look up a flag by its key" of records read by a generated id: the field the client knows keys them.
  if (r.key === undefined) r.key = lookupKey(r, mine);
  if (!r.key) return;
  const keyField = r.fields.find((f) => f.name === r.key);
  if (!keyField || keyField.type !== 'string') {
    delete r.key;
    return;
  }
  keyField.required = true;
  keyField.unique = true;
  // Keys travel in paths: an example that needs no escaping ("sample sku" → "sample-sku").
  if (typeof keyField.example !== 'string' || !/^[A-Za-z0-9._~-]+$/.test(keyField.example)) {
    const written = typeof keyField.example === 'string' ? keyField.example : r.key;
    keyField.example = snakeName(written, r.key).replace(/_/g, '-');
  }
  // The resource's own `{id}` paths (from free-text features) address records by the key as well.
  for (const e of mine) {
    const beh = e.behavior;
    if ('param' in beh && beh.param === 'id' && !r.fields.some((f) => f.name === 'id')) {
      e.path = e.path.replace('{id}', `{${r.key}}`);
      beh.param = r.key;
    }
  }
}

/** Words that name the start or the end of a span within a field name (`starts_at`, `valid_until`). */
const START_WORDS = new Set(
  'start starts begin begins from since von ab desde debut inicio inizio anfang beginn arrival'.split(' '),
);
const END_WORDS = new Set('end ends until till to bis hasta fin fine fim ende departure'.split(' '));

/** Whether a field holds a point in time: a date or date-time format, or a description saying so. */
function timed(f: FieldSpec): boolean {
  return (
    f.format === 'date-time' || f.format === 'date' || /\b(?:iso|date|datetime|time)\b/i.test(f.description)
  );
}

/**
 * Start/end pairs among `fields`: the known pairs, then any two timed fields whose names differ in one word, a
 * start word in one and an end word in the other (`starts_at`/`ends_at`, `valid_from`/`valid_until`).
 */
function intervalPairs(fields: FieldSpec[]): [string, string][] {
  const pairs = [...INTERVAL_PAIRS];
  const parts = (f: FieldSpec) => f.name.toLowerCase().split('_');
  for (const s of fields.filter(timed)) {
    for (const e of fields.filter(timed)) {
      const [a, b] = [parts(s), parts(e)];
      if (s === e || a.length !== b.length) continue;
      const differ = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
      if (differ.length === 1 && START_WORDS.has(a[differ[0]]) && END_WORDS.has(b[differ[0]]))
        pairs.push([s.name, e.name]);
    }
  }
  return pairs;
}

/** A start/end pair of date-times (or numbers) is an interval. */
function detectInterval(r: ResourceSpec): void {
  const field = (name: string) => r.fields.find((f) => f.name === name);
  if (!r.interval) {
    for (const [start, end] of intervalPairs(r.fields)) {
      const s = field(start);
      const e = field(end);
      if (!s || !e) continue;
      const times = s.type === 'string' && e.type === 'string';
      const numbers = (s.type === 'integer' || s.type === 'number') && s.type === e.type;
      if (!times && !numbers) continue;
      if (times) {
        for (const f of [s, e]) {
          if (f.format !== 'date-time') applyConstraints(f, { format: 'date-time' }, 'ISO 8601 date-time');
        }
        s.example = '2025-06-01T09:00:00Z';
        e.example = '2025-06-01T10:00:00Z';
      } else if (Number(e.example) <= Number(s.example)) e.example = Number(s.example) + 1;
      s.required = true;
      e.required = true;
      r.interval = { start, end };
      break;
    }
  }
}

/** Overlap features forbid overlaps of the resource's interval, per the fields after "same". */
function forbidOverlaps(b: ContractBuilder, r: ResourceSpec, mine: EndpointSpec[]): void {
  const iv = r.interval;
  if (!iv) return;
  // An overlap feature is about this resource when it names it, or when no other resource spans intervals.
  const alone = b.contract.resources.filter((x) => x.interval !== undefined).length === 1;
  const overlapFeatures = b.contract.service.features.filter(
    (f) => asksNoOverlap(f) && (alone || mine.some((e) => e.features.includes(f)) || mentionsResource(f, r)),
  );
  if (overlapFeatures.length === 0) return;
  const scope = new Set<string>();
  for (const f of overlapFeatures) {
    const same = sameScope(f, r);
    // "Una pista no se puede reservar dos veces en horas que se solapan", "una sala ya ocupada en ese horario":
    // without "same", the place the feature names is the scope all the same.
    const named = same.fields.length > 0 ? same.fields : namedScope(f, r);
    for (const name of named) scope.add(name);
    // The intent's own words for the rule (what clashes, what may touch), so the SPEC shows which words it realises.
    const stated = words(f).filter((w) => w.length >= 3 && !/\d/.test(w));
    b.writtenAs(r.name, [...stated, ...same.words]);
  }
  iv.no_overlap = [...scope];
  // "at least 15 minutes between two bookings of the same room": one buffer, kept between date-times only.
  const gaps = new Set(overlapFeatures.map(readBuffer).filter((m) => m !== null));
  const timed = r.fields.find((f) => f.name === iv.start)?.format === 'date-time';
  if (gaps.size === 1 && timed) iv.gap_minutes = [...gaps][0];
  const create = mine.find((e) => e.behavior.kind === 'create' && !e.behavior.parent);
  if (create) for (const f of overlapFeatures) if (!create.features.includes(f)) create.features.push(f);
}

function mentionsResource(feature: string, r: ResourceSpec): boolean {
  const said = words(feature);
  const written = r.description.includes('Written in the intent as: ')
    ? r.description
        .replace(/.*Written in the intent as: /, '')
        .replace(/\.$/, '')
        .split(', ')
    : [];
  const names = [r.name, r.plural, ...r.name.split('-'), ...written.map((w) => fold(w).toLowerCase())];
  return said.some((w) => names.some((n) => n !== '' && (w === n || w === `${n}s` || w.startsWith(n))));
}

/** The fields of `r` a feature names by their own name, the interval's ends left out (the place booked). */
function namedScope(feature: string, r: ResourceSpec): string[] {
  const said = new Set(words(feature));
  const iv = r.interval;
  return r.fields
    .filter(
      (f) =>
        f.type !== 'boolean' &&
        f.generate === undefined &&
        f.name !== iv?.start &&
        f.name !== iv?.end &&
        f.name !== 'name' &&
        (said.has(fold(f.name)) || said.has(`${fold(f.name)}s`)),
    )
    .map((f) => f.name);
}

/** The fields after "same" ("of the same room", "desselben Raums", "de la même salle"): the overlap scope. */
function sameScope(feature: string, r: ResourceSpec): { fields: string[]; words: string[] } {
  const text = fold(feature).toLowerCase();
  const fields: string[] = [];
  const said: string[] = [];
  const pattern = new RegExp(`\\b(${SAME_WORDS})\\s+(\\w+)(?:\\s+(\\w+))?`, 'g');
  for (const m of text.matchAll(pattern)) {
    // "the same room", "de la même salle", "dello stesso tipo di stanza": the next word, else the one after.
    for (const word of [m[2], m[3]]) {
      if (word === undefined) continue;
      const field = r.fields.find((f) => {
        const name = fold(f.name);
        return word === name || word.startsWith(name) || name.startsWith(word.replace(/s$/, ''));
      });
      if (!field) continue;
      if (!fields.includes(field.name)) fields.push(field.name);
      said.push(m[1], word);
      break;
    }
  }
  return { fields, words: said };
}

const SAME_WORDS =
  'same|desselben|derselben|demselben|dieselbe|denselben|meme|mismo|misma|stesso|stessa|mesmo|mesma';
