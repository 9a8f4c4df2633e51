import type { EndpointSpec, SpecContract } from '../spec-contract';
import { listedValueProblems } from './listed-values';
import { ownerBestReadProblems } from './owner-best-reads';
import { rangeFilterProblems } from './range-filter';
import { statedRoundingProblems } from './stated-rounding';
import { topCountProblems } from './top-count';

/**
 * What a feature states that a model writing the SPEC drops most easily (found by `llm-spec-holes.spec.ts` in
 * the generator): the count of a top-N list and its direction, a read of one owner's best, the decimals of an
 * answer, the values listed for a field and a range to filter by. Each reader names the gap it finds; a feature
 * that states none of them is not judged here. `endpoints` are those that realise the feature.
 */
export function statedGapProblems(
  feature: string,
  endpoints: EndpointSpec[],
  contract: SpecContract,
): string[] {
  return [
    ...topCountProblems(feature, endpoints, contract),
    ...ownerBestReadProblems(feature, endpoints),
    ...statedRoundingProblems(feature, endpoints),
    ...listedValueProblems(feature, endpoints, contract),
    ...rangeFilterProblems(feature, endpoints),
  ];
}
