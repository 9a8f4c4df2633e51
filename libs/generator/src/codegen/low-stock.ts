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
    ...orderLines(b),
    `return { status: 200, body: { ${key(b.wrap)}: ${answered(b, limit)} } };`,
  ];
}

/** Sorts `low` by `order_by`, ascending: numbers numerically, text by code point, absent values last. */
function orderLines(b: LowStockBehavior): string[] {
  if (b.order_by === undefined) return [];
  const at = (x: string) => `${x}${prop(b.order_by ?? '')}`;
  return [
    'low.sort((x, y) => {',
    `  const [a, c] = [${at('x')}, ${at('y')}];`,
    '  const absent = (v: unknown) => v === undefined || v === null;',
    '  if (absent(a) || absent(c)) return Number(absent(a)) - Number(absent(c));',
    "  if (typeof a === 'number' && typeof c === 'number') return a - c;",
    '  const [s, t] = [String(a), String(c)];',
    '  return s < t ? -1 : s > t ? 1 : 0;',
    '});',
  ];
}

/** The answered records: as stored, or each with its shortfall (its limit minus its level) besides. */
function answered(b: LowStockBehavior, limit: string): string {
  if (b.shortfall_field === undefined) return 'low';
  const at = limit.replace(/candidate/g, 'x');
  return `low.map((x) => ({ ...x, ${key(b.shortfall_field)}: Number(${at}) - Number(x${prop(b.field)}) }))`;
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
  // Each record's own threshold, not one shared number: low under a high one, not low over a low one.
  rows.push(
    { level: 12, own: 20, low: true },
    { level: 1, own: 1, low: edge(1, 1) },
    { level: 2, own: 0, low: false },
  );
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
  // Sorted by a field: the rows get values of it that fall as they are made, so creation order is the wrong one.
  const order = orderValues(w, b, rows.length);
  if (b.order_by !== undefined && order === null) return [];
  const fields = (row: Row, i: number) => ({
    [b.field]: row.level,
    ...(b.threshold_field === undefined || row.own === undefined ? {} : { [b.threshold_field]: row.own }),
    ...(order === null || b.order_by === undefined ? {} : { [b.order_by]: order[i] }),
  });
  const rule = `${b.field} ${b.inclusive ? 'at or below' : 'below'} ${
    b.threshold_field === undefined ? String(b.threshold) : `its own ${b.threshold_field}`
  }${b.threshold_field !== undefined && b.threshold !== undefined ? `, else ${b.threshold}` : ''}`;
  const low = rows.map((row, i) => ({ row, i })).filter((x) => x.row.low);
  const shortfalls = low.map(
    ({ row }) => (typeof row.own === 'number' ? row.own : Number(b.threshold)) - row.level,
  );
  const answered = `(${w.support('bodyOf')}(res)${prop(b.wrap)} as Record<string, unknown>[])`;
  return [
    {
      name: `answers exactly the records with ${rule}, ${b.order_by === undefined ? 'oldest first' : `sorted by ${b.order_by}`}${b.shortfall_field === undefined ? '' : `, each with its ${b.shortfall_field}`}`,
      lines: [
        'const ids: unknown[] = [];',
        ...rows.map(
          (row, i) =>
            `${row.low ? 'ids.push((' : '('}await ${creator.fn}(server, ${literal(fields(row, i))})).id${row.low ? ')' : ''};`,
        ),
        `const res = ${w.call(e, {})};`,
        w.expectStatus('res', 200, `${e.method} ${e.path}`),
        ...(order === null ? [] : ['ids.reverse();']),
        `${a}.deepEqual(${answered}.map((x) => x.id), ids);`,
        ...(b.shortfall_field === undefined
          ? []
          : [
              `${a}.deepEqual(${answered}.map((x) => x${prop(b.shortfall_field)}), ${literal(order === null ? shortfalls : [...shortfalls].reverse())});`,
            ]),
      ],
    },
  ];
}

/** Values of `order_by` that fall with each row made (null when the field's rules leave no such values). */
function orderValues(w: EndpointTestWriter, b: LowStockBehavior, count: number): (string | number)[] | null {
  if (b.order_by === undefined) return null;
  const f = w.resource(b.resource)?.fields.find((x) => x.name === b.order_by);
  if (!f || f.enum !== undefined || f.format !== undefined || f.max_length !== undefined) return null;
  const n = (i: number) => count + 10 - i;
  if (f.type === 'string')
    return Array.from({ length: count }, (_, i) => `k-${String(n(i)).padStart(3, '0')}`);
  const bounded = f.minimum !== undefined || f.maximum !== undefined || f.exclusive_minimum !== undefined;
  if ((f.type === 'integer' || f.type === 'number') && !bounded)
    return Array.from({ length: count }, (_, i) => n(i));
  return null;
}
