import type { EndpointSpec, SpecContract } from '../spec-contract';

/*
 * A feature that asks for UUIDs of one version ("is it a valid UUID v4") is not realised by a check that takes
 * any well-formed UUID: a plain 8-4-4-4-12 pattern answers valid for a v1 as for a v4. The gate cannot run the
 * check, so its worked examples must show it: a well-formed UUID of another version answered not valid (or
 * refused).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UUID version a feature requires ("UUID v4", "version 4 UUIDs", "UUIDv7"), or 0 for none. */
export function requiredUuidVersion(feature: string): number {
  const folded = feature.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (!/\b(?:uuid|guid)/.test(folded)) return 0;
  const found =
    /\buuid[\s-]*v?([1-8])\b/.exec(folded) ??
    /\bv([1-8])\b/.exec(folded) ??
    /\b(?:version|versione|versao|versión)\s*([1-8])\b(?!\s*(?:-|to|bis|a|au|and|or|und|oder|y|o|ou|e|,)\s*\d)/.exec(
      folded,
    );
  return found ? Number(found[1]) : 0;
}

/** The well-formed UUIDs of a version other than `version` that an acceptance step sends. */
function otherVersionSent(body: unknown, version: number): boolean {
  if (body === null || typeof body !== 'object') return false;
  return Object.values(body as Record<string, unknown>).some((v) => {
    const m = typeof v === 'string' ? UUID.exec(v) : null;
    return m !== null && parseInt(m[1], 16) !== version;
  });
}

/** Whether an expected body answers "not valid" (a boolean false under a validity field). */
function answersInvalid(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  return Object.entries(body as Record<string, unknown>).some(
    ([k, v]) => v === false && /valid|gultig|gueltig|valido|valide|ok/i.test(k),
  );
}

/**
 * Problems of a UUID check claimed for a feature that requires one version: none of its worked examples sends a
 * UUID of another version and sees it answered not valid or refused.
 */
export function uuidVersionProblems(feature: string, target: EndpointSpec, contract: SpecContract): string[] {
  const version = requiredUuidVersion(feature);
  if (version === 0 || target.behavior?.kind !== 'function' || target.behavior.function !== 'uuid.validate')
    return [];
  const shown = contract.acceptance
    .filter((c) => c.endpoint_id === target.id)
    .flatMap((c) => c.steps)
    .some(
      (s) =>
        otherVersionSent(s.request.body, version) &&
        (s.expect.status >= 400 || answersInvalid(s.expect.body_contains)),
    );
  return shown
    ? []
    : [
        `the feature asks for version ${version} UUIDs, but no worked example of ${target.method} ${target.path} shows a well-formed UUID of another version answered not valid: a check that takes any version does not realise it`,
      ];
}
