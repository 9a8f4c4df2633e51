import type { SupervisorEvent } from '../../apps/build-executor/src/deploy/deployment.types';
import type { LocalSupervisor } from '../../apps/build-executor/src/deploy/local/local-supervisor';

/** Resolves with the first supervisor event matching `match` (events are awaited, not slept for). */
export function nextEvent(
  supervisor: LocalSupervisor,
  match: (event: SupervisorEvent) => boolean,
  timeoutMs = 10_000,
): Promise<SupervisorEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no matching supervisor event within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = supervisor.subscribe((event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(event);
    });
  });
}
