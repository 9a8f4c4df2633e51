import { isShapeExpectation, type AcceptanceCheck } from '@sf/service-spec';
import type { WorkedExample } from '../catalog/catalog-entry';

type Request = AcceptanceCheck['steps'][number]['request'];

/**
 * The happy acceptance check of a catalog worked example: its request and the answer expected. Values new on
 * every call (`differs`) are shown by the request sent twice: the first answer's shaped fields saved, the
 * second's expected in the same shape and different from them (value-shapes.ts `differs_from`).
 */
export function happyExampleCheck(endpointId: string, request: Request, x: WorkedExample): AcceptanceCheck {
  const check = (steps: AcceptanceCheck['steps']): AcceptanceCheck => ({
    id: 'draft',
    endpoint_id: endpointId,
    description: x.description,
    kind: 'happy',
    steps,
  });
  if (!x.differs) return check([{ request, expect: { status: 200, body_contains: x.output } }]);
  const fields = Object.keys(x.output).filter((f) => isShapeExpectation(x.output[f]));
  const saved = (field: string) => `first_${field}`;
  const second = Object.fromEntries(
    Object.entries(x.output).map(([field, value]) =>
      isShapeExpectation(value)
        ? [field, { $shape: { ...value.$shape, differs_from: saved(field) } }]
        : [field, value],
    ),
  );
  return check([
    {
      request,
      expect: { status: 200, body_contains: x.output },
      save: Object.fromEntries(fields.map((f) => [saved(f), f])),
    },
    { request, expect: { status: 200, body_contains: second } },
  ]);
}
