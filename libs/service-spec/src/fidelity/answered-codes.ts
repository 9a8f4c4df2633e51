import type { EndpointSpec } from '../spec-contract';
import { featureFigures } from './realisation';

/**
 * "The codes too_short, no_digit, no_upper", "Fehlercodes: zu_kurz, keine_ziffer", "i codici troppo_corta, …": a word
 * for codes followed by the codes themselves, which a client gets back (folded, lower case).
 */
const CODES_LISTED =
  /\b(?:codes?|fehlercodes?|codigos?|codici|codice)\b\s*:?\s*[a-z][a-z0-9]*_[a-z0-9_]+\s*(?:,|\b(?:and|und|y|et|e|ou|o)\b)/;

/**
 * A feature listing the codes an answer holds ("failed rules are answered with the codes no_upper, too_short,
 * no_digit") realised by endpoints that take those codes as request fields: a client is never answered one of them.
 * Before, a store of 'answereds' with fields named too_short and no_digit passed for the answer of a password check.
 */
export function answeredCodesProblems(feature: string, endpoints: EndpointSpec[]): string[] {
  const folded = feature.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const codes = featureFigures(feature).codes ?? [];
  if (codes.length < 2 || !CODES_LISTED.test(folded)) return [];
  const fields = endpoints.flatMap((e) => (e.request.body?.fields ?? []).map((f) => f.name));
  const asFields = codes.filter((c) => fields.some((n) => n === c || n.endsWith(`_${c}`)));
  return asFields.length === 0
    ? []
    : [
        `it lists codes an answer holds (${codes.join(', ')}), but its realisation takes ${asFields.join(', ')} as fields to send: no client is answered them`,
      ];
}
