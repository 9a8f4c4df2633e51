import {
  asksUsedUpReads,
  statedReadCount,
  usedUpWords,
  type ReadLimitRule,
  type ResourceSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { readFeature, type FeatureReading } from './feature-reader';
import { fold } from './lexicon';
import { defaultFields } from './samples';

/*
 * Records read a limited number of times: "the secret can be read once; after that first read it is gone",
 * "GET /secrets/{id} uses up one view; after max_views views it returns 404", "cada secreto se puede leer como
 * máximo 2 veces", "ein Geheimnis kann nur einmal gelesen werden". The resource gets a `reads` rule: a fixed
 * number of reads, or each record's own field (max_views), and the status a used-up record answers (410 when the
 * feature writes it). The recogniser is the gate's (`asksUsedUpReads`), so what the designer reads is what the
 * gate asks for.
 */

/** Field names that hold a record's own number of reads. */
const OWN_READS_NAMES =
  /^(max_views|max_reads|views_allowed|reads_allowed|view_limit|read_limit|max_opens|allowed_views|allowed_reads)$/;
/** The same names as a feature writes them. */
const OWN_READS_WORDS =
  /\b(max_views|max_reads|views_allowed|reads_allowed|view_limit|read_limit|max_opens|allowed_views|allowed_reads)\b/;

/** What a feature says about reads running out, or null when it says nothing of it. */
export interface ReadLimitReading {
  count?: number;
  /** The per-record field the feature names (max_views), when it names one. */
  field?: string;
  gone_status?: 410;
  /** The feature's words it was read by. */
  words: string[];
}

/** The read limit a feature states, or null. */
export function readReadLimit(feature: string): ReadLimitReading | null {
  if (!asksUsedUpReads(feature)) return null;
  const text = fold(feature);
  const count = statedReadCount(feature);
  const field = OWN_READS_WORDS.exec(feature.toLowerCase())?.[1];
  return {
    ...(count === undefined ? {} : { count }),
    ...(field === undefined ? {} : { field }),
    ...(/\b410\b/.test(text) ? { gone_status: 410 as const } : {}),
    words: usedUpWords(feature),
  };
}

/** Gives `resource` the read limit `reading` states, declaring its own field when the feature names one. */
function applyReadLimit(b: ContractBuilder, resource: ResourceSpec, reading: ReadLimitReading): void {
  // "Geheimnisse speichern, die nur einmal gelesen werden": a store named by a word of the rule ("gelesen",
  // "once") is not the record's; the feature stays unrealised rather than realised on a misnamed store.
  const ruleWords = reading.words.flatMap((w) => w.split(/[\s_-]+/));
  if (ruleWords.includes(resource.name) || ruleWords.includes(resource.plural)) return;
  const field = resource.fields.find((f) => OWN_READS_NAMES.test(f.name));
  // "after max_views views" of records whose create takes no max_views: how many a record gets is not said, so
  // the feature stays unrealised (the gate refuses it) rather than a number the intent never wrote.
  if (!field && reading.field) return;
  if (field && field.type !== 'integer') {
    field.type = 'integer';
    field.minimum = field.minimum ?? 1;
    delete field.enum;
  }
  const fixed = reading.count ?? (typeof field?.default === 'number' ? field.default : undefined);
  const rule: ReadLimitRule = {
    ...(fixed === undefined ? {} : { count: fixed }),
    ...(field ? { field: field.name } : {}),
    ...(reading.gone_status ? { gone_status: reading.gone_status } : {}),
  };
  if (rule.count === undefined && rule.field === undefined) rule.count = 1;
  resource.reads = rule;
  asItsText(b, resource);
  dropListsAroundLimit(b, resource.name);
  const limit = field ? `its own ${field.name} times` : `${rule.count} time${rule.count === 1 ? '' : 's'}`;
  const gone = rule.gone_status === 410 ? '410' : '404';
  const said = `Each read uses it up: it can be read ${limit}, then it is gone (${gone}).`;
  if (!resource.description.includes(said)) resource.description = `${resource.description} ${said}`.trim();
  b.writtenAs(resource.name, [...reading.words, ...secrecyWords(b, resource.name)]);
}

/** Words naming a note's title or body, which make them the note's fields as written. */
const TITLE_OR_BODY = /\b(?:title|titel|titre|titulo|titolo|body|cuerpo|corps|corpo|inhalt)\b/;

/**
 * A note read once with nothing of it named ("keep a secret note and hand back an id"): its text is the record,
 * as a one-time secret's is, not the title and body an everyday note gets (a client sending the secret's text
 * was refused for a missing title).
 */
function asItsText(b: ContractBuilder, resource: ResourceSpec): void {
  if (resource.name !== 'note') return;
  const names = (fields: { name: string }[]) => fields.map((f) => f.name).join();
  if (names(resource.fields) !== names(defaultFields('note'))) return;
  const said = b.contract.endpoints
    .filter((e) => 'resource' in e.behavior && e.behavior.resource === resource.name)
    .flatMap((e) => e.features);
  if (said.some((f) => TITLE_OR_BODY.test(fold(f)))) return;
  resource.fields = defaultFields('text');
}

/** Words that call a record secret or confidential (folded), in six languages. */
const SECRECY = new Set(
  `secret secrets confidential private geheim geheime geheimen geheimes vertraulich vertrauliche vertraulichen
  secreta secreto secretas secretos confidencial confidenciales secrete secretes confidentiel confidentielle
  confidentiels confidentielles segreta segreto segrete segreti riservata riservato riservate riservati sigiloso
  sigilosa confidenciais`.split(/\s+/),
);

/**
 * A record whose reads use it up is what makes it secret: "keep a secret note", "guardar una nota secreta" store
 * it, and the store shows the word the create feature calls it by. Not a store named after its own field ("store
 * a secret text" kept as texts with a text): there the secret is the record, and the store misnames it.
 */
function secrecyWords(b: ContractBuilder, resource: string): string[] {
  if (b.findResource(resource)?.fields.some((f) => f.name === resource)) return [];
  const creates = b.contract.endpoints.filter(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === resource,
  );
  return [...new Set(creates.flatMap((e) => e.features.flatMap((f) => fold(f).split(/[^\p{L}]+/u))))].filter(
    (w) => SECRECY.has(w),
  );
}

/** Whether a feature asks for a list of records in so many words ("list all notes", "alle Notizen anzeigen"). */
function asksList(feature: string): boolean {
  const r = readFeature(feature);
  return r.actions.includes('list') || (r.actions.includes('view') && (r.all || r.nounIsPlural));
}

/**
 * A store whose reads use records up keeps no list the designer added on its own ("save a note" is listed and
 * read back by default): a list answers every record without using a read. A list a feature asks for stays, and
 * the gate refuses the limit it defeats.
 */
function dropListsAroundLimit(b: ContractBuilder, resource: string): void {
  b.contract.endpoints = b.contract.endpoints.filter(
    (e) =>
      !(
        e.behavior.kind === 'list' &&
        e.behavior.resource === resource &&
        !e.features.some((f) => asksList(f))
      ),
  );
}

/** The resource a feature about reads means: one whose name it writes, else the only one. */
function resourceFor(b: ContractBuilder, feature: string): ResourceSpec | undefined {
  const text = ` ${fold(feature)} `;
  const named = b.contract.resources.filter(
    (r) => text.includes(` ${r.name.replace(/-/g, ' ')}`) || text.includes(` ${r.plural.replace(/-/g, ' ')}`),
  );
  if (named.length === 1) return named[0];
  return b.contract.resources.length === 1 ? b.contract.resources[0] : undefined;
}

/** Whether a feature only says reads use records up (it is designed after the features that keep them). */
export function onlyLimitsReads(feature: string, r: FeatureReading): boolean {
  return (
    readReadLimit(feature) !== null &&
    !r.literal &&
    r.actions.every((a) => a === 'delete' || a === 'view' || a === 'get')
  );
}

/**
 * A feature that only says reads use records up ("a note can only be viewed once, then it is deleted"): the
 * resource it means gets the limit and its get endpoint (made when the service has none) realises the feature.
 * False when it is not one; true without a change when it names no resource the service keeps (the feature
 * stays unrealised, the gate refuses it).
 */
export function realiseReadLimit(b: ContractBuilder, feature: string, r: FeatureReading): boolean {
  if (!onlyLimitsReads(feature, r)) return false;
  const reading = readReadLimit(feature);
  const resource = resourceFor(b, feature);
  if (!reading || !resource) return true;
  applyReadLimit(b, resource, reading);
  const get =
    b.contract.endpoints.find((e) => e.behavior.kind === 'get' && e.behavior.resource === resource.name) ??
    b.endpoint(
      'GET',
      `${b.collectionPath(resource.name)}/{id}`,
      { kind: 'get', resource: resource.name, param: 'id' },
      null,
    );
  if (!get.features.includes(feature)) get.features.push(feature);
  return true;
}

/**
 * Gives the resources read by the get endpoints realising a read-limit feature (one that spells its route, or
 * that also stores the records) their limit.
 */
export function settleReadLimits(b: ContractBuilder, features: string[]): void {
  for (const feature of features) {
    const reading = readReadLimit(feature);
    if (!reading) continue;
    for (const e of b.contract.endpoints) {
      if (!e.features.includes(feature) || (e.behavior.kind !== 'get' && e.behavior.kind !== 'create'))
        continue;
      const resource = b.findResource(e.behavior.resource);
      if (!resource || resource.reads) continue;
      applyReadLimit(b, resource, reading);
      const get = b.contract.endpoints.find(
        (x) => x.behavior.kind === 'get' && x.behavior.resource === resource.name,
      );
      if (get && !get.features.includes(feature)) get.features.push(feature);
    }
  }
}
