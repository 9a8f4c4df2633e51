import type { EndpointSpec } from '../spec-contract';
import { domainTerms } from '../fidelity/domain-terms';
import { foreignFunctions } from '../fidelity/function-domains';

/** A bare endpoint computing catalog function `fn` (test support). */
function functionEndpoint(fn: string): EndpointSpec {
  return {
    method: 'POST',
    path: '/x',
    summary: '',
    features: [],
    responses: [],
    behavior: { kind: 'function', function: fn, inputs: [], outputs: [] },
  } as unknown as EndpointSpec;
}

/** Whether the gate reads an endpoint computing `fn` as being about `feature` (not a foreign computation). */
export function functionIsAbout(fn: string, feature: string): boolean {
  return foreignFunctions([functionEndpoint(fn)], domainTerms(feature)).length === 0;
}
