import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NewPipelineEvent } from '@sf/contracts';
import {
  llmCallEvents,
  type GeneratedFile,
  type LlmCallContext,
  type LlmClient,
  type LlmRole,
} from '@sf/llm';
import type { BuildRecord } from '../builds/build.record';
import { LLM_CLIENT } from '../executor.tokens';

/** What a model-calling phase saves before it moves the build on: a restarted build never pays twice. */
export interface LlmCheckpoint {
  files: GeneratedFile[];
  usage: { provider: string; model: string; usd: number; tokens: number; offline: boolean };
  rejected?: string[];
}

/** One model call of a build, with the build's attribution, its usage in checkpoint form and its events. */
@Injectable()
export class ModelCalls {
  private readonly logger = new Logger('build-line');

  constructor(@Inject(LLM_CLIENT) private readonly llm: LlmClient) {}

  async call<T>(
    record: BuildRecord,
    phase: string,
    role: LlmRole,
    input: unknown,
    schema: object,
  ): Promise<{ output: T; usage: LlmCheckpoint['usage']; events: NewPipelineEvent[] }> {
    const result = await this.llm.complete<T>({
      role,
      input,
      schema: schema as never,
      context: llmContext(record),
    });
    const u = result.usage;
    this.logger.log(`${role} for ${record.build_id} via ${u.provider}/${u.model} in ${u.latency_ms} ms`);
    return {
      output: result.output,
      usage: {
        provider: u.provider,
        model: u.model,
        usd: u.cost_usd,
        tokens: u.input_tokens + u.output_tokens,
        offline: u.offline,
      },
      events: llmCallEvents(phase, role, result),
    };
  }

  /** True when the budget can cover `needUsd` for this build's next call again. */
  budgetAvailable(record: BuildRecord, needUsd: number): Promise<boolean> {
    return this.llm.budgetAvailable(llmContext(record), needUsd);
  }
}

/** Attribution and criticality of a build's model calls. */
function llmContext(record: BuildRecord): LlmCallContext {
  return {
    build_id: record.build_id,
    critical: record.priority === 'critical',
    ...(record.intent_id ? { intent_id: record.intent_id } : {}),
  };
}
