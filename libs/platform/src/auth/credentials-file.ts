import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mintKey } from './api-key';

/** Name of the first-start admin key's file under `DATA_DIR/credentials/`. */
const ADMIN_KEY_FILE = 'admin.key';

/** Where the first-start admin key lives. */
export function adminKeyPath(dataDir: string): string {
  return join(dataDir, 'credentials', ADMIN_KEY_FILE);
}

/**
 * Reads the first-start admin key, creating it (dir 0700, file 0600) when absent. Safe when both services
 * start at once: the key is written to a private temporary file and linked into place, so a reader sees the
 * whole key or none, and the loser of the race reads the winner's.
 */
export async function ensureAdminKey(
  dataDir: string,
): Promise<{ key: string; path: string; created: boolean }> {
  const dir = join(dataDir, 'credentials');
  const path = adminKeyPath(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode does not apply to a directory that already existed (or under a umask): say it again.
  await chmod(dir, 0o700);
  const existing = await readKey(path);
  if (existing) return { key: existing, path, created: false };
  const { key } = mintKey();
  const temp = join(dir, `.${ADMIN_KEY_FILE}.${process.pid}.${randomBytes(4).toString('hex')}`);
  await writeFile(temp, `${key}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temp, path);
    return { key, path, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const winner = await readKey(path);
    if (!winner) throw new Error(`${path} exists but holds no key`, { cause: err });
    return { key: winner, path, created: false };
  } finally {
    await rm(temp, { force: true });
  }
}

/** Reads the first-start admin key if it exists (the CLI and scripts), without creating it. */
export async function readAdminKey(dataDir: string): Promise<string | null> {
  return readKey(adminKeyPath(dataDir));
}

async function readKey(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    // Someone loosened it: tighten it again rather than serve a key others may have read.
    if ((info.mode & 0o077) !== 0) await chmod(path, 0o600);
    const key = (await readFile(path, 'utf8')).trim();
    return key === '' ? null : key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
