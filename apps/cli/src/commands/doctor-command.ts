import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import { CliError, EXIT, type ExitCode } from '../cli-errors';
import { checkBwrap, checkDataDir, checkNode, checkPort, checkRedis, type Check } from '../doctor-checks';
import type { Run } from './run';

/** Where the executor answers when nothing says otherwise (EXECUTOR_PORT 8211 on loopback). */
const DEFAULT_EXECUTOR_URL = 'http://127.0.0.1:8211';

/** Registers `doctor`. */
export function doctorCommand(program: Command, run: Run): void {
  program
    .command('doctor')
    .description('check Node, redis-server, bwrap, the ports and the data directory, and say how to fix each')
    .action(run((ctx) => doctor(ctx)));
}

async function doctor(ctx: CliContext): Promise<ExitCode> {
  const env = ctx.env;
  const bwrap = await checkBwrap(env);
  const checks: Check[] = [
    checkNode(),
    await checkRedis(env),
    bwrap,
    await checkPort('factory', ctx.factory.baseUrl, 'FACTORY_PORT', 'sovereign-factory'),
    await checkPort('executor', await executorUrl(ctx), 'EXECUTOR_PORT', 'build-executor'),
    ...(await checkDataDir(ctx.dataDir, bwrap.status === 'ok')),
  ];
  const failed = checks.some((c) => c.status === 'fail');
  const { out } = ctx;
  out.result({ ok: !failed, data_dir: ctx.dataDir, checks }, () => {
    const symbol = { ok: out.c.green('✔'), warn: out.c.yellow('!'), fail: out.c.red('✖') };
    for (const c of checks) {
      out.line(`${symbol[c.status]} ${c.name.padEnd(20)} ${c.detail}`);
      if (c.fix) out.line(`  ${out.c.dim('fix:')} ${c.fix}`);
    }
    const problems = checks.filter((c) => c.status !== 'ok').length;
    out.line(problems === 0 ? 'all good' : `${problems} problem(s)${failed ? '' : ', none fatal'}`);
  });
  return failed ? EXIT.failed : EXIT.ok;
}

/** `--executor-url`, else what the factory says (when it answers), else the default port. */
async function executorUrl(ctx: CliContext): Promise<string> {
  try {
    return (await ctx.executor()).baseUrl;
  } catch (err) {
    if (err instanceof CliError) return DEFAULT_EXECUTOR_URL;
    throw err;
  }
}
