import { keyPrefix } from '@sf/contracts';
import type { Redis } from 'ioredis';
import { hashKey, mintKey, mintedKeyId, sameDigest } from './api-key';
import type { Role } from './roles';

/** A stored key as listed: never the key, never its hash. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  created_by: string;
}

/** Redis keys of the auth state, under the service's prefix (shared by both services), in a slot of their own. */
export class AuthKeys {
  private readonly prefix: string;

  constructor(redisPrefix: string) {
    this.prefix = keyPrefix(redisPrefix, 'auth');
  }
  /** Hash: key id → JSON `{record, hash}`. */
  apiKeys(): string {
    return `${this.prefix}:auth:api-keys`;
  }
  /** String: the secret service keys and registry tokens are derived from. */
  secret(): string {
    return `${this.prefix}:auth:secret`;
  }
}

interface StoredKey extends ApiKeyRecord {
  hash: string;
}

/**
 * API keys created through the admin API, kept in Redis as sha256 digests (the key itself is shown once, at
 * creation). A minted key carries its id, so a lookup is one HGET and one constant-time digest compare.
 */
export class ApiKeyStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: AuthKeys,
  ) {}

  /** Creates a key; the returned `key` is the only time it exists in clear. */
  async create(name: string, role: Role, createdBy: string): Promise<ApiKeyRecord & { key: string }> {
    const { id, key } = mintKey();
    const record: ApiKeyRecord = {
      id,
      name,
      role,
      created_at: new Date().toISOString(),
      created_by: createdBy,
    };
    const stored: StoredKey = { ...record, hash: hashKey(key) };
    await this.redis.hset(this.keys.apiKeys(), id, JSON.stringify(stored));
    return { ...record, key };
  }

  /** Every stored key, oldest first. */
  async list(): Promise<ApiKeyRecord[]> {
    const all = Object.values(await this.redis.hgetall(this.keys.apiKeys()));
    return all
      .map((raw) => {
        const { hash: _hash, ...record } = JSON.parse(raw) as StoredKey;
        return record;
      })
      .sort((a, b) => a.created_at.localeCompare(b.created_at));
  }

  /** Revokes a key; false when there was none with that id. */
  async revoke(id: string): Promise<boolean> {
    return (await this.redis.hdel(this.keys.apiKeys(), id)) === 1;
  }

  /** The stored key a presented key is, or null. */
  async find(presented: string): Promise<ApiKeyRecord | null> {
    const id = mintedKeyId(presented);
    if (!id) return null;
    const raw = await this.redis.hget(this.keys.apiKeys(), id);
    if (!raw) return null;
    const { hash, ...record } = JSON.parse(raw) as StoredKey;
    return sameDigest(hash, hashKey(presented)) ? record : null;
  }
}
