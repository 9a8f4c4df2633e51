/** Version of the scoring rules; served with every score so old scores stay interpretable. */
export const RUBRIC_VERSION = 'spec-rubric/2.0';

/**
 * The most a SPEC scores while a key feature is not realised as written (rubric 1.1, fidelity rule): below any
 * sensible threshold, and {@link passesGate} refuses such a SPEC even at threshold 0.
 */
export const UNREALISED_FEATURE_CAP = 50;

/** Ids of the rubric criteria. */
export type RubricId = 'sections' | 'endpoints' | 'acceptance' | 'consistency' | 'udc' | 'non_functional';

/** One part of a rubric criterion and the points it carries. */
export interface RubricCheck {
  points: number;
  description: string;
}

/** A rubric criterion: its weight (points out of 100) and how those points are earned. */
export interface RubricCriterion {
  id: RubricId;
  name: string;
  weight: number;
  checks: readonly RubricCheck[];
}

/**
 * The published SPEC rubric (documented in `libs/service-spec/RUBRIC.md`). Weights sum to 100; a check that covers
 * many items (endpoints, acceptance checks, features) earns its points in proportion to the items that pass.
 */
export const RUBRIC: readonly RubricCriterion[] = [
  {
    id: 'sections',
    name: 'Sections present and non-empty',
    weight: 15,
    checks: [
      { points: 12, description: 'each of the ten fixed sections is present and non-empty (1.2 each)' },
      {
        points: 3,
        description: 'the sections appear in the fixed order (scaled by the share of sections present)',
      },
    ],
  },
  {
    id: 'endpoints',
    name: 'Endpoint completeness',
    weight: 20,
    checks: [
      { points: 2, description: 'the contract declares at least one user endpoint' },
      {
        points: 12,
        description:
          'each endpoint has a summary, declared path parameters, the request body/query/headers its behaviour reads with an example, a success response with an example, and its errors',
      },
      { points: 6, description: 'the Endpoints table lists every contract endpoint (method and path)' },
    ],
  },
  {
    id: 'acceptance',
    name: 'Acceptance criteria testable',
    weight: 25,
    checks: [
      { points: 8, description: 'every endpoint has at least one acceptance check' },
      {
        points: 5,
        description:
          'every check references an existing endpoint and calls it, routes each step to a declared endpoint, expects statuses those endpoints declare, uses only saved variables, and its kind (happy or error) matches what its endpoint answers',
      },
      { points: 8, description: 'every endpoint that declares errors has at least one error-path check' },
      { points: 4, description: 'the Acceptance criteria section describes every check by id' },
    ],
  },
  {
    id: 'consistency',
    name: 'Consistency',
    weight: 20,
    checks: [
      {
        points: 4,
        description: 'the Service section states name, type, port and priority as in the contract',
      },
      { points: 4, description: 'name, type, port and priority match the intent' },
      { points: 3, description: 'dependencies match the intent and are named in the Dependencies section' },
      { points: 6, description: 'every key feature is realised by at least one endpoint' },
      {
        points: 3,
        description: 'behaviours reference declared resources, fields, parameters, config and endpoints',
      },
    ],
  },
  {
    id: 'udc',
    name: 'UDC coverage',
    weight: 10,
    checks: [
      { points: 4, description: 'the UDC compliance section names the five UDC endpoints' },
      { points: 3, description: 'the contract carries the UDC block' },
      { points: 3, description: 'no user endpoint uses a UDC path' },
    ],
  },
  {
    id: 'non_functional',
    name: 'Non-functional requirements',
    weight: 10,
    checks: [
      { points: 4, description: 'Non-functional states a numeric latency target' },
      { points: 3, description: 'Non-functional states concrete security measures' },
      { points: 3, description: 'Configuration has a table listing every contract setting' },
    ],
  },
];
