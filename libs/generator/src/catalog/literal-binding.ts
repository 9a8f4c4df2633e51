import { readFeatureLiterals, type FieldSpec, type LiteralField } from '@sf/service-spec';
import type { FunctionDesign, Refusal, WorkedExample } from './catalog-entry';

/*
 * A feature that spells its API out ("POST /convert with body {"value": number, "from": "C"|"F"|"K", …}
 * returns {"value": number}") and that a catalog family recognises is realised at the route and with the field
 * names it writes: the family's design is bound onto them, or, when they cannot all be honoured, not used.
 */

/** The design moved onto the feature's literal route and fields, or null when the two do not fit exactly. */
export function bindLiteral(feature: string, design: FunctionDesign): FunctionDesign | null {
  const literals = readFeatureLiterals(feature);
  if (literals.routes.length !== 1 || literals.problems.length > 0 || literals.errorBodies.length > 0)
    return null;
  const [route] = literals.routes;
  if (route.method !== 'GET' && route.method !== 'POST') return null;
  const fromPath = [...route.path.matchAll(/\{([a-z][a-z0-9_]*)\}/g)].map((m) => m[1]);
  if (route.path.replace(/\{[a-z][a-z0-9_]*\}/g, '').includes('{')) return null;
  // Statuses other than the ones every computation answers (200, 400 for a refused value) cannot be promised.
  if (literals.statuses.some((s) => s !== 200 && s !== 400 && !design.errors?.some((e) => e.status === s)))
    return null;
  const written: LiteralField[] = [
    ...fromPath.map((name) => ({ name, optional: false })),
    ...(route.method === 'GET'
      ? literals.query.map((name) => ({ name, optional: false }))
      : literals.request),
  ];
  const inputs = bindFields(
    design.inputs.map((i) => i.field),
    written,
  );
  if (!inputs) return null;
  const outputs = bindOutputs(design, literals.response);
  if (!outputs) return null;
  const rename = (values: Record<string, unknown>, names: Map<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [names.get(k) ?? k, v]));
  const renameExample = (x: WorkedExample): WorkedExample => ({
    ...x,
    input: rename(x.input, inputs),
    output: rename(x.output, outputs),
  });
  const renameRefusal = (x: Refusal): Refusal => ({ ...x, input: rename(x.input, inputs) });
  return {
    ...design,
    method: route.method,
    path: route.path,
    inputs: design.inputs.map((i) => {
      const name = inputs.get(i.field.name) ?? i.field.name;
      return { ...i, field: { ...i.field, name }, ...(fromPath.includes(name) ? { fromPath: true } : {}) };
    }),
    outputs: design.outputs.map((o) => ({ ...o, field: outputs.get(o.field) ?? o.field })),
    examples: design.examples.map(renameExample),
    refusals: design.refusals.map(renameRefusal),
  };
}

/**
 * Design field name → written field name, every field on both sides used once: same names first, then fields
 * that can only mean each other (the same listed values, or the only remaining fields of one type).
 */
function bindFields(design: FieldSpec[], written: LiteralField[]): Map<string, string> | null {
  if (design.length !== written.length) return null;
  const bound = new Map<string, string>();
  const free = new Set(written.map((w) => w.name));
  for (const f of design) {
    if (free.has(f.name)) {
      bound.set(f.name, f.name);
      free.delete(f.name);
    }
  }
  for (const f of design.filter((x) => !bound.has(x.name))) {
    const candidates = written.filter((w) => free.has(w.name) && fits(f, w));
    if (candidates.length !== 1) return null;
    bound.set(f.name, candidates[0].name);
    free.delete(candidates[0].name);
  }
  for (const f of design) {
    const w = written.find((x) => x.name === bound.get(f.name));
    if (!w || !fits(f, w)) return null;
  }
  return bound;
}

/** Whether a written field can carry a design field: a fitting type, and exactly its listed values if any. */
function fits(f: FieldSpec, w: LiteralField): boolean {
  if (w.enum) return f.enum !== undefined && sameValues(f.enum, w.enum);
  // A field written without its values ("from=GiB", `"unit": string`) takes the values the computation knows:
  // any other is outside its domain and refused.
  if (f.enum) return !w.type || w.type === 'string';
  if (!w.type) return true;
  if (w.type === 'number' || w.type === 'integer') return f.type === 'number' || f.type === 'integer';
  if (w.type === 'array') return f.type.endsWith('[]');
  return w.type === f.type;
}

function sameValues(a: (string | number)[], b: (string | number)[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}

/** Design output field → written response field; every written response field must be one of the outputs. */
function bindOutputs(design: FunctionDesign, written: LiteralField[]): Map<string, string> | null {
  const bound = new Map<string, string>();
  if (written.length === 0) return bound;
  const free = new Set(written.map((w) => w.name));
  for (const o of design.outputs) {
    if (free.has(o.field)) {
      bound.set(o.field, o.field);
      free.delete(o.field);
    }
  }
  const unbound = design.outputs.filter((o) => !bound.has(o.field));
  if (free.size === 1 && unbound.length === 1) {
    const [name] = [...free];
    bound.set(unbound[0].field, name);
    free.delete(name);
  }
  return free.size === 0 ? bound : null;
}
