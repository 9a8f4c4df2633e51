import type { FieldSpec, ListBehavior, SpecContract } from './spec-contract';

/* Checks and helpers of a list's query options (`list-query-contract.ts`). */

const SORTABLE = new Set<FieldSpec['type']>(['string', 'number', 'integer', 'boolean']);
const EQUATABLE = new Set<FieldSpec['type']>(['string', 'number', 'integer', 'boolean', 'string[]']);

/** Every query parameter a list reads, in a fixed order (filters, sort, pages). */
export function listQueryParams(b: ListBehavior): string[] {
  const names: string[] = [];
  for (const f of b.filters ?? []) {
    if (f.kind === 'range') names.push(...[f.min_param, f.max_param].filter((p) => p !== undefined));
    else names.push(f.param);
  }
  if (b.sort) names.push(b.sort.param, ...(b.sort.order_param ? [b.sort.order_param] : []));
  if (b.page) names.push(b.page.limit_param, b.page.offset_param);
  if (b.limit) names.push(b.limit.param);
  return names;
}

/** Whether a list answers anything but every record in creation order. */
export function hasListOptions(b: ListBehavior): boolean {
  return (
    (b.filters?.length ?? 0) > 0 ||
    b.sort !== undefined ||
    b.page !== undefined ||
    b.newest_first === true ||
    b.limit !== undefined
  );
}

/** What a list's query options need from the contract (declared fields of fitting types, distinct names). */
export function listQueryProblems(c: SpecContract, b: ListBehavior): string[] {
  const resource = c.resources.find((r) => r.name === b.resource);
  if (!resource) return [];
  const field = (name: string) => resource.fields.find((f) => f.name === name);
  const problems: string[] = [];
  const need = (name: string, ok: boolean, what: string) => {
    if (!ok) problems.push(`declare ${what} field "${name}" on ${b.resource}`);
  };
  for (const f of b.filters ?? []) {
    if (f.kind === 'equals') need(f.field, EQUATABLE.has(field(f.field)?.type ?? 'object'), 'a filterable');
    if (f.kind === 'range') {
      const type = field(f.field)?.type;
      need(f.field, type === 'number' || type === 'integer' || type === 'string', 'a number or date');
      if (f.min_param === undefined && f.max_param === undefined) {
        problems.push(`give the range on "${f.field}" a min_param or a max_param`);
      }
    }
    if (f.kind === 'text') {
      if (f.fields.length === 0) problems.push(`name the fields text parameter "${f.param}" searches`);
      for (const name of f.fields) need(name, field(name)?.type === 'string', 'a string');
    }
  }
  if (b.sort) {
    if (b.sort.fields.length === 0) problems.push('name at least one sort field');
    for (const name of b.sort.fields) need(name, SORTABLE.has(field(name)?.type ?? 'object'), 'a sortable');
    if (b.sort.default_field !== undefined && !b.sort.fields.includes(b.sort.default_field)) {
      problems.push(`make the default sort field "${b.sort.default_field}" one of the sort fields`);
    }
  }
  if (b.page) {
    const p = b.page;
    if (!(p.default_limit >= 1 && p.default_limit <= p.max_limit)) {
      problems.push('make default_limit a number from 1 to max_limit');
    }
    if (p.items === p.total || [p.limit_param, p.offset_param].some((n) => n === p.items || n === p.total)) {
      problems.push('give the page items, total, limit and offset distinct names');
    }
  }
  if (b.limit) {
    const l = b.limit;
    if (b.page) problems.push('either page the list or limit it to the latest records, not both');
    if (l.max_limit !== undefined && l.default_limit !== undefined && l.default_limit > l.max_limit)
      problems.push('make the limit default_limit at most its max_limit');
    if (l.clamp && l.max_limit === undefined) problems.push('give a clamped limit a max_limit');
  }
  if (b.parent) problems.push(...parentListProblems(c, b, b.parent));
  const params = listQueryParams(b);
  const repeated = params.filter((n, i) => params.indexOf(n) !== i);
  if (repeated.length > 0)
    problems.push(`read each query parameter once (not ${[...new Set(repeated)].join(', ')})`);
  return problems;
}

/** A list under a parent lists what a create under that parent makes (by the same field), with no query options. */
function parentListProblems(
  c: SpecContract,
  b: ListBehavior,
  parent: NonNullable<ListBehavior['parent']>,
): string[] {
  const problems: string[] = [];
  const made = c.endpoints.some(
    (e) =>
      e.behavior.kind === 'create' &&
      e.behavior.resource === b.resource &&
      e.behavior.parent?.resource === parent.resource &&
      e.behavior.parent.field === parent.field,
  );
  if (!made)
    problems.push(
      `create ${b.resource} records under ${parent.resource} (in "${parent.field}") to list them`,
    );
  if (hasListOptions(b))
    problems.push(`list the ${b.resource} records of one ${parent.resource} without query options`);
  return problems;
}
