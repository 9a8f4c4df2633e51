import type { EndpointSpec, RankingBehavior } from '@sf/service-spec';
import { literal, prop, str } from './code-text';
import type { EndpointTestWriter } from './endpoint-test-writer';
import type { TestCase } from './test-writer';

/*
 * Endpoint tests of rankings, on a fresh instance each: the exact order, best-per-owner and the count, so a
 * ranking in the wrong direction, one that keeps an owner's first record instead of the best, or one that ignores
 * the count fails.
 */

type Row = [string | null, number];

/** The expected ranking of `made`, computed here (the generator), never by the code under test. */
function expectedRanking(b: RankingBehavior, made: Row[]): Row[] {
  const sign = b.order === 'desc' ? -1 : 1;
  let pool = made.map((row, index) => ({ row, index }));
  if (b.best_per !== undefined) {
    const best = new Map<string | null, { row: Row; index: number }>();
    for (const x of pool) {
      const held = best.get(x.row[0]);
      if (!held || sign * (x.row[1] - held.row[1]) < 0) best.set(x.row[0], x);
    }
    pool = [...best.values()];
  }
  return pool.sort((x, y) => sign * (x.row[1] - y.row[1]) || x.index - y.index).map((x) => x.row);
}

/** The rows of `ranking` as the contract writes them: owner, best, and the count and rank when named. */
function expectedRows(b: RankingBehavior, made: Row[], ranking: Row[]): Record<string, unknown>[] {
  const row = b.row;
  const per = b.best_per;
  if (row === undefined || per === undefined) return [];
  return ranking.map(([owner, best], at) => ({
    [per]: owner,
    [row.best]: best,
    ...(row.count === undefined ? {} : { [row.count]: made.filter(([o]) => o === owner).length }),
    ...(row.rank === undefined ? {} : { [row.rank]: at + 1 }),
  }));
}

/** Records made for a ranking's tests: two owners tie on their best, the one whose best came first ranks first. */
const MADE: [string, number][] = [
  ['owner-a', 50],
  ['owner-b', 80],
  ['owner-c', 90],
  ['owner-a', 90],
  ['owner-b', 70],
  ['owner-d', 10],
];

/** Tests of an owner lookup: every owner's row, and 404 for an owner with no record. */
function lookupCases(w: EndpointTestWriter, e: EndpointSpec, b: RankingBehavior): TestCase[] {
  const creator = w.creator(b.resource);
  const r = w.resource(b.resource);
  const owner = r?.fields.find((f) => f.name === b.best_per);
  if (!creator || !owner || owner.type !== 'string' || owner.unique === true || b.owner_param === undefined)
    return [];
  const param = b.owner_param;
  const made: Row[] = MADE.map(([o, s]) => [o, s]);
  const rows = expectedRows(b, made, expectedRanking(b, made));
  const a = w.assert();
  return [
    {
      name: `answers each ${b.best_per}'s own row, and 404 for a ${b.best_per} with none`,
      lines: [
        ...made.map(
          ([o, s]) => `await ${creator.fn}(server, ${literal({ [b.score_field]: s, [owner.name]: o })});`,
        ),
        ...rows.flatMap((row, i) => [
          `const got${i} = ${w.call(e, { path: w.path(e, { [param]: str(String(row[owner.name])) }) })};`,
          w.expectStatus(`got${i}`, 200, `${e.method} ${e.path} for ${String(row[owner.name])}`),
          `${a}.deepEqual(${w.support('bodyOf')}(got${i}), ${literal(row)});`,
        ]),
        `const none = ${w.call(e, { path: w.path(e, { [param]: str('owner-none') }) })};`,
        w.expectError('none', 404, 'NOT_FOUND', `${e.method} ${e.path} for an owner with no record`),
      ],
    },
  ];
}

/** The entries of a ranking's answer `res`: in its `wrap` field, or the bare array it answers. */
function entriesOf(w: EndpointTestWriter, b: RankingBehavior, res: string): string {
  return b.wrap === undefined ? `${res}.body` : `${w.support('bodyOf')}(${res})${prop(b.wrap)}`;
}

export function rankingCases(w: EndpointTestWriter, e: EndpointSpec, b: RankingBehavior): TestCase[] {
  if (b.owner_param !== undefined) return lookupCases(w, e, b);
  const a = w.assert();
  const where = `${e.method} ${e.path}`;
  const call = (n: string) => w.call(e, { query: literal({ [b.count_param]: n }) });
  const cases: TestCase[] = [
    {
      name: `answers 400 VALIDATION_FAILED for ${b.count_param} 0, ${b.max_count + 1} or not a number`,
      lines: ['0', String(b.max_count + 1), 'many'].flatMap((n, i) => [
        `const bad${i} = ${call(n)};`,
        w.expectError(`bad${i}`, 400, 'VALIDATION_FAILED', `${where} with ${b.count_param}=${n}`),
      ]),
    },
  ];
  const creator = w.creator(b.resource);
  const r = w.resource(b.resource);
  if (!creator || !r) return cases;
  const owner = b.best_per === undefined ? undefined : r.fields.find((f) => f.name === b.best_per);
  const byOwner = owner !== undefined && owner.type === 'string' && owner.unique !== true;
  if (b.best_per !== undefined && !byOwner) return cases;
  const made: Row[] = MADE.map(([o, s]) => [byOwner ? o : null, s]);
  const ranking = expectedRanking(b, made);
  const rows = (res: string) =>
    `(${entriesOf(w, b, res)} as Record<string, unknown>[]).map((x) => [${byOwner && b.best_per ? `x${prop(b.best_per)}` : 'null'}, x${prop(b.row?.best ?? b.score_field)}])`;
  cases.push({
    name: `ranks by ${b.score_field}, ${b.order === 'desc' ? 'highest' : 'lowest'} first${byOwner ? `, one best per ${b.best_per}` : ''}, and answers ${b.count_param} of them`,
    lines: [
      ...made.map(([o, s]) => {
        const row: Record<string, unknown> = { [b.score_field]: s };
        if (o !== null && b.best_per) row[b.best_per] = o;
        return `await ${creator.fn}(server, ${literal(row)});`;
      }),
      `const three = ${call('3')};`,
      w.expectStatus('three', 200, `${where} with ${b.count_param}=3`),
      `${a}.deepEqual(${rows('three')}, ${literal(ranking.slice(0, 3))});`,
      `const one = ${call('1')};`,
      `${a}.deepEqual(${rows('one')}, ${literal(ranking.slice(0, 1))});`,
      `const plenty = ${w.call(e, { query: literal({ [b.count_param]: String(b.max_count) }) })};`,
      `${a}.deepEqual(${rows('plenty')}, ${literal(ranking.slice(0, b.max_count))});`,
      `const byDefault = ${w.call(e)};`,
      `${a}.equal((${entriesOf(w, b, 'byDefault')} as unknown[]).length, ${Math.min(b.default_count, ranking.length)}, ${str('the default count')});`,
      // Rows the contract writes hold exactly the owner, the best, and the count and rank it names.
      ...(b.row && byOwner
        ? [
            `${a}.deepEqual(${entriesOf(w, b, 'plenty')}, ${literal(expectedRows(b, made, ranking).slice(0, b.max_count))});`,
          ]
        : []),
    ],
  });
  return cases;
}
