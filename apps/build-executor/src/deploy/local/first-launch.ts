import type { LoggerService } from '@nestjs/common';
import { stopJailed } from '../../sandbox';
import type { DeploymentStore } from './deployment-store';
import { isProcessAlive, processCwd, stopGroup } from './process-group';

/**
 * Stops the process of a first start of `name` that was never committed (its executor died between starting it
 * and recording the deployment, so no state file holds it) and forgets the record. Called before a deploy of a
 * service this executor does not know, and at start-up; the process is stopped only while it is still the one
 * recorded (same pid, working directory the release's).
 */
export async function stopUncommittedLaunch(
  store: DeploymentStore,
  name: string,
  graceMs: number,
  logger: LoggerService,
): Promise<void> {
  const launch = await store.loadLaunch(name);
  if (!launch) return;
  if (isProcessAlive(launch.pid) && (await processCwd(launch.pid)) === launch.release_dir) {
    logger.warn(`${name}: stopping pid ${launch.pid}, left by a first start that was never committed`);
    if (launch.jailed) await stopJailed(launch.pid, graceMs);
    else await stopGroup(launch.pid, graceMs);
  }
  await store.clearLaunch(name);
}
