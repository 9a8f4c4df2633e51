import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertReleaseDigest, releaseDigest } from './release-digest';

describe('releaseDigest', () => {
  let root: string;
  let seq = 0;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'release-digest-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function release(files: Record<string, string>): Promise<string> {
    const dir = join(root, String(seq++));
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  }

  const base = { 'main.js': 'serve()', 'lib/store.js': 'store()', 'package.json': '{}' };

  it('is the same for the same files written in any order, and counts them', async () => {
    const a = await releaseDigest(await release(base));
    const b = await releaseDigest(
      await release({ 'package.json': '{}', 'lib/store.js': 'store()', 'main.js': 'serve()' }),
    );

    expect(a).toEqual(b);
    expect(a.files).toBe(3);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a changed byte', { ...base, 'main.js': 'serve();' }],
    ['an added file', { ...base, 'extra.js': '' }],
    ['a renamed file', { 'main.js': 'serve()', 'lib/store2.js': 'store()', 'package.json': '{}' }],
    [
      'content moved between files',
      { 'main.js': 'serve()store()', 'lib/store.js': '', 'package.json': '{}' },
    ],
  ])('changes with %s', async (_what, files) => {
    expect((await releaseDigest(await release(files))).sha256).not.toBe(
      (await releaseDigest(await release(base))).sha256,
    );
  });

  it('tells a symlink from the file it points to', async () => {
    const dir = await release({ 'main.js': 'serve()' });
    const linked = await release({ 'target.js': 'serve()' });
    await symlink('target.js', join(linked, 'main.js'));
    const plain = await release({ 'target.js': 'serve()', 'main.js': 'serve()' });

    expect((await releaseDigest(linked)).sha256).not.toBe((await releaseDigest(plain)).sha256);
    expect((await releaseDigest(dir)).files).toBe(1);
  });

  it('refuses a release that no longer matches with RELEASE_HASH_MISMATCH, naming both digests', async () => {
    const dir = await release(base);
    const { sha256 } = await releaseDigest(dir);
    await expect(assertReleaseDigest(dir, sha256)).resolves.toMatchObject({ sha256 });
    await writeFile(join(dir, 'main.js'), 'pwned()');

    await expect(assertReleaseDigest(dir, sha256)).rejects.toMatchObject({
      code: 'RELEASE_HASH_MISMATCH',
      details: { expected_sha256: sha256, actual_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    await expect(assertReleaseDigest(join(root, 'missing'), sha256)).rejects.toMatchObject({
      code: 'RELEASE_HASH_MISMATCH',
    });
  });
});
