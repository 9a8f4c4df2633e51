import { boundsOf } from '@sf/service-spec';
import { str } from './code-text';
import { fieldModel, type FieldModel } from './service-model';

/**
 * The check a field's value must pass: its type's, limited to the values it lists and to its bounds. `check`
 * names a validation helper (importing it into the handlers module).
 */
export function fieldCheckSource(f: FieldModel, check: (name: string) => string): string {
  if (f.spec.type === 'object[]') {
    // Each element field is checked like a body field; the array check names the element that fails.
    const items = (f.spec.items ?? []).map(
      (item) =>
        `{ name: ${str(item.name)}, required: ${String(item.required)}, check: ${fieldCheckSource(fieldModel(item), check)} }`,
    );
    return `${check('objectArray')}(${f.spec.min_items ?? 0}, [${items.join(', ')}])`;
  }
  const own = check(f.check);
  // A year or date bounded by today (`not_future`) is compared with the clock when the request arrives.
  const base = f.spec.not_future === true ? `${check('notFuture')}(${own})` : own;
  const listed = f.spec.enum ? `${check('oneOf')}(${base}, ${JSON.stringify(f.spec.enum)})` : base;
  const { min_items: fewest, max_items: most } = f.spec;
  if (fewest !== undefined || most !== undefined)
    return `${check('countWithin')}(${listed}, ${fewest ?? 'null'}, ${most ?? 'null'})`;
  const bounds = boundsOf(f.spec);
  const { min_length: min, max_length: max } = f.spec;
  if (min !== undefined || max !== undefined)
    return `${check('lengthWithin')}(${listed}, ${min ?? 'null'}, ${max ?? 'null'})`;
  return bounds.length > 0 ? `${check('bounded')}(${listed}, ${JSON.stringify(bounds)})` : listed;
}
