import { AppError } from '@sf/contracts';
import type { DeployOutcome, DeployTarget, ReleaseToDeploy, TargetAvailability } from '../deploy-target';
import { probeHealth } from './health-probe';
import type { LocalSupervisor } from './local-supervisor';

/**
 * `env` with the isolation label added to `SF_PROVENANCE`, so the service's registry entry says whether it
 * runs isolated; unchanged when there is no (JSON object) provenance to add it to.
 */
function labelled(env: Record<string, string>, label: 'isolated' | 'unisolated'): Record<string, string> {
  if (!env.SF_PROVENANCE) return env;
  try {
    const provenance = JSON.parse(env.SF_PROVENANCE) as unknown;
    if (typeof provenance !== 'object' || provenance === null || Array.isArray(provenance)) return env;
    return { ...env, SF_PROVENANCE: JSON.stringify({ ...provenance, isolation: label }) };
  } catch {
    return env;
  }
}

/** How long the health-check phase waits for one `GET /health` of a local service. */
const HEALTH_PROBE_TIMEOUT_MS = 2000;

/**
 * The `local` target: the release runs as a process of the {@link LocalSupervisor} on this machine and
 * reaches the registry at `registryUrl` (`REGISTRY_URL`, else this executor's built-in registry with the other
 * live executors' as fail-over, see `registry-replicas.ts`).
 */
export class LocalDeployTarget implements DeployTarget {
  readonly kind = 'local' as const;

  constructor(
    private readonly supervisor: LocalSupervisor,
    /** `REGISTRY_URL` for the service: a fixed URL, or the live registry replicas asked at each deploy. */
    private readonly registryUrl: string | (() => Promise<string>),
    /** Mints the service's own registry token (`REGISTRY_TOKEN` in its environment); null: none. */
    private readonly registryToken: ((name: string) => Promise<string>) | null = null,
  ) {}

  availability(): TargetAvailability {
    return { ok: true };
  }

  async deploy(release: ReleaseToDeploy): Promise<DeployOutcome> {
    const result = await this.supervisor.deploy({
      name: release.name,
      release_id: release.release_id,
      release_dir: release.release_dir,
      port: release.port,
      env: {
        REGISTRY_URL: typeof this.registryUrl === 'string' ? this.registryUrl : await this.registryUrl(),
        ...(this.registryToken ? { REGISTRY_TOKEN: await this.registryToken(release.name) } : {}),
        ...labelled(release.env, this.supervisor.isolationLabel()),
      },
      ...(release.release_sha256 ? { release_sha256: release.release_sha256 } : {}),
    });
    if (!result.ok) {
      return {
        ok: false,
        rolled_back: result.rolled_back,
        error: result.error,
        deployment: { target: 'local', ...(result.deployment ?? {}), log_path: result.log_path },
        details: { stage: result.stage, ...(result.code ? { code: result.code } : {}) },
      };
    }
    const d = result.deployment;
    return {
      ok: true,
      deployment: { ...d, swap: result.swap },
      summary: `running at ${d.url} (pid ${d.pid}, ${d.isolation?.label ?? 'unisolated'})`,
      event: {
        message: `release ${d.release_id} running at ${d.url} (${d.isolation?.label ?? 'unisolated'})`,
        data: { url: d.url, pid: d.pid, isolation: d.isolation?.label ?? 'unisolated' },
      },
    };
  }

  async isActive(_name: string, url: string): Promise<boolean> {
    return (await probeHealth(url, HEALTH_PROBE_TIMEOUT_MS)).ok;
  }

  async revert(name: string, releaseId: string): Promise<string | null> {
    const current = await this.supervisor.get(name);
    if (current?.release_id !== releaseId) return null;
    if (!current.previous_release) {
      await this.supervisor.stop(name);
      return null;
    }
    const back = await this.supervisor.rollback(name);
    return back.ok ? back.deployment.release_id : null;
  }

  async rollback(name: string, releaseId: string): Promise<{ restored_release: string | null }> {
    const current = await this.supervisor.get(name);
    if (current?.release_id !== releaseId || !current.previous_release) {
      throw new AppError(
        'INVALID_STATE_TRANSITION',
        'only the live release of a service with a previous release can be rolled back',
        { live_release: current?.release_id ?? null, previous_release: current?.previous_release ?? null },
      );
    }
    const result = await this.supervisor.rollback(name);
    return { restored_release: result.ok ? result.deployment.release_id : null };
  }

  async stop(name: string): Promise<void> {
    await this.supervisor.stop(name);
  }

  async describe(name: string): Promise<Record<string, unknown> | null> {
    const deployment = await this.supervisor.get(name);
    return deployment ? { ...deployment } : null;
  }

  /** Re-adopts (or restarts) the services the last executor left running; idempotent. */
  adoptAtBoot(): Promise<void> {
    return this.supervisor.adoptAtBoot();
  }
}
