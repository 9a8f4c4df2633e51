import { listQueryProblems } from './list-query';
import type { QuotaBehavior } from './record-behaviors';
import { usageReadable, type Behavior, type SpecContract } from './spec-contract';
import { deviationOptionProblems } from './deviation-reading';
import { roundingOptionProblems } from './rounding-mode';
import { transitionProblems } from './state-machine';

function quoted(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}

/**
 * What a hold, quota usage or ranking behaviour needs from the rest of the contract (and `params`, its endpoint's
 * path parameters) (a hold's taker is an optional
 * text field, a usage reads an existing quota, a ranking ranks by a number field), one fix per entry.
 */
export function recordBehaviorProblems(c: SpecContract, b: Behavior, params: string[] = []): string[] {
  const resource = (name: string) => c.resources.find((r) => r.name === name);
  const field = (res: string, name: string) => resource(res)?.fields.find((f) => f.name === name);
  const problems: string[] = [];
  switch (b.kind) {
    case 'list':
      problems.push(...listQueryProblems(c, b));
      break;
    case 'function':
      // A rounding mode or a spread the computation would ignore is refused, not silently dropped.
      problems.push(...roundingOptionProblems(b), ...deviationOptionProblems(b));
      break;
    case 'reserve':
    case 'release':
      if (b.holder !== undefined && resource(b.resource)) {
        const holder = field(b.resource, b.holder);
        if (holder?.type !== 'string' || holder.required) {
          problems.push(`declare optional string field ${quoted(b.holder)} on ${b.resource}`);
        }
      }
      break;
    case 'transition':
      problems.push(...transitionProblems(c, b));
      break;
    case 'quota':
      problems.push(...quotaProblems(b));
      if (b.key_param !== undefined && !params.includes(b.key_param)) {
        problems.push(`put parameter {${b.key_param}} in the path`);
      }
      break;
    case 'quota_usage':
      if (!usageReadable(c.endpoints, b.quota)) {
        problems.push(`point quota at an existing quota endpoint (not ${quoted(b.quota)})`);
      }
      break;
    case 'ranking': {
      const score = field(b.resource, b.score_field)?.type;
      if (resource(b.resource) && score !== 'number' && score !== 'integer') {
        problems.push(`declare number field ${quoted(b.score_field)} on ${b.resource}`);
      }
      if (resource(b.resource) && b.best_per !== undefined && !field(b.resource, b.best_per)) {
        problems.push(`declare field ${quoted(b.best_per)} on ${b.resource}`);
      }
      if (b.default_count > b.max_count) problems.push('make default_count at most max_count');
      if ((b.row !== undefined || b.owner_param !== undefined) && b.best_per === undefined) {
        problems.push('give the ranking a best_per owner field for its rows');
      }
      if (b.owner_param !== undefined && b.row === undefined) problems.push('give the owner lookup a row');
      if (b.owner_param !== undefined && !params.includes(b.owner_param)) {
        problems.push(`put parameter {${b.owner_param}} in the path`);
      }
      if (
        b.row &&
        new Set(Object.values(b.row).concat(b.best_per ?? [])).size !== Object.values(b.row).length + 1
      ) {
        problems.push('give the row fields distinct names, none of them the owner field');
      }
      break;
    }
    case 'low_stock': {
      const number = (name: string) => ['number', 'integer'].includes(field(b.resource, name)?.type ?? '');
      if (resource(b.resource) && !number(b.field)) {
        problems.push(`declare number field ${quoted(b.field)} on ${b.resource}`);
      }
      if (resource(b.resource) && b.threshold_field !== undefined && !number(b.threshold_field)) {
        problems.push(`declare number field ${quoted(b.threshold_field)} on ${b.resource}`);
      }
      if (b.threshold === undefined && b.threshold_field === undefined) {
        problems.push('give the low-stock endpoint a threshold or a threshold_field');
      }
      if (resource(b.resource) && b.order_by !== undefined && !field(b.resource, b.order_by)) {
        problems.push(`declare field ${quoted(b.order_by)} on ${b.resource} to sort the low-stock list by`);
      }
      if (resource(b.resource) && b.shortfall_field !== undefined && field(b.resource, b.shortfall_field)) {
        problems.push(`shortfall ${quoted(b.shortfall_field)} clashes with a field of ${b.resource}`);
      }
      break;
    }
    case 'vote':
    case 'tally':
      if (resource(b.resource) && field(b.resource, b.options_field)?.type !== 'string[]') {
        problems.push(`declare string[] field ${quoted(b.options_field)} (the options) on ${b.resource}`);
      }
      if (!params.includes(b.param)) problems.push(`put parameter {${b.param}} in the path`);
      if (b.kind === 'vote' && b.closed_field !== undefined && resource(b.resource)) {
        if (field(b.resource, b.closed_field)?.type !== 'boolean')
          problems.push(`declare boolean field ${quoted(b.closed_field)} on ${b.resource}`);
      }
      break;
    case 'owner_aggregate': {
      const value = resource(b.resource) ? field(b.resource, b.value_field) : undefined;
      if (resource(b.resource) && value?.type !== 'number' && value?.type !== 'integer') {
        problems.push(`declare number field ${quoted(b.value_field)} on ${b.resource}`);
      }
      if (resource(b.resource) && field(b.resource, b.owner_field) === undefined) {
        problems.push(`declare field ${quoted(b.owner_field)} (the owner) on ${b.resource}`);
      }
      if (!params.includes(b.param)) problems.push(`put parameter {${b.param}} in the path`);
      if (new Set([b.owner_field, b.output, 'count']).size !== 3) {
        problems.push(`name the figure apart from ${quoted(b.owner_field)} and "count"`);
      }
      break;
    }
    case 'overdue':
      if (resource(b.resource) && field(b.resource, b.due_field)?.type !== 'string') {
        problems.push(`declare text field ${quoted(b.due_field)} (YYYY-MM-DD) on ${b.resource}`);
      }
      if (resource(b.resource) && field(b.resource, b.done_field)?.type !== 'boolean') {
        problems.push(`declare boolean field ${quoted(b.done_field)} on ${b.resource}`);
      }
      break;
    default:
      break;
  }
  return problems;
}

/** The nominal length of a calendar month a `utc_month` quota writes as its window (30 days). */
export const MONTH_SECONDS = 2_592_000;

/** The largest bucket level in token-milliseconds a generated service keeps exact (`Number.MAX_SAFE_INTEGER`). */
const MOST_BUCKET_UNITS = Number.MAX_SAFE_INTEGER;

/** A token bucket needs its refill and a level it can count exactly in milliseconds. */
function quotaProblems(b: QuotaBehavior): string[] {
  if (b.key_header !== undefined && b.key_param !== undefined) {
    return ['read the quota key from key_header or key_param, not both'];
  }
  if (b.algorithm !== 'token_bucket') {
    if (b.aligned === 'utc' && 86400 % b.window_seconds !== 0) {
      return ['align a quota to the UTC clock only with a window_seconds that divides a day (86400)'];
    }
    if (b.aligned === 'utc_month' && b.window_seconds !== MONTH_SECONDS) {
      return [`give a quota of calendar months window_seconds ${MONTH_SECONDS}`];
    }
    return b.refill_tokens === undefined ? [] : ['drop refill_tokens, or set algorithm "token_bucket"'];
  }
  const problems: string[] = [];
  if (b.aligned !== undefined) problems.push('drop aligned: a token bucket refills continuously');
  if (b.refill_tokens === undefined) problems.push('give the token bucket its refill_tokens');
  if (b.limit * b.window_seconds * 1000 > MOST_BUCKET_UNITS) {
    problems.push('make limit × window_seconds of the token bucket at most 9007199254740');
  }
  return problems;
}
