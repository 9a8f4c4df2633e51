import { clockWindowLines } from './quota-clock';
import {
  GUARD_QUOTA,
  type SearchBehavior,
  type OverdueBehavior,
  type OwnerAggregateBehavior,
  type ParentRef,
  type QuotaBehavior,
  type QuotaUsageBehavior,
  type RankingBehavior,
  type ReservationBehavior,
} from '@sf/service-spec';
import { key, prop, str } from './code-text';
import { guardUsageLines } from './guard-handler';
import {
  quotaAliases,
  quotaKeyLines,
  rateLimitedLines,
  rateLimitHeaders,
  tokenBucketLines,
  tokenBucketUsageLines,
} from './token-bucket';
import { resourceOf, type FieldModel, type ResourceModel, type ServiceModel } from './service-model';

/*
 * Handler bodies of record behaviours beyond plain CRUD (holds, quotas, rankings, overdue filters), written apart from the handler writer so each
 * stays one concern.
 */

/** Names a record handler needs from the handler writer (each call records its import). */
export interface RecordHandlerNames {
  validation(name: string): string;
  kit(name: string): string;
  fieldCheck(f: FieldModel): string;
  /** Lines that look the record up by path parameter `param` into `record` (404 when unknown). */
  lookup(r: ResourceModel, param: string): string[];
  /** The expression reading path parameter `name`. */
  param(name: string): string;
  /** An expression building the error body in the contract's shape from `code` and `message` (expressions). */
  errorBody(code: string, message: string): string;
}

/**
 * `reserve` / `release`: the record looked up (404), the taker read and checked when there is one (400),
 * 409 CONFLICT when the flag already has the asked value, then the flag (and the taker) stored.
 */
export function holdLines(r: ResourceModel, b: ReservationBehavior, names: RecordHandlerNames): string[] {
  const field = `record${prop(b.field)}`;
  const reserving = b.kind === 'reserve';
  const state = b.field.replace(/_/g, ' ');
  const why = reserving ? `this ${r.spec.name} is already ${state}` : `this ${r.spec.name} is not ${state}`;
  const holder = b.holder === undefined ? [] : holderLines(r, b.holder, reserving, names);
  return [
    ...names.lookup(r, b.param),
    ...holder.slice(0, -1),
    `if (${field} ${reserving ? '===' : '!=='} true) throw ${names.kit('conflict')}(${str(why)});`,
    `${field} = ${String(reserving)};`,
    ...holder.slice(-1),
    'return { status: 200, body: record };',
  ];
}

/** Reads and checks who takes the record (reserve), or clears it (release); the last line stores it. */
function holderLines(
  r: ResourceModel,
  name: string,
  reserving: boolean,
  names: RecordHandlerNames,
): string[] {
  const target = `record${prop(name)}`;
  if (!reserving) return [`${target} = null;`];
  const f = r.fields.find((x) => x.spec.name === name);
  const check = f ? names.fieldCheck(f) : names.validation('isString');
  return [
    `const input = ${names.validation('bodyObject')}(ctx.body ?? {});`,
    'const problems: string[] = [];',
    `const holder = ${names.validation('requiredField')}(input, ${str(name)}, ${check}, problems);`,
    `if (holder === undefined || problems.length > 0) throw ${names.kit('validationFailed')}(problems);`,
    `${target} = holder;`,
  ];
}

/** Response fields of a quota answer; a key field may not take one of these names. */
export const QUOTA_ANSWER_FIELDS = ['allowed', 'count', 'limit', 'remaining', 'reset_seconds'] as const;

/**
 * `quota`: the key read from the body (400 when missing or empty), its window opened at its first request (or
 * reopened after it ended), 429 RATE_LIMITED with the seconds to wait once `limit` requests were counted, else
 * the request counted and 200 with what remains.
 */
export function quotaLines(b: QuotaBehavior, store: string, names: RecordHandlerNames): string[] {
  if (b.algorithm === 'token_bucket') return tokenBucketLines(b, store, names);
  const windows = `ctx.state${prop(store)}`;
  const within = b.aligned === 'utc_month' ? 'this calendar month (UTC)' : `${b.window_seconds} seconds`;
  const message = `more than ${b.limit} requests for this ${b.key_field.replace(/_/g, ' ')} in ${within}`;
  return [
    ...quotaKeyLines(b, names),
    'const now = ctx.state.now();',
    `let current = ${windows}.get(key);`,
    ...(b.aligned !== undefined
      ? [
          ...clockWindowLines(b),
          'if (current === undefined || current.start !== opened) {',
          '  current = { start: opened, count: 0 };',
        ]
      : [
          `const windowMs = ${b.window_seconds * 1000};`,
          'if (current === undefined || now - current.start >= windowMs) {',
          '  current = { start: now, count: 0 };',
        ]),
    `  ${windows}.set(key, current);`,
    '}',
    `const resetSeconds = Math.max(1, Math.ceil((${b.aligned !== undefined ? 'ends' : 'current.start + windowMs'} - now) / 1000));`,
    `if (current.count >= ${b.limit}) {`,
    ...rateLimitedLines(b, message, 'resetSeconds', names),
    '}',
    'current.count += 1;',
    'return {',
    '  status: 200,',
    `  body: { ${key(b.key_field)}: key, allowed: true, count: current.count, limit: ${b.limit}, remaining: ${b.limit} - current.count, reset_seconds: resetSeconds${quotaAliases(b, `${b.limit} - current.count`, 'current.count', 'resetSeconds')} },`,
    `  headers: { ${rateLimitHeaders(b.limit, `${b.limit} - current.count`, 'resetSeconds')} },`,
    '};',
  ];
}

/** `quota_usage`: the count of the key's current window (0 when it has none or it ended); never counts. */
export function quotaUsageLines(
  b: QuotaUsageBehavior,
  model: ServiceModel,
  names: RecordHandlerNames,
  endpoint = '',
): string[] {
  if (b.quota === GUARD_QUOTA)
    return guardUsageLines(model.contract, endpoint, model.quotaStores, (name) => names.kit(name));
  const quota = model.contract.endpoints.find((x) => x.id === b.quota)?.behavior;
  if (quota?.kind !== 'quota') throw new Error(`quota ${b.quota} is not a quota endpoint`);
  const store = model.quotaStores.get(b.quota) ?? '';
  if (quota.algorithm === 'token_bucket') return tokenBucketUsageLines(quota, store, b.param, names);
  return [
    `const key = ${names.param(b.param)};`,
    'const now = ctx.state.now();',
    `const current = ctx.state${prop(store)}.get(key);`,
    ...(quota.aligned !== undefined
      ? [
          ...clockWindowLines(quota),
          'const active = current !== undefined && current.start === opened ? current : undefined;',
          'const count = active === undefined ? 0 : active.count;',
          'const resetSeconds = active === undefined ? 0 : Math.max(1, Math.ceil((ends - now) / 1000));',
        ]
      : [
          `const windowMs = ${quota.window_seconds * 1000};`,
          'const active = current !== undefined && now - current.start < windowMs ? current : undefined;',
          'const count = active === undefined ? 0 : active.count;',
          'const resetSeconds = active === undefined ? 0 : Math.max(1, Math.ceil((active.start + windowMs - now) / 1000));',
        ]),
    'return {',
    '  status: 200,',
    `  body: { ${key(quota.key_field)}: key, count, limit: ${quota.limit}, remaining: ${quota.limit} - count, reset_seconds: resetSeconds${quotaAliases(quota, `${quota.limit} - count`, 'count', 'resetSeconds')} },`,
    '};',
  ];
}

/**
 * `ranking`: the count read from the query (400 outside 1..max), each `best_per` value's best record when asked,
 * sorted by the score in the asked direction (a stable sort keeps the older of equal scores first: owners' bests
 * stay in the order their records were made), cut to the count; entries as rows when the contract writes them.
 * With `owner_param`, the one owner's row instead (404 when the owner has none).
 */
export function rankingLines(r: ResourceModel, b: RankingBehavior, names: RecordHandlerNames): string[] {
  const score = (x: string) => `(${x}${prop(b.score_field)} as number)`;
  const better = b.order === 'desc' ? '>' : '<';
  const message = `${b.count_param} must be a whole number from 1 to ${b.max_count}`;
  const best =
    b.best_per === undefined
      ? ['const ranked = scored;']
      : [
          'const best = new Map<unknown, (typeof scored)[number]>();',
          ...(b.row?.count === undefined ? [] : ['const made = new Map<unknown, number>();']),
          'for (const candidate of scored) {',
          `  const owner = candidate${prop(b.best_per)};`,
          ...(b.row?.count === undefined ? [] : ['  made.set(owner, (made.get(owner) ?? 0) + 1);']),
          '  const held = best.get(owner);',
          `  if (held === undefined || ${score('candidate')} ${better} ${score('held')}) best.set(owner, candidate);`,
          '}',
          `const ranked = scored.filter((candidate) => best.get(candidate${prop(b.best_per)}) === candidate);`,
        ];
  const row = b.row;
  const rows =
    row === undefined || b.best_per === undefined
      ? ['const entries = ranked;']
      : [
          `const entries = ranked.map((candidate${row.rank === undefined ? '' : ', at'}) => ({`,
          `  ${key(b.best_per)}: candidate${prop(b.best_per)},`,
          `  ${key(row.best)}: candidate${prop(b.score_field)},`,
          ...(row.count === undefined
            ? []
            : [`  ${key(row.count)}: made.get(candidate${prop(b.best_per)}) ?? 0,`]),
          ...(row.rank === undefined ? [] : [`  ${key(row.rank)}: at + 1,`]),
          '}));',
        ];
  const ranking = [
    `const scored = ctx.state${prop(r.storeName)}.all().filter((candidate) => typeof candidate${prop(b.score_field)} === 'number');`,
    ...best,
    `ranked.sort((x, y) => ${b.order === 'desc' ? `${score('y')} - ${score('x')}` : `${score('x')} - ${score('y')}`});`,
    ...rows,
  ];
  if (b.owner_param !== undefined && b.best_per !== undefined) {
    const who = `${b.best_per.replace(/_/g, ' ')} has no ${r.spec.name.replace(/-/g, ' ')} with a ${b.score_field.replace(/_/g, ' ')}`;
    return [
      ...ranking,
      `const wanted = ${names.param(b.owner_param)};`,
      `const found = entries.find((entry) => String(entry${prop(b.best_per)}) === wanted);`,
      `if (found === undefined) throw ${names.kit('notFound')}(${str(`this ${who}`)});`,
      'return { status: 200, body: found };',
    ];
  }
  return [
    `const raw = ctx.query.get(${str(b.count_param)});`,
    `const count = raw === null || raw.trim() === '' ? ${b.default_count} : Number(raw);`,
    `if (!Number.isInteger(count) || count < 1 || count > ${b.max_count}) throw ${names.kit('validationFailed')}([${str(message)}]);`,
    ...ranking,
    `return { status: 200, body: ${b.wrap === undefined ? 'entries.slice(0, count)' : `{ ${key(b.wrap)}: entries.slice(0, count) }`} };`,
  ];
}

/**
 * `owner_aggregate`: the owner's records with a number in the value field, their average, sum, lowest or highest
 * rounded to the contract's decimals, and how many there are; 404 for an owner with none.
 */
export function ownerAggregateLines(
  r: ResourceModel,
  b: OwnerAggregateBehavior,
  names: RecordHandlerNames,
): string[] {
  const figure: Record<OwnerAggregateBehavior['operation'], string> = {
    average: 'values.reduce((sum, v) => sum + v, 0) / values.length',
    sum: 'values.reduce((sum, v) => sum + v, 0)',
    min: 'Math.min(...values)',
    max: 'Math.max(...values)',
  };
  const scale = 10 ** b.decimals;
  const who = `this ${b.owner_field.replace(/_/g, ' ')} has no ${r.spec.name.replace(/-/g, ' ')} with a ${b.value_field.replace(/_/g, ' ')}`;
  return [
    `const wanted = ${names.param(b.param)};`,
    `const values = ctx.state${prop(r.storeName)}`,
    '  .all()',
    `  .filter((candidate) => String(candidate${prop(b.owner_field)}) === wanted && typeof candidate${prop(b.value_field)} === 'number')`,
    `  .map((candidate) => candidate${prop(b.value_field)} as number);`,
    `if (values.length === 0) throw ${names.kit('notFound')}(${str(who)});`,
    `const figure = ${figure[b.operation]};`,
    `return { status: 200, body: { ${key(b.owner_field)}: wanted, ${key(b.output)}: Math.round(figure * ${scale}) / ${scale}, count: values.length } };`,
  ];
}

/** The handler body of a hold, quota or ranking endpoint (`endpoint` is its id). */
export function recordBehaviorLines(
  endpoint: string,
  b:
    | ReservationBehavior
    | QuotaBehavior
    | QuotaUsageBehavior
    | RankingBehavior
    | OverdueBehavior
    | OwnerAggregateBehavior,
  model: ServiceModel,
  names: RecordHandlerNames,
): string[] {
  switch (b.kind) {
    case 'reserve':
    case 'release':
      return holdLines(resourceOf(model, b.resource), b, names);
    case 'quota':
      return quotaLines(b, model.quotaStores.get(endpoint) ?? '', names);
    case 'quota_usage':
      return quotaUsageLines(b, model, names, endpoint);
    case 'ranking':
      return rankingLines(resourceOf(model, b.resource), b, names);
    case 'overdue':
      return overdueLines(resourceOf(model, b.resource), b, names);
    case 'owner_aggregate':
      return ownerAggregateLines(resourceOf(model, b.resource), b, names);
  }
}

/** `overdue`: the date read from the query (today's UTC date when absent; 400 when not YYYY-MM-DD), then the filter. */
export function overdueLines(r: ResourceModel, b: OverdueBehavior, names: RecordHandlerNames): string[] {
  const due = `candidate${prop(b.due_field)}`;
  const message = `${b.date_param} must be a date written YYYY-MM-DD`;
  return [
    `const raw = ctx.query.get(${str(b.date_param)});`,
    "const asOf = raw === null || raw === '' ? new Date().toISOString().slice(0, 10) : raw;",
    'if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {',
    `  throw ${names.kit('validationFailed')}([${str(message)}]);`,
    '}',
    `const late = ctx.state${prop(r.storeName)}.all().filter(`,
    '  (candidate) =>',
    `    typeof ${due} === 'string' &&`,
    `    /^\\d{4}-\\d{2}-\\d{2}/.test(${due}) &&`,
    `    ${due}.slice(0, 10) < asOf &&`,
    `    candidate${prop(b.done_field)} !== true,`,
    ');',
    `return { status: 200, body: { ${key(b.wrap)}: late } };`,
  ];
}

/** The children's `field` may not add up to more than the parent's `parent_field` (refunds ≤ the payment). */
export function parentLimitLines(
  r: ResourceModel,
  parent: ParentRef,
  locals: Map<string, string>,
  kit: (name: string) => string,
): string[] {
  const limit = parent.limit;
  if (!limit) return [];
  const value = locals.get(limit.field) ?? '0';
  return [
    `const taken = ctx.state${prop(r.storeName)}.all().filter((other) => other${prop(parent.field)} === parentId).reduce((sum, other) => sum + Number(other${prop(limit.field)} ?? 0), 0);`,
    `if (taken + Number(${value}) > Number(parent${prop(limit.parent_field)})) {`,
    `  throw new ${kit('HttpError')}(409, 'LIMIT_EXCEEDED', ${str(`the ${limit.field} of this ${parent.resource}'s ${r.spec.name} records would exceed its ${limit.parent_field}`)} + ' (' + String(taken) + ' already of ' + String(parent${prop(limit.parent_field)}) + ')');`,
    '}',
  ];
}

/** What a parent keeps of its children: values unique under it, a limit on their sum, a number of places. */
export function parentRuleLines(
  r: ResourceModel,
  parent: ParentRef,
  locals: Map<string, string>,
  kit: (name: string) => string,
): string[] {
  return [
    ...parentUniqueLines(r, parent, locals, kit),
    ...parentLimitLines(r, parent, locals, kit),
    ...parentCapacityLines(r, parent, kit),
  ];
}

/** Values unique under one parent (the same email once per workshop): a repeat there is 409 CONFLICT. */
function parentUniqueLines(
  r: ResourceModel,
  parent: ParentRef,
  locals: Map<string, string>,
  kit: (name: string) => string,
): string[] {
  const unique = parent.unique;
  if (!unique) return [];
  const same = unique.map((name) => `other${prop(name)} === ${locals.get(name) ?? 'undefined'}`).join(' && ');
  return [
    `if (ctx.state${prop(r.storeName)}.all().some((other) => other${prop(parent.field)} === parentId && ${same})) {`,
    `  throw ${kit('conflict')}(${str(`this ${parent.resource} already has a ${r.spec.name} with this ${unique.join(' and ')}`)});`,
    '}',
  ];
}

/** A parent holds at most its `parent_field` children (a workshop's places): one more is 409 FULL. */
export function parentCapacityLines(
  r: ResourceModel,
  parent: ParentRef,
  kit: (name: string) => string,
): string[] {
  const capacity = parent.capacity;
  if (!capacity) return [];
  return [
    `const signedUp = ctx.state${prop(r.storeName)}.all().filter((other) => other${prop(parent.field)} === parentId).length;`,
    `if (signedUp >= Number(parent${prop(capacity.parent_field)})) {`,
    `  throw new ${kit('HttpError')}(409, 'FULL', ${str(`this ${parent.resource} is full: its ${capacity.parent_field} are all taken`)} + ' (' + String(signedUp) + ' of ' + String(parent${prop(capacity.parent_field)}) + ')');`,
    '}',
  ];
}

/** `search`: 400 without the query parameter, else the records holding it in any named field, ignoring case. */
export function searchLines(r: ResourceModel, b: SearchBehavior, names: RecordHandlerNames): string[] {
  const tests = b.fields.map((name) => {
    const value = `candidate${prop(name)}`;
    return `(typeof ${value} === 'string' && ${value}.toLowerCase().includes(needle))`;
  });
  const message = `query parameter ${b.query_param} is required`;
  return [
    `const query = ctx.query.get(${str(b.query_param)});`,
    `if (query === null || query === '') throw ${names.kit('validationFailed')}([${str(message)}]);`,
    'const needle = query.toLowerCase();',
    `const hits = ctx.state${prop(r.storeName)}.all().filter(`,
    `  (candidate) => ${tests.join(' || ')},`,
    ');',
    'return { status: 200, body: hits };',
  ];
}
