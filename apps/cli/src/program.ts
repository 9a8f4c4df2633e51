import { Command, CommanderError } from 'commander';
import { EXIT, type ExitCode } from './cli-errors';
import { adminCommands } from './commands/admin-commands';
import { doctorCommand } from './commands/doctor-command';
import { intentCommands } from './commands/intent-commands';
import { runner, type ExitState } from './commands/run';
import { serviceCommands } from './commands/service-commands';

/** Version printed by `sovereign --version`. */
export const CLI_VERSION = '0.1.0';

/** The whole command tree; each action leaves its exit code in `state`. */
export function buildProgram(state: ExitState, env: NodeJS.ProcessEnv = process.env): Command {
  const program = new Command('sovereign')
    .description('Sovereign Factory from the terminal: submit intents, watch them build, run the services')
    .version(CLI_VERSION)
    // Set before the subcommands are added, so they inherit it: usage errors become exceptions (exit 2).
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .option('--url <url>', 'the factory (default: SOVEREIGN_URL or http://127.0.0.1:8210)')
    .option(
      '--executor-url <url>',
      'the executor (default: SOVEREIGN_EXECUTOR_URL, else asked of the factory)',
    )
    .option(
      '--token <credential>',
      'API key or JWT (default: SF_API_KEY, else DATA_DIR/credentials/admin.key)',
    )
    .option('--data-dir <dir>', 'the services’ DATA_DIR (default: DATA_DIR or .data)')
    .option('--json', 'print one JSON document (logs: one event per line)');
  const run = runner(state, env);
  intentCommands(program, run);
  serviceCommands(program, run);
  adminCommands(program, run);
  doctorCommand(program, run);
  return program;
}

/** Runs the CLI on `argv` (as process.argv) and returns the exit code (0 ok, 1 failed, 2 usage, 3 unreachable). */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<ExitCode> {
  const state: ExitState = { code: EXIT.ok };
  const program = buildProgram(state, env);
  try {
    await program.parseAsync(argv);
    return state.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; everything else commander refuses is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
}
