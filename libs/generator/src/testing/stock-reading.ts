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

/** What a stock-and-reorder row reads as: its moves shaped by kind, the rules on its numbers, its plain fields. */
export type StockRecordReading = {
  /** `in`, `out`, `delta`, `low <=|< own|<n>` (each record against its own level, or a fixed number), sorted. */
  moves: string[];
  /** Every move works on one count field of one resource. */
  oneCount: boolean;
  /** The count and the record's own threshold (when it keeps one) are never negative. */
  bounded: boolean;
  /** The record keeps a text field for its unit (pcs, m, kg) beside the count. */
  unit: boolean;
  /** The gate finds every feature realised. */
  realised: boolean;
};

const UNIT_FIELD =
  /^(?:\w+_)?(?:unit|units_of_measure|uom|einheit|unidad|unite|unita|unidade|mengeneinheit)$/;

/** The stock reading of an intent by shape, whatever names the designer gives its fields. */
export function stockRecordReading(
  features: string[],
  purpose = 'stock levels of a store room',
): StockRecordReading {
  // The SPEC as the optimizer leaves it, the one a service is built from.
  const contract = extractContract(offlineSpec(familyIntent('stock-service', purpose, features)));
  const counts = new Set<string>();
  const thresholds = new Set<string>();
  const moves = new Set<string>();
  for (const e of contract.endpoints) {
    const b = e.behavior;
    if (b.kind === 'adjust') {
      counts.add(`${b.resource}.${b.field}`);
      moves.add(b.direction ?? 'delta');
    } else if (b.kind === 'low_stock') {
      counts.add(`${b.resource}.${b.field}`);
      if (b.threshold_field !== undefined) thresholds.add(`${b.resource}.${b.threshold_field}`);
      moves.add(
        `low ${b.inclusive ? '<=' : '<'} ${b.threshold_field === undefined ? String(b.threshold) : 'own'}`,
      );
    }
  }
  const fieldOf = (ref: string) => {
    const [resource, field] = ref.split('.');
    return contract.resources.find((r) => r.name === resource)?.fields.find((f) => f.name === field);
  };
  const numbers = [...counts, ...thresholds].map(fieldOf);
  const bounded =
    numbers.length > 0 &&
    numbers.every((f) => f !== undefined && (f.minimum ?? Number.NEGATIVE_INFINITY) >= 0);
  const stocked = [...counts].map((ref) => ref.split('.')[0]);
  const unit = contract.resources.some(
    (r) => stocked.includes(r.name) && r.fields.some((f) => f.type === 'string' && UNIT_FIELD.test(f.name)),
  );
  const realised = featureFidelity(contract, features).every((f) => f.problems.length === 0);
  return { moves: [...moves].sort(), oneCount: counts.size <= 1, bounded, unit, realised };
}
