import { AppError } from '@sf/contracts';
import type { FieldProblem } from '@sf/platform';
import { udcRegistryEntrySchema } from '@sf/udc';
import Ajv, { type ErrorObject, type SchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { RegisterRequest } from './registry.types';

/** Longest accepted heartbeat interval: an hour; beyond that "stale" would mean nothing to a reader. */
const MAX_HEARTBEAT_INTERVAL_SECONDS = 3600;

/**
 * The UDC entry schema, closed at the top level and in `provenance` (both are ours, so an unknown field is a
 * typo we should report). `capabilities` stays as open as the UDC contract makes it: it is the service's own
 * `GET /capabilities` body, which the contract allows to carry extra fields.
 */
function buildSchema(): SchemaObject {
  const entry = structuredClone(udcRegistryEntrySchema) as SchemaObject;
  const properties = entry.properties as Record<string, SchemaObject>;
  const provenance = properties.provenance;
  provenance.additionalProperties = false;
  (
    (provenance.properties as Record<string, SchemaObject>).approvals.items as SchemaObject
  ).additionalProperties = false;
  properties.heartbeat_interval_seconds = {
    type: 'number',
    exclusiveMinimum: 0,
    maximum: MAX_HEARTBEAT_INTERVAL_SECONDS,
  };
  entry.additionalProperties = false;
  return entry;
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile<RegisterRequest>(buildSchema());

/**
 * Validates a `POST /registry/register` body. Throws `VALIDATION_FAILED` shaped like the global validation
 * pipe's (`unknown_fields`, `fields[{field, problems}]`, dotted paths such as `provenance.spec_sha256`), so
 * clients see one error format whichever validator ran.
 */
export function parseRegisterRequest(body: unknown): RegisterRequest {
  if (validate(body)) return body;
  const { unknown, invalid } = describeErrors(validate.errors ?? []);
  const parts: string[] = [];
  if (unknown.length) parts.push(`unknown field(s): ${unknown.join(', ')}`);
  if (invalid.length) parts.push(`invalid field(s): ${invalid.map((f) => f.field).join(', ')}`);
  throw new AppError('VALIDATION_FAILED', parts.join('; ') || 'invalid registry entry', {
    unknown_fields: unknown,
    fields: invalid,
  });
}

function describeErrors(errors: ErrorObject[]): { unknown: string[]; invalid: FieldProblem[] } {
  const unknown: string[] = [];
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const parent = error.instancePath.split('/').filter(Boolean).join('.');
    const join = (child: string) => (parent ? `${parent}.${child}` : child);
    if (error.keyword === 'additionalProperties') {
      unknown.push(join(String((error.params as { additionalProperty: string }).additionalProperty)));
      continue;
    }
    const field =
      error.keyword === 'required'
        ? join(String((error.params as { missingProperty: string }).missingProperty))
        : parent || '(body)';
    const problem = error.keyword === 'required' ? 'is required' : (error.message ?? error.keyword);
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return {
    unknown: [...new Set(unknown)],
    invalid: [...byField].map(([field, problems]) => ({ field, problems: [...new Set(problems)] })),
  };
}
