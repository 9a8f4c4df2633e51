import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { AppError } from '@sf/contracts';
import { assertReleaseDigest } from '../deploy/release-digest';

/** A generated file, path relative and posix-style. */
export interface WorkspaceFile {
  path: string;
  content: string;
}

/**
 * Where a build's checkpoints live beyond this disk, bound to one build: Redis ({@link CheckpointStore} in
 * `checkpoint-store.ts`), so that any executor replica can resume the build.
 */
export interface CheckpointMirror {
  put(name: string, bytes: Buffer): Promise<unknown>;
  get(name: string): Promise<Buffer | null>;
  putTree(name: string, files: { path: string; content: Buffer }[]): Promise<void>;
  getTree(name: string): Promise<{ path: string; content: Buffer }[] | null>;
}

/** Name of the SPEC among a build's stored checkpoints. */
const SPEC_CHECKPOINT = 'SPEC.md';
/** Name of the release tree among a build's stored checkpoints. */
const RELEASE_TREE = 'release';

/**
 * One build's directory under `BUILDS_DIR/<build_id>/`: the SPEC, generated sources, the transpiled work
 * tree the sandbox runs, the release, logs, and one checkpoint file per finished step. A restarted build
 * reads the checkpoints and resumes after the last one, so no finished step (or LLM call) runs twice.
 *
 * With a {@link CheckpointMirror} (the executor always has one) the SPEC, every checkpoint and the tested
 * release are written there before the local copy, and the local directory is only a cache: whatever is
 * missing here (another replica started the build, or the disk was lost) is fetched back, checked against
 * its sha256, and written here again.
 */
export class Workspace {
  constructor(
    readonly root: string,
    private readonly mirror: CheckpointMirror | null = null,
  ) {}

  get specPath(): string {
    return join(this.root, 'SPEC.md');
  }
  get sourceDir(): string {
    return join(this.root, 'source');
  }
  get workDir(): string {
    return join(this.root, 'work');
  }
  get releaseDir(): string {
    return join(this.root, 'release');
  }
  get logsDir(): string {
    return join(this.root, 'logs');
  }

  async init(specMarkdown: string): Promise<void> {
    await mkdir(join(this.root, 'checkpoints'), { recursive: true });
    await mkdir(this.logsDir, { recursive: true });
    await this.mirror?.put(SPEC_CHECKPOINT, Buffer.from(specMarkdown));
    await writeAtomic(this.specPath, specMarkdown);
  }

  async readSpec(): Promise<string> {
    const spec = await this.cached(this.specPath, SPEC_CHECKPOINT);
    if (spec === null) throw new AppError('BUILD_NOT_FOUND', `the SPEC of ${this.root} is missing`);
    return spec;
  }

  /** The checkpoint `name`, or null when that step has not finished. */
  async checkpoint<T>(name: string): Promise<T | null> {
    const text = await this.cached(this.checkpointPath(name), name);
    return text === null ? null : (JSON.parse(text) as T);
  }

  /**
   * Records a finished step: in the mirror first (so another replica sees it once the build moves on), then
   * here, written atomically so a crash never leaves half a checkpoint.
   */
  async saveCheckpoint(name: string, value: unknown): Promise<void> {
    const text = JSON.stringify(value, null, 2);
    await this.mirror?.put(name, Buffer.from(text));
    await writeAtomic(this.checkpointPath(name), text);
  }

  /** Keeps the release as it is now in the mirror (call before recording it as tested). */
  async storeRelease(): Promise<void> {
    if (!this.mirror) return;
    const files = await Promise.all(
      (await listFiles(this.releaseDir)).map(async (path) => ({
        path,
        content: await readFile(join(this.releaseDir, ...path.split('/'))),
      })),
    );
    await this.mirror.putTree(RELEASE_TREE, files);
  }

  /**
   * Makes sure the tested release is here ({@link materialiseRelease}): rebuilt from the mirror when the
   * directory is absent (another replica tested it, or the disk was lost) or is not the release with digest
   * `sha256` (a replica killed while writing it, or left with the release of an earlier test run). On return
   * the directory hashes to `sha256` (hashed once); `RELEASE_HASH_MISMATCH` when it does not and cannot be
   * rebuilt, `CHECKPOINT_MISSING` when it is absent and not stored.
   */
  async ensureRelease(sha256: string): Promise<void> {
    if (!(await materialiseRelease(this.releaseDir, sha256, this.mirror))) {
      await assertReleaseDigest(this.releaseDir, sha256);
    }
  }

  async writeLog(name: string, text: string): Promise<string> {
    const path = join(this.logsDir, name);
    await writeAtomic(path, text);
    return path;
  }

  /**
   * Replaces `dir` with exactly `files` (paths must stay inside it). The files are written beside it and
   * moved into place whole, so a process killed meanwhile leaves the old tree or none, never part of one.
   */
  async writeTree(dir: string, files: WorkspaceFile[]): Promise<void> {
    const tmp = await writeTreeBeside(dir, files, 'generated');
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  }

  /** Moves the release aside (failed artifacts are kept, not deleted) and returns where it went. */
  async archiveRelease(): Promise<string> {
    const tested = await this.checkpoint<{ sha256: string }>(RELEASE_TREE);
    if (tested) await this.ensureRelease(tested.sha256);
    const target = join(this.root, 'archive', `release-${Date.now()}`);
    await mkdir(dirname(target), { recursive: true });
    await cp(this.releaseDir, target, { recursive: true });
    return target;
  }

  private checkpointPath(name: string): string {
    return join(this.root, 'checkpoints', `${name}.json`);
  }

  /** The local file at `path`, else the mirror's checkpoint `name` written back here; null when neither has it. */
  private async cached(path: string, name: string): Promise<string | null> {
    try {
      return await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const stored = await this.mirror?.get(name);
    if (!stored) return null;
    const text = stored.toString('utf8');
    await writeAtomic(path, text);
    return text;
  }
}

/**
 * Makes sure `dir` holds the release whose digest is `sha256`: nothing to do when it does. When it is absent,
 * unreadable or another tree (a replica killed while writing it, or holding the release of an earlier test
 * run of the same build), the tree stored with `mirror` is written beside it, checked against `sha256`, and
 * moved into place. `CHECKPOINT_MISSING` when it is absent and there is none to rebuild from; a present
 * directory that differs is left as it is when there is none (the callers' digest check then refuses it).
 * True when the directory was found or made to hash to `sha256`; false when nothing was checked (no mirror,
 * or a present tree with nothing stored to rebuild it from), so a caller that needs it asserts it itself.
 */
export async function materialiseRelease(
  dir: string,
  sha256: string,
  mirror: CheckpointMirror | null,
): Promise<boolean> {
  const present = existsSync(dir);
  if (!mirror) return false;
  if (present && (await holdsRelease(dir, sha256))) return true;
  const files = await mirror.getTree(RELEASE_TREE);
  if (!files) {
    if (present) return false;
    throw new AppError('CHECKPOINT_MISSING', `release ${dir} is absent and not stored in Redis`, {
      release_dir: dir,
    });
  }
  const tmp = await writeTreeBeside(dir, files, 'stored');
  try {
    await assertReleaseDigest(tmp, sha256);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  if (present) {
    // Moved aside first: the rename below must not land inside it.
    const stale = `${dir}.${process.pid}.${Date.now()}.stale`;
    await rename(dir, stale).catch(() => undefined);
    await rm(stale, { recursive: true, force: true });
  }
  try {
    await rename(tmp, dir);
  } catch (err) {
    // Another caller put it there first: theirs stands when it is the same release.
    await rm(tmp, { recursive: true, force: true });
    if (!(await holdsRelease(dir, sha256))) throw err;
  }
  return true;
}

async function holdsRelease(dir: string, sha256: string): Promise<boolean> {
  return assertReleaseDigest(dir, sha256).then(
    () => true,
    () => false,
  );
}

/**
 * Writes `files` into a fresh directory beside `dir` (same parent, so a rename moves it into place) and
 * returns its path; a path that would leave it is refused (`what` names whose files they are).
 */
async function writeTreeBeside(
  dir: string,
  files: { path: string; content: string | Buffer }[],
  what: string,
): Promise<string> {
  const tmp = `${dir}.${process.pid}.${Date.now()}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    for (const file of files) {
      const target = resolve(tmp, file.path);
      if (!target.startsWith(resolve(tmp) + sep))
        throw new Error(`${what} path escapes its directory: ${file.path}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  return tmp;
}

/** Every file under `dir`, relative posix paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}
