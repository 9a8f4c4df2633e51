import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A generated file, path relative and posix-style. */
export interface WorkspaceFile {
  path: string;
  content: string;
}

/**
 * One build's directory under `BUILDS_DIR/<build_id>/`: the SPEC, generated sources, the transpiled work
 * tree the sandbox runs, the release, logs, and one checkpoint file per finished step. A restarted build
 * reads the checkpoints and resumes after the last one, so no finished step (or LLM call) runs twice.
 */
export class Workspace {
  constructor(readonly root: string) {}

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
    await writeAtomic(this.specPath, specMarkdown);
  }

  async readSpec(): Promise<string> {
    return readFile(this.specPath, 'utf8');
  }

  /** The checkpoint `name`, or null when that step has not finished. */
  async checkpoint<T>(name: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.checkpointPath(name), 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  /** Records a finished step; written atomically so a crash never leaves half a checkpoint. */
  async saveCheckpoint(name: string, value: unknown): Promise<void> {
    await writeAtomic(this.checkpointPath(name), JSON.stringify(value, null, 2));
  }

  async writeLog(name: string, text: string): Promise<string> {
    const path = join(this.logsDir, name);
    await writeAtomic(path, text);
    return path;
  }

  /** Replaces `dir` with exactly `files` (paths must stay inside it). */
  async writeTree(dir: string, files: WorkspaceFile[]): Promise<void> {
    await rm(dir, { recursive: true, force: true });
    for (const file of files) {
      const target = resolve(dir, file.path);
      if (!target.startsWith(resolve(dir) + sep))
        throw new Error(`generated path escapes its directory: ${file.path}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  }

  /** Moves the release aside (failed artifacts are kept, not deleted) and returns where it went. */
  async archiveRelease(): Promise<string> {
    const target = join(this.root, 'archive', `release-${Date.now()}`);
    await mkdir(dirname(target), { recursive: true });
    await cp(this.releaseDir, target, { recursive: true });
    return target;
  }

  private checkpointPath(name: string): string {
    return join(this.root, 'checkpoints', `${name}.json`);
  }
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
