import type { Command } from 'commander';
import { buildIdForIntent, isTerminalBuildStatus, type BuildStatus, type PipelineEvent } from '@sf/contracts';
import type { BuildStatusAnswer, DeploymentAnswer, RegistryEntryAnswer } from '../api-types';
import type { CliContext } from '../cli-context';
import { EXIT, type ExitCode } from '../cli-errors';
import { followStream } from '../event-stream';
import { plainText } from '../output';
import { enc } from './intent-commands';
import type { Run } from './run';

/** Without --follow, `logs` of a running build stops once the history has arrived and nothing new came for this long. */
const HISTORY_QUIET_MS = 500;

/** Registers logs, services, rollback and stop (executor routes). */
export function serviceCommands(program: Command, run: Run): void {
  program
    .command('logs')
    .description("a build's event log (an intent id works too); --follow keeps it open until the build ends")
    .argument('<build>', 'build id (bld_…) or intent id (int_…)')
    .option('-f, --follow', 'keep printing new events until the build finishes')
    .action(run((ctx, build: string, opts: { follow?: boolean }) => logs(ctx, build, Boolean(opts.follow))));

  program
    .command('services')
    .description('deployed services: deployment status, registry health, version, URL, isolation')
    .action(
      run(async (ctx) => {
        const executor = await ctx.executor();
        const [{ deployments }, { services }] = await Promise.all([
          executor.get<{ deployments: DeploymentAnswer[] }>('/deployments'),
          executor.get<{ services: RegistryEntryAnswer[] }>('/registry/services'),
        ]);
        ctx.out.result({ deployments, registry: services }, () => {
          const names = [
            ...new Set([...deployments.map((d) => d.name), ...services.map((s) => s.name)]),
          ].sort();
          ctx.out.table(
            ['SERVICE', 'DEPLOYMENT', 'REGISTRY', 'VERSION', 'URL', 'RELEASE', 'ISOLATION'],
            names.map((name) => {
              const d = deployments.find((x) => x.name === name);
              const r = services.find((x) => x.name === name);
              return [
                name,
                d?.status,
                r?.status,
                r?.version,
                d?.url ?? r?.url,
                d?.release_id,
                d?.isolation?.label,
              ];
            }),
          );
        });
        return EXIT.ok;
      }),
    );

  program
    .command('rollback')
    .description('put the previous release of a service back (admin)')
    .argument('<service>', 'service name (or the deployed build id)')
    .option('--note <text>', 'why')
    .action(
      run(async (ctx, service: string, opts: { note?: string }) => {
        const executor = await ctx.executor();
        const buildId = service.startsWith('bld_')
          ? service
          : (await executor.get<DeploymentAnswer>(`/deployments/${enc(service)}`)).release_id;
        const body = opts.note === undefined ? {} : { note: opts.note };
        const b = await executor.post<BuildStatusAnswer>(`/builds/${enc(buildId)}/rollback`, body);
        ctx.out.result(b, () =>
          ctx.out.line(`rolled back ${service}: build ${b.build_id} is now ${b.status}`),
        );
        return EXIT.ok;
      }),
    );

  program
    .command('stop')
    .description('stop a deployed service (admin); it stays listed as stopped')
    .argument('<service>', 'service name')
    .action(
      run(async (ctx, service: string) => {
        const executor = await ctx.executor();
        const d = await executor.post<DeploymentAnswer>(`/deployments/${enc(service)}/stop`);
        ctx.out.result(d, () => ctx.out.line(`${d.name}: ${d.status}`));
        return EXIT.ok;
      }),
    );
}

async function logs(ctx: CliContext, id: string, follow: boolean): Promise<ExitCode> {
  const executor = await ctx.executor();
  const buildId = id.startsWith('int_') ? buildIdForIntent(id) : id;
  const build = await executor.get<BuildStatusAnswer>(`/builds/${enc(buildId)}/status`);
  const finished = isTerminalBuildStatus(build.status as BuildStatus);
  let quiet: NodeJS.Timeout | null = null;
  const stream = followStream(executor, `/builds/${enc(buildId)}/stream`, (e) => {
    printEvent(ctx, e);
    if (!follow && !finished) {
      if (quiet) clearTimeout(quiet);
      quiet = setTimeout(() => stream.stop(), HISTORY_QUIET_MS);
    }
  });
  // A running build without --follow: its history arrives at once; stop when it has (or if it is empty).
  if (!follow && !finished) quiet = setTimeout(() => stream.stop(), HISTORY_QUIET_MS);
  const interrupt = () => stream.stop();
  process.once('SIGINT', interrupt);
  try {
    await stream.done;
  } finally {
    process.off('SIGINT', interrupt);
    if (quiet) clearTimeout(quiet);
  }
  return EXIT.ok;
}

function printEvent(ctx: CliContext, e: PipelineEvent): void {
  if (ctx.out.json) return ctx.out.jsonLine(e);
  const { c } = ctx.out;
  const time = e.ts.slice(11, 23);
  const type = e.type.padEnd(15);
  const colored = e.type === 'error' || e.type === 'failed' ? c.red(type) : c.cyan(type);
  ctx.out.line(`${c.dim(time)} ${e.phase.padEnd(16)} ${colored} ${plainText(e.message)}`);
}
