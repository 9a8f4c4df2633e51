import type { EndpointSpec, LowStockBehavior } from '@sf/service-spec';
import { key, literal, prop } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { ResourceModel } from './service-model';
import type { TestCase } from './test-writer';

/*
 * Low-stock listings (`low_stock`): the handler that filters a resource by its stock level against a threshold,
 * and the endpoint tests that put records just below, on and just above it.
 */

/** `low_stock`: the records whose level is at or below (or below) their own threshold, else the fixed one. */
export function lowStockLines(r: ResourceModel, b: LowStockBehavior): string[] {
  const own = b.threshold_field === undefined ? null : `candidate${prop(b.threshold_field)}`;
  const fixed = b.threshold === undefined ? 'undefined' : String(b.threshold);
  const limit = own === null ? fixed : `typeof ${own} === 'number' ? ${own} : ${fixed}`;
  return [
    `const low = ctx.state${prop(r.storeName)}.all().filter((candidate) => {`,
    `  const level = candidate${prop(b.field)};`,
    `  const limit = ${limit};`,
    `  return typeof level === 'number' && typeof limit === 'number' && level ${b.inclusive ? '<=' : '<'} limit;`,
    '});',
    `return { status: 200, body: { ${key(b.wrap)}: low } };`,
  ];
}

/** One record a test creates: its level, its own threshold (when the resource has one) and whether it is low. */
interface Row {
  level: number;
  own?: number | null;
  low: boolean;
}

function rowsOf(b: LowStockBehavior, ownRequired: boolean): Row[] {
  const edge = (level: number, limit: number) => (b.inclusive ? level <= limit : level < limit);
  if (b.threshold_field === undefined) {
    const t = b.threshold ?? 0;
    return [t - 1, t, t + 1, t + 50]
      .filter((level) => level >= 0)
      .map((level) => ({ level, low: edge(level, t) }));
  }
  const rows: Row[] = [4, 5, 6].map((level) => ({ level, own: 5, low: edge(level, 5) }));
  // A record's own threshold wins over the fixed one, both ways.
  if (b.threshold !== undefined) {
    const t = b.threshold;
    rows.push({ level: t + 20, own: t + 30, low: true });
    if (t >= 1) rows.push({ level: t - 1, own: 0, low: edge(t - 1, 0) });
    if (!ownRequired) {
      rows.push({ level: t, own: null, low: edge(t, t) }, { level: t + 1, own: null, low: false });
    }
  }
  return rows;
}

/** `low_stock`: exactly the records at (or below) their threshold, in creation order. */
export function lowStockCases(w: EndpointTestWriter, e: EndpointSpec, b: LowStockBehavior): TestCase[] {
  const creator = w.creator(b.resource);
  if (!creator?.repeatable) return [];
  const a = w.assert();
  const ownRequired =
    b.threshold_field !== undefined &&
    w.resource(b.resource)?.fields.find((f) => f.name === b.threshold_field)?.required === true;
  const rows = rowsOf(b, ownRequired);
  const fields = (row: Row) => ({
    [b.field]: row.level,
    ...(b.threshold_field === undefined || row.own === undefined ? {} : { [b.threshold_field]: row.own }),
  });
  const rule = `${b.field} ${b.inclusive ? 'at or below' : 'below'} ${
    b.threshold_field === undefined ? String(b.threshold) : `its own ${b.threshold_field}`
  }${b.threshold_field !== undefined && b.threshold !== undefined ? `, else ${b.threshold}` : ''}`;
  return [
    {
      name: `answers exactly the records with ${rule}, oldest first`,
      lines: [
        'const ids: unknown[] = [];',
        ...rows.map(
          (row) =>
            `${row.low ? 'ids.push((' : '('}await ${creator.fn}(server, ${literal(fields(row))})).id${row.low ? ')' : ''};`,
        ),
        `const res = ${w.call(e, {})};`,
        w.expectStatus('res', 200, `${e.method} ${e.path}`),
        `${a}.deepEqual((${w.support('bodyOf')}(res)${prop(b.wrap)} as Record<string, unknown>[]).map((x) => x.id), ids);`,
      ],
    },
  ];
}
