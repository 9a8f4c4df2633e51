import { Injectable } from '@nestjs/common';
import type { NewPipelineEvent } from '@sf/contracts';
import { applyFixerOutput, FIXER_OUTPUT_SCHEMA, GENERATED_LAYOUT, type GeneratedFile } from '@sf/llm';
import { extractContract } from '@sf/service-spec';
import type { BuildRecord } from '../../builds/build.record';
import { withCost } from '../../builds/build-changes';
import { BuildMoves } from '../build-moves';
import { BuildWorkspaces } from '../build-workspaces';
import { ModelCalls, type LlmCheckpoint } from '../model-calls';
import { currentFiles } from '../sources';
import type { BuildPhase } from './build-phase';

/** fixing: failing output goes back to the model; only sources may change (the tests are the contract). */
@Injectable()
export class FixPhase implements BuildPhase {
  constructor(
    private readonly workspaces: BuildWorkspaces,
    private readonly moves: BuildMoves,
    private readonly models: ModelCalls,
  ) {}

  async run(record: BuildRecord): Promise<void> {
    const ws = this.workspaces.of(record.build_id);
    const iteration = record.fix_iterations + 1;
    let checkpoint = await ws.checkpoint<LlmCheckpoint>(`fix-${iteration}`);
    const events: NewPipelineEvent[] = [];
    if (!checkpoint) {
      const contract = extractContract(await ws.readSpec());
      const files = await currentFiles(ws, record);
      const call = await this.models.call<{ files: GeneratedFile[] }>(
        record,
        'fixing',
        'fixer',
        { contract, files, failures: record.tests?.failures ?? [], iteration },
        FIXER_OUTPUT_SCHEMA,
      );
      const applied = applyFixerOutput(files, call.output.files, [...GENERATED_LAYOUT.lockedPrefixes]);
      const changed = applied.files.filter((f) => !f.path.startsWith(GENERATED_LAYOUT.testDir + '/'));
      checkpoint = { files: changed, usage: call.usage, rejected: applied.rejected };
      await ws.saveCheckpoint(`fix-${iteration}`, checkpoint);
      events.push(...call.events);
      if (applied.rejected.length > 0) {
        events.push({
          phase: 'fixing',
          type: 'log',
          message: `refused fixer changes to locked tests: ${applied.rejected.join(', ')}`,
          data: { rejected: applied.rejected },
        });
      }
    }
    await this.moves.move(
      record,
      'testing',
      `repair ${iteration} applied`,
      {
        fix_iterations: iteration,
        ...withCost(record, 'fixing', checkpoint.usage),
      },
      events,
    );
  }
}
