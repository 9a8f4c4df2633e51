import type { FunctionDesign } from '../catalog/catalog-entry';

/**
 * Whether `after` (a written route's computation read with a feature of its own) keeps what each text says: the
 * field names the route writes (`*_field` options) as the route had them, and every other option the feature
 * sets as the feature alone read it. A value neither reading gave (a number read across the two texts) fails.
 */
export function keepsBoth(route: FunctionDesign, feature: FunctionDesign, after: FunctionDesign): boolean {
  if (after.function !== route.function || after.method !== route.method || after.path !== route.path)
    return false;
  const [r, f, a] = [route.options ?? {}, feature.options ?? {}, after.options ?? {}];
  return [...new Set([...Object.keys(r), ...Object.keys(f), ...Object.keys(a)])].every((k) =>
    k.endsWith('_field') ? a[k] === r[k] : a[k] === f[k],
  );
}
