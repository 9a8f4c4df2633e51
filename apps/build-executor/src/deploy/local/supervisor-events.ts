import type { LoggerService } from '@nestjs/common';
import type { Deployment, SupervisorEvent } from '../deployment.types';

/** Hands what the supervisor does to its listeners; a failing listener is logged and cannot stop the rest. */
export class SupervisorEvents {
  private readonly listeners = new Set<(event: SupervisorEvent) => void>();

  constructor(private readonly logger: LoggerService) {}

  /** Listens to what the supervisor does; returns the unsubscribe function. */
  subscribe(listener: (event: SupervisorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls every listener now, synchronously, in subscription order. */
  emit(
    type: SupervisorEvent['type'],
    d: Pick<Deployment, 'name' | 'release_id'>,
    pid: number | null,
    message: string,
  ): void {
    const event: SupervisorEvent = {
      type,
      name: d.name,
      release_id: d.release_id,
      pid,
      message,
      at: new Date().toISOString(),
    };
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.logger.error(`event listener failed: ${(err as Error).message}`);
      }
    }
  }
}
