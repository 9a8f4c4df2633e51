import {
  boundsOf,
  withinBounds,
  type AcceptanceCheck,
  type EndpointSpec,
  type FieldRule,
  type FieldSpec,
  type ResourceSpec,
} from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { applyConstraints } from './record-rules-design';
import { sampleBody } from './samples';
import { asSaid } from '../catalog/feature-words';

/*
 * Bounds put on a computation's input or a record's field by a feature that only constrains another feature's
 * endpoint (`constraint-features.ts`, `input-rules.ts`): the field's bounds, the worked examples they now refuse
 * dropped, and 4xx examples just outside them.
 */

export function claim(e: EndpointSpec, feature: string): void {
  if (!e.features.includes(feature)) e.features.push(feature);
}

export function say(field: FieldSpec, said: string): void {
  if (!field.description.includes(said)) field.description = `${field.description}; ${said}`;
}

/** A value just outside the bounds of `rule` for a field of `type` (below the lower bound when it has one). */
export function beyond(rule: FieldRule, type: FieldSpec['type']): number | null {
  const step = type === 'integer' ? 1 : 0.5;
  if (rule.minimum !== undefined) return rule.minimum - step;
  if (rule.exclusive_minimum !== undefined) return rule.exclusive_minimum;
  if (rule.maximum !== undefined) return rule.maximum + step;
  if (rule.exclusive_maximum !== undefined) return rule.exclusive_maximum;
  return null;
}

/** The other side of a two-sided rule, for a second refusal ("between 1 and 99": 100 as well as 0). */
export function beyondTop(rule: FieldRule, type: FieldSpec['type']): number | null {
  const hasLow = rule.minimum !== undefined || rule.exclusive_minimum !== undefined;
  if (!hasLow) return null;
  if (rule.maximum !== undefined) return rule.maximum + (type === 'integer' ? 1 : 0.5);
  if (rule.exclusive_maximum !== undefined) return rule.exclusive_maximum;
  return null;
}

export function checksOf(b: ContractBuilder, e: EndpointSpec): AcceptanceCheck[] {
  return b.contract.acceptance.filter((c) => c.endpoint_id === e.id);
}

export function bodyOf(c: AcceptanceCheck, e: EndpointSpec): Record<string, unknown> | null {
  const step = c.steps[c.steps.length - 1];
  const sent = e.method === 'GET' ? step.request.query : step.request.body;
  return sent !== null && typeof sent === 'object' && !Array.isArray(sent)
    ? (sent as Record<string, unknown>)
    : null;
}

export function withValue(
  c: AcceptanceCheck,
  e: EndpointSpec,
  name: string,
  value: number | string | undefined,
): AcceptanceCheck['steps'][number] {
  const step = c.steps[c.steps.length - 1];
  const sent = { ...(bodyOf(c, e) ?? {}) };
  if (value === undefined) delete sent[name];
  else sent[name] = e.method === 'GET' ? String(value) : value;
  return {
    request:
      e.method === 'GET'
        ? { ...step.request, query: sent as Record<string, string> }
        : { ...step.request, body: sent },
    expect: step.expect,
  };
}

export function readNumber(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** A bound on a computation's input: the field's bounds, and refusals at them (worked examples). */
export function boundInput(
  b: ContractBuilder,
  e: EndpointSpec,
  field: FieldSpec,
  rule: FieldRule,
  feature: string,
): boolean {
  const happy = checksOf(b, e).filter((c) => c.kind === 'happy' && c.steps.length === 1);
  const base = happy.find((c) => {
    const v = readNumber(bodyOf(c, e)?.[field.name]);
    return v !== null && withinBounds(rule, v);
  });
  const outside = beyond(rule, field.type);
  if (!base || outside === null) return false;
  applyConstraints(field, rule, `${asSaid(feature)}`);
  // A worked example the bound now refuses would contradict it: it goes.
  b.contract.acceptance = b.contract.acceptance.filter((c) => {
    if (c.endpoint_id !== e.id || c.kind !== 'happy') return true;
    const v = readNumber(bodyOf(c, e)?.[field.name]);
    return v === null || withinBounds(rule, v);
  });
  const values = [outside, beyondTop(rule, field.type)].filter((v): v is number => v !== null);
  // A computation that restates its validation's refusals (422, as a feature writes) answers that status.
  const status = (e.behavior.kind === 'function' ? e.behavior.refusal_status : undefined) ?? 400;
  for (const value of values) {
    b.contract.acceptance.push({
      id: 'draft',
      endpoint_id: e.id,
      kind: 'error',
      description: `${field.name} = ${value} is outside what "${feature.trim()}" allows (${boundsOf(rule)
        .map((x) => `${x.op} ${x.limit}`)
        .join(', ')}): ${status} VALIDATION_FAILED.`,
      steps: [
        {
          ...withValue(base, e, field.name, value),
          expect: { status, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
        },
      ],
    });
  }
  claim(e, feature);
  return true;
}

/** A bound on a record field: the field's bounds on create and update, and a refused create at the bound. */
export function boundRecord(
  b: ContractBuilder,
  r: ResourceSpec,
  field: FieldSpec,
  rule: FieldRule,
  feature: string,
): boolean {
  const create = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name,
  );
  const outside = beyond(rule, field.type);
  if (!create || outside === null || (create.behavior.kind === 'create' && create.behavior.parent))
    return false;
  applyConstraints(field, rule, asSaid(feature));
  const body = sampleBody(r, `bound-${field.name}`);
  for (const value of [outside, beyondTop(rule, field.type)].filter((v): v is number => v !== null)) {
    b.contract.acceptance.push({
      id: 'draft',
      endpoint_id: create.id,
      kind: 'error',
      description: `Creating ${r.name.replace(/-/g, ' ')} with ${field.name} = ${value} is outside what "${feature.trim()}" allows: 400 VALIDATION_FAILED.`,
      steps: [
        {
          request: { method: create.method, path: create.path, body: { ...body, [field.name]: value } },
          expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
        },
      ],
    });
  }
  for (const e of b.contract.endpoints) {
    if ((e.behavior.kind === 'create' || e.behavior.kind === 'update') && e.behavior.resource === r.name)
      claim(e, feature);
  }
  return true;
}

/**
 * Worked 400s for the bounds a field list states on its own fields ("a message of at most 280 characters", "a
 * mood from 1 (awful) to 5 (great)"): a create sending a value just beyond each bound, the feature quoted.
 * Bounds some example of the create already refuses are left as they are.
 */
export function refuseBeyondListed(b: ContractBuilder, r: ResourceSpec, feature: string): void {
  const create = b.contract.endpoints.find(
    (e) => e.behavior.kind === 'create' && e.behavior.resource === r.name,
  );
  if (!create || (create.behavior.kind === 'create' && create.behavior.parent)) return;
  const said = asSaid(feature);
  const refused = b.contract.acceptance
    .filter((c) => c.endpoint_id === create.id && c.kind === 'error')
    .map((c) => bodyOf(c, create) ?? {});
  for (const field of r.fields) {
    const values: { value: unknown; why: string }[] = [];
    if (field.type === 'string') {
      if (field.max_length !== undefined)
        values.push({
          value: 'k'.repeat(field.max_length + 1),
          why: `longer than ${field.max_length} characters`,
        });
      if (field.min_length !== undefined && field.min_length > 1)
        values.push({
          value: 'k'.repeat(field.min_length - 1),
          why: `shorter than ${field.min_length} characters`,
        });
    } else if (field.type === 'integer' || field.type === 'number') {
      const rule: FieldRule = {
        minimum: field.minimum,
        maximum: field.maximum,
        exclusive_minimum: field.exclusive_minimum,
        exclusive_maximum: field.exclusive_maximum,
      };
      for (const v of [beyond(rule, field.type), beyondTop(rule, field.type)])
        if (v !== null) values.push({ value: v, why: `${v}, outside its bounds` });
    } else if (field.type === 'string[]' && Array.isArray(field.example)) {
      // "a question and at least two options": one option too few, or one too many, each refused.
      const sample = field.example.map(String);
      const item = (i: number) => sample[i] ?? `${sample[0] ?? 'item'} ${i + 1}`;
      if (field.min_items !== undefined && field.min_items > 0)
        values.push({
          value: Array.from({ length: field.min_items - 1 }, (_, i) => item(i)),
          why: `list of fewer than ${field.min_items} elements`,
        });
      if (field.max_items !== undefined)
        values.push({
          value: Array.from({ length: field.max_items + 1 }, (_, i) => item(i)),
          why: `list of more than ${field.max_items} elements`,
        });
    }
    for (const { value, why } of values) {
      if (refused.some((body) => JSON.stringify(body[field.name]) === JSON.stringify(value))) continue;
      const body = { ...sampleBody(r, `listed-${field.name}`), [field.name]: value };
      b.contract.acceptance.push({
        id: 'draft',
        endpoint_id: create.id,
        kind: 'error',
        description: `Creating ${r.name.replace(/-/g, ' ')} with a ${field.name} ${why} is refused with 400 VALIDATION_FAILED ("${said}").`,
        steps: [
          {
            request: { method: create.method, path: create.path, body },
            expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
          },
        ],
      });
      refused.push(body);
    }
  }
}
