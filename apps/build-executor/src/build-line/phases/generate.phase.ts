import { Injectable } from '@nestjs/common';
import type { NewPipelineEvent } from '@sf/contracts';
import { CODEGEN_OUTPUT_SCHEMA, TESTGEN_OUTPUT_SCHEMA, type GeneratedFile } from '@sf/llm';
import { extractContract } from '@sf/service-spec';
import type { BuildRecord } from '../../builds/build.record';
import { withCost } from '../../builds/build-changes';
import { BuildMoves } from '../build-moves';
import { BuildWorkspaces } from '../build-workspaces';
import { ModelCalls, type LlmCheckpoint } from '../model-calls';
import { requireCheckpoint } from '../sources';
import type { BuildPhase } from './build-phase';

/** codegen and testgen: one model call each (code from the SPEC's contract, then tests for that code), checkpointed. */
@Injectable()
export class GeneratePhase implements BuildPhase {
  constructor(
    private readonly workspaces: BuildWorkspaces,
    private readonly moves: BuildMoves,
    private readonly models: ModelCalls,
  ) {}

  async run(record: BuildRecord): Promise<void> {
    const phase = record.status === 'codegen' ? 'codegen' : 'testgen';
    const ws = this.workspaces.of(record.build_id);
    const contract = extractContract(await ws.readSpec());
    let checkpoint = await ws.checkpoint<LlmCheckpoint>(phase);
    const events: NewPipelineEvent[] = [];
    if (!checkpoint) {
      const input =
        phase === 'codegen'
          ? { contract, spec_sha256: record.spec.sha256 }
          : { contract, files: (await requireCheckpoint(ws, 'codegen')).files };
      const schema = phase === 'codegen' ? CODEGEN_OUTPUT_SCHEMA : TESTGEN_OUTPUT_SCHEMA;
      const call = await this.models.call<{ files: GeneratedFile[] }>(record, phase, phase, input, schema);
      checkpoint = { files: call.output.files, usage: call.usage };
      await ws.saveCheckpoint(phase, checkpoint);
      events.push(...call.events);
    }
    const files = checkpoint.files.map((f) => f.path);
    const next = phase === 'codegen' ? 'testgen' : 'testing';
    await this.moves.move(
      record,
      next,
      `${phase} wrote ${files.length} file(s)`,
      withCost(record, phase, checkpoint.usage),
      [...events, { phase, type: 'phase_completed', message: `${phase} done`, data: { files } }],
    );
  }
}
