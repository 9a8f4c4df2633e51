import type { EndpointSpec } from '@sf/service-spec';
import { note, type DesignContext } from './design-context';
import { readFeature } from './feature-reader';

/** Notes each endpoint a feature spelled at a UDC path, served under `/api/` instead. */
export function noteUdcPrefixed(ctx: DesignContext, endpoints: EndpointSpec[]): void {
  for (const e of endpoints) {
    if (
      e.path.startsWith('/api/') &&
      e.features.some((f) => readFeature(f).literal?.path === e.path.slice(4))
    ) {
      note(
        ctx,
        'Endpoints',
        `${e.method} ${e.path.slice(4)} is served at ${e.path}: ${e.path.slice(4)} belongs to the UDC contract.`,
      );
    }
  }
}
