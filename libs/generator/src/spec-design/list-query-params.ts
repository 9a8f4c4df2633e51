import { readFeatureLiterals } from '@sf/service-spec';

/** Query parameters the feature spells (`?status=&sort=`, or in code quotes). */
export function spelledParams(feature: string): string[] {
  const literal = readFeatureLiterals(feature).query;
  const quoted = [...feature.matchAll(/`([A-Za-z_][\w]*)`/g)].map((m) => m[1]);
  const bare = [...feature.matchAll(/\b((?:min|max)_[a-z]\w*|\w+_(?:min|max|from|to|after|before))\b/gi)].map(
    (m) => m[1],
  );
  return [...new Set([...literal, ...quoted, ...bare].map((n) => n.toLowerCase()))];
}
