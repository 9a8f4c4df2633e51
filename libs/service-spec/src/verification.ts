import type { FeatureFidelity } from './fidelity/feature-fidelity';
import type { RubricId } from './rubric';

/** Score of one rubric criterion. */
export interface RubricScore {
  id: RubricId;
  name: string;
  weight: number;
  /** Points earned, one decimal. */
  score: number;
  max: number;
  /** What to change to earn the missing points, one actionable sentence each. */
  findings: string[];
}

/** Result of {@link verifySpec}. */
export interface SpecVerification {
  /** 0–100, one decimal. */
  score: number;
  rubric_version: string;
  rubric: RubricScore[];
  /** Every criterion's findings, in rubric order, then the fidelity findings. */
  findings: string[];
  /** Per key feature: how faithfully the contract realises what the feature states. */
  fidelity: FeatureFidelity[];
}

/**
 * The key features the SPEC does not realise as written; any one keeps the SPEC from the gate. An instruction to
 * the generator that was set aside (`ignored`) is not one of them.
 */
export function unrealisedFeatures(verification: Pick<SpecVerification, 'fidelity'>): FeatureFidelity[] {
  return verification.fidelity.filter((f) => f.realised === false && f.ignored !== true);
}

/**
 * The quality gate: every key feature realised as written and the score at least `threshold`. An unrealised
 * feature fails it whatever the threshold, even one set to 0.
 */
export function passesGate(verification: SpecVerification, threshold: number): boolean {
  return unrealisedFeatures(verification).length === 0 && verification.score >= threshold;
}
