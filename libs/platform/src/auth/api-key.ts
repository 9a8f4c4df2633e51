import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isRole, type Role } from './roles';

/** Prefix of keys this service mints: `sfk_<id>_<secret>` (the id finds the key for revocation). */
const KEY_PREFIX = 'sfk_';
const MINTED_KEY = /^sfk_([a-f0-9]{12})_[A-Za-z0-9_-]{43}$/;
const KEY_NAME = /^[A-Za-z0-9._@-]{1,64}$/;
/** Shortest key accepted from `AUTH_API_KEYS`: guessing must stay out of reach. */
const MIN_SEEDED_KEY_LENGTH = 24;

/** sha256 of a key, hex: what is stored and compared, never the key. */
export function hashKey(key: string): string {
  return hash('sha256', key, 'hex');
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** A new key (256 random bits) and its id. */
export function mintKey(): { id: string; key: string } {
  const id = randomBytes(6).toString('hex');
  return { id, key: `${KEY_PREFIX}${id}_${randomBytes(32).toString('base64url')}` };
}

/** The id inside a minted key, or null for anything else. */
export function mintedKeyId(key: string): string | null {
  return MINTED_KEY.exec(key)?.[1] ?? null;
}

/** Whether a key name is acceptable (letters, digits, `._@-`, 1-64). */
export function isKeyName(name: string): boolean {
  return KEY_NAME.test(name);
}

/** One key of `AUTH_API_KEYS`, hashed. */
export interface SeededKey {
  name: string;
  role: Role;
  hash: string;
}

/**
 * Parses `AUTH_API_KEYS` (`name:role:key,…`). Returns the keys, or the one problem that makes the list
 * unusable (a bad role, a short key, a malformed entry), said without echoing any key.
 */
export function parseSeededKeys(value: string): { keys: SeededKey[] } | { problem: string } {
  const keys: SeededKey[] = [];
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const [index, entry] of entries.entries()) {
    const first = entry.indexOf(':');
    const second = entry.indexOf(':', first + 1);
    if (first <= 0 || second <= first + 1) {
      return { problem: `AUTH_API_KEYS entry ${index + 1} must be name:role:key` };
    }
    const name = entry.slice(0, first);
    const role = entry.slice(first + 1, second);
    const key = entry.slice(second + 1);
    if (!isKeyName(name))
      return { problem: `AUTH_API_KEYS entry ${index + 1}: name must be 1-64 of A-Za-z0-9._@-` };
    if (!isRole(role)) {
      return {
        problem: `AUTH_API_KEYS entry ${index + 1}: role must be viewer, submitter, approver or admin`,
      };
    }
    if (key.length < MIN_SEEDED_KEY_LENGTH) {
      return {
        problem: `AUTH_API_KEYS entry ${index + 1}: key must be at least ${MIN_SEEDED_KEY_LENGTH} characters`,
      };
    }
    keys.push({ name, role, hash: hashKey(key) });
  }
  if (keys.length === 0) return { problem: 'AUTH_API_KEYS names no key' };
  return { keys };
}

/** The first admin key of an `AUTH_API_KEYS` value, in clear (what our own scripts use), or null. */
export function firstAdminKey(value: string | undefined): string | null {
  for (const entry of (value ?? '').split(',')) {
    const parts = entry.trim().split(':');
    if (parts.length >= 3 && parts[1] === 'admin') return parts.slice(2).join(':');
  }
  return null;
}
