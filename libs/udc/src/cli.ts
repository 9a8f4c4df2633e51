#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { checkUdc, formatReport } from './checker';

/** Exit codes of `udc-check`. */
const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

/** Where {@link run} writes; the process streams by default, a buffer in tests. */
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs `udc-check <url> [--timeout <ms>] [--json] [--require-active] [--token <t>]` and resolves to the exit code:
 * 0 when every check passes, 1 when any fails, 2 on a usage error such as a malformed URL.
 *
 * @param argv the arguments after the program name, i.e. `process.argv.slice(2)`
 */
export async function run(argv: readonly string[], output: CliOutput = processOutput): Promise<number> {
  const program = new Command('udc-check')
    .description('Check a running service against the UDC v1 contract.')
    .argument('<url>', 'base URL of the service, e.g. http://127.0.0.1:9100', parseUrl)
    .option('--timeout <ms>', 'per-request timeout in milliseconds', parseTimeout, 5000)
    .option('--json', 'print the report as JSON')
    .option('--require-active', 'fail unless GET /health says "active"')
    .option('--token <token>', 'bearer credential for every request (default: $SF_API_KEY)')
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    // exitOverride turns commander's process.exit into a throw; help (exit code 0) is not a usage error.
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.passed : EXIT.usage;
    throw err;
  }

  const [url] = program.processedArgs as [string];
  const options = program.opts<{ timeout: number; json?: true; requireActive?: true; token?: string }>();
  const report = await checkUdc(url, {
    timeoutMs: options.timeout,
    requireActive: options.requireActive === true,
    token: options.token ?? (process.env.SF_API_KEY || undefined),
  });
  output.out(`${options.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
  return report.ok ? EXIT.passed : EXIT.failed;
}

function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an absolute URL such as http://127.0.0.1:9100');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidArgumentError('expected an http:// or https:// URL');
  }
  return value;
}

function parseTimeout(value: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new InvalidArgumentError('expected a positive whole number of ms');
  return ms;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `udc-check crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = EXIT.failed;
    },
  );
}
