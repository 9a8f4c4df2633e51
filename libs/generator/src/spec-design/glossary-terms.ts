import {
  carriedTerms,
  domainTerms,
  wordsOf,
  type AcceptanceCheck,
  type EndpointSpec,
  type SpecContract,
} from '@sf/service-spec';
import { functionGlossary } from '../catalog/catalog';
import type { GlossaryClaim } from '../catalog/catalog-entry';

/**
 * How the sentence carrying a feature's words begins in a summary (it is rewritten, never added twice); not the
 * "In the feature's words:" of the rate and unit designs, which stays theirs.
 */
const LEAD = " What it does, in its features' words:";

/**
 * Carries into each catalog endpoint's summary the words its features use for what the endpoint's function
 * truly does: for every glossary claim of the function (catalog-entry.ts `GlossaryClaim`), the features' domain
 * terms the claim's words hold, written beside the claim ("raw HTML in the markdown is escaped … (raw, passed)").
 * A feature said in its own words ("raw HTML is never passed through", "a sentence ends at a full stop") is then
 * realised in those words; a word no claim holds is never carried, so a computation from another domain claimed
 * for a feature (a webhook receiver realised as a base conversion) still carries none of its terms.
 */
export function carryGlossaryTerms(contract: SpecContract): void {
  for (const e of contract.endpoints) {
    if (e.behavior.kind !== 'function') continue;
    const options = e.behavior.options ?? {};
    const claims = functionGlossary(e.behavior.function).filter((c) => holds(c, options));
    const summary = e.summary.split(LEAD)[0];
    const said = claims.flatMap((claim) => {
      const held = featureTermsHeld(e, claim);
      return held.length > 0 ? [`${claim.claim} (${held.join(', ')})`] : [];
    });
    e.summary = said.length > 0 ? `${summary}${LEAD} ${said.join('; ')}.` : summary;
    carryIntoRefusals(contract, e, claims);
  }
}

/** How the feature's words a refusal carries are written after its description. */
const REFUSAL_WORDS = / \(in its features' words: [^)]*\)$/;

/**
 * Carries into each refused worked example of the endpoint the words its features use for the refusal claim the
 * example shows: the claim (`a negative length is refused`) whose words its description uses ("A negative
 * distance (-10 km) is refused."). A feature that only says what to refuse ("si la distancia es negativa,
 * devolver un error") then finds its own refusal among the endpoint's, in its own words.
 */
function carryIntoRefusals(contract: SpecContract, e: EndpointSpec, claims: readonly GlossaryClaim[]): void {
  const refusing = claims.filter((c) => c.shows.some((w) => w.refused));
  for (const c of contract.acceptance.filter((x) => x.endpoint_id === e.id && refused(x))) {
    const description = c.description.replace(REFUSAL_WORDS, '');
    const said = wordsOf(description);
    const held = [
      ...new Set(
        refusing
          .filter((claim) => carriedTerms(wordsOf(claim.words), said).length > 0)
          .flatMap((claim) => featureTermsHeld(e, claim)),
      ),
    ].filter((t) => carriedTerms([t], said).length === 0);
    c.description =
      held.length > 0 ? `${description} (in its features' words: ${held.join(', ')})` : description;
  }
}

/** A worked example whose last call expects a 4xx. */
function refused(c: AcceptanceCheck): boolean {
  const status = c.steps[c.steps.length - 1]?.expect.status ?? 0;
  return c.kind === 'error' && status >= 400 && status < 500;
}

/** Whether a claim holds under an endpoint's options (a duration styled "1h 2m 3s" is no clock time). */
function holds(claim: GlossaryClaim, options: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(claim.unless ?? {}).every(([key, values]) => !values.includes(options[key] as never));
}

/** The domain terms of the endpoint's features that the claim's words hold, each once. */
function featureTermsHeld(e: EndpointSpec, claim: GlossaryClaim): string[] {
  const words = wordsOf(claim.words);
  return [...new Set(e.features.flatMap((f) => carriedTerms(domainTerms(f), words)))];
}
