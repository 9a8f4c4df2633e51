import { routeShape } from '../contract-routing';
import type { SpecContract, UdcEndpoint } from '../spec-contract';
import { readFeatureLiterals } from './feature-literals';
import { instructionIn } from './instruction-text';

/**
 * The verdict on a key feature that reads as an instruction to the generator (`why`, from
 * {@link instructionIn}). Such text is data: it is never built, and it is set aside — the rest of the intent is
 * built and deployed, the text flagged in the SPEC — unless the contract obeyed it (an endpoint lists it among
 * the features it realises, or serves a route it names: the generator did what it was told) or nothing is left to
 * build once instructions are set aside. Then it is not realised, and the intent is refused.
 */
export function instructionVerdict(
  contract: SpecContract,
  features: string[],
  feature: string,
  why: string,
): { ignored: boolean; problems: string[] } {
  const kept = `it reads as an instruction to the generator, not a behaviour of the service (${why}); it was kept as data and not obeyed`;
  const obeyed: string[] = [];
  for (const e of contract.endpoints.filter((x) => x.features.includes(feature))) {
    obeyed.push(`${e.method} ${e.path} lists it among the features it realises: the instruction was obeyed`);
  }
  for (const route of readFeatureLiterals(feature).routes) {
    if (contract.udc.endpoints.includes(`${route.method} ${route.path}` as UdcEndpoint)) continue;
    const served = contract.endpoints.some(
      (e) =>
        e.method === route.method &&
        routeShape(e.path) === routeShape(route.path) &&
        !e.features.includes(feature),
    );
    if (served)
      obeyed.push(`${route.method} ${route.path}, which it asks for, exists: the instruction was obeyed`);
  }
  const rest = features.filter((f) => instructionIn(f) === null);
  if (obeyed.length > 0) return { ignored: false, problems: obeyed };
  if (rest.length === 0) {
    return {
      ignored: false,
      problems: [kept, 'no key feature is left to build once instructions to the generator are set aside'],
    };
  }
  return { ignored: true, problems: [kept] };
}
