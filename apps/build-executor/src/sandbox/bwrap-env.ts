/**
 * The environment of a bwrap run, kept out of every process table: instead of `--setenv NAME VALUE` on
 * bwrap's command line (readable by anyone in `ps` and `/proc/<pid>/cmdline`), the same options go
 * NUL-separated through a file descriptor that bwrap reads with `--args FD` and closes before the sandboxed
 * command starts. A value then shows only in the sandboxed process's own `/proc/<pid>/environ`, which only
 * its own user (and root) may read.
 */

/** The descriptor the bwrap launches pass the environment on (0-2: stdio; 3, 4: start handshake). */
export const ENV_ARGS_FD = 5;

/** `--setenv` options for `env`, NUL-terminated, as `bwrap --args FD` reads them. */
export function envArgsPayload(env: Record<string, string>): Buffer {
  const parts = Object.entries(env).flatMap(([key, value]) => ['--setenv', key, value]);
  return Buffer.from(parts.map((part) => `${part}\0`).join(''), 'utf8');
}
