import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { transformFileSync } from '@swc/core';
import { processesWith, until } from './testing';

/**
 * The executor dying is simulated with a real second Node process that uses the sandbox (this
 * folder compiled to CommonJS with SWC, as jest does) and is then SIGKILLed.
 */
let buildDir: string;
const executors: ChildProcess[] = [];
const workDirs: string[] = [];
const markers: string[] = [];

/** Starts an "executor" that runs `code` (with `marker` in argv) in the sandbox and never stops it. */
async function executorRunning(mode: string, code: string, marker: string): Promise<ChildProcess> {
  const workDir = await mkdtemp(join(tmpdir(), 'sandbox-death-'));
  workDirs.push(workDir);
  // The run's details travel in the environment so that the executor's own argv does not hold the marker.
  const executor = spawn(process.execPath, [join(buildDir, 'executor.js')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { MODE: mode, WORK_DIR: workDir, CODE: code, MARKER: marker },
  });
  executors.push(executor);
  markers.push(marker);
  return executor;
}

const EXECUTOR = `
  const { createSandbox } = require('./index.js');
  const { MODE, WORK_DIR, CODE, MARKER } = process.env;
  createSandbox(MODE).then((sandbox) => {
    sandbox.start({ workDir: WORK_DIR, command: [process.execPath, '-e', CODE, MARKER], network: 'none', timeoutMs: 60000 });
    process.stdout.write('started');
  });
`;

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'sandbox-build-'));
  for (const file of readdirSync(__dirname).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.spec.ts') && name !== 'testing.ts',
  )) {
    const { code } = transformFileSync(join(__dirname, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    await writeFile(join(buildDir, file.replace(/\.ts$/, '.js')), code);
  }
  await writeFile(join(buildDir, 'executor.js'), EXECUTOR);
});

afterAll(async () => {
  for (const executor of executors) executor.kill('SIGKILL');
  // Leftovers only exist when a test failed; do not let them outlive the suite.
  for (const pid of markers.flatMap((marker) => processesWith(marker))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  await Promise.all([buildDir, ...workDirs].map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('when the executor dies', () => {
  it('bwrap mode takes every process of the run with it', async () => {
    const marker = `bwrap-orphan-${randomUUID()}`;
    const code = `
      require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', process.argv[1]], {
        detached: true,
        stdio: 'ignore',
      });
      setInterval(() => {}, 1000);
    `;
    const executor = await executorRunning('bwrap', code, marker);
    // Wait for the sandboxed Node and its child: bwrap and its pid 1 carry the marker from the start.
    await until(() => processesWith(marker, true).length === 2 || executor.exitCode !== null, 3000);

    expect(executor.exitCode).toBeNull();

    executor.kill('SIGKILL');

    await until(() => processesWith(marker).length === 0, 3000);
    expect(processesWith(marker)).toEqual([]);
  });

  it.each(['bwrap', 'process'])(
    '%s mode never lets the code run on when the executor dies during start-up',
    async (mode) => {
      const delaysMs = [0, 0.5, 1, 2, 3, 5];
      const runs = await Promise.all(
        delaysMs.map(async (delayMs) => {
          const marker = `startup-${mode}-${randomUUID()}`;
          const executor = await executorRunning(mode, 'setInterval(() => {}, 1000)', marker);
          await once(executor.stdout ?? executor, 'data');
          await sleep(delayMs);
          executor.kill('SIGKILL');
          return marker;
        }),
      );
      // Nothing signals "it will never start": give a sandbox that wrongly survived time to get going.
      await sleep(300);

      await until(() => runs.every((marker) => processesWith(marker, true).length === 0), 2000);
      expect(runs.flatMap((marker) => processesWith(marker, true))).toEqual([]);
    },
  );

  it('process mode takes the started process with it (its own children are a documented limit)', async () => {
    const marker = `process-orphan-${randomUUID()}`;
    const executor = await executorRunning('process', 'setInterval(() => {}, 1000)', marker);
    // setpriv and prlimit carry the marker before they exec Node.
    await until(() => processesWith(marker, true).length === 1 || executor.exitCode !== null, 3000);
    expect(executor.exitCode).toBeNull();

    executor.kill('SIGKILL');

    await until(() => processesWith(marker).length === 0, 3000);
    expect(processesWith(marker)).toEqual([]);
  });
});
