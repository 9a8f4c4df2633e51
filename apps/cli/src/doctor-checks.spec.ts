import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBwrap, checkDataDir, checkNode, closedParents, findExecutable } from './doctor-checks';

describe('doctor checks', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sf-doctor-'));
    await chmod(root, 0o755);
  });

  afterEach(async () => {
    await chmod(root, 0o755);
    await rm(root, { recursive: true, force: true });
  });

  it('refuses a Node older than 20.19', () => {
    expect(checkNode('20.18.1').status).toBe('fail');
    expect(checkNode('20.19.0').status).toBe('ok');
    expect(checkNode('22.1.0').status).toBe('ok');
  });

  it('finds executables on PATH only', async () => {
    const bin = join(root, 'bin');
    await mkdir(bin);
    await writeFile(join(bin, 'tool'), '#!/bin/sh\n', { mode: 0o755 });
    await writeFile(join(bin, 'plain'), 'data', { mode: 0o644 });

    expect(await findExecutable('tool', bin)).toBe(join(bin, 'tool'));
    expect(await findExecutable('plain', bin)).toBeNull();
    expect(await findExecutable('tool', join(root, 'elsewhere'))).toBeNull();
  });

  it('says how to install a missing bwrap', async () => {
    const check = await checkBwrap({ PATH: root });

    expect(check).toMatchObject({ name: 'bwrap', status: 'warn', fix: 'sudo apt-get install -y bubblewrap' });
  });

  it('names every parent other users cannot pass', async () => {
    const closed = join(root, 'home');
    await mkdir(join(closed, 'me', 'repo'), { recursive: true });
    await chmod(join(closed, 'me'), 0o700);

    const found = await closedParents(join(closed, 'me', 'repo', '.data', 'builds'));

    expect(found).toEqual([{ dir: join(closed, 'me'), mode: '0700' }]);
  });

  it('fails a data dir under a 0700 parent without bwrap, and only warns with it', async () => {
    const closed = join(root, 'private');
    await mkdir(closed);
    await chmod(closed, 0o700);
    const dataDir = join(closed, '.data');

    const without = await checkDataDir(dataDir, false);
    const withBwrap = await checkDataDir(dataDir, true);

    const parents = (checks: typeof without) => checks.find((c) => c.name === 'data dir parents');
    expect(parents(without)).toMatchObject({
      status: 'fail',
      fix: expect.stringContaining(`chmod o+x ${closed}`),
    });
    expect(parents(withBwrap)?.status).toBe('warn');
    expect(without.find((c) => c.name === 'data dir')?.status).toBe('ok');
  });

  it('is content with a data dir whose parents are open', async () => {
    const link = join(root, 'link');
    await symlink(root, link);

    const checks = await checkDataDir(join(root, 'data'), false);

    expect(checks.map((c) => c.status)).toEqual(['ok', 'ok']);
  });
});
