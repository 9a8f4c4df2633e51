import { AppError } from '@sf/contracts';
import { isPortFree } from './port-check';
import type { Supervised } from './supervisor-state';

/**
 * Who may take a port for a deploy: not a port another (not stopped) deployment is on, not one a deploy of
 * another service in flight has reserved, not one a foreign process holds.
 */
export class PortReservations {
  /** Ports of deploys in flight, so two services cannot both pass the port check for the same port. */
  private readonly reserved = new Map<number, string>();

  constructor(
    private readonly supervised: ReadonlyMap<string, Supervised>,
    private readonly host: string,
  ) {}

  /**
   * Reserves `port` for the deploy of `name` (whose runtime side is `sup`, if deployed before) until
   * {@link release}. `PORT_IN_USE` when it is taken, `VALIDATION_FAILED` when `host` cannot be bound at all.
   */
  async reserve(name: string, port: number, sup: Supervised | null): Promise<void> {
    for (const [other, s] of this.supervised) {
      if (other !== name && s.state.deployment.status !== 'stopped' && s.state.deployment.port === port) {
        throw portInUse(port, other);
      }
    }
    const reservedBy = this.reserved.get(port);
    if (reservedBy !== undefined && reservedBy !== name) throw portInUse(port, reservedBy);
    // Reserved before the (asynchronous) bind test, so a concurrent deploy of another service sees it.
    this.reserved.set(port, name);
    if (sup?.instance && sup.instance.port === port) return;
    let free: boolean;
    try {
      free = await isPortFree(this.host, port);
    } catch (err) {
      this.reserved.delete(port);
      throw new AppError('VALIDATION_FAILED', `cannot bind ${this.host}:${port}: ${(err as Error).message}`, {
        port,
      });
    }
    if (!free) {
      this.reserved.delete(port);
      throw portInUse(port, null);
    }
  }

  /** Ends the reservation of `port` by `name`'s deploy (the deployment itself now holds it, or not). */
  release(name: string, port: number): void {
    if (this.reserved.get(port) === name) this.reserved.delete(port);
  }
}

function portInUse(port: number, heldBy: string | null): AppError {
  const message = heldBy
    ? `port ${port} is held by deployment '${heldBy}'`
    : `port ${port} is in use by another process`;
  return new AppError('PORT_IN_USE', message, { port, held_by: heldBy });
}
