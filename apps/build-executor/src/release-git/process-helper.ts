import { spawn, type ChildProcess } from 'node:child_process';

/** One command for the helper to run: the program, its arguments and environment, stdin, a wall-clock limit. */
export interface HelperCommand {
  file: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  input: string;
  timeoutMs: number;
}

/** How a command ended: its exit code (null when killed, e.g. by the time limit) and what it printed. */
export interface HelperResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The helper: a bare Node process that spawns each command it is sent and answers with how it ended. It
 * exits when the executor does (its IPC channel closes). Commands run exactly as a direct `spawn` would run
 * them: same program, arguments, cwd, environment, stdin, SIGKILL at the time limit.
 */
const HELPER_SCRIPT = `'use strict';
const { spawn } = require('node:child_process');
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => {
  let done = false;
  const answer = (reply) => { if (!done) { done = true; process.send({ id: m.id, ...reply }); } };
  let child;
  try {
    child = spawn(m.file, m.args, { cwd: m.cwd, env: m.env, stdio: ['pipe', 'pipe', 'pipe'], timeout: m.timeoutMs, killSignal: 'SIGKILL' });
  } catch (e) { answer({ error: String((e && e.message) || e) }); return; }
  const out = []; const err = [];
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => err.push(b));
  child.on('error', (e) => answer({ error: e.message }));
  child.on('close', (code) => answer({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  child.stdin.on('error', () => {});
  child.stdin.end(m.input);
});
`;

interface Reply extends Partial<HelperResult> {
  id: number;
  error?: string;
}

/**
 * Runs short host commands (git) from a small helper process instead of from the executor itself. Why:
 * `spawn` forks the calling process, and forking the executor (hundreds of MB mapped) blocks its one
 * thread 10-25 ms per command, ~12 git commands per deployed build; forking a 40 MB helper costs a few ms
 * of the helper's thread instead. The helper is started on first use, restarted after it dies (the
 * commands it was running fail and are reported as failed), and never keeps the executor alive.
 */
export class ProcessHelper {
  private helper: ChildProcess | null = null;
  private readonly pending = new Map<number, { resolve(r: HelperResult): void; reject(e: Error): void }>();
  private nextId = 1;

  /** Runs `command` in the helper; rejects when it cannot be spawned or the helper dies meanwhile. */
  run(command: HelperCommand): Promise<HelperResult> {
    return new Promise((resolve, reject) => {
      let helper: ChildProcess;
      try {
        helper = this.ensure();
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.holdOpen(helper);
      helper.send({ id, ...command }, (err) => {
        if (err) this.settle(id, { id, error: `helper unreachable: ${err.message}` });
      });
    });
  }

  private ensure(): ChildProcess {
    if (this.helper) return this.helper;
    // No flags of the executor's own (a --cpu-prof, --inspect); an empty environment: it needs none.
    const helper = spawn(process.execPath, ['--max-old-space-size=64', '-e', HELPER_SCRIPT], {
      cwd: '/',
      env: {},
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    helper.on('message', (reply: Reply) => this.settle(reply.id, reply));
    helper.on('error', () => undefined); // an 'exit' follows, or the send callback reports it
    helper.once('exit', (code, signal) => {
      if (this.helper === helper) this.helper = null;
      const why = `helper exited (${signal ?? `code ${code}`})`;
      for (const id of [...this.pending.keys()]) this.settle(id, { id, error: why });
    });
    this.helper = helper;
    this.holdOpen(helper);
    return helper;
  }

  private settle(id: number, reply: Reply): void {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (this.helper) this.holdOpen(this.helper);
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else
      waiting.resolve({ code: reply.code ?? null, stdout: reply.stdout ?? '', stderr: reply.stderr ?? '' });
  }

  /** The helper keeps the process alive only while a command of it is awaited. */
  private holdOpen(helper: ChildProcess): void {
    const channel = helper.channel as { ref(): void; unref(): void } | undefined;
    if (this.pending.size > 0) {
      helper.ref();
      channel?.ref();
    } else {
      helper.unref();
      channel?.unref();
    }
  }
}
