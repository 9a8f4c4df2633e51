import type { BuildRecord } from '../../builds/build.record';

/**
 * One step of the build line: reads its input checkpoint, does its work only when the build is still at
 * its status, writes its output checkpoint, then moves the build on by compare-and-set.
 */
export interface BuildPhase {
  run(record: BuildRecord, signal: AbortSignal): Promise<void>;
}
