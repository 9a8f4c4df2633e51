import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles, Workspace } from './workspace';
import { releaseDigest } from '../deploy/release-digest';

describe('Workspace.writeTree (a tree is replaced whole)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sf-ws-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('replaces the directory with exactly the files given', async () => {
    const ws = new Workspace(root, null);
    await ws.writeTree(ws.releaseDir, [
      { path: 'main.js', content: 'one' },
      { path: 'lib/old.js', content: 'old' },
    ]);
    await ws.writeTree(ws.releaseDir, [
      { path: 'main.js', content: 'two' },
      { path: 'lib/new.js', content: 'new' },
    ]);
    expect(await listFiles(ws.releaseDir)).toEqual(['lib/new.js', 'main.js']);
    expect(await readFile(join(ws.releaseDir, 'main.js'), 'utf8')).toBe('two');
    expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a path leaving the directory and keeps the tree that was there, with nothing left beside it', async () => {
    const ws = new Workspace(root, null);
    await ws.writeTree(ws.releaseDir, [{ path: 'main.js', content: 'kept' }]);
    await expect(
      ws.writeTree(ws.releaseDir, [
        { path: 'main.js', content: 'partial' },
        { path: '../escape.js', content: 'x' },
      ]),
    ).rejects.toThrow(/escapes its directory: \.\.\/escape\.js/);
    expect(await listFiles(ws.releaseDir)).toEqual(['main.js']);
    expect(await readFile(join(ws.releaseDir, 'main.js'), 'utf8')).toBe('kept');
    expect((await readdir(root)).filter((name) => name !== 'release')).toEqual([]);
  });
});

describe('Workspace.ensureRelease (the tested release, checked)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sf-ws-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('returns for the tested tree and refuses one changed since, with nothing stored to rebuild from', async () => {
    const ws = new Workspace(root, null);
    await ws.writeTree(ws.releaseDir, [{ path: 'main.js', content: 'tested' }]);
    const { sha256 } = await releaseDigest(ws.releaseDir);
    await expect(ws.ensureRelease(sha256)).resolves.toBeUndefined();

    await writeFile(join(ws.releaseDir, 'main.js'), 'changed after the tests');
    await expect(ws.ensureRelease(sha256)).rejects.toMatchObject({ code: 'RELEASE_HASH_MISMATCH' });
    await rm(ws.releaseDir, { recursive: true });
    await expect(ws.ensureRelease(sha256)).rejects.toMatchObject({ code: 'RELEASE_HASH_MISMATCH' });
  });
});
