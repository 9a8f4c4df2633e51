import type { Command } from 'commander';
import type { ApiKeyAnswer } from '../api-types';
import type { CliContext } from '../cli-context';
import { EXIT, UsageError, type ExitCode } from '../cli-errors';
import { enc } from './intent-commands';
import type { Run } from './run';

interface Totals {
  cost_usd: number;
  calls: number;
  tokens: number;
}
interface Budget {
  spent_usd: number;
  reserved_usd: number;
  daily_limit_usd: number;
  per_intent_limit_usd: number;
  remaining_usd: number;
  used_ratio: number;
}

/** Registers costs, budget and keys (factory admin routes). */
export function adminCommands(program: Command, run: Run): void {
  program
    .command('costs')
    .description('LLM spend: today against the budget, the daily trend, by role, top intents, projection')
    .option('--days <n>', 'days of trend and top intents (1-90)', '7')
    .action(run((ctx, opts: { days: string }) => costs(ctx, opts.days)));

  const budget = program.command('budget').description('the daily and per-intent LLM budget');
  budget
    .command('show', { isDefault: true })
    .description('limits and spend today')
    .action(
      run(async (ctx) => {
        const b = await ctx.factory.get<Budget>('/api/admin/budget');
        ctx.out.result(b, () => printBudget(ctx, b));
        return EXIT.ok;
      }),
    );
  budget
    .command('set')
    .description('change the limits for every process at once (admin)')
    .option('--daily <usd>', 'LLM spend per UTC day')
    .option('--per-intent <usd>', 'LLM spend per intent')
    .action(
      run(async (ctx, opts: { daily?: string; perIntent?: string }) => {
        if (opts.daily === undefined && opts.perIntent === undefined) {
          throw new UsageError('NOTHING_TO_SET', 'give --daily <usd> and/or --per-intent <usd>');
        }
        const body: Record<string, number> = {};
        if (opts.daily !== undefined) body.daily_usd = usd(opts.daily, '--daily');
        if (opts.perIntent !== undefined) body.per_intent_usd = usd(opts.perIntent, '--per-intent');
        const b = await ctx.factory.put<Budget>('/api/admin/budget', body);
        ctx.out.result(b, () => printBudget(ctx, b));
        return EXIT.ok;
      }),
    );

  const keys = program.command('keys').description('API keys (admin)');
  keys
    .command('create')
    .description('create a key; it is shown once')
    .argument('<name>', 'who or what uses it')
    .requiredOption('--role <role>', 'viewer, submitter, approver or admin')
    .action(
      run(async (ctx, name: string, opts: { role: string }) => {
        const k = await ctx.factory.post<ApiKeyAnswer>('/api/admin/keys', { name, role: opts.role });
        ctx.out.result(k, () => {
          ctx.out.line(`created ${k.role} key ${k.id} for ${k.name}; it is shown once:`);
          ctx.out.line(k.key ?? '');
        });
        return EXIT.ok;
      }),
    );
  keys
    .command('ls')
    .description('list keys (never the secrets)')
    .action(
      run(async (ctx) => {
        const { keys: list } = await ctx.factory.get<{ keys: ApiKeyAnswer[] }>('/api/admin/keys');
        ctx.out.result({ keys: list }, () =>
          ctx.out.table(
            ['ID', 'NAME', 'ROLE', 'CREATED BY', 'CREATED'],
            list.map((k) => [k.id, k.name, k.role, k.created_by, k.created_at]),
          ),
        );
        return EXIT.ok;
      }),
    );
  keys
    .command('revoke')
    .description('revoke a key at once, on both services')
    .argument('<id>', 'key id (from keys ls)')
    .action(
      run(async (ctx, id: string) => {
        await ctx.factory.delete(`/api/admin/keys/${enc(id)}`);
        ctx.out.result({ revoked: id }, () => ctx.out.line(`revoked ${id}`));
        return EXIT.ok;
      }),
    );
}

async function costs(ctx: CliContext, daysText: string): Promise<ExitCode> {
  const days = Number(daysText);
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    throw new UsageError('BAD_OPTION', `--days must be a whole number from 1 to 90, not ${daysText}`);
  }
  const f = ctx.factory;
  const [today, trend, byRole, top, projection] = await Promise.all([
    f.get<Totals & { budget: Budget }>('/api/admin/costs/today'),
    f.get<{ trend: (Totals & { day: string })[] }>(`/api/admin/costs/trend?days=${days}`),
    f.get<{ roles: (Totals & { role: string })[] }>('/api/admin/costs/by-role'),
    f.get<{ intents: (Totals & { intent_id: string })[] }>(
      `/api/admin/costs/top-intents?days=${days}&limit=5`,
    ),
    f.get<{ projected_day_usd: number; projected_30d_usd: number; over_budget: boolean }>(
      '/api/admin/costs/projection',
    ),
  ]);
  ctx.out.result(
    { today, trend: trend.trend, by_role: byRole.roles, top_intents: top.intents, projection },
    () => {
      const { out } = ctx;
      out.line(
        `today: $${today.cost_usd.toFixed(4)} of $${today.budget.daily_limit_usd} ` +
          `(${Math.round(today.budget.used_ratio * 100)} %), ${today.calls} calls, ${today.tokens} tokens`,
      );
      out.line(
        `projection: $${projection.projected_day_usd.toFixed(4)} today, $${projection.projected_30d_usd.toFixed(2)} ` +
          `over 30 days${projection.over_budget ? out.c.red(' — over budget') : ''}`,
      );
      out.line();
      out.table(
        ['DAY', 'USD', 'CALLS', 'TOKENS'],
        trend.trend.map((d) => [d.day, d.cost_usd.toFixed(4), d.calls, d.tokens]),
      );
      out.line();
      out.table(
        ['ROLE (today)', 'USD', 'CALLS', 'TOKENS'],
        byRole.roles.map((r) => [r.role, r.cost_usd.toFixed(4), r.calls, r.tokens]),
      );
      out.line();
      out.table(
        [`TOP INTENTS (${days} d)`, 'USD', 'CALLS', 'TOKENS'],
        top.intents.map((i) => [i.intent_id, i.cost_usd.toFixed(4), i.calls, i.tokens]),
      );
    },
  );
  return EXIT.ok;
}

function printBudget(ctx: CliContext, b: Budget): void {
  ctx.out.fields([
    ['daily limit', `$${b.daily_limit_usd}`],
    ['per intent', `$${b.per_intent_limit_usd}`],
    ['spent today', `$${b.spent_usd.toFixed(4)} (${Math.round(b.used_ratio * 100)} %)`],
    ['reserved', `$${b.reserved_usd.toFixed(4)}`],
    ['remaining', `$${b.remaining_usd.toFixed(4)}`],
  ]);
}

function usd(text: string, flag: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError('BAD_OPTION', `${flag} must be an amount in USD (>= 0), not ${text}`);
  }
  return n;
}
