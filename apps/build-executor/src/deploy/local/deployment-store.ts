import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deployment } from '../deployment.types';

/** What is kept per deployment beyond its public view: what a restart or a rollback needs to relaunch. */
export interface DeploymentState {
  deployment: Deployment;
  /** Environment of the current release, as the caller gave it. */
  env: Record<string, string>;
  /** Environment of `deployment.previous_release`. */
  previous_env: Record<string, string> | null;
  /**
   * A process started for a release switch not yet committed (the spare-port proof, or the new release on
   * its port before it is healthy); stopped at start-up if the executor died mid-switch.
   */
  staging: { pid: number; release_dir: string } | null;
}

interface StateFile extends DeploymentState {
  format: 1;
}

const STATE_FILE = 'deployment.json';
const LAUNCH_FILE = 'launch.json';

/** The process of a service's first start, recorded until that start is committed or given up. */
export interface FirstLaunch {
  /**
   * Null when recorded just before the spawn (the executor may die between the spawn and the next write): the
   * process is then found by its working directory, the release's.
   */
  pid: number | null;
  release_dir: string;
  jailed: boolean;
  /** The release started and its port: a repeated deploy of the same release there keeps the process. */
  release_id?: string;
  release_sha256?: string | null;
  port?: number;
  started_at_ms?: number;
}

/**
 * One JSON file per deployment, `<root>/<name>/deployment.json`, next to the release logs. Local processes
 * are facts about this machine (a pid means nothing on another host sharing the Redis), so their state
 * lives on this machine's disk and survives a flushed or shared Redis. Writes go to a temporary file
 * renamed into place, so a crash mid-write leaves the previous state rather than half a file.
 */
export class DeploymentStore {
  private sequence = 0;

  constructor(readonly root: string) {}

  /** Directory of one deployment (its state file and one sub-directory of logs per release). */
  dir(name: string): string {
    return join(this.root, name);
  }

  /** Log file of one release of a deployment. */
  logPath(name: string, releaseId: string): string {
    return join(this.root, name, releaseId, 'service.log');
  }

  async save(state: DeploymentState): Promise<void> {
    const file: StateFile = { format: 1, ...state };
    await this.writeFile(state.deployment.name, STATE_FILE, `${JSON.stringify(file, null, 2)}\n`);
  }

  /** Writes `<root>/<name>/<fileName>` through a temporary file renamed into place. */
  private async writeFile(name: string, fileName: string, text: string): Promise<void> {
    const dir = this.dir(name);
    await mkdir(dir, { recursive: true });
    // Unique per write so two writers never share a temporary file; the last rename wins.
    const tmp = join(dir, `.${fileName}.${process.pid}.${++this.sequence}.tmp`);
    // 0600: the environment may hold credentials meant only for the service.
    await writeFile(tmp, text, { mode: 0o600 });
    await rename(tmp, join(dir, fileName));
  }

  /**
   * Records the process of a service's first start before it is healthy (there is no state file yet to hold
   * it as `staging`), so a deploy repeated after the executor died there stops it instead of finding its port
   * taken by a process nobody knows.
   */
  async saveLaunch(name: string, launch: FirstLaunch): Promise<void> {
    await this.writeFile(name, LAUNCH_FILE, `${JSON.stringify(launch)}\n`);
  }

  /** The recorded first start of `name`, or null. */
  async loadLaunch(name: string): Promise<FirstLaunch | null> {
    try {
      const parsed = JSON.parse(
        await readFile(join(this.dir(name), LAUNCH_FILE), 'utf8'),
      ) as Partial<FirstLaunch>;
      const pidOk = typeof parsed.pid === 'number' || parsed.pid === null;
      if (!pidOk || typeof parsed.release_dir !== 'string') return null;
      const launch: FirstLaunch = {
        pid: parsed.pid ?? null,
        release_dir: parsed.release_dir,
        jailed: parsed.jailed === true,
      };
      if (typeof parsed.release_id === 'string') launch.release_id = parsed.release_id;
      if (typeof parsed.release_sha256 === 'string') launch.release_sha256 = parsed.release_sha256;
      if (typeof parsed.port === 'number') launch.port = parsed.port;
      if (typeof parsed.started_at_ms === 'number') launch.started_at_ms = parsed.started_at_ms;
      return launch;
    } catch {
      return null;
    }
  }

  /** Forgets the recorded first start of `name` (committed, failed, or stopped). */
  async clearLaunch(name: string): Promise<void> {
    await rm(join(this.dir(name), LAUNCH_FILE), { force: true });
  }

  /** Names of the stored deployments (directories under the root), sorted. */
  async names(): Promise<string[]> {
    try {
      return (await readdir(this.root)).sort();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  /** Every stored deployment; unreadable or foreign files are reported through `onSkip` and ignored. */
  async loadAll(
    onSkip: (path: string, reason: string) => void = () => undefined,
  ): Promise<DeploymentState[]> {
    const states: DeploymentState[] = [];
    for (const name of await this.names()) {
      const state = await this.load(name, onSkip);
      if (state) states.push(state);
    }
    return states;
  }

  /** One stored deployment, or null when it has no (readable) state file. */
  async load(
    name: string,
    onSkip: (path: string, reason: string) => void = () => undefined,
  ): Promise<DeploymentState | null> {
    const path = join(this.root, name, STATE_FILE);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = JSON.parse(text) as Partial<StateFile>;
      if (parsed.format !== 1 || !parsed.deployment || parsed.deployment.name !== name) {
        onSkip(path, 'not a deployment state file of this format');
        return null;
      }
      const { format: _format, ...state } = parsed as StateFile;
      return state;
    } catch (err) {
      onSkip(path, (err as Error).message);
      return null;
    }
  }
}
