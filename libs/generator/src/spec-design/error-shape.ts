import {
  defaultCodeExpected,
  errorBodyShape,
  errorCodeExpectation,
  readFeatureLiterals,
  type AcceptanceCheck,
  type ErrorBodyShape,
  type SpecContract,
} from '@sf/service-spec';

/**
 * The error body shape the key features spell (`returns 400 with {"error": string}`), when every body they
 * spell asks for the same supported shape; undefined when none spells one, or they disagree (then the gate
 * leaves those features unrealised and names the conflict).
 */
export function spelledErrorShape(features: string[]): ErrorBodyShape | undefined {
  const shapes = new Set(features.flatMap((f) => readFeatureLiterals(f).errorShapes));
  return shapes.size === 1 ? [...shapes][0] : undefined;
}

/** Declares the spelled error body shape on a contract that declares none (the default needs no declaration). */
export function declareErrorShape(c: SpecContract): void {
  const shape = spelledErrorShape(c.service.features);
  if (!c.errors && shape && shape !== 'error_object') c.errors = { body: shape };
}

/**
 * The checks with every error expectation written for the default body (`{"error": {"code": X}}`, as the check
 * writers spell it) moved to where the contract's shape keeps the code.
 */
export function inErrorShape(c: SpecContract, checks: AcceptanceCheck[]): AcceptanceCheck[] {
  const shape = errorBodyShape(c);
  if (shape === 'error_object') return checks;
  return checks.map((check) => ({
    ...check,
    steps: check.steps.map((step) => {
      const code = step.expect.status >= 400 ? defaultCodeExpected(step.expect.body_contains) : undefined;
      return code === undefined
        ? step
        : { ...step, expect: { ...step.expect, body_contains: errorCodeExpectation(shape, code) } };
    }),
  }));
}
