import { drawsToShowNew, isShapeExpectation, type AcceptanceCheck } from '@sf/service-spec';
import type { WorkedExample } from '../catalog/catalog-entry';

type Request = AcceptanceCheck['steps'][number]['request'];

/**
 * The happy acceptance check of a catalog worked example: its request and the answer expected. Values new on
 * every call (`differs`) are shown by the request sent k times (`drawsToShowNew` of their random bits: 2 for a
 * UUID, 6 for a token of two hex digits, whose two calls agree by chance 1 in 256): every answer's shaped fields
 * saved, the last one's expected in the same shape and, with the saved ones, not all the same (value-shapes.ts
 * `differs_from`). A correct service fails it with odds below 1e-12, a constant one always. When no k up to 50
 * does that, the values are not claimed new: the example states their shape only.
 */
export function happyExampleCheck(endpointId: string, request: Request, x: WorkedExample): AcceptanceCheck {
  const check = (steps: AcceptanceCheck['steps']): AcceptanceCheck => ({
    id: 'draft',
    endpoint_id: endpointId,
    description: x.description,
    kind: 'happy',
    steps,
  });
  const draws = x.differs ? drawsToShowNew(x.differs.bits) : null;
  if (draws === null) {
    const order = x.inOrder ? { in_order: true } : {};
    return check([{ request, expect: { status: 200, body_contains: x.output, ...order } }]);
  }
  const fields = Object.keys(x.output).filter((f) => isShapeExpectation(x.output[f]));
  // The first call's names are the ones two-call checks always had (first_uuid); later ones are numbered.
  const saved = (field: string, call: number) => (call === 1 ? `first_${field}` : `call${call}_${field}`);
  const earlier = (field: string) => {
    const names = Array.from({ length: draws - 1 }, (_, i) => saved(field, i + 1));
    return names.length === 1 ? names[0] : names;
  };
  const last = Object.fromEntries(
    Object.entries(x.output).map(([field, value]) =>
      isShapeExpectation(value)
        ? [field, { $shape: { ...value.$shape, differs_from: earlier(field) } }]
        : [field, value],
    ),
  );
  return check([
    ...Array.from({ length: draws - 1 }, (_, i) => ({
      request,
      expect: { status: 200, body_contains: x.output },
      save: Object.fromEntries(fields.map((f) => [saved(f, i + 1), f])),
    })),
    { request, expect: { status: 200, body_contains: last } },
  ]);
}
