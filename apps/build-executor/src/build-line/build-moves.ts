import { Injectable } from '@nestjs/common';
import { AppError, type NewPipelineEvent } from '@sf/contracts';
import type { BuildRecord } from '../builds/build.record';
import { moveBuild } from '../builds/build-changes';
import { BuildsRepository, type BuildChange } from '../builds/builds.repository';

/** How phases move a build on: compare-and-set on the build record, with the events of the move. */
@Injectable()
export class BuildMoves {
  constructor(private readonly repo: BuildsRepository) {}

  /** Moves the build to `to` only if it is still where `record` saw it (a redelivered step changes nothing). */
  async move(
    record: BuildRecord,
    to: Parameters<typeof moveBuild>[1],
    message: string,
    patch: Partial<BuildRecord> = {},
    extra: NewPipelineEvent[] = [],
  ): Promise<void> {
    await this.change(record.build_id, (r) =>
      r.status === record.status ? moveBuild(r, to, message, patch, extra) : null,
    );
  }

  /** Applies `fn` to the current record by compare-and-set; `BUILD_NOT_FOUND` when there is none. */
  async change(buildId: string, fn: (r: BuildRecord) => BuildChange | null): Promise<void> {
    const updated = await this.repo.update(buildId, fn);
    if (!updated) throw new AppError('BUILD_NOT_FOUND', `build ${buildId} does not exist`);
  }
}
