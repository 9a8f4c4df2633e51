import type { Command } from 'commander';
import { createContext, type CliContext, type GlobalOptions } from '../cli-context';
import { CliError, EXIT, type ExitCode } from '../cli-errors';
import { Output, outputMode } from '../output';

/** Wraps a command's action: builds the context from the global options, runs it, maps errors to exits. */
export type Run = (
  action: (ctx: CliContext, ...args: never[]) => Promise<ExitCode>,
) => (...params: unknown[]) => Promise<void>;

/** Where the wrapped actions leave their exit code. */
export interface ExitState {
  code: ExitCode;
}

/** A {@link Run} that records each action's exit code in `state` and reports errors once, in the right format. */
export function runner(state: ExitState, env: NodeJS.ProcessEnv = process.env): Run {
  return (action) =>
    async (...params: unknown[]) => {
      // commander calls an action with (...arguments, options, command).
      const command = params[params.length - 1] as Command;
      const globals = command.optsWithGlobals<GlobalOptions>();
      let ctx: CliContext | null = null;
      try {
        ctx = await createContext(globals, env);
        state.code = await action(ctx, ...(params.slice(0, -1) as never[]));
      } catch (err) {
        const out =
          ctx?.out ?? new Output(outputMode(Boolean(globals.json), env, Boolean(process.stdout.isTTY)));
        const failure =
          err instanceof CliError
            ? err
            : new CliError(EXIT.failed, 'INTERNAL', err instanceof Error ? err.message : String(err));
        out.error(failure);
        state.code = failure.exitCode;
      }
    };
}
