import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Live processes whose command line mentions `marker` (tests put one in argv to find every
 * process of a run); with `nodeOnly`, just those already running this Node binary.
 */
export function processesWith(marker: string, nodeOnly = false): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return (
          state !== 'Z' && argv.includes(marker) && (!nodeOnly || argv.startsWith(`${process.execPath}\0`))
        );
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/** Polls `condition` every 20 ms; throws after `timeoutMs`. For states no event announces. */
export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
}
