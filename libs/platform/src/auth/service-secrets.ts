import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AuthKeys } from './api-key-store';

const REGISTRY_TOKEN = /^sfr_([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/;
const SERVICE_KEY_PREFIX = 'sfs_';

/**
 * The secret both services share through Redis (created once, SET NX), from which the service credential and
 * the deployed services' registry tokens are derived: two commands need no configuration, and rotating it
 * (`DEL {<prefix>:auth}:auth:secret`, then restart) revokes them all.
 */
export class ServiceSecrets {
  private secret: Promise<Buffer> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly keys: AuthKeys,
  ) {}

  /** The service credential our services show each other (`sfs_…`). */
  async serviceKey(): Promise<string> {
    return SERVICE_KEY_PREFIX + (await this.mac('service')).toString('base64url');
  }

  /** Whether `presented` is the derived service credential. */
  async isServiceKey(presented: string): Promise<boolean> {
    if (!presented.startsWith(SERVICE_KEY_PREFIX)) return false;
    return same(Buffer.from(presented), Buffer.from(await this.serviceKey()));
  }

  /** A deployed service's registry token: it may register, heartbeat and deregister `service` only. */
  async registryToken(service: string): Promise<string> {
    const name = Buffer.from(service, 'utf8').toString('base64url');
    return `sfr_${name}.${(await this.mac(`registry:${service}`)).toString('base64url')}`;
  }

  /** The service a registry token is for, or null when it is not one of ours. */
  async registryService(presented: string): Promise<string | null> {
    const match = REGISTRY_TOKEN.exec(presented);
    if (!match) return null;
    const service = Buffer.from(match[1], 'base64url').toString('utf8');
    const expected = await this.mac(`registry:${service}`);
    return same(Buffer.from(match[2], 'base64url'), expected) ? service : null;
  }

  private async mac(purpose: string): Promise<Buffer> {
    const secret = await this.load();
    return createHmac('sha256', secret).update(purpose).digest();
  }

  private load(): Promise<Buffer> {
    this.secret ??= (async () => {
      await this.redis.set(this.keys.secret(), randomBytes(32).toString('base64url'), 'NX');
      const value = await this.redis.get(this.keys.secret());
      if (!value) throw new Error('auth secret missing from Redis');
      return Buffer.from(value, 'utf8');
    })();
    // A failed read (Redis down) is retried on the next call instead of cached.
    this.secret.catch(() => (this.secret = null));
    return this.secret;
  }
}

function same(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
