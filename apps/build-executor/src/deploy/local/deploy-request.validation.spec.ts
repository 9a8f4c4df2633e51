import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeployRequest } from '../deployment.types';
import { assertReleaseDir, validateDeployRequest } from './deploy-request.validation';

describe('validateDeployRequest', () => {
  let root: string;
  let releaseDir: string;

  beforeAll(async () => {
    // Real path, so the resolved release directory compares equal even where the temp dir is a symlink.
    root = await realpath(await mkdtemp(join(tmpdir(), 'deploy-request-')));
    releaseDir = join(root, 'r1');
    await mkdir(releaseDir);
    await writeFile(join(releaseDir, 'main.js'), '');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const request = (overrides: Partial<DeployRequest> = {}): DeployRequest => ({
    name: 'orders',
    release_id: 'r1',
    release_dir: releaseDir,
    port: 9100,
    ...overrides,
  });

  it('accepts a valid request and gives it an empty environment when none was given', async () => {
    await expect(validateDeployRequest(request())).resolves.toEqual({
      name: 'orders',
      release_id: 'r1',
      release_dir: releaseDir,
      port: 9100,
      env: {},
      release_sha256: null,
    });
  });

  it('carries a release digest through, and names a malformed one', async () => {
    const sha = 'ab'.repeat(32);
    await expect(validateDeployRequest(request({ release_sha256: sha }))).resolves.toMatchObject({
      release_sha256: sha,
    });
    await expect(validateDeployRequest(request({ release_sha256: 'AB12' }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'release_sha256', problems: ['must be 64 lowercase hex digits'] }] },
    });
  });

  it('resolves a symlinked release directory to its real path, so it compares equal to /proc/<pid>/cwd', async () => {
    const link = join(root, 'current');
    await symlink(releaseDir, link);

    const valid = await validateDeployRequest(request({ release_dir: link, env: { A_1: 'x' } }));

    expect(valid.release_dir).toBe(releaseDir);
    expect(valid.env).toEqual({ A_1: 'x' });
  });

  it('names every bad field in one VALIDATION_FAILED', async () => {
    const bad = request({
      name: 'Orders_Service',
      release_id: '.hidden',
      port: 70000,
      release_dir: 'relative/dir',
      env: { '1BAD': 'x', GOOD: 'a\0b' },
    });

    await expect(validateDeployRequest(bad)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'invalid field(s): name, release_id, port, env.1BAD, env.GOOD, release_dir',
      details: {
        unknown_fields: [],
        fields: [
          { field: 'name', problems: ['must be kebab-case, 1-63 characters'] },
          {
            field: 'release_id',
            problems: ['must be 1-128 of A-Z a-z 0-9 . _ - starting with a letter or digit'],
          },
          { field: 'port', problems: ['must be an integer 1-65535'] },
          { field: 'env.1BAD', problems: ['must be a valid variable name with a string value'] },
          { field: 'env.GOOD', problems: ['must be a valid variable name with a string value'] },
          { field: 'release_dir', problems: ['must be an absolute path'] },
        ],
      },
    });
  });

  it('refuses a release directory that does not exist, saying so under release_dir', async () => {
    const missing = join(root, 'nope');

    await expect(validateDeployRequest(request({ release_dir: missing }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: {
        fields: [{ field: 'release_dir', problems: [`release directory ${missing} does not exist`] }],
      },
    });
  });

  it('refuses a port that is not an integer', async () => {
    await expect(validateDeployRequest(request({ port: 80.5 }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'port' }] },
    });
  });
});

describe('assertReleaseDir', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'release-dir-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('refuses a directory whose main.js is not a file', async () => {
    const dir = join(root, 'odd');
    await mkdir(join(dir, 'main.js'), { recursive: true });

    await expect(assertReleaseDir(dir)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: `release directory ${dir} has no main.js`,
      details: { release_dir: dir },
    });
  });

  it('refuses a directory that does not exist', async () => {
    const dir = join(root, 'gone');

    await expect(assertReleaseDir(dir)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: `release directory ${dir} does not exist`,
    });
  });
});
