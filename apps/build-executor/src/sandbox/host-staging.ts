import { chmodSync, mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedParent, type RunIdentity } from './sandbox-user';

/** util-linux tools the staging launch needs (all in Debian's essential set). */
export interface StagingTools {
  unshare: string;
  mount: string;
  setpriv: string;
}

/**
 * Runs in the private mount namespace `unshare` made, still as root: binds each staged source onto
 * its mount point (pairs of arguments up to `--`), then execs the rest (setpriv, then bwrap).
 */
const STAGE_SCRIPT =
  'm=$1; shift; while [ "$1" != -- ]; do "$m" --bind "$1" "$2" || exit 125; shift 2; done; shift; exec "$@"';

/**
 * How a bwrap run reaches host paths whose parents the run's user may not traverse (a clone under
 * `/root`, mode 0700 on every Debian/Ubuntu machine; Node under `/root/.nvm`).
 *
 * bwrap runs as the run's unprivileged user and resolves every bind source by path, so it needs search
 * permission on each parent; `--bind-fd` does not help, bwrap 0.8 resolves the fd back to a path. So,
 * for such sources only, the executor (root) starts the run through `unshare --mount`: in that private
 * mount namespace it binds each source onto an empty directory under a fresh staging dir in the system
 * temp dir, then drops to the run's user with setpriv and execs bwrap, which binds the staged path at
 * the source's own path inside the sandbox. The process keeps its pid through every exec, so bwrap's
 * start handshake and `--die-with-parent` are unchanged. The binds exist in that namespace alone and
 * vanish with the run; on the host the staging dir stays empty, and is removed by {@link cleanup}.
 * Nothing about the parents' permissions is changed.
 */
export class HostStaging {
  private readonly stageDir: string;
  private readonly binds: Array<[source: string, mountPoint: string]> = [];

  private constructor(
    private readonly tools: StagingTools,
    private readonly identity: RunIdentity,
    /** The sources the run's user cannot reach: only these are staged. */
    private readonly unreachable: ReadonlySet<string>,
  ) {
    this.stageDir = mkdtempSync(join(tmpdir(), 'sandbox-stage-'));
    // Searchable, not listable: bwrap (as the run's user) must walk into it, nothing more.
    chmodSync(this.stageDir, 0o711);
  }

  /**
   * A staging for `sources` when the run drops to another user and one of them is out of that user's
   * reach; undefined when plain bind mounts work. Throws when staging is needed but a tool is missing.
   */
  static forSources(
    sources: string[],
    identity: RunIdentity | undefined,
    tools: StagingTools | undefined,
  ): HostStaging | undefined {
    const unreachable = identity ? sources.filter((source) => closedParent(source) !== undefined) : [];
    if (!identity || unreachable.length === 0) return undefined;
    if (!tools) {
      throw new Error(
        `sandbox: ${unreachable[0]} is not reachable by the sandbox user (${closedParent(unreachable[0])} is ` +
          'not searchable by others), and unshare, mount or setpriv (util-linux) is missing to stage it; ' +
          'install util-linux or move DATA_DIR',
      );
    }
    return new HostStaging(tools, identity, new Set(unreachable));
  }

  /** The path bwrap should bind for host path `source` (a staged mount point, or `source` itself). */
  source(source: string): string {
    if (!this.unreachable.has(source)) return source;
    const existing = this.binds.find(([from]) => from === source);
    if (existing) return existing[1];
    const mountPoint = join(this.stageDir, String(this.binds.length));
    mkdirSync(mountPoint, { mode: 0o755 });
    this.binds.push([source, mountPoint]);
    return mountPoint;
  }

  /** The program and arguments that set the binds up, drop to the run's user and exec `file args`. */
  launch(file: string, args: string[]): { file: string; args: string[] } {
    const { tools, identity } = this;
    const uid = String(identity.uid);
    const gid = String(identity.gid);
    return {
      file: tools.unshare,
      args: [
        '--mount',
        '--propagation',
        'private',
        '--',
        '/bin/sh',
        '-c',
        STAGE_SCRIPT,
        'sh',
        tools.mount,
        ...this.binds.flat(),
        '--',
        tools.setpriv,
        `--reuid=${uid}`,
        `--regid=${gid}`,
        '--clear-groups',
        '--',
        file,
        ...args,
      ],
    };
  }

  /**
   * Removes the staging dir once the run is over. Host-side its mount points are empty directories; they
   * are removed one by one, never recursively, so a bind that somehow outlived the run fails loudly
   * instead of taking the work dir's files with it.
   */
  cleanup(): void {
    for (const [, mountPoint] of this.binds) rmdirSync(mountPoint);
    rmdirSync(this.stageDir);
  }
}
