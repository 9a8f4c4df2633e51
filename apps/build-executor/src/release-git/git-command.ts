import { ProcessHelper } from './process-helper';

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

/** Every git process starts from one small helper process (see {@link ProcessHelper} for why). */
const helper = new ProcessHelper();

/** Runs `git args` with {@link gitProcessEnv}; rejects with {@link GitCommandError} on a failing exit. */
export async function runGit(env: GitEnvironment, args: string[], call: GitCall = {}): Promise<GitOutput> {
  let ended;
  try {
    ended = await helper.run({
      file: env.binary,
      args,
      cwd: call.cwd ?? env.home,
      env: gitProcessEnv(env, call),
      input: call.input ?? '',
      timeoutMs: env.timeoutMs,
    });
  } catch (err) {
    throw new GitCommandError(args, null, (err as Error).message);
  }
  const result = { code: ended.code ?? -1, stdout: ended.stdout, stderr: ended.stderr };
  if (ended.code === 0 || (ended.code !== null && call.okCodes?.includes(ended.code))) return result;
  throw new GitCommandError(args, ended.code, result.stderr || result.stdout);
}
