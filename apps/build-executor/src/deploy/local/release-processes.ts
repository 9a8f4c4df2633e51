import type { LoggerService } from '@nestjs/common';
import type { ReleaseRef } from '../deployment.types';
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
  /** Pause between health probes while waiting. */
  healthPollMs: number;
}

/** Outcome of {@link ReleaseProcesses.waitHealthy}; `atPerf` is `performance.now()` for measuring gaps. */
export type HealthWait = { ok: true; atPerf: number; at: string } | { ok: false; error: string };

/** What runs a release: starts it as `node main.js`, stops its process group, waits for its `/health`. */
export class ReleaseProcesses {
  private readonly probeHost: string;

  constructor(
    private readonly settings: ReleaseProcessSettings,
    private readonly state: SupervisorState,
    private readonly logger: LoggerService,
  ) {
    this.probeHost = reachableHost(settings.host);
  }

  /** Starts `release` on `port`, detached in its own process group, its output appended to `logPath`. */
  async launch(
    name: string,
    release: ReleaseRef,
    port: number,
    env: Record<string, string>,
    logPath: string,
    purpose: 'start' | 'staging' | 'restart' | 'rollback',
  ): Promise<Instance> {
    const { host } = this.settings;
    const startedAtMs = Date.now();
    const spawned = await startDetached({
      command: this.settings.nodePath,
      args: ['main.js'],
      cwd: release.release_dir,
      env: { ...env, PORT: String(port), HOST: host },
      logPath,
      banner: `[supervisor ${new Date(startedAtMs).toISOString()}] ${purpose} ${name} release ${release.release_id} on ${host}:${port}`,
    });
    return {
      pid: spawned.pid,
      release,
      port,
      startedAtMs,
      exited: spawned.exited,
      stopWatching: () => undefined,
      stopping: false,
    };
  }

  /** Stops the instance's whole process group on purpose (so its exit is not taken for a crash). */
  async kill(instance: Instance): Promise<void> {
    const { stopGraceMs } = this.settings;
    instance.stopping = true;
    instance.stopWatching();
    const how = await stopGroup(instance.pid, stopGraceMs);
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
    for (;;) {
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
      await Promise.race([sleep(this.settings.healthPollMs), instance.exited]);
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
