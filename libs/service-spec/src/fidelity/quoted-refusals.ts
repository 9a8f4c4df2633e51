import type { SpecContract } from '../spec-contract';
import { lastStep, sentFields } from './worked-examples';

/*
 * "A malformed dice string (e.g. "d6", "0d6", "3x6") returns 400": each value a refusal quotes is refused by a
 * worked example that sends it. The eval's h7-seeded-dice-spelled deployed a roller answering "d6" as one die (the
 * family's notation allows it) while its feature quoted "d6" as malformed: nothing made the SPEC show "d6" refused.
 */

const REFUSES =
  /\b4\d\d\b|\b(malformed|invalid|refused|rejected|error|errors|ungultig\w*|fehler|abgelehnt|invalid[oa]s?|rechaza\w*|erreur|invalide|refuse\w*|rifiutat\w*|errore|non valid[oi]|recusad\w*|erro)\b/i;
const QUOTED = /"([^"\s]{1,24})"(?!\s*:)/g;
/** An introducer of examples and what follows it up to the end of its parenthesis or clause. */
const EXAMPLES =
  /\b(?:e\.g\.|for example|for instance|such as|like|z\.\s?b\.|zum beispiel|etwa|wie|por ejemplo|p\. ?ej\.|como|par exemple|p\. ?ex\.|comme|tels? que|ad esempio|per esempio|come|por exemplo|ex\.)\s*:?\s*((?:"[^"]{1,24}"[\s,;/]*(?:(?:and|or|und|oder|y|o|et|ou|e)\s+)?)+)/gi;

/**
 * The values a refusal feature quotes as examples of what is refused ("e.g. "d6", "0d6"", "wie "IIII"", "comme
 * "???""), the quoted names of `endpoints`' fields left out ("a missing "text" is 400"); none for a feature that
 * writes a route or no refusal. Read alike by the designer, which sends each to the computation that refuses it.
 */
export function quotedRefusedValues(
  feature: string,
  endpoints: Pick<SpecContract, 'endpoints'>['endpoints'],
): string[] {
  const folded = feature.normalize('NFD').replace(/\p{M}/gu, '');
  if (!REFUSES.test(folded) || /\b(GET|POST|PUT|PATCH|DELETE)\s+\//.test(feature)) return [];
  const names = new Set(
    endpoints.flatMap((e) => [
      ...(e.request.body?.fields ?? []).map((f) => f.name),
      ...(e.request.query ?? []).map((f) => f.name),
    ]),
  );
  // Only values given as examples of what is refused: a quoted secret or an error body's key is no such value.
  return [...feature.matchAll(EXAMPLES)]
    .flatMap((m) => [...m[1].matchAll(QUOTED)].map((q) => q[1]))
    .filter((v) => !names.has(v));
}

/** Values a refusal feature quotes that no 4xx worked example sends. */
export function quotedRefusalProblems(
  contract: Pick<SpecContract, 'acceptance' | 'endpoints'>,
  feature: string,
): string[] {
  const quoted = quotedRefusedValues(feature, contract.endpoints);
  if (quoted.length === 0) return [];
  const refused = new Set(
    contract.acceptance
      .filter((c) => c.kind === 'error')
      .flatMap((c) => Object.values(sentFields(lastStep(c))))
      .map((v) => String(v)),
  );
  const missing = quoted.filter((v) => !refused.has(v));
  return missing.length === 0
    ? []
    : [`it refuses ${missing.map((v) => `"${v}"`).join(', ')}, but no 4xx worked example sends it`];
}
