import { prop, str } from './code-text';
import type { ResourceModel, ServiceModel } from './service-model';

/*
 * The `RecordStore` class of `state.ts`. When a resource's records expire (`ttl`), the store keeps each record's
 * expiry beside it and drops the expired ones before every read, so every handler — item lookups by id or key,
 * lists, searches, filters, unique checks — sees an expired record as gone without knowing about expiry.
 * When a resource's records are read a limited number of times (`reads`), the store counts each record's reads
 * (`countRead`, called by its get handler) and ends the record at its limit, remembering it was read up
 * (`readUp`) so the handler can tell a used-up record (410 when the contract says) from one that never was.
 * A store whose records answer when they expire (`ttl.answer_field`) sets that field on each record it adds.
 */

/** Whether any resource of the service has records that expire. */
export function hasExpiry(model: ServiceModel): boolean {
  return model.resources.some((r) => r.spec.ttl !== undefined);
}

/** Whether any resource of the service has records read a limited number of times. */
export function hasReadLimit(model: ServiceModel): boolean {
  return model.resources.some((r) => r.spec.reads !== undefined);
}

const READ_COUNTING = `

  /** How many times each read-limited record was read. */
  private readonly readCounts = new Map<string, number>();
  /** The ids of records whose reads are used up. */
  private readonly usedUp = new Set<string>();

  /** Counts one read of a record; the read that reaches \`limit\` ends it (\`alias\`: its key, also remembered). */
  countRead(id: string, limit: number, alias?: string): void {
    const count = (this.readCounts.get(id) ?? 0) + 1;
    if (count < limit) {
      this.readCounts.set(id, count);
      return;
    }
    this.readCounts.delete(id);
    this.remove(id);
    this.usedUp.add(id);
    if (alias !== undefined) this.usedUp.add(alias);
  }

  /** Whether the record with this id (or key) was read as many times as it may be. */
  readUp(id: string): boolean {
    return this.usedUp.has(id);
  }`;

/** The `RecordStore` class source. */
export function recordStoreSource(model: ServiceModel): string {
  const expiring = hasExpiry(model);
  const counting = hasReadLimit(model);
  return `/** Records of one resource in memory; a Map keeps insertion order, so listing is oldest first. */
export class RecordStore<T extends { id: string }> {
  private readonly records = new Map<string, T>();${
    expiring
      ? `
  /** When each expiring record expires, in milliseconds since the epoch. */
  private readonly expiries = new Map<string, number>();`
      : ''
  }
  private readonly prefix: string;
  private sequence = 0;
${
  expiring
    ? `
  /** \`expiry\`: the clock, how long a record lives (null: for ever), and the field answering when it expires. */
  constructor(
    prefix: string,
    private readonly expiry?: { now: () => number; ttlMs: (record: T) => number | null; answerField?: string },
  ) {
    this.prefix = prefix;
  }
`
    : `
  constructor(prefix: string) {
    this.prefix = prefix;
  }
`
}
  /** A new unique id: the resource name and a sequence number. */
  nextId(): string {
    this.sequence += 1;
    return this.prefix + '-' + String(this.sequence);
  }

  add(record: T): void {${expiring ? '\n    this.purge();' : ''}
    this.records.set(record.id, record);${
      expiring
        ? `
    const ttl = this.expiry?.ttlMs(record) ?? null;
    if (this.expiry !== undefined && ttl !== null) this.expiries.set(record.id, this.expiry.now() + ttl);
    const answer = this.expiry?.answerField;
    if (this.expiry !== undefined && answer !== undefined)
      Object.assign(record, { [answer]: ttl === null ? null : new Date(this.expiry.now() + ttl).toISOString() });`
        : ''
    }
  }

  get(id: string): T | undefined {${expiring ? '\n    this.purge();' : ''}
    return this.records.get(id);
  }

  /** Removes a record; false when there was none. */
  remove(id: string): boolean {${expiring ? '\n    this.purge();\n    this.expiries.delete(id);' : ''}
    return this.records.delete(id);
  }

  all(): T[] {${expiring ? '\n    this.purge();' : ''}
    return [...this.records.values()];
  }${counting ? READ_COUNTING : ''}${
    expiring
      ? `

  /** Drops every record whose time has come: from then on it is gone. */
  private purge(): void {
    if (this.expiry === undefined) return;
    const now = this.expiry.now();
    for (const [id, at] of this.expiries) {
      if (now >= at) {
        this.expiries.delete(id);
        this.records.delete(id);
      }
    }
  }`
      : ''
  }
}`;
}

/** The constructor arguments of a resource's store: its name, and its expiry when its records expire. */
export function storeArguments(r: ResourceModel, prefix: string): string {
  const ttl = r.spec.ttl;
  if (!ttl) return prefix;
  const fixed = ttl.seconds === undefined ? 'null' : String(ttl.seconds * 1000);
  const own = ttl.field === undefined ? null : `record${prop(ttl.field)}`;
  const ms =
    own === null
      ? `() => ${fixed}`
      : `(record) => (typeof ${own} === 'number' && ${own} > 0 ? ${own} * 1000 : ${fixed})`;
  const answer = ttl.answer_field === undefined ? '' : `, answerField: ${str(ttl.answer_field)}`;
  return `${prefix}, { now: () => this.now(), ttlMs: ${ms}${answer} }`;
}
