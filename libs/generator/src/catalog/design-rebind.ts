import type { FunctionDesign } from './catalog-entry';

/*
 * A constraint that rebuilds a design from its options ("over 6 hours of work need at least 30 minutes break"
 * beside the hours worked) keeps what the endpoint already honours: the route and the field names a feature
 * wrote (literal-binding.ts bound them onto the first design), and its own fields' types and descriptions.
 */

function renamed(values: Record<string, unknown>, names: Map<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [names.get(k) ?? k, v]));
}

/** `after` at `before`'s route, with `before`'s request and response field names for the same parameters. */
export function keepBinding(before: FunctionDesign, after: FunctionDesign): FunctionDesign {
  const inputNames = new Map<string, string>();
  const inputs = after.inputs.map((i) => {
    const was = before.inputs.find((x) => x.param === i.param);
    if (!was) return i;
    inputNames.set(i.field.name, was.field.name);
    return { ...i, field: was.field, ...(was.fromPath ? { fromPath: true } : {}) };
  });
  const outputNames = new Map<string, string>();
  const outputs = after.outputs.map((o) => {
    const was = before.outputs.find((x) => x.result === o.result);
    if (!was) return o;
    outputNames.set(o.field, was.field);
    return { ...o, field: was.field };
  });
  return {
    ...after,
    method: before.method,
    path: before.path,
    inputs,
    outputs,
    ...(before.refusalStatus ? { refusalStatus: before.refusalStatus } : {}),
    ...(before.echo ? { echo: before.echo } : {}),
    examples: after.examples.map((x) => ({
      ...x,
      input: renamed(x.input, inputNames),
      output: renamed(x.output, outputNames),
    })),
    refusals: after.refusals.map((r) => ({ ...r, input: renamed(r.input, inputNames) })),
  };
}
