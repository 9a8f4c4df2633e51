import type { IncomingMessage } from 'node:http';
import { hash, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ApiKeyStore, AuthKeys } from './api-key-store';
import type { AuthSettings } from './auth-settings';
import { JwtVerifier } from './jwt-verifier';
import type { Principal } from './roles';
import { ServiceSecrets } from './service-secrets';

const ANONYMOUS: Principal = { name: 'anonymous (AUTH=off)', kind: 'anonymous', role: 'admin' };
const BEARER = /^Bearer[ \t]+(\S{1,4096})[ \t]*$/i;
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** What a request presented: nothing, a malformed header, or a bearer token. */
export type Presented = { kind: 'none' } | { kind: 'malformed' } | { kind: 'token'; token: string };

/**
 * Turns a bearer token into a {@link Principal}: `AUTH_API_KEYS` / first-start keys (constant-time digest
 * compare), keys created through the admin API (Redis), JWTs (`jose`), the `METRICS_TOKEN`, the service
 * credential and deployed services' registry tokens. With `AUTH=off` everyone is an anonymous admin.
 */
export class Authenticator {
  readonly keys: ApiKeyStore;
  readonly secrets: ServiceSecrets;
  private readonly jwt: JwtVerifier | null;
  /** The seeded keys with their digests decoded once (compared on every request that presents a key). */
  private readonly seeded: readonly { principal: Principal; digest: Buffer }[];
  /** Digests of the service key and the metrics token, computed once, for constant-time comparisons. */
  private readonly serviceKeyDigest: Buffer | null;
  private readonly metricsTokenDigest: Buffer | null;

  constructor(
    readonly settings: AuthSettings,
    redis: Redis,
    prefix: string,
  ) {
    const authKeys = new AuthKeys(prefix);
    this.keys = new ApiKeyStore(redis, authKeys);
    this.secrets = new ServiceSecrets(redis, authKeys);
    this.jwt = settings.mode === 'on' && settings.jwt ? new JwtVerifier(settings.jwt) : null;
    const on = settings.mode === 'on' ? settings : null;
    this.seeded = (on?.seeded ?? []).map((key) => ({
      principal: { name: key.name, kind: 'api-key', role: key.role },
      digest: Buffer.from(key.hash, 'hex'),
    }));
    this.serviceKeyDigest = on?.serviceKey ? sha256(on.serviceKey) : null;
    this.metricsTokenDigest = on?.metricsToken ? sha256(on.metricsToken) : null;
  }

  /** Whether every caller is let through (`AUTH=off`). */
  get off(): boolean {
    return this.settings.mode === 'off';
  }

  /** The credential this service shows the other one (configured `AUTH_SERVICE_KEY`, else derived). */
  async serviceCredential(): Promise<string> {
    if (this.settings.mode === 'on' && this.settings.serviceKey) return this.settings.serviceKey;
    return this.secrets.serviceKey();
  }

  /** Reads the bearer token from the `Authorization` header, or (for browsers' WebSockets) `access_token`. */
  presented(req: IncomingMessage, allowQueryToken: boolean): Presented {
    const header = req.headers.authorization;
    if (typeof header === 'string' && header !== '') {
      const match = BEARER.exec(header);
      return match ? { kind: 'token', token: match[1] } : { kind: 'malformed' };
    }
    if (allowQueryToken) {
      const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('access_token');
      if (token) return { kind: 'token', token };
    }
    return { kind: 'none' };
  }

  /** Who the request is; null when it presented nothing valid. */
  async authenticate(req: IncomingMessage, allowQueryToken = false): Promise<Principal | null> {
    if (this.settings.mode === 'off') return ANONYMOUS;
    const presented = this.presented(req, allowQueryToken);
    return presented.kind === 'token' ? this.identify(presented.token) : null;
  }

  /** The principal a token proves, or null. */
  async identify(token: string): Promise<Principal | null> {
    const settings = this.settings;
    if (settings.mode === 'off') return ANONYMOUS;
    if (token.startsWith('sfr_')) {
      const service = await this.secrets.registryService(token);
      return service ? { name: `registry:${service}`, kind: 'registry', role: null, service } : null;
    }
    if (token.startsWith('sfs_') && (await this.secrets.isServiceKey(token))) {
      return { name: 'service', kind: 'service', role: 'admin' };
    }
    // Compared as digests (constant time whatever the lengths), the token hashed once for all of them.
    const digest = sha256(token);
    if (this.serviceKeyDigest && timingSafeEqual(digest, this.serviceKeyDigest)) {
      return { name: 'service', kind: 'service', role: 'admin' };
    }
    if (this.metricsTokenDigest && timingSafeEqual(digest, this.metricsTokenDigest)) {
      return { name: 'metrics', kind: 'metrics', role: null };
    }
    // Every seeded key is compared (no early exit), so timing says nothing about which one matched.
    let seeded: Principal | null = null;
    for (const key of this.seeded) {
      const same = key.digest.length === digest.length && timingSafeEqual(key.digest, digest);
      if (same && !seeded) seeded = { ...key.principal };
    }
    if (seeded) return seeded;
    if (this.jwt && JWT_SHAPE.test(token)) return this.jwt.verify(token);
    const stored = await this.keys.find(token);
    return stored ? { name: stored.name, kind: 'api-key', role: stored.role, keyId: stored.id } : null;
  }
}

/** sha256 of `text` (utf8), as bytes: the digest `hashKey` (api-key.ts) gives in hex. */
function sha256(text: string): Buffer {
  return hash('sha256', text, 'buffer');
}
