import type { LoggerService } from '@nestjs/common';
import { allocateServiceUid, stopJailed, type IsolationReport, type ServiceJail } from '../../sandbox';
import type { ReleaseRef } from '../deployment.types';
import { assertReleaseDigest } from '../release-digest';
import { probeHealth } from './health-probe';
import { startDetached, stopGroup, type ProcessExit } from './process-group';
import type { Instance, SupervisorState } from './supervisor-state';

/** Timings and binary of {@link ReleaseProcesses}; the defaults live in `LocalSupervisorOptions`. */
export interface ReleaseProcessSettings {
  /** Node binary the releases run on. */
  nodePath: string;
  /** Address services bind (`HOST` in their environment). */
  host: string;
  /** SIGTERM → SIGKILL grace when stopping a release. */
  stopGraceMs: number;
  /** Timeout of one health probe. */
  probeTimeoutMs: number;
  /** Longest pause between health probes while waiting (the first pauses are shorter: see `waitHealthy`). */
  healthPollMs: number;
  /** Runs releases isolated (bwrap); undefined: plain processes, `unisolated`. */
  jail?: ServiceJail;
  /** The one writable directory of a jailed service. */
  dataDirOf(name: string): string;
}

/** The isolation report of a release run as a plain process (`SANDBOX=process`). */
export const UNISOLATED: IsolationReport = {
  mode: 'process',
  label: 'unisolated',
  uid: process.getuid?.() ?? null,
  network: 'host',
  applied: ['own process group', 'environment limited to what the service is given'],
  not_applied: [
    'SANDBOX=process: no namespaces, no per-service uid, no limits; the host filesystem and network are reachable',
  ],
  limits: null,
};

/** First pause between health probes of a starting release. */
const FIRST_HEALTH_POLL_MS = 5;

/** Outcome of {@link ReleaseProcesses.waitHealthy}; `atPerf` is `performance.now()` for measuring gaps. */
export type HealthWait = { ok: true; atPerf: number; at: string } | { ok: false; error: string };

/** What runs a release: starts it as `node main.js`, stops its process group, waits for its `/health`. */
export class ReleaseProcesses {
  private readonly probeHost: string;
  /** Service uids handed out (root only), by service name; kept in each deployment's `isolation`. */
  private readonly uids = new Map<string, number>();

  constructor(
    private readonly settings: ReleaseProcessSettings,
    private readonly state: SupervisorState,
    private readonly logger: LoggerService,
  ) {
    this.probeHost = reachableHost(settings.host);
  }

  /**
   * Starts `release` on `port`, detached in its own process group, its output appended to `logPath`: under
   * the jail when there is one, else as a plain process. A release with a recorded digest is verified first;
   * `RELEASE_HASH_MISMATCH` (nothing started) when its files changed since its tests passed.
   */
  async launch(
    name: string,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
    logPath: string,
    purpose: 'start' | 'staging' | 'restart' | 'rollback',
  ): Promise<Instance> {
    const { host, jail } = this.settings;
    if (release.release_sha256) await assertReleaseDigest(release.release_dir, release.release_sha256);
    const startedAtMs = Date.now();
    const banner = `[supervisor ${new Date(startedAtMs).toISOString()}] ${purpose} ${name} release ${release.release_id} on ${host}:${port}`;
    const serviceEnv = { ...env, PORT: String(port), HOST: host };
    const spawned = jail
      ? await jail.launch({
          name,
          releaseDir: release.release_dir,
          entry: 'main.js',
          dataDir: this.settings.dataDirOf(name),
          env: serviceEnv,
          logPath,
          banner: `${banner} (isolated, uid ${this.isolationOf(name).uid ?? '?'})`,
          identity: jail.identity(this.serviceUid(name)),
        })
      : await startDetached({
          command: this.settings.nodePath,
          args: ['main.js'],
          cwd: release.release_dir,
          env: serviceEnv,
          logPath,
          banner: `${banner} (unisolated: SANDBOX=process)`,
        });
    return {
      pid: spawned.pid,
      release,
      port,
      startedAtMs,
      exited: spawned.exited,
      stopWatching: () => undefined,
      stopping: false,
      jailed: jail !== undefined,
    };
  }

  /** Frees what a stopped service kept between its starts (its CPU cgroup). */
  retire(name: string): void {
    this.settings.jail?.retire(name);
  }

  /** How `name`'s releases are confined (for its deployment status). */
  isolationOf(name: string): IsolationReport {
    const { jail } = this.settings;
    return jail ? jail.report(name, jail.identity(this.serviceUid(name))) : UNISOLATED;
  }

  /**
   * The uid of service `name` when the executor is root: the one its deployment already has, else a fresh
   * one from the service block no other deployment holds. Undefined when not root (the executor's own uid).
   */
  private serviceUid(name: string): number | undefined {
    if (process.getuid?.() !== 0) return undefined;
    const known = this.uids.get(name) ?? this.state.supervised.get(name)?.state.deployment.isolation?.uid;
    if (known !== undefined && known !== null && known !== 65534) {
      this.uids.set(name, known);
      return known;
    }
    const taken = new Set<number>(this.uids.values());
    for (const sup of this.state.supervised.values()) {
      const uid = sup.state.deployment.isolation?.uid;
      if (uid !== undefined && uid !== null) taken.add(uid);
    }
    const uid = allocateServiceUid(name, taken);
    if (uid !== undefined) this.uids.set(name, uid);
    return uid;
  }

  /** Stops the instance's whole process group on purpose (so its exit is not taken for a crash). */
  async kill(instance: Instance): Promise<void> {
    const { stopGraceMs } = this.settings;
    instance.stopping = true;
    instance.stopWatching();
    // A jailed service is stopped through its pid namespace (its pid 1), which takes every process with it.
    const how = instance.jailed
      ? await stopJailed(instance.pid, stopGraceMs)
      : await stopGroup(instance.pid, stopGraceMs);
    if (how === 'killed') {
      this.logger.warn(`pid ${instance.pid} ignored SIGTERM for ${stopGraceMs} ms and was killed`);
    }
  }

  /** Polls `/health` until `active`, the process exits, or `timeoutMs` passes. */
  async waitHealthy(instance: Instance, timeoutMs: number): Promise<HealthWait> {
    const seen: { exit: ProcessExit | null } = { exit: null };
    void instance.exited.then((exit) => (seen.exit = exit));
    const url = this.urlOf(instance.port);
    const deadline = performance.now() + timeoutMs;
    let last = 'no answer yet';
    // A release usually answers within tens of ms of its start: short pauses first, doubling up to
    // healthPollMs, so a ready service is not left waiting half a poll on average.
    for (let pause = Math.min(FIRST_HEALTH_POLL_MS, this.settings.healthPollMs); ;) {
      if (seen.exit)
        return { ok: false, error: `exited (${describeExit(seen.exit)}) before answering /health active` };
      if (this.state.closed) return { ok: false, error: 'supervisor shut down' };
      const remaining = deadline - performance.now();
      const probe = await probeHealth(url, Math.max(50, Math.min(this.settings.probeTimeoutMs, remaining)));
      // An exit seen meanwhile wins: the answer cannot have come from a process that is gone.
      if (probe.ok && !seen.exit)
        return { ok: true, atPerf: performance.now(), at: new Date().toISOString() };
      last = probe.error ?? last;
      if (performance.now() >= deadline) {
        return { ok: false, error: `not healthy within ${timeoutMs} ms (last: ${last})` };
      }
      await Promise.race([sleep(pause), instance.exited]);
      pause = Math.min(pause * 2, this.settings.healthPollMs);
    }
  }

  /** Base URL of a release serving on `port`. */
  urlOf(port: number): string {
    return `http://${this.probeHost}:${port}`;
  }
}

/** How a process ended, for logs and events. */
export function describeExit(exit: ProcessExit): string {
  if (exit.signal) return `signal ${exit.signal}`;
  if (exit.code !== null) return `code ${exit.code}`;
  return 'gone';
}

/** Where to reach a service bound to `host`: a wildcard bind is reached over loopback. */
function reachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, ms).unref();
  });
}
