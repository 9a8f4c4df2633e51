import type { JSONSchemaType } from 'ajv';
import type { IntentInput } from '@sf/contracts';
import type { SpecVerification } from '@sf/service-spec';

/** Input of the `spec_builder` role. */
export interface SpecBuilderInput {
  intent: IntentInput;
}

/** Input of the `spec_optimizer` role: the SPEC to improve and the verifier's verdict on it. */
export interface SpecOptimizerInput {
  intent: IntentInput;
  spec_markdown: string;
  verification: SpecVerification;
}

/** Output of both SPEC roles. */
export interface SpecDraftOutput {
  spec_markdown: string;
}

/** Schema the SPEC roles' output must satisfy. */
export const SPEC_DRAFT_OUTPUT_SCHEMA: JSONSchemaType<SpecDraftOutput> = {
  type: 'object',
  additionalProperties: false,
  required: ['spec_markdown'],
  properties: { spec_markdown: { type: 'string', minLength: 1, maxLength: 2_000_000 } },
};
