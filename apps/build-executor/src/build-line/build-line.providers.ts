import type { Provider } from '@nestjs/common';
import { BuildLineService } from './build-line.service';
import { BuildMoves } from './build-moves';
import { BuildWorkspaces } from './build-workspaces';
import { CheckpointStore } from './checkpoint-store';
import { ModelCalls } from './model-calls';
import { CheckHealthPhase } from './phases/check-health.phase';
import { DeployPhase } from './phases/deploy.phase';
import { FixPhase } from './phases/fix.phase';
import { GeneratePhase } from './phases/generate.phase';
import { RegisterPhase } from './phases/register.phase';
import { RevertRelease } from './phases/revert-release';
import { TestPhase } from './phases/test.phase';
import { VerifyUdcPhase } from './phases/verify-udc.phase';

/** The build line's orchestrator, its phases and what they share. */
export const BUILD_LINE_PROVIDERS: Provider[] = [
  BuildLineService,
  BuildWorkspaces,
  CheckpointStore,
  BuildMoves,
  ModelCalls,
  GeneratePhase,
  TestPhase,
  FixPhase,
  VerifyUdcPhase,
  DeployPhase,
  RevertRelease,
  RegisterPhase,
  CheckHealthPhase,
];
