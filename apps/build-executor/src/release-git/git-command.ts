import { spawn } from 'node:child_process';

/** How one `git` process runs: a fixed environment, never the user's or the executor's. */
export interface GitEnvironment {
  /** The `git` binary (a name looked up in `path`, or an absolute path). */
  binary: string;
  /** `PATH` of the child: where git finds `ssh` and its helpers. */
  path: string;
  /** A private, empty `HOME`: no `~/.gitconfig`, no `~/.git-credentials`. */
  home: string;
  /** Author, committer and tagger of every object written. */
  author: { name: string; email: string };
  /** Wall-clock limit of one git process. */
  timeoutMs: number;
}

/** Extra settings of one call: where, what on stdin, which dates, which credentials. */
export interface GitCall {
  gitDir?: string;
  workTree?: string;
  indexFile?: string;
  cwd?: string;
  input?: string;
  /** ISO-8601 author/committer/tagger date, so a repeated call writes the same objects. */
  date?: string;
  /**
   * Extra variables for this process only (credentials for a push): passed in the environment, which
   * other users cannot read, never in argv (visible in `ps`) or a file.
   */
  env?: Record<string, string>;
  /** Exit codes that are answers, not failures (e.g. 1 from `rev-parse --verify -q`). */
  okCodes?: number[];
}

/** What a git process printed and how it ended. */
export interface GitOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** A git process that failed: its arguments (never secrets: they travel in the environment) and stderr. */
export class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${code ?? 'killed'}): ${stderr.trim().slice(-600)}`);
    this.name = 'GitCommandError';
  }
}

/**
 * The environment of every git process: nothing inherited from the executor, no system or global config
 * (`GIT_CONFIG_NOSYSTEM`, a private `HOME`, `GIT_CONFIG_GLOBAL=/dev/null`), never a prompt, a stable locale.
 */
export function gitProcessEnv(env: GitEnvironment, call: GitCall = {}): Record<string, string> {
  return {
    PATH: env.path,
    HOME: env.home,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: env.author.name,
    GIT_AUTHOR_EMAIL: env.author.email,
    GIT_COMMITTER_NAME: env.author.name,
    GIT_COMMITTER_EMAIL: env.author.email,
    ...(call.date ? { GIT_AUTHOR_DATE: call.date, GIT_COMMITTER_DATE: call.date } : {}),
    ...(call.gitDir ? { GIT_DIR: call.gitDir } : {}),
    ...(call.workTree ? { GIT_WORK_TREE: call.workTree } : {}),
    ...(call.indexFile ? { GIT_INDEX_FILE: call.indexFile } : {}),
    ...call.env,
  };
}

/** Runs `git args` with {@link gitProcessEnv}; rejects with {@link GitCommandError} on a failing exit. */
export function runGit(env: GitEnvironment, args: string[], call: GitCall = {}): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(env.binary, args, {
      cwd: call.cwd ?? env.home,
      env: gitProcessEnv(env, call),
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: env.timeoutMs,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new GitCommandError(args, null, e.message)));
    child.on('close', (code) => {
      const result = {
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (code === 0 || (code !== null && call.okCodes?.includes(code))) resolve(result);
      else reject(new GitCommandError(args, code, result.stderr || result.stdout));
    });
    child.stdin.on('error', () => undefined); // git may exit before reading stdin; the exit code says why
    child.stdin.end(call.input ?? '');
  });
}
