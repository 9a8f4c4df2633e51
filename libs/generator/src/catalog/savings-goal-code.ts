import type { FunctionCode } from './catalog-entry';

/*
 * The code a savings goal emits: the whole months of saving a fixed amount each month (no interest) until what is
 * saved reaches the goal — the smallest n with saved + n × monthly ≥ goal, 0 when the goal is reached already.
 * Amounts are read in whole cents and divided as integers (rounded up once). A value that is not a number, a
 * negative goal or saved amount, a monthly amount of 0 or less, or an amount above 1,000,000,000 is refused.
 */

export const SAVINGS_GOAL_CODE: FunctionCode = {
  id: 'calc.savings_goal_months',
  exportName: 'savingsGoalMonths',
  source: `/** calc.savings_goal_months: the smallest whole n with saved + n × monthly ≥ goal, in cents. */
export const savingsGoalMonths: CatalogFunction = (input) => {
  const problems: string[] = [];
  const cents: Record<string, number> = {};
  for (const name of ['goal', 'saved', 'monthly']) {
    const value = input[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(name + ' must be a number');
    else if (value < 0) problems.push(name + ' must not be negative (' + String(value) + ')');
    else if (value > 1e9) problems.push(name + ' must be at most 1000000000');
    else cents[name] = Math.round(value * 100);
  }
  if (problems.length === 0 && cents.monthly <= 0) problems.push('monthly must be more than 0');
  if (problems.length > 0) return { ok: false, problems };
  const missing = cents.goal - cents.saved;
  const months = missing <= 0 ? 0 : Math.floor((missing + cents.monthly - 1) / cents.monthly);
  return { ok: true, value: { months } };
};`,
};
