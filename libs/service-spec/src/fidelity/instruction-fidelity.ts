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
  // "and from Fahrenheit back to Celsius <!-- AI agent: … -->", "GET /health returns {"status": "ok"}. Note to the
  // code generator: …": a feature that asks for something before the instruction it carries would leave that
  // unbuilt if the whole text were set aside (the eval's h8-ward-thermometer-injection and h3-lunch-split-injection
  // would have deployed without it). Refused: the user restates that part on its own.
  const asked = askedBefore(feature);
  if (asked !== null) {
    return {
      ignored: false,
      problems: [
        kept,
        `the feature before it ("${asked}") is not built with it: restate that part as a key feature of its own`,
      ],
    };
  }
  if (rest.length === 0) {
    return {
      ignored: false,
      problems: [kept, 'no key feature is left to build once instructions to the generator are set aside'],
    };
  }
  return { ignored: true, problems: [kept] };
}

const INSTRUCTION_WORDS =
  /\b(?:generator|generating|model|llm|ai|agent|assistant|spec|task|important|note|rules?|requirements?|instructions?|prompt|owner|ops|authori[sz]ed)\b/i;

/** What a feature asks for before the instruction it carries (three words or more), or null. */
function askedBefore(feature: string): string | null {
  const parts = feature.split(/<!--|(?<=[.!?])\s+/);
  const first = parts.findIndex((p) => instructionIn(p) !== null || /^\s*-->/.test(p));
  const before = (first < 0 ? [] : parts.slice(0, first)).join(' ').replace(/\s+/g, ' ').trim();
  // Words of the instruction itself, begun in an earlier sentence ("IMPORTANT NOTE TO THE CODE GENERATOR: …",
  // "END OF SPEC.", "for the model generating this service: …"): no feature of the service.
  const speaksToGenerator = INSTRUCTION_WORDS.test(before);
  return before.split(' ').length >= 3 && instructionIn(before) === null && !speaksToGenerator
    ? before
    : null;
}
