import type { OnModuleInit } from '@nestjs/common';
import { AppError } from '@sf/contracts';
import { deployTargetOf, type DeployTarget, type DeployTargetKind } from './deploy-target';

/** The deploy flags of a build or a submit request. */
export interface DeployFlags {
  deploy_local: boolean;
  deploy_production: boolean;
}

/** The one place that picks a build's {@link DeployTarget} from its deploy flags. */
export class DeployTargets implements OnModuleInit {
  private readonly byKind: ReadonlyMap<DeployTargetKind, DeployTarget>;

  constructor(targets: DeployTarget[]) {
    this.byKind = new Map(targets.map((target) => [target.kind, target]));
  }

  /** At boot, every target takes charge of what a previous executor left running. */
  async onModuleInit(): Promise<void> {
    await Promise.all([...this.byKind.values()].map((target) => target.adoptAtBoot()));
  }

  /** The target of `flags`; `DEPLOY_TARGET_UNAVAILABLE` when the flags name none. */
  for(flags: DeployFlags): DeployTarget {
    const kind = deployTargetOf(flags);
    const target = kind && this.byKind.get(kind);
    if (!target) {
      throw new AppError(
        'DEPLOY_TARGET_UNAVAILABLE',
        'no deploy target: set deploy_local=true or deploy_production=true',
        { ...flags },
      );
    }
    return target;
  }

  /**
   * The target of `flags` when it can deploy on this executor now; `DEPLOY_TARGET_UNAVAILABLE` otherwise,
   * so a build that could only fail at deploy is refused before codegen and tests.
   */
  available(flags: DeployFlags): DeployTarget {
    const target = this.for(flags);
    const availability = target.availability();
    if (!availability.ok) {
      throw new AppError('DEPLOY_TARGET_UNAVAILABLE', availability.reason, { ...flags, target: target.kind });
    }
    return target;
  }
}
