import Ajv, { type JSONSchemaType } from 'ajv';
import { APPROVAL_MODES, PRIORITIES, SERVICE_TYPES, type IntentInput } from '@sf/contracts';
import {
  LlmError,
  type CodegenInput,
  type CodegenOutput,
  type FixerInput,
  type FixerOutput,
  type LlmProvider,
  type LlmRole,
  type ProviderRequest,
  type ProviderResponse,
  type SpecBuilderInput,
  type SpecDraftOutput,
  type SpecOptimizerInput,
  type TestgenInput,
  type TestgenOutput,
} from '@sf/llm';
import { RUBRIC, SPEC_CONTRACT_SCHEMA, renderSpec, type SpecVerification } from '@sf/service-spec';
import { fixService } from './codegen/fix-service';
import { generateService } from './codegen/generate-service';
import { generateTests } from './codegen/generate-tests';
import { ContractProblemsError } from './codegen/service-model';
import { designSpec } from './spec-design/spec-designer';
import { optimizeSpec } from './spec-design/spec-optimizer';

const intentSchema: JSONSchemaType<IntentInput> = {
  type: 'object',
  additionalProperties: true,
  required: ['service_name', 'service_type', 'priority', 'purpose', 'key_features', 'dependencies', 'port'],
  properties: {
    service_name: { type: 'string', pattern: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$', minLength: 3, maxLength: 63 },
    service_type: { type: 'string', enum: [...SERVICE_TYPES] },
    priority: { type: 'string', enum: [...PRIORITIES] },
    purpose: { type: 'string', maxLength: 2000 },
    key_features: { type: 'array', minItems: 1, maxItems: 30, items: { type: 'string', maxLength: 200 } },
    dependencies: { type: 'array', maxItems: 30, items: { type: 'string', minLength: 1, maxLength: 63 } },
    port: { type: 'integer', minimum: 1024, maximum: 65535 },
    auto_build: { type: 'boolean' },
    approval_mode: { type: 'string', enum: [...APPROVAL_MODES] },
  },
};

const builderInputSchema: JSONSchemaType<SpecBuilderInput> = {
  type: 'object',
  additionalProperties: false,
  required: ['intent'],
  properties: { intent: intentSchema },
};

const verificationSchema = {
  type: 'object',
  required: ['score', 'rubric_version', 'rubric', 'findings'],
  properties: {
    score: { type: 'number' },
    rubric_version: { type: 'string' },
    findings: { type: 'array', items: { type: 'string' } },
    rubric: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'weight', 'score', 'max', 'findings'],
        properties: {
          id: { type: 'string', enum: RUBRIC.map((r) => r.id) },
          name: { type: 'string' },
          weight: { type: 'number' },
          score: { type: 'number' },
          max: { type: 'number' },
          findings: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

const optimizerInputSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['intent', 'spec_markdown', 'verification'],
  properties: { intent: intentSchema, spec_markdown: { type: 'string' }, verification: verificationSchema },
};

const contractRef = { $ref: SPEC_CONTRACT_SCHEMA.$id };

const filesSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['path', 'content'],
    properties: { path: { type: 'string', minLength: 1 }, content: { type: 'string' } },
  },
};

const codegenInputSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['contract', 'spec_sha256'],
  properties: { contract: contractRef, spec_sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
};

const testgenInputSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['contract', 'files'],
  properties: { contract: contractRef, files: filesSchema },
};

const fixerInputSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['contract', 'files', 'failures', 'iteration'],
  properties: {
    contract: contractRef,
    files: filesSchema,
    failures: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['test', 'message'],
        properties: { test: { type: 'string' }, message: { type: 'string' } },
      },
    },
    iteration: { type: 'integer', minimum: 1 },
  },
};

function compileInputValidators() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // Registered once so the three code roles can reference it: compiling it inline thrice would clash on its $id.
  ajv.addSchema(SPEC_CONTRACT_SCHEMA);
  return {
    builder: ajv.compile(builderInputSchema),
    optimizer: ajv.compile<SpecOptimizerInput>(optimizerInputSchema),
    codegen: ajv.compile<CodegenInput>(codegenInputSchema),
    testgen: ajv.compile<TestgenInput>(testgenInputSchema),
    fixer: ajv.compile<FixerInput>(fixerInputSchema),
  };
}

let inputValidators: ReturnType<typeof compileInputValidators> | null = null;

/**
 * The roles' input validators, compiled on first use: compiling them when the module loads was a third of the
 * generator's load time, paid by every process (and every test file) that imports it without answering a role.
 */
function validators(): ReturnType<typeof compileInputValidators> {
  return (inputValidators ??= compileInputValidators());
}

function estimateTokens(value: unknown): number {
  return Math.ceil((JSON.stringify(value) ?? '').length / 4);
}

function invalidInput(role: LlmRole, errors: unknown): LlmError {
  return new LlmError(
    'LLM_INPUT_INVALID',
    `input for ${role} does not match the role's input`,
    false,
    errors,
  );
}

// A contract whose references do not resolve is the caller's input problem, named point by point.
function fromContract<T>(role: LlmRole, generate: () => T): T {
  try {
    return generate();
  } catch (error) {
    if (error instanceof ContractProblemsError) {
      throw new LlmError('LLM_INPUT_INVALID', `${role}: ${error.message}`, false, error.problems);
    }
    throw error;
  }
}

/**
 * The deterministic provider: $0, no network, always available. `spec_builder` designs a SPEC from the intent
 * (a first draft, see `designSpec`); `spec_optimizer` repairs what the verification says is missing;
 * `codegen` writes the service from the contract (`generateService`), `testgen` its `node:test` suites with the
 * frozen acceptance pack (`generateTests`), and `fixer` returns the regenerated sources (`fixService`). The
 * same input always yields byte-identical output.
 */
export class OfflineProvider implements LlmProvider {
  readonly name = 'offline';
  readonly offline = true;
  /** The one model this provider serves. */
  static readonly MODEL = 'offline-v1';

  /** Answers one role call; see the class comment for what each role does. The requested model is ignored. */
  generate(req: ProviderRequest): Promise<ProviderResponse> {
    // The executor turns a synchronous throw into a rejection, which is what callers await.
    return new Promise((resolve) => {
      const output = this.answer(req.role, req.input);
      resolve({
        output,
        raw_text: '',
        model: OfflineProvider.MODEL,
        usage: {
          input_tokens: estimateTokens(req.input),
          output_tokens: estimateTokens(output),
          cache_read_tokens: 0,
          cache_write_tokens: 0,
        },
      });
    });
  }

  /** The role's output for `input`, synchronously (what `generate` wraps); throws `LlmError` on bad input. */
  answer(role: LlmRole, input: unknown): SpecDraftOutput | CodegenOutput | TestgenOutput | FixerOutput {
    switch (role) {
      case 'spec_builder': {
        const isBuilderInput = validators().builder;
        if (!isBuilderInput(input)) throw invalidInput(role, isBuilderInput.errors);
        const { contract, notes } = designSpec(input.intent);
        return { spec_markdown: renderSpec(contract, { notes }) };
      }
      case 'spec_optimizer': {
        const isOptimizerInput = validators().optimizer;
        if (!isOptimizerInput(input)) throw invalidInput(role, isOptimizerInput.errors);
        const verification: SpecVerification = input.verification;
        return { spec_markdown: optimizeSpec(input.intent, input.spec_markdown, verification) };
      }
      case 'codegen': {
        const isCodegenInput = validators().codegen;
        if (!isCodegenInput(input)) throw invalidInput(role, isCodegenInput.errors);
        return { files: fromContract(role, () => generateService(input)) };
      }
      case 'testgen': {
        const isTestgenInput = validators().testgen;
        if (!isTestgenInput(input)) throw invalidInput(role, isTestgenInput.errors);
        return { files: fromContract(role, () => generateTests(input)) };
      }
      case 'fixer': {
        const isFixerInput = validators().fixer;
        if (!isFixerInput(input)) throw invalidInput(role, isFixerInput.errors);
        return { files: fromContract(role, () => fixService(input)) };
      }
      default:
        // Unreachable for typed callers; a role name from untyped input still gets a typed refusal.
        throw new LlmError('LLM_ROLE_UNSUPPORTED', `the offline provider does not serve ${String(role)}`);
    }
  }
}
