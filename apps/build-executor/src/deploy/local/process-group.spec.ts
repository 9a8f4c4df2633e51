import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isGroupAlive,
  isProcessAlive,
  processCwd,
  processStartedAtMs,
  startDetached,
  stopGroup,
  waitUntil,
  watchForeignProcess,
} from './process-group';

describe('process groups', () => {
  let dir: string;
  const started: number[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sf-pg-'));
  });
  afterEach(async () => {
    for (const pid of started.splice(0)) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await rm(dir, { recursive: true, force: true });
  });

  const start = async (script: string) => {
    const proc = await startDetached({
      command: process.execPath,
      args: ['-e', script],
      cwd: dir,
      env: { GREETING: 'hello' },
      logPath: join(dir, 'logs', 'service.log'),
      banner: '--- banner ---',
    });
    started.push(proc.pid);
    return proc;
  };

  it('runs with only the given environment, its output appended to the log after the banner', async () => {
    const proc = await start(
      'console.log(process.env.GREETING, Object.keys(process.env).length); console.error("oops")',
    );

    await expect(proc.exited).resolves.toEqual({ code: 0, signal: null });
    const log = await readFile(join(dir, 'logs', 'service.log'), 'utf8');
    expect(log).toBe('--- banner ---\nhello 1\noops\n');
  });

  it('reports its working directory, used to recognise our process after a restart', async () => {
    const proc = await start('setInterval(() => {}, 1000)');
    await expect(processCwd(proc.pid)).resolves.toBe(dir);
  });

  it('tells when a process started, from /proc (a kept first start recorded without its time)', async () => {
    const before = Date.now();
    const proc = await start('setInterval(() => {}, 1000)');
    const after = Date.now();
    const startedAt = processStartedAtMs(proc.pid);
    // The boot time /proc gives is in whole seconds (rounded down), the start in 10 ms ticks.
    expect(startedAt).not.toBeNull();
    expect(startedAt).toBeGreaterThan(before - 2000);
    expect(startedAt).toBeLessThanOrEqual(after);
    // Much earlier: this test's own process.
    expect(processStartedAtMs(process.pid)).toBeLessThan(startedAt ?? 0);
    process.kill(-proc.pid, 'SIGKILL');
    await proc.exited;
    expect(processStartedAtMs(proc.pid)).toBeNull();
  });

  it('stops a group that ignores SIGTERM with SIGKILL after the grace period, children included', async () => {
    const proc = await start(`
      process.on('SIGTERM', () => {});
      require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      setInterval(() => {}, 1000);
      console.log('ready');
    `);
    // SIGTERM before the handler is installed would simply terminate it.
    await waitUntil(() => readFileSync(join(dir, 'logs', 'service.log'), 'utf8').includes('ready'), 5000);
    expect(isGroupAlive(proc.pid)).toBe(true);

    await expect(stopGroup(proc.pid, 200)).resolves.toBe('killed');

    expect(isGroupAlive(proc.pid)).toBe(false);
    await expect(stopGroup(proc.pid, 200)).resolves.toBe('gone');
  });

  it('notices a watched process disappear', async () => {
    const proc = await start('setTimeout(() => {}, 100)');
    const watch = watchForeignProcess(proc.pid, 20);
    await expect(watch.exited).resolves.toEqual({ code: null, signal: null });
    expect(isProcessAlive(proc.pid)).toBe(false);
  });
});
