import Ajv, { type ErrorObject } from 'ajv';
import { AppError } from './errors';
import {
  APPROVAL_MODES,
  INTENT_LIMITS as L,
  KEBAB_CASE,
  PRIORITIES,
  SERVICE_TYPES,
  type IntentInput,
} from './intent';

/** No C0/C1 control characters except tab, newline and carriage return. */
const TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$';
/** Single-line text: no control characters at all. */
const LINE = '^[^\\u0000-\\u001F\\u007F-\\u009F]*$';

/**
 * JSON schema of the `POST /intents/submit` body (PRODUCT §4): the one definition used for validation
 * and for the OpenAPI document. Types are strict (no coercion); omitted optional fields get their defaults.
 */
export const SUBMIT_INTENT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['service_name', 'service_type', 'purpose', 'key_features', 'port'],
  properties: {
    service_name: {
      type: 'string',
      minLength: L.serviceNameMin,
      maxLength: L.serviceNameMax,
      pattern: KEBAB_CASE.source,
      description: 'kebab-case, 3–63 characters',
      example: 'payment-processor',
    },
    service_type: { type: 'string', enum: [...SERVICE_TYPES] },
    priority: { type: 'string', enum: [...PRIORITIES], default: 'medium' },
    purpose: {
      type: 'string',
      minLength: 1,
      maxLength: L.purposeMax,
      pattern: TEXT,
      example: 'Process payments',
    },
    key_features: {
      type: 'array',
      minItems: L.featuresMin,
      maxItems: L.featuresMax,
      items: { type: 'string', minLength: 1, maxLength: L.featureMax, pattern: LINE },
      example: ['Stripe integration', 'Refunds'],
    },
    dependencies: {
      type: 'array',
      maxItems: L.dependenciesMax,
      items: { type: 'string', minLength: 1, maxLength: L.dependencyMax, pattern: LINE },
      default: [],
    },
    port: { type: 'integer', minimum: L.portMin, maximum: L.portMax, example: 8350 },
    auto_build: { type: 'boolean', default: true },
    approval_mode: { type: 'string', enum: [...APPROVAL_MODES], default: 'auto' },
  },
} as const;

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, keywords: ['example'] });
const validateIntent = ajv.compile<IntentInput>(SUBMIT_INTENT_SCHEMA);

const MESSAGES: Record<string, (e: ErrorObject) => string> = {
  pattern: (e) =>
    e.instancePath === '/service_name'
      ? 'must be kebab-case (e.g. payment-processor)'
      : 'must not contain control characters',
};

/**
 * Validates a submit body (filling defaults) and returns it as an {@link IntentInput}; otherwise throws
 * 400 `VALIDATION_FAILED` naming every unknown field and every invalid one with what is wrong.
 */
export function parseIntentInput(body: unknown): IntentInput {
  const candidate: unknown =
    body !== null && typeof body === 'object' && !Array.isArray(body) ? { ...body } : body;
  if (validateIntent(candidate)) return candidate;
  const errors = validateIntent.errors ?? [];
  const unknown = errors
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) => String((e.params as { additionalProperty: string }).additionalProperty));
  const fields = new Map<string, string[]>();
  for (const e of errors.filter((x) => x.keyword !== 'additionalProperties')) {
    const field =
      e.keyword === 'required'
        ? (e.params as { missingProperty: string }).missingProperty
        : e.instancePath.split('/')[1] || '(body)';
    const problem = MESSAGES[e.keyword]?.(e) ?? e.message ?? e.keyword;
    fields.set(field, [...(fields.get(field) ?? []), problem]);
  }
  const parts: string[] = [];
  if (unknown.length) parts.push(`unknown field(s): ${unknown.join(', ')}`);
  if (fields.size) parts.push(`invalid field(s): ${[...fields.keys()].join(', ')}`);
  throw new AppError('VALIDATION_FAILED', parts.join('; '), {
    unknown_fields: unknown,
    fields: [...fields].map(([field, problems]) => ({ field, problems: [...new Set(problems)] })),
  });
}
