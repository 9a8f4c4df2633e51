import { extractContract, featureFidelity, type EndpointSpec } from '@sf/service-spec';
import { designSpec } from '../spec-design/spec-designer';
import { familyIntent, offlineSpec } from './offline-spec';

/*
 * How the stock phrasing tables read an intent: the stock moves its endpoints make and whether the offline SPEC
 * passes the fidelity gate for every feature. Shared by `stock-phrasings.spec.ts` and `inventory-phrasings.spec.ts`.
 */

/** One stock move: `out <field>`, `in <field>`, `delta <field>`, `low <field> <op> <threshold>[ by <f>][ shortfall]`, `set`. */
export function stockMoveOf(e: EndpointSpec): string | null {
  const b = e.behavior;
  switch (b.kind) {
    case 'adjust':
      return `${b.direction ?? 'delta'} ${b.field}`;
    case 'low_stock':
      return [
        `low ${b.field} ${b.inclusive ? '<=' : '<'} ${b.threshold_field ?? String(b.threshold)}`,
        b.order_by === undefined ? '' : `by ${b.order_by}`,
        b.shortfall_field ?? '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'update':
      return e.method === 'PATCH' || e.method === 'PUT' ? 'set' : null;
    default:
      return null;
  }
}

/** The stock moves the designer makes of an intent, and whether the gate finds every feature realised. */
export function stockReading(
  features: string[],
  purpose = 'stock levels of a store room',
): { moves: string[]; realised: boolean } {
  const intent = familyIntent('stock-service', purpose, features);
  const { contract } = designSpec(intent);
  const written = extractContract(offlineSpec(intent));
  const moves = [
    ...new Set(contract.endpoints.map(stockMoveOf).filter((m): m is string => m !== null)),
  ].sort();
  const realised = featureFidelity(written, features).every((f) => f.problems.length === 0);
  return { moves, realised };
}
