import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ExecutorConfig } from '../config/executor.config';
import { Workspace } from './workspace';

/** Where builds keep their files: one {@link Workspace} per build under `BUILDS_DIR` (`DATA_DIR/builds`). */
@Injectable()
export class BuildWorkspaces {
  constructor(private readonly config: ExecutorConfig) {}

  /** The directory of a build. */
  of(buildId: string): Workspace {
    return new Workspace(join(this.root, buildId));
  }

  get root(): string {
    return resolve(this.config.BUILDS_DIR ?? join(this.config.DATA_DIR, 'builds'));
  }
}
