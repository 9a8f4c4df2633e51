import type { AcceptanceCheck, EndpointSpec } from '@sf/service-spec';
import type { FunctionDesign, Refusal, WorkedExample } from '../catalog/catalog-entry';
import { readFeatureLiterals } from '@sf/service-spec';
import { recogniseFeature } from '../catalog/catalog';
import { bindLiteral } from '../catalog/literal-binding';
import type { ContractBuilder } from './contract-builder';

/** The design each catalog endpoint was made from, for the constraints that attach to it later. */
const designs = new WeakMap<EndpointSpec, FunctionDesign>();

/**
 * Realises a feature with the behaviour catalog when a family recognises it: an endpoint running the catalog
 * function, with the family's worked examples and refusals as acceptance checks. A feature that only
 * constrains a computation attaches to that computation's endpoint. True when the catalog recognised the
 * feature (even a constraint with nothing to attach to, which stays unrealised rather than becoming a
 * template); false when the feature is not the catalog's.
 */
export function realiseFromCatalog(b: ContractBuilder, feature: string): boolean {
  const found = recogniseFeature(feature);
  if (!found) return false;
  if ('constraint' in found) {
    const target = b.contract.endpoints.find(
      (e) => e.behavior.kind === 'function' && e.behavior.function === found.constraint.function,
    );
    const design = target && designs.get(target);
    if (target && design) {
      if (!target.features.includes(feature)) target.features.push(feature);
      addChecks(b, target, [], found.constraint.refusals(design));
    }
    return true;
  }
  const literal = readFeatureLiterals(feature).routes.length > 0;
  const d = literal ? bindLiteral(feature, found.design) : found.design;
  // A route written out that the computation cannot honour exactly is left to the literal reader.
  if (!d) return false;
  const e = b.endpoint(
    d.method,
    d.path,
    {
      kind: 'function',
      function: d.function,
      inputs: Object.fromEntries(d.inputs.map((i) => [i.param, i.field.name])),
      outputs: Object.fromEntries(d.outputs.map((o) => [o.result, o.field])),
      ...(d.options ? { options: d.options } : {}),
    },
    feature,
  );
  if (designs.has(e)) return true;
  designs.set(e, d);
  e.summary = d.summary;
  const fields = d.inputs.map((i) => i.field);
  const example = Object.fromEntries(fields.map((f) => [f.name, f.example]));
  e.request = d.method === 'GET' ? { query: fields } : { body: { fields, allow_unknown: false, example } };
  e.responses = [
    {
      status: 200,
      description: d.outputs.map((o) => `${o.field}: ${o.description}`).join('; '),
      example: Object.fromEntries(d.outputs.map((o) => [o.field, o.example])),
    },
  ];
  addChecks(b, e, d.examples, d.refusals);
  return true;
}

function addChecks(
  b: ContractBuilder,
  e: EndpointSpec,
  examples: WorkedExample[],
  refusals: Refusal[],
): void {
  const request = (input: Record<string, unknown>) =>
    e.method === 'GET'
      ? {
          method: e.method,
          path: e.path,
          query: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)])),
        }
      : { method: e.method, path: e.path, body: input };
  const checks: AcceptanceCheck[] = [
    ...examples.map((x): AcceptanceCheck => ({
      id: 'draft',
      endpoint_id: e.id,
      description: x.description,
      kind: 'happy',
      steps: [{ request: request(x.input), expect: { status: 200, body_contains: x.output } }],
    })),
    ...refusals.map((x): AcceptanceCheck => ({
      id: 'draft',
      endpoint_id: e.id,
      description: x.description,
      kind: 'error',
      steps: [
        {
          request: request(x.input),
          expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
        },
      ],
    })),
  ];
  b.contract.acceptance.push(...checks);
}
