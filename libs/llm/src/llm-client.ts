import Ajv, { type ValidateFunction } from 'ajv';
import { LlmError } from './llm-error';
import type { LlmProvider, LlmRequest, LlmResult } from './llm-types';
import { OfflineProvider } from './offline/offline-provider';

/**
 * Calls a provider for one role and enforces the contract every caller relies on: the output matches the
 * role's schema (else `LlmError('LLM_OUTPUT_INVALID')`), and usage carries the measured latency. Provider
 * failures that are not `LlmError`s surface as `LLM_PROVIDER_FAILED`.
 */
export class LlmClient {
  private readonly ajv = new Ajv({ allErrors: true, strict: true });
  // Schemas are module constants, so compiling once per schema object is enough.
  private readonly validators = new WeakMap<object, ValidateFunction>();

  constructor(private readonly provider: LlmProvider) {}

  /** Runs `req` on the provider and returns its validated output with usage. */
  async complete<T>(req: LlmRequest<T>): Promise<LlmResult<T>> {
    const started = performance.now();
    let answer: Awaited<ReturnType<LlmProvider['generate']>>;
    try {
      answer = await this.provider.generate(req.role, req.input, req.context ?? {});
    } catch (error) {
      if (error instanceof LlmError) throw error;
      throw new LlmError(
        'LLM_PROVIDER_FAILED',
        `${this.provider.name} failed on ${req.role}: ${error instanceof Error ? error.message : String(error)}`,
        false,
        { cause: error },
      );
    }
    const latency_ms = Math.round((performance.now() - started) * 1000) / 1000;
    const validate = this.validator<T>(req.schema);
    if (!validate(answer.output)) {
      throw new LlmError(
        'LLM_OUTPUT_INVALID',
        `${this.provider.name} output for ${req.role} does not match its schema`,
        false,
        {
          provider: answer.usage.provider,
          model: answer.usage.model,
          errors: validate.errors ?? [],
        },
      );
    }
    return { output: answer.output, usage: { ...answer.usage, latency_ms } };
  }

  private validator<T>(schema: object): ValidateFunction<T> {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.validators.set(schema, validate);
    }
    return validate as ValidateFunction<T>;
  }
}

/** Options of {@link createLlmClient}. */
export interface LlmClientOptions {
  /**
   * `offline` forces the deterministic provider. `auto` will prefer configured vendor providers once they
   * exist; with none configured (the only case so far) it is the offline provider.
   */
  provider: 'offline' | 'auto';
}

/** The LLM client for the configured provider choice. */
export function createLlmClient(opts: LlmClientOptions): LlmClient {
  switch (opts.provider) {
    case 'offline':
    case 'auto':
      return new LlmClient(new OfflineProvider());
  }
}
