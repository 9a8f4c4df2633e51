import type { ParentRef, SpecContract } from './spec-contract';

/**
 * Why a child resource's limit (its `field` adding up to at most the parent's `parent_field`) cannot hold: both
 * must be required numbers, and no update endpoint may change the children after the create checked the sum.
 */
export function parentLimitProblems(c: SpecContract, child: string, parent: ParentRef): string[] {
  const limit = parent.limit;
  if (!limit) return [];
  const field = (resource: string, name: string) =>
    c.resources.find((r) => r.name === resource)?.fields.find((f) => f.name === name);
  const numeric = (resource: string, name: string) => {
    const f = field(resource, name);
    return f !== undefined && f.required && (f.type === 'integer' || f.type === 'number');
  };
  const problems: string[] = [];
  if (!numeric(child, limit.field))
    problems.push(`declare required number field "${limit.field}" on ${child} for its limit`);
  if (!numeric(parent.resource, limit.parent_field))
    problems.push(
      `declare required number field "${limit.parent_field}" on ${parent.resource} for the limit`,
    );
  if (c.endpoints.some((x) => x.behavior.kind === 'update' && x.behavior.resource === child))
    problems.push(`drop the update endpoint of ${child}: an update could pass the limit its create keeps`);
  return problems;
}

/** Why a parent's capacity cannot hold: its field must be a required integer of the parent. */
export function parentCapacityProblems(c: SpecContract, parent: ParentRef): string[] {
  const capacity = parent.capacity;
  if (!capacity) return [];
  const f = c.resources
    .find((r) => r.name === parent.resource)
    ?.fields.find((x) => x.name === capacity.parent_field);
  return f !== undefined && f.required && f.type === 'integer'
    ? []
    : [`declare required integer field "${capacity.parent_field}" on ${parent.resource} for its capacity`];
}

/**
 * Why values unique under one parent cannot hold: each must be a required scalar field of the child, and no update
 * endpoint may change the children after the create checked them.
 */
export function parentUniqueProblems(c: SpecContract, child: string, parent: ParentRef): string[] {
  const unique = parent.unique;
  if (!unique) return [];
  const fields = c.resources.find((r) => r.name === child)?.fields ?? [];
  const problems = unique
    .filter((name) => {
      const f = fields.find((x) => x.name === name);
      return f === undefined || !f.required || !['string', 'integer', 'number', 'boolean'].includes(f.type);
    })
    .map(
      (name) =>
        `declare required scalar field "${name}" on ${child} for its uniqueness under ${parent.resource}`,
    );
  if (c.endpoints.some((x) => x.behavior.kind === 'update' && x.behavior.resource === child))
    problems.push(
      `drop the update endpoint of ${child}: an update could repeat a value its create keeps unique`,
    );
  return problems;
}

/** Why a child create's parent reference cannot work: an undeclared parent, its parameter missing from the path, or its limit. */
export function parentProblems(
  c: SpecContract,
  child: string,
  parent: ParentRef,
  params: string[],
): string[] {
  const problems: string[] = [];
  if (!c.resources.some((r) => r.name === parent.resource))
    problems.push(`declare parent resource ${JSON.stringify(parent.resource)}`);
  if (!params.includes(parent.param)) problems.push(`put parameter {${parent.param}} in the path`);
  return [
    ...problems,
    ...parentLimitProblems(c, child, parent),
    ...parentCapacityProblems(c, parent),
    ...parentUniqueProblems(c, child, parent),
  ];
}
