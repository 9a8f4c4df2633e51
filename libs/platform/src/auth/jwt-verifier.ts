import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth.config';
import { isRole, roleReaches, type Principal, type Role } from './roles';

/** How JWTs are verified, from `AUTH_JWT_*`. */
export interface JwtSettings {
  key:
    | { kind: 'secret'; secret: string }
    | { kind: 'public-key'; key: KeyObject }
    | { kind: 'jwks'; url: string };
  algorithms: string[];
  issuer: string;
  audience: string;
  roleClaim: string;
  /** Claim value → role (role names map to themselves). */
  roleMap: Map<string, Role>;
}

/** Reads the JWT settings: null when none is set, a problem when they are incomplete or contradictory. */
export function jwtSettings(config: AuthConfig): { settings: JwtSettings | null } | { problem: string } {
  const sources = [config.AUTH_JWT_SECRET, config.AUTH_JWT_PUBLIC_KEY, config.AUTH_JWT_JWKS_URL].filter(
    (v) => v !== undefined,
  );
  if (sources.length === 0) return { settings: null };
  if (sources.length > 1) {
    return { problem: 'set only one of AUTH_JWT_SECRET, AUTH_JWT_PUBLIC_KEY, AUTH_JWT_JWKS_URL' };
  }
  if (!config.AUTH_JWT_ISSUER || !config.AUTH_JWT_AUDIENCE) {
    return { problem: 'JWTs need AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE (both are checked on every token)' };
  }
  let key: JwtSettings['key'];
  if (config.AUTH_JWT_SECRET) key = { kind: 'secret', secret: config.AUTH_JWT_SECRET };
  else if (config.AUTH_JWT_JWKS_URL) key = { kind: 'jwks', url: config.AUTH_JWT_JWKS_URL };
  else {
    try {
      key = { kind: 'public-key', key: createPublicKey(config.AUTH_JWT_PUBLIC_KEY as string) };
    } catch {
      return { problem: 'AUTH_JWT_PUBLIC_KEY is not a readable PEM public key' };
    }
  }
  const algorithms = config.AUTH_JWT_ALGORITHMS
    ? config.AUTH_JWT_ALGORITHMS.split(',').map((a) => a.trim())
    : key.kind === 'secret'
      ? ['HS256']
      : ['RS256', 'ES256'];
  const symmetric = algorithms.every((a) => a.startsWith('HS'));
  if ((key.kind === 'secret') !== symmetric) {
    return {
      problem:
        'AUTH_JWT_ALGORITHMS must be HS* with AUTH_JWT_SECRET and RS/PS/ES/EdDSA with a public key or JWKS',
    };
  }
  const roleMap = new Map<string, Role>();
  for (const entry of (config.AUTH_JWT_ROLE_MAP ?? '').split(',').filter((e) => e.trim() !== '')) {
    const at = entry.lastIndexOf(':');
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !isRole(role))
      return { problem: 'AUTH_JWT_ROLE_MAP must be value:role,… with roles viewer|submitter|approver|admin' };
    roleMap.set(entry.slice(0, at).trim(), role);
  }
  return {
    settings: {
      key,
      algorithms,
      issuer: config.AUTH_JWT_ISSUER,
      audience: config.AUTH_JWT_AUDIENCE,
      roleClaim: config.AUTH_JWT_ROLE_CLAIM,
      roleMap,
    },
  };
}

type KeyInput = Uint8Array | KeyObject | ReturnType<typeof createRemoteJWKSet>;

/** Verifies JWTs with `jose`: signature, `exp`/`nbf`, issuer and audience; maps the role claim to a role. */
export class JwtVerifier {
  private readonly key: KeyInput;

  constructor(private readonly settings: JwtSettings) {
    const { key } = settings;
    this.key =
      key.kind === 'secret'
        ? new TextEncoder().encode(key.secret)
        : key.kind === 'jwks'
          ? createRemoteJWKSet(new URL(key.url))
          : key.key;
  }

  /** The caller a token names, or null when it is invalid, expired, or maps to no role. */
  async verify(token: string): Promise<Principal | null> {
    let payload: JWTPayload;
    try {
      const key = this.key;
      const options = {
        algorithms: this.settings.algorithms,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
      };
      // jwtVerify is overloaded on the key's type (a JWKS getter or a key); the union needs each branch.
      payload =
        typeof key === 'function'
          ? (await jwtVerify(token, key, options)).payload
          : (await jwtVerify(token, key, options)).payload;
    } catch {
      return null;
    }
    const role = this.roleOf(payload);
    if (!role) return null;
    return { name: typeof payload.sub === 'string' ? payload.sub : 'jwt', kind: 'jwt', role };
  }

  /** The strongest role among the claim's values (a string, or an array of strings). */
  private roleOf(payload: JWTPayload): Role | null {
    let value: unknown = payload;
    for (const part of this.settings.roleClaim.split('.')) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
    const values = Array.isArray(value) ? value : [value];
    let best: Role | null = null;
    for (const v of values) {
      if (typeof v !== 'string') continue;
      const role = this.settings.roleMap.get(v) ?? (isRole(v) ? v : null);
      if (role && (!best || roleReaches(role, best))) best = role;
    }
    return best;
  }
}
