import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { K8sObject } from './k8s-manifests';

/** One release as it was applied: the exact objects, so a rollback re-applies them verbatim. */
export interface AppliedRelease {
  release_id: string;
  /** ISO-8601. */
  applied_at: string;
  objects: K8sObject[];
}

/** What the executor knows of one service in one namespace. */
export interface K8sServiceState {
  name: string;
  namespace: string;
  /** The release serving now (null after a first deploy failed or was rolled back to nothing). */
  current: AppliedRelease | null;
  /** The release a rollback returns to. */
  previous: AppliedRelease | null;
}

/**
 * Where the release history a rollback needs is kept: Redis in the executor ({@link RedisK8sReleaseHistory}), so
 * any replica can roll back what another deployed; files under `DATA_DIR` ({@link K8sReleaseStore}) otherwise.
 */
export interface K8sReleaseHistory {
  /** The service's history (both releases null when nothing is known). */
  load(namespace: string, name: string): Promise<K8sServiceState>;
  /** Replaces the service's history. */
  save(state: K8sServiceState): Promise<void>;
}

interface StateFile extends K8sServiceState {
  format: 1;
}

/**
 * The history on one executor's disk: one JSON file per service and namespace, `<root>/<namespace>/<name>.json`,
 * written atomically (temporary file renamed into place). The cluster keeps only what is live; the objects of the previous release are
 * kept here so that a rollback restores exactly what was applied before, ConfigMap content included.
 */
export class K8sReleaseStore implements K8sReleaseHistory {
  private sequence = 0;

  constructor(readonly root: string) {}

  async load(namespace: string, name: string): Promise<K8sServiceState> {
    try {
      const parsed = JSON.parse(await readFile(this.path(namespace, name), 'utf8')) as Partial<StateFile>;
      if (parsed.format === 1 && parsed.name === name && parsed.namespace === namespace) {
        return { name, namespace, current: parsed.current ?? null, previous: parsed.previous ?? null };
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return { name, namespace, current: null, previous: null };
  }

  async save(state: K8sServiceState): Promise<void> {
    const dir = join(this.root, state.namespace);
    await mkdir(dir, { recursive: true });
    const file: StateFile = { format: 1, ...state };
    const tmp = join(dir, `.${state.name}.${process.pid}.${++this.sequence}.tmp`);
    // 0600: the rendered objects carry the service's environment.
    await writeFile(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    await rename(tmp, this.path(state.namespace, state.name));
  }

  private path(namespace: string, name: string): string {
    return join(this.root, namespace, `${name}.json`);
  }
}
