import { hasListOptions, type ListBehavior } from '@sf/service-spec';
import { type Imports, literal, prop, str } from './code-text';
import { listQueryOptions } from './list-query-source';
import { resourceOf, type ServiceModel } from './service-model';

/**
 * The handler lines of a list: every record oldest first, the records a query keeps (list-query.ts), or the
 * records created under one parent (`GET /workshops/{id}/signups`), 404 when no parent has the id in the path.
 */
export function listLines(
  model: ServiceModel,
  b: ListBehavior,
  imports: Imports,
  kit: (name: string) => string,
): string[] {
  const r = resourceOf(model, b.resource);
  const all = `ctx.state${prop(r.storeName)}.all()`;
  if (b.parent) {
    const parent = resourceOf(model, b.parent.resource);
    return [
      `const parentId = ctx.params[${str(b.parent.param)}];`,
      `if (ctx.state${prop(parent.storeName)}.get(parentId) === undefined)`,
      `  throw ${kit('notFound')}(${str(`no ${parent.spec.name} has id `)} + JSON.stringify(parentId));`,
      `return { status: 200, body: ${all}.filter((record) => record${prop(b.parent.field)} === parentId) };`,
    ];
  }
  if (!hasListOptions(b)) return [`return { status: 200, body: ${all} };`];
  const listQuery = imports.value('./list-query.js', 'listQuery');
  const options = literal(listQueryOptions(b, r.spec));
  return [`return { status: 200, body: ${listQuery}(${all}, ctx.query, ${options}) };`];
}
