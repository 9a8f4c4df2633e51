import { setTimeout as delay } from 'node:timers/promises';
import type { LoggerService } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import type { Adoption } from './adoption';
import type { DeploymentStore } from './deployment-store';
import type { DeploymentViews } from './deployment-views';
import { hostOfInstance, type DeployLeases } from './deploy-leases';
import type { KeyedLock } from '../keyed-lock';
import type { ProcessWatch } from './process-watch';
import type { SupervisorEvents } from './supervisor-events';
import type { Supervised, SupervisorState } from './supervisor-state';

/** Timings of {@link Ownership}; the defaults live in `LocalSupervisorOptions`. */
export interface OwnershipSettings {
  /** How long a deploy, rollback or stop waits for the live owner on this host to hand the service over. */
  handoverTimeoutMs: number;
  /** Pause between asks while waiting for a hand-over. */
  handoverPollMs: number;
}

/**
 * Makes each local deployment supervised by exactly one executor: the one holding its lease
 * ({@link DeployLeases}). A heartbeat every third of the lease TTL renews this executor's leases, gives a
 * service up when its lease was taken (this executor was frozen or cut off longer than the TTL), hands a
 * service over when another executor asks for it, republishes the views of the services it owns, and sweeps
 * the host's deployments directory for services whose lease expired (their executor died), which it adopts:
 * the running process re-adopted when alive and healthy, else restarted.
 *
 * Operations (deploy, rollback, stop) arriving at an executor that does not own the service take it over
 * cleanly first ({@link claim}): the owner, asked through the lease, lets go between two of its operations
 * on the service and transfers the lease; an owner on another host is refused with 409
 * `DEPLOYMENT_OWNED_ELSEWHERE`, since a process is supervised only from its own host.
 */
export class Ownership {
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;
  /** Services being adopted or handed over now, so a later heartbeat does not start the same again. */
  private readonly busy = new Set<string>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly settings: OwnershipSettings,
    private readonly leases: DeployLeases,
    private readonly views: DeploymentViews,
    private readonly store: DeploymentStore,
    private readonly state: SupervisorState,
    private readonly locks: KeyedLock,
    private readonly processWatch: ProcessWatch,
    private readonly adoption: Adoption,
    private readonly events: SupervisorEvents,
    private readonly logger: LoggerService,
  ) {}

  /** Adopts what no live executor supervises, waiting for it, then starts the heartbeat. */
  async start(): Promise<void> {
    // Redis down at boot: nothing adopted now, the heartbeat retries; operations fail until it is back.
    await this.sweep().catch((err: unknown) => {
      this.logger.warn(`deployment lease sweep at start: ${(err as Error).message}`);
    });
    await this.settled();
    if (this.state.closed) return;
    this.timer = setInterval(() => void this.beat(), Math.max(100, Math.floor(this.leases.ttlMs / 3)));
    this.timer.unref();
  }

  /** Stops the heartbeat and releases every lease, so another executor on this host adopts at once. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
    await this.settled();
    await Promise.all(
      this.leases.held().map((name) =>
        this.leases.release(name).catch((err: unknown) => {
          this.logger.warn(`${name}: lease not released: ${(err as Error).message}`);
        }),
      ),
    );
  }

  /** One heartbeat now (tests call it to not wait for the timer); concurrent calls share one. */
  beat(): Promise<void> {
    this.beating ??= this.renewAll()
      .then(() => this.publishOwned())
      .then(() => this.sweep())
      .catch((err: unknown) => {
        this.logger.warn(`deployment lease heartbeat: ${(err as Error).message}`);
      })
      .finally(() => {
        this.beating = null;
      });
    return this.beating;
  }

  /** Whether this executor supervises `name` now (its lease surely held): the fence before starts and writes. */
  owns(name: string): boolean {
    return this.leases.holds(name);
  }

  /**
   * Makes this executor the owner of `name` before an operation on it, under the service's lock: acquires a
   * free lease, or asks the live owner on this host to hand the service over and waits for it (then adopts
   * the service from the shared state). `DEPLOYMENT_OWNED_ELSEWHERE` (409) when the owner is on another host
   * or does not let go in time.
   */
  async claim(name: string): Promise<void> {
    const deadline = Date.now() + this.settings.handoverTimeoutMs;
    for (;;) {
      const answer = await this.leases.request(name);
      if (answer.status !== 'taken') break;
      const owner = answer.owner;
      const ownerHost = hostOfInstance(owner);
      if (ownerHost !== this.leases.hostId) {
        throw new AppError(
          'DEPLOYMENT_OWNED_ELSEWHERE',
          `deployment '${name}' runs on host ${ownerHost}, supervised by executor ${owner}; send it there`,
          { name, owner, host_id: ownerHost },
        );
      }
      if (Date.now() >= deadline) {
        throw new AppError(
          'DEPLOYMENT_OWNED_ELSEWHERE',
          `deployment '${name}' is supervised by executor ${owner}, which did not hand it over within ${this.settings.handoverTimeoutMs} ms`,
          { name, owner, host_id: ownerHost },
        );
      }
      await delay(this.settings.handoverPollMs);
    }
    if (this.state.supervised.has(name)) return;
    const stored = await this.store.load(name);
    if (stored) await this.adoption.adoptOne(stored);
  }

  /** After an operation: a lease claimed for a deployment that did not come to exist is given back. */
  async unclaimIfAbsent(name: string): Promise<void> {
    if (this.state.supervised.has(name)) return;
    await this.leases.release(name);
  }

  /** Waits for adoptions and hand-overs started by heartbeats. */
  private async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private track(name: string, work: () => Promise<void>): void {
    if (this.busy.has(name)) return;
    this.busy.add(name);
    const run = this.locks
      .run(name, work)
      .catch((err: unknown) => {
        this.logger.error(`${name}: ${(err as Error).message}`);
      })
      .finally(() => {
        this.busy.delete(name);
        this.pending.delete(run);
      });
    this.pending.add(run);
  }

  private async renewAll(): Promise<void> {
    await Promise.all(
      this.leases.held().map(async (name) => {
        const surely = this.leases.holds(name);
        const answer = await this.leases.hold(name).catch((err: unknown) => {
          this.logger.warn(`${name}: lease not renewed: ${(err as Error).message}`);
          return null;
        });
        if (answer?.status === 'taken') this.lose(name, answer.owner);
        else if (answer?.status === 'handover') this.track(name, () => this.handOver(name, answer.to));
        else if (answer && !surely && this.state.supervised.has(name)) {
          // Held again after it had lapsed: another executor may have owned it meanwhile, so what this one
          // remembers (pid, status) is not to be trusted; the shared state is read again.
          this.track(name, () => this.readopt(name));
        }
      }),
    );
  }

  private async publishOwned(): Promise<void> {
    const owned = [...this.state.supervised.values()]
      .filter((sup) => this.leases.holds(sup.state.deployment.name))
      .map((sup) => sup.state.deployment);
    await this.views.publish(owned);
  }

  /** Adopts every deployment on this host whose lease no live executor holds. */
  private async sweep(): Promise<void> {
    if (this.state.closed) return;
    const held = new Set(this.leases.held());
    const names = (await this.store.names()).filter(
      (name) => !this.state.supervised.has(name) && !held.has(name) && !this.busy.has(name),
    );
    const owners = await this.leases.owners(names);
    names.forEach((name, i) => {
      if (owners[i] === null) this.track(name, () => this.adoptIfFree(name));
    });
  }

  private async adoptIfFree(name: string): Promise<void> {
    if (this.state.closed || this.state.supervised.has(name)) return;
    const before = await this.store.load(name);
    // Services of another host are never ours, even where a deployments directory is (wrongly) shared.
    if (!before || (before.deployment.host_id ?? this.leases.hostId) !== this.leases.hostId) return;
    const answer = await this.leases.hold(name);
    if (answer.status === 'taken') return;
    // Read again under the lease: the previous owner may have written after the first read.
    const state = await this.store.load(name);
    if (!state) {
      await this.leases.release(name);
      return;
    }
    this.logger.log(`${name}: lease free, adopting (status ${state.deployment.status})`);
    await this.adoption.adoptOne(state);
  }

  private async readopt(name: string): Promise<void> {
    const sup = this.state.supervised.get(name);
    if (sup) await this.detach(sup, 'lease had lapsed; adopting again from the shared state');
    const state = await this.store.load(name);
    if (state && this.leases.holds(name)) await this.adoption.adoptOne(state);
    else await this.leases.release(name);
  }

  /** Lets another executor on this host take the service: stop supervising it, then transfer the lease. */
  private async handOver(name: string, to: string): Promise<void> {
    // A process is supervised only from its own host (the lease script marks no other requester).
    if (!this.leases.holds(name) || hostOfInstance(to) !== this.leases.hostId) return;
    const sup = this.state.supervised.get(name);
    if (sup) await this.detach(sup, `handed over to executor ${to}`);
    if (!(await this.leases.transfer(name, to))) {
      this.logger.warn(`${name}: lease was not ours any more when handing it over to ${to}`);
    }
  }

  /** The lease went to `owner` while this executor thought it held it: stop supervising at once. */
  private lose(name: string, owner: string): void {
    this.leases.forget(name);
    const sup = this.state.supervised.get(name);
    if (sup) void this.detach(sup, `lease taken by executor ${owner}`);
  }

  /** Stops supervising `sup` without touching its process (the next owner adopts it). */
  private async detach(sup: Supervised, why: string): Promise<void> {
    const d = sup.state.deployment;
    this.state.supervised.delete(d.name);
    this.processWatch.cancelRestart(sup);
    sup.instance?.stopWatching();
    sup.instance = null;
    await sup.writes;
    this.logger.log(`${d.name}: no longer supervised here: ${why}`);
    this.events.emit('released', d, d.pid, why);
  }
}
