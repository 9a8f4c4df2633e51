import { quotedRefusedValues, type AcceptanceCheck, type EndpointSpec } from '@sf/service-spec';
import type { ContractBuilder } from './contract-builder';
import { addChecks } from './catalog-checks';
import { catalogDesignOf } from './catalog-endpoints';
import { readValues } from './written-values';
import { asSaid } from '../catalog/feature-words';

/*
 * "Text that produces an empty slug (e.g. "!!!") returns 400", "un titre qui ne donne rien, comme "???", est
 * refusé": once a refusal feature is claimed by a computation, each value it quotes as an example of what is
 * refused is sent to that computation, answered by the family's reference semantics: refused, it becomes a 4xx
 * worked example; accepted, nothing is added, and the gate (`quoted-refusals.ts`) leaves the feature unrealised
 * rather than the value answered. Never a value the feature quotes copied into an answer.
 */

/**
 * The values the error examples of `e` already send as this feature's: a value the family refuses anyway, in an
 * example of its own words, is sent again as the feature's ("uma notação inválida como "2x6" dá 400").
 */
function refusedBy(b: ContractBuilder, e: EndpointSpec, feature: string): Set<string> {
  const sent = (c: AcceptanceCheck) => {
    const body = c.steps[c.steps.length - 1].request.body;
    return body && typeof body === 'object' ? Object.values(body as Record<string, unknown>) : [];
  };
  const said = asSaid(feature);
  return new Set(
    b.contract.acceptance
      .filter((c) => c.endpoint_id === e.id && c.kind === 'error' && c.description.includes(said))
      .flatMap(sent)
      .map((v) => String(v)),
  );
}

/** Sends each value a claimed refusal feature quotes to the computations claiming it, refused as the reference refuses it. */
export function showQuotedRefusals(b: ContractBuilder, features: string[]): void {
  for (const feature of features) {
    for (const e of b.contract.endpoints.filter((x) => x.features.includes(feature))) {
      const d = catalogDesignOf(e);
      if (!d) continue;
      const already = refusedBy(b, e, feature);
      const missing = quotedRefusedValues(feature, [e]).filter((v) => !already.has(v));
      if (missing.length === 0) continue;
      const readings = readValues(d, { pairs: [], values: missing.map((text) => ({ text })) }, feature, true);
      const refusals = (readings ?? []).flatMap((r) => (r.kind === 'refusal' ? [r.refusal] : []));
      const status = d.refusalStatus;
      addChecks(
        b,
        e,
        [],
        refusals.map((r) =>
          status && r.code === undefined && (r.status ?? 400) === 400 ? { ...r, status } : r,
        ),
      );
    }
  }
}
