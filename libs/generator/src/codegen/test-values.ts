import {
  boundsOf,
  fitText,
  isCheckedFormat,
  machineFields,
  stampedFields,
  type FieldSpec,
  type ResourceSpec,
  type SpecContract,
} from '@sf/service-spec';
import { fitsField } from './service-model';
import { fieldFormatCheck } from '../catalog/field-formats';

/** A value inside the bounds of a bounded number field (its lower bound, else just under its upper one). */
function boundedSample(field: FieldSpec): number {
  const step = field.type === 'integer' ? 1 : 0.5;
  const bounds = boundsOf(field);
  const lower = bounds.find((b) => b.op === '>=' || b.op === '>');
  const upper = bounds.find((b) => b.op === '<=' || b.op === '<');
  if (lower) return lower.op === '>=' ? lower.limit : Math.floor(lower.limit / step) * step + step;
  if (upper) return upper.op === '<=' ? upper.limit : Math.ceil(upper.limit / step) * step - step;
  return step;
}

/** A valid value of `field`: its example when that is one, else a plain value of its type. */
export function sampleValue(field: FieldSpec): unknown {
  if (
    field.example !== undefined &&
    field.example !== null &&
    fitsField({ ...field, required: true }, field.example)
  ) {
    return field.example;
  }
  if (field.enum && field.enum.length > 0) return field.type.endsWith('[]') ? [field.enum[0]] : field.enum[0];
  if (field.format === 'date-time') return '2025-06-01T09:00:00Z';
  if (field.format === 'date') return '2025-06-01';
  if (field.format === 'hex') return 'c0ffee42';
  if (field.format === 'email') return 'ada@example.com';
  if (isCheckedFormat(field.format)) return fieldFormatCheck(field.format).valid[0];
  if (boundsOf(field).length > 0) return boundedSample(field);
  switch (field.type) {
    case 'string':
      return fitText(field, 'sample text');
    case 'number':
      return 1.5;
    case 'integer':
      return 1;
    case 'boolean':
      return false;
    case 'string[]':
      // Distinct elements, as many as the field asks at least (a poll's two options).
      return Array.from({ length: Math.max(1, field.min_items ?? 0) }, (_, i) =>
        i === 0 ? 'sample' : `sample ${i + 1}`,
      );
    case 'number[]':
      return [1, 2];
    case 'object':
      return { sample: true };
    case 'object[]': {
      const element = Object.fromEntries((field.items ?? []).map((f) => [f.name, sampleValue(f)]));
      return Array.from({ length: Math.max(1, field.min_items ?? 0) }, () => ({ ...element }));
    }
  }
}

/** A value `field` refuses. */
export function wrongValue(field: FieldSpec): unknown {
  switch (field.type) {
    case 'string':
      return 12345;
    case 'number':
      return 'not a number';
    case 'integer':
      return 1.5;
    case 'boolean':
      return 'yes';
    case 'string[]':
      return [1, 2];
    case 'number[]':
      return ['one'];
    case 'object':
      return ['not', 'an', 'object'];
    case 'object[]':
      return { not: 'an array' };
  }
}

/** A valid value of `field` different from its sample, or undefined when the type has no other. */
export function otherValue(field: FieldSpec): unknown {
  const sample = sampleValue(field);
  if (field.enum) {
    const other = field.enum.find((v) => v !== (Array.isArray(sample) ? sample[0] : sample));
    return other === undefined ? undefined : field.type.endsWith('[]') ? [other] : other;
  }
  if (field.format === 'date-time') return new Date(Date.parse(String(sample)) - 3_600_000).toISOString();
  if (field.format === 'date') return sample === '2025-06-02' ? '2025-06-03' : '2025-06-02';
  if (field.format === 'hex') return sample === 'beef' ? 'f00d' : 'beef';
  if (field.format === 'email') return String(sample).replace('@', '.changed@');
  if (isCheckedFormat(field.format)) return fieldFormatCheck(field.format).valid.find((v) => v !== sample);
  if (typeof sample === 'number' && !fitsField(field, sample + 1)) {
    return fitsField(field, sample - 1) ? sample - 1 : undefined;
  }
  switch (field.type) {
    case 'string':
      return fitText(field, `${String(sample)} (changed)`);
    case 'number':
    case 'integer':
      return Number(sample) + 1;
    case 'boolean':
      return !sample;
    case 'string[]':
      return [...(sample as string[]), 'changed'];
    case 'number[]':
      return [...(sample as number[]), 3];
    case 'object':
      return { ...(sample as object), changed: true };
    case 'object[]':
      return [...(sample as unknown[]), ...(sample as unknown[])];
  }
}

/**
 * A create body from the contract's samples; a state a machine drives is left out (records start in its first),
 * and so is the instant the service stamps.
 */
export function sentSample(contract: SpecContract, r: ResourceSpec): Record<string, unknown> {
  const moved = [...machineFields(contract, r.name), ...stampedFields(r)];
  return Object.fromEntries(
    r.fields.filter((f) => !moved.includes(f.name)).map((f) => [f.name, sampleValue(f)]),
  );
}
