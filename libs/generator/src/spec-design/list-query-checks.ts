import {
  machineFields,
  type AcceptanceStep,
  type EndpointError,
  type EndpointResponse,
  type EndpointSpec,
  type FieldSpec,
  type ListBehavior,
  type ListLimit,
  type ResourceSpec,
  type SpecContract,
} from '@sf/service-spec';
import { check, errorBody, resourceOf, setup, type DraftCheck } from './acceptance-steps';
import { reachableState, walkSteps } from './machine-checks';
import { apartEach, boundedNumbers } from './samples';

/*
 * Lists that filter, sort and page: their query documentation and worked examples. Checks share one instance
 * with other checks' records, so the example isolates its own three records with a filter whose value only it
 * uses (text, or a free text field) where the list has one, shows a sort with `in_order` (its records in order
 * among any others), and shows page 2 with the total only when isolated (a total counts every record kept).
 */

const FAR = 2_000_000;

function plural(c: SpecContract, b: ListBehavior): string {
  return (resourceOf(c, b.resource)?.plural ?? b.resource).replace(/-/g, ' ');
}

function words(names: string[]): string {
  const spoken = names.map((n) => n.replace(/_/g, ' '));
  return spoken.length <= 1 ? (spoken[0] ?? '') : `${spoken.slice(0, -1).join(', ')} or ${spoken.at(-1)}`;
}

/** A one-line summary that says what the list reads, in the words of its options. */
export function listQuerySummary(c: SpecContract, b: ListBehavior): string {
  const parts = [`List ${plural(c, b)}`];
  const filters = b.filters ?? [];
  const equal = filters.flatMap((f) => (f.kind === 'equals' ? [f.field] : []));
  const ranges = filters.flatMap((f) => (f.kind === 'range' ? [f.field] : []));
  const text = filters.find((f) => f.kind === 'text');
  if (equal.length > 0) parts.push(`filtered by ${words(equal)}`);
  if (ranges.length > 0) parts.push(`within a range of ${words(ranges)} (min and max inclusive)`);
  if (text?.kind === 'text') parts.push(`searched by text in ${words(text.fields)}`);
  if (b.sort) parts.push(`sorted by ${words(b.sort.fields)}, ascending or descending`);
  if (b.page) parts.push(`paginated (${b.page.limit_param}, ${b.page.offset_param}) with a total count`);
  if (b.newest_first) parts.push('newest first');
  if (b.limit) parts.push(`only the latest ${b.limit.default_limit ?? 'n'} (${b.limit.param})`);
  return parts.join(', ');
}

function queryField(
  name: string,
  type: FieldSpec['type'],
  description: string,
  example: unknown,
  more: Partial<FieldSpec> = {},
): FieldSpec {
  return { name, type, required: false, description, example, ...more };
}

/** The query parameters a list with options reads. */
export function listQueryFields(c: SpecContract, b: ListBehavior): FieldSpec[] {
  const r = resourceOf(c, b.resource);
  const field = (name: string) => r?.fields.find((f) => f.name === name);
  const out: FieldSpec[] = [];
  for (const f of b.filters ?? []) {
    if (f.kind === 'text') {
      out.push(
        queryField(
          f.param,
          'string',
          `Only records whose ${words(f.fields)} contains this text (case ignored)`,
          'text',
        ),
      );
      continue;
    }
    const target = field(f.field);
    const type =
      target?.type === 'number' || target?.type === 'integer' || target?.type === 'boolean'
        ? target.type
        : 'string';
    const example =
      target?.type === 'string[]' && Array.isArray(target.example)
        ? (target.example as unknown[])[0]
        : target?.example;
    if (f.kind === 'equals') {
      out.push(
        queryField(
          f.param,
          type,
          `Only records whose ${f.field.replace(/_/g, ' ')} ${target?.type === 'string[]' ? 'contains' : 'equals'} this value`,
          example ?? 'value',
          target?.enum && target.type === 'string' ? { enum: target.enum } : {},
        ),
      );
    } else {
      const date = type === 'string';
      const what = date ? 'a date YYYY-MM-DD or an ISO 8601 date-time' : 'a number';
      if (f.min_param)
        out.push(
          queryField(
            f.min_param,
            type,
            `Only records whose ${f.field.replace(/_/g, ' ')} is at least this (inclusive; ${what})`,
            example ?? 0,
          ),
        );
      if (f.max_param)
        out.push(
          queryField(
            f.max_param,
            type,
            `Only records whose ${f.field.replace(/_/g, ' ')} is at most this (inclusive; ${what})`,
            example ?? 0,
          ),
        );
    }
  }
  if (b.sort) {
    const s = b.sort;
    const names = s.order_param ? s.fields : s.fields.flatMap((n) => [n, `-${n}`]);
    out.push(
      queryField(
        s.param,
        'string',
        `Field to sort by: ${words(s.fields)}${s.order_param ? '' : ' (a leading - sorts descending)'}; default ${s.default_field ?? 'creation order'}`,
        s.fields[0],
        { enum: names },
      ),
    );
    if (s.order_param)
      out.push(
        queryField(s.order_param, 'string', `asc or desc; default ${s.default_order}`, s.default_order, {
          enum: ['asc', 'desc'],
        }),
      );
  }
  if (b.page) {
    const p = b.page;
    out.push(
      queryField(
        p.limit_param,
        'integer',
        `Records per page: 1 to ${p.max_limit}, default ${p.default_limit}`,
        p.default_limit,
        { default: p.default_limit, minimum: 1, maximum: p.max_limit },
      ),
    );
    out.push(
      p.style === 'page'
        ? queryField(p.offset_param, 'integer', 'Page number, from 1 (default 1)', 1, {
            default: 1,
            minimum: 1,
          })
        : queryField(p.offset_param, 'integer', 'Records to skip before the page, from 0 (default 0)', 0, {
            default: 0,
            minimum: 0,
          }),
    );
  }
  if (b.limit) out.push(limitField(b.limit));
  return out;
}

/** The count parameter of the latest N. */
function limitField(l: ListLimit): FieldSpec {
  const most = l.max_limit === undefined ? '1 or more' : `1 to ${l.max_limit}`;
  const capped = l.clamp ? ` (a larger count answers ${l.max_limit})` : '';
  return queryField(
    l.param,
    'integer',
    `How many of the first records to answer: ${most}${capped}; default ${l.default_limit ?? 'every record'}`,
    l.example ?? l.default_limit ?? Math.min(5, l.max_limit ?? 5),
    {
      minimum: 1,
      ...(l.default_limit === undefined ? {} : { default: l.default_limit }),
      ...(l.max_limit === undefined || l.clamp ? {} : { maximum: l.max_limit }),
    },
  );
}

/** The query, the success answer and the refusal of a list with options. */
export function listQueryDocs(
  c: SpecContract,
  b: ListBehavior,
  record: Record<string, unknown>,
): { request: { query: FieldSpec[] }; responses: EndpointResponse[]; errors: EndpointError[] } {
  const p = b.page;
  return {
    request: { query: listQueryFields(c, b) },
    responses: [
      {
        status: 200,
        description: p
          ? `One page of the ${plural(c, b)} kept by the filters, in the asked order, with ${p.total} = how many the filters keep`
          : `The ${plural(c, b)} kept by the filters, in the asked order`,
        example: p
          ? {
              [p.items]: [record],
              [p.total]: 1,
              [p.limit_param]: p.default_limit,
              [p.offset_param]: p.style === 'page' ? 1 : 0,
            }
          : [record],
      },
    ],
    errors: [
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        when: 'a query value cannot be read (a bound that is not a number or date, an unknown sort field or order, a page size, offset or count out of range)',
      },
    ],
  };
}

interface Plan {
  overrides: Record<string, unknown>[];
  /** Query values every step sends so that only this check's records answer (empty when none can). */
  isolate: Record<string, string>;
  /** Query values and the records (by index) the filters keep. */
  filterQuery: Record<string, string>;
  kept: number[];
  /** The records (by index) the isolating values keep. */
  isolated: number[];
}

function rangeValues(f: FieldSpec, far: boolean): unknown[] | null {
  if (f.type === 'string') {
    const day = (d: number) => `20${far ? 41 : 31}-01-${d}`;
    return [10, 20, 30].map((d) => (f.format === 'date-time' ? `${day(d)}T09:00:00Z` : day(d)));
  }
  if (far && f.maximum === undefined) return [10, 20, 30].map((n) => FAR + n);
  return boundedNumbers(f, [10, 20, 30], [0, 1, 2]);
}

function plan(c: SpecContract, r: ResourceSpec, b: ListBehavior, tag: string): Plan | null {
  const field = (name: string) => r.fields.find((f) => f.name === name);
  const overrides: Record<string, unknown>[] = [{}, {}, {}];
  const isolate: Record<string, string> = {};
  const filterQuery: Record<string, string> = {};
  let kept = [0, 1, 2];
  let isolated = [0, 1, 2];
  const text = (b.filters ?? []).find((f) => f.kind === 'text');
  if (text?.kind === 'text') {
    const name = text.fields[0];
    ['alpha', 'beta', 'gamma'].forEach((w, i) => (overrides[i][name] = `${tag} ${w}`));
    isolate[text.param] = tag;
  }
  for (const f of b.filters ?? []) {
    if (f.kind === 'text') continue;
    const target = field(f.field);
    if (!target) return null;
    if (f.kind === 'equals') {
      let values: unknown[];
      // A state a machine drives: two records left in the first state, one walked to another.
      const driven = machineFields(c, r.name).includes(f.field) ? reachableState(c, r.name, f.field) : null;
      if (machineFields(c, r.name).includes(f.field) && !driven) return null;
      if (driven) values = [driven.first, driven.first, driven.state];
      else if (target.enum && target.enum.length >= 2)
        values = [target.enum[0], target.enum[0], target.enum[1]];
      else if (target.type === 'boolean') values = [true, true, false];
      else if (target.type === 'number' || target.type === 'integer') {
        // A court numbered 1-4 is filtered by courts that exist, or the records the check makes are refused.
        const numbers = boundedNumbers(target, [7, 8], [0, 1]);
        if (!numbers) continue;
        values = [numbers[0], numbers[0], numbers[1]];
      } else if (target.type === 'string[]') values = [[`${tag}-x`], [`${tag}-x`, `${tag}-y`], [`${tag}-y`]];
      else if (target.type === 'string' && !target.enum) values = [`${tag}-x`, `${tag}-x`, `${tag}-y`];
      else continue;
      values.forEach((v, i) => (overrides[i][f.field] = v));
      const asked = Array.isArray(values[0]) ? `${tag}-x` : String(values[0]);
      filterQuery[f.param] = asked;
      if (target.type === 'string' && !target.enum && Object.keys(isolate).length === 0) {
        isolate[f.param] = asked;
        isolated = [0, 1];
      }
      kept = kept.filter((i) => i !== 2);
    } else {
      const far = Object.keys(isolate).length === 0;
      const values = rangeValues(target, far);
      if (!values) return null;
      const [low, mid, high] = values;
      // The first two records sit on the bounds, the third below them: inclusive bounds keep exactly two.
      [mid, high, low].forEach((v, i) => (overrides[i][f.field] = v));
      if (f.min_param) filterQuery[f.min_param] = String(mid);
      if (f.max_param) filterQuery[f.max_param] = String(high);
      if (f.min_param) kept = kept.filter((i) => i !== 2);
      if (far && f.min_param && f.max_param && target.maximum === undefined && target.type !== 'string') {
        Object.assign(isolate, { [f.min_param]: String(low), [f.max_param]: String(high) });
      }
    }
  }
  return { overrides, isolate, filterQuery, kept, isolated };
}

/** Sort values for the three records: the second sorts first, then the first, then the third. */
function sortValues(f: FieldSpec, tag: string): unknown[] | null {
  if (f.type === 'number' || f.type === 'integer') {
    const lo = f.minimum ?? 0;
    return f.maximum === undefined || lo + 3 <= f.maximum ? [lo + 2, lo + 1, lo + 3] : null;
  }
  if (f.type === 'boolean') return null;
  if (f.enum)
    return f.enum.length >= 3
      ? [...f.enum]
          .sort()
          .slice(0, 3)
          .map((_, i, a) => a[[1, 0, 2][i]])
      : null;
  if (f.format === 'date-time')
    return ['2032-02-02T09:00:00Z', '2032-02-01T09:00:00Z', '2032-02-03T09:00:00Z'];
  if (f.format === 'date' || /(^|_)(date|due|day|deadline|start|end)($|_)/.test(f.name))
    return ['2032-02-02', '2032-02-01', '2032-02-03'];
  return [`${tag} b`, `${tag} a`, `${tag} c`];
}

/** The worked example of a list with options: three records, the filters, both sort orders, page 2 with the total. */
export function listQueryHappyCheck(c: SpecContract, e: EndpointSpec, b: ListBehavior): DraftCheck | null {
  const r = resourceOf(c, b.resource);
  if (!r) return null;
  const tag = `${e.id}-ok`;
  const p = plan(c, r, b, tag);
  if (!p) return null;
  const sortField = b.sort
    ? (b.sort.fields.find((n) => !(n in p.overrides[0])) ?? b.sort.fields[0])
    : undefined;
  const target = sortField ? r.fields.find((f) => f.name === sortField) : undefined;
  let order: number[] | null = null;
  if (sortField && target) {
    const values = sortField in p.overrides[0] ? null : sortValues(target, tag);
    if (values) {
      values.forEach((v, i) => (p.overrides[i][sortField] = v));
      order = [1, 0, 2];
    } else if (
      sortField in p.overrides[0] &&
      (target.type === 'number' || target.type === 'integer' || target.type === 'string')
    ) {
      order = [0, 1, 2].sort((x, y) =>
        String(p.overrides[x][sortField]) < String(p.overrides[y][sortField]) ? -1 : 1,
      );
      if (target.type !== 'string')
        order = [0, 1, 2].sort(
          (x, y) => Number(p.overrides[x][sortField]) - Number(p.overrides[y][sortField]),
        );
    }
  }
  // Two records may share a room to be filtered by: their intervals must not clash when overlaps are refused.
  apartEach(r, tag, p.overrides);
  const steps: AcceptanceStep[] = [];
  const bodies: Record<string, unknown>[] = [];
  const driven = machineFields(c, b.resource);
  for (const [i, o] of p.overrides.entries()) {
    // A state a machine drives is not sent: the record is created in the first state and walked to its own.
    const sent = Object.fromEntries(Object.entries(o).filter(([k]) => !driven.includes(k)));
    const made = setup(c, b.resource, `${tag}-${i + 1}`, sent);
    if (!made) return null;
    steps.push(...made.steps);
    for (const field of driven.filter((k) => k in o)) {
      const reached = reachableState(c, b.resource, field);
      if (!reached) return null;
      if (o[field] === reached.first) continue;
      const walk = walkSteps(c, reached.machine, made.variable, reached.walk);
      if (!walk) return null;
      steps.push(...walk);
    }
    bodies.push(o);
  }
  const isolated = Object.keys(p.isolate).length > 0;
  const pageAll = b.page
    ? { [b.page.limit_param]: String(b.page.max_limit) }
    : b.limit
      ? { [b.limit.param]: String(b.limit.max_limit ?? 1000) }
      : {};
  const rows = (indexes: number[]) => indexes.map((i) => bodies[i]);
  const expectRows = (indexes: number[], inOrder: boolean, extra: Record<string, unknown> = {}) => {
    const list = rows(indexes);
    if (!b.page)
      return {
        status: 200,
        body_is_array: true,
        body_contains: list,
        ...(inOrder ? { in_order: true } : {}),
      };
    return {
      status: 200,
      body_contains: { [b.page.items]: list, ...extra },
      ...(inOrder ? { in_order: true } : {}),
    };
  };
  const path = e.path;
  const said: string[] = [];
  if (Object.keys(p.filterQuery).length > 0) {
    const query = { ...p.isolate, ...p.filterQuery, ...pageAll };
    const exact = isolated && b.page ? { [b.page.total]: p.kept.length } : {};
    steps.push({ request: { method: 'GET', path, query }, expect: expectRows(p.kept, false, exact) });
    // A list without pages answers exactly the records kept: one that ignores a filter answers more.
    if (isolated && !b.page)
      steps.push({
        request: { method: 'GET', path, query },
        expect: { status: 200, body_contains: { $shape: { length: p.kept.length } } },
      });
    said.push(
      `the filters (${Object.entries(p.filterQuery)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}) keep ${p.kept.length} of them`,
    );
  }
  if (b.sort && sortField && order) {
    const s = b.sort;
    const ask = (desc: boolean) =>
      s.order_param
        ? { [s.param]: sortField, [s.order_param]: desc ? 'desc' : 'asc' }
        : { [s.param]: `${desc ? '-' : ''}${sortField}` };
    for (const desc of [false, true]) {
      steps.push({
        request: { method: 'GET', path, query: { ...p.isolate, ...ask(desc), ...pageAll } },
        expect: expectRows(
          (desc ? [...order].reverse() : order).filter((i) => p.isolated.includes(i)),
          true,
        ),
      });
    }
    said.push(`sorted by ${sortField} they come in one order ascending and the reverse descending`);
  }
  if (b.page) {
    const pg = b.page;
    const second = pg.style === 'page' ? '2' : '1';
    const sorted =
      b.sort && sortField && order
        ? b.sort.order_param
          ? { [b.sort.param]: sortField, [b.sort.order_param]: 'asc' }
          : { [b.sort.param]: sortField }
        : {};
    const all = (order ?? [0, 1, 2]).filter((i) => p.isolated.includes(i));
    const query = { ...p.isolate, ...sorted, [pg.limit_param]: '1', [pg.offset_param]: second };
    const echo = { [pg.limit_param]: 1, [pg.offset_param]: Number(second) };
    steps.push({
      request: { method: 'GET', path, query },
      expect: isolated
        ? {
            status: 200,
            body_contains: { [pg.items]: rows(all.slice(1, 2)), [pg.total]: all.length, ...echo },
          }
        : { status: 200, body_contains: echo },
    });
    // Asked for no page size, a page holds the default the feature states ("limit (default 10)").
    steps.push({
      request: { method: 'GET', path, query: { ...p.isolate } },
      expect: { status: 200, body_contains: { [pg.limit_param]: pg.default_limit } },
    });
    said.push(
      `one per page, page 2 holds ${isolated ? `the second of them with a total of ${p.isolated.length}` : 'one record and says which page it is'}; asked no ${pg.limit_param}, a page holds ${pg.default_limit}`,
    );
  }
  // The three records were created last: a list newest created first answers them first, the last one first.
  if (b.newest_first && !b.sort?.default_field) {
    const all = { ...p.isolate, ...pageAll };
    steps.push({ request: { method: 'GET', path, query: all }, expect: expectRows([2, 1, 0], true) });
    said.push('asked no order, they come newest created first');
    if (b.limit) {
      const query = { ...p.isolate, [b.limit.param]: '2' };
      const two = { status: 200, body_contains: { $shape: { length: 2 } } };
      steps.push(
        { request: { method: 'GET', path, query }, expect: expectRows([2, 1], true) },
        { request: { method: 'GET', path, query }, expect: two },
      );
      said.push(`${b.limit.param}=2 answers the last two created`);
    }
  }
  if (said.length === 0) return null;
  return check(e, 'happy', `With three ${plural(c, b)} records, ${said.join('; ')}.`, steps);
}

/** The refusal of query values the list cannot read. */
export function listQueryErrorCheck(e: EndpointSpec, b: ListBehavior, err: EndpointError): DraftCheck | null {
  if (err.status !== 400) return null;
  const query: Record<string, string> = {};
  const range = (b.filters ?? []).find((f) => f.kind === 'range');
  if (range?.kind === 'range') query[range.min_param ?? range.max_param ?? ''] = 'cheap';
  else if (b.sort) query[b.sort.param] = 'no_such_field';
  else if (b.page) query[b.page.limit_param] = '0';
  else if (b.limit) query[b.limit.param] = '0';
  else return null;
  const [name, value] = Object.entries(query)[0];
  return check(e, 'error', `${name}=${value} cannot be read: 400 VALIDATION_FAILED.`, [
    {
      request: { method: e.method, path: e.path, query },
      expect: { status: 400, body_contains: errorBody(err.code) },
    },
  ]);
}
