/**
 * @sf/spec — the SPEC.md format: its fixed sections, the machine-readable `spec-contract` (types and JSON
 * schema), rendering and tolerant parsing, and the rule-based verifier with its published rubric.
 */
export * from './spec-contract';
export * from './spec-contract.schema';
export { SPEC_SECTIONS, type SpecSection } from './spec-sections';
export { renderSpec, type SpecRenderExtras } from './render-spec';
export { parseSpec, extractContract, specSha256, type ParsedSpec } from './parse-spec';
export { routeRequest, routeShape, type RouteMatch } from './contract-routing';
export { RUBRIC, RUBRIC_VERSION, type RubricCheck, type RubricCriterion, type RubricId } from './rubric';
export { verifySpec, type RubricScore, type SpecVerification } from './verify-spec';
export { acceptanceCheckProblems } from './acceptance-problems';
