import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuCgroupFor, removeCpuCgroup } from './service-cgroup';

/** A fake cgroupfs: the real one is not ours to write in a unit test. */
describe('cpuCgroupFor', () => {
  let root: string;
  const asRoot = process.getuid?.() === 0;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'cgroup-spec-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  (asRoot ? it : it.skip)('caps a service at its cores with a cgroup v1 CFS quota', async () => {
    await mkdir(join(root, 'cpu'));
    await writeFile(join(root, 'cpu', 'cpu.cfs_quota_us'), '-1');

    const cpu = cpuCgroupFor('orders', 0.5, root);

    if (!cpu.ok) throw new Error(cpu.reason);
    expect(cpu.dir.startsWith(join(root, 'cpu'))).toBe(true);
    expect(cpu.dir.endsWith('/sovereign-services/orders')).toBe(true);
    expect(await readFile(join(cpu.dir, 'cpu.cfs_quota_us'), 'utf8')).toBe('50000');
    expect(await readFile(join(cpu.dir, 'cpu.cfs_period_us'), 'utf8')).toBe('100000');
    expect(cpu.applied).toBe('cgroup v1 cpu quota 0.5 core(s) (50000/100000 µs)');
    removeCpuCgroup(join(root, 'not-there'));
  });

  (asRoot ? it : it.skip)('says why not when cgroup v2 does not hand the cpu controller down', async () => {
    await writeFile(join(root, 'cgroup.controllers'), 'memory pids');

    expect(cpuCgroupFor('orders', 1, root)).toEqual({
      ok: false,
      reason: 'cgroup v2 without the cpu controller for the executor',
    });
  });

  it('says why not when there is no cpu controller at all (or the executor is not root)', () => {
    expect(cpuCgroupFor('orders', 1, root)).toEqual({
      ok: false,
      reason: asRoot
        ? 'no cgroup cpu controller mounted'
        : 'the executor is not root (no cgroup delegation used)',
    });
  });
});
