import { createHash } from 'node:crypto';
import { LlmError } from '../llm-error';
import type { LlmRole, ProviderRequest } from '../llm-types';
import { CODEGEN_PROMPT, FIXER_PROMPT, TESTGEN_PROMPT } from './code-prompts';
import type { RolePrompt } from './prompt-rules';
import { SPEC_BUILDER_PROMPT, SPEC_OPTIMIZER_PROMPT } from './spec-prompts';
import { dataBlock, sanitizeData } from './untrusted';

/** The two messages of a request: the stable system prompt and the per-call user message. */
export interface Prompt {
  system: string;
  user: string;
}

const ROLE_PROMPTS: Record<LlmRole, { template: RolePrompt; requires: string[] }> = {
  spec_builder: { template: SPEC_BUILDER_PROMPT, requires: ['intent'] },
  spec_optimizer: { template: SPEC_OPTIMIZER_PROMPT, requires: ['intent', 'spec_markdown', 'verification'] },
  codegen: { template: CODEGEN_PROMPT, requires: ['contract'] },
  testgen: { template: TESTGEN_PROMPT, requires: ['contract', 'files'] },
  fixer: { template: FIXER_PROMPT, requires: ['contract', 'files', 'failures'] },
};

// The previous answer can be as long as a whole generated service.
const PREVIOUS_OUTPUT_MAX = 2_000_000;

function repairSection(repair: NonNullable<ProviderRequest['repair']>): string {
  return [
    '',
    'Your previous answer was rejected. It is below, with what was wrong with it. Answer again with the',
    'corrected JSON object only: the complete answer, satisfying the output schema, every problem fixed.',
    '',
    dataBlock('previous_output', sanitizeData(repair.previous_output, { text: PREVIOUS_OUTPUT_MAX })),
    '',
    dataBlock('problems', sanitizeData(repair.problems, { text: 2_000, items: 100 })),
  ].join('\n');
}

/**
 * The prompt of one request: the role's system prompt and a user message carrying the input (and, on the repair
 * round, the rejected output and its problems) only as sanitized, delimited data blocks. Input without the
 * role's fields is `LLM_INPUT_INVALID`.
 */
export function buildPrompt(req: Pick<ProviderRequest, 'role' | 'input' | 'repair'>): Prompt {
  const entry = ROLE_PROMPTS[req.role];
  if (!entry) throw new LlmError('LLM_ROLE_UNSUPPORTED', `no prompt for role ${String(req.role)}`);
  const input = req.input;
  const missing =
    input !== null && typeof input === 'object' && !Array.isArray(input)
      ? entry.requires.filter((k) => !(k in input))
      : entry.requires;
  if (missing.length > 0) {
    throw new LlmError('LLM_INPUT_INVALID', `${req.role} input lacks: ${missing.join(', ')}`, false, {
      problems: missing.map((k) => `missing ${k}`),
    });
  }
  const user = entry.template.user(input as Record<string, unknown>);
  return {
    system: entry.template.system,
    user: req.repair ? `${user}\n${repairSection(req.repair)}` : user,
  };
}

/** A short hash of every role's system prompt and of a sample user message: part of the exact-cache key. */
export function promptVersion(): string {
  const hash = createHash('sha256');
  for (const [role, { template }] of Object.entries(ROLE_PROMPTS)) {
    hash.update(role).update(template.system).update(template.user.toString());
  }
  return hash.digest('hex').slice(0, 16);
}
