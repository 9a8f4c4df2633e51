import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '@sf/contracts';

/** What identifies a release: the sha256 over its files in a stable order, and how many there are. */
export interface ReleaseDigest {
  sha256: string;
  files: number;
}

/** Stable code of a release whose files no longer match the digest recorded when its tests passed. */
export const RELEASE_HASH_MISMATCH = 'RELEASE_HASH_MISMATCH';

/**
 * The sha256 of a release directory: every entry under it, sorted by its relative posix path (byte order,
 * not locale), each fed as `type path NUL size NUL content` (`content` a symlink's target for a link), so a
 * renamed, added, removed or changed file, and a file turned into a link, all change the digest. File
 * modes and times are left out: copying a release must not change what it is.
 */
export async function releaseDigest(dir: string): Promise<ReleaseDigest> {
  const hash = createHash('sha256');
  const entries = await listEntries(dir);
  let files = 0;
  for (const path of entries) {
    const full = join(dir, ...path.split('/'));
    const stats = await lstat(full);
    if (stats.isDirectory()) continue;
    let type: string;
    let content: Buffer;
    if (stats.isSymbolicLink()) {
      type = 'l';
      content = Buffer.from(await readlink(full), 'utf8');
    } else if (stats.isFile()) {
      type = 'f';
      content = await readFile(full);
    } else {
      type = 'o'; // a socket, fifo or device has no business in a release; it still changes the digest
      content = Buffer.alloc(0);
    }
    files++;
    hash.update(`${type}${path}\0${content.length}\0`);
    hash.update(content);
  }
  return { sha256: hash.digest('hex'), files };
}

/**
 * Throws `RELEASE_HASH_MISMATCH` (details: expected and actual digest) unless `dir` still hashes to
 * `expected`; returns the digest otherwise.
 */
export async function assertReleaseDigest(dir: string, expected: string): Promise<ReleaseDigest> {
  const actual = await releaseDigest(dir).catch((err: unknown) => {
    throw new AppError(RELEASE_HASH_MISMATCH, `release ${dir} cannot be read: ${(err as Error).message}`, {
      release_dir: dir,
      expected_sha256: expected,
    });
  });
  if (actual.sha256 !== expected) {
    throw new AppError(
      RELEASE_HASH_MISMATCH,
      `release ${dir} is not the tested release: sha256 ${actual.sha256} ≠ recorded ${expected}`,
      { release_dir: dir, expected_sha256: expected, actual_sha256: actual.sha256 },
    );
  }
  return actual;
}

/** Every entry under `dir` (directories too), relative posix paths in byte order; symlinks not followed. */
async function listEntries(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(join(dir, ...(rel ? rel.split('/') : [])), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      out.push(path);
      if (entry.isDirectory()) await walk(path);
    }
  };
  await walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
