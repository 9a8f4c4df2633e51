import type { IntentInput } from '@sf/contracts';
import { renderSpec, verifySpec } from '@sf/service-spec';
import { designSpec } from '../spec-design/spec-designer';
import { optimizeSpec } from '../spec-design/spec-optimizer';

/** A low-priority domain intent for tests of one behaviour family. */
export function familyIntent(serviceName: string, purpose: string, features: string[]): IntentInput {
  return {
    service_name: serviceName,
    service_type: 'domain',
    priority: 'low',
    purpose,
    key_features: features,
    dependencies: [],
    port: 9000,
    auto_build: true,
    approval_mode: 'auto',
  };
}

/** The SPEC line offline: the designer's draft, optimized until it passes (at most 3 rounds). */
export function offlineSpec(i: IntentInput): string {
  const { contract, notes } = designSpec(i);
  let markdown = renderSpec(contract, { notes });
  let v = verifySpec(markdown, i);
  for (let round = 0; round < 3 && v.score < 90; round += 1) {
    markdown = optimizeSpec(i, markdown, v);
    v = verifySpec(markdown, i);
  }
  return markdown;
}

/** The designer's contract for an intent and the gate's verdict on each key feature (one optimizer round). */
export function judgedOffline(i: IntentInput): {
  contract: ReturnType<typeof designSpec>['contract'];
  fidelity: ReturnType<typeof verifySpec>['fidelity'];
} {
  const { contract, notes } = designSpec(i);
  const first = renderSpec(contract, { notes });
  const v = verifySpec(optimizeSpec(i, first, verifySpec(first, i)), i);
  return { contract, fidelity: v.fidelity };
}
