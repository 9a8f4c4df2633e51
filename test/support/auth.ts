import { randomBytes } from 'node:crypto';

/** The admin key every service a test starts accepts (seeded through `AUTH_API_KEYS`), new per test file. */
export const TEST_ADMIN_KEY = `sf-test-admin-${randomBytes(16).toString('hex')}`;

/** Environment that seeds {@link TEST_ADMIN_KEY} (so no first-start key is written). */
export const TEST_AUTH_ENV: Record<string, string> = { AUTH_API_KEYS: `test-admin:admin:${TEST_ADMIN_KEY}` };

/** `Authorization` header carrying {@link TEST_ADMIN_KEY}. */
export function adminAuth(): Record<string, string> {
  return { authorization: `Bearer ${TEST_ADMIN_KEY}` };
}
