import {
  fieldsNamedBy,
  fitText,
  isCheckedFormat,
  isEmailAddress,
  lengthText,
  writtenFormatIn,
  checkedFormatNamedIn,
  type EndpointSpec,
  type FieldRuleReading,
  type FieldSpec,
  type ResourceSpec,
} from '@sf/service-spec';
import { fieldFormatCheck } from '../catalog/field-formats';
import type { ContractBuilder } from './contract-builder';
import { sampleBody } from './samples';
import { asSaid } from '../catalog/feature-words';

/*
 * Features that put a text rule on a record field: a length ("names must be 3–40 characters"), an email
 * address ("the email must be a valid email"), presence ("email is required"). Each finds the one text field
 * of a created resource its subject names, sets the rule on it and adds the worked example a service without
 * the rule fails (a 400 for a value that breaks it). A subject naming no field, or two equally, stays
 * unrealised.
 */

/** The one field of a created resource that `subject` names best (text fields only unless `anyType`). */
function namedField(
  b: ContractBuilder,
  subject: string[],
  anyType: boolean,
): { resource: ResourceSpec; field: FieldSpec; create: EndpointSpec } | null {
  const candidates = b.contract.resources.flatMap((resource) => {
    const create = b.contract.endpoints.find(
      (e) => e.behavior.kind === 'create' && e.behavior.resource === resource.name,
    );
    if (!create) return [];
    return resource.fields
      .filter((f) => (anyType || f.type === 'string') && f.generate === undefined && !f.enum)
      .map((field) => ({ resource, field, create }));
  });
  const best = fieldsNamedBy(
    subject,
    candidates.map((x) => x.field),
  );
  const found = candidates.filter((x) => best.includes(x.field));
  return found.length === 1 ? found[0] : null;
}

function say(field: FieldSpec, said: string): void {
  if (!field.description.includes(said)) field.description = `${field.description}; ${said}`;
}

/** A worked 400: the create with `field` set to `value` (or left out when undefined). */
function refusal(
  b: ContractBuilder,
  resource: ResourceSpec,
  create: EndpointSpec,
  field: FieldSpec,
  value: unknown,
  what: string,
): void {
  const body = sampleBody(resource, `rule-${field.name}`);
  if (value === undefined) delete body[field.name];
  else body[field.name] = value;
  b.contract.acceptance.push({
    id: 'draft',
    endpoint_id: create.id,
    kind: 'error',
    description: `A ${resource.name.replace(/-/g, ' ')} ${what} is 400 VALIDATION_FAILED naming ${field.name}.`,
    steps: [
      {
        request: { method: create.method, path: create.path, body },
        expect: { status: 400, body_contains: { error: { code: 'VALIDATION_FAILED' } } },
      },
    ],
  });
}

function claimWrites(b: ContractBuilder, resource: ResourceSpec, feature: string): void {
  for (const e of b.contract.endpoints) {
    const x = e.behavior;
    if (
      (x.kind === 'create' || x.kind === 'update') &&
      x.resource === resource.name &&
      !e.features.includes(feature)
    )
      e.features.push(feature);
  }
}

/**
 * Puts a text-field rule on the field the feature names; false when it names none (left unrealised). `quoted`:
 * the worked refusals quote the feature, whose words (another language's) name what they refuse.
 */
export function attachFieldRule(
  b: ContractBuilder,
  reading: FieldRuleReading,
  feature: string,
  quoted = false,
): boolean {
  const found = namedField(b, reading.subject, reading.kind === 'required');
  if (!found) return false;
  const { resource, field, create } = found;
  const said = asSaid(feature);
  const quote = quoted ? ` ("${said}")` : '';
  switch (reading.kind) {
    case 'length': {
      if (field.format !== undefined) return false;
      if (reading.min !== undefined) field.min_length = reading.min;
      if (reading.max !== undefined) field.max_length = reading.max;
      if (typeof field.example === 'string') field.example = fitText(field, field.example);
      say(field, `${lengthText(field) ?? ''} (${said})`);
      const short = reading.min !== undefined && reading.min > 1 ? 'k'.repeat(reading.min - 1) : null;
      const long = reading.max !== undefined ? 'k'.repeat(reading.max + 1) : null;
      if (short !== null)
        refusal(
          b,
          resource,
          create,
          field,
          short,
          `with a ${field.name} shorter than ${reading.min} characters${quote}`,
        );
      if (long !== null)
        refusal(
          b,
          resource,
          create,
          field,
          long,
          `with a ${field.name} longer than ${reading.max} characters${quote}`,
        );
      if (short === null && long === null) return false;
      break;
    }
    case 'email':
      if (field.format !== undefined && field.format !== 'email') return false;
      field.format = 'email';
      if (!isEmailAddress(field.example)) field.example = 'ada@example.com';
      if (reading.required) {
        field.required = true;
        delete field.default;
      }
      say(field, `an email address (${said})`);
      refusal(b, resource, create, field, 'not-an-email', `whose ${field.name} is not an email address`);
      if (reading.required) refusal(b, resource, create, field, undefined, `without ${field.name}`);
      break;
    case 'required': {
      field.required = true;
      delete field.default;
      // Only the clause naming the field is quoted: the rest of the feature may name fields this one is not.
      const clause =
        said.split(/[;,]/).find((c) => c.toLowerCase().includes(field.name.replace(/_/g, ' '))) ?? said;
      say(field, `required (${clause.trim()})`);
      refusal(b, resource, create, field, undefined, `without ${field.name} ("${clause.trim()}")`);
      break;
    }
  }
  claimWrites(b, resource, feature);
  return true;
}

/** What a refusal-only feature refuses of a record field beyond bounds and presence (`input-rules.ts`). */
export type RecordRefusal = 'empty' | 'nan' | 'fraction' | 'unknown' | 'malformed';

/** Whether the emitted validation of a created record's field refuses that kind of value. */
function refusesKind(field: FieldSpec, kind: RecordRefusal, subject: string[], feature: string): boolean {
  switch (kind) {
    // Required texts are checked non-empty (an optional one takes "" as a value).
    case 'empty':
      return field.type === 'string' && field.required === true;
    case 'nan':
      return field.type === 'number' || field.type === 'integer';
    // Only an integer field refuses 2.5.
    case 'fraction':
      return field.type === 'integer';
    case 'unknown':
      return field.type === 'string' && (field.enum ?? []).length > 0;
    // "Anything that is not an http or https URL": a URL field's emitted check takes only those (a field named
    // for a URL becomes one; its format may be settled only once the links are, after the rules).
    case 'malformed':
      return field.type === 'string' && malformedFormat(field, subject, feature) !== null;
  }
}

/**
 * The format whose check refuses a malformed value of `field`: its own (a URL, an e-mail, a checked format), else
 * the one its name or the feature's words for it name ("isbn_13", "an IBAN that is not valid"), else a URL for a
 * field named for one. Null when none does.
 */
function malformedFormat(
  field: FieldSpec,
  subject: string[],
  feature: string,
): NonNullable<FieldSpec['format']> | null {
  const f = field.format;
  if (f === 'url' || f === 'email' || isCheckedFormat(f)) return f;
  if (f !== undefined) return null;
  const named =
    writtenFormatIn(field.name.replace(/_/g, ' ')) ??
    writtenFormatIn(subject.join(' ')) ??
    checkedFormatNamedIn(feature);
  if (named !== null) return named;
  return /(?:^|_)(?:url|uri|link)$/.test(field.name) ? 'url' : null;
}

/** The value a worked 400 sends for a malformed `field` of `format`, and why it is refused. */
function malformedValue(format: NonNullable<FieldSpec['format']>): { value: string; why: string } {
  if (isCheckedFormat(format)) {
    const check = fieldFormatCheck(format);
    return { value: check.failing, why: `${check.failingWhy}, not a valid ${format}` };
  }
  if (format === 'email') return { value: 'ada@example', why: '"ada@example", not an email address' };
  return { value: REFUSED_VALUE.malformed as string, why: REFUSED_WHY.malformed };
}

/** The value a worked 400 sends for each kind: empty, letters for a number, a value the field does not list. */
const REFUSED_VALUE: Record<RecordRefusal, string | number> = {
  empty: '',
  nan: 'abc',
  fraction: 2.5,
  unknown: 'zz-unknown',
  malformed: 'ftp://files.example.com/a',
};

const REFUSED_WHY: Record<RecordRefusal, string> = {
  empty: 'empty ("")',
  nan: 'letters ("abc"), not a number',
  fraction: '2.5, not a whole number',
  unknown: '"zz-unknown", a value it does not list',
  malformed: '"ftp://files.example.com/a", not an http or https URL',
};

/**
 * The step refusing `kind` of values on the one field of a created record `subject` names ("an empty title",
 * "an age that is not a number"): an empty text no longer allowed, and a worked 400 sending such a value; null
 * when the subject names no field, several, or one whose validation cannot refuse that kind.
 */
export function planRecordRefusal(
  b: ContractBuilder,
  kind: RecordRefusal,
  subject: string[],
  feature: string,
): (() => boolean) | null {
  const candidates = b.contract.resources.flatMap((resource) => {
    const create = b.contract.endpoints.find(
      (e) => e.behavior.kind === 'create' && e.behavior.resource === resource.name,
    );
    if (!create || (create.behavior.kind === 'create' && create.behavior.parent)) return [];
    return resource.fields
      .filter((f) => f.generate === undefined)
      .map((field) => ({ resource, field, create }));
  });
  const best = fieldsNamedBy(
    subject,
    candidates.map((x) => x.field),
  );
  const found = candidates.filter((x) => best.includes(x.field));
  if (found.length !== 1 || !refusesKind(found[0].field, kind, subject, feature)) return null;
  const { resource, field, create } = found[0];
  return () => {
    const format = kind === 'malformed' ? malformedFormat(field, subject, feature) : null;
    if (format !== null && field.format === undefined) {
      field.format = format;
      if (isCheckedFormat(format)) field.example = fieldFormatCheck(format).valid[0];
      else if (format === 'email') field.example = 'ada@example.com';
    }
    const refused =
      format !== null ? malformedValue(format) : { value: REFUSED_VALUE[kind], why: REFUSED_WHY[kind] };
    if (kind === 'empty') {
      delete field.allow_empty;
      if (field.example === '') field.example = `sample ${field.name.replace(/_/g, ' ')}`;
    }
    const said = asSaid(feature);
    say(field, `${refused.why} is refused (${said})`);
    // The feature's words in the example's description, as a computation's refusals carry them: "O ano precisa
    // ser um número" shares "ano" with the store's own feature and is known as its refusal by the rest.
    refusal(b, resource, create, field, refused.value, `whose ${field.name} is ${refused.why} ("${said}")`);
    claimWrites(b, resource, feature);
    return true;
  };
}
