import {
  machineFields,
  pathsToStates,
  withIntervalEnds,
  type EndpointSpec,
  type FieldSpec,
  type ListBehavior,
  type TransitionBehavior,
} from '@sf/service-spec';
import { literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import { moveCall } from './machine-tests';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of lists that filter, sort and page, on a fresh instance each: four records whose values the
 * generator chose, and the exact ids each query answers, in order. A sort run the wrong way, a total counted
 * after paging, a range whose bounds are exclusive, a filter that keeps everything or a page off by one fails.
 */

/** Values of one field for the four records (null when the field cannot take part). */
function valuesFor(f: FieldSpec, role: 'equals' | 'range' | 'sort' | 'text'): unknown[] | null {
  const low = typeof f.minimum === 'number' && f.minimum > 0 ? Math.ceil(f.minimum) : 0;
  // Numbers within the field's bounds: wide steps where it has room, else steps of one; none when even those
  // pass its upper bound.
  const within = (wide: number[], narrow: number[]) => {
    const fits = (steps: number[]) => typeof f.maximum !== 'number' || low + Math.max(...steps) <= f.maximum;
    return fits(wide) ? wide.map((n) => low + n) : fits(narrow) ? narrow.map((n) => low + n) : null;
  };
  const dated = f.type === 'string' && (f.format === 'date-time' || role === 'range');
  const day = (d: string) => (f.format === 'date-time' ? `${d}T09:00:00Z` : d);
  switch (role) {
    case 'text':
      return ['alpha one', 'beta two', 'gamma one', 'delta one'];
    case 'equals':
      if (f.enum && f.enum.length >= 2 && f.type === 'string')
        return [f.enum[0], f.enum[0], f.enum[1], f.enum[0]];
      if (f.type === 'boolean') return [true, true, false, true];
      if (f.type === 'number' || f.type === 'integer') return within([7, 7, 8, 7], [0, 0, 1, 0]);
      if (f.type === 'string[]') return [['t1'], ['t1', 't2'], ['t2'], ['t1']];
      return f.type === 'string' && !f.enum ? ['x-a', 'x-a', 'x-b', 'x-a'] : null;
    case 'range':
      if (f.type === 'number' || f.type === 'integer') return within([10, 20, 30, 40], [1, 2, 3, 4]);
      return dated ? ['2031-01-10', '2031-01-20', '2031-01-30', '2031-02-10'].map(day) : null;
    case 'sort':
      if (f.type === 'number' || f.type === 'integer') return within([2, 1, 4, 3], [2, 1, 4, 3]);
      if (f.type === 'boolean' || f.enum) return null;
      if (f.format === 'date-time' || f.format === 'date')
        return ['2032-01-02', '2032-01-01', '2032-01-04', '2032-01-03'].map(day);
      return ['b', 'a', 'd', 'c'];
  }
}

/** The indexes of `values` in ascending order; null unless they are distinct numbers or dates (YYYY-MM-DD…). */
function ascending(values: unknown[]): number[] | null {
  const comparable =
    values.every((v) => typeof v === 'number') ||
    values.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v));
  if (!comparable || new Set(values).size !== values.length) return null;
  return values.map((_, i) => i).sort((x, y) => ((values[x] as number) < (values[y] as number) ? -1 : 1));
}

/**
 * The values of a state a machine drives for the four records: the first state, and one the contract's movers
 * walk a new record to (with that walk); null when no other state can be reached.
 */
function drivenValues(
  w: EndpointTestWriter,
  b: TransitionBehavior,
): { values: unknown[]; walk: string[] } | null {
  const first = Object.keys(b.moves)[0];
  for (const [state, walk] of pathsToStates(b)) {
    if (state !== first && walk.every((to) => moveCall(w, b, to, 'key') !== null))
      return { values: [first, first, state, first], walk };
  }
  return null;
}

/** A query, the records it answers (indexes of the four, in order) and the total it reports when paged. */
interface Scenario {
  name: string;
  query: Record<string, string>;
  ids: number[];
  total?: number;
}

/**
 * The base order newest created first (scenarios asking no sort answer the four records last created first) and
 * the latest N: a count keeps the first n of the default order, the default count when none is asked, a larger
 * count capped at the maximum when the list caps it.
 */
function latestScenarios(b: ListBehavior, scenarios: Scenario[], sorted: number[] | null): void {
  const byDefault = b.sort?.default_field !== undefined && sorted ? sorted : null;
  const defaultOrder = byDefault
    ? b.sort?.default_order === 'desc'
      ? [...byDefault].reverse()
      : byDefault
    : b.newest_first
      ? [3, 2, 1, 0]
      : [0, 1, 2, 3];
  if (b.newest_first && !byDefault) {
    const asksSort = (x: Scenario) => b.sort !== undefined && b.sort.param in x.query;
    for (const x of scenarios) if (!asksSort(x)) x.ids = defaultOrder.filter((i) => x.ids.includes(i));
    scenarios.push({ name: 'answers the newest created first when not asked', query: {}, ids: defaultOrder });
  }
  const l = b.limit;
  if (!l) return;
  if (!scenarios.some((x) => Object.keys(x.query).length === 0))
    scenarios.push({ name: 'answers the default order when not asked', query: {}, ids: defaultOrder });
  scenarios.push({
    name: `${l.param}=2 answers the first two`,
    query: { [l.param]: '2' },
    ids: defaultOrder,
  });
  if (l.clamp && l.max_limit !== undefined && l.max_limit < 4)
    scenarios.push({
      name: `${l.param} above ${l.max_limit} answers ${l.max_limit}`,
      query: { [l.param]: String(l.max_limit + 1) },
      ids: defaultOrder,
    });
  for (const x of scenarios) {
    const asked = x.query[l.param] === undefined ? undefined : Number(x.query[l.param]);
    const n =
      asked === undefined ? (l.default_limit ?? l.max_limit ?? 4) : Math.min(asked, l.max_limit ?? asked);
    x.ids = x.ids.slice(0, n);
  }
}

export function listQueryCases(w: EndpointTestWriter, e: EndpointSpec, b: ListBehavior): TestCase[] {
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const bad: [string, string][] = [];
  const r = w.resource(b.resource);
  const field = (name: string) => r?.fields.find((f) => f.name === name);
  for (const f of b.filters ?? []) {
    if (f.kind === 'range') {
      for (const p of [f.min_param, f.max_param]) if (p) bad.push([p, 'cheap']);
    } else if (f.kind === 'equals') {
      const t = field(f.field);
      if (t?.type === 'number' || t?.type === 'integer') bad.push([f.param, 'many']);
      if (t?.type === 'boolean') bad.push([f.param, 'maybe']);
      if (t?.type === 'string' && t.enum) bad.push([f.param, 'not-a-listed-value']);
    }
  }
  if (b.sort) {
    bad.push([b.sort.param, 'no_such_field']);
    if (b.sort.order_param) bad.push([b.sort.order_param, 'sideways']);
  }
  if (b.limit) {
    const l = b.limit;
    bad.push([l.param, '0'], [l.param, '-1'], [l.param, '1.5'], [l.param, 'many']);
    if (l.max_limit !== undefined && !l.clamp) bad.push([l.param, String(l.max_limit + 1)]);
  }
  if (b.page) {
    bad.push([b.page.limit_param, '0'], [b.page.limit_param, String(b.page.max_limit + 1)]);
    bad.push([b.page.offset_param, b.page.style === 'page' ? '0' : '-1']);
  }
  const cases: TestCase[] = [];
  if (bad.length > 0) {
    cases.push({
      name: 'answers 400 VALIDATION_FAILED for query values it cannot read',
      lines: bad.flatMap(([k, v], i) => [
        `const bad${i} = ${w.call(e, { query: literal({ [k]: v }) })};`,
        w.expectError(`bad${i}`, 400, 'VALIDATION_FAILED', `${where} with ${k}=${v}`),
      ]),
    });
  }
  const creator = w.creator(b.resource);
  if (!creator || !r) return cases;
  const rows: Record<string, unknown>[] = [{}, {}, {}, {}];
  const scenarios: Scenario[] = [];
  const assign = (name: string, values: unknown[]) => values.forEach((v, i) => (rows[i][name] = v));
  // States a machine drives are not sent on create: the records are walked to them through the movers.
  const driven = machineFields(w.contract, b.resource);
  const walks = new Map<string, string[]>();
  for (const f of b.filters ?? []) {
    if (f.kind === 'text') {
      const target = f.fields[0];
      if (target in rows[0]) continue;
      assign(target, valuesFor(field(target) ?? ({ type: 'string' } as FieldSpec), 'text') ?? []);
      scenarios.push({
        name: `${f.param} finds text in ${target}`,
        query: { [f.param]: 'ONE' },
        ids: [0, 2, 3],
      });
      continue;
    }
    const t = field(f.field);
    if (!t || f.field in rows[0]) continue;
    const machine = w.contract.endpoints
      .map((x) => x.behavior)
      .find(
        (x): x is TransitionBehavior =>
          x.kind === 'transition' && x.resource === b.resource && x.field === f.field,
      );
    const reached = machine && f.kind === 'equals' ? drivenValues(w, machine) : null;
    if (driven.includes(f.field) && !reached) continue;
    if (reached) walks.set(f.field, reached.walk);
    const values = reached ? reached.values : valuesFor(t, f.kind);
    if (!values) continue;
    assign(f.field, values);
    if (f.kind === 'equals') {
      const asked = Array.isArray(values[0]) ? 't1' : String(values[0]);
      scenarios.push({
        name: `${f.param} keeps the equal records`,
        query: { [f.param]: asked },
        ids: [0, 1, 3],
      });
    } else {
      const q: Record<string, string> = {};
      if (f.min_param) q[f.min_param] = String(values[1]).slice(0, 10);
      if (f.max_param) q[f.max_param] = String(values[2]).slice(0, 10);
      const ids = [0, 1, 2, 3].filter((i) => (!f.min_param || i >= 1) && (!f.max_param || i <= 2));
      scenarios.push({
        name: `${Object.keys(q).join(' and ')} keep the records on the bounds`,
        query: q,
        ids,
      });
    }
  }
  let order: number[] | null = null;
  let sortQuery: (desc: boolean) => Record<string, string> = () => ({});
  if (b.sort) {
    const s = b.sort;
    const fresh = s.fields.find((n) => !(n in rows[0]) && valuesFor(field(n) ?? ({} as FieldSpec), 'sort'));
    // A field a filter already gave distinct values ("min_severity" beside a sort by severity) sorts by them.
    const given = fresh
      ? undefined
      : s.fields.find((n) => n in rows[0] && ascending(rows.map((row) => row[n])) !== null);
    const name = fresh ?? given;
    if (name) {
      if (fresh) assign(name, valuesFor(field(name) as FieldSpec, 'sort') ?? []);
      order = fresh ? [1, 0, 3, 2] : ascending(rows.map((row) => row[name]));
      if (!order) return cases;
      sortQuery = (desc) =>
        s.order_param
          ? { [s.param]: name, [s.order_param]: desc ? 'desc' : 'asc' }
          : { [s.param]: `${desc ? '-' : ''}${name}` };
      scenarios.push({ name: `sorts by ${name} ascending`, query: sortQuery(false), ids: order });
      scenarios.push({
        name: `sorts by ${name} descending`,
        query: sortQuery(true),
        ids: [...order].reverse(),
      });
      if (s.default_field === name) {
        const byDefault = s.default_order === 'desc' ? [...order].reverse() : order;
        // A list sorted by default answers a filter not asking for an order in that order, not as created.
        for (const x of scenarios)
          if (!(s.param in x.query)) x.ids = byDefault.filter((i) => x.ids.includes(i));
        scenarios.push({
          name: `sorts by ${name} ${s.default_order} when not asked`,
          query: {},
          ids: byDefault,
        });
      }
    }
  }
  latestScenarios(b, scenarios, order);
  if (b.page) {
    const p = b.page;
    const all = order ?? [0, 1, 2, 3];
    // Page 2 of two records each, or two records skipped: the same records either way.
    scenarios.push({
      name: 'answers page 2 of two records each with the total of all four',
      query: { ...sortQuery(false), [p.limit_param]: '2', [p.offset_param]: '2' },
      ids: all.slice(2, 4),
      total: 4,
    });
    const kept = scenarios.find(
      (x) => Object.keys(x.query).length > 0 && x.ids.length === 3 && x.total === undefined,
    );
    if (kept) {
      scenarios.push({
        name: 'counts the total after filtering and before paging',
        query: { ...kept.query, [p.limit_param]: '1' },
        ids: kept.ids.slice(0, 1),
        total: kept.ids.length,
      });
    }
    scenarios.push({
      name: 'answers no records past the last page, with the total',
      query: { [p.limit_param]: '4', [p.offset_param]: p.style === 'page' ? '2' : '4' },
      ids: [],
      total: 4,
    });
  }
  if (scenarios.length === 0) return cases;
  // A record whose start was chosen (to sort or filter by) ends after it, as an interval rule asks.
  rows.forEach((row, i) => (rows[i] = withIntervalEnds(r.interval, row)));
  const items = (res: string) =>
    b.page
      ? `(${w.support('bodyOf')}(${res})${prop(b.page.items)} as Record<string, unknown>[])`
      : `(${res}.body as Record<string, unknown>[])`;
  const lines = ['const ids: unknown[] = [];'];
  rows.forEach((row, i) => {
    const sent = Object.fromEntries(Object.entries(row).filter(([k]) => !driven.includes(k)));
    lines.push(`ids.push((await ${creator.fn}(server, ${literal(sent)})).id);`);
    for (const [name, walk] of walks) {
      if (row[name] === rows[0][name]) continue;
      for (const to of walk) {
        const call = moveCall(w, { resource: b.resource, field: name }, to, `String(ids[${i}])`);
        lines.push(
          `${a}.equal(${w.support('bodyOf')}(${call ?? ''})${prop(name)}, ${str(to)}, ${str(`walking record ${i + 1} to ${to}`)});`,
        );
      }
    }
  });
  scenarios.forEach((x, i) => {
    // A query that does not say how many records it wants asks for as many as a page may hold.
    if (b.page && !(b.page.limit_param in x.query)) x.query[b.page.limit_param] = String(b.page.max_limit);
    lines.push(
      `// ${x.name}`,
      `const res${i} = ${w.call(e, { query: literal(x.query) })};`,
      w.expectStatus(`res${i}`, 200, `${where} (${x.name})`),
      // A list that does not page answers the array itself.
      ...(b.page ? [] : [`${a}.ok(Array.isArray(res${i}.body), ${literal(`${x.name}: a JSON array`)});`]),
      `${a}.deepEqual(${items(`res${i}`)}.map((x) => x.id), ${literal(x.ids)}.map((n) => ids[n]), ${literal(x.name)});`,
    );
    if (b.page && x.total !== undefined) {
      lines.push(
        `${a}.equal(${w.support('bodyOf')}(res${i})${prop(b.page.total)}, ${x.total}, ${literal(`${x.name}: the total`)});`,
      );
    }
  });
  cases.push({ name: 'filters, sorts and pages four records exactly', lines });
  return cases;
}
