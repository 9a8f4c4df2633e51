import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { createSandbox, type SandboxResult } from './index';

const RUNS = 20;
const execFileAsync = promisify(execFile);

/** Wall time of `once()` over RUNS runs after one warm-up, as p50/p95 in ms. */
async function measure(once: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const startedAt = performance.now();
    await once();
    times.push(performance.now() - startedAt);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

describe('sandbox overhead', () => {
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'sandbox-overhead-'));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('measures `node -e 0` under each sandbox against a plain spawn (printed, not asserted)', async () => {
    const [bwrapSandbox, processSandbox] = await Promise.all([
      createSandbox('bwrap'),
      createSandbox('process'),
    ]);
    const outcomes = new Set<SandboxResult['outcome']>();
    const options = {
      workDir,
      command: [process.execPath, '-e', '0'],
      network: 'none' as const,
      timeoutMs: 10_000,
    };

    const plain = await measure(() => execFileAsync(process.execPath, ['-e', '0'], { env: {} }));
    const inProcess = await measure(async () => outcomes.add((await processSandbox.run(options)).outcome));
    const inBwrap = await measure(async () => outcomes.add((await bwrapSandbox.run(options)).outcome));

    console.log(
      `node -e 0 over ${RUNS} runs (ms):\n` +
        `  plain spawn   p50 ${plain.p50}  p95 ${plain.p95}\n` +
        `  process mode  p50 ${inProcess.p50}  p95 ${inProcess.p95}\n` +
        `  bwrap mode    p50 ${inBwrap.p50}  p95 ${inBwrap.p95}`,
    );
    expect([...outcomes]).toEqual(['ok']);
  });
});
