import { createHash } from 'node:crypto';
import { perObject } from '../per-object';

/**
 * The cache key of a request: sha256 (hex) of its canonical JSON — object keys sorted at every depth,
 * array order kept, `undefined` members dropped as JSON does — so equal requests hit whatever order their
 * fields were built in. Pass the full normalized request (role, model, input, schema, temperature, limits).
 */
export function cacheKey(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/**
 * {@link cacheKey} of an object that does not change once built (a role's output schema), remembered per object:
 * a schema is the biggest part of a request and the same for every call of its role.
 */
export const constantDigest: (value: object) => string = perObject(cacheKey);

/** JSON with object keys sorted at every depth. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
