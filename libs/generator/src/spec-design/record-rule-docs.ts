import {
  boundsOf,
  boundsText,
  type AdjustBehavior,
  type EndpointError,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointSpec,
  type FieldSpec,
  type ParamSpec,
  type ResetBehavior,
  type ResourceSpec,
} from '@sf/service-spec';
import { sampleBody } from './samples';

/* Documentation of the record rules: keyed item paths, adjust / reset endpoints and interval conflicts. */

/** The amount an adjust endpoint's examples add. */
export const ADJUST_EXAMPLE_AMOUNT = 3;

/** The path parameter addressing a record of `r`: its key when it has one, else its id. */
export function keyParam(r: ResourceSpec, name: string): ParamSpec {
  const label = r.name.replace(/-/g, ' ');
  if (!r.key) return { name, description: `Id of the ${label}`, example: `${r.name}-1` };
  const value = sampleBody(r, 'example')[r.key];
  return {
    name,
    description: `The ${r.key.replace(/_/g, ' ')} of the ${label} (chosen when it was created)`,
    example: typeof value === 'string' ? value : 'sample',
  };
}

/** The 409 an interval rule adds to a create or update, unless `errors` has one already. */
export function intervalErrors(r: ResourceSpec, errors: EndpointError[]): EndpointError[] {
  const iv = r.interval;
  if (!iv?.no_overlap || errors.some((e) => e.status === 409)) return [];
  const scope = iv.no_overlap.length > 0 ? ` with the same ${iv.no_overlap.join(' and ')}` : '';
  return [
    {
      status: 409,
      code: 'CONFLICT',
      when:
        iv.gap_minutes === undefined
          ? `the ${iv.start}–${iv.end} interval overlaps an existing ${r.name}${scope} (touching is allowed)`
          : `the ${iv.start}–${iv.end} interval overlaps an existing ${r.name}${scope} or lies less than ${iv.gap_minutes} minutes from it`,
    },
  ];
}

/** The request field an adjust endpoint reads its amount from. */
export function amountField(target: FieldSpec, b: AdjustBehavior): FieldSpec {
  if (b.direction !== undefined) {
    // A movement's count is never signed: a whole unit at least (or any amount above 0 of a number level).
    const moved: FieldSpec = {
      name: b.amount_field,
      type: target.type === 'integer' ? 'integer' : 'number',
      required: b.amount_default === undefined,
      ...(target.type === 'integer' ? { minimum: 1 } : { exclusive_minimum: 0 }),
      description: `How many to ${b.direction === 'out' ? `take out of ${b.field}` : `put into ${b.field}`}: ${target.type === 'integer' ? 'a whole number of at least 1' : 'above 0'}${b.amount_default === undefined ? '' : `; ${b.amount_default} when omitted`}`,
      example: ADJUST_EXAMPLE_AMOUNT,
    };
    return b.amount_default === undefined ? moved : { ...moved, default: b.amount_default };
  }
  const field: FieldSpec = {
    name: b.amount_field,
    type: target.type === 'integer' ? 'integer' : 'number',
    required: b.amount_default === undefined,
    description: `Amount added to ${b.field} (negative to subtract)${b.amount_default === undefined ? '' : `; ${b.amount_default} when omitted`}`,
    example: ADJUST_EXAMPLE_AMOUNT,
  };
  return b.amount_default === undefined ? field : { ...field, default: b.amount_default };
}

/** Request, responses and errors of an `adjust` or `reset` endpoint. */
export function adjustDocs(
  e: EndpointSpec,
  b: AdjustBehavior | ResetBehavior,
  r: ResourceSpec,
  record: Record<string, unknown>,
): { request: EndpointRequest; responses: EndpointResponse[]; errors: EndpointError[] } {
  const target = r.fields.find((f) => f.name === b.field);
  const request: EndpointRequest = {};
  const names = [...e.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  if (names.length > 0) request.params = names.map((name) => keyParam(r, name));
  const errors: EndpointError[] = [];
  const before = typeof record[b.field] === 'number' ? Number(record[b.field]) : 0;
  let after = typeof target?.default === 'number' ? target.default : 0;
  if (b.kind === 'adjust' && target) {
    const fields = [amountField(target, b)];
    const example: Record<string, unknown> = { [b.amount_field]: ADJUST_EXAMPLE_AMOUNT };
    const keyField = r.fields.find((f) => f.name === r.key);
    if (b.param === undefined && keyField && r.key) {
      fields.unshift({ ...keyField, required: true });
      example[r.key] = record[r.key];
    } else if (keyField) {
      const { unique: _unique, ...plain } = keyField;
      fields.push({
        ...plain,
        required: false,
        description: `${keyField.description}; optional, and when sent it must equal the path's ${b.param ?? r.key}`,
      });
    }
    if (b.voter_field !== undefined) {
      fields.push({
        name: b.voter_field,
        type: 'string',
        required: true,
        description: 'Who votes',
        example: 'ada',
      });
      example[b.voter_field] = 'ada';
      errors.push({ status: 409, code: 'ALREADY_VOTED', when: `this ${b.voter_field} already voted for it` });
    }
    request.body = { fields, allow_unknown: false, example };
    after = before + (b.direction === 'out' ? -1 : 1) * ADJUST_EXAMPLE_AMOUNT;
    errors.push({
      status: 400,
      code: 'VALIDATION_FAILED',
      when: `the body is not an object, ${b.voter_field === undefined ? '' : `${b.voter_field} is missing or empty, `}${b.amount_field} is ${b.amount_default === undefined ? 'missing or ' : ''}not a${target.type === 'integer' ? 'n integer' : ' number'}${b.direction === undefined ? '' : target.type === 'integer' ? ' of at least 1' : ' above 0'}, or it has an unknown field`,
    });
  }
  if (!b.create_missing)
    errors.push({ status: 404, code: 'NOT_FOUND', when: `no ${r.name} has this ${r.key ?? 'id'}` });
  if (b.kind === 'adjust' && target && boundsOf(target).length > 0) {
    errors.push({
      status: 409,
      code: 'CONFLICT',
      when: `${b.kind === 'adjust' && b.direction === 'out' ? `taking out more than is on hand: the ${b.field} would fall` : `the change would leave ${b.field}`} outside ${boundsText(target)}; nothing is changed`,
    });
  }
  return {
    request,
    responses: [
      {
        status: 200,
        description: `The ${r.name} with its new ${b.field}`,
        example: { ...record, [b.field]: after },
      },
    ],
    errors,
  };
}
