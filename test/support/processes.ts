import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { TEST_AUTH_ENV } from './auth';

/** A compiled service running as a child process. */
export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = join(__dirname, '..', '..');

/** Path of a compiled entry point under dist/ (built by `npm test` before the e2e tier). */
export function distPath(relative: string): string {
  return join(ROOT, 'dist', relative);
}

/**
 * Starts `node <dist entry>` with `env` and waits for its "listening on <url>" line.
 * Rejects with the process output if it exits first.
 */
export function startService(
  entry: string,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [distPath(entry)], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...TEST_AUTH_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${entry} did not start in ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => out, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}
