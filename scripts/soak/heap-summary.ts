/**
 * Heap snapshots reduced to counts and self sizes per constructor, and the difference of two: what the soak
 * prints to show which objects a service keeps accumulating (the leak hunt's first question).
 */

/** Objects of one kind in one snapshot. */
export interface HeapClass {
  count: number;
  self_size: number;
}

interface SnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/**
 * Counts and self sizes by `type:name` (objects by constructor, closures by function name, code by its name, strings as
 * one kind).
 */
export function summarizeSnapshot(json: string): Map<string, HeapClass> {
  const snap = JSON.parse(json) as SnapshotJson;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out = new Map<string, HeapClass>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]];
    // Code is named too (`system / BytecodeArray`, a function's name for its compiled code…): which code grows.
    const named = type === 'object' || type === 'closure' || type === 'native' || type === 'code';
    const key = named ? `${type}:${snap.strings[snap.nodes[i + nameAt]]}` : type;
    const entry = out.get(key) ?? { count: 0, self_size: 0 };
    entry.count++;
    entry.self_size += snap.nodes[i + sizeAt];
    out.set(key, entry);
  }
  return out;
}

/** One kind's change between two snapshots. */
export interface HeapGrowth {
  kind: string;
  count_before: number;
  count_after: number;
  bytes_delta: number;
}

/** The `top` kinds that grew most in bytes from `before` to `after`. */
export function heapGrowth(
  before: Map<string, HeapClass>,
  after: Map<string, HeapClass>,
  top = 25,
): HeapGrowth[] {
  const kinds = new Set([...before.keys(), ...after.keys()]);
  return [...kinds]
    .map((kind) => ({
      kind,
      count_before: before.get(kind)?.count ?? 0,
      count_after: after.get(kind)?.count ?? 0,
      bytes_delta: (after.get(kind)?.self_size ?? 0) - (before.get(kind)?.self_size ?? 0),
    }))
    .sort((a, b) => b.bytes_delta - a.bytes_delta)
    .slice(0, top);
}
