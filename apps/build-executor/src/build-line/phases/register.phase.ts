import { Inject, Injectable } from '@nestjs/common';
import type { BuildRecord } from '../../builds/build.record';
import { ExecutorConfig } from '../../config/executor.config';
import { REGISTRY, type RegisteredService, type Registry } from '../../registry/registry.types';
import { BuildMoves } from '../build-moves';
import { waitFor } from '../wait';
import type { BuildPhase } from './build-phase';
import { RevertRelease } from './revert-release';

/**
 * The earliest registration that can be this release's: from its process start (the deployment's `started_at`;
 * a second early for clock rounding). Not from this phase's start: a build resumed here after its executor died
 * may reach `registering` seconds after the service registered (it registers once, then only heartbeats).
 */
export function registeredSince(record: Pick<BuildRecord, 'deployment' | 'phases' | 'updated_at'>): number {
  const started = record.deployment?.started_at;
  const startedMs = typeof started === 'string' ? Date.parse(started) : NaN;
  const anchor = Number.isNaN(startedMs)
    ? Date.parse(record.phases.registering?.started_at ?? record.updated_at)
    : startedMs;
  return anchor - 1000;
}

/** registering: the service registers itself; the entry must appear within REGISTER_TIMEOUT_MS. */
@Injectable()
export class RegisterPhase implements BuildPhase {
  constructor(
    private readonly moves: BuildMoves,
    private readonly revert: RevertRelease,
    private readonly config: ExecutorConfig,
    @Inject(REGISTRY) private readonly registry: Registry,
  ) {}

  async run(record: BuildRecord): Promise<void> {
    const since = registeredSince(record);
    // The last entry seen, for the error when none is fresh: whether the service registered too early for this
    // release or with another SPEC, or not at all.
    let seen: RegisteredService | null = null;
    const entry = await waitFor(async () => {
      const found = await this.registry.get(record.service_name);
      seen = found ?? seen;
      const fresh =
        found &&
        Date.parse(found.registered_at) >= since &&
        found.provenance?.spec_sha256 === record.spec.sha256;
      return fresh ? found : null;
    }, this.config.REGISTER_TIMEOUT_MS).catch(() => null);
    if (!entry) {
      const last = seen as RegisteredService | null;
      return this.revert.revert(record, 'REGISTRATION_TIMEOUT', 'the service did not register in time', {
        registered_since: new Date(since).toISOString(),
        last_entry: last && {
          registered_at: last.registered_at,
          last_heartbeat_at: last.last_heartbeat_at,
          same_spec: last.provenance?.spec_sha256 === record.spec.sha256,
        },
      });
    }
    await this.moves.move(record, 'health_checking', `registered as ${entry.name}`, {
      registration: { ...entry },
    });
  }
}
