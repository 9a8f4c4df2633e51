/**
 * A memo of values made from what intents write (a slug rule's length, a feature's declared unit factors): kept so
 * designs made twice of the same feature share one value, but bounded, because its keys come from users' text and
 * the generator runs inside long-lived services. Past `max` entries the oldest-used one goes.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The value remembered for `key`, else `make()`'s, remembered. */
  get(key: string, make: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}
